"""Candidate lookup (group.candidates.lookup): the ids sharing most posted terms, ties by id,
capped at MAX_CANDIDATES; the shortcut through a count floor must rank as a full sort."""

from __future__ import annotations

import random
from collections import Counter

from rashomon.group import candidates as cand


def full_ranking(postings: dict[str, list[str]], terms: list[str], exclude: str) -> list[str]:
    shared: Counter[str] = Counter()
    for term in terms:
        shared.update(postings.get(term, ()))
    shared.pop(exclude, None)
    ranked = sorted(shared.items(), key=lambda item: (-item[1], item[0]))
    return [other for other, _ in ranked[: cand.MAX_CANDIDATES]]


def test_lookup_ranks_as_a_full_sort():
    rng = random.Random(7)
    ids = [f"a{i:04d}" for i in range(400)]
    for size in (5, 80, 400):
        postings = {f"t{t}": rng.sample(ids[:size], min(size, rng.randint(1, 50))) for t in range(120)}
        terms = rng.sample(sorted(postings), 60)
        expected = full_ranking(postings, terms, ids[0])
        assert cand.lookup(postings, terms, ids[0]) == expected
        assert len(expected) == min(cand.MAX_CANDIDATES, len(expected)) and ids[0] not in expected


def test_lookup_of_unknown_terms_is_empty():
    assert cand.lookup({"x": ["a", "b"]}, ["y", "z"], "a") == []
