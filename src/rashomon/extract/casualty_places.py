"""Where a casualty figure happened: the place named nearest to it in its sentence.

Figures of one article are told apart by their place as much as by their number (two
neighbourhoods with two dead each are two figures), so a wrong place splits one figure in
two and a missing one merges two. The place is therefore the most specific one the sentence
gives: a name after a locative word ("in Al-Qaryatain"), resolved in the gazetteer. Left
out: country names (they tell no incident apart: "killed 42 near the Syrian capital" and
"42 dead in Douma" are one figure), acronyms ("nationals of CIS states"), names inside a
parenthetical aside ("a group banned in Russia"), months, actors, where the people of an earlier
clause are posted ("terrorists positioned in X fired ... injuring three"), words of an institution's
name ("the Police command", "near the Research and Tests Center": English words a gazetteer
also lists as hamlets), and loose spellings that resolve to a town in a country the article
never names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from rashomon.extract.actors import canonical_actor
from rashomon.extract.casualty_links import victim_classes
from rashomon.extract.casualty_sentences import title_case
from rashomon.extract.gazetteer import ascii_fold
from rashomon.extract.place_candidates import INSTITUTION_WORDS, never_place
from rashomon.extract.places import resolve_place

# How close a named place must be to the gazetteer entry it resolves to (rapidfuzz ratio of
# lowercased, accent-free names, 0-100): "Al-Qaryatain" ~ "Al Qaryatayn" 92, "Khan Sheikhoun" ~
# "Khān Shaykhūn" 81; wrong fuzzy hits seen on FA-KES ("Least" ~ "Leest", "September" ~
# "Septemvri", "Daesh" ~ "Doische") score 80 or less.
MIN_PLACE_SIMILARITY = 81
EXACT_NAME = 100  # similarity of a name spelled as the gazetteer spells it
# (name, country) answers of `_named_place` remembered: far more than one corpus run's
# distinct place phrases, a few MB at most.
NAME_CACHE = 65_536

_PLACE_CUE = re.compile(
    r"\b(?:in|near|at|outside|around|across|from|of|into|on)\s+(?:the\s+)?"
    r"(?:(?:towns?|villages?|cit(?:y|ies)|neighbou?rhoods?|districts?|suburbs?)\s+of\s+)?"  # "in the towns of X"
    r"((?:(?:al|el|ad|ar|as|ash|az|ez|ed)-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|ad|ar|as|az|ez)-)?[A-Z][\w'’-]+){0,3})"
)
_PARENTHESES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")

_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()  # "Last updated at Jun 182016"
)


def figure_place(sentence: str, figure: tuple[int, int], country: str, countries: frozenset[str] = frozenset()) -> str:
    """The place named after a locative word nearest to the figure, as the gazetteer names
    it; "" when the sentence names none that passes the checks of the module docstring.
    `country` is the article's main country, `countries` all those it names."""
    asides = [m.span() for m in _PARENTHESES.finditer(sentence)]
    cues = sorted(_PLACE_CUE.finditer(sentence), key=lambda m: abs(m.start() - figure[0]))
    for match in cues:
        name = match.group(1)
        if match.start(1) < figure[1] and match.end(1) > figure[0]:
            continue  # "at Least 12": a word of the figure itself
        if any(start <= match.start() < end for start, end in asides) or name.isupper():
            continue  # an aside; an acronym ("nationals of CIS states") names a bloc or a group, not a town
        if institution_part(sentence, name, match.end(1)):
            continue
        if figure[0] > match.end(1) and armed_posted_before(sentence, match.start()):
            continue  # "terrorists positioned in X fired shells ... injuring three": where the shooters are
        named = _named_place(name, country) or _headline_prefix_place(sentence, name, country)
        if named is None:
            continue
        resolved, resolved_country, similarity = named
        foreign = countries and resolved_country not in countries  # "Manyan" read as a town in China
        if similarity < MIN_PLACE_SIMILARITY or (foreign and (similarity < 100 or title_case(sentence))):
            continue  # in a Title Case headline a capital is no sign of a name ("Kills Four in Hometown of")
        return resolved
    return ""


# Participles that say where people are posted ("terrorists positioned in X", "militants who
# are stationed in X"): before a later figure, the place of those who fire, not of the victims.
_POSTED_BEFORE = re.compile(
    r"\b([a-z]+)\s+(?:(?:who|that|which)\s+(?:are|were|is|was|had\s+been|have\s+been)\s+)?"
    r"(?:positioned|located|stationed|based|entrenched|deployed|holed\s+up|hiding|hidden)\s+$", re.IGNORECASE)
