"""Model objects to table rows and back, so that what is read is what was written.

A fact is stored as its evidence (article, offsets, words, sentence) in columns and its
kind-specific fields as JSON; reading it back builds the same dataclass, so a stored
event renders exactly like a fresh `compare`. Slot values refer to facts by id.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

from rashomon.model import (
    ActorFact,
    Article,
    AttributionFact,
    CasualtyFact,
    Event,
    Extraction,
    Fact,
    PlaceFact,
    QuoteFact,
    Sentence,
    Slot,
    SlotValue,
    Source,
    TimeFact,
    to_dict,
)

FACT_TYPES: dict[str, type[Fact]] = {
    "casualty": CasualtyFact,
    "time": TimeFact,
    "place": PlaceFact,
    "actor": ActorFact,
    "attribution": AttributionFact,
    "quote": QuoteFact,
}
EVIDENCE = ("article_id", "start", "end", "text", "sentence", "kind")
EXTRACTION_LISTS = {
    "casualty": "casualties",
    "time": "times",
    "place": "places",
    "actor": "actors",
    "attribution": "attributions",
    "quote": "quotes",
}


def content_hash(article: Article) -> str:
    """What makes two reports the same report: their text (titles and ids vary across copies)."""
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()


# One encoder for every row: json.dumps with options builds a new JSONEncoder per call,
# a quarter of its time on a fact's small payload (0.85 vs 0.63 s per 100,000).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


# ... and its C encoder made once (JSONEncoder.encode makes one per call, a third of the
# time on a fact's payload); None where the C accelerator is missing.
_C_ENCODE = (
    json.encoder.c_make_encoder(None, _ENCODER.default, json.encoder.encode_basestring, None, ":", ",",
                                False, False, True)
    if json.encoder.c_make_encoder is not None else None
)


def dumps(value: Any) -> str:
    if _C_ENCODE is None or isinstance(value, str):
        return _ENCODER.encode(value)
    return "".join(_C_ENCODE(value, 0))


def iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def article_row(extraction: Extraction, ingested: str) -> tuple:
    """The `articles` row of an extracted article (queries.ARTICLE_COLUMNS order)."""
    a = extraction.article
    sentences = dumps([[s.start, s.end] for s in extraction.sentences])
    return (
        a.id,
        content_hash(a),
        a.title,
        a.outlet,
        a.url,
        iso(a.published),
        a.published_from,
        iso(a.retrieved),
        a.source,
        a.text,
        iso(extraction.anchor),
        extraction.anchor_from,
        sentences,
        ingested,
    )


def article_from_row(row: Sequence[Any]) -> tuple[Article, datetime | None, str, list[Sentence]]:
    """The article, its anchor and sentences from an `articles` row."""
    (
        id_,
        _hash,
        title,
        outlet,
        url,
        published,
        published_from,
        retrieved,
        source,
        text,
        anchor,
        anchor_from,
        sentences,
        _ingested,
    ) = row
    article = Article(
        id=id_,
        text=text,
        title=title,
        outlet=outlet,
        url=url,
        published=_datetime(published),
        published_from=published_from,
        retrieved=_datetime(retrieved),
        source=source,
    )
    spans = [Sentence(start, end, text[start:end]) for start, end in json.loads(sentences)]
    return article, _datetime(anchor), anchor_from, spans


def fact_row(fact: Fact) -> tuple:
    """The `facts` row of a fact (queries.FACT_COLUMNS order)."""
    payload = {name: to_dict(getattr(fact, name)) for name in _payload_fields(type(fact))}
    return (fact.id, fact.article_id, fact.kind, fact.start, fact.end, fact.text, fact.sentence, dumps(payload))


@cache
def _payload_fields(kind: type) -> tuple[str, ...]:
    """A fact class's fields minus the evidence columns, in declaration order."""
    return tuple(f.name for f in dataclasses.fields(kind) if f.name not in EVIDENCE)


