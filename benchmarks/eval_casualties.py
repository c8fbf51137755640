"""Score casualty figures and their attributions against the hand-annotated FA-KES gold set.

Why: figures are what reports disagree on, so the extractor's figures, kinds, victims,
perpetrators and sources are measured on real articles annotated by hand
(benchmarks/annotations/, see GUIDELINES.md there). The articles are read at run time from
../shared/data/fakes/FA-KES-Dataset.csv (first row of each unit_id) and never copied here.

    python benchmarks/eval_casualties.py [--errors N] [--json OUT]

Text: title + "\\n\\n" + content (the annotator labelled title and body; a headline figure
is a figure), published = the CSV date (M/D/YYYY).

Figures, not mentions (the headline): the gold lists each distinct figure of an article once
(GUIDELINES.md section 2), the extractor emits every mention with its offsets (each is evidence).
Before matching, the system's mentions are collapsed by the gold's own rule (collapse()):
mentions of one kind stating the same number (vague amounts and ranges: the same interval) are
one figure; when they differ only in the hedge (headline "40 killed", body "at least 40") the
exact mentions join the hedged one and the hedged interval is kept; two different hedges on one
number stay two figures, as do mentions placed in two different named places (the same number
for two incidents) or naming two different victim groups ("two children", "two women"; generic
words such as "people" or "others" restate any group). The figure is represented by its
hedged mention, preferring one with a named source (the gold keeps the named source over
an unattributed repeat), else the first; an empty perpetrator or victim class is filled
from the figure's other mentions. "per mention" scores the mentions uncollapsed (strict:
every repeat is a false positive).

Matching, per article, one-to-one: a system figure matches a gold figure when (low, high)
are equal (None = open side) and the kind equals the system category. The extractor writes
amounts in the gold's convention (amounts.py, docs/schema.md: "about N" = [N, N] about,
"nearly N" = [-, N] up_to, vague words = twice the unit word to the next power of ten minus
one), so no interval is translated here.
Candidate pairs are taken greedily, nearest first: distance in characters between the system
span and the nearest case-insensitive occurrence of the gold cue (0 when they overlap), then
offset order.
- Gold figures of scope `boilerplate` (related-link headlines) and of kind `casualties`
  ("killed or wounded": the system has no combined category, and counting it as either
  killed or injured would reward a wrong reading) take part in matching (a `casualties`
  figure pairs with a system killed or injured figure of the same interval) but are left out:
  not counted in recall, and the system figures paired with them are neither TP nor FP.
- Precision = TP / (system figures - ignored); recall = TP / counted gold figures.
- "number only" matches on (low, high) alone; "kind given number" is the share of those
  pairs whose kind is right. "qualifier given number" pairs on (stated number, kind) and
  counts the pairs whose qualifier is right. "incident only" also leaves out gold
  `cumulative` figures.
- "repeats ignored" (per mention): an unmatched system mention of the same kind that restates
  the number of a matched gold figure counted neither way; informative, a check on collapse().
Field scores over the (interval, kind) pairs: victim class, perpetrator (system
actor ids mapped to gold ids by PERPETRATOR_IDS; "unknown" counts as ""), and attribution:
the system's source primary matches the gold source when canonical_actor() gives an id
listed for it in SOURCE_IDS, or the source text matches its pattern in SOURCE_WORDS, or
(ids not in the tables) every word of the gold id occurs in the source text. A gold ""
source (the outlet's own statement) is right when the system has no source or names the
outlet itself (OUTLET_SOURCE). Breakdowns: per outlet, per kind (recall by gold kind,
precision by system category), recall per gold scope. Targets (issue): precision >= 0.95, recall >= 0.90,
attribution >= 0.90.

--errors N prints N false positives, N misses and N wrong sources with their sentences, for
a developer's eyes only (never write that output into the repository).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from common import FAKES, REPO, fakes_rows, require

from rashomon.extract import extract_article
from rashomon.extract.actors import canonical_actor
from rashomon.extract.sentences import split_sentences
from rashomon.model import Article, CasualtyFact, Extraction

GOLD = REPO / "benchmarks" / "annotations" / "fakes_casualties.jsonl"
IGNORED_KINDS = frozenset({"casualties"})
COMBINED_CATEGORIES = frozenset({"killed", "injured"})  # what a gold `casualties` figure pairs with
# System actor id -> gold perpetrator id (gold ids: GUIDELINES.md section 5).
PERPETRATOR_IDS = {
    "syria-government": "syrian-government",
    "russia-forces": "russia",
    "syria-rebels": "rebels",
    "rebels": "rebels",
    "ypg": "sdf",
    "al-qaeda": "hts",
    "turkey-forces": "turkey",
    "israel-forces": "israel",
    "iran-forces": "iran",
    "unknown": "",
}
# Gold source id -> system actor ids that stand for it.
SOURCE_IDS = {
    "un": {"un", "ocha", "ohchr", "unhcr", "wfp", "who"},
    "russian-mod": {"russia-forces"},
    "syrian-national-coalition": set(),
    "medical-ngo": {"sams", "msf"},
}
# Gold source id -> pattern over the system's source text (case-insensitive).
SOURCE_WORDS = {
    "sohr": r"observatory|\bSOHR\b|abdel ?rahman",
    "un": r"\bU\.?N\b|united nations",
    "medical-ngo": r"medical|\bSAMS\b|\bMSF\b",
    "police": r"police",
    "military": r"military|\barmy\b",
    "medical": r"medic|hospital|doctor|physician|health",
    "health-directorate": r"health",
    "activists": r"activist",
    "opposition": r"opposition",
    "media": r"media|reports?\b|press",
    "state-tv": r"\bTV\b|television",
    "official": r"official|authorit",
    "russian-mod": r"defen[cs]e ministry|ministry of defen|reconciliation",
    "us": r"United States|\bU\.?S\.?\b|Washington|State Department",
    "pentagon": r"pentagon|defense department",
    "uk-government": r"british|britain|\bUK\b",
    "white-helmets": r"civil defen[cs]e|white helmets",
    "lcc": r"coordination committee",
    "syrian-national-coalition": r"syrian (?:national )?coalition|etilaf",
    "hawar": r"hawar|ANHA",
    "rt": r"\bRT\b|russia today",
    "amaq": r"a+maq",
    "residents": r"resident",
    "witnesses": r"witness",
    "journalist": r"journalist|correspondent|reporter",
    "analysts": r"analyst",
    "scpr": r"policy research|SCPR",
    "us-coalition": r"coalition",
    "alaraby": r"new arab|araby",
}
# FA-KES outlet -> the gold-style source id of the outlet itself (for gold "" sources).
OUTLET_SOURCE = {
    "sana": "sana", "reuters": "reuters", "manar": "al-manar", "arabiya": "al-arabiya",
    "tass": "tass", "sputnik": "sputnik", "etilaf": "syrian-national-coalition", "alaraby": "alaraby",
}
# Victim nouns that restate rather than name a group ("12 people" = "12 civilians"), singular.
GENERIC_VICTIMS = frozenset({"people", "person", "civilian", "citizen", "resident", "other", "individual", "victim"})
VICTIM_CLASSES = {"security forces": "security", "children": "civilian"}
SCOPES_ALL = frozenset({"incident", "cumulative"})
SCOPES_INCIDENT = frozenset({"incident"})
# 160 articles: 10 give a good speed figure; the first extraction loads spaCy and is not timed.
WARMUP_TEXT = "Two people were killed and five wounded in a strike on a market, a monitor said."


# ----------------------------------------------------------------------------- loading


def load_gold(path: Path = GOLD) -> list[dict]:
    """The gold records, one per article, in file order."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def build_article(row: dict[str, str]) -> Article:
    """One FA-KES row as an Article: title + blank line + content, dated by the CSV date."""
    month, day, year = (int(x) for x in row["date"].strip().split("/"))
    return Article(
        id=row["unit_id"],
        text=row["article_title"] + "\n\n" + row["article_content"],
        title=row["article_title"],
        outlet=row["source"],
        published=datetime(year, month, day),
    )


