"""A title abbreviation at a line end ("Const.", "Sgt.") stands before a name on the next line:
one-sentence-per-line corpora (ECB+) break the line there, and the split cut the speaker off
from the figure. Sentences invented."""

from __future__ import annotations

from conftest import figure_sources

from rashomon.extract.sentences import split_sentences


def test_a_title_at_a_line_end_joins_the_name_on_the_next_line() -> None:
    text = "Three hikers died in the slide, county police Sgt.\nMaria Olsen said on Friday.\nRoads stay shut."
    assert [s.text for s in split_sentences(text)] == [
        "Three hikers died in the slide, county police Sgt.\nMaria Olsen said on Friday.",
        "Roads stay shut.",
    ]


def test_the_speaker_after_a_line_end_title_is_the_source() -> None:
    text = "Storm hits coast\n\nThree people were injured in the slide, county police Const.\nMaria Olsen said."
    assert figure_sources(text)["Three people"].endswith("Const. Maria Olsen")


def test_a_title_inside_a_line_does_not_end_the_sentence() -> None:
    text = "The blast killed four workers, Insp. Tom Reyes said."
    assert len(split_sentences(text)) == 1


def test_a_lower_case_next_line_is_not_joined() -> None:
    text = "They voted for the Gov.\nthe count went on."
    assert len(split_sentences(text)) == 2
