"""Tests for news-style time values: a clock time at an offset from UTC carries that offset;
a timetable in the present tense ('the summit opens Thursday') looks ahead; each end of a span
of days ('April 24 and 25', '12-13 March') is a date in the shared month; 'that night' after a
named day is that day's night; 'Easter week' is the week the holiday falls in.

Every sentence here is our own; the anchor is Monday 23 October 2017.
"""

from __future__ import annotations

import pytest
from conftest import time_facts as times


def values(text: str) -> dict[str, tuple[str, str]]:
    return {f.text: (f.type, f.value) for f in times(text)}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The ferry docked at 7:15 p.m. (GMT +8) after a long crossing.", "7:15 p.m. (GMT +8)",
         "2017-10-23T19:15+08:00"),
        ("The polls shut at 23:30 GMT-4 on Monday.", "23:30 GMT-4 on Monday", "2017-10-23T23:30-04:00"),
        ("The tremor hit at 2:15 a.m. (UTC+5:30) on Tuesday.", "2:15 a.m. (UTC+5:30) on Tuesday",
         "2017-10-17T02:15+05:30"),
        ("The polls closed at 8 p.m. (UTC\u22125) on Monday.", "8 p.m. (UTC\u22125) on Monday",
         "2017-10-23T20:00-05:00"),
        ("Trading resumed at 0900 GMT.", "0900 GMT", "2017-10-23T09:00Z"),
        ("The lights went out at 9 p.m. GMT+0.", "9 p.m. GMT+0", "2017-10-23T21:00Z"),
        ("The ferry left at 9 a.m. EST on Monday.", "9 a.m. EST on Monday", "2017-10-23T09:00"),
    ],
)
def test_clock_zone(text: str, expression: str, value: str) -> None:
    found = values(text)
    assert found.get(expression) == ("TIME", value), found


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("A two-day trade fair opens in Lyon on Thursday.", "Thursday", "2017-10-26"),
        ("The new toll takes effect on Jan. 1.", "Jan. 1", "2018-01-01"),
        ("The truce expires on Friday, the envoy said.", "Friday", "2017-10-27"),
        ("Exam results are due on Wednesday.", "Wednesday", "2017-10-25"),
        ("The fair opened on Thursday.", "Thursday", "2017-10-19"),
    ],
)
def test_timetable_present(text: str, expression: str, value: str) -> None:
    assert values(text).get(expression) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farm ministers will meet in Oslo on April 24 and 25.",
         {"April 24": "2018-04-24", "25": "2018-04-25"}),
        ("The hearings ran from Nov. 12 to 14.", {"Nov. 12": "2017-11-12", "14": "2017-11-14"}),
        ("The regatta was held on 12 and 13 March.", {"12": "2017-03-12", "13 March": "2017-03-13"}),
        ("The book fair runs Nov. 12-14, 2015, in Turin.", {"Nov. 12": "2015-11-12", "14, 2015": "2015-11-14"}),
    ],
)
def test_span_of_days(text: str, expected: dict[str, str]) -> None:
    found = values(text)
    assert {k: v for k, (_, v) in found.items()} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The choir sang on May 5 and 10 percent more tickets were sold.",
        "Stocks rose on May 25 and 3 fell.",
        "The side lost 3-5 in March.",
    ],
)
def test_not_a_span_of_days(text: str) -> None:
    assert all(f.text not in {"10", "3", "5"} for f in times(text))


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The port fell on March 3. That night, looters emptied the warehouses.", "That night",
         "2017-03-03TNI"),
        ("The mill burned on Friday and firemen left later that night.", "later that night", "2017-10-20TNI"),
        ("The dam broke on Sunday. Two more villages flooded that same evening.", "that same evening",
         "2017-10-22TEV"),
    ],
)
def test_that_part_of_day(text: str, expression: str, value: str) -> None:
    assert values(text).get(expression) == ("TIME", value)


def test_that_as_conjunction() -> None:
    """After 'said', 'that' opens a clause: 'morning prayers' are no time of day."""
    assert times("The imam said that morning prayers were cancelled.") == []