def load_articles(unit_ids: Iterable[str]) -> dict[str, Article]:
    """The articles of the gold set (first CSV row of a repeated unit_id)."""
    wanted, found = set(unit_ids), {}
    for row in fakes_rows():
        if row["unit_id"] in wanted and row["unit_id"] not in found:
            found[row["unit_id"]] = build_article(row)
    return found


def extract_all(articles: dict[str, Article]) -> tuple[dict[str, Extraction], float]:
    """Every article's extraction, and extract_article's speed in articles per second."""
    extract_article(Article(id="warmup", text=WARMUP_TEXT))
    begin = time.perf_counter()
    done = {uid: extract_article(article) for uid, article in articles.items()}
    return done, len(done) / max(time.perf_counter() - begin, 1e-9)


# ----------------------------------------------------------------------------- matching


def cue_spans(text: str, cue: str) -> list[tuple[int, int]]:
    """Every case-insensitive occurrence of a gold cue in the article text."""
    lower, key = text.lower(), cue.lower()
    return [(m.start(), m.start() + len(key)) for m in re.finditer(re.escape(key), lower)]


def distance(spans: list[tuple[int, int]], fact: CasualtyFact) -> int:
    """Characters between the fact and the nearest cue occurrence (0 when they overlap)."""
    if not spans:
        return 10**9
    return min(max(start - fact.end, fact.start - end, 0) for start, end in spans)


