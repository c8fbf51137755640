"""Unnamed sources by their kind: "some news agencies reported" is the media as such (no one
agency named), and "civil sources told the agency" are local sources. Kept as written, neither
lined up with the family a monitor compares (GUIDELINES.md section 6: `media`, `local-sources`)."""

from __future__ import annotations

import pytest
from conftest import figure_sources

HEADLINE = "Blast hits market town\n\n"


@pytest.mark.parametrize("speaker", ["Some news agencies reported", "Several news agencies said"])
def test_unnamed_news_agencies_are_the_media(speaker: str) -> None:
    text = HEADLINE + speaker + " that the explosion killed 23 shoppers in the square."
    assert figure_sources(text) == {"23 shoppers": "media"}


@pytest.mark.parametrize("speaker", ["Civil sources told reporters", "A civil source said"])
def test_civil_sources_are_local_sources(speaker: str) -> None:
    text = HEADLINE + speaker + " that the explosion killed 23 shoppers in the square."
    assert figure_sources(text) == {"23 shoppers": "local sources"}


def test_a_civil_defence_source_stays_the_civil_defence() -> None:
    text = HEADLINE + "A civil defence source said the explosion killed 23 shoppers in the square."
    assert figure_sources(text) == {"23 shoppers": "White Helmets (Syria Civil Defence)"}
