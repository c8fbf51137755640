"""Shared test helpers: where the public data lives, and skips that say why."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rashomon.extract import extract_article
from rashomon.extract.attribution import find_attributions, source_at
from rashomon.extract.casualties import find_casualties
from rashomon.extract.places import find_places
from rashomon.extract.sentences import split_sentences
from rashomon.model import Article, CasualtyFact, Source

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASHOMON_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "seeds"
EXAMPLES = REPO / "examples"


def need(path: Path) -> Path:
    """Skip, naming the missing path, when public data is not beside the repo."""
    if not path.exists():
        pytest.skip(f"{path} is absent (public data is read from ../shared at run time)")
    return path


def casualty_figures(text: str) -> list[CasualtyFact]:
    """The casualty figures of one invented text (no title, no date), each checked to point
    at its own words."""
    article = Article(id="t", text=text)
    sentences = split_sentences(text)
    facts = find_casualties(article, sentences, find_attributions(article, sentences))
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
    return facts


def figure_counts(text: str) -> list[tuple[int | None, str]]:
    """(low, kind) of each casualty figure of one invented text, in order."""
    return [(f.low, f.category) for f in casualty_figures(text)]


def figure_sources(text: str) -> dict[str, str]:
    """The casualty figures of one invented text as {figure text: primary source ('' when
    none)}, as the whole extraction gives them."""
    facts = extract_article(Article(id="t", text=text)).casualties
    return {f.text: f.source.primary if f.source else "" for f in facts}


def named_sources(text: str) -> list[str]:
    """The named sources of the text's figures (figures with none left out)."""
    return [source for source in figure_sources(text).values() if source]


def attribution_primaries(text: str) -> list[str]:
    """The primary source of every attribution the attribution pass finds in an invented text."""
    facts = find_attributions(Article(id="t", text=text), split_sentences(text))
    return [fact.source.primary for fact in facts if fact.source]


def source_at_cue(text: str, cue: str) -> Source | None:
    """The source the attribution pass gives the position of `cue` in an invented text."""
    sentences = split_sentences(text)
    facts = find_attributions(Article(id="t", text=text), sentences)
    return source_at(facts, sentences, text.index(cue))


# A lead that makes Syria the article's country, for place tests of Syrian towns.
SYRIA_CONTEXT = "Syria. The Syrian war goes on in Syria, where Syrian forces fight across Syria. "


def place_ids(text: str) -> dict[str, int | None]:
    """The places of one invented text as {written form: GeoNames id}, each checked to point
    at its own words."""
    facts = find_places(Article(id="t", text=text), split_sentences(text))
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
    return {fact.text: fact.geonameid for fact in facts}


@pytest.fixture
def seeds() -> list[Path]:
    """The two seed reports, sorted (the Sputnik report first)."""
    return sorted(need(SEEDS).glob("*.txt"))