def same_figure(gold: dict, fact: CasualtyFact, rule: str = "figure") -> bool:
    """Whether a system figure can pair with a gold figure under a matching rule.

    "figure": equal interval and kind (`casualties` pairs with killed/injured); "number":
    equal interval, any kind; "hedge": same kind and same stated number, any qualifier
    (vague amounts and ranges, which have no single number, need the equal interval).
    """
    kind_ok = gold["kind"] == fact.category or (gold["kind"] in IGNORED_KINDS and fact.category in COMBINED_CATEGORIES)
    if rule == "hedge" and gold["number"] is not None:
        return kind_ok and gold["number"] == stated_number(fact)
    if (gold["low"], gold["high"]) != (fact.low, fact.high):
        return False
    return rule == "number" or kind_ok


def match(
    text: str, gold: list[dict], facts: list[CasualtyFact], same: Callable[[dict, CasualtyFact], bool]
) -> dict[int, int]:
    """One-to-one pairs {system index: gold index}, nearest to the cue first, then offset order."""
    spans = [cue_spans(text, g["cue"]) for g in gold]
    pairs = sorted(
        (distance(spans[gi], fact), fact.start, gi, si)
        for si, fact in enumerate(facts)
        for gi, g in enumerate(gold)
        if same(g, fact)
    )
    taken_gold: set[int] = set()
    paired: dict[int, int] = {}
    for _, _, gi, si in pairs:
        if si not in paired and gi not in taken_gold:
            paired[si] = gi
            taken_gold.add(gi)
    return paired


def counted(gold: dict, scopes: frozenset[str]) -> bool:
    """Whether a gold figure counts in recall (and its pair in precision)."""
    return gold["scope"] in scopes and gold["kind"] not in IGNORED_KINDS


def stated_number(fact: CasualtyFact) -> int | None:
    """The number as written, undoing the interval rules ("more than 50" -> 50); None for
    vague amounts and ranges, which state no single number."""
    if fact.qualifier == "vague" or (fact.low is not None and fact.high is not None and fact.low != fact.high):
        return None
    if fact.qualifier == "more_than" and fact.low is not None:
        return fact.low - 1
    if fact.qualifier == "less_than" and fact.high is not None:
        return fact.high + 1
    return fact.low if fact.low is not None else fact.high


def figure_key(fact: CasualtyFact) -> tuple:
    """What makes two mentions one figure: the kind and the stated number (or the interval)."""
    number = stated_number(fact)
    return (fact.category, number) if number is not None else (fact.category, fact.low, fact.high)


