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
number are one figure too (GUIDELINES §2, §14: the gold keeps one of the hedges by its own
convention, so the figure pairs with a gold figure of either interval); mentions placed in two
different named places stay two figures (the same number
for two incidents; a place and a part the article names inside it, "in Aleppo" and "in X
neighbourhood in Aleppo", are not two: casualty_scoring.same_place) or naming two different
victim groups ("two children", "two women"; generic words such as "people" or "others"
restate any group, "civilians" any group but fighters or security forces, and fighters by
any name ("militants", "terrorists") restate each other).
The figure is represented by its hedged mention, preferring one with a named source (the gold
keeps the named source over an unattributed repeat), else the first; an empty perpetrator or victim class is filled
from the figure's other mentions. "per mention" scores the mentions uncollapsed (strict:
every repeat is a false positive).

Matching, per article, one-to-one: a system figure matches a gold figure when (low, high)
are equal (None = open side) and the kind equals the system category. The extractor writes
amounts in the gold's convention (amounts.py, docs/schema.md: "about N" = [N, N] about,
"nearly N" = [-, N] up_to, vague words = twice the unit word to the next power of ten minus
one), so no interval is translated here.
Candidate pairs are taken greedily, nearest first: distance in characters between the system
figure and the nearest case-insensitive occurrence of the gold cue (0 when they overlap), a
figure lying as near as its nearest mention (the representative gives the fields, not the
place: two figures of one number in two villages must not pair crosswise), on a tie the
representative's own distance (a figure whose mentions sit on two cues), then offset order.
- Gold figures of scope `boilerplate` (related-link headlines) and of kind `casualties`
  ("killed or wounded": the system has no combined category, and counting it as either
  killed or injured would reward a wrong reading) take part in matching (a `casualties`
  figure pairs with a system killed or injured figure of the same interval) but are left out:
  not counted in recall, and the system figures paired with them are neither TP nor FP.
- Precision = TP / (system figures - ignored); recall = TP / counted gold figures.
- "number only" matches on (low, high) alone (or another hedge's reading of the same figure, as the
  strict line does); "kind given number" is the share of those
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
outlet itself (OUTLET_SOURCE). "chain" (who said it, citing whom) also needs the system's
intermediaries to stand for the gold `via` ids, as many as the gold lists (via_right).
Breakdowns: per outlet (figures and attribution), per kind (recall by gold kind, precision by
system category), recall per gold scope. Targets (issue): precision >= 0.95, recall >= 0.90,
attribution >= 0.90.

--errors N prints N false positives, N misses and N wrong sources with their sentences, and
--field-errors N prints N perpetrator and N victim-class mismatches on matched figures, for
a developer's eyes only (never write that output into the repository).
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from casualty_scoring import (  # noqa: F401 (re-exported: tests and eval_places use them from here)
    IGNORED_KINDS,
    SCOPES_ALL,
    SCOPES_INCIDENT,
    ArticleResult,
    Tally,
    attribution_right,
    collapse,
    collapse_groups,
    cue_spans,
    field_scores,
    perpetrator_ids,
    readings,
    repeats,
    representative,
    score_article,
    share,
    source_matches,
    stated_number,
    via_right,
    victim_class_right,
)
from common import FAKES, REPO, fakes_rows, require

from rashomon.extract import extract_article
from rashomon.extract.sentences import split_sentences
from rashomon.model import Article, CasualtyFact, Extraction

