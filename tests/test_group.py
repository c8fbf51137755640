"""Event grouping: similar events kept apart, copies found, incremental equals batch.

The fixture articles (tests/fixtures/group/articles.json) are made up for these tests:
two earthquakes in one country in the same week (different towns, magnitudes, tolls,
officials) and one unrelated parliamentary vote.
"""

from __future__ import annotations

import importlib.util
import json
import random
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from rashomon.group import EventIndex, group_articles, near_duplicates
from rashomon.group.features import article_features, entity_phrases
from rashomon.model import Article

FIXTURE = Path(__file__).parent / "fixtures" / "group" / "articles.json"
REPO = Path(__file__).resolve().parent.parent
EXPECTED = {
    "quake-a1": "ev-quake-a1", "quake-a2": "ev-quake-a1", "quake-a3": "ev-quake-a1",
    "quake-b1": "ev-quake-b1", "quake-b2": "ev-quake-b1", "quake-b3": "ev-quake-b1",
    "budget-1": "ev-budget-1", "budget-2": "ev-budget-1",
}


def load(dated: bool = True) -> list[Article]:
    rows = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return [
        Article(
            id=r["id"], text=r["text"], title=r["title"],
            published=datetime.fromisoformat(r["published"]) if dated else None,
        )
        for r in rows
    ]


def partition(assignment: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for article, event in assignment.items():
        groups.setdefault(event, set()).add(article)
    return {frozenset(g) for g in groups.values()}


@pytest.mark.parametrize("dated", [True, False])
def test_two_similar_earthquakes_in_one_week_stay_apart(dated: bool) -> None:
    assert group_articles(load(dated)) == EXPECTED


def test_event_ids_are_deterministic_whatever_the_input_order() -> None:
    articles = load()
    shuffled = articles[:]
    random.Random(3).shuffle(shuffled)
    assert group_articles(shuffled) == group_articles(articles) == EXPECTED


def test_reports_far_apart_in_time_do_not_merge() -> None:
    articles = load()
    later = replace(articles[0], id="quake-a1-anniversary", published=articles[0].published + timedelta(days=30))
    result = group_articles([*articles, later])
    assert result["quake-a1-anniversary"] != result["quake-a1"]
    assert result["quake-a2"] == result["quake-a1"]


def test_incremental_adds_equal_batch() -> None:
    articles = {a.id: a for a in load()}
    index = EventIndex()
    index.add([articles["quake-a1"], articles["quake-a2"]])
    index.add([articles["budget-1"], articles["quake-b1"], articles["quake-b2"]])
    for article_id in ("quake-a3", "quake-b3", "budget-2"):
        index.add([articles[article_id]])
    assert dict(index.event_of) == EXPECTED


def test_state_survives_json_and_continues_identically() -> None:
    articles = load()
    first, rest = articles[:4], articles[4:]
    straight = EventIndex()
    straight.add(first)
    saved = json.loads(json.dumps(straight.to_state()))
    restored = EventIndex.from_state(saved)
    assert restored.to_state() == straight.to_state()
    assert restored.add(rest) == straight.add(rest)
    assert dict(restored.event_of) == EXPECTED


def test_adding_a_known_article_again_keeps_its_event() -> None:
    articles = load()
    index = EventIndex()
    index.add(articles)
    assert index.add(articles[:2]) == {"quake-a1": "ev-quake-a1", "quake-a2": "ev-quake-a1"}
    assert index.n_docs == len(articles)


def test_reposted_copy_is_a_near_duplicate_of_the_earliest() -> None:
    articles = load()
    original = articles[0]
    copy = replace(
        original, id="mirror-site-copy", title="Deadly quake in Saranta",
        text=original.text + "\nShare this story with your friends.",
        published=original.published + timedelta(hours=5),
    )
    copies = near_duplicates([copy, *articles])
    assert copies == {"mirror-site-copy": "quake-a1"}
    earlier_copy = replace(copy, published=original.published - timedelta(hours=1))
    assert near_duplicates([earlier_copy, *articles]) == {"quake-a1": "mirror-site-copy"}


def test_undated_exact_copies_point_to_the_smallest_id() -> None:
    text = load()[3].text
    articles = [Article(id=i, text=text) for i in ("site-c", "site-a", "site-b")]
    assert near_duplicates(articles) == {"site-b": "site-a", "site-c": "site-a"}


def test_same_event_written_differently_is_not_a_duplicate() -> None:
    assert near_duplicates(load()) == {}


def test_features_weigh_names_numbers_and_title() -> None:
    article = load()[0]
    terms = article_features(article).terms
    assert terms["e:tomas eriksen"] >= 1
    assert terms["n:6.1"] > terms["n:60"]  # 6.1 is also in the title
    assert "the" not in terms and "said" not in terms
    assert entity_phrases("The tremor hit Orvalle and Castel Renzo.") == ["orvalle", "castel renzo"]


def _benchmark():
    spec = importlib.util.spec_from_file_location("eval_grouping", REPO / "benchmarks" / "eval_grouping.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Floors slightly below what the ECB+ dev set gave when this was written (batch F1 0.953,
# incremental one article at a time in id order 0.952), so a regression fails the test.
ECBPLUS_BATCH_FLOOR = 0.94
ECBPLUS_INCREMENTAL_FLOOR = 0.94


@pytest.mark.shared
def test_ecbplus_bcubed_f1_floor() -> None:
    bench = _benchmark()
    path = bench.shared_dir() / "data" / "ecbplus" / "dev.jsonl"
    if not path.exists():
        pytest.skip(f"ECB+ data not found at {path} (../shared absent; set RASHOMON_SHARED)")
    articles, gold, _ = bench.load_ecbplus(path)
    assert bench.bcubed(group_articles(articles), gold)[2] >= ECBPLUS_BATCH_FLOOR
    assert bench.bcubed(bench.incremental(articles, 1), gold)[2] >= ECBPLUS_INCREMENTAL_FLOOR


# Each fold of topics grouped on its own, as a held-out set of other topics would be. When
# written: halves 1-19 / 20-35 gave 0.965 / 0.969 and three folds 0.927 / 0.955 / 0.979.
ECBPLUS_HALF_FLOOR = 0.95
ECBPLUS_THIRD_FLOOR = 0.91


@pytest.mark.shared
def test_ecbplus_topic_folds_each_keep_a_floor() -> None:
    bench = _benchmark()
    path = bench.shared_dir() / "data" / "ecbplus" / "dev.jsonl"
    if not path.exists():
        pytest.skip(f"ECB+ data not found at {path} (../shared absent; set RASHOMON_SHARED)")
    articles, gold, topic = bench.load_ecbplus(path)
    topics = sorted(set(topic.values()))
    for count, floor in ((2, ECBPLUS_HALF_FLOOR), (3, ECBPLUS_THIRD_FLOOR)):
        for fold in bench.folds(topics, count):
            part = [a for a in articles if topic[a.id] in fold]
            f1 = bench.bcubed(group_articles(part), {a.id: gold[a.id] for a in part})[2]
            assert f1 >= floor, f"topics {min(fold)}-{max(fold)}: B-cubed F1 {f1:.3f} < {floor}"