def collapse(facts: list[CasualtyFact]) -> list[CasualtyFact]:
    """The article's figures: its mentions grouped by the gold's repeated-mention rule
    (module docstring), one representative each, in order of first mention."""
    groups: list[list[CasualtyFact]] = []
    for fact in facts:
        home = next((g for g in groups if _joins(g, fact)), None)
        if home is None:
            groups.append([fact])
        else:
            home.append(fact)
    return [_representative(group) for group in groups]


def _joins(group: list[CasualtyFact], fact: CasualtyFact) -> bool:
    """Whether a mention restates the figure of a group: same key, compatible hedge, no
    second named place."""
    first = group[0]
    if figure_key(first) != figure_key(fact):
        return False
    hedges = {f.qualifier for f in group if f.qualifier != "exact"}
    if fact.qualifier != "exact" and hedges and fact.qualifier not in hedges:
        return False
    places = {f.place for f in group if f.place}
    if fact.place and places and fact.place not in places:
        return False
    nouns = {victim_head(f) for f in group} - {""}
    return not (victim_head(fact) and nouns and victim_head(fact) not in nouns)


def victim_head(fact: CasualtyFact) -> str:
    """The specific victim group a mention names ("children", "militants"); "" for none or a
    generic word (people, civilians, others ...), which can restate any group."""
    words = fact.victims.lower().split()
    head = words[-1].rstrip("s") if words else ""
    return "" if head in GENERIC_VICTIMS else head


def _representative(group: list[CasualtyFact]) -> CasualtyFact:
    """The hedged mention (the headline drops hedges), with a named source first, else the first;
    empty perpetrator and victim class taken from the other mentions."""
    hedged = [f for f in group if f.qualifier != "exact"] or group
    best = next((f for f in hedged if f.source and f.source.primary.strip()), hedged[0])
    perpetrator = best.perpetrator or next((f.perpetrator for f in group if f.perpetrator), "")
    victim_class = best.victim_class or next((f.victim_class for f in group if f.victim_class), "")
    return replace(best, perpetrator=perpetrator, victim_class=victim_class)


# ----------------------------------------------------------------------------- tallies


@dataclass
class Tally:
    """True positives, false positives, misses and ignored system figures."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    ignored: int = 0

    def scores(self) -> dict[str, float | int]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "tp": self.tp, "fp": self.fp,
                "fn": self.fn, "ignored": self.ignored}


@dataclass
class ArticleResult:
    """One article's pairs and leftovers under one matching rule."""

    pairs: list[tuple[dict, CasualtyFact]] = field(default_factory=list)
    false_pos: list[CasualtyFact] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)
    ignored: list[tuple[dict, CasualtyFact]] = field(default_factory=list)


def score_article(
    text: str, gold: list[dict], facts: list[CasualtyFact], scopes: frozenset[str], rule: str = "figure"
) -> ArticleResult:
    """Pairs, false positives, misses and ignored system figures of one article."""
    paired = match(text, gold, facts, lambda g, f: same_figure(g, f, rule))
    result = ArticleResult()
    for si, fact in enumerate(facts):
        if si not in paired:
            result.false_pos.append(fact)
        elif counted(gold[paired[si]], scopes):
            result.pairs.append((gold[paired[si]], fact))
        else:
            result.ignored.append((gold[paired[si]], fact))
    taken = set(paired.values())
    result.misses = [g for gi, g in enumerate(gold) if gi not in taken and counted(g, scopes)]
    return result


def repeats(result: ArticleResult) -> list[CasualtyFact]:
    """False positives that restate the amount of a matched figure of the same kind."""
    found = {(g["number"], g["kind"]) for g, _ in result.pairs if g["number"] is not None}
    found |= {((g["low"], g["high"]), g["kind"]) for g, _ in result.pairs if g["number"] is None}
    return [
        f for f in result.false_pos
        if (stated_number(f), f.category) in found or ((f.low, f.high), f.category) in found
    ]


# ----------------------------------------------------------------------------- fields


