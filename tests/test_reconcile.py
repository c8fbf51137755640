"""Reconciliation on hand-built facts: which figures share a slot, and why they differ."""

from __future__ import annotations

from datetime import datetime

from rashomon.model import Article, CasualtyFact, Extraction, Source, TimeFact
from rashomon.reconcile import reconcile
from rashomon.reconcile.casualties import align_casualties
from rashomon.reconcile.dates import align_dates


def figure(article: str, low: int | None, high: int | None, category: str = "killed", *,
           qualifier: str = "exact", victims: str = "civilian", perpetrator: str = "",
           source: str = "", via: tuple[str, ...] = (), start: int = 0) -> CasualtyFact:
    text = f"{low} people"
    return CasualtyFact(article_id=article, start=start, end=start + len(text), text=text, sentence=text,
                        low=low, high=high, qualifier=qualifier, category=category, victims="people",
                        victim_class=victims, perpetrator=perpetrator,
                        source=Source(primary=source, via=list(via)) if source else None)


def extraction(article_id: str, *facts: CasualtyFact, published: datetime | None = None) -> Extraction:
    article = Article(id=article_id, text="x" * 200, published=published)
    return Extraction(article=article, casualties=list(facts))


def test_same_count_from_same_source_conflicts_with_range() -> None:
    slots = align_casualties([
        extraction("a", figure("a", 128, 128, "executed", source="Monitor", perpetrator="armed-group")),
        extraction("b", figure("b", 116, None, "executed", qualifier="at_least", source="Monitor", via=("AFP",),
                               perpetrator="armed-group")),
    ])
    [slot] = slots
    assert slot.status == "conflict" and slot.reason == "same_source_different_figures"
    assert (slot.low, slot.high) == (116, 128)
    assert slot.independent_sources == 1
    assert "AFP" in slot.explanation and "Monitor" in slot.explanation


def test_higher_figure_later_from_same_source_is_an_update() -> None:
    slots = align_casualties([
        extraction("early", figure("early", 23, 23, source="Monitor"), published=datetime(2019, 3, 12, 12)),
        extraction("late", figure("late", 31, 31, source="Monitor"), published=datetime(2019, 3, 13, 9)),
    ])
    assert [(s.status, s.reason) for s in slots] == [("conflict", "later_update")]


def test_different_monitors_are_named_as_such() -> None:
    [slot] = align_casualties([
        extraction("a", figure("a", 20, 20, source="Monitor A")),
        extraction("b", figure("b", 25, 25, source="Monitor B")),
    ])
    assert slot.reason == "different_primary_sources" and slot.independent_sources == 2


def test_other_category_from_other_source_is_a_separate_related_slot() -> None:
    slots = align_casualties([
        extraction("a", figure("a", 120, 120, "executed", source="Monitor", perpetrator="armed-group")),
        extraction("b", figure("b", 110, None, "executed", source="Monitor", perpetrator="armed-group"),
                   figure("b", 67, 67, "killed", source="Committee", start=50)),
    ])
    executed, killed = slots
    assert executed.status == "conflict" and killed.status == "single"
    assert killed.id in executed.related


def test_unstated_perpetrator_defaults_to_the_reports_main_one() -> None:
    slots = align_casualties([
        extraction("a", figure("a", 100, 100, "executed", perpetrator="armed-group", source="M"),
                   figure("a", 12, 12, "killed", perpetrator="state-forces", source="M", start=40)),
        extraction("b", figure("b", 90, 90, "executed", perpetrator="armed-group", source="M"),
                   figure("b", 11, 11, "killed", source="Committee", start=40)),
    ])
    twelve = next(s for s in slots if any(v.low == 12 for v in s.values))
    assert twelve.status == "single"  # 11 (by the main perpetrator) is not 12 (by state forces)


def test_figures_an_order_of_magnitude_apart_are_not_one_count() -> None:
    slots = align_casualties([
        extraction("a", figure("a", 12, 12, source="M")),
        extraction("b", figure("b", 400000, None, qualifier="more_than", source="M")),
    ])
    assert [s.status for s in slots] == ["single", "single"]


def test_repeated_mentions_in_one_report_are_one_claim() -> None:
    [slot] = align_casualties([
        extraction("a", figure("a", 50, 50, source="M"), figure("a", 50, None, qualifier="at_least", start=30),
                   figure("a", 50, 50, start=60)),
        extraction("b", figure("b", 50, 50, source="M")),
    ])
    assert slot.status == "agree" and len(slot.values[0].facts) == 3
    assert slot.values[0].value == "50"


def when(article: str, value: str, happening: str, start: int = 0) -> TimeFact:
    return TimeFact(article_id=article, start=start, end=start + 5, text="x", sentence="x", type="DATE",
                    value=value, happening=happening)


def test_dates_of_one_happening_agree_or_conflict() -> None:
    a = Extraction(article=Article(id="a", text=""), times=[when("a", "2017-10-21", "recapture"),
                                                             when("a", "2016-04", "recapture", 10)])
    b = Extraction(article=Article(id="b", text=""), times=[when("b", "2017-10-21", "recapture"),
                                                             when("b", "2016-04-02", "recapture", 10),
                                                             when("b", "2017-10-18", "attack", 20)])
    c = Extraction(article=Article(id="c", text=""), times=[when("c", "2017-10-19", "recapture")])
    slots = align_dates([a, b, c])
    statuses = {(s.label, tuple(sorted(v.value for v in s.values))): s.status for s in slots}
    assert statuses[("recapture date", ("2017-10-19", "2017-10-21", "2017-10-21"))] == "conflict"
    assert statuses[("recapture date", ("2016-04", "2016-04-02"))] == "agree"
    assert statuses[("attack date", ("2017-10-18",))] == "single"


def test_reconcile_lists_casualty_slots_first() -> None:
    slots = reconcile([extraction("a", figure("a", 3, 3)), extraction("b", figure("b", 3, 3))])
    assert slots[0].kind == "casualty" and slots[0].status == "agree"
