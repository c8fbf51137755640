"""The near-miss search by bounds (rashomon.extract.near_keys) must return exactly what
rapidfuzz's extractOne over the whole key group returns, ties and misses included."""

from __future__ import annotations

import random

from rapidfuzz import fuzz, process

from rashomon.extract.near_keys import KeyGroup

CUTOFF = 88


def whole_group(query: str, keys: list[str]) -> str | None:
    found = process.extractOne(query, keys, scorer=fuzz.ratio, score_cutoff=CUTOFF)
    return found[0] if found is not None else None


def test_written_keys_ties_and_misses():
    keys = ["kabaran", "kabaram", "kabarana", "kabarn", "kanatara", "kanatra", "ka2lan", "kaćaran", "karatan",
            "kabaranata", "kabaramata"]
    group = KeyGroup(keys)
    queries = ["kabarax", "kabaranx", "kanatar", "kanatarb", "ka2lam", "kazzzzzz", "kaćarax", "karatam", "kabaraxata"]
    for query in queries:
        assert query not in keys
        assert group.nearest(query, CUTOFF) == whole_group(query, keys), query
    assert group.nearest("kabaraxata", CUTOFF) == "kabaranata"  # a tie (ratio 90) with "kabaramata": the earlier
    assert group.nearest("kabarax", CUTOFF) is None  # one substitution in seven letters: 85.7


def test_random_keys_agree_with_extract_one():
    rng = random.Random(7)
    letters = "aabkdlmnrst"
    keys = list(dict.fromkeys("ka" + "".join(rng.choice(letters) for _ in range(rng.randint(3, 14)))
                              for _ in range(3000)))
    group = KeyGroup(keys)
    queries = []
    for _ in range(400):
        key = rng.choice(keys)
        at = rng.randrange(2, len(key))
        queries += [key[:at] + key[at + 1:], key[:at] + rng.choice(letters) + key[at:],
                    key[:at] + rng.choice(letters) + key[at + 1:]]
    queries = [q for q in queries if q not in set(keys)]
    assert sum(whole_group(q, keys) is not None for q in queries) > 100  # the test exercises matches
    for query in queries:
        assert group.nearest(query, CUTOFF) == whole_group(query, keys), query


def test_empty_group():
    assert KeyGroup([]).nearest("kabaran", CUTOFF) is None


def test_letter_counts_count_each_letter_of_each_key():
    """One row per key, one column per ASCII letter, the last for everything else."""
    import numpy

    from rashomon.extract.near_keys import _OTHER, _letter_counts

    keys = ["abba", "", "zz top 9", "émile", "q"]
    counts = _letter_counts(keys, numpy.array([len(k) for k in keys], dtype=numpy.int32))
    assert counts.shape == (len(keys), _OTHER + 1) and counts.dtype == numpy.int16
    for key, row in zip(keys, counts.tolist(), strict=True):
        expected = [0] * (_OTHER + 1)
        for char in key:
            expected[ord(char) - ord("a") if "a" <= char <= "z" else _OTHER] += 1
        assert row == expected
