"""Tests for the rules that decide whether an underspecified date looks back or ahead, and
for the extents and values of the generalising rules added from the TempEval-3 error review.

Every sentence here is our own; the anchor is Monday 23 October 2017 unless a test says so.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import MONDAY, time_fact
from conftest import time_facts as times


def value_of(text: str, expression: str, anchor: datetime | None = MONDAY) -> tuple[str, str]:
    fact = time_fact(text, expression, anchor)
    return fact.type, fact.value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # A deadline seen from after it (pluperfect) is behind the report.
        ("Until Thursday, the council had not named a new auditor.", "Thursday", "2017-10-19"),
        ("Most farmers had sold their crop by Wednesday, traders said.", "Wednesday", "2017-10-18"),
        # A deadline otherwise stays ahead.
        ("The council must name an auditor by Thursday.", "Thursday", "2017-10-26"),
        ("The ferries stay in port until Friday.", "Friday", "2017-10-27"),
        ("Dealers had trimmed stocks ahead of Friday, the agency said.", "Friday", "2017-10-27"),
        # "planned to" looks ahead to a date after it, not to one before it.
        ("The envoys planned to fly home on Thursday.", "Thursday", "2017-10-26"),
        ("On Friday, the mayor planned to reopen the bridge.", "Friday", "2017-10-20"),
        ("The envoys had planned to fly home on Thursday.", "Thursday", "2017-10-19"),
        # A modal that looks ahead ("should", "may", "might"), unless followed by "have".
        ("The sale should be completed in March.", "March", "2018-03"),
        ("The sale should have been completed in March.", "March", "2017-03"),
        ("Talks may resume on Thursday.", "Thursday", "2017-10-26"),
    ],
)
def test_direction(text: str, expression: str, value: str) -> None:
    assert value_of(text, expression)[1] == value


@pytest.mark.parametrize(
    ("text", "expression", "type_", "value"),
    [
        # "<unit>-long" adjectives are durations; a vague count of decades is a vague count of years.
        ("The two clans ended a decades-long feud.", "decades-long", "DURATION", "PXY"),
        ("Delegates left a day-long session without a deal.", "day-long", "DURATION", "P1D"),
        ("The town survived a weeks-long siege.", "weeks-long", "DURATION", "PXW"),
        ("The family has farmed here for decades.", "decades", "DURATION", "PXY"),
        # A rate is a SET; a distance between two events is not.
        ("The airline runs four flights a week to Lima.", "a week", "SET", "P1W"),
        ("Talks opened on May 2, a day after the strike.", "a day", "DURATION", "P1D"),
        # Generic "today's" is the present age, not the day.
        ("Teenagers in today's world face new risks.", "today", "DATE", "PRESENT_REF"),
        ("Shares rose in today's trading.", "today", "DATE", "2017-10-23"),
        # Short years and numeric dates, with a sentence-final full stop after them.
        ("The index is at its lowest since '82.", "'82", "DATE", "1982"),
        ("The plant opened on 7/8/07.", "7/8/07", "DATE", "2007-07-08"),
        ("The plant opened on 10/23/2016.", "10/23/2016", "DATE", "2016-10-23"),
        # A 24-hour clock written "0800 GMT" after a preposition; a number naming an index is no year.
        ("At 0800 GMT, the central banks acted.", "0800 GMT", "TIME", "2017-10-23T08:00Z"),
        ("It was the worst single-day fall in a decade.", "single-day", "DURATION", "P1D"),
        # A part of the day the text is about.
        ("Stocks fell on Friday and rallied late in the day.", "late in the day", "DATE", "2017-10-20"),
        ("After a slide at the start of the day, the index rose.", "the start of the day", "DATE", "2017-10-23"),
        # "over" as "more than" belongs to the span; "evolved over several years" it does not.
        ("Shares hit their lowest level in over a decade.", "over a decade", "DURATION", "P10Y"),
        ("Just over an hour later, the ferry sank.", "over an hour", "DURATION", "PT1H"),
        ("The rules evolved over several years.", "several years", "DURATION", "PXY"),
    ],
)
def test_generalising_rules(text: str, expression: str, type_: str, value: str) -> None:
    assert value_of(text, expression) == (type_, value)


def test_soon_in_a_past_narrative_is_no_time() -> None:
    """'he was soon released' ties two past events; 'will soon' is the future."""
    assert "soon" not in [f.text for f in times("The driver was soon released by the police.")]
    assert value_of("The bridge will soon reopen.", "soon") == ("DATE", "FUTURE_REF")


def test_an_apostrophe_and_two_digits_elsewhere_is_no_year() -> None:
    assert not [f for f in times("He scored '99 points' in the game.") if f.text.startswith("'")]


def test_a_number_naming_an_index_is_no_year() -> None:
    assert not [f for f in times("The Russell 2000 Index fell 3%.") if f.text == "2000"]
    assert value_of("Ford renamed the car for the 2008 model year.", "2008") == ("DATE", "2008")


def test_a_bracketed_clock_conversion_is_left_alone() -> None:
    found = [f.text for f in times("The blast hit at 10:35 a.m. (0735 GMT) on Friday.")]
    assert "0735 GMT" not in found and "10:35 a.m." in found
