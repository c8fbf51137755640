"""Lists of places written without their commas: "the towns of A B C and D", "in A B C".

Why a module of its own: places.py drops a capitalised run whose words are not all places or
place words, since "Palmyra Coordination Committee" or "President Assad" name a body or a
person. Text scraped from news sites often loses its commas, and then a list of villages is
one long run in which some names are missing from the gazetteer; the run is still a list of
places when a plural place noun opens it ("the villages of") or when two or more of its
names are distinct towns of one country spelled as their own names. Separately, a short
Arabic generic word ("Khan", "Tal", "Bab") that is itself a village name in the gazetteer
but is followed by an unknown word opens a longer name the gazetteer lacks ("Khan Touman").
A third shape: "clashes in A B and C", where some names of the run are villages the gazetteer
lacks; the run is still a list when it stands after "in", goes on with "and", and its unknown
words look like transliterated names rather than English words (unknown_names_list).

The spelling and evidence tests live in place_choice.py and places.py and come in as a `ListSupport`.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rashomon.extract.gazetteer import Place
from rashomon.extract.place_candidates import PLACE_WORDS, Hit, never_place
from rashomon.extract.place_cues import list_cue_before, place_expected

_WORDS = json.loads((Path(__file__).resolve().parent.parent / "data" / "places_words.json").read_text("utf-8"))
# Head nouns and modifiers of the names of bodies and buildings ("Coordination Committee",
# "National Hospital"): a run holding one is a name, not a list of villages.
_INSTITUTION_WORDS = frozenset(_WORDS["institution_words"])
# Endings of English derived words ("Coordination", "Movement", "Security"): transliterated
# Arabic, Kurdish or Turkish village names do not end so.
_ENGLISH_ENDING = re.compile(r"(?:tion|sion|ment|ity|ness|ing|ance|ence|ism|ist|ive|ous|ical|ship|ary|ory)$")
# "Qamishli National Hospital", "Tabqa Dam": a building named after the town it stands in.
_FACILITIES = frozenset(_WORDS["facility_words"])
_FACILITY_MODIFIERS = frozenset(_WORDS["facility_modifiers"])
# Words after which a run of names is where something happened: "clashes in A B and C", also
# with a noun of the ground around places between ("strikes in the area of A B and C").
_IN_BEFORE = re.compile(
    r"\b(?:in|near|outside|around|inside|across)\s+(?:the\s+)?"
    r"(?:(?:areas?|vicinity|surroundings|outskirts|countryside|environs)\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
_AND_AFTER = re.compile(r"[ \t]+and[ \t]+")

# A one-word item this short followed by an unknown word opens a longer name ("Khan Touman",
# "Tal Minnis", "Bab al-Faraj"): the Arabic generic words that open names have 3-4 letters,
# and so do few towns that need evidence (big cities and countries are never dropped).
NAME_HEAD_LEN = 4

Pairs = list[tuple[Hit, Place]]


@dataclass(frozen=True)
class ListSupport:
    """What the list rules need from places.py: the article's country shares, the share a
    country needs to be "mostly" the article's, and the spelling and evidence tests."""

    shares: dict[str, float]
    home_share: float
    strong: Callable[[str, Place], bool]
    needs_evidence: Callable[[str, Hit, Place], bool]


def list_items(text: str, tokens: list[tuple[int, int]], kept: Pairs, support: ListSupport) -> Pairs:
    """The places of a run that is a list whose commas were lost, or [] when it is no such list.

    A list stands where a place is expected or holds a place that needs no evidence, and
    either follows a plural place noun ("the villages of": the places of the article's
    most-named country among them are kept, if the article is mostly about it; words between
    them that resolve to nothing are names the gazetteer lacks, not a sign of an
    organisation's name) or is a spelled-out list (_spelled_out_list). Items are marked
    `listed` (evidence enough).
    """
    towns = [(hit, place) for hit, place in kept if place.feature != "country"]
    if len(tokens) < 2 or not towns:
        return []
    countries = {place.country for _, place in towns}
    shares = support.shares
    if list_cue_before(text, tokens[0][0]):
        home = max(countries, key=lambda iso: shares.get(iso, 0.0))
        kept = [(hit, place) for hit, place in kept if place.feature == "country"
                or (place.country == home and shares.get(home, 0.0) >= support.home_share)]
    elif not _spelled_out_list(text, tokens, towns, support):
        return []
    if not place_expected(text, tokens[0][0], tokens[0][1], set(), False) and all(
            support.needs_evidence(text, hit, place) for hit, place in kept):
        return []
    kept = drop_name_heads(text, tokens, kept, support.needs_evidence)
    for hit, _ in kept:
        hit.listed = True
    return kept


