"""Place-name candidates: capitalised token runs and the gazetteer names found inside them.

Why a module of its own: finding candidates is cheap, rule-based and independent of how
places.py then filters and disambiguates them. A run is a sequence of capitalised words, with
lowercase Arabic article prefixes ("al-", "ez-") inside; within a run the longest gazetteer
names are taken greedily, skipping words that can never be places (stop words, peoples,
demonyms) and treating all-caps words as country codes only ("UK" yes, "NGO" no).
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rashomon.extract.country_names import demonyms
from rashomon.extract.gazetteer import Place, lookup

# Arabic article prefixes written in lower case inside names ("Deir ez-Zor", "al-Bab"); with a
# space only the ones that are not English words ("an", "at", "as" are), with a hyphen all.
_ARTICLES = r"al|el|ar|as|ad|ash|az|an|at|ath|adh|ed|er|es|ez|en|et|esh"
_PREFIX = rf"(?:(?<![A-Za-z])(?:(?:{_ARTICLES})-|(?:al|el|ash|az|ez|adh|ath) )(?=[A-Z]))"
# Persian and Urdu connectors (ezafe "-i-"/"-e-", "-ul-") inside names: "Mazar-i-Sharif",
# "Mazar-e Sharif", "Dera Ghazi Khan"-style names stay one word.
_CONNECTORS = r"i|e|ul|ud"
_WORD = (rf"(?:[A-Z]\.){{2,}}|[A-ZÀ-Þ][\w’'‘ʿ]*"
         rf"(?:-(?:(?:{_ARTICLES}|{_CONNECTORS})-|[ie][ \t]+)?[A-Z][\w’'‘ʿ]*)*")
NAME_RUN = re.compile(rf"(?:{_PREFIX}?(?:{_WORD}))(?:[ \t]+{_PREFIX}?(?:{_WORD}))*")
_TOKEN = re.compile(rf"{_PREFIX}?(?:{_WORD})")
_WORDS = json.loads((Path(__file__).resolve().parent.parent / "data" / "places_words.json").read_text("utf-8"))
STOP_WORDS = frozenset(_WORDS["stop"])
_PEOPLES = frozenset(_WORDS["peoples"])
PLACE_WORDS = frozenset(_WORDS["place_words"])
_NOT_PLACES = frozenset(_WORDS["not_places"])
# Head nouns, modifiers and titles of the names of bodies and buildings ("Center", "Police").
INSTITUTION_WORDS = frozenset(_WORDS["institution_words"])
MAX_TOKENS = 5  # longest place name tried, in tokens ("Ras al Ain" is 3 with prefixes attached)
# A city at least this big is accepted with no other support (country context, cue). Chosen so
# that provincial capitals in conflict zones pass and villages sharing an English word don't.
BIG_CITY = 100_000
# Words and names whose never-place and acronym answers are remembered (pure functions asked
# ~180,000 times over FA-KES's 804 articles, mostly for recurring capitalised words).
WORD_CACHE = 65_536


@dataclass
class Hit:
    """A name found in the gazetteer: token range in its run, offsets, candidates, how matched."""

    first: int
    last: int
    start: int
    end: int
    candidates: Sequence[Place]
    how: str
    listed: bool = False  # an item of a supported list of places (places.py): evidence enough
    # An item of a list with names the gazetteer lacks (place_lists.unknown_names_list): a small
    # place so found must lie near the article's other places.
    near_needed: bool = False


def run_tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words of text[start:end] as spans, a possessive "'s" left off."""
    spans = []
    for match in _TOKEN.finditer(text, start, end):
        stop = match.end()
        if text[stop - 2:stop] in ("'s", "’s"):
            stop -= 2
        spans.append((match.start(), stop))
    return spans


@lru_cache(maxsize=WORD_CACHE)
def never_place(word: str) -> bool:
    """Stop words, peoples ("Sunni"), demonyms ("Syrian") and single letters."""
    return word.lower() in STOP_WORDS or word.lower() in _PEOPLES or word in demonyms() or len(word) < 2


def _lookup_token_span(text: str, start: int, end: int) -> tuple[int, Sequence[Place], str]:
    """Candidates for text[start:end]; a possessive written without its apostrophe
    ("Syrias", "Aleppos") falls back to the stem when the stem is a country or big city."""
    candidates, how = lookup(text[start:end])
    if how == "exact" or text[end - 1] != "s" or end - start < 5:
        return end, candidates, how
    stem, stem_how = lookup(text[start:end - 1])
    if stem_how == "exact" and any(p.feature == "country" or p.population >= BIG_CITY for p in stem):
        return end - 1, stem, stem_how
    return end, candidates, how


def gazetteer_hits(text: str, tokens: list[tuple[int, int]]) -> list[Hit]:
    """Greedy longest gazetteer lookups over the tokens of a run."""
    found = []
    i = 0
    while i < len(tokens):
        hit = _longest_at(text, tokens, i)
        if hit is None:
            i += 1
            continue
        if hit.candidates:
            found.append(hit)
        i = hit.last
    return found


def _longest_at(text: str, tokens: list[tuple[int, int]], i: int) -> Hit | None:
    """The longest name starting at token i; a hit with no candidates for a known non-place."""
    for j in range(min(len(tokens), i + MAX_TOKENS), i, -1):
        start, end = tokens[i][0], tokens[j - 1][1]
        if text[start:end].lower() in _NOT_PLACES:
            return Hit(i, j, start, end, [], "")
        if _bad_edge(text[start:tokens[i][1]], j - i) or _bad_edge(text[tokens[j - 1][0]:end], j - i):
            continue
        if j - i == 1 and text[start:end].lower() in PLACE_WORDS:
            continue
        if acronym(text[start:end]):
            end, candidates, how = end, [p for p in lookup(text[start:end])[0] if p.feature == "country"], "exact"
        else:
            end, candidates, how = _lookup_token_span(text, start, end)
        if candidates:
            return Hit(i, j, start, end, candidates, how)
    return None


def _bad_edge(word: str, length: int) -> bool:
    """A word that cannot open or close a name: any never-place word alone, a function word
    in a longer name ("Eastern Ghouta" may open with "Eastern", "In Aleppo" may not)."""
    return never_place(word) if length == 1 else (word.lower() in STOP_WORDS or len(word) < 2)


@lru_cache(maxsize=WORD_CACHE)
def acronym(name: str) -> bool:
    """All-caps names ("UK", "NGO", "NNA") resolve to countries only: the rest are organisations."""
    letters = [c for c in name.removesuffix("s") if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
