"""A day-by-day account whose first day is dated inside the reported clause ("A police source
told the agency that gunmen on Sunday shelled ...") and whose next sentence opens on another
weekday ("On Saturday ...") counts back a day in the same report and keeps its source
(report_openers.continues_day_series). Invented sentences."""

from __future__ import annotations

from rashomon.extract import extract_article
from rashomon.extract.report_openers import continues_day_series
from rashomon.model import Article, CasualtyFact


def _figures(text: str) -> dict[int | None, CasualtyFact]:
    return {f.low: f for f in extract_article(Article(id="t", text=text)).casualties}


def test_weekday_after_a_weekday_inside_the_report_keeps_the_source() -> None:
    text = (
        "A source at the Tarvel Police Command told the Harbour News Agency that gunmen on Sunday"
        " evening shelled the old market injuring 4 shoppers. On Saturday the gunmen fired twelve"
        " shells on the port district leaving 6 other people injured."
    )
    figures = _figures(text)
    assert figures[6].source is not None
    assert "Police" in figures[6].source.primary


def test_weekday_inside_the_sentence_before_counts() -> None:
    before = "A police source said the gunmen on Sunday shelled the market."
    assert continues_day_series(before, "On Saturday 5 were killed.")
    assert not continues_day_series(before, "On Sunday 5 were killed.")
    assert not continues_day_series("A police source said the toll rose.", "On Saturday 5 were killed.")


def test_inverted_source_ends_before_noting() -> None:
    text = "Three farmers were wounded in the shelling said the Tarvel Health Directorate noting that more may die."
    figures = _figures(text)
    assert figures[3].source is not None
    assert figures[3].source.primary.endswith("Health Directorate")


def test_named_tag_relays_bare_reports() -> None:
    text = (
        "Reports confirmed that four workers were killed in the blast at the depot said the Tarvel"
        " Health Directorate noting that more may die."
    )
    figures = _figures(text)
    assert figures[4].source is not None
    assert figures[4].source.primary.endswith("Health Directorate")
