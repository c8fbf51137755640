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