def fact_from_row(row: Sequence[Any]) -> Fact:
    """The dataclass a `facts` row was made from."""
    _id, article_id, kind, start, end, text, sentence, payload = row
    cls = FACT_TYPES.get(kind, Fact)
    names = {f.name for f in dataclasses.fields(cls) if f.init}
    fields = {k: _source(v) if k == "source" else v for k, v in json.loads(payload).items() if k in names}
    fact = cls(article_id=article_id, start=start, end=end, text=text, sentence=sentence, **fields)
    fact.kind = kind
    return fact


def _source(value: Any) -> Source | None:
    return Source(**value) if isinstance(value, Mapping) else None


def extraction_from(row: Sequence[Any], facts: list[Fact]) -> Extraction:
    """An `Extraction` rebuilt from its article row and its stored facts."""
    article, anchor, anchor_from, sentences = article_from_row(row)
    extraction = Extraction(article=article, anchor=anchor, anchor_from=anchor_from, sentences=sentences)
    for fact in facts:
        name = EXTRACTION_LISTS.get(fact.kind)
        if name:
            getattr(extraction, name).append(fact)
    return extraction


def slot_row(event_id: str, position: int, slot: Slot) -> tuple:
    """The `slots` row of a slot (queries.SLOT_COLUMNS order); values keep fact ids only."""
    values = [
        {
            "article_id": v.article_id,
            "value": v.value,
            "low": v.low,
            "high": v.high,
            "source": to_dict(v.source) if v.source else None,
            "facts": [f.id for f in v.facts],
        }
        for v in slot.values
    ]
    return (
        event_id,
        position,
        slot.id,
        slot.kind,
        slot.label,
        slot.status,
        slot.reason,
        slot.explanation,
        slot.low,
        slot.high,
        slot.independent_sources,
        dumps(slot.related),
        dumps(values),
    )


def slot_from_row(row: Sequence[Any], facts: Mapping[str, Fact]) -> Slot:
    """A slot with its values' facts looked up by id in `facts`."""
    (_event, _pos, id_, kind, label, status, reason, explanation, low, high, sources, related, values) = row
    slot = Slot(
        id=id_,
        kind=kind,
        label=label,
        status=status,
        reason=reason,
        explanation=explanation,
        low=low,
        high=high,
        independent_sources=sources,
        related=json.loads(related),
    )
    for v in json.loads(values):
        slot.values.append(
            SlotValue(
                article_id=v["article_id"],
                value=v["value"],
                low=v["low"],
                high=v["high"],
                source=_source(v["source"]),
                facts=[facts[i] for i in v["facts"] if i in facts],
            )
        )
    return slot


@dataclasses.dataclass
class EventSummary:
    """An event as listed: the `Event`, how many reports and independent sources, conflicts, actors."""

    event: Event
    reports: int = 0
    independent_sources: int = 0
    conflicts: int = 0
    actors: list[str] = dataclasses.field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = to_dict(self.event)
        data.update(
            reports=self.reports,
            independent_sources=self.independent_sources,
            conflicts=self.conflicts,
            actors=self.actors,
        )
        return data


def event_row(summary: EventSummary, updated: str) -> tuple:
    """The `events` row (queries.EVENT_COLUMNS order)."""
    e = summary.event
    return (
        e.id,
        e.title,
        e.place,
        e.latitude,
        e.longitude,
        iso(e.first_published),
        iso(e.last_published),
        iso(e.incident_date),
        summary.reports,
        summary.independent_sources,
        summary.conflicts,
        dumps(summary.actors),
        updated,
    )


def event_from_row(row: Sequence[Any], article_ids: list[str] | None = None) -> EventSummary:
    (id_, title, place, lat, lon, first, last, incident, reports, sources, conflicts, actors, _updated) = row
    event = Event(
        id=id_,
        article_ids=article_ids or [],
        title=title,
        place=place,
        latitude=lat,
        longitude=lon,
        first_published=_datetime(first),
        last_published=_datetime(last),
        incident_date=date.fromisoformat(incident) if incident else None,
    )
    return EventSummary(event, reports, sources, conflicts, json.loads(actors))
