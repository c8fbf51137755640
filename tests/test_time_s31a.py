"""Tests for value rules from the session-31 review of wrong values on found spans: results
compared with 'last year' in a report on a quarter, 'this quarter's loss' for the quarter just
reported, and 'since year-end' for the last year-end already past.

Every sentence here is our own.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import time_fact
from conftest import time_facts as times

# A report out in late October: the third quarter is the one just reported, the fourth is under way.
LATE_OCTOBER = datetime(2017, 10, 26, 9, 0)


def value_of(text: str, expression: str, anchor: datetime = LATE_OCTOBER, nth: int = 0) -> str:
    fact = time_fact(text, expression, anchor, nth)
    return fact.value


QUARTER = "The brewer reported a third-quarter profit of $12 million. "


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A quarter's figure set against its counterpart: that quarter a year before.
        (QUARTER + "Its bottling unit earned $4 million, compared with a loss of $1 million last year.", "2016-Q3"),
        (QUARTER + "Sales in the period rose to $80.5 million from $71.2 million last year.", "2016-Q3"),
        (QUARTER + "Revenue rose 9% from last year's $61 million.", "2016-Q3"),
        # No comparison of figures: the year.
        (QUARTER + "The unit was sold last year to a rival.", "2016"),
        # The sentence is about a year's figures: the year.
        (QUARTER + "Analysts expect $3 a share for this year, up from last year's $2.40.", "2016"),
        # No quarter named before: the year.
        ("Its bottling unit earned $4 million, compared with a loss of $1 million last year.", "2016"),
    ],
)
def test_last_year_in_a_comparison_of_quarterly_figures(text: str, value: str) -> None:
    assert value_of(text, "last year") == value


def test_last_year_after_a_longer_period_is_the_year() -> None:
    text = (QUARTER + "For the nine months, net income rose to $30 million from $21 million last year.")
    assert value_of(text, "last year") == "2016"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The quarter just reported, named before: its results.
        ("The insurer posted a loss for the third quarter ended Sept. 30. This quarter's loss includes "
         "charges of $4 million.", "2017-Q3"),
        # A plan for the quarter under way is not a result.
        ("The insurer posted a loss for the third quarter ended Sept. 30. It expects to break even this quarter.",
         "2017-Q4"),
        # A forecast of this quarter's figures: the quarter under way.
        ("The insurer posted a loss for the third quarter ended Sept. 30. This quarter's sales are expected "
         "to rise.", "2017-Q4"),
        # No quarter reported before: the current one.
        ("This quarter's sales are expected to rise.", "2017-Q4"),
    ],
)
def test_this_quarter_in_a_results_report(text: str, value: str) -> None:
    expression = "This quarter" if "This quarter" in text else "this quarter"
    assert value_of(text, expression) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "since": the last year-end already over, before the report.
        ("The index has gained 14% since year-end.", "2016"),
        ("Shares are up 8% since the end of the year.", "2016"),
        # A deadline: the coming one.
        ("The company hopes to close the sale by year-end.", "2017"),
        ("Talks should end by the end of the year.", "2017"),
        # The start of the year is behind the report already.
        ("The index has gained 14% since the start of the year.", "2017"),
    ],
)
def test_since_year_end(text: str, value: str) -> None:
    found = [f for f in times(text, LATE_OCTOBER) if "year" in f.text]
    assert found and found[0].value == value
