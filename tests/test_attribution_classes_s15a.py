"""Classes of attribution errors met in the fifteenth session (where the speaker is in the
sentence), each tested on invented sentences."""

from __future__ import annotations

import pytest
from conftest import figure_sources


def _sources(text: str) -> list[str]:
    """The named sources of the text's figures (figures with none left out)."""
    return [source for source in figure_sources(text).values() if source]


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


# -- "... in the eastern X province says a monitoring group": a phrase headed by a lowercase
# -- place noun is where the figure is, never who speaks; the speaker follows the verb -----------


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve farmers died in floods across the low northern Brenmoor valley district says a Geneva-based"
        " relief group on Friday.",
        "Twelve farmers died in floods in the northern province said a relief group after the storm.",
    ],
)
def test_a_place_before_says_is_not_the_speaker(sentence: str) -> None:
    assert _sources(sentence) == ["relief group"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Twelve died in floods, relief workers in the district said on Friday.", "relief workers in the district"),
        ("A source in the district told the Valley Gazette that twelve died in floods.", "source in the district"),
    ],
)
def test_a_speaker_placed_in_a_district_keeps_its_place(sentence: str, speaker: str) -> None:
    assert _sources(sentence) == [speaker]


# -- "X said the attacks claimed the lives of ...": "claimed the lives" is an attack only when
# -- "claimed" is the verb asked about; the verb of saying before it keeps its speaker ----------


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The Red Crescent said the shelling claimed the lives of 12 people.", "Red Crescent"),
        ("Police officials said the blast claimed the lives of 12 people.", "police sources"),
    ],
)
def test_said_before_claimed_the_lives(sentence: str, speaker: str) -> None:
    assert _sources(sentence) == [speaker]


def test_claimed_the_lives_alone_is_no_statement() -> None:
    assert _sources("The shelling claimed the lives of 12 people.") == []


# -- "X's correspondent quoted a source ..." then "The correspondent said ...": a definite "the
# -- correspondent" refers back to the named outlet's reporter who passed the earlier claim on,
# -- as "the source" refers back to the source; with none named it stays the outlet's own -------


def test_the_correspondent_refers_back_to_a_named_outlets_reporter() -> None:
    text = (
        "Gazette correspondent quoted a source at the Port Authority as saying that shells hit the pier. "
        "The correspondent said the shelling killed 12 people."
    )
    assert _sources(text) == ["Gazette correspondent"]


def test_an_unnamed_correspondent_is_the_articles_own() -> None:
    assert _sources("Shells hit the pier. The correspondent said the shelling killed 12 people.") == []
