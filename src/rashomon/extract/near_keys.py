"""The near-miss search of the gazetteer: the loose key most like a name that has none.

Why a module of its own: rapidfuzz's `extractOne` over all loose keys sharing the name's first
two letters (up to 24,000 keys) cost about 3 ms per name that misses, and casualty places ask
for about one such name per article. Most keys cannot reach the cutoff, and two cheap lower
bounds on the indel distance behind rapidfuzz's ratio (100 * (1 - d / (a + b)) for keys of
lengths a and b) say which, for a whole group at once with numpy:

* d >= |a - b|, and d >= 2 for two different keys of one length;
* d >= the number of letters found in one key but not the other (one bit each: cheap);
* d >= the letter-count distance: the sum over letters of |count in one - count in other|
  (each insertion or deletion changes one count by one).

Only the keys that pass both are scored, by the same `extractOne`, in the group's order, so
the answer is exactly the one of the whole-group search: the highest ratio at or above the
cutoff, the earliest key on a tie.
"""

from __future__ import annotations

import string
from collections.abc import Sequence

import numpy
from rapidfuzz import fuzz, process

# Letters counted one column each; digits and anything else share the last column (merging
# letters can only lower the letter-count distance, so the bound stays a lower bound).
_LETTERS = string.ascii_lowercase
_OTHER = len(_LETTERS)
_COLUMN = numpy.full(256, _OTHER, dtype=numpy.intp)
_COLUMN[numpy.frombuffer(_LETTERS.encode(), dtype=numpy.uint8)] = numpy.arange(len(_LETTERS))
# Float slack on the bound: a key is skipped only when its best possible ratio is clearly
# below the cutoff, so rounding can never drop a real match.
BOUND_SLACK = 1e-6


class KeyGroup:
    """The loose keys of one two-letter prefix, in index order, with their lengths and
    letter counts as arrays."""

    def __init__(self, keys: Sequence[str]) -> None:
        self.keys = list(keys)
        # map, not a comprehension: a group holds up to 24,000 keys, built on its first search
        self.lengths = numpy.fromiter(map(len, self.keys), dtype=numpy.int32, count=len(self.keys))
        self.counts = _letter_counts(self.keys, self.lengths)
        self.letters = _letter_bits(self.counts)

    def nearest(self, query: str, cutoff: float) -> str | None:
        """The key with the highest ratio to `query` (at least `cutoff`), the earliest on a
        tie: what `extractOne(query, keys, scorer=fuzz.ratio, score_cutoff=cutoff)` returns.
        `query` must not be one of the keys (callers look it up exactly first)."""
        size = len(query)
        fewest = numpy.abs(self.lengths - size)
        fewest[fewest == 0] = 2  # a different key of the same length: at least 2 edits
        total = self.lengths + size
        query_counts = _letter_counts([query], numpy.array([size], dtype=numpy.int32))
        unshared = numpy.bitwise_count(self.letters ^ _letter_bits(query_counts)[0])
        rows = numpy.flatnonzero(100 * (1 - numpy.maximum(fewest, unshared) / total) >= cutoff - BOUND_SLACK)
        if rows.size == 0:
            return None
        distance = numpy.abs(self.counts[rows] - query_counts[0]).sum(axis=1)
        distance = numpy.maximum(distance, fewest[rows])
        rows = rows[100 * (1 - distance / total[rows]) >= cutoff - BOUND_SLACK]
        if rows.size == 0:
            return None
        found = process.extractOne(query, [self.keys[i] for i in rows], scorer=fuzz.ratio, score_cutoff=cutoff)
        return found[0] if found is not None else None


def _letter_counts(keys: list[str], lengths: numpy.ndarray) -> numpy.ndarray:
    """A (keys, 27) array of letter counts (digits and non-ASCII characters share the last column)."""
    width = _OTHER + 1
    if not keys:
        return numpy.zeros((0, width), dtype=numpy.int16)
    codes = numpy.frombuffer("".join(keys).encode("ascii", "replace"), dtype=numpy.uint8)  # one byte a character
    rows = numpy.repeat(numpy.arange(len(keys)), lengths)
    # one bincount over (row, column) cells: numpy.add.at did the same counting 2-3x slower,
    # and a group of 24,000 keys is built in each extraction worker
    cells = numpy.bincount(rows * width + _COLUMN[codes], minlength=len(keys) * width)
    return cells.astype(numpy.int16).reshape(len(keys), width)


def _letter_bits(counts: numpy.ndarray) -> numpy.ndarray:
    """One bit per column that a key uses at all."""
    weights = numpy.left_shift(numpy.uint32(1), numpy.arange(counts.shape[1], dtype=numpy.uint32))
    return ((counts > 0).astype(numpy.uint32) * weights).sum(axis=1, dtype=numpy.uint32)