def source_matches(gold_id: str, primary: str) -> bool:
    """Whether a system source text stands for a gold source id (tables in the docstring)."""
    known = canonical_actor(primary)
    if known is not None and (known[0] == gold_id or known[0] in SOURCE_IDS.get(gold_id, ())):
        return True
    pattern = SOURCE_WORDS.get(gold_id)
    if pattern is not None:
        return re.search(pattern, primary, re.IGNORECASE) is not None
    words = [w.rstrip("s") for w in gold_id.split("-") if w]
    return all(re.search(rf"\b{re.escape(w)}", primary, re.IGNORECASE) for w in words)


def attribution_right(gold: dict, fact: CasualtyFact, outlet: str) -> bool:
    """The system's primary source against the gold source ("" = the outlet's own statement)."""
    primary = fact.source.primary.strip() if fact.source else ""
    if not gold["source"]:
        own = OUTLET_SOURCE.get(outlet)
        return not primary or (own is not None and source_matches(own, primary))
    return bool(primary) and source_matches(gold["source"], primary)


def perpetrator_ids(gold: dict, fact: CasualtyFact) -> tuple[str, str]:
    """(gold id, system id mapped to gold ids), "unknown" read as ""."""
    system = PERPETRATOR_IDS.get(fact.perpetrator, fact.perpetrator)
    return PERPETRATOR_IDS.get(gold["perpetrator"], gold["perpetrator"]), system


def field_scores(pairs: list[tuple[dict, CasualtyFact, str]]) -> dict[str, dict[str, float | int]]:
    """Victim class, perpetrator and attribution over the matched figures."""
    right: Counter[str] = Counter()
    perp = Counter()
    for gold, fact, outlet in pairs:
        right["victim_class"] += gold["victims"] == VICTIM_CLASSES.get(fact.victim_class, fact.victim_class)
        want, got = perpetrator_ids(gold, fact)
        right["perpetrator"] += want == got
        perp["system"] += bool(got)
        perp["gold"] += bool(want)
        perp["both"] += bool(got) and want == got
        right["attribution"] += attribution_right(gold, fact, outlet)
    total = len(pairs)
    out = {name: share(right[name], total) for name in ("victim_class", "perpetrator", "attribution")}
    out["perpetrator_named"] = {
        "precision": round(perp["both"] / perp["system"], 4) if perp["system"] else 0.0,
        "recall": round(perp["both"] / perp["gold"], 4) if perp["gold"] else 0.0,
        "system_named": perp["system"], "gold_named": perp["gold"],
    }
    return out


def share(right: int, total: int) -> dict[str, float | int]:
    return {"accuracy": round(right / total, 4) if total else 0.0, "right": right, "total": total}


# ----------------------------------------------------------------------------- the whole set


@dataclass
class Evaluation:
    """Everything counted over the gold set, and the error lists for --errors."""

    strict: Tally = field(default_factory=Tally)
    per_mention: Tally = field(default_factory=Tally)
    number_only: Tally = field(default_factory=Tally)
    incident_only: Tally = field(default_factory=Tally)
    repeats_ignored: Tally = field(default_factory=Tally)
    by_outlet: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_scope: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    pairs: list[tuple[dict, CasualtyFact, str]] = field(default_factory=list)
    kind_given_number: Counter = field(default_factory=Counter)
    qualifier_given_number: Counter = field(default_factory=Counter)
    combined_found: int = 0
    false_pos: list[tuple[Article, CasualtyFact]] = field(default_factory=list)
    misses: list[tuple[Article, dict]] = field(default_factory=list)


def add(tally: Tally, result: ArticleResult) -> None:
    tally.tp += len(result.pairs)
    tally.fp += len(result.false_pos)
    tally.fn += len(result.misses)
    tally.ignored += len(result.ignored)


