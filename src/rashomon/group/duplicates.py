"""Near-duplicate reports: the same wire story reposted on several sites.

A copy adds no independent evidence, so later stages must know which report it copies.
Each article becomes a set of word 5-grams ("shingles"); MinHash LSH (datasketch) finds
the pairs whose estimated Jaccard similarity passes the threshold without comparing every
pair, and each found pair is checked on the exact shingle sets. Copies chain (A~B, B~C),
so copies are grouped into connected components, and every member of a component points
to its original: the earliest published (undated last), ties broken by the smallest id.

The MinHash signature and the LSH bands are computed here with numpy, bit for bit as
datasketch 2.0 does (its default "affine32" scheme: SHA-1's first 4 bytes, the MurmurHash3
finaliser, odd affine permutations drawn from RandomState(seed)), so the pairs found are
datasketch's own (tests/test_duplicates.py checks that both agree). Why not datasketch
itself: importing it imports scipy.integrate, about a second of every ingest's start-up,
for a band count that is fixed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from hashlib import sha1

import numpy as np

from rashomon.model import Article

# Word n-gram length: 5 words make a shingle rare enough that two different stories on
# one topic share few of them, yet a changed word only spoils 5 shingles.
SHINGLE_WORDS = 5
# Jaccard similarity of shingle sets above which two texts are copies. Reposts with a
# different headline, byline or trailing boilerplate stay well above 0.7; two outlets
# writing up the same press release in their own words fall far below.
DUPLICATE_THRESHOLD = 0.7
# A copy must also share its opening: pages of one site can share a long boilerplate
# block (related-stories lists) around different stories. On FA-KES two Al-Manar pages on
# different attacks had a full-text Jaccard of 0.76; their first 60 words share nothing.
LEAD_WORDS = 60
LEAD_THRESHOLD = 0.5
NUM_PERM = 128  # MinHash permutations: estimate error ~ 1/sqrt(128) = 0.09 before the exact check
SEED = 1  # of the permutations (datasketch's default seed)
# (bands, rows per band) that datasketch's MinHashLSH chooses for a threshold with NUM_PERM
# permutations (equal weights on false positives and negatives), by numerical integration;
# written down for the default threshold so that no ingest pays for scipy. Other thresholds
# still ask datasketch (see _lsh_params); tests check this table against it.
LSH_PARAMS = {(DUPLICATE_THRESHOLD, NUM_PERM): (14, 9)}
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Lower-cased word n-grams of a text (the whole text when it is shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def near_duplicates(
    articles: list[Article],
    threshold: float = DUPLICATE_THRESHOLD,
    signatures: Mapping[str, bytes | None] | None = None,
) -> dict[str, str]:
    """Map each copy's id to its original's id; originals and unique articles are absent.

    `signatures` may hold `signature(article)` of some articles, computed earlier (ingest's
    workers compute them, the store keeps them); the others are computed here. Shingle
    sets are built only for the articles in a candidate pair. An id given twice is taken
    once (its first occurrence).
    """
    articles = list({a.id: a for a in reversed(articles)}.values())
    known = signatures or {}
    by_id = {a.id: a for a in articles}
    sets: dict[str, set[str]] = {}
    lsh = Bands(*_lsh_params(threshold))
    parent = {a.id: a.id for a in articles}
    for article in sorted(articles, key=lambda a: a.id):
        key = known[article.id] if article.id in known else signature(article)
        if key is None:
            continue
        for other in sorted(lsh.query(key)):
            if jaccard(_shingled(sets, article), _shingled(sets, by_id[other])) >= threshold and _same_lead(
                article, by_id[other]
            ):
                _union(parent, article.id, other)
        lsh.insert(article.id, key)
    return _copies(articles, parent)


def signature(article: Article) -> bytes | None:
    """The MinHash signature of an article's shingles as bytes (NUM_PERM little-endian
    uint32), None when it has no words. A pure function of the title and text, so ingest
    computes it in its extraction workers and keeps it with the article."""
    items = shingles(f"{article.title}\n{article.text}")
    return minhash(items).astype("<u4").tobytes() if items else None


def _shingled(sets: dict[str, set[str]], article: Article) -> set[str]:
    found = sets.get(article.id)
    if found is None:
        found = sets[article.id] = shingles(f"{article.title}\n{article.text}")
    return found


class Bands:
    """MinHash LSH: keys whose signatures agree on every row of at least one band are
    candidates (datasketch's MinHashLSH with in-memory storage, insert and query only).
    Signatures are `signature` bytes: a band is a slice of them."""

    def __init__(self, bands: int, rows: int) -> None:
        self.ranges = [(4 * i * rows, 4 * (i + 1) * rows) for i in range(bands)]
        self.tables: list[dict[bytes, list[str]]] = [{} for _ in range(bands)]

    def insert(self, key: str, signature: bytes) -> None:
        for (start, end), table in zip(self.ranges, self.tables, strict=True):
            table.setdefault(signature[start:end], []).append(key)

    def query(self, signature: bytes) -> set[str]:
        found: set[str] = set()
        for (start, end), table in zip(self.ranges, self.tables, strict=True):
            found.update(table.get(signature[start:end], ()))
        return found


@lru_cache(maxsize=8)
def _lsh_params(threshold: float) -> tuple[int, int]:
    """Bands and rows for the threshold (LSH_PARAMS, else datasketch's choice)."""
    known = LSH_PARAMS.get((threshold, NUM_PERM))
    if known is not None:
        return known
    from datasketch import MinHashLSH  # imports scipy: only for a threshold not in LSH_PARAMS

    probe = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return probe.b, probe.r


def _same_lead(first: Article, second: Article) -> bool:
    """Whether the two texts open alike (see LEAD_THRESHOLD)."""
    leads = [shingles(" ".join(_WORD.findall(a.text)[:LEAD_WORDS])) for a in (first, second)]
    return jaccard(*leads) >= LEAD_THRESHOLD


def jaccard(first: set[str], second: set[str]) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def minhash(items: set[str]) -> np.ndarray:
    """The MinHash signature of a set of strings: NUM_PERM uint32 values, equal to
    datasketch's `MinHash(num_perm=NUM_PERM, seed=SEED).update_batch(...)` hashvalues."""
    if not items:
        return np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    digests = b"".join(sha1(item.encode("utf-8")).digest()[:4] for item in items)
    hashed = _fmix32(np.frombuffer(digests, dtype="<u4").astype(np.uint32)).reshape(-1, 1)
    a, b = _permutations()
    return (hashed * a + b).min(axis=0)


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser (multiplications wrap modulo 2^32)."""
    shift1, mult1, shift2, mult2, shift3 = _FMIX
    values = values ^ (values >> shift1)
    values = values * mult1
    values = values ^ (values >> shift2)
    values = values * mult2
    return values ^ (values >> shift3)


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """Odd multipliers and offsets of the affine permutations h -> a*h + b mod 2^32."""
    generator = np.random.RandomState(SEED)
    a = generator.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _union(parent: dict[str, str], first: str, second: str) -> None:
    a, b = _find(parent, first), _find(parent, second)
    if a != b:
        parent[max(a, b)] = min(a, b)


def _find(parent: dict[str, str], item: str) -> str:
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def _copies(articles: list[Article], parent: dict[str, str]) -> dict[str, str]:
    components: dict[str, list[Article]] = {}
    for article in articles:
        components.setdefault(_find(parent, article.id), []).append(article)
    copies = {}
    for members in components.values():
        if len(members) < 2:
            continue
        original = min(members, key=_earliest)
        copies.update({m.id: original.id for m in members if m.id != original.id})
    return copies


def _earliest(article: Article) -> tuple[int, str, str]:
    """Sort key: dated before undated, then by date, then by id."""
    if article.published is None:
        return (1, "", article.id)
    return (0, article.published.isoformat(), article.id)
