"""Where a village found only in a list of unknown names lies: near the article's other places.

Why a module of its own: place_lists.unknown_names_list accepts villages from runs like "in
Jisreen Kafr Batna and ..." on weaker evidence than elsewhere, and the gazetteer holds many
pop-0 villages of one name spread over a country. Such a village is kept only when it lies
near a place named otherwise in its sentence (else in the article), or is replaced by a
same-named village of its country that does; a cheap geometric check, no parse.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable

from rashomon.extract.gazetteer import Place
from rashomon.extract.place_candidates import Hit

# A small place found only in a list with unknown names must lie this close to another place the
# article names: a Syrian province is 100-200 km across, and the wrong homonyms seen on FA-KES
# lay 230-410 km from the article's places while the right ones lay 10-60 km from them.
NEAR_KM = 100
EARTH_KM = 6371.0
# A name written as a neighbourhood's ("the al-Midan neighbourhood") may still be a suburb the
# gazetteer lists as a town: kept when it lies this close to a place the article names otherwise
# (Kafr Batna is 10 km from Damascus; the namesakes seen on FA-KES lay 70-400 km away).
QUARTER_KM = 20
# "Hadar village in Quneitra", "Mansoura in rural Aleppo", "al-Maleh north of Aleppo": a village
# this far from the place the text puts it in (or near) is a namesake. Syrian provinces reach
# about 110 km from their seat (Jarabulus from Aleppo); the namesakes seen on FA-KES lay 148-450
# km away.
CONTAIN_KM = 120
MILE_KM = 1.609
_COMPASS = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_IN_CONTAINER = re.compile(
    r"(?:[ \t]+(?:town|village|city|area|region))?,?[ \t]+(?:in[ \t]+(?:the[ \t]+)?(?:(?:rural|central|"
    rf"{_COMPASS}(?:ern)?)[ \t]+)?(?:countryside[ \t]+of[ \t]+)?|(?:(\d+)[ \t]*(km|kilomet(?:er|re)s|miles)[ \t]+)?"
    rf"{_COMPASS}[ \t]+of[ \t]+(?:the[ \t]+(?:city|town)[ \t]+of[ \t]+)?)")
# How far from a name its sentence is looked for; longer sentences are cut (enough for a
# round-up sentence listing villages, short of a whole paragraph).
SENTENCE_REACH = 400
_SETTLEMENT_AFTER = re.compile(r"[ \t]+(?:town|city|village)\b")
_SENTENCE_END = re.compile(r"\n|\s[.!?]")  # searched in reversed text
_SENTENCE_END_AHEAD = re.compile(r"\n|[.!?](?:\s|$)")


def near_others(text: str, kept: list[tuple[Hit, Place]], big_city: int) -> list[tuple[Hit, Place]]:
    """Places found only in lists with unknown names, kept when they lie near a place named
    otherwise in their sentence (else in the article), or replaced by a same-named candidate of
    their country and name that does. Why: such villages are mostly pop-0 homonyms spread over the
    country ("al-Mallah" near Aleppo is not the Malah of Suwayda), and round-up reports name
    every province in one paragraph, so the sentence is the better context."""
    if not any(hit.near_needed for hit, _ in kept):
        return kept
    anchors = [(hit.start, p) for hit, p in kept
               if not hit.near_needed and p.feature != "country" and p.latitude is not None]
    out = []
    for hit, place in kept:
        if hit.near_needed and place.population < big_city:
            start, end = _sentence_bounds(text, hit.start)
            near = [a for at, a in anchors if start < at < end] or [a for _, a in anchors]
            place = next((c for c in (place, *hit.candidates) if c.country == place.country
                          and c.name == place.name and any(km(c, a) <= NEAR_KM for a in near)), None)
        if place is not None:
            out.append((hit, place))
    return out


def far_quarters(text: str, kept: list[tuple[Hit, Place]],
                 is_quarter: Callable[[Hit, Place], bool]) -> set[tuple[str, str]]:
    """(name, country) of the places that some mention writes as a neighbourhood (`is_quarter`)
    and that lie more than QUARTER_KM from every other town or region the article names: the
    gazetteer found a namesake, not the neighbourhood. A mention followed by "town" or "city"
    ("the old neighbourhoods of Izraa town") names the place that holds the neighbourhoods."""
    marked = {(p.name, p.country) for hit, p in kept
              if is_quarter(hit, p) and not _SETTLEMENT_AFTER.match(text, hit.end)}
    if not marked:
        return set()
    others = [p for _, p in kept if (p.name, p.country) not in marked and p.feature != "country"]
    return {(p.name, p.country) for _, p in kept if (p.name, p.country) in marked
            and not any(km(p, other) <= QUARTER_KM for other in others)}


def far_from_container(text: str, kept: list[tuple[Hit, Place]], weak: Callable[[Hit, Place], bool],
                       small: int) -> set[tuple[str, str]]:
    """(name, country) of places that need evidence (`weak`) and that the text puts in another
    place lying in another country ("Orem in Aleppo governorate") or, for villages of fewer than
    `small` people, more than CONTAIN_KM away ("Hadar village in Quneitra", "Mansoura in rural
    Aleppo", "al-Maleh north of Aleppo"): the gazetteer found a namesake elsewhere."""
    starts = {hit.start: p for hit, p in kept if p.feature != "country"}
    far = set()
    for hit, place in kept:
        gap = _IN_CONTAINER.match(text, hit.end)
        container = starts.get(gap.end()) if gap else None
        if container is None or not weak(hit, place):
            continue
        if container.country != place.country or (
                place.population < small and _reach(gap) < km(place, container) < math.inf):
            far.add((place.name, place.country))
    return far


def in_near_container(text: str, hit: Hit, place: Place, containers: dict[int, Place]) -> bool:
    """The text puts the place in (or near) a container of its own country that lies within
    reach ("al-Bab in Aleppo", "Kafr Nabl in Idlib province", "Tall Rifat north of Aleppo"):
    where a place is expected, and the converse of far_from_container. `containers`: start
    offset -> a town or region of the article that needs no evidence itself. Why: a village
    named once, right before the province or city that holds it, gets no other cue when the
    list before it lost its commas or holds names the gazetteer lacks."""
    gap = _IN_CONTAINER.match(text, hit.end)
    container = containers.get(gap.end()) if gap else None
    return (container is not None and container.country == place.country
            and km(place, container) <= _reach(gap))


def _reach(gap: re.Match[str]) -> float:
    """How far from its container a place may lie: CONTAIN_KM, or the stated distance ("280 km
    north-east of Damascus") with half again as much for road against straight-line distance."""
    if gap.group(1) is None:
        return CONTAIN_KM
    stated = float(gap.group(1)) * (MILE_KM if gap.group(2) == "miles" else 1.0)
    return max(CONTAIN_KM, 1.5 * stated)


def _sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    """The sentence around `offset`, cut at line breaks and sentence-final stops (cheap: the
    article's Sentence list is not at hand where places are resolved)."""
    before = _SENTENCE_END.search(text[max(0, offset - SENTENCE_REACH):offset][::-1])
    start = offset - before.start() if before else max(0, offset - SENTENCE_REACH)
    after = _SENTENCE_END_AHEAD.search(text, offset, offset + SENTENCE_REACH)
    return start, after.start() if after else min(len(text), offset + SENTENCE_REACH)


def km(place: Place, other: Place) -> float:
    """Great-circle distance between two places, in kilometres."""
    if place.latitude is None or place.longitude is None or other.latitude is None or other.longitude is None:
        return math.inf
    p1, p2 = math.radians(place.latitude), math.radians(other.latitude)
    dlat, dlon = p2 - p1, math.radians(other.longitude - place.longitude)
    a = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(min(1.0, a)))
