"""Speakers inside a relative clause on the victim's killer: "the man (who) police say killed ...",
"the driver police believe killed ...", and a "they" that refers back to the sentence's own subject
("Police detained the driver they believe killed ..."). Invented sentences."""

from __future__ import annotations

from conftest import figure_sources


def test_named_body_believing_in_a_contact_relative_speaks_for_the_toll() -> None:
    text = "Officers detained the driver police believe killed a 66-year-old woman."
    assert figure_sources(text).get("a 66-year-old woman") == "police sources"


def test_they_in_a_relative_clause_is_the_sentence_subject() -> None:
    text = "Police detained the driver they believe killed a 66-year-old woman."
    assert figure_sources(text).get("a 66-year-old woman") == "police sources"


def test_they_after_who_is_the_sentence_subject() -> None:
    text = "The Harbour Council detained the skipper who they say drowned two fishermen off the pier."
    assert figure_sources(text).get("two fishermen") == "Harbour Council"


def test_parenthetical_speaker_still_speaks_for_the_toll() -> None:
    text = "Two fishermen, the Harbour Council said, drowned off the pier."
    assert figure_sources(text).get("Two fishermen") == "Harbour Council"
