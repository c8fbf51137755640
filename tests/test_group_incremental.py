"""Incremental grouping converges on the batch answer: a young index computes its
neighbours again as it grows, and a regroup that splits an event never hands one id to two
groups. The articles are the made-up fixture of test_group (two earthquakes, one vote)."""

from __future__ import annotations

import json

from test_group import EXPECTED, load, partition

from rashomon.group import EventIndex
from rashomon.group.features import ArticleFeatures
from rashomon.group.index import REFRESH_GROWTH, REFRESH_UNTIL, EventInfo

ORDER = ["quake-b1", "quake-a1", "budget-1", "quake-b2", "quake-a2", "quake-b3", "quake-a3", "budget-2"]


def one_at_a_time(order: list[str]) -> EventIndex:
    articles = {a.id: a for a in load()}
    index = EventIndex()
    for article_id in order:
        index.add([articles[article_id]])
    return index


def test_a_grown_young_index_has_the_batch_neighbours() -> None:
    assert REFRESH_GROWTH == 4  # refreshes at the 1st and 4th add
    index = one_at_a_time(ORDER[:4])
    batch = EventIndex()
    batch.add([a for a in load() if a.id in ORDER[:4]])
    assert index.refreshed_at == 4 < REFRESH_UNTIL
    assert index.neighbours == batch.neighbours
    assert index.event_of == batch.event_of


def test_one_at_a_time_finds_the_batch_events() -> None:
    assert partition(dict(one_at_a_time(ORDER).event_of)) == partition(EXPECTED)


def test_refresh_point_survives_the_saved_state() -> None:
    index = one_at_a_time(ORDER[:5])
    state = json.loads(json.dumps(index.to_state()))
    assert state["refreshed_at"] == 4
    assert EventIndex.from_state(state).refreshed_at == 4
    del state["refreshed_at"]  # a state saved before refreshes existed
    assert EventIndex.from_state(state).refreshed_at == state["n_docs"]


def test_the_lists_a_new_report_reaches_are_rescored_under_todays_weights() -> None:
    index = one_at_a_time(ORDER[:6])  # no refresh at the 5th or 6th add (last one at 4)
    index._cache = {}
    reached = {other for other, _ in index.neighbours["quake-b3"]}  # offered the 6th report
    for article in reached:
        for other, sim in index.neighbours[article]:
            vectors = index._vectors([article, other])
            today = sum(w * vectors[other].get(t, 0.0) for t, w in vectors[article].items())
            assert abs(today - sim) < 1e-9, (article, other)


def test_a_split_event_gives_each_part_its_own_id() -> None:
    """The reopened event keeps its id for the part holding most of it; the other part's
    fresh id must differ even when its earliest report gave the event its id."""
    index = EventIndex(
        articles={i: ArticleFeatures(id=i) for i in ("x1", "y1", "y2")},
        event_of={"x1": "ev-x1", "y1": "ev-x1", "y2": "ev-x1"},
        events={"ev-x1": EventInfo(size=3)},
    )
    index._name_events(["x1", "y1", "y2"], {"x1": "x1", "y1": "y1", "y2": "y1"}, set(), {"ev-x1"})
    assert index.event_of["y1"] == index.event_of["y2"] == "ev-x1"
    assert index.event_of["x1"] not in ("ev-x1", "")
    assert index.events[index.event_of["x1"]].size == 1
