"""Classes of attribution errors met in the fifteenth session (where the speaker is in the
sentence), each tested on invented sentences."""

from __future__ import annotations

import pytest

from rashomon.extract import extract_article
from rashomon.model import Article


def _sources(text: str) -> list[str]:
    facts = extract_article(Article(id="t", text=text)).casualties
    return [f.source.primary for f in facts if f.source]


# -- "<speaker> in <month> said": a month (or "last year") between a speaker and its verb is an
# -- adjunct of time, like "on Sunday", not part of the speaker's name ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Relief Committee in October said that 40 fishermen had drowned.",
        "The Harbour Relief Committee last year said that 40 fishermen had drowned.",
        "The Harbour Relief Committee in late October said that 40 fishermen had drowned.",
    ],
)
def test_a_month_between_speaker_and_verb(sentence: str) -> None:
    assert _sources(sentence) == ["Harbour Relief Committee"]
