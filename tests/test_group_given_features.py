"""Grouping features computed elsewhere (by the extraction workers) give the same events as
features computed by the index, and the index keeps their terms shared between articles.
The articles are the made-up fixture of test_group (two earthquakes, one vote)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from test_group import load

from rashomon.group import EventIndex
from rashomon.group.features import article_features, features_of, shared_terms
from rashomon.workers import MIN_POOL_ARTICLES, Extractor

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "corpus"))
from helpers import stub_extract  # noqa: E402


def test_given_features_give_the_same_index() -> None:
    articles = load()
    given = {a.id: article_features(a) for a in articles}
    computed, taken = EventIndex(), EventIndex()
    computed.add(articles)
    taken.add(articles, features=given)
    assert taken.event_of == computed.event_of
    assert taken.neighbours == computed.neighbours
    assert taken.postings == computed.postings
    assert taken.to_state() == computed.to_state()


def test_given_features_are_used_and_missing_ones_computed() -> None:
    articles = load()
    first = article_features(articles[0])
    found = features_of(articles[:2], {first.id: first})
    assert found[0] is first
    assert found[1] == article_features(articles[1])


def test_shared_terms_keep_order_and_values_and_share_strings() -> None:
    one = {"".join(["quake", "s"]): 2.0, "e:" + "alma reyes": 1.0}
    two = {"".join(["quak", "es"]): 2.0, "n:12": 3.0}
    assert next(iter(one)) is not next(iter(two))  # equal strings, two objects
    a, b = shared_terms(one), shared_terms(two)
    assert a == one and list(a) == list(one) and b == two
    assert next(iter(a)) is next(iter(b))
    assert a["quakes"] is b["quakes"]


def test_pool_workers_compute_the_features() -> None:
    articles = (load() * (MIN_POOL_ARTICLES // len(load()) + 2))[: MIN_POOL_ARTICLES + 4]
    articles = [replace(article, id=f"{article.id}-{n}") for n, article in enumerate(articles)]
    with Extractor(stub_extract, workers=2, featurize=article_features) as extractor:
        job = extractor.submit(articles)
        assert len(job.get()) == len(articles)
        assert job.features() == {a.id: article_features(a) for a in articles}
        assert job.signatures() == {}  # not asked
