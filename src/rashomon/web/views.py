"""One data function per page: each returns a JSON-ready dict that the web app renders
either as HTML (a Jinja2 template) or as JSON, datasette style.

`/event/42` and `/event/42.json` (and `/api/events/42`) come from the same function, so
the pages, the API and the self-contained reports cannot drift apart. The functions only
call the `Rashomon` core; they hold no SQL and no HTML.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from rashomon.core import Rashomon, UnknownEvent
from rashomon.model import Article, AttributionFact, Comparison, Extraction, Fact, Slot, Source, to_dict
from rashomon.reconcile.reasons import describe_source
from rashomon.report.json import fact_to_json

# Events per page by default, and the most a client may ask for (bounds the work per request).
PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
SORTS = ("newest", "reports", "conflicts")
SECTIONS = [
    ("casualty", "Casualty figures"),
    ("time", "Dates of what happened"),
    ("place", "Places"),
    ("actor", "Perpetrators and other actors, in each outlet's words"),
    ("speaker", "Speakers"),
    ("quote", "Quotes"),
]
NO_SOURCE = "no source named"


class NotFound(LookupError):
    """A page asked for something the store does not hold."""


@dataclass
class EventFilters:
    """What the events page was asked for (query string or API parameters)."""

    text: str = ""
    since: str = ""
    until: str = ""
    place: str = ""
    actor: str = ""
    sort: str = "newest"
    page: int = 1
    per_page: int = PAGE_SIZE

    def clean(self) -> EventFilters:
        """Out-of-range values fall back to the defaults rather than erroring."""
        self.sort = self.sort if self.sort in SORTS else "newest"
        self.page = max(1, self.page)
        self.per_page = min(max(1, self.per_page), MAX_PAGE_SIZE)
        for name in ("since", "until"):
            if getattr(self, name) and not _is_date(getattr(self, name)):
                setattr(self, name, "")
        return self


def _is_date(value: str) -> bool:
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


# -- events page --------------------------------------------------------------------------


def events_page(core: Rashomon, filters: EventFilters) -> dict[str, Any]:
    """A page of events matching the filters, with the total and page count."""
    f = filters.clean()
    found, total = core.browse_events(
        text=f.text or None, since=f.since or None, until=f.until or None, place=f.place or None,
        actor=f.actor or None, sort=f.sort, limit=f.per_page, offset=(f.page - 1) * f.per_page,
    )
    return {
        "schema": "rashomon.web.events/1",
        "filters": to_dict(f),
        "total": total,
        "pages": max(1, math.ceil(total / f.per_page)),
        "events": [s.to_json() for s in found],
        "store": core.counts(),
    }


# -- event page ---------------------------------------------------------------------------


def event_page(core: Rashomon, event_id: str) -> dict[str, Any]:
    """Everything about one event: reports, slots side by side with their evidence, the
    casualty chart data, the attribution graph, copies and framing differences."""
    try:
        comparison, summary, copies = core.event(event_id)
    except UnknownEvent as error:
        raise NotFound(str(error)) from None
    others = [a for a in summary.event.article_ids if a not in {ex.article.id for ex in comparison.extractions}]
    extra = {a: core.article(a) for a in others}
    published = {ex.article.id: ex.article.published for ex in comparison.extractions}
    return {
        "schema": "rashomon.web.event/1",
        "event": summary.to_json(),
        "columns": [_column(ex) for ex in comparison.extractions],
        "reports": _reports(comparison, extra, copies),
        "sections": _sections(comparison),
        "charts": casualty_charts(comparison.slots, published),
        "attribution": attribution_graph(comparison),
        "copies": _copies(comparison, extra, copies),
        "framing": framing(comparison.slots),
    }


def _column(ex: Extraction) -> dict[str, Any]:
    a = ex.article
    return {"article_id": a.id, "outlet": a.outlet or a.id, "published": _iso(a.published)}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _reports(comparison: Comparison, extra: dict[str, Extraction | None], copies: dict[str, str]) -> list[dict]:
    rows = [_report(ex, copies) for ex in comparison.extractions]
    rows += [_report(ex, copies) for ex in extra.values() if ex is not None]
    return sorted(rows, key=lambda r: (r["published"] is None, r["published"] or "", r["id"]))


def _report(ex: Extraction, copies: dict[str, str]) -> dict[str, Any]:
    a = ex.article
    return {
        "id": a.id, "title": a.title, "outlet": a.outlet, "url": a.url, "published": _iso(a.published),
        "copy_of": copies.get(a.id), "facts": len(ex.facts()),
    }


def _sections(comparison: Comparison) -> list[dict[str, Any]]:
    sentences = {ex.article.id: ex for ex in comparison.extractions}
    sections = []
    for kind, title in SECTIONS:
        slots = [_slot(s, sentences) for s in comparison.slots if s.kind == kind]
        if slots:
            sections.append({"kind": kind, "title": title, "slots": slots})
    return sections


def _slot(slot: Slot, extractions: dict[str, Extraction]) -> dict[str, Any]:
    cells = {}
    for v in slot.values:
        cells[v.article_id] = {
            "value": v.value, "low": v.low, "high": v.high,
            "source": describe_source(v.source) if v.source else "",
            "evidence": [evidence(f, extractions.get(f.article_id)) for f in v.facts],
        }
    return {
        "id": slot.id, "kind": slot.kind, "label": slot.label, "status": slot.status, "reason": slot.reason,
        "explanation": slot.explanation, "low": slot.low, "high": slot.high,
        "independent_sources": slot.independent_sources, "cells": cells,
    }


def evidence(fact: Fact, extraction: Extraction | None) -> dict[str, Any]:
    """The sentence that states a fact, split around the fact's words so they can be marked."""
    offset = _offset_in_sentence(fact, extraction)
    data = {"fact_id": fact.id, "anchor": fact_anchor(fact), "article_id": fact.article_id,
            "start": fact.start, "end": fact.end, "text": fact.text}
    if offset is None:
        return {**data, "before": fact.sentence, "words": "", "after": ""}
    s, end = fact.sentence, offset + len(fact.text)
    return {**data, "before": s[:offset], "words": s[offset:end], "after": s[end:]}