GOLD = REPO / "benchmarks" / "annotations" / "fakes_casualties.jsonl"
# 24 further articles of the same sample pool, annotated blind after the rules were written
# against GOLD: the honest check that the rules generalise (annotations/README.md).
HELDOUT = REPO / "benchmarks" / "annotations" / "fakes_casualties_heldout.jsonl"
# 35 more (the next 3 per outlet), annotated blind in the third session, after HELDOUT had
# been looked at once; its errors were looked at in the fourth session, so it is now
# development data too (annotations/README.md).
HELDOUT2 = REPO / "benchmarks" / "annotations" / "fakes_casualties_heldout2.jsonl"
# 69 more (the next 6 per outlet), labelled in the third session as fresh development data.
DEV2 = REPO / "benchmarks" / "annotations" / "fakes_casualties_dev2.jsonl"
# 31 more (the 3 per outlet after DEV2), labelled blind in the fourth session; its errors were
# looked at in the fifth session, so it is development data too.
HELDOUT3 = REPO / "benchmarks" / "annotations" / "fakes_casualties_heldout3.jsonl"
# 30 more (the next 3 per outlet), labelled blind in the fifth session; its errors were read in
# the seventh session, so it is development data too.
HELDOUT4 = REPO / "benchmarks" / "annotations" / "fakes_casualties_heldout4.jsonl"
# 27 more (the next 3 per outlet of the 9 outlets that have them), labelled blind in the
# seventh session: the clean check now.
HELDOUT5 = REPO / "benchmarks" / "annotations" / "fakes_casualties_heldout5.jsonl"
# 53 more (the next 6 per outlet of the same 9 outlets), labelled blind in the eighth session,
# measured once blind, then its errors were read: development data since.
HELDOUT6 = REPO / "benchmarks" / "annotations" / "fakes_casualties_heldout6.jsonl"
# 27 more (the next 3 per outlet), labelled blind in the eighth session after that, measured
# once blind at that session's end, then its errors were read in the ninth: development data.
HELDOUT7 = REPO / "benchmarks" / "annotations" / "fakes_casualties_heldout7.jsonl"
# 48 more (the next 6 per outlet), labelled blind in the ninth session, measured once blind at
# that session's end, then its errors were read in the tenth: development data.
HELDOUT8 = REPO / "benchmarks" / "annotations" / "fakes_casualties_heldout8.jsonl"
# 42 more (the next 6 per outlet of the 7 outlets that have them), labelled blind in the tenth
# session, measured blind at its start and end, then its errors were read in the eleventh:
# development data.
HELDOUT9 = REPO / "benchmarks" / "annotations" / "fakes_casualties_heldout9.jsonl"
# 35 more (the next 6 per outlet of the 7 outlets that have them), labelled blind in the
# eleventh session, measured blind at its start and end, then its errors were read in the
# twelfth: development data.
HELDOUT10 = REPO / "benchmarks" / "annotations" / "fakes_casualties_heldout10.jsonl"
# 35 more (the next 7 per outlet of the 5 outlets that have them), labelled blind in the
# twelfth session, measured blind at its start and end, then its errors were read in the
# thirteenth: development data.
HELDOUT11 = REPO / "benchmarks" / "annotations" / "fakes_casualties_heldout11.jsonl"
# 35 more (the next 7 per outlet of the same 5 outlets), labelled blind in the thirteenth
# session, measured blind at its start and end, then its errors were read in the fourteenth:
# development data.
HELDOUT12 = REPO / "benchmarks" / "annotations" / "fakes_casualties_heldout12.jsonl"
# 29 more (the next 7 per outlet of the same 5 outlets, of which dailysabah has 2 left),
# labelled blind in the fourteenth session, measured blind at its start and end, then its
# errors were read in the fifteenth: development data.
HELDOUT13 = REPO / "benchmarks" / "annotations" / "fakes_casualties_heldout13.jsonl"
# 26 more (the next 7 per outlet of the 4 outlets that have them), labelled blind in the
# fifteenth session.
HELDOUT14 = REPO / "benchmarks" / "annotations" / "fakes_casualties_heldout14.jsonl"
# 18 more (the next 7 per outlet of the 3 outlets that have them: ahram, manar, alalam 4),
# labelled blind in the twenty-sixth session.
HELDOUT15 = REPO / "benchmarks" / "annotations" / "fakes_casualties_heldout15.jsonl"
# 20 more (the next 10 per outlet of the 2 outlets that have them: ahram, manar), labelled blind
# in the twenty-seventh session, when the fifteenth set's errors were read and it joined DEV_ALL.
HELDOUT16 = REPO / "benchmarks" / "annotations" / "fakes_casualties_heldout16.jsonl"
# The blind sets at once (73 articles; 53 before the twenty-sixth session added HELDOUT15, 71
# with it until the twenty-seventh moved it to DEV_ALL and added HELDOUT16): the figure to publish.
BLIND = (HELDOUT5, HELDOUT14, HELDOUT16)
# The annotated sets a flag names (`--heldout2` ...), with what the flag's help says of them.
SETS = {
    "heldout": (HELDOUT, "the 24-article held-out set instead of the 160 the rules were written on"),
    "dev2": (DEV2, "the 69-article second development set"),
    "heldout2": (HELDOUT2, "the 35-article second held-out set (blind until the fourth session)"),
    "heldout3": (HELDOUT3, "the 31-article third held-out set (blind until the fifth session)"),
    "heldout4": (HELDOUT4, "the 30-article fourth held-out set (blind until the seventh session)"),
    "heldout5": (HELDOUT5, "the 27-article fifth held-out set (annotated blind in the seventh session)"),
    "heldout6": (HELDOUT6, "the 53-article sixth held-out set (blind until the eighth session)"),
    "heldout7": (HELDOUT7, "the 27-article seventh held-out set (blind until the ninth session)"),
    "heldout8": (HELDOUT8, "the 48-article eighth held-out set (blind until the tenth session)"),
    "heldout9": (HELDOUT9, "the 42-article ninth held-out set (blind until the eleventh session)"),
    "heldout10": (HELDOUT10, "the 35-article tenth held-out set (blind until the twelfth session)"),
    "heldout11": (HELDOUT11, "the 35-article eleventh held-out set (blind until the thirteenth session)"),
    "heldout12": (HELDOUT12, "the 35-article twelfth held-out set (blind until the fourteenth session)"),
    "heldout13": (HELDOUT13, "the 29-article thirteenth held-out set (blind until the fifteenth session)"),
    "heldout14": (HELDOUT14, "the 26-article fourteenth held-out set (annotated blind in the fifteenth session)"),
    "heldout15": (HELDOUT15, "the 18-article fifteenth held-out set (blind until the twenty-seventh session)"),
    "heldout16": (HELDOUT16, "the 20-article sixteenth held-out set (annotated blind in the twenty-seventh session)"),
}
# Every development set at once (671 articles; 319 before the seventh session added HELDOUT4, 349
# before the eighth added HELDOUT6, 402 before the ninth added HELDOUT7, 429 before the tenth
# added HELDOUT8, 477 before the eleventh added HELDOUT9, 519 before the twelfth added
# HELDOUT10, 554 before the thirteenth added HELDOUT11, 589 before the fourteenth added
# HELDOUT12, 624 before the fifteenth added HELDOUT13, 653 before the twenty-seventh added
# HELDOUT15): what rules are written against.
DEV_ALL = (GOLD, HELDOUT, DEV2, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9,
           HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT15)
