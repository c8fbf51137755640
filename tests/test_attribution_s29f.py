"""A single death told first without a source and told again later with one
(attribution_links._told_again_below): the title's single death, or the same described
victim in both mentions, takes the later source; a bare "a child" in a round-up of
incidents does not. Sentences invented."""

from __future__ import annotations

from rashomon.extract import extract_article
from rashomon.model import Article, CasualtyFact


def _facts(text: str) -> list[CasualtyFact]:
    return sorted(extract_article(Article(id="t", text=text)).casualties, key=lambda f: f.start)


def _source_of(text: str, cue: str) -> str:
    start = text.index(cue)
    fact = next(f for f in _facts(text) if f.start <= start < f.end)
    return fact.source.primary if fact.source else ""


def test_a_described_single_victim_told_again_takes_the_later_source() -> None:
    text = (
        "Climbers were stranded on the ridge for two days in heavy snow.\n"
        "A British man was killed when he slid down an icy slope near the summit.\n"
        "Two people were injured by falling ice on Tuesday.\n"
        'A consulate spokesman said: "We know of the death of a British man in the park."'
    )
    assert _source_of(text, "A British man") == _source_of(text, "a British man") != ""


def test_the_titles_single_death_takes_the_later_source() -> None:
    text = (
        "1 dead after gunfire at a riverside warehouse\n"
        "A man shot three workers inside a riverside warehouse before dawn, officials said.\n"
        "One worker died in the Tuesday attack."
    )
    assert _source_of(text, "1 dead") != ""


def test_a_bare_child_in_a_round_up_keeps_no_source() -> None:
    text = (
        "Shells hit several towns on Monday.\n"
        "In the eastern market one child was killed by a falling shell on Monday.\n"
        "Elsewhere two shops burned and four people were hurt by glass.\n"
        "In the north a child was killed by a rocket, a police source told the agency."
    )
    assert _source_of(text, "one child") == ""
