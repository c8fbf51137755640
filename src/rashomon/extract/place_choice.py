"""Choosing among a name's gazetteer entries: how much the article is about each country,
how close the spelling is, and a score.

Why a module of its own: once place_runs.py has found a name and the entries it may mean,
which one (if any) it names is a separate question, answered from the article as a whole and
from the name's spelling against each entry's own name:

* a single word that the article also writes in lower case ("Police" / "police") is a common
  word, unless a place cue ("the town of") stands before or after it;
* a town must lie in a country the article is about (its share of country mentions, with big
  cities counting for their country); villages in a country named only in passing need a cue;
* spelling variants (loose or fuzzy keys) must stay close to the gazetteer's own name, start
  with the same sound, lie in a country the article is mostly about, and not be a capitalised
  word of a headline;
* after a place noun ("the town of X") a name no closer spelling explains may match a town
  of the article's main country by its consonants alone, if only one town there has them;
* among the rest the score prefers places in countries the article is about, well-known big
  cities, closer spellings, and larger populations.

places.py applies `choose` hit by hit and `candidate_score` to bare names (resolve_place).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from rashomon.extract.gazetteer import Place, final_vowel_ids, get_index, lookup, skeleton_lookup
from rashomon.extract.gazetteer_keys import (
    exact_key,
    loose_key,
    skeleton_key,
    vowel_key,
    vowel_runs,
)
from rashomon.extract.place_candidates import BIG_CITY, Hit, acronym
from rashomon.extract.place_cues import CUE_AFTER, LOCATIVE, NOUN_AFTER, cue_before
from rashomon.extract.place_runs import Run

# An Arabic article glued onto a name ("Alraqqa", "Elbab"): not part of its first sound.
_GLUED_ARTICLE = re.compile(r"^[ae]l(?=[a-z]{4})")
# A spelling-variant (loose or fuzzy) match must still be this similar (rapidfuzz ratio of exact
# keys) to the gazetteer's own name: "Qaryatain"/"Qaryatayn" is 89, "Inquiry"/"Ankara" 46.
LOOSE_MIN_SIMILARITY = 72
# Shorter names are not matched by vowel key alone: three letters with a vowel folded collide
# with English words ("Ave"/"Ava"); four keep "Heet"/"Hit" and "Beiji"/"Bayji".
VOWEL_KEY_MIN_LEN = 4
# After "the town of" a variant may be this much less similar ("Dumeir"/"Dumayr" is 67).
CUE_SIMILARITY_RELIEF = 10
# Loose keys shorter than this need STRONG_SIMILARITY: four-letter skeletons collide everywhere
# ("Omar"/"Emar" is 75, "Raqa"/"Raqqah" 80).
LOOSE_MIN_LEN = 5
# Countries named at least this share as often as the most-named one are "main" countries:
# small places need their country among them. 0.2 keeps Syria and Turkey in a Syrian story
# that mentions Turkey now and then, and drops the one-off "Washington said".
MAIN_SHARE = 0.2
# Spelling variants need more: their country must be at least this share (or a cue must
# stand before them), since loose keys collide across countries far more than exact ones.
LOOSE_SHARE = 0.5
# An exact match through an alternate name this unlike the gazetteer's own name ("Castello"
# for Castelló de la Plana, "White House" for Casablanca) needs country support even for a big city.
STRONG_SIMILARITY = 80
# Below this population a place in a secondary country (share < LOOSE_SHARE) needs a cue:
# such villages are mostly homonyms of words and surnames.
SMALL_PLACE = 20_000
# Gazetteer population 0 means "not recorded", mostly for villages: rank them as about this.
UNKNOWN_POPULATION = 1000
# Score weights: a named country outweighs ~4 orders of magnitude of population; a country
# record outweighs a same-named city (Jordan, Georgia) unless the city's country is named.
# A big city spelled as its own name gets W_BIG: news names Geneva (CH) unqualified, not the
# village of Geneva in a country the article also discusses.
W_CONTEXT, W_COUNTRY, W_CUE, W_SPELLING, W_BIG = 4.0, 3.0, 1.0, 2.0, 2.0


def country_shares(text: str, runs: list[Run], named: dict[str, int]) -> dict[str, float]:
    """How much the article is about each country, as a share of the most-named one (0..1).

    Counts names and demonyms (`named`), plus one per big city named (exact spelling).
    """
    counts = Counter(named)
    for run in runs:
        for hit in run.hits:
            if hit.how == "exact":
                biggest = max(hit.candidates, key=lambda p: p.population)
                name = text[hit.start:hit.end]
                if biggest.feature == "city" and biggest.population >= BIG_CITY and strong(name, biggest) and (
                        _same_initial(name, biggest)):  # "Barna" (an alternate name of Varna) is no Bulgaria
                    counts[biggest.country] += 1
    top = max(counts.values(), default=0)
    return {iso: n / top for iso, n in counts.items()}


def candidate_score(name: str, place: Place, shares: dict[str, float], cue: bool) -> float:
    score = math.log10(max(place.population, UNKNOWN_POPULATION))
    score += W_CONTEXT * shares.get(place.country, 0.0)
    score += W_COUNTRY * (place.feature == "country")
    score += W_CUE * (cue and place.feature == "city")
    score += W_BIG * (place.population >= BIG_CITY and strong(name, place))
    return score + W_SPELLING * _similarity(name, place) / 100


def _similarity(name: str, place: Place) -> float:
    return _key_similarity(name, place.name)


@lru_cache(maxsize=65_536)
def _key_similarity(one: str, other: str) -> float:
    return fuzz.ratio(exact_key(one), exact_key(other))


def _same_initial(name: str, place: Place) -> bool:
    """Same first sound, after dropping an article written glued on ("Albu Kamal" / "Boukamal")."""
    fold = str.maketrans("qeiouy", "kaaaaa")
    a, b = (_GLUED_ARTICLE.sub("", exact_key(n))[:1].translate(fold) for n in (name, place.name))
    return a == b


def strong(name: str, place: Place) -> bool:
    """Spelled like the gazetteer's own name (not only like one of its alternate names)."""
    return place.geonameid is not None and _similarity(name, place) >= STRONG_SIMILARITY


