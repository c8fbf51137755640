"""Line up the dates of what happened (a recapture, an attack) across reports.

A time expression counts here only when extraction tied it to a happening ("retook the
town on Saturday" -> recapture). Dates of one happening that contain each other
(2016-04 and 2016-04-10) or are the same agree; dates of one happening a few days apart
conflict; dates further apart are different happenings of the same kind (a town retaken
twice) and get slots of their own.
"""

from __future__ import annotations

from datetime import date

from rashomon.model import Extraction, Slot, SlotValue, TimeFact

# Two dates of one kind of happening this close are taken as one happening in dispute.
# A week: reports disagree on the day of a battle, rarely by more; re-run the compare tests
# when changing it.
CONFLICT_DAYS = 7


def align_dates(extractions: list[Extraction]) -> list[Slot]:
    """One slot per happening and date."""
    groups: list[list[TimeFact]] = []
    for ex in extractions:
        for fact in ex.times:
            if not fact.happening or fact.type != "DATE" or not fact.value[:4].isdigit():
                continue
            group = next((g for g in groups if _belongs(fact, g)), None)
            if group is None:
                groups.append([fact])
            else:
                group.append(fact)
    return [_slot(n, g) for n, g in enumerate(groups, start=1)]


def _belongs(fact: TimeFact, group: list[TimeFact]) -> bool:
    head = group[0]
    if fact.happening != head.happening:
        return False
    return all(_contains(fact.value, g.value) or _close(fact.value, g.value) for g in group)


def _contains(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _close(a: str, b: str) -> bool:
    da, db = _day(a), _day(b)
    return da is not None and db is not None and abs((da - db).days) <= CONFLICT_DAYS


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _slot(number: int, group: list[TimeFact]) -> Slot:
    by_article: dict[str, list[TimeFact]] = {}
    for fact in group:
        by_article.setdefault(fact.article_id, []).append(fact)
    values = [
        SlotValue(article_id=aid, value=max((f.value for f in facts), key=len), facts=list(facts))
        for aid, facts in by_article.items()
    ]
    slot = Slot(
        id=f"date-{number}",
        kind="time",
        label=f"{group[0].happening} date",
        values=values,
        independent_sources=len(values),
    )
    if len(values) < 2:
        slot.status = "single"
    elif all(_contains(a.value, b.value) for a in values for b in values):
        slot.status = "agree"
    else:
        slot.status, slot.reason = "conflict", "different_dates"
        slot.explanation = "; ".join(f"{v.article_id} dates it {v.value}" for v in values) + "."
    return slot
