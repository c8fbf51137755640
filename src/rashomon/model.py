"""The dataclasses every stage passes on.

Reports come in as `Article`s, extraction turns each into an `Extraction` (its `Fact`s,
each carrying the article id, character offsets and the sentence that states it),
articles gather into `Event`s, and reconciliation lines facts up into `Slot`s.
Stages take and return these; nothing else crosses a stage boundary.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass
class Article:
    """One news report, as read from a file, a feed or a URL."""

    id: str
    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: datetime | None = None
    # Where `published` came from: "metadata", "dateline", "argument" (given by the user),
    # or "" when unknown.
    published_from: str = ""
    # When this copy was made, if the page says so and it differs from `published`
    # (a page scraped years later keeps its original date in `published`).
    retrieved: datetime | None = None
    source: str = ""  # the path or URL it was read from


@dataclass
class Rejected:
    """An input that could not be read, and why, in words a user can act on."""

    source: str  # the path, URL or "file.jsonl:12" it came from
    reason: str  # e.g. "not UTF-8 text (try converting it with iconv)"

    def line(self) -> str:
        """The one line shown to the user."""
        return f"{self.source}: {self.reason}"


@dataclass
class Sentence:
    """A sentence of an article, by character offsets into `Article.text`."""

    start: int
    end: int
    text: str


@dataclass
class Fact:
    """Anything extracted from one place in one article: the evidence every fact carries."""

    article_id: str
    start: int  # character offsets of `text` in the article's text
    end: int
    text: str  # the words that state the fact, exactly as in the article
    sentence: str  # the whole sentence holding them
    kind: str = field(default="fact", init=False)

    @property
    def id(self) -> str:
        """Stable id: the same fact of the same article always gets the same id."""
        return f"{self.article_id}:{self.kind}:{self.start}-{self.end}"


@dataclass
class Source:
    """Who a claim comes from: the primary source, and the intermediaries it passed through."""

    primary: str  # canonical name, e.g. "Syrian Observatory for Human Rights"
    via: list[str] = field(default_factory=list)  # e.g. ["Agence France-Presse"]
    speaker: str = ""  # the person speaking for the primary source, if named
    explicit: bool = True  # False when carried over from elsewhere in the article


@dataclass
class TimeFact(Fact):
    """A time expression, normalised to a TimeML value against the article's anchor date."""

    type: str = "DATE"  # DATE, TIME, DURATION or SET
    value: str = ""  # TimeML value: 2017-10-21, 2017-W42, 2017-10, P3W, PAST_REF ...
    granularity: str = ""  # day, week, month, year, time, duration, ...
    anchor: str = ""  # ISO date the value was resolved against ("" when absolute)
    happening: str = ""  # what happened at that time, as an event class ("recapture", "attack"...)
    trigger: str = ""  # the word that named the happening ("retook", "liberated")

    def __post_init__(self) -> None:
        self.kind = "time"


@dataclass
class PlaceFact(Fact):
    """A place name resolved to a gazetteer entry."""

    name: str = ""  # the gazetteer's name
    geonameid: int | None = None
    country: str = ""  # ISO 3166 alpha-2 code
    feature: str = ""  # "city", "country", "region"
    latitude: float | None = None
    longitude: float | None = None

    def __post_init__(self) -> None:
        self.kind = "place"


@dataclass
class ActorFact(Fact):
    """A mention of an actor, mapped to one canonical actor across its aliases."""

    actor: str = ""  # canonical id, e.g. "islamic-state"
    name: str = ""  # canonical display name, e.g. "Islamic State (ISIS)"
    role: str = ""  # "armed group", "state forces", "monitor", "news agency", "person", ...

    def __post_init__(self) -> None:
        self.kind = "actor"


@dataclass
class AttributionFact(Fact):
    """A statement of who says something, and through whom ("X told AFP", "according to X")."""

    source: Source = field(default_factory=lambda: Source(primary=""))

    def __post_init__(self) -> None:
        self.kind = "attribution"