def add_article(ev: Evaluation, article: Article, gold: list[dict], facts: list[CasualtyFact]) -> None:
    """Score one article under every rule (per mention, then per figure) and file its errors."""
    mentions = score_article(article.text, gold, facts, SCOPES_ALL)
    add(ev.per_mention, mentions)
    again = repeats(mentions)
    add(ev.repeats_ignored, mentions)
    ev.repeats_ignored.fp -= len(again)
    ev.repeats_ignored.ignored += len(again)
    facts = collapse(facts)
    strict = score_article(article.text, gold, facts, SCOPES_ALL)
    add(ev.strict, strict)
    add(ev.by_outlet[article.outlet], strict)
    add(ev.incident_only, score_article(article.text, gold, facts, SCOPES_INCIDENT))
    loose = score_article(article.text, gold, facts, SCOPES_ALL, rule="number")
    add(ev.number_only, loose)
    ev.kind_given_number.update(g["kind"] == f.category for g, f in loose.pairs)
    hedged = score_article(article.text, gold, facts, SCOPES_ALL, rule="hedge")
    ev.qualifier_given_number.update(g["qualifier"] == f.qualifier for g, f in hedged.pairs)
    for g, f in strict.pairs:
        ev.by_kind[g["kind"]].tp += 1
        ev.by_scope[g["scope"]].tp += 1
        ev.pairs.append((g, f, article.outlet))
    for g in strict.misses:
        ev.by_kind[g["kind"]].fn += 1
        ev.by_scope[g["scope"]].fn += 1
    for f in strict.false_pos:
        ev.by_kind[f.category].fp += 1
    ev.combined_found += sum(g["kind"] in IGNORED_KINDS for g, _ in strict.ignored)
    ev.false_pos += [(article, f) for f in strict.false_pos]
    ev.misses += [(article, g) for g in strict.misses]


def evaluate(records: list[dict], articles: dict[str, Article], extractions: dict[str, Extraction]) -> Evaluation:
    """Score every gold article that has its text."""
    ev = Evaluation()
    for record in records:
        article = articles.get(record["unit_id"])
        if article is not None:
            add_article(ev, article, record["figures"], extractions[record["unit_id"]].casualties)
    return ev


def summary(ev: Evaluation, records: list[dict], speed: float) -> dict:
    """The figures as one JSON-ready dict."""
    combined = sum(g["kind"] in IGNORED_KINDS and g["scope"] in SCOPES_ALL for r in records for g in r["figures"])
    return {
        "articles": len(records),
        "articles_per_second": round(speed, 2),
        "figures": ev.strict.scores(),
        "figures_per_mention": ev.per_mention.scores(),
        "figures_repeats_ignored": ev.repeats_ignored.scores(),
        "number_only": ev.number_only.scores(),
        "kind_given_number": share(ev.kind_given_number[True], sum(ev.kind_given_number.values())),
        "qualifier_given_number": share(ev.qualifier_given_number[True], sum(ev.qualifier_given_number.values())),
        "incident_only": ev.incident_only.scores(),
        "recall_by_scope": {s: t.scores()["recall"] for s, t in sorted(ev.by_scope.items())},
        "fields": field_scores(ev.pairs),
        "by_outlet": {o: t.scores() for o, t in sorted(ev.by_outlet.items())},
        "by_kind": {k: t.scores() for k, t in sorted(ev.by_kind.items())},
        "combined_kind_found": {"found": ev.combined_found, "total": combined},
    }


# ----------------------------------------------------------------------------- output


def cue_sentence(article: Article, cue: str) -> str:
    """The sentence holding the first occurrence of a gold cue."""
    spans = cue_spans(article.text, cue)
    if not spans:
        return ""
    return next((s.text for s in split_sentences(article.text) if s.start <= spans[0][0] < s.end), "")


def interval(low: int | None, high: int | None) -> str:
    return f"[{'' if low is None else low}, {'' if high is None else high}]"


