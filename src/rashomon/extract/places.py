"""Places: capitalised name runs looked up in the gazetteer, filtered, disambiguated.

Why these rules: a cheap detector (place_candidates.py: capitalised token runs, with lowercase
Arabic article prefixes such as "al-" or "ez-" inside) finds every candidate; the normalised
index (gazetteer.py) absorbs spelling variation; place_cues.py says where a place is expected.
What remains here is precision:

* a name inside a longer capitalised run whose other words are neither places nor
  place words ("Palmyra Coordination Committee", "President Assad") is an organisation
  or a person, not a place; so are names inside a known actor alias ("Islamic State
  of Iraq"), "Aleppo-based"-style compounds, and the last word of a person's name
  ("Bashar al-Assad" makes a later "Assad" no place);
* demonyms ("Syrian") and peoples ("Sunni") are never places; demonyms give country context;
  all-caps words resolve to countries only ("UK"), never to towns ("NNA", "NGO");
* a single capitalised word that the article also uses in lower case ("Police" / "police")
  is a common word, unless a place cue ("the town of") precedes it;
* a town must lie in a country the article is about (its share of country mentions), and
  small towns must be named once where a place is expected ("in X", "captured X", "the
  village of X", or in a list after another place); then every mention counts;
* spelling variants (loose or fuzzy keys) must stay close to the gazetteer's own name;
* a run that is a list of places whose commas were lost ("the towns of A B C") keeps its
  places although some of its words resolve to nothing (place_lists.py).

Among candidates the score prefers places in countries the article is about, well-known big
cities, closer spellings, and larger populations. Demonyms are not emitted as places (a
decision: "Syrian army" is an actor, not a mention of Syria).

`resolve_place(name)` returns a PlaceFact whose evidence fields describe the name itself.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from rashomon.extract.actors import actor_spans
from rashomon.extract.country_names import country_mentions
from rashomon.extract.gazetteer import Place, get_index, lookup
from rashomon.extract.gazetteer_keys import exact_key, loose_key, vowel_key
from rashomon.extract.place_candidates import (
    BIG_CITY,
    MAX_TOKENS,
    NAME_RUN,
    PLACE_WORDS,
    Hit,
    acronym,
    gazetteer_hits,
    never_place,
    run_tokens,
)
from rashomon.extract.place_cues import (
    CUE_AFTER,
    LOCATIVE,
    cue_before,
)
from rashomon.extract.place_evidence import with_evidence
from rashomon.extract.place_lists import (
    ListSupport,
    drop_name_heads,
    facility_after,
    list_items,
    list_position,
    unknown_names_list,
)
from rashomon.extract.place_nearby import near_others
from rashomon.extract.sentences import sentence_at
from rashomon.model import Article, PlaceFact, Sentence

# An Arabic article glued onto a name ("Alraqqa", "Elbab"): not part of its first sound.
_GLUED_ARTICLE = re.compile(r"^[ae]l(?=[a-z]{4})")
_PERSON_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|stated|wrote|tweeted|quoted|(?:news[ \t]+)?agency)\b")
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
# Weight of a town or region against a country name when finding the country a story is set in.
PLACE_WEIGHT = 2
# Score weights: a named country outweighs ~4 orders of magnitude of population; a country
# record outweighs a same-named city (Jordan, Georgia) unless the city's country is named.
# A big city spelled as its own name gets W_BIG: news names Geneva (CH) unqualified, not the
# village of Geneva in a country the article also discusses.
W_CONTEXT, W_COUNTRY, W_CUE, W_SPELLING, W_BIG = 4.0, 3.0, 1.0, 2.0, 2.0


@dataclass
class _Run:
    """A capitalised token run and the gazetteer hits inside it."""

    tokens: list[tuple[int, int]]
    hits: list[Hit]
    masked: set[int]  # tokens inside a known actor's name


def _runs(text: str) -> tuple[list[_Run], set[str]]:
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
            runs.append(_Run(tokens, hits, masked))
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


def _country_shares(text: str, runs: list[_Run], named: dict[str, int]) -> dict[str, float]:
    """How much the article is about each country, as a share of the most-named one (0..1).

    Counts names and demonyms (`named`), plus one per big city named (exact spelling).
    """
    counts = Counter(named)
    for run in runs:
        for hit in run.hits:
            if hit.how == "exact":
                biggest = max(hit.candidates, key=lambda p: p.population)
                name = text[hit.start:hit.end]
                if biggest.feature == "city" and biggest.population >= BIG_CITY and _strong(name, biggest) and (
                        _same_initial(name, biggest)):  # "Barna" (an alternate name of Varna) is no Bulgaria
                    counts[biggest.country] += 1
    top = max(counts.values(), default=0)
    return {iso: n / top for iso, n in counts.items()}


def _score(name: str, place: Place, shares: dict[str, float], cue: bool) -> float:
    score = math.log10(max(place.population, UNKNOWN_POPULATION))
    score += W_CONTEXT * shares.get(place.country, 0.0)
    score += W_COUNTRY * (place.feature == "country")
    score += W_CUE * (cue and place.feature == "city")
    score += W_BIG * (place.population >= BIG_CITY and _strong(name, place))
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


def _strong(name: str, place: Place) -> bool:
    """Spelled like the gazetteer's own name (not only like one of its alternate names)."""
    return place.geonameid is not None and _similarity(name, place) >= STRONG_SIMILARITY