def test_holiday_week() -> None:
    assert values("Pilgrims filled the square as Easter week began.")["Easter week"] == ("DATE", "2017-W15")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The repairs would take between 60 and 90 days, the mayor said.", {"60": "P60D", "90 days": "P90D"}),
        ("The strike could last from two to three weeks.", {"two": "P2W", "three weeks": "P3W"}),
    ],
)
def test_low_end_of_a_count_range(text: str, expected: dict[str, str]) -> None:
    found = values(text)
    assert {k: found[k] for k in expected} == {k: ("DURATION", v) for k, v in expected.items()}


@pytest.mark.parametrize(
    "text",
    [
        "Between 5 and 10 years ago, rents fell.",
        "The fare rose from 60 to 90 dollars.",
        "The pair were jailed for 60 and 90 days.",
    ],
)
def test_count_range_needs_between_and_a_span(text: str) -> None:
    assert all(f.text not in {"5", "60"} for f in times(text))


def test_late_in_the_day_before_a_clause() -> None:
    """'late in the day after falling' is the day the text is about, not 'the day after' X."""
    found = values("The index rebounded late in the day after falling 250 points.")
    assert found["late in the day"] == ("DATE", "2017-10-23")


def test_ordinal_span_of_days() -> None:
    found = values("The regatta was held on the 12th and 13th of March.")
    assert found["12th"] == ("DATE", "2017-03-12") and found["13th of March"] == ("DATE", "2017-03-13")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The port fell on March 3. The day before, the garrison had slipped away.", "The day before",
         "2017-03-02"),
        ("The dam broke on Friday; the day after, the river crested.", "the day after", "2017-10-21"),
        ("The five-day fair ends on Sunday.", "Sunday", "2017-10-29"),
    ],
)
def test_day_from_the_named_one(text: str, expression: str, value: str) -> None:
    assert values(text).get(expression) == ("DATE", value)


def test_day_before_an_event_is_left_alone() -> None:
    """'the day before the vote' names its day by the event; the span would need the event."""
    assert "the day before" not in values("She resigned the day before the vote.")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Shops in the old town shut on Good Friday.", "Good Friday", "2017-04-14"),
        ("The bishop will bless the olive branches on Palm Sunday.", "Palm Sunday", "2018-03-25"),
        ("Voters in the county will go to the polls on Election Day.", "Election Day", "2017-11-07"),
        ("The county fair closed on Labor Day.", "Labor Day", "2017-09-04"),
        ("Bakers marched through the port on May Day.", "May Day", "2017-05-01"),
        ("The storm is forecast to make landfall early Friday.", "early Friday", "2017-10-27"),
    ],
)
def test_named_days_and_forecasts(text: str, expression: str, value: str) -> None:
    assert values(text).get(expression) == ("DATE", value)


def test_holiday_words_in_lower_case_are_plain_words() -> None:
    assert times("It was a good friday for the bakers' union.") == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Revenue reached $118 billion last year, $19 billion more than the year previous.", "the year previous",
         "2015"),
        ("Rents rose 5% from the year prior.", "the year prior", "2016"),
        ("Fares rose in March from the month prior.", "the month prior", "2017-02"),
    ],
)
def test_unit_before_the_one_named(text: str, expression: str, value: str) -> None:
    assert values(text).get(expression) == ("DATE", value)


def test_year_before_an_event_is_left_alone() -> None:
    found = values("The mill closed the year prior to the war.")
    assert "the year prior" not in found


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The two lenders held their Autumn meetings in Lima.", "Autumn", "2017-FA"),
        ("The rebels began their summer offensive.", "summer", "2017-SU"),
    ],
)
def test_season_of_a_yearly_event(text: str, expression: str, value: str) -> None:
    """A season after a possessive and before a noun; in a past sentence the latest one begun."""
    assert values(text).get(expression) == ("DATE", value)


@pytest.mark.parametrize(
    "text",
    ["After their fall from power, the generals fled.", "The village drew water from its spring."],
)
def test_possessive_fall_and_spring_are_nouns(text: str) -> None:
    assert times(text) == []


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Recruits aged from 18 to 25 years old were called up.", "18"),
        ("Pupils between 5 and 10 years of age were vaccinated.", "5"),
        ("The council passed the rule on June 5 and 12 other bills.", "12"),
        ("Prizes went to the winners of 3 and 4 March races.", "3"),
    ],
)
def test_counts_are_not_range_ends(text: str, unwanted: str) -> None:
    assert unwanted not in values(text)
