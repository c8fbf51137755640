"""Where a speaker phrase starts: a run-in place noun is no part of it, a registered name with
lowercase words in it is taken whole. Sentences invented."""

from __future__ import annotations

import pytest
from conftest import figure_sources


@pytest.mark.parametrize(
    "text",
    [
        "About 14 soldiers were killed when a mine went off near a bridge in a southern province activists said on"
        " Monday.",
        "Nine fighters were killed in an ambush on a road in the eastern countryside activists said.",
    ],
)
def test_a_place_noun_before_activists_is_no_part_of_the_speaker(text: str) -> None:
    assert set(figure_sources(text).values()) == {"activists"}


def test_a_place_noun_before_officials_stays() -> None:
    text = "Seven people were killed in the shelling city officials said."
    assert set(figure_sources(text).values()) == {"city officials"}


def test_a_registered_name_with_a_verb_in_it_is_taken_whole() -> None:
    text = "Jets struck the town killing at least 8 civilians activist group Raqqa is Being Slaughtered Silently said."
    assert set(figure_sources(text).values()) == {"Raqqa is Being Slaughtered Silently"}


def test_the_news_outlet_is_the_outlet_named_before() -> None:
    text = "A cameraman from Al Jazeera was killed in an air strike near the town on Sunday the news outlet reported."
    assert set(figure_sources(text).values()) == {"Al Jazeera"}


def test_the_news_outlet_with_none_named_stays_generic() -> None:
    text = "A cameraman was killed in an air strike near the town on Sunday the news outlet reported."
    assert set(figure_sources(text).values()) == {"news outlet"}
