"""Which place of an article lies in which: the map a figure's place is read against.

A figure placed in "X neighbourhood" and one placed in "Aleppo" may be one figure (the
headline names the city, the body its neighbourhood) or two (two neighbourhoods, two
incidents); only the article says which place lies in which. So every sentence's places are
read once per article (casualty_places.located, memoised with the figures' own reading) and
filed by the place they lie in (casualty_area_names.PlaceParts); casualty_area_names.as_spelled
and outer_place read the map.
"""

from __future__ import annotations

import re
from collections import Counter

from rashomon.extract.casualty_area_names import PlaceParts, same_spelling, settlement_noun
from rashomon.extract.casualty_places import (
    armed_posted_before,
    institution_part,
    located,
    name_spans,
    place_parts,
)

# Settlement nouns of a part of a city or district, not of a city itself.
_PARTS = frozenset({"neighbourhood", "neighborhood", "district", "quarter", "suburb", "area", "village", "camp"})
# Where an article's text breaks into sentences well enough to read "X in P" (no parse needed).
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")


def article_place_parts(text: str, country: str, countries: frozenset[str]) -> PlaceParts:
    """Every place an article names inside another ("X neighbourhood in Aleppo"), by the
    outer place: what a mention naming only the outer one may mean. A neighbourhood or village
    the gazetteer lacks, named without the place it lies in ("shells fell on X neighbourhood"),
    is filed as loose under the last gazetteer place named in its sentence (before it, else
    after it: "X neighbourhood of the city of Aleppo") or in the one before, else under the
    headline's (wire copy names the city, then its neighbourhoods; a headline names the city
    its body details), when that place lies in the country most of the article's places lie
    in ("the ministry in Moscow said" names no city of a Syrian story). A place the gazetteer
    knows is never loose: it is where it is, not a part of whatever came before. Where armed
    people are posted and names of bodies do not count."""
    parts = PlaceParts()
    spellings: list[str] = []
    sentences = [_sentence_places(sentence, country, countries) for sentence in _SENTENCE_BREAK.split(text)]
    nations = Counter(nation for _, found in sentences for _, _, nation in found if nation)
    home = max(nations, key=lambda n: (nations[n], n == country)) if nations else country
    headline = next((place for place, _, nation in sentences[0][1] if nation == home), "") if sentences else ""
    last, previous = "", ""  # the last home place of this sentence, and of the one before
    for pairs, found in sentences:
        previous, last = last, ""
        for inner, outer, _ in pairs:
            parts.named.setdefault(outer, set()).add(same_spelling(inner, spellings))
        placed = {inner for inner, _, _ in pairs}
        after = [place for place, _, nation in found if nation == home]
        for place, part, nation in found:
            if nation == home:
                after.pop(0)
            outer = last or (after[0] if after else "") or previous or headline
            if not nation:
                if part and place not in placed and outer and place != outer:
                    parts.loose.setdefault(outer, set()).add(same_spelling(place, spellings))
            elif nation == home:
                last = place
    inside = {inner for inners in parts.named.values() for inner in inners}
    parts.loose = {outer: inners - inside for outer, inners in parts.loose.items()}
    return parts


def _sentence_places(sentence: str, country: str, countries: frozenset[str]
                     ) -> tuple[tuple[tuple[str, str, int], ...], list[tuple[str, bool, str]]]:
    """A sentence's places one inside another (`place_parts`), and (place, whether a noun
    of a part follows or precedes it, its country or "" for a name as written) of every name
    it gives a place, in order; where armed people are posted and names of bodies left out.
    A name with a noun of a part is a part of a place of the article's country, whatever town
    of another country the gazetteer spells so: its country is ""."""
    found = []
    for anchor, start, end in sorted(name_spans(sentence), key=lambda c: c[1]):
        if institution_part(sentence, sentence[start:end], end) or armed_posted_before(sentence, anchor):
            continue
        place, nation = located(sentence, start, end, country, countries)
        part = settlement_noun(sentence, start, end) in _PARTS
        if part and nation and nation != country:
            nation = ""  # "the Sulaymaniyah neighbourhood" of a Syrian city, not the Iraqi city of that name
        if place:
            found.append((place, part, nation))
    return place_parts(sentence, country, countries), found
