"""A lead figure with no source that the body restates with the same number and kind, differing
only in the hedge ("killing at least 17 people" in the lead, "17 people were killed" in the
paragraph of the Observatory's report below), is the body source's figure (GUIDELINES.md
section 2: attribution_links._told_again_below). A later mention of other people ("six
teachers" after "six children", "two more people") or a loose estimate ("about 20") lends
nothing."""

from __future__ import annotations

import pytest
from conftest import figure_sources

SOHR = "Syrian Observatory for Human Rights (SOHR)"


def _article(lead: str, body: str) -> str:
    """An invented report: a lead figure with no source, two lines of description, then the
    Observatory's paragraph, whose second sentence carries its source on to `body`."""
    return (
        "Jets strike market town\n\n"
        f"Government jets hit the market town of Kafr Salim on Monday killing at least {lead}. "
        "The town lies on the main road north. Traders had gathered early in the square. "
        "The Syrian Observatory for Human Rights reported nine air strikes on the town. "
        f"{body} were killed in the raids."
    )


def test_lead_figure_takes_source_of_body_restatement() -> None:
    assert figure_sources(_article("17 people", "17 people"))["at least 17 people"] == SOHR


@pytest.mark.parametrize(
    ("lead", "body"),
    [("six children", "Six teachers"), ("20 people", "About 20 people"), ("two people", "Two more people")],
)
def test_other_people_or_loose_estimate_lend_no_source(lead: str, body: str) -> None:
    assert figure_sources(_article(lead, body))[f"at least {lead}"] == ""
