"""Phrases that cannot be a speaker: a flattened web page's furniture
and the run of other stories' headlines it carries, each tested on invented sentences."""

from __future__ import annotations

import pytest

from rashomon.extract.source_fragments import is_page_run


@pytest.mark.parametrize(
    "phrase",
    [
        "Related Harbour Mayor",  # a page label opening a headline
        "Print Harbour Council",
    ],
)
def test_page_furniture_is_no_speaker(phrase: str) -> None:
    assert is_page_run(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "Harbour Relief Committee",
        "Coastal Observatory for Human Rights",
        "Related",  # a lone word: left to the other checks
        "source at Harbour Police Command",
        "Harbour is Being Drowned Silently",  # a name joined by a function word
    ],
)
def test_names_are_not_page_runs(phrase: str) -> None:
    assert not is_page_run(phrase)


def _sources(text: str) -> list[str]:
    from rashomon.extract import extract_article
    from rashomon.model import Article

    facts = extract_article(Article(id="t", text=text, url="")).casualties
    return [c.source.primary if c.source else "" for c in facts]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour police said Tomas Verlaine, 41, shot three guards before he fled.",
        "Officials said Tomas Verlaine, who lost his post in May, was accused of killing two guards.",
    ],
)
def test_name_opening_the_reported_clause_is_no_speaker(text: str) -> None:
    assert "Tomas Verlaine" not in _sources(text)


def test_name_after_said_closing_the_sentence_is_the_speaker() -> None:
    assert "Tomas Verlaine" in _sources("Three guards were shot dead, said Tomas Verlaine, 41, a harbour pilot.")
