"""Shared test helpers: where the public data lives, and skips that say why."""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path

import pytest

from rashomon.extract import extract_article
from rashomon.extract.attribution import find_attributions, source_at
from rashomon.extract.casualties import find_casualties
from rashomon.extract.places import find_places
from rashomon.extract.sentences import split_sentences
from rashomon.extract.time import find_times
from rashomon.model import Article, CasualtyFact, Source, TimeFact

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


def first_sourced(article: Article, word: str) -> Source | None:
    """The source of the figure whose words hold `word`, judged on its first mention with a
    named source: the scorer keeps that mention of a repeated figure (casualty_scoring.collapse)."""
    pattern = re.compile(rf"\b{re.escape(word)}\b")
    hits = [f for f in extract_article(article).casualties if pattern.search(f.text)]
    assert hits, f"no figure holds {word!r}"
    return next((f for f in hits if f.source and f.source.primary.strip()), hits[0]).source


# The anchor of the time tests: Monday 23 October 2017, nine in the morning.
MONDAY = datetime(2017, 10, 23, 9, 0)


def time_facts(text: str, anchor: datetime | None = MONDAY, happening: bool = False) -> list[TimeFact]:
    """The time expressions of one invented text, anchored at `anchor` (the creation time)."""
    return find_times(Article(id="t", text=text), split_sentences(text), anchor, with_happening=happening)


def time_fact(text: str, expression: str, anchor: datetime | None = MONDAY, nth: int = 0) -> TimeFact:
    """The `nth` time expression of the text written exactly as `expression`."""
    facts = time_facts(text, anchor)
    found = [f for f in facts if f.text == expression]
    assert len(found) > nth, f"{expression!r} not found in {[f.text for f in facts]}"
    return found[nth]


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
