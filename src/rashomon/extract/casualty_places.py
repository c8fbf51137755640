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
never names. A neighbourhood or village the gazetteer lacks is taken as written when a
settlement noun says it is one ("on X neighbourhood in Aleppo": X, the place inside;
casualty_area_names.py), and casualty_place_map.py collects which place of the article lies
in which, so that a headline's "in Aleppo" is not taken for a second incident beside the
body's "X neighbourhood of Aleppo" (casualty_area_names.outer_place).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from rashomon.extract.actors import canonical_actor
from rashomon.extract.casualty_area_names import (
    CALENDAR,
    area_name,
    named_areas,
    plain_spelling,
    settlement_noun,
    within,
)
from rashomon.extract.casualty_links import victim_classes
from rashomon.extract.casualty_sentences import title_case
from rashomon.extract.gazetteer import Place, lookup
from rashomon.extract.place_candidates import INSTITUTION_WORDS, PLACE_WORDS, never_place
from rashomon.extract.place_nearby import km
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
LOCATED_CACHE = 4_096  # (sentence, name span) answers of `located`: a few articles' worth
MIN_OWNER = 5  # shortest possessive read as a place's ("Homss" would be 5: "Homs" + s)
RUN_SIMILARITY = 75  # each word of a run of two places ("hasaka" ~ "al hasakah" 75)
MAX_NESTING = 3  # levels followed down from a place to the one inside it

# Lower-case words that may stand between a locative word and the name they place: a part
# of the place ("in central Damascus", "in the north-eastern X countryside") or who holds it
# ("in government-held west Aleppo").
_PLACE_MODIFIER = (r"(?:(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central"
                   r"|rural|downtown|[a-z]+-(?:held|controlled|run|besieged))\s+){0,2}")
# A locative word opens the sentence capitalised ("In Hama the army killed ...": a fronted
# place phrase); elsewhere a capitalised "In" is a headline's Title Case, left to its own rules.
_PLACE_CUE = re.compile(
    r"(?:\b(?:in|near|at|outside|around|across|from|of|into|on)|^(?:In|Near|At|Outside|Around|Across|From|On))\s+"
    r"(?:the\s+)?" + _PLACE_MODIFIER +
    r"(?:(?:towns?|villages?|cit(?:y|ies)|neighbou?rhoods?|districts?|suburbs?)\s+of\s+)?"  # "in the towns of X"
    r"((?:(?:al|el|ad|ar|as|ash|az|ez|ed)-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|ad|ar|as|az|ez)-)?[A-Z][\w'’-]+){0,3})"
)
# Ayn and hamza as transliterations write them (modifier letters, turned commas, apostrophes).
_AYN_HAMZA = re.compile("[\u02bb\u02bc\u02be\u02bf\u2018\u2019'`]")
_PARENTHESES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def figure_place(sentence: str, figure: tuple[int, int], country: str, countries: frozenset[str] = frozenset()) -> str:
    """The place named nearest to the figure after a locative word, or before a settlement
    noun (casualty_area_names.py), as the gazetteer names it, else as written when a
    settlement noun says it is one; of a place the sentence says another lies in ("X
    neighbourhood in Aleppo"), the one inside. "" when the sentence names none that passes
    the checks of the module docstring. `country` is the article's main country, `countries`
    all those it names."""
    asides = [m.span() for m in _PARENTHESES.finditer(sentence)]
    for anchor, start, end in sorted(name_spans(sentence), key=lambda c: abs(c[0] - figure[0])):
        name = sentence[start:end]
        if start < figure[1] and end > figure[0]:
            continue  # "at Least 12": a word of the figure itself
        if any(a <= anchor < b for a, b in asides) or name.isupper():
            continue  # an aside; an acronym ("nationals of CIS states") names a bloc or a group, not a town
        if institution_part(sentence, name, end):
            continue
        if figure[0] > end and armed_posted_before(sentence, anchor):
            continue  # "terrorists positioned in X fired shells ... injuring three": where the shooters are
        if speaker_seat(sentence, anchor, end):
            continue  # "... the defence ministry in X said": where the source sits, not where it happened
        place = _place_at(sentence, start, end, country, countries)
        if place:
            return _innermost(place, start, place_parts(sentence, country, countries))
    return ""


