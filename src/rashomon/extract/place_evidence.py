"""Evidence for small places: named once where a place is expected, and not a namesake.

Why a module of its own: after place_choice.py has chosen a gazetteer entry for every name, the
article as a whole decides which entries stand. A village (or a name matched only through a
spelling variant) stands when at least one of its mentions is where a place is expected (one
sense per article), and falls when the text itself says it is elsewhere: a neighbourhood of
a city far away, or "in"/"north of" a place far away (place_nearby.py). The spelling and
evidence tests of place_choice.py and places.py come in as a place_lists.ListSupport.
"""
from __future__ import annotations

from collections import Counter

from rashomon.extract.gazetteer import Place
from rashomon.extract.place_cues import listed_before, named_as_neighbourhood, place_expected
from rashomon.extract.place_lists import ListSupport, Pairs
from rashomon.extract.place_nearby import far_from_container, far_quarters, in_near_container


def with_evidence(text: str, kept: Pairs, named: dict[str, int], support: ListSupport, small: int) -> Pairs:
    """Small places named at least once where a place is expected ("in X", "the town of X",
    "captured X", listed next to another such place, or put in a nearby town or province of the
    article: "X in Aleppo"), then every mention of them (one sense per
    article). Why: villages share names with people and words ("Foley", "Among", "Early"). A name
    the article writes as a neighbourhood's, resolved to a town far from the article's other
    places, is a namesake and no place anywhere in it (place_nearby.far_quarters); so is a
    place the text puts in or near another one far away (far_from_container, for villages of
    fewer than `small` people). `named`: the countries the article names (country_mentions)."""
    needs_evidence, strong = support.needs_evidence, support.strong
    evidenced: set[tuple[str, str]] = set()
    ends: set[int] = set()
    town_ends: dict[int, str] = {}  # end of an evidenced town -> its country
    possessors = {hit.end for hit, place in kept if place.feature in ("country", "region")}
    needy = [needs_evidence(text, hit, place) for hit, place in kept]  # asked once per mention
    containers = {hit.start: place for (hit, place), weak in zip(kept, needy, strict=True)
                  if place.feature != "country" and not weak}
    for (hit, place), weak in zip(kept, needy, strict=True):
        spaced = strong(text[hit.start:hit.end], place)  # lists without commas: exact spellings only
        if hit.listed or not (weak or _unnamed_country(place, named)) or place_expected(
                text, hit.start, hit.end, ends, spaced, possessors) or (
                spaced and _after_town(text, hit.start, town_ends, place.country)) or (
                in_near_container(text, hit, place, containers)):
            evidenced.add((place.name, place.country))
            ends.add(hit.end)
            if place.feature == "city":
                town_ends[hit.end] = place.country
    starts = {hit.start for hit, place in kept if (place.name, place.country) in evidenced}
    for hit, place in reversed(kept):  # "A and B towns": A is listed before evidenced B
        if (place.name, place.country) not in evidenced and listed_before(text, hit.end, starts):
            evidenced.add((place.name, place.country))
            starts.add(hit.start)
    quarters = _quarters(text, kept, named, support) if "eighbo" in text else set()  # neighbo(u)rhood
    quarters |= far_from_container(text, kept, lambda hit, place: needs_evidence(text, hit, place), small)
    return [(hit, place) for hit, place in kept if (place.name, place.country) in evidenced - quarters]


def _quarters(text: str, kept: Pairs, named: dict[str, int], support: ListSupport) -> set[tuple[str, str]]:
    """Names written as a neighbourhood's and resolved to a town far away (far_quarters): places
    that need evidence, and cities of a country the article never names but for its main one."""
    home = Counter(place.country for _, place in kept).most_common(1)[0][0] if kept else ""
    return far_quarters(text, kept, lambda hit, place: (
        support.needs_evidence(text, hit, place) or (place.country != home and _unnamed_country(place, named)))
        and named_as_neighbourhood(text, hit.start, hit.end))


def _unnamed_country(place: Place, named: dict[str, int]) -> bool:
    """A city of a country the article never names (nor its people): even a big one needs a
    place cue once ("talks in Geneva"), since such names are mostly namesakes ("the Salem
    mosque", "Aqareb es Safi", the "Sana" news agency)."""
    return place.feature == "city" and place.country not in named


def _after_town(text: str, start: int, town_ends: dict[int, str], country: str) -> bool:
    """Right after an evidenced town of the same country with only spaces between: an item of a
    list that lost its commas ("Homs Idlib Khan Sheikhun" in a tag line); callers ask it only
    for names spelled as the gazetteer's own."""
    gap = start
    while gap > 0 and text[gap - 1] in " \t":
        gap -= 1
    return gap < start and town_ends.get(gap) == country