# Copies of one story: 5-word shingles, and the share of them two articles have in common
# above which a held-out article counts as seen (FA-KES copies of one wire story share
# 0.5-0.95; different stories on one day share under 0.25).
SHINGLE_WORDS = 5
SHARED_STORY = 0.5
# 160 articles: 10 give a good speed figure; the first extraction loads spaCy and is not timed.
WARMUP_TEXT = "Two people were killed and five wounded in a strike on a market, a monitor said."


# ----------------------------------------------------------------------------- loading


def load_gold(path: Path | tuple[Path, ...] = GOLD) -> list[dict]:
    """The gold records, one per article, in file order (files in the order given)."""
    if isinstance(path, tuple):
        return [record for one in path for record in load_gold(one)]
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def shingles(text: str) -> set[tuple[str, ...]]:
    """Runs of SHINGLE_WORDS lowercased words: what two copies of one story share."""
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def unseen_only(records: list[dict]) -> list[dict]:
    """The records whose article does not carry a story of a development-set article.

    FA-KES holds several outlets' copies of one wire story, so a held-out article can repeat
    one the rules were developed on; scoring without those gives the cleaner held-out figure.
    An article is dropped when SHARED_STORY of its shingles (or of the other's, if shorter)
    appear in one development article."""
    own_ids = {record["unit_id"] for record in records}
    dev_ids = {record["unit_id"] for record in load_gold(DEV_ALL)} - own_ids
    texts = {row["unit_id"]: row["article_content"] for row in fakes_rows()}
    dev = [shingles(texts[unit]) for unit in dev_ids if unit in texts]
    kept = []
    for record in records:
        own = shingles(texts.get(record["unit_id"], ""))
        shared = max((len(own & other) / max(1, min(len(own), len(other))) for other in dev), default=0.0)
        if shared < SHARED_STORY:
            kept.append(record)
    return kept


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
    groups = collapse_groups(facts)
    facts, intervals = [representative(group) for group in groups], [readings(group) for group in groups]
    strict = score_article(article.text, gold, facts, SCOPES_ALL, other_readings=intervals, mentions=groups)
    add(ev.strict, strict)
    add(ev.by_outlet[article.outlet], strict)
    add(ev.incident_only, score_article(article.text, gold, facts, SCOPES_INCIDENT, other_readings=intervals,
                                        mentions=groups))
    loose = score_article(article.text, gold, facts, SCOPES_ALL, rule="number", other_readings=intervals,
                          mentions=groups)
    add(ev.number_only, loose)
    ev.kind_given_number.update(g["kind"] == f.category for g, f in loose.pairs)
    hedged = score_article(article.text, gold, facts, SCOPES_ALL, rule="hedge", mentions=groups)
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
    fields = field_scores(ev.pairs)
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
        "fields": fields,
        "fields_end_to_end": end_to_end(fields, ev.strict.scores()),
        "by_outlet": {
            o: {**t.scores(), "attribution": outlet_attribution(ev.pairs, o)} for o, t in sorted(ev.by_outlet.items())
        },
        "by_kind": {k: t.scores() for k, t in sorted(ev.by_kind.items())},
        "attribution_error_types": attribution_error_types(ev.pairs),
        "combined_kind_found": {"found": ev.combined_found, "total": combined},
    }


