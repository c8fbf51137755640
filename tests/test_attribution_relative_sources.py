"""Sources that speak about something other than a toll in their sentence: one opening a "which"
clause on an event whose own relative clause holds the toll, and one looking into reports of it
(attribution_scope.in_scope). Invented sentences."""

from __future__ import annotations

from conftest import figure_sources


def test_which_clause_on_an_event_does_not_speak_for_its_toll() -> None:
    text = (
        "Talks stalled after navy shelling of harbour depots that killed 14 dock workers,"
        " which the Harbour Council said had been a mistake."
    )
    assert figure_sources(text).get("14 dock workers") == ""


def test_which_clause_after_a_main_clause_toll_still_speaks_for_it() -> None:
    text = "In the harbour 14 dock workers were killed in shelling which the Harbour Council said came from the navy."
    assert figure_sources(text).get("14 dock workers") == "Harbour Council"


def test_source_looking_into_reports_does_not_claim_their_toll() -> None:
    text = "The Harbour Council said on Friday that it is looking into reports that navy guns killed 230 sailors."
    assert figure_sources(text).get("230 sailors") == ""


def test_toll_of_an_event_named_inside_the_subject_is_background() -> None:
    text = (
        "Early scans of survivors of a raid which killed 45 fishermen near the pier show signs of"
        " burns from phosphorus, the Harbour Health Office said on Friday."
    )
    assert figure_sources(text).get("45 fishermen") == ""


def test_size_of_a_group_the_speaker_joins_is_background() -> None:
    text = "Hana said she hoped to sail to Cyprus in spring, joining the 3 million Syrian refugees who fled abroad."
    assert figure_sources(text).get("3 million Syrian refugees") == ""


def test_toll_of_an_event_the_speaker_will_answer_is_background() -> None:
    text = (
        "The militia commander warned on Tuesday that his men would respond to shelling by the navy"
        " on the harbour which killed 12 dock workers."
    )
    assert figure_sources(text).get("12 dock workers") == ""
