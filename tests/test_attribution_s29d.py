"""A toll told of an event dated in full, year and all ("The March 3, 2004, blast killed ..."),
is the writer's background on a past event: the source of the sentence before, speaking of
something else, does not carry into it. A toll of this week's event, dated without a year, still
takes the source of the report it goes on from. Sentences invented."""

from __future__ import annotations

from conftest import source_at_cue as _source

LEAD = "The harbour police chief said on Tuesday that divers would search the wreck again next week. "


def test_toll_of_an_event_dated_with_a_year_is_not_carried() -> None:
    text = LEAD + "The March 3, 2004, ferry fire killed 41 passengers, including nine children."
    assert _source(text, "41") is None
    assert _source(text, "nine") is None


def test_toll_in_a_relative_clause_on_a_dated_event_is_not_carried() -> None:
    text = LEAD + (
        "The new rules replace those drawn up after the Oct. 9, 1997, explosion at the dock that killed 12 workers."
    )
    assert _source(text, "12") is None


def test_toll_of_the_event_without_a_year_still_takes_the_source_before() -> None:
    text = (
        "The harbour police chief said on Tuesday that a ferry burned near the pier. "
        "The fire killed 41 passengers on March 3."
    )
    source = _source(text, "41")
    assert source is not None and source.primary


def test_toll_of_an_earlier_wreck_in_a_time_clause_is_not_carried() -> None:
    text = (
        "A police official said the boy may be handed to his uncle. "
        "The boy was placed in his care after a bus crash that killed his father and 14 others."
    )
    assert _source(text, "14") is None


def test_toll_opening_a_paragraph_after_a_statement_about_something_else_is_not_carried() -> None:
    text = (
        "A senior prosecutor said the gang had planned the robbery of the depot for six weeks.\n\n"
        "The shootout at the depot killed seven guards and wounded 20 bystanders."
    )
    assert _source(text, "seven") is None
    assert _source(text, "20") is None


def test_toll_opening_a_paragraph_after_a_statement_about_casualties_is_still_carried() -> None:
    text = (
        "A senior prosecutor said the gang shot at the guards of the depot.\n\n"
        "The shootout at the depot killed seven guards."
    )
    source = _source(text, "seven")
    assert source is not None and source.primary
