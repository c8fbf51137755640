"""Places: capitalised name runs looked up in the gazetteer, filtered, disambiguated.

Why these rules: a cheap detector (place_candidates.py: capitalised token runs, with lowercase
Arabic article prefixes such as "al-" or "ez-" inside) finds every candidate; the normalised
index (gazetteer.py) absorbs spelling variation; place_cues.py says where a place is expected.
What remains is precision, in steps that this module runs in order (`_resolved`):

1. place_runs.py: runs with their gazetteer names, less the names of people and bodies (inside
   a known actor alias, "Aleppo-based", "Hassan said", the surname of "Bashar al-Assad");
2. country_names.py: the countries the article names, by name, alias or demonym ("Syrian");
   place_choice.country_shares adds the big cities named and gives each country's share;
3. place_choice.py: for each name, the entry it means, if any: not a common word the article
   also writes in lower case, in a country the article is about, a spelling variant only when
   close to the gazetteer's own name; the score prefers named countries, big cities, closer
   spellings and larger populations;
4. here, run by run: a name inside a longer capitalised run whose other words are neither
   places nor place words ("Palmyra Coordination Committee", "President Assad") is an
   organisation or a person, not a place, unless the run is a list of places whose commas
   were lost ("the towns of A B C", place_lists.py) or names a facility; adjacent words that
   resolve to different countries are one unknown name;
5. place_nearby.py and place_evidence.py, over the whole article: a village found only among
   unknown names must lie near the article's other places, and small towns must be named once
   where a place is expected ("in X", "captured X", "the village of X", or in a list after
   another place); then every mention counts.

Demonyms ("Syrian") and peoples ("Sunni") are never places, and all-caps words resolve to
countries only ("UK"), never to towns ("NNA", "NGO") (place_candidates.py). Demonyms are not
emitted as places (a decision: "Syrian army" is an actor, not a mention of Syria).

`resolve_place(name)` returns a PlaceFact whose evidence fields describe the name itself.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rashomon.extract.country_names import country_mentions
from rashomon.extract.gazetteer import Place, lookup
from rashomon.extract.place_candidates import BIG_CITY, PLACE_WORDS, Hit, never_place
from rashomon.extract.place_choice import (
    LOOSE_SHARE,
    SMALL_PLACE,
    candidate_score,
    choose,
    country_shares,
    line_at,
    strong,
    title_case,
)
from rashomon.extract.place_cues import CUE_AFTER
from rashomon.extract.place_evidence import with_evidence
from rashomon.extract.place_lists import (
    ListSupport,
    drop_name_heads,
    facility_after,
    list_items,
    unknown_names_list,
    unnamed_countries_dropped,
)
from rashomon.extract.place_nearby import near_others
from rashomon.extract.place_runs import Run, find_runs
from rashomon.extract.sentences import sentence_at
from rashomon.model import Article, PlaceFact, Sentence

# Weight of a town or region against a country name when finding the country a story is set in.
PLACE_WEIGHT = 2


def _accepted(text: str, run: Run, shares: dict[str, float], lower_words: set[str],
              support: ListSupport) -> list[tuple[Hit, Place]]:
    chosen = [(hit, choose(text, hit, shares, lower_words)) for hit in run.hits]
    kept = [(hit, place) for hit, place in chosen if place is not None]
    items = list_items(text, run.tokens, kept, support)
    if items:
        return items
    kept = drop_name_heads(text, run.tokens, kept, _needs_evidence)
    if len({place.country for _, place in kept if place.feature != "country"}) > 1:
        kept = unnamed_countries_dropped(text, run.tokens, kept, support)
    if len({place.country for _, place in kept if place.feature != "country"}) > 1:
        return []  # "Karaj al-Hajz": adjacent words resolving to different countries are one unknown name
    covered = set(run.masked).union(*(range(h.first, h.last) for h, _ in kept))
    for k, (start, end) in enumerate(run.tokens):
        word = text[start:end]
        if k in covered or word.lower() in PLACE_WORDS or never_place(word):
            continue
        # "Palmyra Coordination Committee", "President Assad": not a place (unless a headline)
        if title_case(line_at(text, start)) or facility_after(text, run.tokens, k, kept, support):
            return kept
        return unknown_names_list(text, run.tokens, kept, support, lower_words)
    return kept


def _list_support(shares: dict[str, float]) -> ListSupport:
    return ListSupport(shares, LOOSE_SHARE, strong, _needs_evidence)


def find_places(article: Article, sentences: list[Sentence]) -> list[PlaceFact]:
    """Every place mention of the article resolved to a gazetteer entry, in order."""
    text = article.text
    facts = []
    for hit, place in _resolved(text):
        sentence = sentence_at(sentences, hit.start)
        facts.append(_fact(article.id, text, hit.start, hit.end, sentence.text if sentence else "", place))
    return facts


def main_country(text: str) -> str:
    """The ISO code of the country the text is set in: places below country level count twice,
    country names once ("Russia said" ten times does not move a story out of Aleppo)."""
    counts: Counter[str] = Counter()
    for _, place in _resolved(text):
        counts[place.country] += 1 if place.feature == "country" else PLACE_WEIGHT
    return max(counts, key=lambda iso: (counts[iso], iso)) if counts else ""


@lru_cache(maxsize=128)  # per article: must outlast a turn of 32 interleaved articles (workers.py)
def _resolved(text: str) -> tuple[tuple[Hit, Place], ...]:
    """Accepted (hit, place) pairs in text order; cached so actors can ask for the country."""
    runs, surnames = find_runs(text)
    named = country_mentions(text)
    shares = country_shares(text, runs, named)
    surnames = {name for name in surnames if not _home_city(name, shares)}
    lower_words = set(re.findall(r"\b[a-z]+\b", text)) | surnames
    support = _list_support(shares)
    kept = sorted((pair for run in runs for pair in _accepted(text, run, shares, lower_words, support)),
                  key=lambda pair: pair[0].start)
    kept = near_others(text, kept, BIG_CITY)
    return tuple(with_evidence(text, kept, named, support, SMALL_PLACE))


def _home_city(key: str, shares: dict[str, float]) -> bool:
    """A big city of a country the article is mostly about, spelled as its own name: the last
    word of a headline-cased run ("Bombs Hit Aleppo") is that city, not someone's surname."""
    candidates, how = lookup(key)
    return how == "exact" and any(
        p.feature == "city" and p.population >= BIG_CITY and shares.get(p.country, 0.0) >= LOOSE_SHARE
        and strong(key, p) for p in candidates)


