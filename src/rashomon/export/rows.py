"""The rows an export writes: one per event, or one per fact, as plain dicts.

The same rows feed every format, so a JSONL, CSV, GeoJSON and Parquet export of one
store hold the same values. Lists and nested objects stay nested here; the flat formats
(CSV) flatten them in their writer.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from rashomon.store import Store
from rashomon.store import queries as q
from rashomon.store.codec import iso

EVENT_FIELDS = ("event_id", "title", "place", "latitude", "longitude", "first_published", "last_published",
                "incident_date", "reports", "independent_sources", "conflicts", "actors", "casualties")
FACT_FIELDS = ("fact_id", "event_id", "article_id", "kind", "start", "end", "text", "sentence", "latitude",
               "longitude", "details")


def event_rows(store: Store) -> Iterator[dict[str, Any]]:
    """Every event, oldest first, with one casualty entry (min/max, status) per casualty slot."""
    casualties: dict[str, list[dict[str, Any]]] = {}
    for row in store.execute(q.all_slots()):
        event_id, _pos, slot_id, kind, label, status, reason, _expl, low, high, sources = row[:11]
        if kind == "casualty":
            casualties.setdefault(event_id, []).append(
                {"slot": slot_id, "label": label, "status": status, "reason": reason, "min": low, "max": high,
                 "independent_sources": sources})
    summaries = store.find_events()
    for s in sorted(summaries, key=lambda s: (iso(s.event.first_published) or "", s.event.id)):
        e = s.event
        yield {"event_id": e.id, "title": e.title, "place": e.place, "latitude": e.latitude,
               "longitude": e.longitude, "first_published": iso(e.first_published),
               "last_published": iso(e.last_published), "incident_date": iso(e.incident_date),
               "reports": s.reports, "independent_sources": s.independent_sources, "conflicts": s.conflicts,
               "actors": s.actors, "casualties": casualties.get(e.id, [])}


def fact_rows(store: Store) -> Iterator[dict[str, Any]]:
    """Every fact with its evidence, its event, and its kind-specific fields under `details`."""
    for row in store.execute(q.all_facts()):
        event_id, fact_id, article_id, kind, start, end, text, sentence, payload = row
        details = json.loads(payload)
        yield {"fact_id": fact_id, "event_id": event_id, "article_id": article_id, "kind": kind, "start": start,
               "end": end, "text": text, "sentence": sentence, "latitude": details.get("latitude"),
               "longitude": details.get("longitude"), "details": details}