def _close(name: str, place: Place, cue: bool = False) -> bool:
    """Near enough in spelling for a loose or fuzzy match: long enough, similar (or the same
    once vowel spellings are folded by class: "Jebleh"/"Jablah", "Beiji"/"Bayji", or one of its
    alternate names but for a final vowel), same first sound."""
    needed = LOOSE_MIN_SIMILARITY if len(loose_key(name)) >= LOOSE_MIN_LEN else STRONG_SIMILARITY
    needed -= CUE_SIMILARITY_RELIEF if cue else 0
    similar = _similarity(name, place) >= needed or (
        len(exact_key(name)) >= VOWEL_KEY_MIN_LEN and vowel_key(name) == vowel_key(place.name)) or (
        place.geonameid in final_vowel_ids(name))  # "Hassia": its alternate name "Hassie"
    return similar and _same_initial(name, place)


def _foreign_only(name: str, candidates: Sequence[Place], shares: dict[str, float]) -> bool:
    """Every exact candidate lies outside the article's main countries (and none is a country)."""
    if acronym(name) or any(p.feature == "country" and strong(name, p) for p in candidates):
        return False
    return all(shares.get(p.country, 0) < MAIN_SHARE for p in candidates)


def _local_variant(name: str, shares: dict[str, float]) -> list[Place]:
    """Loose-spelling candidates in the article's main countries ("Kasab" for Kassab, Syria)."""
    candidates, how = lookup(name)
    if how != "exact":
        return []
    loose = get_index().loose.get(loose_key(name))
    if loose is None:
        return []
    return [p for p in get_index().places(loose) if shares.get(p.country, 0) >= MAIN_SHARE and _close(name, p)]