def _close(name: str, place: Place, cue: bool = False) -> bool:
    """Near enough in spelling for a loose or fuzzy match: long enough, similar (or the same
    once vowel spellings are folded by class: "Jebleh"/"Jablah", "Beiji"/"Bayji"), same first sound."""
    needed = LOOSE_MIN_SIMILARITY if len(loose_key(name)) >= LOOSE_MIN_LEN else STRONG_SIMILARITY
    needed -= CUE_SIMILARITY_RELIEF if cue else 0
    similar = _similarity(name, place) >= needed or (
        len(exact_key(name)) >= VOWEL_KEY_MIN_LEN and vowel_key(name) == vowel_key(place.name))
    return similar and _same_initial(name, place)


def _foreign_only(name: str, candidates: Sequence[Place], shares: dict[str, float]) -> bool:
    """Every exact candidate lies outside the article's main countries (and none is a country)."""
    if acronym(name) or any(p.feature == "country" and _strong(name, p) for p in candidates):
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


def _choose(text: str, hit: Hit, shares: dict[str, float], lower_words: set[str]) -> Place | None:
    """The best candidate for a hit, or None when the hit lacks support."""
    name = text[hit.start:hit.end]
    cue = cue_before(text, hit.start) or bool(CUE_AFTER.match(text, hit.end))
    if " " not in name and "-" not in name and name.lower() in lower_words and not cue:
        return None  # a common word: the article also writes it in lower case
    candidates, how = hit.candidates, hit.how
    if how == "exact" and _foreign_only(name, candidates, shares):
        local = _local_variant(name, shares)
        candidates, how = (local, "loose") if local else (candidates, how)
    if how in ("loose", "fuzzy"):
        variant = _choose_variant(name, candidates, shares, cue)
        if variant is not None and not cue and " " not in name and _headline_word(text, hit.start):
            return None  # "Coalition Kills 20": a capitalised verb of a headline, not "Kilis"
        return variant
    best = max(candidates, key=lambda p: _score(name, p, shares, cue))
    share = shares.get(best.country, 0.0)
    if _strong(name, best) and (best.feature in ("country", "region") or best.population >= BIG_CITY) and (
            share > 0 or _same_initial(name, best)):
        return best  # not "Barna" for Varna in a story that never names Bulgaria
    if best.population < SMALL_PLACE and share < LOOSE_SHARE and not cue:
        return None  # a village named like a word ("Tomahawk") in a country named only in passing
    if share > 0 and _unique_town(name, best, candidates) and LOCATIVE.search(text[max(0, hit.start - 40):hit.start]):
        return best  # "gassed at Halabja": a sizeable town, its own name, its country named
    return best if share >= MAIN_SHARE or (cue and share > 0) else None