def outlet_attribution(pairs: list[tuple[dict, CasualtyFact, str]], outlet: str) -> dict[str, float | int]:
    """Attribution over one outlet's matched figures: outlets differ in how they name sources
    (one relays a state agency, another quotes monitors), so the overall share can hide an
    outlet the rules serve badly."""
    outlets = [attribution_right(gold, fact, name) for gold, fact, name in pairs if name == outlet]
    return share(sum(outlets), len(outlets))


def attribution_error_types(pairs: list[tuple[dict, CasualtyFact, str]]) -> dict[str, int]:
    """Wrong sources counted by shape, "<what went wrong>, <where the system's source came from>":
    missing (the gold names a source, the system none), extra (the gold none, the system one) or
    other (both named, different); stated in the figure's sentence, carried from elsewhere, or
    none. Counts only, so a held-out set can say which shape its gap has without its errors
    being read."""
    counts: Counter[str] = Counter()
    for gold, fact, outlet in pairs:
        if attribution_right(gold, fact, outlet):
            continue
        given = bool(fact.source and fact.source.primary.strip())
        what = "missing" if not given else "extra" if not gold["source"] else "other"
        where = "none" if not given else "stated" if fact.source.explicit else "carried"
        counts[f"{what}, {where}"] += 1
    return dict(sorted(counts.items()))


