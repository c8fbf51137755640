"""Place names a gazetteer lacks, and which place of an article lies in which.

Neighbourhoods, villages and camps are where two incidents of one report differ ("two killed
in the X neighbourhood ... two more in Y village"), and a world gazetteer lists few of them:
left out, both figures fall back to their city (or to no place) and the repeated-mention rule
(one kind, one number, no second place) merges two incidents into one figure.
A capitalised name is a place when the sentence says so with a settlement noun: after it
("al-Midan neighbourhood", "Harfa village") or before it with "of" ("the town of Harfa").
Such a name is also found where no locative word precedes it, as the subject or object of
its clause ("X neighbourhood was shelled ... killing two", "shells hit X district").
Left out: peoples, demonyms and stop words ("the Christian town of"), names of bodies, words
that only qualify a place ("Old", "Eastern"), "-held"/"-controlled" adjectives, acronyms,
months, actors, names in a Title Case headline, and plural nouns ("the neighbourhoods of X Y
and Z" lists several places, none of them the figure's alone).

A more specific place makes a repeat look like a second incident: the headline's "two killed
in Aleppo" restates the body's "two killed in the X neighbourhood of Aleppo". So the places
an article names one inside another ("X neighbourhood in Aleppo city") are collected, and
`outer_place` gives the larger place the article puts a figure's place in (see there).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from rashomon.extract.actors import canonical_actor
from rashomon.extract.casualty_sentences import title_case
from rashomon.extract.gazetteer import ascii_fold
from rashomon.extract.place_candidates import INSTITUTION_WORDS, PLACE_WORDS, never_place

# Settlements and parts of one, singular: what a name before or after them is the name of.
_AREA_NOUNS = r"neighbou?rhood|village|town|district|suburb|quarter|area|camp|city"
_NOUN_AFTER = re.compile(rf"\s+({_AREA_NOUNS})\b(?!-)")
_NOUN_OF_BEFORE = re.compile(rf"\b({_AREA_NOUNS})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_ARTICLE = r"(?:(?:al|el|ad|ar|as|ash|az|ez|ed)-)"
_NAME = rf"{_ARTICLE}?[A-Z][\w'’-]+(?:\s+{_ARTICLE}?[A-Z][\w'’-]+){{0,2}}"
# A name before a settlement noun anywhere in a sentence: "Al-Jaberiyeh neighborhood was ...".
NAMED_AREA = re.compile(rf"(?<![\w'’-])({_NAME})(?=\s+(?:{_AREA_NOUNS})\b(?!-))")
_LEADING_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|az|ez|ed)[- ](?=[A-Z])", re.IGNORECASE)
_QUALIFIER = re.compile(r"^[A-Za-z]+-[a-z]{3,}$")  # "Rebel-held", "Kurdish-controlled"
LOOK_BEHIND = 20  # characters before a name searched for "the town of"


def named_areas(sentence: str) -> list[tuple[int, int]]:
    """The (start, end) of every name a settlement noun follows, leading stop words left out
    ("The Bab Sharqi area" -> "Bab Sharqi")."""
    found = []
    for match in NAMED_AREA.finditer(sentence):
        start = match.start(1)
        for word in match.group(1).split()[:-1]:
            if not never_place(word):
                break
            start = sentence.index(" ", start) + 1
        found.append((start, match.end(1)))
    return found


def settlement_noun(sentence: str, start: int, end: int) -> str:
    """The settlement noun after the name at sentence[start:end] or before it with "of"
    ("X neighbourhood", "the village of X"), lowercased; "" for none."""
    found = _NOUN_AFTER.match(sentence, end) or _NOUN_OF_BEFORE.search(sentence[max(0, start - LOOK_BEHIND) : start])
    return found.group(1).lower() if found else ""


def area_name(sentence: str, start: int, end: int, country: str) -> str:
    """The name at sentence[start:end] as written when a settlement noun follows it or
    precedes it with "of", and it passes the checks of the module docstring; "" otherwise.
    Written as `written_place` does, so "al-Waer", "Al-Waer" and "Waer" are one place."""
    name = sentence[start:end]
    if not settlement_noun(sentence, start, end):
        return ""
    if title_case(sentence) or not plain_name(name) or canonical_actor(name, country=country) is not None:
        return ""  # in a Title Case headline a capital is no sign of a name ("Town of X REUTERS Photo")
    return written_place(name)


def written_place(name: str) -> str:
    """A place name as written, its leading article dropped and first letter capitalised."""
    bare = _LEADING_ARTICLE.sub("", name)
    return bare[0].upper() + bare[1:]


def plain_name(name: str) -> bool:
    """Whether a capitalised run can be a settlement's own name: no word in capitals
    ("REUTERS"), people, demonym, stop word, month or qualifying adjective in it, and not only
    words that qualify places or name bodies ("Old City", "Police")."""
    words = name.split()
    if any(w.isupper() or never_place(w) or _QUALIFIER.match(w) or w.lower() in CALENDAR for w in words):
        return False
    return not all(w.lower() in PLACE_WORDS or w.lower() in INSTITUTION_WORDS for w in words)


CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()  # "Last updated at Jun 182016"
)


# "X (neighbourhood) in (the northern countryside of) P": the words that may stand between a
# place and the larger one it lies in.
_WITHIN = re.compile(rf"(?:\s+(?:{_AREA_NOUNS}))?,?\s+(?:(?:north|south|east|west)[a-z-]*\s+of|in|of)\s+"
                     rf"((?:[a-z-]+\s+){{0,4}}?)({_NAME})")
_BETWEEN_WORDS = PLACE_WORDS | {"the", "of", "in", "province", "governorate", "countryside", "city", "capital"}
SAME_SPELLING = 83  # rapidfuzz ratio of two spellings of one name ("sulaimaniyeh" ~ "sulaymaniyah" 83)


def within(sentence: str, names: list[tuple[int, int]],
           place_at: Callable[[int, int], str]) -> list[tuple[str, str, int]]:
    """(inner, outer, start of the outer name) for each name of `names` (spans in
    `sentence`) followed by the larger place it lies in ("al-Midan neighbourhood in Aleppo
    city", "the village of X in the northern countryside of Homs", "X village northeast of
    Y"); `place_at(start, end)` gives the place a span names."""
    pairs = []
    for start, end in names:
        match = _WITHIN.match(sentence, end)
        if match is None or not all(w in _BETWEEN_WORDS or w.endswith("ern") for w in match.group(1).split()):
            continue
        inner, outer = place_at(start, end), _outer_name(sentence, match.start(2), match.end(2), place_at)
        if inner and outer and inner != outer:
            pairs.append((inner, outer, match.start(2)))
    return pairs


def _outer_name(sentence: str, start: int, end: int, place_at: Callable[[int, int], str]) -> str:
    """The place a name after "in" names, a leading qualifier left out ("in Western Homs")."""
    place = place_at(start, end)
    words = sentence[start:end].split()
    if place or len(words) < 2 or words[0].lower() not in PLACE_WORDS:
        return place
    return place_at(sentence.index(words[1], start + len(words[0])), end)


@dataclass
class PlaceParts:
    """The places an article names inside others, by the outer place: `named` when a sentence
    says so ("X neighbourhood in Aleppo"), `loose` for a neighbourhood or village the gazetteer
    lacks named without its place, filed under a gazetteer place named near it
    (casualty_place_map.article_place_parts)."""

    named: dict[str, set[str]] = field(default_factory=dict)
    loose: dict[str, set[str]] = field(default_factory=dict)


def as_spelled(place: str, parts: PlaceParts) -> str:
    """A figure's place in the spelling the article first gave it ("al-Sulaimaniyeh" for a
    later "al-Sulaymaniyah"), so two spellings are not two places."""
    return _spelled_as_part(place, parts.named) if place else ""


def outer_place(place: str, parts: PlaceParts) -> str:
    """The one larger place a sentence of the article names `place` inside ("X neighbourhood
    in Aleppo": Aleppo), else the one a loose part was filed under; "" for none or several.
    Why: the repeated-mention rule keeps two places apart (two neighbourhoods, two incidents)
    but not a place and its part (the headline's "in Aleppo" restates the body's "X
    neighbourhood of Aleppo"), and only the article says which place lies in which."""
    outer = [o for o, inside in parts.named.items() if place in inside]
    if not outer:
        outer = [o for o, inside in parts.loose.items() if place in inside]
    return outer[0] if place and len(outer) == 1 else ""


def same_spelling(place: str, spellings: list[str]) -> str:
    """The spelling of `place` first seen in the article ("al-Sulaimaniyeh" for a later
    "al-Sulaymaniyah"), remembered in `spellings`."""
    key = plain_spelling(place)
    found = next((known for known in spellings if fuzz.ratio(key, plain_spelling(known)) >= SAME_SPELLING), None)
    if found is None:
        spellings.append(place)
        return place
    return found


def _spelled_as_part(place: str, parts: dict[str, set[str]]) -> str:
    """The part or place the article names that `place` is another spelling of, else `place`."""
    known = sorted({inner for inners in parts.values() for inner in inners} | set(parts))
    return place if place in known else same_spelling(place, known)


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def plain_spelling(name: str) -> str:
    """Lowercase, accents and punctuation dropped: "Khān Shaykhūn" -> "khan shaykhun"."""
    return _NOT_ALNUM.sub(" ", ascii_fold(name)).strip()