def _innermost(place: str, start: int, pairs: tuple[tuple[str, str, int], ...]) -> str:
    """The place the sentence names inside the one named at `start` ("X neighbourhood in the
    Old City in Damascus": X for Damascus), followed down while there is exactly one."""
    inner = {i for i, _, at in pairs if at == start}
    if len(inner) != 1:
        return place
    place = inner.pop()
    for _ in range(MAX_NESTING):
        deeper = {i for i, outer, _ in pairs if outer == place}
        if len(deeper) != 1:
            return place
        place = deeper.pop()
    return place


@lru_cache(maxsize=LOCATED_CACHE)
def place_parts(sentence: str, country: str, countries: frozenset[str]) -> tuple[tuple[str, str, int], ...]:
    """(inner, outer, start of the outer name) of the places a sentence names one inside
    another ("X neighbourhood in Aleppo city"; casualty_area_names.within), or with the
    outer one as its owner ("Aleppos X district"); none in a Title Case headline, where a
    run of capitals may reach into the next clause ("Kills Commander in Hama Repels Attack in
    Idlib"). Memoised: each figure of a sentence asks, and the article's place map again."""
    if title_case(sentence):
        return ()
    spans = [(start, end) for _, start, end in name_spans(sentence)]
    nations: dict[str, str] = {}

    def place_at(start: int, end: int) -> str:
        place, nation = located(sentence, start, end, country, countries)
        nations[place] = nation
        return place

    pairs = within(sentence, spans, place_at)
    for start, end in spans:
        owner = _owner(sentence[start:end], country)
        named = _named_place(owner, country) if owner else None
        if named and (inner := place_at(start, end)):
            pairs.append((inner, owner, start))
            nations[owner] = named[1]
    return tuple((inner, outer, at) for inner, outer, at in pairs
                 if not nations.get(inner) or nations.get(outer) in (None, "", nations[inner]))


@lru_cache(maxsize=LOCATED_CACHE)
def located(sentence: str, start: int, end: int, country: str, countries: frozenset[str]) -> tuple[str, str]:
    """(place, its country) of sentence[start:end] as `_place_at` reads it; the country is ""
    for a name taken as written (the gazetteer lacks it, so its country is unknown). A pure
    function, memoised: an article's places are read for its figures and again for which
    place lies in which (casualty_place_map.article_place_parts), name by name."""
    name = sentence[start:end]
    if all(word.lower() in PLACE_WORDS for word in name.split()):
        return "", ""  # "the Old City": a part of any city, whatever town a gazetteer spells so
    named = _gazetteer_place(sentence, name, country, countries)
    if not named and settlement_noun(sentence, start, end) and (first := _run_of_places(name, country)):
        named = _gazetteer_place(sentence, first, country, countries)
    if named:
        return named
    return _place_at(sentence, start, end, country, countries), ""


def _place_at(sentence: str, start: int, end: int, country: str, countries: frozenset[str]) -> str:
    """The place sentence[start:end] names: the gazetteer's, else as written (area_name), a
    possessive owner left out ("Aleppos X district": X)."""
    name = sentence[start:end]
    if named := _gazetteer_place(sentence, name, country, countries):
        return named[0]
    words = name.split()
    if _owner(name, country):
        start = sentence.index(words[1], start + len(words[0]))
    if settlement_noun(sentence, start, end) and (first := _run_of_places(name, country)):
        return _place_at(sentence, start, start + len(first), country, countries)
    place = area_name(sentence, start, end, country)
    return "" if place and _demonym(place, country) else place


DEMONYM_ENDINGS = ("ian", "an", "ese", "ite", "i")  # "Damascan", "Aleppan", "Homsi"
MIN_STEM = 5  # letters of a stem read as the start of a place name ("Damasc")


def _demonym(name: str, country: str) -> bool:
    """Whether a one-word name is a people's or a place's adjective ("the Damascan suburb"):
    without its ending it begins the name of a place the gazetteer knows, and it is not
    itself that name."""
    if " " in name:
        return False
    for ending in DEMONYM_ENDINGS:
        stem = _plain(name[: -len(ending)]) if name.lower().endswith(ending) else ""
        if len(stem) < MIN_STEM:
            continue
        place = resolve_place(stem, country_hint=country)
        if place and _plain(place.name).startswith(stem) and _plain(place.name) != _plain(name):
            return True
    return False


