"""A misspelt organisation name is still that organisation: "the Syrian Obervatory for Human
Rigths said" is the Observatory, and "SORH said" is SOHR.

News copy (and copy run through a scraper) misspells long names; the actor table matches them
exactly, so a typo makes a new, unmatchable source and the figure no longer lines up with the
same monitor's figures elsewhere. Only long names are compared (three words or more, where one
or two wrong letters cannot turn one body into another), and only when the exact lookup failed.
Acronyms are too short for a similarity ratio ("UN" and "US" differ by one letter), so an
acronym is read as a known one only when it is that acronym with two neighbouring letters
swapped (the commonest typing slip: "SORH", "SHOR" for SOHR), at least MIN_ACRONYM_LETTERS
long, and the swap leads to exactly one known acronym.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from rashomon.extract.attribution_words import word_table

_DATA = Path(__file__).resolve().parent.parent / "data" / "actors.json"
# Words a name must have before it is compared: two-word names ("Red Crescent", "Al Nusra")
# differ from other names by a letter or two, so a fuzzy match there would swap bodies.
MIN_WORDS = 3
# Similarity (rapidfuzz ratio, 0-100) from which a name is the same one misspelt. Two swapped or
# dropped letters in "Syrian Observatory for Human Rights" (35 letters) score about 94; the
# closest two distinct names in the table ("... for Human Rights" vs "... for Human Rights
# Violations", "Syrian Network for ..." vs "Syrian Observatory for ...") score below 85.
MIN_SIMILARITY = 90
# Letters an acronym must have before a swap is undone: among two- and three-letter acronyms a
# swap often makes another real one; the one pair of longer known acronyms that are swaps of
# each other (UNHCR, UNHRC) is safe, as a known acronym is never re-read.
MIN_ACRONYM_LETTERS = 4


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


@lru_cache(maxsize=1)
def _acronyms() -> dict[str, str]:
    """Every acronym of the actor table -> display name."""
    doc = json.loads(_DATA.read_text(encoding="utf-8"))
    return {acronym: entry["name"] for entry in doc["actors"] for acronym in entry.get("acronyms", ())}


def swapped_acronym(word: str) -> str | None:
    """The display name of the one known acronym that `word` (upper case, no known acronym itself)
    spells with two neighbouring letters swapped, else None."""
    if len(word) < MIN_ACRONYM_LETTERS or not word.isalpha() or not word.isupper() or word in _acronyms():
        return None
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    names = {_acronyms()[swap] for swap in swaps if swap in _acronyms()}
    return names.pop() if len(names) == 1 else None


@lru_cache(maxsize=4096)
def misspelt_actor(name: str) -> str | None:
    """The table's display name for a long capitalised name that misspells one of its aliases,
    or for an acronym with two letters swapped ("SORH")."""
    if " " not in name and (acronym := swapped_acronym(name)) is not None:
        return acronym
    if len(name.split()) < MIN_WORDS or not name[:1].isupper():
        return None
    best = process.extractOne(name.lower(), _alias_keys(), scorer=fuzz.ratio, score_cutoff=MIN_SIMILARITY)
    if best is None or _other_word(name.lower(), best[0]):
        return None
    return _long_aliases()[best[0]]


def _other_word(name: str, alias: str) -> bool:
    """Whether the name differs from the alias by a whole word of its own, spelt right ("Iraqi
    security source" against "Iraqi security forces"): a word swapped for another, no typo.

    Why: two short words may share most letters, and the ratio then reads an anonymous source
    of a state as that state's armed forces."""
    named, known = name.split(), alias.split()
    if len(named) != len(known):
        return False
    nouns = word_table()["noun"]
    return any(mine != theirs and mine in nouns and theirs in nouns for mine, theirs in zip(named, known, strict=True))


@lru_cache(maxsize=1)
def _alias_keys() -> tuple[str, ...]:
    return tuple(_long_aliases())
