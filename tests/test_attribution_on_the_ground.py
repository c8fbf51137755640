"""A source placed "on the ground" before its verb ("A source on the ground said") is a local
source: the backward scan used to stop at "ground" and give the figure no source at all, while
"according to sources on the ground" already worked."""

from __future__ import annotations

import pytest
from conftest import figure_sources

HEADLINE = "Clashes flare in the hills\n\n"


@pytest.mark.parametrize(
    "speaker",
    [
        "A source on the ground said",
        "Sources on the ground told the agency",
        "A local source on the ground told reporters",
    ],
)
def test_a_source_on_the_ground_is_a_local_source(speaker: str) -> None:
    text = HEADLINE + speaker + " that an army patrol killed 14 fighters near the dam."
    assert figure_sources(text) == {"14 fighters": "local sources"}


def test_a_figure_on_the_ground_keeps_its_speaker() -> None:
    text = HEADLINE + "The army said it killed 14 fighters on the ground, a source said."
    assert figure_sources(text)["14 fighters"] == "army"


def test_a_toll_the_speaker_gave_earlier_is_its_own() -> None:
    text = (
        "Raids hit town\n\n"
        '"The toll from the raids has risen to 40 dead," said the Syrian Observatory for Human Rights,'
        " which on Friday had given a death toll of 19."
    )
    sources = figure_sources(text)
    assert sources["19"] == sources["40 dead"] != ""
