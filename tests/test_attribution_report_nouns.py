""""reports"/"claims" after a preposition and an adjective are nouns, not verbs: "with daily
reports of strikes" has no newspaper "the daily" reporting, each tested on invented sentences."""

from __future__ import annotations

import pytest
from conftest import figure_sources


@pytest.mark.parametrize(
    "text",
    [
        "March was the worst month for the valley towns with daily reports of shelling on homes "
        "causing hundreds of deaths and injuries, the regional relief coordinator Ana Vell said.",
        "The week ended amid weekly reports of raids leaving 30 people dead, Ana Vell said on Monday.",
    ],
)
def test_adjective_before_reports_is_no_speaker(text: str) -> None:
    sources = figure_sources(text)
    assert sources and all(source and source.lower() not in ("daily", "weekly") for source in sources.values())


def test_the_daily_still_reports() -> None:
    assert list(figure_sources("The daily reports that 12 people were killed in the harbour town.").values()) == [
        "daily"
    ]