def end_to_end(fields: dict[str, dict], figures: dict) -> dict[str, dict[str, float]]:
    """Per-field precision and recall over all figures: a field counts as right only when its
    figure was found and the field holds the gold value, so P divides by every system figure
    and R by every gold figure (the accuracies above divide by found figures only)."""
    system, gold = figures["tp"] + figures["fp"], figures["tp"] + figures["fn"]
    return {
        name: {"precision": round(s["right"] / system, 3) if system else 0.0,
               "recall": round(s["right"] / gold, 3) if gold else 0.0}
        for name, s in fields.items() if "accuracy" in s
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


def print_field_errors(ev: Evaluation, count: int) -> None:
    """N perpetrator and N victim-class mismatches on matched figures, with the gold cue, gold
    and system values and the sentence (not for the repo)."""
    wrong_perp = [(g, f, o) for g, f, o in ev.pairs if (ids := perpetrator_ids(g, f))[0] != ids[1]]
    print(f"\n-- {min(count, len(wrong_perp))} of {len(wrong_perp)} perpetrator mismatches")
    for g, f, outlet in wrong_perp[:count]:
        want, got = perpetrator_ids(g, f)
        print(f"[{f.article_id} {outlet}] cue {g['cue']!r} gold {want!r} system {got!r} ({f.perpetrator!r})"
              f"\n    | {f.sentence.strip()}")
    wrong_class = [(g, f, o) for g, f, o in ev.pairs if not victim_class_right(g, f)]
    print(f"\n-- {min(count, len(wrong_class))} of {len(wrong_class)} victim-class mismatches")
    for g, f, outlet in wrong_class[:count]:
        print(f"[{f.article_id} {outlet}] cue {g['cue']!r} gold {g['victims']!r} ({g.get('victims_text', '')!r}) "
              f"system {f.victim_class!r} ({f.victims!r})\n    | {f.sentence.strip()}")


def print_summary(out: dict) -> None:
    """The headline figures, then the breakdowns."""
    def line(name: str, s: dict, tail: str = "") -> None:
        print(f"{name:<28} P {s['precision']:.3f}  R {s['recall']:.3f}  (tp {s['tp']}, fp {s['fp']}, "
              f"fn {s['fn']}, ignored {s['ignored']}){tail}")

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
    print("per field, end to end (figure found and field right): " + ", ".join(
        f"{k} P {v['precision']:.3f} R {v['recall']:.3f}" for k, v in out["fields_end_to_end"].items()))
    named = out["fields"]["perpetrator_named"]
    print(f"{'perpetrator named':<28} P {named['precision']:.3f}  R {named['recall']:.3f} "
          f"(system {named['system_named']}, gold {named['gold_named']})")
    cf = out["combined_kind_found"]
    print(f"gold 'casualties' figures paired with a killed/injured figure (ignored): {cf['found']}/{cf['total']}")
    print("\nby outlet (figures; attribution over the outlet's found figures):")
    for name, s in out["by_outlet"].items():
        a = s["attribution"]
        line(f"  {name}", s, f"; attribution {a['accuracy']:.3f} ({a['right']}/{a['total']})")
    kinds = out["attribution_error_types"]
    print("attribution errors by type: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
    print("by kind (recall by gold kind, precision by system category):")
    for name, s in out["by_kind"].items():
        line(f"  {name}", s)


def run(errors: int = 0, attribution_errors: int = 0, gold: Path | tuple[Path, ...] = GOLD,
        field_errors: int = 0, unseen: bool = False) -> dict:
    """Load, extract, score and print; the summary dict is returned."""
    require(FAKES)
    records = unseen_only(load_gold(gold)) if unseen else load_gold(gold)
    articles = load_articles(r["unit_id"] for r in records)
    extractions, speed = extract_all(articles)
    ev = evaluate(records, articles, extractions)
    out = summary(ev, [r for r in records if r["unit_id"] in articles], speed)
    print_summary(out)
    if errors:
        print_errors(ev, errors)
    if attribution_errors:
        print_attribution_errors(ev, attribution_errors)
    if field_errors:
        print_field_errors(ev, field_errors)
    return out


def choose_gold(args: argparse.Namespace) -> Path | tuple[Path, ...]:
    """The gold file(s) the flags name; the 160-article set by default."""
    if args.dev_all:
        return DEV_ALL
    if args.blind:
        return BLIND
    return next((path for name, (path, _) in SETS.items() if getattr(args, name)), GOLD)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N errors of each type")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the figures as JSON")
    parser.add_argument("--attribution-errors", type=int, default=0, metavar="N",
                        help="print N attribution mismatches with cue, gold source/via and system source")
    parser.add_argument("--field-errors", type=int, default=0, metavar="N",
                        help="print N perpetrator and N victim-class mismatches with cue, gold and system values")
    for name, (_, about) in SETS.items():
        parser.add_argument(f"--{name}", action="store_true", help=f"score {about}")
    parser.add_argument("--blind", action="store_true",
                        help="score the fifth, fourteenth and fifteenth held-out sets together (the blind ones)")
    parser.add_argument("--dev-all", action="store_true",
                        help="score all development sets together (653 articles: the first 160 and 13 more sets)")
    parser.add_argument("--unseen", action="store_true",
                        help="drop articles that carry the story of a development-set article (see unseen_only)")
    args = parser.parse_args(argv)
    gold = choose_gold(args)
    out = run(args.errors, args.attribution_errors, gold, args.field_errors, args.unseen)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
