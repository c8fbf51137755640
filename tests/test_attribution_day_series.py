"""A day-by-day account from one source: a sentence that opens on a weekday right after one
that opened on another weekday counts back a day in the same report and keeps its source
(report_openers.continues_day_series). Invented sentences."""

from __future__ import annotations

from rashomon.extract import extract_article
from rashomon.extract.report_openers import continues_day_series
from rashomon.model import Article, CasualtyFact


def _figures(text: str) -> dict[int | None, CasualtyFact]:
    return {f.low: f for f in extract_article(Article(id="t", text=text)).casualties}


def test_weekday_after_another_weekday_keeps_the_source() -> None:
    text = (
        '"On Friday 14 people were killed in shelling on the market town" the Harbour Watch'
        " monitoring group said. On Thursday rockets killed 9 people in the same town."
    )
    figures = _figures(text)
    assert figures[9].source is not None
    assert "Harbour Watch" in figures[9].source.primary


def test_weekday_after_an_undated_sentence_still_opens_a_report() -> None:
    assert not continues_day_series("The monitor said the toll was rising.", "On Monday 5 were killed.")
    assert not continues_day_series("On Monday a car bomb hit the square.", "On Monday 5 were killed.")
    assert continues_day_series("On Tuesday 8 were killed, the monitor said.", "On Monday 5 were killed.")
