"""Tests for value rules from the session-30 review of wrong values on found spans: a day
name before a possessive ("Wednesday's ruling") and a quarter that opens soon after a report.

Every sentence here is our own.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import time_fact

FRIDAY = datetime(2017, 10, 27, 9, 0)
MID_AUGUST = datetime(2017, 8, 19, 9, 0)
EARLY_JULY = datetime(2017, 7, 5, 9, 0)


def value_of(text: str, expression: str, anchor: datetime) -> str:
    fact = time_fact(text, expression, anchor)
    return fact.value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # The future words belong to another verb: the ruling is the last Wednesday's.
        ("Lawyers said they would look for ways to overturn Wednesday's ruling.", "Wednesday", "2017-10-25"),
        ("The opposition will contest Tuesday's result in court.", "Tuesday", "2017-10-24"),
        # A word before the day or the noun after it says the event is still ahead.
        ("Shops will close early ahead of Sunday's election.", "Sunday", "2017-10-29"),
        ("The police will shut the bridge for Sunday's planned march.", "Sunday", "2017-10-29"),
        ("Organisers will publish Sunday's scheduled route tonight.", "Sunday", "2017-10-29"),
        # Without a possessive the clause's tense still decides.
        ("The court will rule on Wednesday.", "Wednesday", "2017-11-01"),
        ("The court ruled on Wednesday.", "Wednesday", "2017-10-25"),
        # A possessive with no future words was already the last such day.
        ("Monday's storm cut power to the island.", "Monday", "2017-10-23"),
    ],
)
def test_day_name_before_a_possessive(text: str, expression: str, value: str) -> None:
    assert value_of(text, expression, FRIDAY) == value


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # In August the fourth quarter opens within two months: the coming one, past tense or not.
        ("The carmaker announced sweeping cuts, resulting in the closure of ten plants during "
         "the fourth quarter.", MID_AUGUST, "2017-Q4"),
        # In early July it is three months off: a past-tense report means last year's.
        ("The carmaker reported a loss in the fourth quarter.", EARLY_JULY, "2016-Q4"),
        # A quarter already begun or behind the report is this year's, as before.
        ("The carmaker reported a loss in the first quarter.", MID_AUGUST, "2017-Q1"),
        ("The carmaker will report a loss in the fourth quarter.", EARLY_JULY, "2017-Q4"),
    ],
)
def test_quarter_that_opens_soon(text: str, anchor: datetime, value: str) -> None:
    assert value_of(text, "the fourth quarter" if "fourth" in text else "the first quarter", anchor) == value


OCTOBER = datetime(2017, 10, 26, 9, 0)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # After a quarter, "a year earlier" is that quarter a year before ...
        ("The miller earned $12 million in the third quarter, up from $9 million a year earlier.", "2016-Q3"),
        # ... but a sentence about a longer period compares with that period: the year.
        ("The miller earned $12 million in the third quarter. For the nine months, it earned $30 million, "
         "compared with $21 million a year earlier.", "2016"),
        ("The miller earned $12 million in the third quarter. Net for the first half rose to $18 million "
         "from $15 million a year earlier.", "2016"),
        # A longer period in an earlier sentence does not reach the next one.
        ("For the nine months, the miller earned $30 million. Third-quarter net rose to $12 million "
         "from $9 million a year earlier.", "2016-Q3"),
    ],
)
def test_a_year_earlier_after_a_longer_period(text: str, value: str) -> None:
    assert value_of(text, "a year earlier", OCTOBER) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The miller's net rose to $12 million in the third quarter from $9 million in the 2016 period.", "2016-Q3"),
        ("The miller's net rose to $12 million in the third quarter. In the first nine months, net was "
         "$30 million, compared with $21 million in the 2016 period.", "2016"),
    ],
)
def test_a_named_years_period_after_a_longer_period(text: str, value: str) -> None:
    assert value_of(text, "the 2016 period", OCTOBER) == value
