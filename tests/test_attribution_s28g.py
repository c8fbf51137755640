"""A body, a title and a name after an inverted verb with no article: "said observatory head
X" reads as "said the observatory head X" (the body speaks). Before, the lower-case body word
was no name's start, the attribution was lost, and a figure between two sentences of one
monitor lost the monitor's account (source_between)."""

from __future__ import annotations

import pytest
from conftest import attribution_primaries, figure_sources

HEADLINE = "Shelling hits villages\n\n"


@pytest.mark.parametrize("body", ["observatory", "monitor"])
def test_body_title_and_name_after_said(body: str) -> None:
    text = HEADLINE + f"Army guns keep pounding the farms without pause said {body} head Karim Haddad."
    assert attribution_primaries(text) == [body]


def test_lower_case_word_without_title_is_no_source() -> None:
    text = HEADLINE + "Army guns keep pounding the farms said observatory staff."
    assert attribution_primaries(text) == []


def test_figure_between_two_sentences_of_one_monitor() -> None:
    text = (
        HEADLINE
        + "Four farmers were killed in the shelling of Tell Hamra said the Syrian Observatory for Human Rights. "
        + "The village lies on the river. "
        + "Further west nine civilians were killed when jets struck a bakery. "
        + "The army keeps shelling homes without pause said observatory head Karim Haddad."
    )
    assert figure_sources(text)["nine civilians"] == "Syrian Observatory for Human Rights (SOHR)"