def _unique_town(name: str, best: Place, candidates: Sequence[Place]) -> bool:
    """A town of SMALL_PLACE people or more spelled as its own name, and the only place (up to
    duplicate records in one country) that the name can mean: a past or side incident in a
    country the article names only in passing is still on the map."""
    return (best.population >= SMALL_PLACE and _strong(name, best)
            and all(p.country == best.country and p.feature == "city" for p in candidates))


def _choose_variant(name: str, candidates: Sequence[Place], shares: dict[str, float], cue: bool) -> Place | None:
    """A spelling variant: only close spellings, in a country the article is mostly about."""
    close = [p for p in candidates if shares.get(p.country, 0.0) >= _variant_share(p, cue)
             and _close(name, p, cue and shares.get(p.country, 0.0) >= LOOSE_SHARE)]
    return max(close, key=lambda p: _score(name, p, shares, cue)) if close else None


def _headline_word(text: str, start: int) -> bool:
    """A word of a headline-cased line with no locative before it: capitals there mark no
    names, so a one-word spelling variant needs "in", "on" or "near" before it."""
    return _title_case(_line_at(text, start)) and not LOCATIVE.search(text[max(0, start - 40):start])


def _variant_share(place: Place, cue: bool) -> float:
    """The country share a spelling variant needs: a cue ("the villages of") lowers it for towns,
    not for villages, whose loose keys collide across countries ("Zaytan" is no Zaton of a
    country named for its jets)."""
    return MAIN_SHARE if cue and place.population >= SMALL_PLACE else LOOSE_SHARE


@lru_cache(maxsize=1024)
def _title_case(line: str) -> bool:
    """A headline-style line, where capitals do not mark names."""
    words = re.findall(r"[A-Za-z]{4,}", line)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.6


def _line_at(text: str, offset: int) -> str:
    start, end = text.rfind("\n", 0, offset) + 1, text.find("\n", offset)
    return text[start:end if end >= 0 else len(text)]


def _accepted(text: str, run: _Run, shares: dict[str, float], lower_words: set[str],
              support: ListSupport) -> list[tuple[Hit, Place]]:
    chosen = [(hit, _choose(text, hit, shares, lower_words)) for hit in run.hits]
    kept = [(hit, place) for hit, place in chosen if place is not None]
    items = list_items(text, run.tokens, kept, support)
    if items:
        return items
    kept = drop_name_heads(text, run.tokens, kept, _needs_evidence)
    if len({place.country for _, place in kept if place.feature != "country"}) > 1:
        return []  # "Karaj al-Hajz": adjacent words resolving to different countries are one unknown name
    covered = set(run.masked).union(*(range(h.first, h.last) for h, _ in kept))
    for k, (start, end) in enumerate(run.tokens):
        word = text[start:end]
        if k in covered or word.lower() in PLACE_WORDS or never_place(word):
            continue
        # "Palmyra Coordination Committee", "President Assad": not a place (unless a headline)
        if _title_case(_line_at(text, start)) or facility_after(text, run.tokens, k, kept, support):
            return kept
        return unknown_names_list(text, run.tokens, kept, support, lower_words)
    return kept


def _list_support(shares: dict[str, float]) -> ListSupport:
    return ListSupport(shares, LOOSE_SHARE, _strong, _needs_evidence)


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
    runs, surnames = _runs(text)
    named = country_mentions(text)
    shares = _country_shares(text, runs, named)
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
        and _strong(key, p) for p in candidates)


def _needs_evidence(text: str, hit: Hit, place: Place) -> bool:
    if place.feature == "country":
        return False
    return place.population < BIG_CITY or not _strong(text[hit.start:hit.end], place)


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
    best = max(candidates, key=lambda p: _score(name, p, context, False))
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