def _run_of_places(name: str, country: str) -> str:
    """The first word of a name of two words that are two places the gazetteer knows run
    together ("the city of X Y", X a town and Y its province): each word alone names one of
    one country, spelled near the gazetteer's ("Hasaka" ~ "Al Ḩasakah"); "" for any other name."""
    words = name.split()
    named = [_named_place(w, country) for w in words] if len(words) == 2 else []
    if named and all(n and n[2] >= RUN_SIMILARITY for n in named) and named[0][1] == named[1][1]:
        return words[0]
    return ""


@lru_cache(maxsize=NAME_CACHE)
def _owner(name: str, country: str) -> str:
    """The place a name's first word names as the owner of the rest ("Aleppos X district",
    "Homs X neighbourhood": X lies in it): a possessive without its apostrophe, or a place's
    exact name, in the article's country, before a rest the gazetteer does not know ("Wadi"
    is a town's name elsewhere, not the owner of "Wadi Nasim district"); "" otherwise."""
    words = name.split()
    if len(words) < 2:
        return ""
    if owner := _possessive_owner(words[0], country):
        return owner
    first = _named_place(words[0], country)
    if not (first and first[2] >= EXACT_NAME and first[1] == country):
        return ""
    rest = _named_place(" ".join(words[1:]), country)  # looked up only now: most runs end above
    return "" if rest and rest[2] >= MIN_PLACE_SIMILARITY else first[0]


def _possessive_owner(word: str, country: str) -> str:
    """The place or country a word names in the possessive written without its apostrophe
    ("Aleppos", "Syrias"): its stem names it, and the word itself is no place's exact name
    ("Damascus") nor names another place; "" otherwise."""
    if not word.endswith("s") or len(word) < MIN_OWNER:
        return ""
    owner = resolve_place(word[:-1], country_hint=country)
    if owner is None or fuzz.ratio(_plain(word[:-1]), _plain(owner.name)) < MIN_PLACE_SIMILARITY:
        return ""
    itself = _named_place(word, country)
    if itself and (itself[2] >= EXACT_NAME or (itself[2] >= MIN_PLACE_SIMILARITY and itself[0] != owner.name)):
        return ""  # "Damascus" is spelled as its own name
    return owner.name


@lru_cache(maxsize=LOCATED_CACHE)
def name_spans(sentence: str) -> tuple[tuple[int, int, int], ...]:
    """(anchor, start, end) of the names that may be a figure's place: after a locative word
    (anchored at that word) and before a settlement noun (anchored at the name). Memoised
    with `place_parts`, which reads them for the same sentence."""
    found = [(m.start(), m.start(1), m.end(1)) for m in _PLACE_CUE.finditer(sentence)]
    taken = {(start, end) for _, start, end in found}
    return tuple(found + [(start, start, end) for start, end in named_areas(sentence) if (start, end) not in taken])


def _gazetteer_place(sentence: str, name: str, country: str, countries: frozenset[str]) -> tuple[str, str] | None:
    """(gazetteer name, its country) for a name, when it resolves close enough and, for a
    town of a country the article never names, spelled exactly (and not in a Title Case
    headline); None otherwise. A name the gazetteer lists among the entry's own spellings,
    in the article's country, is close enough however far it is from the entry's main name
    ("Raqqa", "Ar Raqqah"): the distance guards the spellings the index had to bend."""
    named = _named_place(name, country) or _headline_prefix_place(sentence, name, country)
    if named is None:
        return None
    resolved, resolved_country, similarity = named
    if resolved_country == country and lookup(name, fuzzy=True)[1] == "exact":
        return resolved, resolved_country  # one of the entry's own spellings: "Raqqa" of "Ar Raqqah"
    foreign = countries and resolved_country not in countries  # "Manyan" read as a town in China
    if similarity < MIN_PLACE_SIMILARITY or (foreign and (similarity < 100 or title_case(sentence))):
        return None  # in a Title Case headline a capital is no sign of a name ("Kills Four in Hometown of")
    return resolved, resolved_country


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


