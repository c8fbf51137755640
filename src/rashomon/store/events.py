"""What the store lists about an event: title, place, dates, actors, source counts.

Computed from the event's reports and slots whenever the event changes, and kept in the
`events` table so that listing and filtering thousands of events needs no extraction.
Counts are per report, not per mention, so that one long article naming a place ten
times does not outvote three reports naming another.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date

from rashomon.model import Article, Event, Extraction, PlaceFact, Slot
from rashomon.store.codec import EventSummary

# Actors kept in an event's listing, most reported first.
MAX_ACTORS = 10
# Features ranked for an event's place: a city pins the event, a country only frames it.
PLACE_PRECISION = {"city": 0, "region": 1, "country": 2}


def independent(extractions: list[Extraction], copies: Mapping[str, str]) -> list[Extraction]:
    """One report per story: the original where the event has it, else its earliest copy
    here (the original may have been grouped into another event)."""
    chosen: dict[str, Extraction] = {}
    for ex in sorted(extractions, key=lambda ex: _earliest(ex.article)):
        story = copies.get(ex.article.id, ex.article.id)
        if story == ex.article.id or story not in chosen:
            chosen[story] = ex
    keep = {id(ex) for ex in chosen.values()}
    return [ex for ex in extractions if id(ex) in keep]


def _earliest(article: Article) -> tuple[bool, str, str]:
    return (article.published is None, article.published.isoformat() if article.published else "", article.id)


def summarise_event(
    event_id: str, extractions: list[Extraction], copies: Mapping[str, str], slots: list[Slot]
) -> EventSummary:
    """The listing of one event from all its reports (copies included in `reports`)."""
    originals = independent(extractions, copies)
    dates = sorted(ex.article.published for ex in extractions if ex.article.published)
    place = main_place(originals)
    event = Event(
        id=event_id,
        article_ids=[ex.article.id for ex in extractions],
        title=_title(originals or extractions),
        place=place.name if place else "",
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        first_published=dates[0] if dates else None,
        last_published=dates[-1] if dates else None,
        incident_date=incident_date(originals),
    )
    return EventSummary(
        event=event,
        reports=len(extractions),
        independent_sources=len(originals),
        conflicts=sum(s.status == "conflict" for s in slots),
        actors=main_actors(originals),
    )


def _title(extractions: list[Extraction]) -> str:
    """The headline of the earliest report that has one."""
    titled = [ex.article for ex in extractions if ex.article.title]
    if not titled:
        return ""
    return min(titled, key=lambda a: (a.published is None, a.published or 0, a.id)).title


def main_place(extractions: list[Extraction]) -> PlaceFact | None:
    """The place most reports name, the most precise one on ties."""
    reports: Counter[str] = Counter()
    example: dict[str, PlaceFact] = {}
    for ex in extractions:
        for name in {p.name for p in ex.places if p.name}:
            reports[name] += 1
        for place in ex.places:
            example.setdefault(place.name, place)
    if not reports:
        return None
    best = min(reports, key=lambda n: (-reports[n], PLACE_PRECISION.get(example[n].feature, 1), n))
    return example[best]


def main_actors(extractions: list[Extraction]) -> list[str]:
    reports: Counter[str] = Counter()
    for ex in extractions:
        reports.update({a.name or a.actor for a in ex.actors if a.name or a.actor})
    return [name for name, _ in sorted(reports.items(), key=lambda item: (-item[1], item[0]))[:MAX_ACTORS]]


def incident_date(extractions: list[Extraction]) -> date | None:
    """The day most reports give for what happened (a dated happening), if any."""
    reports: Counter[str] = Counter()
    for ex in extractions:
        reports.update({t.value for t in ex.times if t.happening and len(t.value) == 10 and t.value[4] == "-"})
    for value, _ in sorted(reports.items(), key=lambda item: (-item[1], item[0])):
        try:
            return date.fromisoformat(value)
        except ValueError:
            continue
    return None