@dataclass
class CasualtyFact(Fact):
    """A casualty figure: how many, of whom, what happened to them, by whom, who says so."""

    low: int | None = None  # the figure as an interval: "at least 116" is [116, None]
    high: int | None = None
    qualifier: str = "exact"  # exact, at_least, more_than, up_to, less_than, about, vague
    category: str = "killed"  # killed, executed, injured, abducted, missing, bodies_found, displaced
    victims: str = ""  # the counted noun as written: "civilians", "residents", "soldiers"
    victim_class: str = ""  # civilian, combatant, security forces, children, ... or ""
    perpetrator: str = ""  # canonical actor id, "" when not stated
    # Where it happened: the gazetteer's name, or the name as written for a neighbourhood or
    # village it lacks ("X neighbourhood in Aleppo": X); "" when not stated.
    place: str = ""
    # The larger place the article names `place` inside ("Aleppo" for that X), "" for none;
    # read only when the article's figures name two or more places: a figure told at two
    # levels ("in Aleppo", "in X neighbourhood") may be one incident, two parts are two.
    place_within: str = ""
    source: Source | None = None

    def __post_init__(self) -> None:
        self.kind = "casualty"


@dataclass
class QuoteFact(Fact):
    """A direct quotation and who said it."""

    quote: str = ""  # the quoted words without the quotation marks
    speaker: str = ""  # the speaker as named in the article ("Rami Abdel Rahman")
    speaker_key: str = ""  # normalised for matching across reports ("ramiabdelrahman")

    def __post_init__(self) -> None:
        self.kind = "quote"


@dataclass
class Extraction:
    """All facts of one article."""

    article: Article
    # The date relative expressions were resolved against, and where it came from:
    # "published" (the article's own date) or "inferred" (an undated report borrows the
    # publication dates of the reports it is compared with); None when there was none.
    anchor: datetime | None = None
    anchor_from: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    casualties: list[CasualtyFact] = field(default_factory=list)
    times: list[TimeFact] = field(default_factory=list)
    places: list[PlaceFact] = field(default_factory=list)
    actors: list[ActorFact] = field(default_factory=list)
    attributions: list[AttributionFact] = field(default_factory=list)
    quotes: list[QuoteFact] = field(default_factory=list)

    def facts(self) -> list[Fact]:
        """Every fact of the article, in order of appearance."""
        every: list[Fact] = [
            *self.casualties,
            *self.times,
            *self.places,
            *self.actors,
            *self.attributions,
            *self.quotes,
        ]
        return sorted(every, key=lambda f: (f.start, f.end, f.kind))


@dataclass
class SlotValue:
    """One report's value for a slot, with the facts that state it."""

    article_id: str
    value: str  # display form: "128", "at least 116", "2017-10-21", "Al Qaryatayn"
    facts: list[Fact] = field(default_factory=list)
    low: int | None = None
    high: int | None = None
    source: Source | None = None


@dataclass
class Slot:
    """One quantity or fact lined up across reports."""

    id: str
    kind: str  # casualty, time, place, actor, quote
    label: str  # "executed civilians (by Islamic State)", "recapture date", ...
    values: list[SlotValue] = field(default_factory=list)
    status: str = "single"  # agree, conflict or single (reported by one outlet only)
    reason: str = ""  # for conflicts: same_source_different_figures, different_primary_sources,
    # different_scope, later_update, unknown
    explanation: str = ""  # one sentence saying why, naming both sides
    low: int | None = None  # consensus range over the values (casualty slots)
    high: int | None = None
    independent_sources: int = 0
    related: list[str] = field(default_factory=list)  # ids of differently scoped slots


@dataclass
class Comparison:
    """Reports about one event, their facts, and the facts lined up across them."""

    extractions: list[Extraction]
    slots: list[Slot]
    event_id: str = ""


@dataclass
class Event:
    """One real-world event and the reports about it."""

    id: str
    article_ids: list[str] = field(default_factory=list)
    title: str = ""
    place: str = ""
    latitude: float | None = None
    longitude: float | None = None
    first_published: datetime | None = None
    last_published: datetime | None = None
    incident_date: date | None = None


# Values `to_dict` returns as they are; checked by exact type, as most fields are these.
_SCALARS = frozenset({str, int, float, bool, type(None)})
# Field names per dataclass (None: not a dataclass), looked up once per class: storing facts
# is the largest cost of ingest's main process, and this makes it about 3x faster.
_FIELDS: dict[type, tuple[str, ...] | None] = {}


def to_dict(obj: Any) -> Any:
    """Turn model objects into JSON-ready values (datetimes as ISO strings)."""
    kind = type(obj)
    if kind in _SCALARS:
        return obj
    names = _FIELDS[kind] if kind in _FIELDS else _dataclass_fields(kind)
    if names is not None:
        return {name: to_dict(getattr(obj, name)) for name in names}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    if isinstance(obj, (datetime, date)):
        return obj.isoformat()
    return obj


def _dataclass_fields(kind: type) -> tuple[str, ...] | None:
    names = tuple(f.name for f in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else None
    _FIELDS[kind] = names
    return names
