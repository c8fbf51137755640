"""A misspelt organisation name is still that organisation: "the Syrian Obervatory for Human
Rigths said" is the Observatory.

News copy (and copy run through a scraper) misspells long names; the actor table matches them
exactly, so a typo makes a new, unmatchable source and the figure no longer lines up with the
same monitor's figures elsewhere. Only long names are compared (three words or more, where one
or two wrong letters cannot turn one body into another), and only when the exact lookup failed.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

_DATA = Path(__file__).resolve().parent.parent / "data" / "actors.json"
# Words a name must have before it is compared: two-word names ("Red Crescent", "Al Nusra")
# differ from other names by a letter or two, so a fuzzy match there would swap bodies.
MIN_WORDS = 3
# Similarity (rapidfuzz ratio, 0-100) from which a name is the same one misspelt. Two swapped or
# dropped letters in "Syrian Observatory for Human Rights" (35 letters) score about 94; the
# closest two distinct names in the table ("... for Human Rights" vs "... for Human Rights
# Violations", "Syrian Network for ..." vs "Syrian Observatory for ...") score below 85.
MIN_SIMILARITY = 90


@lru_cache(maxsize=1)
def _long_aliases() -> dict[str, str]:
    """Every alias of the actor table with at least MIN_WORDS words, lower-cased -> display name."""
    doc = json.loads(_DATA.read_text(encoding="utf-8"))
    return {
        alias.lower(): entry["name"]
        for entry in doc["actors"]
        for alias in (entry["name"], *entry["aliases"])
        if len(alias.split()) >= MIN_WORDS
    }


@lru_cache(maxsize=4096)
def misspelt_actor(name: str) -> str | None:
    """The table's display name for a long capitalised name that misspells one of its aliases."""
    if len(name.split()) < MIN_WORDS or not name[:1].isupper():
        return None
    best = process.extractOne(name.lower(), _alias_keys(), scorer=fuzz.ratio, score_cutoff=MIN_SIMILARITY)
    return _long_aliases()[best[0]] if best is not None else None


@lru_cache(maxsize=1)
def _alias_keys() -> tuple[str, ...]:
    return tuple(_long_aliases())
