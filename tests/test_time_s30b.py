"""Tests for time-expression detection: what TimeML counts as a time and where its span ends.

'midday' is twelve o'clock like 'noon'; 'no more than sixty days' keeps its qualifier; a
person's age ('in his 30s'), a fate ('the future of the town'), a sentence-opening 'Now,',
'24 hours a day' (always) and 'most recent' (an order) are not times; 'more recently' is one
expression; a clock time or part of a day with its day ('Tuesday morning') is the day a later
'the day' repeats.

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
        ("The minister will speak to reporters at midday, his office said.", "midday", "TIME",
         "2017-10-23T12:00"),
        ("The convoy left the depot at noon on Friday.", "noon on Friday", "TIME", "2017-10-20T12:00"),
        ("Inspectors may stay for no more than sixty days under the deal.", "no more than sixty days",
         "DURATION", "P60D"),
        ("The lease runs for not more than three years.", "not more than three years", "DURATION", "P3Y"),
        ("The mill has been closed since the 1990s.", "the 1990s", "DATE", "199"),
        ("Farmers plan for the future with care.", "the future", "DATE", "FUTURE_REF"),
        ("For now, the border stays shut.", "now", "DATE", "PRESENT_REF"),
        ("The group tracked militias. More recently it has followed gangs.", "More recently", "DATE",
         "PAST_REF"),
        ("Prices rose recently, traders said.", "recently", "DATE", "PAST_REF"),
        ("The dam holds for now, engineers said.", "now", "DATE", "PRESENT_REF"),
        ("The crew worked 24 hours without a break.", "24 hours", "DURATION", "PT24H"),
        ("Rooms cost $40 a night and meals $10 a day.", "a day", "SET", "P1D"),
        ("Today's vote decides the budget.", "Today", "DATE", "2017-10-23"),
    ],
)
def test_found_with_span_and_value(text: str, expression: str, type_: str, value: str) -> None:
    found = [f for f in times(text) if f.text == expression]
    assert found, f"{expression!r} not found in {texts(text)}"
    assert (found[0].type, found[0].value) == (type_, value)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The driver, who was in his 30s, was taken to hospital.", "30s"),
        ("She moved to the coast in her early forties to paint.", "forties"),
        ("Voters worry about the future of the town's only school.", "future"),
        ("The talks decide the future of our two peoples.", "future"),
        ("Losses mounted for a decade.  Now, after the sale, the firm makes money.", "Now"),
        ('The deal was fair." Now, she says, "it looks like a trap."', "Now"),
        ("Guards watch the gate 24 hours a day, the mayor said.", "day"),
        ("Guards watch the gate 24 hours a day, the mayor said.", "hours"),
        ("The bakery stays open seven days a week.", "week"),
        ("Fans queued for their most recent phone model.", "recent"),
        ("Three mayors were shot, most recently last May in Tula.", "recently"),
    ],
)
def test_not_times(text: str, word: str) -> None:
    assert not [t for t in texts(text) if word in t], texts(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The truce began on October 2. But on Tuesday morning the envoy spoke. Later in the day the "
         "shelling resumed.", "2017-10-17"),
        ("The truce began on October 2. Jets struck a school around midday on Wednesday. Teachers "
         "closed classes for the day.", "2017-10-18"),
    ],
)
def test_a_clock_time_with_its_day_is_the_day_repeated(text: str, value: str) -> None:
    """'the day' after 'Tuesday morning' or 'midday on Wednesday' is that day, not an older date."""
    found = [f for f in times(text) if f.text == "the day"]
    assert found and found[0].value == value, [(f.text, f.value) for f in times(text)]
