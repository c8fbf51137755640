"""The pipeline, as numbered steps: reports come in, facts come out of each, facts are lined
up across reports.

    1. read      sources/    files, HTML, JSON/JSONL        -> Article | Rejected
    2. extract   extract/    sentences and facts per report -> Extraction
    3. anchor                undated reports borrow the dates of the reports they are compared with
    4. reconcile reconcile/  facts aligned across reports   -> Slot (agree / conflict / single)

Corpus mode (ingest, group, store) adds grouping between steps 2 and 4; the views render
the resulting `Comparison`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from rashomon.extract import extract_article
from rashomon.model import Article, Comparison, Extraction, Rejected
from rashomon.reconcile import reconcile
from rashomon.sources import read_inputs


def read(inputs: Iterable[str], recursive: bool = False) -> tuple[list[Article], list[Rejected]]:
    """Step 1: every readable article, and a reason for every input that was not."""
    articles: list[Article] = []
    rejected: list[Rejected] = []
    for item in read_inputs(inputs, recursive=recursive):
        (articles if isinstance(item, Article) else rejected).append(item)  # type: ignore[arg-type]
    return articles, rejected


def extract_all(articles: list[Article]) -> list[Extraction]:
    """Steps 2 and 3: dated reports first, then undated ones anchored on the others' dates."""
    dated = {a.id: extract_article(a) for a in articles if a.published is not None}
    anchor = borrowed_anchor([a.published for a in articles if a.published is not None])
    undated = {
        a.id: extract_article(a, anchor=anchor, anchor_from="inferred" if anchor else "")
        for a in articles
        if a.published is None
    }
    return [dated.get(a.id) or undated[a.id] for a in articles]


def borrowed_anchor(dates: list[datetime]) -> datetime | None:
    """The median publication date of the companion reports: the best guess of when an
    undated report about the same event was written."""
    if not dates:
        return None
    ordered = sorted(dates)
    return ordered[(len(ordered) - 1) // 2]


def compare_articles(articles: list[Article]) -> Comparison:
    """Steps 2 to 4 for reports the user says are about one event."""
    extractions = extract_all(articles)
    return Comparison(extractions=extractions, slots=reconcile(extractions))


def compare_inputs(inputs: Iterable[str]) -> tuple[Comparison, list[Rejected]]:
    """The whole `compare` job: read, extract, anchor, reconcile."""
    articles, rejected = read(inputs)
    return compare_articles(articles), rejected