def _spelled_out_list(text: str, tokens: list[tuple[int, int]], towns: Pairs, support: ListSupport) -> bool:
    """Two or more distinct towns of one country, each spelled as its own name, that fill the
    run but for stop and place words, after a locative or place noun ("in Homs Idlib Rastan").
    Why so strict: English capitalised runs are full of words that are also small American
    towns ("Brooklyn Supreme Court Judge Vincent", "Washington Post"), so a list needs a cue
    and no word left unexplained."""
    covered = set().union(*(range(hit.first, hit.last) for hit, _ in towns))
    return (
        len({place.name for _, place in towns}) >= 2
        and len({place.country for _, place in towns}) == 1
        and all(support.strong(text[hit.start:hit.end], place) for hit, place in towns)
        and all(k in covered or _place_word(text[s:e]) for k, (s, e) in enumerate(tokens))
        and place_expected(text, tokens[0][0], tokens[0][1], set(), False)
    )


def drop_name_heads(text: str, tokens: list[tuple[int, int]], kept: Pairs,
                    needs_evidence: Callable[[str, Hit, Place], bool]) -> Pairs:
    """Without the parts of a longer name the gazetteer lacks: "Khan" in "Khan Touman", "Tal"
    in "Tal Minnis" (a short one-word hit followed by a word that resolved to nothing: Arabic
    generic words khan, tal, bab, ain, deir, kafr), and both halves of "Rasm al-Sabaa" (a word
    opening with a lower-case article binds to a short head word before it: "Bab al-Salama").
    Big cities and countries are never dropped."""
    covered = set().union(*(range(hit.first, hit.last) for hit, _ in kept))
    out = []
    for hit, place in kept:
        if needs_evidence(text, hit, place) and (
                _bound(text, tokens, hit.first) or _bound(text, tokens, hit.last)
                or _short_head(text, tokens, hit, covered)):
            continue
        out.append((hit, place))
    return out


def _bound(text: str, tokens: list[tuple[int, int]], k: int) -> bool:
    """Token k opens with a lower-case article ("al-Sabaa") after a short generic head word
    ("Rasm", "Bab", "Marj"), and so the two are one name; after a longer word it is more often
    the next item of a list that lost its commas ("Talbisa al-Rastan")."""
    if not 0 < k < len(tokens) or not text[tokens[k][0]].islower():
        return False
    start, end = tokens[k - 1]
    return end - start <= NAME_HEAD_LEN


def _short_head(text: str, tokens: list[tuple[int, int]], hit: Hit, covered: set[int]) -> bool:
    after = hit.last
    return (hit.last - hit.first == 1 and hit.end - hit.start <= NAME_HEAD_LEN and after < len(tokens)
            and after not in covered and not _place_word(text[slice(*tokens[after])]))


def _place_word(word: str) -> bool:
    return never_place(word) or word.lower() in PLACE_WORDS


