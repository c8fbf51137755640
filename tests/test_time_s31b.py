"""Tests for time-expression detection: which words TimeML counts as a time and where the span ends.

A fraction set off by commas ('or roughly a quarter, of its branches') is no quarter of a year;
a count before a singular unit is adjectival ('the [three day] festival') and leaves out the
article; 'the long term' after a preposition is the time ahead, before a noun an adjective;
'in just minutes' keeps its unit; 'very soon' keeps its intensifier; a clock time's zone takes
its offset and brackets whole ('(GMT+3)') or not at all; 'the last half of the '90s' is one
expression like 'the first half of'.

Every sentence here is our own; the anchor is Monday 23 October 2017.
"""

from __future__ import annotations

import pytest
from conftest import time_facts as times


def texts(text: str) -> list[str]:
    return [f.text for f in times(text)]


@pytest.mark.parametrize(
    ("text", "expression", "type_", "value"),
    [
        ("Crowds gathered in the square for the three day festival of music.", "three day", "DURATION", "P3D"),
        ("The mill will stay open for the long term, the mayor said.", "the long term", "DATE", "FUTURE_REF"),
        ("Analysts said prices in the near term appear stable.", "the near term", "DATE", "FUTURE_REF"),
        ("The index lost 300 points in just minutes after the report.", "minutes", "DURATION", "PTXM"),
        ("The envoy says an answer will come very soon.", "very soon", "DATE", "FUTURE_REF"),
        ("The ferry docked at 7:15 p.m. (GMT+3) after a long crossing.", "7:15 p.m. (GMT+3)", "TIME", None),
        ("Farm incomes fell through the last half of the '90s, the survey found.", "the last half of the '90s",
         "DATE", "199"),
    ],
)
def test_found(text: str, expression: str, type_: str, value: str | None) -> None:
    found = {f.text: f for f in times(text)}
    assert expression in found, found
    assert found[expression].type == type_
    if value is not None:
        assert found[expression].value == value


@pytest.mark.parametrize(
    "text",
    [
        "The bank will shut 120, or roughly a quarter, of its 480 branches.",
        "The long term effects of the drought are still unclear.",
        "The two blasts went off only minutes apart in the old city.",
    ],
)
def test_not_a_time(text: str) -> None:
    assert texts(text) == []


def test_open_bracket_stays_out() -> None:
    """A zone whose bracket does not close in the expression is left out with the bracket."""
    assert texts("The ferry left at 9 a.m. (GMT and local time are the same there).") == ["9 a.m."]


def test_plural_count_keeps_article() -> None:
    """Only a singular unit after a count is adjectival; 'the four days he asked for' is a noun."""
    assert "the four days" in texts("He was given the four days he asked for to leave the country.")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The plant should reopen within two to three weeks, the firm said.", "two to three weeks", "P3W"),
        ("The fund plans more purchases during the next 12 to 18 months.", "the next 12 to 18 months", "P18M"),
        ("The talks could take one or two days, a diplomat said.", "one or two days", "P2D"),
        ("Repairs to the bridge may take weeks or months, engineers said.", "weeks or months", "PXW"),
    ],
)
def test_range_is_one_expression(text: str, expression: str, value: str) -> None:
    found = {f.text: f for f in times(text)}
    assert expression in found, found
    assert found[expression].value == value


def test_between_keeps_ends_apart() -> None:
    """'between two to six days', 'from 5 to 10 days': each end is its own expression in TimeML;
    the lower count takes the unit of the upper one (test_time_s31c)."""
    assert texts("Recovery takes between two to six days for most patients.") == ["two", "six days"]
    assert texts("The wait grew from five to ten days last winter.")[:2] == ["five", "ten days"]


def test_year_earlier_months_one_period() -> None:
    """'the year-earlier nine months' names one period, not 'year-earlier' plus a duration."""
    found = texts("Net for the year-earlier nine months included a one-time gain.")
    assert found == ["the year-earlier nine months"]


def test_year_with_pre_or_post() -> None:
    """'the post-1959 politics': the year with its prefix, valued as the year."""
    found = times("The post-1959 land reforms split many families.")
    assert [(f.text, f.value) for f in found] == [("post-1959", "1959")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The March summit will settle the terms, officials said.", ["March"]),
        ("Thousands joined the March on Washington for jobs.", []),
        ("Police watched as the march continued past the palace.", []),
    ],
)
def test_month_before_noun(text: str, expected: list[str]) -> None:
    """A capitalised 'March'/'May' between 'the' and a noun is a date; a procession is not."""
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Now for a look at the sport results.", []),
        ("Now back to our studio in the capital.", []),
        ("Now the ministry says the road is open.", ["Now"]),
    ],
)
def test_presenter_turn_is_no_time(text: str, expected: list[str]) -> None:
    """'Now for ...', 'Now back to ...' open a new item, like 'Now,'; a plain 'Now' still counts."""
    assert texts(text) == expected
