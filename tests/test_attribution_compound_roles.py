"""A speaker described by a compound noun keeps its whole description: "a hospital staff
member told" is the hospital's staff (medical sources), not a bare "member"; "a hospital
staff told" has a speaker at all (the backward scan used to stop at "staff")."""

from __future__ import annotations

import pytest
from conftest import figure_sources

HEADLINE = "Rockets hit river town\n\n"
SCENE = "Rockets fired at the old market killed nine people on Friday, "


def _source_of_nine(text: str) -> str:
    """The primary source of the text's figure of nine ('' when none)."""
    return next(source for figure, source in figure_sources(text).items() if figure.startswith("nine"))


@pytest.mark.parametrize(
    ("speaker", "source"),
    [
        ("a hospital staff member told the agency.", "medical sources"),
        ("a hospital staff told the agency.", "medical sources"),
        ("an ambulance crew member said.", "medical sources"),
        ("a member of the rescue team said.", "rescue team"),
    ],
)
def test_a_compound_speaker_keeps_its_head(speaker: str, source: str) -> None:
    assert _source_of_nine(HEADLINE + SCENE + speaker) == source


def test_staff_inside_a_victim_phrase_does_not_join_the_speaker() -> None:
    text = (
        "Jets hit clinic\n\n"
        "Jets struck a clinic in the valley on Monday killing nine members of nursing staff"
        " activists in the valley said."
    )
    assert _source_of_nine(text) != "medical sources"