# Nouns of armed bands that have no victim class of their own ("terrorist groups positioned in").
_BANDS = frozenset({"group", "groups", "organization", "organizations", "organisation", "organisations",
                    "unit", "units", "cell", "cells"})
POSTED_WINDOW = 60  # characters before a locative word searched for the posting clause


def armed_posted_before(sentence: str, cue: int) -> bool:
    """Whether the locative word at `cue` ends a clause posting armed people ("terrorists
    positioned in", "militants who are stationed in", "the groups based in"), not buildings
    ("a school located in")."""
    found = _POSTED_BEFORE.search(sentence, max(0, cue - POSTED_WINDOW), cue)
    if found is None:
        return False
    noun = found.group(1).lower()
    return noun in _BANDS or victim_classes().get(noun) in ("combatant", "security")


# The rest of an institution's name after a name and "and": "Research and Tests Center".
_JOINED_NAME = re.compile(r"\s+(?:and|&)\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)")
# Bodies English names after a field with "of" ("Ministry of Industry", "Institute of
# Justice"): the name after "of" is the field, not a place (unlike "University of Aleppo").
_BODIES_OF_A_FIELD = frozenset({"ministry", "ministries", "institute", "department", "academy", "bureau", "court",
                                "federation", "college", "faculty"})
_BODY_BEFORE_OF = re.compile(r"\b([A-Z][a-z]+)\s+of\s+$")


def institution_part(sentence: str, name: str, end: int) -> bool:
    """Whether a capitalised name after a locative word is (part of) the name of a body or
    building, not a place: all its words are institution, people or stop words ("at the
    Police command", "at University hospital"), it is the field after "of" of a body
    ("the Ministry of Industry"), or "and" joins it to the rest of a name headed by an
    institution word ("near the Research and Tests Center"). `end` is the name's end in
    `sentence`."""
    if all(never_place(word) or word.lower() in INSTITUTION_WORDS for word in name.split()):
        return True
    body = _BODY_BEFORE_OF.search(sentence, max(0, end - len(name) - 30), end - len(name))
    if body is not None and body.group(1).lower() in _BODIES_OF_A_FIELD:
        return True
    joined = _JOINED_NAME.match(sentence, end)
    return joined is not None and joined.group(1).split()[-1].lower() in INSTITUTION_WORDS


def _headline_prefix_place(sentence: str, name: str, country: str) -> tuple[str, str, float] | None:
    """In a Title Case headline the capitalised words after a place run on into the next
    clause ("Kills Commander in Qalamoun Advances in ..."): the longest leading part of the
    run that names a place, when the whole run names none and the word after that part
    is no place name as spelled ("in Damascus Homs & Aleppo" lists places, none the figure's
    alone; "Advances" is only near "Advance")."""
    words = name.split()
    if len(words) < 2 or not title_case(sentence):
        return None
    for size in range(len(words) - 1, 0, -1):
        if named := _named_place(" ".join(words[:size]), country):
            following = _named_place(words[size], country)
            return None if following and following[2] >= EXACT_NAME else named
    return None


@lru_cache(maxsize=NAME_CACHE)
def _named_place(name: str, country: str) -> tuple[str, str, float] | None:
    """(gazetteer name, its country, spelling similarity) of a name after a locative word,
    or None for months, weekdays, actors, unknown names and countries. A pure function of
    the name and the article's main country, memoised: wire copy repeats its place names."""
    if name.split()[0].lower() in _CALENDAR or canonical_actor(name, country=country) is not None:
        return None
    resolved = resolve_place(name, country_hint=country)
    if resolved is None or resolved.feature == "country":
        return None
    return resolved.name, resolved.country, fuzz.ratio(_plain(name), _plain(resolved.name))


def _plain(name: str) -> str:
    """Lowercase, accents and punctuation dropped: "Khān Shaykhūn" -> "khan shaykhun"."""
    return re.sub(r"[^a-z0-9]+", " ", ascii_fold(name)).strip()


def exact_place_countries(text: str, country: str) -> frozenset[str]:
    """The countries of the places an article names after a locative word with their exact
    gazetteer spelling ("in Aleppo city"): what stands for the countries it never names, so a
    loose spelling ("Manyan market") does not resolve to a town on another continent."""
    found = set()
    for match in _PLACE_CUE.finditer(text):
        named = None if match.group(1).isupper() else _named_place(match.group(1), country)
        if named is not None and named[2] == 100:
            found.add(named[1])
    return frozenset(found)
