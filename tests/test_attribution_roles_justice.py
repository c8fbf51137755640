"""Sources named by a role of law enforcement, justice or ownership, and a verb of saying inside a
relative clause on a noun, which reports nothing: each tested on invented sentences."""

from __future__ import annotations

import pytest

from rashomon.extract.attribution import find_attributions
from rashomon.extract.sentences import split_sentences
from rashomon.model import Article


def _primaries(text: str) -> list[str]:
    facts = find_attributions(Article(id="t", text=text), split_sentences(text))
    return [f.source.primary for f in facts if f.source]


@pytest.mark.parametrize(
    "text",
    [
        "The ruling shows the hurdles city prosecutors say they meet in such trials.",
        "It adds to the risks officials say remain on the old road.",
    ],
)
def test_saying_inside_a_relative_clause_is_no_source(text: str) -> None:
    assert _primaries(text) == []