def unknown_names_list(text: str, tokens: list[tuple[int, int]], kept: Pairs, support: ListSupport,
                       lower_words: set[str]) -> Pairs:
    """The places of a run like "in Jisreen Kafr Batna and ..." whose other words are names the
    gazetteer lacks, or [] when the run is no such list.

    Why: lists of villages lose their commas in scraped text, and the unknown villages would
    otherwise make the run read as an organisation's name. The run must stand after "in" (or
    "near", "around"...), be followed by "and" (the list goes on), keep only places of a
    country the article is mostly about, and every unexplained word must look like a name:
    never written in lower case in the article, no institution word ("Committee", "Hospital")
    and no English derivational ending ("Coordination").
    """
    if len(tokens) < 2 or not kept or not list_position(text, tokens[0][0], tokens[-1][1]):
        return []
    if any(place.feature == "country" or support.shares.get(place.country, 0.0) < support.home_share
           for _, place in kept):
        return []
    covered = set().union(*(range(hit.first, hit.last) for hit, _ in kept))
    for k, (s, e) in enumerate(tokens):
        if k not in covered and not _place_word(text[s:e]) and not _name_like(text[s:e], lower_words):
            return []
    kept = [(hit, place) for hit, place in kept if not _after_unknown_head(text, tokens, hit, covered)]
    for hit, _ in kept:
        hit.listed = hit.near_needed = True
    return kept


def unnamed_countries_dropped(text: str, tokens: list[tuple[int, int]], kept: Pairs, support: ListSupport) -> Pairs:
    """`kept` with only the places of countries the article is mostly about, when the run
    stands where a list goes ("in A B and C") and holds such a place. Why: in a list whose
    commas were lost, a village name the gazetteer lacks may be spelled like a foreign city's
    alternate name (a three-letter word for an African capital); it is then an unknown name of
    the list (unknown_names_list tests that it reads as a name), not a place abroad that would
    make the whole run one unknown name. Without this the run yields no place at all."""
    if not list_position(text, tokens[0][0], tokens[-1][1]):
        return kept
    shares = support.shares
    if not any(shares.get(place.country, 0.0) >= support.home_share for _, place in kept):
        return kept
    return [(hit, place) for hit, place in kept
            if place.feature == "country" or shares.get(place.country, 0.0) >= support.home_share]


def _after_unknown_head(text: str, tokens: list[tuple[int, int]], hit: Hit, covered: set[int]) -> bool:
    """The hit follows a short unknown word written without an article ("Kafar Hamra", "Tal
    Abyad" misspelt): an Arabic generic head word (kafr, tal, ain, deir, marj, umm: up to five
    letters) whose name the gazetteer lacks, so the hit is only that name's tail."""
    before = hit.first - 1
    if before < 0 or before in covered:
        return False
    word = text[slice(*tokens[before])]
    return len(word) <= NAME_HEAD_LEN + 1 and "-" not in word and not _place_word(word)


def list_position(text: str, start: int, end: int) -> bool:
    """text[start:end] stands after "in" (or "near", "around"...) and before "and", not as a
    possessive: where a list of places goes ("in A B and C"). Also tells places.py that such a
    run is no person's name, whose last word would then be no place."""
    return (_AND_AFTER.match(text, end) is not None
            and _IN_BEFORE.search(text[max(0, start - 40):start]) is not None)


def _name_like(word: str, lower_words: set[str]) -> bool:
    """A capitalised word that reads as a transliterated name, not an English word."""
    bare = word.lower().split("-")[-1]
    return (bare not in lower_words and bare not in _INSTITUTION_WORDS
            and not _ENGLISH_ENDING.search(bare))


def facility_after(text: str, tokens: list[tuple[int, int]], k: int, kept: Pairs, support: ListSupport) -> bool:
    """Tokens k.. of a run, the words no place explains, are a building's name after its town
    ("Qamishli National Hospital", "Aleppo Central Prison"): modifiers, then a facility word
    last, right after a kept town of a country the article is mostly about. Why: a strike on a
    town's hospital or bridge happens in that town; the town's evidence is still checked."""
    words = [text[s:e].lower() for s, e in tokens[k:]]
    if not kept or words[-1] not in _FACILITIES or any(w not in _FACILITY_MODIFIERS for w in words[:-1]):
        return False
    hit, place = kept[-1]
    return hit.last == k and place.feature == "city" and support.shares.get(place.country, 0.0) >= support.home_share
