"""Place mentions: an article's capitalised runs with the gazetteer names inside them, less the
names of people and bodies.

Why a module of its own: this is the first pass of places.py and reads the text alone, before
any gazetteer entry is chosen. place_candidates.py finds the names inside one run; here each
run of the article is kept or trimmed by what surrounds it:

* a name inside a known actor's alias ("Islamic State of Iraq") or an "Aleppo-based"-style
  compound is no place, nor a name before a speech verb or "agency" ("Hassan said");
* a multi-word run opened by a word that is neither a place nor a place word ("President
  Bashar al-Assad") names someone, and its last word is returned as a surname, so that a later
  bare "Assad" is no place either;
* a run after a place cue ("the town of") that matched nothing whole gets one fuzzy lookup of
  the whole run ("Khan Shaikhun" misspelt, where "Khan" alone is a village).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rashomon.extract.actors import actor_spans
from rashomon.extract.gazetteer import lookup
from rashomon.extract.gazetteer_keys import exact_key
from rashomon.extract.place_candidates import (
    BIG_CITY,
    MAX_TOKENS,
    NAME_RUN,
    PLACE_WORDS,
    Hit,
    gazetteer_hits,
    never_place,
    run_tokens,
)
from rashomon.extract.place_cues import cue_before
from rashomon.extract.place_lists import list_position

_PERSON_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|stated|wrote|tweeted|quoted|(?:news[ \t]+)?agency)\b")


@dataclass
class Run:
    """A capitalised token run and the gazetteer hits inside it."""

    tokens: list[tuple[int, int]]
    hits: list[Hit]
    masked: set[int]  # tokens inside a known actor's name


def find_runs(text: str) -> tuple[list[Run], set[str]]:
    """Runs with gazetteer hits, and the last words of multi-word runs that name people or bodies."""
    masks = _masked_chars(text, actor_spans(text, country=""))  # names only: no country needed
    runs, surnames = [], set()
    for match in NAME_RUN.finditer(text):
        tokens = run_tokens(text, match.start(), match.end())
        masked = set()
        if masks.find(1, match.start(), match.end()) >= 0:  # most runs touch no actor's name
            masked = {k for k, (s, e) in enumerate(tokens) if masks.find(1, s, e) >= 0}
        hits = [h for h in gazetteer_hits(text, tokens) if not masked.intersection(range(h.first, h.last))]
        if not masked and not any(_whole_or_known(text, h, tokens) for h in hits):
            hits = _cued_near_miss(text, tokens) or hits
        if _names_someone(text, tokens, hits, masked):
            surnames.add(exact_key(text[tokens[-1][0]:tokens[-1][1]]))  # "Bashar al-Assad" -> "assad"
        hits = [h for h in hits if text[h.end:h.end + 1] != "-" and not _person_before_verb(text, h)]
        if hits:
            runs.append(Run(tokens, hits, masked))
    return runs, surnames


def _masked_chars(text: str, spans: list[tuple[int, int, str]]) -> bytearray:
    """1 at each character inside an actor's name: a token overlaps a name when its span
    holds a 1 (one scan per token instead of a test against every name)."""
    masks = bytearray(len(text))
    for start, end, _ in spans:
        masks[start:end] = b"\x01" * (end - start)
    return masks


def _person_before_verb(text: str, hit: Hit) -> bool:
    """"Hassan said", "Sana quoted", "the Sana news agency": a name before a speech verb or
    "agency" is a person or a body, unless a place cue stands before it ("the town of Hassan
    said" in text whose commas were lost)."""
    return bool(_PERSON_AFTER.match(text, hit.end)) and not cue_before(text, hit.start)


def _whole_or_known(text: str, hit: Hit, tokens: list[tuple[int, int]]) -> bool:
    """A hit that covers its run but for place words ("Daraa Province"), or names a country or
    big city: no near miss replaces it."""
    rest = [text[s:e] for k, (s, e) in enumerate(tokens) if not hit.first <= k < hit.last]
    whole = all(word.lower() in PLACE_WORDS or never_place(word) for word in rest)
    return whole or any(p.feature == "country" or p.population >= BIG_CITY for p in hit.candidates)


def _cued_near_miss(text: str, tokens: list[tuple[int, int]]) -> list[Hit]:
    """A run after "the town of" that matched nothing, or only some of its words: try a fuzzy
    spelling match of the whole run ("Khan Shaikhun" misspelt, where "Khan" alone is a village)."""
    start, end = tokens[0][0], tokens[-1][1]
    if len(tokens) > MAX_TOKENS or not cue_before(text, start) or never_place(text[start:end]):
        return []
    candidates, how = lookup(text[start:end], fuzzy=True)
    return [Hit(0, len(tokens), start, end, candidates, how)] if candidates else []


def _names_someone(text: str, tokens: list[tuple[int, int]], hits: list[Hit], masked: set[int]) -> bool:
    """A multi-word run opened by a word that is no place, no place word and no function word:
    a person or body ("President Bashar al-Assad"), whose last word is then no place either;
    not after a place noun ("the towns of Housh Salhiya Nishabiya": a list of places)."""
    if len(tokens) < 2 or 0 in masked or any(h.first == 0 and h.how == "exact" for h in hits):
        return False
    if cue_before(text, tokens[0][0]) or list_position(text, tokens[0][0], tokens[-1][1]):
        return False
    first = text[tokens[0][0]:tokens[0][1]]
    return not never_place(first) and first.lower() not in PLACE_WORDS