def _offset_in_sentence(fact: Fact, extraction: Extraction | None) -> int | None:
    """Where the fact's words start in its sentence, by offsets when the sentence is known."""
    if extraction is not None:
        for sentence in extraction.sentences:
            if sentence.start <= fact.start < sentence.end and sentence.text == fact.sentence:
                return fact.start - sentence.start
    found = fact.sentence.find(fact.text)
    return found if found >= 0 and fact.text else None


def fact_anchor(fact: Fact) -> str:
    """The HTML id of a fact on its article's page (article ids are untrusted: left out)."""
    return f"fact-{fact.kind}-{fact.start}-{fact.end}"


def casualty_charts(slots: list[Slot], published: dict[str, datetime | None]) -> list[dict[str, Any]]:
    """Per casualty category: each primary source's figures against publication time."""
    charts: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for slot in slots:
        if slot.kind != "casualty":
            continue
        for v in slot.values:
            when = published.get(v.article_id)
            figure = v.low if v.low is not None else v.high
            if when is None or figure is None:
                continue
            category = getattr(v.facts[0], "category", "killed") if v.facts else "killed"
            source = v.source.primary if v.source and v.source.primary else NO_SOURCE
            charts[category][source].append(
                {"published": when.isoformat(), "figure": figure, "value": v.value,
                 "article_id": v.article_id, "slot": slot.label, "slot_id": slot.id}
            )
    return [
        {"category": category, "series": [
            {"source": source, "points": sorted(points, key=lambda p: (p["published"], p["figure"]))}
            for source, points in sorted(series.items())
        ]}
        for category, series in sorted(charts.items())
    ]


def attribution_graph(comparison: Comparison) -> list[dict[str, Any]]:
    """Primary source -> intermediary -> outlets that carry it, from every stated attribution."""
    outlets = {ex.article.id: ex.article.outlet or ex.article.id for ex in comparison.extractions}
    tree: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for source, article_id in _sources(comparison):
        via = " via ".join(source.via) if source.via else ""
        tree[source.primary][via].add(outlets.get(article_id, article_id))
    return [
        {"primary": primary, "paths": [{"via": via, "outlets": sorted(found)} for via, found in sorted(paths.items())]}
        for primary, paths in sorted(tree.items(), key=lambda kv: (-sum(len(o) for o in kv[1].values()), kv[0]))
    ]


def _sources(comparison: Comparison) -> list[tuple[Source, str]]:
    found = [(v.source, v.article_id) for s in comparison.slots for v in s.values if v.source and v.source.primary]
    for ex in comparison.extractions:
        found += [(f.source, ex.article.id) for f in ex.attributions
                  if isinstance(f, AttributionFact) and f.source.primary]
    return found


def _copies(comparison: Comparison, extra: dict[str, Extraction | None], copies: dict[str, str]) -> list[dict]:
    articles: dict[str, Article] = {ex.article.id: ex.article for ex in comparison.extractions}
    articles.update({a: ex.article for a, ex in extra.items() if ex is not None})
    rows = []
    for copy, original in sorted(copies.items()):
        c, o = articles.get(copy), articles.get(original)
        rows.append({"copy_id": copy, "copy_outlet": c.outlet if c else "", "copy_title": c.title if c else "",
                     "original_id": original, "original_outlet": o.outlet if o else "",
                     "original_in_event": o is not None})
    return rows


def framing(slots: list[Slot]) -> list[dict[str, Any]]:
    """The words each outlet uses for the same actor: actor slots where the words differ."""
    rows = []
    for slot in slots:
        if slot.kind != "actor" or len(slot.values) < 2:
            continue
        words = {v.article_id: v.value for v in slot.values}
        if len({w.lower() for w in words.values()}) > 1:
            rows.append({"actor": slot.label, "words": words})
    return rows


# -- article page -------------------------------------------------------------------------


def article_page(core: Rashomon, article_id: str) -> dict[str, Any]:
    """One article's text and its facts with offsets (the page marks them in the text)."""
    ex = core.article(article_id)
    if ex is None:
        raise NotFound(f"no article {article_id!r} in the store")
    a = ex.article
    facts = [{**fact_to_json(f), "anchor": fact_anchor(f)} for f in ex.facts()]
    return {
        "schema": "rashomon.web.article/1",
        "article": {
            "id": a.id, "title": a.title, "outlet": a.outlet, "url": a.url, "published": _iso(a.published),
            "published_from": a.published_from, "anchor": _iso(ex.anchor), "anchor_from": ex.anchor_from,
        },
        "event_id": core.article_event(a.id),
        "text": a.text,
        "facts": facts,
    }


def facts_page(core: Rashomon, article_id: str) -> dict[str, Any]:
    """Only the facts of one article (the API's /api/articles/{id}/facts)."""
    page = article_page(core, article_id)
    return {"schema": "rashomon.web.facts/1", "article_id": article_id, "facts": page["facts"]}