# A body just before a locative word ("the ministry in", "the embassy at"), and a verb of
# saying just after the name it places ("... X said", "X announced").
_BODY_BEFORE_CUE = re.compile(r"\b([A-Za-z]+)\s+$")
_SAID_AFTER = re.compile(r"\s+(?:said|says|say|told|announced|reported|stated|added)\b")


def speaker_seat(sentence: str, cue: int, end: int) -> bool:
    """Whether the name ending at `end`, after the locative word at `cue`, says where the
    body giving the figure sits ("the defence ministry in X said 60 fighters were killed"):
    an institution noun before the locative word and a verb of saying after the name. Such
    a place is where the report came from, like a dateline, not where the figure happened."""
    body = _BODY_BEFORE_CUE.search(sentence, max(0, cue - 30), cue)
    if body is None or body.group(1).lower() not in INSTITUTION_WORDS:
        return False
    return _SAID_AFTER.match(sentence, end) is not None


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
    if name.split()[0].lower() in CALENDAR or canonical_actor(name, country=country) is not None:
        return None
    resolved = resolve_place(name, country_hint=country)
    if resolved is None or resolved.feature == "country":
        return None
    return resolved.name, resolved.country, fuzz.ratio(_plain(name), _plain(resolved.name))


def _plain(name: str) -> str:
    """Lowercase, accents and punctuation dropped: "Khān Shaykhūn" -> "khan shaykhun". The
    marks transliterations write for ayn and hamza ("Dar‘ā") are letters, not word breaks:
    they are dropped, so "Daraa" is as near "Dar‘ā" as its spelling allows."""
    return plain_spelling(_AYN_HAMZA.sub("", name))


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


# A town this close to a larger town the article names is, for telling figures apart, within it:
# wire copy puts an incident in a suburb under the city ("near Damascus" for Douma, 10 km out;
# Harasta and Kafr Batna lie 5-10 km out). Province seats and separate towns lie farther apart
# (Homs-Hama about 40 km, Idlib-Aleppo 60 km), so figures there stay two. A larger name that
# the article writes as a province is left out by the caller (casualties._named_province).
SUBURB_KM = 25


def larger_place_near(place: str, others: set[str], country: str) -> str:
    """The most populous of `others` that is larger than `place` and lies within SUBURB_KM of it,
    else "". Why: a headline's "42 dead near Damascus" and the body's "42 killed in Douma" are one
    figure; only the gazetteer says that Douma lies by Damascus, and "near Aleppo" against
    "in Idlib" (60 km) are two places."""
    inner = _gazetteer_entry(place, country)
    if inner is None:
        return ""
    near = [(outer.population, other) for other in others if other != place
            and (outer := _gazetteer_entry(other, country)) is not None
            and outer.population > inner.population and km(inner, outer) <= SUBURB_KM]
    return max(near)[1] if near else ""


def province_seat(places: tuple[str, ...], provinces: set[str], country: str) -> str:
    """The first of `provinces` (places the article writes as provinces) whose gazetteer entry
    lies in the same first-level division as the first of `places` with an entry, and is larger,
    else "". Why: "70 killed in Homs" in a headline and "70 killed in the camp at Taloul, near
    Sukhnah" in the body are one figure when the article calls Homs a province and Sukhnah lies
    in it; the seat can be 150 km off, beyond SUBURB_KM, so only the division tells."""
    inner = next((entry for place in places if place and (entry := _gazetteer_entry(place, country))), None)
    if inner is None or not inner.admin1:
        return ""
    for province in sorted(provinces):
        outer = _gazetteer_entry(province, country)
        if outer is not None and outer.admin1 == inner.admin1 and outer.population > inner.population:
            return province
    return ""


@lru_cache(maxsize=NAME_CACHE)
def _gazetteer_entry(name: str, country: str) -> Place | None:
    """The gazetteer entry (with population and position) a casualty place name resolves to in
    the article's country; None for none, a country, or an entry of another country."""
    resolved = resolve_place(name, country_hint=country)
    if resolved is None or resolved.feature == "country" or resolved.country != country:
        return None
    candidates, _ = lookup(name, fuzzy=True)
    return next((p for p in candidates if p.geonameid == resolved.geonameid and p.name == resolved.name), None)
