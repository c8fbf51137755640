"""The grouping index is saved key by key (migration 0003): what a batch changed, not the
whole state. These tests check that the rows add up to exactly the in-memory index, after
many batches, after a regroup, and after upgrading a store whose state was one blob."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "corpus"))
from helpers import corpus_module, stub_stages  # noqa: E402

from rashomon.core import Rashomon  # noqa: E402
from rashomon.group.index import EventIndex  # noqa: E402
from rashomon.store import codec  # noqa: E402


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    module = corpus_module()
    module.write_jsonl(str(path), module.make_corpus(40, seed=11))
    return path


def app(db: Path) -> Rashomon:
    return Rashomon(db, stages=stub_stages(), batch_size=15, workers=1)


def stored_state(db: Path) -> dict:
    with app(db) as reader:
        _, state = reader.store.load_index()
    return json.loads(json.dumps(state))


def test_rows_saved_batch_by_batch_rebuild_the_index_exactly(tmp_path, corpus_file):
    db = tmp_path / "c.db"
    with app(db) as writer:
        writer.ingest([str(corpus_file)])
        live = json.loads(json.dumps(writer._index.to_state()))
        blob = sqlite3.connect(db).execute("SELECT value FROM state").fetchone()[0]
    assert stored_state(db) == live
    assert len(blob) < 200  # the blob keeps only the scalars
    rows = sqlite3.connect(db).execute("SELECT COUNT(*) FROM index_parts WHERE part = 'events'").fetchone()[0]
    assert rows == len(live["events"])  # events that were merged away are deleted, not left behind


def test_a_regroup_replaces_the_rows(tmp_path, corpus_file):
    db = tmp_path / "c.db"
    with app(db) as writer:
        writer.ingest([str(corpus_file)])
        writer.regroup()
        live = json.loads(json.dumps(writer._index.to_state()))
    assert stored_state(db) == live


def test_a_state_saved_as_one_blob_is_rewritten_as_rows_on_the_next_batch(tmp_path, corpus_file):
    lines = corpus_file.read_text().splitlines()
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("\n".join(lines[:60]) + "\n")
    second.write_text("\n".join(lines[60:]) + "\n")
    db = tmp_path / "c.db"
    with app(db) as writer:
        writer.ingest([str(first)])
        state = writer._index.to_state()
    old = {k: v for k, v in state.items() if k != "articles"}  # how a pre-0003 store kept it
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DELETE FROM index_parts")
        conn.execute("UPDATE state SET value = ?", (codec.dumps(old),))
    conn.close()
    with app(db) as writer:
        writer.ingest([str(second)])
        live = json.loads(json.dumps(writer._index.to_state()))
    assert stored_state(db) == live
    with app(tmp_path / "straight.db") as straight:  # and it groups as an uninterrupted run
        straight.ingest([str(first)])
        straight.ingest([str(second)])
        assert straight._index.event_of == EventIndex.from_state(live).event_of
