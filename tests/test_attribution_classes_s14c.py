"""Classes of wrong-source errors (a different source than the one the text gives) met across
development sets, each tested on invented sentences."""

from __future__ import annotations

import pytest

from rashomon.extract import extract_article
from rashomon.model import Article


def _sources(text: str) -> list[tuple[str, list[str]]]:
    facts = extract_article(Article(id="t", text=text)).casualties
    return [(f.source.primary, f.source.via) for f in facts if f.source]


# -- "Z reported Tuesday citing X" / "Z reported 12 deaths citing X": a day or a counted object
# -- between the verb and the citing participle; X is primary and Z passes it on ------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Six farmers were killed near the dam, Lakeside Radio reported Tuesday citing a village council official.",
        "Six farmers were killed near the dam, Lakeside Radio reported on Tuesday, citing a village council official.",
    ],
)
def test_citing_after_a_day(sentence: str) -> None:
    assert _sources(sentence) == [("village council official", ["Lakeside Radio"])]


def test_citing_after_a_counted_object_keeps_the_count() -> None:
    text = "Lakeside Radio reported 12 deaths citing a statement from the Valley Relief Committee."
    sources = _sources(text)
    assert sources and sources[0][1] == ["Lakeside Radio"]
    assert "Valley Relief Committee" in sources[0][0]


# -- "citing anonymous sources": a cited source that only says it is unnamed tells nothing of
# -- who speaks; the outlet citing it stays the source ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine gunmen were killed near the border, local media reported on Friday citing anonymous sources.",
        "Nine gunmen were killed near the border, local media reported, citing unnamed sources.",
    ],
)
def test_citing_bare_anonymous_sources_keeps_the_outlet(sentence: str) -> None:
    assert _sources(sentence) == [("local media", [])]


def test_citing_an_unnamed_source_with_a_family_is_cited() -> None:
    text = "Nine gunmen were killed near the border, local media reported, citing an unnamed army source."
    assert _sources(text)[0][1] == ["local media"]
