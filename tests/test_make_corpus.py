"""benchmarks/make_corpus.py: the synthetic scale corpus has many distinct, multi-report
events with gold ids, and is the same for the same seed. Reads FA-KES from ../shared."""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from common import FAKES, fakes_rows  # noqa: E402
from make_corpus import fold, generate  # noqa: E402

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not FAKES.exists(), reason=f"{FAKES} is absent (public data read from ../shared)"),
]
SIZE = 600


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return list(fakes_rows())


@pytest.fixture(scope="module")
def corpus(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return generate(SIZE, 7, rows)


def test_size_ids_and_fields(corpus: list[dict[str, str]]) -> None:
    assert len(corpus) == SIZE
    assert len({r["id"] for r in corpus}) == SIZE
    for record in corpus:
        assert {"id", "title", "text", "outlet", "published", "event", "kind"} <= record.keys()
        assert record["text"].strip() and record["outlet"]
        datetime.fromisoformat(record["published"])


def test_same_seed_same_corpus(rows: list[dict[str, str]], corpus: list[dict[str, str]]) -> None:
    assert generate(SIZE, 7, rows) == corpus
    other = generate(SIZE, 8, rows)
    assert [r["text"] for r in other] != [r["text"] for r in corpus]


def test_many_events_with_several_reports(corpus: list[dict[str, str]]) -> None:
    sizes = Counter(r["event"] for r in corpus)
    assert len(sizes) >= SIZE / 6  # about 3 reports per event on average: not one big event
    assert sum(n for n in sizes.values() if n >= 2) >= SIZE / 2  # most reports have companions
    assert max(sizes.values()) <= 12


def test_reports_of_one_event_differ_but_reprints_copy(corpus: list[dict[str, str]]) -> None:
    by_event: dict[str, list[dict[str, str]]] = defaultdict(list)
    for record in corpus:
        by_event[record["event"]].append(record)
    kinds = Counter(r["kind"] for r in corpus)
    assert kinds["reprint"] > 0 and kinds["near-duplicate"] > 0
    varied = 0
    for reports in by_event.values():
        originals = [r for r in reports if r["kind"] == "report"]
        varied += len({r["text"] for r in originals}) > 1
        for copy in (r for r in reports if r["kind"] == "reprint"):
            assert any(copy["text"] == r["text"] for r in originals)
    assert varied >= len(by_event) / 3


def test_events_from_one_base_article_are_told_apart(corpus: list[dict[str, str]]) -> None:
    """Events built on the same base article differ in date (and mostly in place)."""
    first_dates: dict[str, set[str]] = defaultdict(set)
    for record in corpus:
        first_dates[record["event"]].add(record["published"][:10])
    by_title_shape: dict[str, set[str]] = defaultdict(set)
    for record in corpus:
        shape = "".join(c for c in record["title"] if c.islower())[:40]
        by_title_shape[shape].add(record["event"])
    for events in by_title_shape.values():
        spans = [min(first_dates[e]) for e in events]
        assert len(set(spans)) == len(spans)  # no two such events start on the same day


def test_fold_spells_places_in_ascii() -> None:
    assert fold("\u1e28am\u0101h") == "Hamah"
    assert fold("\u2018Afr\u012bn") == "Afrin"