def choose(text: str, hit: Hit, shares: dict[str, float], lower_words: set[str]) -> Place | None:
    """The best candidate for a hit, or None when the hit lacks support."""
    name = text[hit.start:hit.end]
    cue = cue_before(text, hit.start) or bool(CUE_AFTER.match(text, hit.end) or NOUN_AFTER.match(text, hit.end))
    if " " not in name and "-" not in name and name.lower() in lower_words and not cue:
        return None  # a common word: the article also writes it in lower case
    candidates, how = hit.candidates, hit.how
    if how == "exact" and _foreign_only(name, candidates, shares):
        local = _local_variant(name, shares)
        candidates, how = (local, "loose") if local else (candidates, how)
    if how in ("loose", "fuzzy"):
        variant = _choose_variant(name, candidates, shares, cue)
        if variant is None and cue_before(text, hit.start):
            return _cued_skeleton(name, shares)
        if variant is not None and not cue and " " not in name and _headline_word(text, hit.start):
            return None  # "Coalition Kills 20": a capitalised verb of a headline, not "Kilis"
        return variant
    best = max(candidates, key=lambda p: candidate_score(name, p, shares, cue))
    share = shares.get(best.country, 0.0)
    if strong(name, best) and (best.feature in ("country", "region") or best.population >= BIG_CITY) and (
            share > 0 or _same_initial(name, best)):
        return best  # not "Barna" for Varna in a story that never names Bulgaria
    if best.population < SMALL_PLACE and share < LOOSE_SHARE and not cue:
        return None  # a village named like a word ("Tomahawk") in a country named only in passing
    if share > 0 and _unique_town(name, best, candidates) and LOCATIVE.search(text[max(0, hit.start - 40):hit.start]):
        return best  # "gassed at Halabja": a sizeable town, its own name, its country named
    return best if share >= MAIN_SHARE or (cue and share > 0) else None


def _cued_skeleton(name: str, shares: dict[str, float]) -> Place | None:
    """The one town of a country the article is mostly about whose name has the consonants of
    `name` (the gazetteer's own name, not only an alternate one; same first sound, at most one
    syllable more or less), for a name after a place noun
    ("the town of Arabeen" for ‘Irbin, "the area of Rahibeh" for Ar Ruhaybah) that no closer
    spelling explains. Why: transliterations of one Arabic name differ by an epenthetic or
    changed vowel that the loose key keeps apart; the cue says a place is meant, the country
    and the uniqueness of the skeleton there say which one."""
    skeleton = skeleton_key(name)
    towns = {p.geonameid: p for p in skeleton_lookup(name)
             if p.feature == "city" and shares.get(p.country, 0.0) >= LOOSE_SHARE and _same_initial(name, p)
             and skeleton_key(p.name) == skeleton and abs(vowel_runs(name) - vowel_runs(p.name)) <= 1}
    return next(iter(towns.values())) if len(towns) == 1 else None


def _unique_town(name: str, best: Place, candidates: Sequence[Place]) -> bool:
    """A town of SMALL_PLACE people or more spelled as its own name, and the only place (up to
    duplicate records in one country) that the name can mean: a past or side incident in a
    country the article names only in passing is still on the map."""
    return (best.population >= SMALL_PLACE and strong(name, best)
            and all(p.country == best.country and p.feature == "city" for p in candidates))


def _choose_variant(name: str, candidates: Sequence[Place], shares: dict[str, float], cue: bool) -> Place | None:
    """A spelling variant: only close spellings, in a country the article is mostly about."""
    close = [p for p in candidates if shares.get(p.country, 0.0) >= _variant_share(p, cue)
             and _close(name, p, cue and shares.get(p.country, 0.0) >= LOOSE_SHARE)]
    return max(close, key=lambda p: candidate_score(name, p, shares, cue)) if close else None


def _headline_word(text: str, start: int) -> bool:
    """A word of a headline-cased line with no locative before it: capitals there mark no
    names, so a one-word spelling variant needs "in", "on" or "near" before it."""
    return title_case(line_at(text, start)) and not LOCATIVE.search(text[max(0, start - 40):start])


def _variant_share(place: Place, cue: bool) -> float:
    """The country share a spelling variant needs: a cue ("the villages of") lowers it for towns,
    not for villages, whose loose keys collide across countries ("Zaytan" is no Zaton of a
    country named for its jets)."""
    return MAIN_SHARE if cue and place.population >= SMALL_PLACE else LOOSE_SHARE


@lru_cache(maxsize=1024)
def title_case(line: str) -> bool:
    """A headline-style line, where capitals do not mark names."""
    words = re.findall(r"[A-Za-z]{4,}", line)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.6


def line_at(text: str, offset: int) -> str:
    start, end = text.rfind("\n", 0, offset) + 1, text.find("\n", offset)
    return text[start:end if end >= 0 else len(text)]