def _needs_evidence(text: str, hit: Hit, place: Place) -> bool:
    if place.feature == "country":
        return False
    return place.population < BIG_CITY or not strong(text[hit.start:hit.end], place)


def _fact(article_id: str, text: str, start: int, end: int, sentence: str, place: Place) -> PlaceFact:
    feature = place.feature
    if feature == "city" and CUE_AFTER.match(text, end):
        feature = "region"  # "Idlib province": the region named after (and located at) its seat
    return PlaceFact(
        article_id=article_id,
        start=start,
        end=end,
        text=text[start:end],
        sentence=sentence,
        name=place.name,
        geonameid=place.geonameid,
        country=place.country,
        feature=feature,
        latitude=place.latitude,
        longitude=place.longitude,
    )


def resolve_place(name: str, country_hint: str = "") -> PlaceFact | None:
    """The gazetteer entry for a bare name (exact, loose, then fuzzy spelling), or None.

    Returns a PlaceFact whose evidence fields describe `name` itself (article_id "",
    offsets 0..len(name), sentence ""), so callers get one record type for places.
    `country_hint` (ISO alpha-2) prefers candidates in that country.
    """
    candidates, _ = lookup(name, fuzzy=True)
    if not candidates:
        return None
    context = {country_hint.upper(): 1.0} if country_hint else {}
    best = max(candidates, key=lambda p: candidate_score(name, p, context, False))
    return _fact("", name, 0, len(name), "", best)


def top_place(places: list[PlaceFact]) -> PlaceFact | None:
    """The most often named place below country level, preferring the most-named country's
    places (ties: the earliest); else the top country.

    Why: a rough "where did it happen" for grouping and maps; "Moscow said" in a Syrian story
    should not outrank the Syrian town it is about.
    """
    if not places:
        return None
    countries = Counter(p.country for p in places)
    for level in (("city", "region"), ("country",)):
        pool = [p for p in places if p.feature in level]
        if pool:
            counts = Counter(p.geonameid or p.name for p in pool)
            return min(pool, key=lambda p: (-countries[p.country], -counts[p.geonameid or p.name], p.start))
    return None