def print_errors(ev: Evaluation, count: int) -> None:
    """N false positives, N misses and N wrong sources with their sentences (not for the repo)."""
    print(f"\n-- {min(count, len(ev.false_pos))} of {len(ev.false_pos)} false positives")
    for article, f in ev.false_pos[:count]:
        print(f"[{article.id} {article.outlet}] {f.category} {interval(f.low, f.high)} {f.qualifier} "
              f"{f.text!r}\n    | {f.sentence.strip()}")
    print(f"\n-- {min(count, len(ev.misses))} of {len(ev.misses)} misses")
    for article, g in ev.misses[:count]:
        print(f"[{article.id} {article.outlet}] {g['kind']} {interval(g['low'], g['high'])} {g['qualifier']} "
              f"{g['cue']!r} ({g['scope']})\n    | {cue_sentence(article, g['cue']).strip()}")
    wrong = [(g, f, o) for g, f, o in ev.pairs if not attribution_right(g, f, o)]
    print(f"\n-- {min(count, len(wrong))} of {len(wrong)} wrong sources on matched figures")
    for g, f, outlet in wrong[:count]:
        got = f.source.primary if f.source else ""
        print(f"[{f.article_id} {outlet}] gold {g['source']!r} system {got!r}\n    | {f.sentence.strip()}")


def print_attribution_errors(ev: Evaluation, count: int) -> None:
    """N wrong sources with unit id, cue, gold source/via, system source/via and sentence (not for the repo)."""
    wrong = [(g, f, o) for g, f, o in ev.pairs if not attribution_right(g, f, o)]
    print(f"\n-- {min(count, len(wrong))} of {len(wrong)} attribution mismatches")
    for g, f, outlet in wrong[:count]:
        got = f"{f.source.primary!r} via {f.source.via}" if f.source else "''"
        print(f"[{f.article_id} {outlet}] cue {g['cue']!r} gold {g['source']!r} via {g.get('via') or []} "
              f"system {got}\n    | {f.sentence.strip()}")


def print_summary(out: dict) -> None:
    """The headline figures, then the breakdowns."""
    def line(name: str, s: dict) -> None:
        print(f"{name:<28} P {s['precision']:.3f}  R {s['recall']:.3f}  (tp {s['tp']}, fp {s['fp']}, "
              f"fn {s['fn']}, ignored {s['ignored']})")

    print(f"articles {out['articles']}, extract_article {out['articles_per_second']:.1f} articles/s")
    line("figures (interval, kind)", out["figures"])
    line("  per mention (strict)", out["figures_per_mention"])
    line("  per mention, repeats ign.", out["figures_repeats_ignored"])
    line("  incident only", out["incident_only"])
    line("number only", out["number_only"])
    for name in ("kind_given_number", "qualifier_given_number"):
        kg = out[name]
        print(f"{name.replace('_', ' '):<28} {kg['accuracy']:.3f} ({kg['right']}/{kg['total']})")
    print("recall by scope: " + ", ".join(f"{k} {v:.3f}" for k, v in out["recall_by_scope"].items()))
    for name, s in out["fields"].items():
        if "accuracy" in s:
            print(f"{name:<28} {s['accuracy']:.3f} ({s['right']}/{s['total']})")
    named = out["fields"]["perpetrator_named"]
    print(f"{'perpetrator named':<28} P {named['precision']:.3f}  R {named['recall']:.3f} "
          f"(system {named['system_named']}, gold {named['gold_named']})")
    cf = out["combined_kind_found"]
    print(f"gold 'casualties' figures paired with a killed/injured figure (ignored): {cf['found']}/{cf['total']}")
    print("\nby outlet:")
    for name, s in out["by_outlet"].items():
        line(f"  {name}", s)
    print("by kind (recall by gold kind, precision by system category):")
    for name, s in out["by_kind"].items():
        line(f"  {name}", s)


def run(errors: int = 0, attribution_errors: int = 0) -> dict:
    """Load, extract, score and print; the summary dict is returned."""
    require(FAKES)
    records = load_gold()
    articles = load_articles(r["unit_id"] for r in records)
    extractions, speed = extract_all(articles)
    ev = evaluate(records, articles, extractions)
    out = summary(ev, [r for r in records if r["unit_id"] in articles], speed)
    print_summary(out)
    if errors:
        print_errors(ev, errors)
    if attribution_errors:
        print_attribution_errors(ev, attribution_errors)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N errors of each type")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the figures as JSON")
    parser.add_argument("--attribution-errors", type=int, default=0, metavar="N",
                        help="print N attribution mismatches with cue, gold source/via and system source")
    args = parser.parse_args(argv)
    out = run(args.errors, args.attribution_errors)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
