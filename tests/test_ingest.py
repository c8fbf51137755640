"""Ingest: idempotence, duplicates and copies, batches, bad input, and surviving SIGKILL.

The extractor is a regex stand-in (tests/fixtures/corpus/helpers.py) so that hundreds of
articles ingest in seconds; grouping, copy detection and reconciliation are the real ones.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "corpus"))
from helpers import corpus_module, stub_stages  # noqa: E402

from rashomon.core import Rashomon  # noqa: E402
from rashomon.model import Article  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    module = corpus_module()
    module.write_jsonl(str(path), module.make_corpus(80, seed=7))
    return path


def ids_in(path: Path) -> set[str]:
    return {json.loads(line)["id"] for line in path.read_text().splitlines()}


def core(db: Path, batch_size: int = 50, delay: float = 0.0) -> Rashomon:
    return Rashomon(db, stages=stub_stages(delay), batch_size=batch_size)


def table(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_ingest_twice_stores_once(tmp_path, corpus_file):
    db = tmp_path / "c.db"
    with core(db) as app:
        first = app.ingest([str(corpus_file)])
        again = app.ingest([str(corpus_file)])
        counts = app.counts()
    expected = ids_in(corpus_file)
    assert first.new == len(expected) and not first.skipped
    assert again.new == 0 and again.duplicates == len(expected)
    assert counts["articles"] == len(expected)
    assert {r[0] for r in table(db, "SELECT id FROM articles")} == expected
    assert table(db, "SELECT COUNT(*) FROM assignments")[0][0] == len(expected)


def test_syndicated_copies_are_linked_and_count_once(tmp_path, corpus_file):
    db = tmp_path / "c.db"
    with core(db) as app:
        summary = app.ingest([str(corpus_file)])
        links = dict(table(db, "SELECT copy_id, original_id FROM duplicates"))
        event_id = app.store.events_of(["ev008-wire"])["ev008-wire"]
        _, listing, copies = app.event(event_id)
    assert summary.near_duplicates == len(links) == 40  # 20 wire stories, 2 reprints each
    assert links["ev008-copy0"] == links["ev008-copy1"] == "ev008-wire"
    assert set(copies) >= {"ev008-copy0", "ev008-copy1"}
    assert listing.independent_sources == listing.reports - len(copies)


def test_batches_continue_the_grouping_of_earlier_runs(tmp_path, corpus_file):
    lines = corpus_file.read_text().splitlines()
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("\n".join(lines[:150]) + "\n")
    second.write_text("\n".join(lines[150:]) + "\n")
    db = tmp_path / "c.db"
    with core(db, batch_size=40) as app:
        app.ingest([str(first)])
    with core(db, batch_size=40) as app:  # a new process: the index comes from the store
        app.ingest([str(second)])
        events = {e.event.id: e for e in app.events()}
    members = dict(table(db, "SELECT article_id, event_id FROM assignments"))
    assert set(members.values()) == set(events)
    # reports of one synthetic incident are grouped together across the two runs
    same = [m for a, m in members.items() if a.startswith("ev040-")]
    assert len(set(same)) == 1
    assert sum(e.reports for e in events.values()) == len(lines)


def test_same_text_new_id_is_a_duplicate_and_reused_id_is_renamed(tmp_path):
    base = {"title": "t", "published": "2022-01-01", "text": "A fire destroyed a warehouse in Gao on Monday."}
    path = tmp_path / "in.jsonl"
    rows = [{"id": "x", **base}, {"id": "y", **base},
            {"id": "x", **base, "text": "A different report about a flood in Goma, with at least 4 dead."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    with core(tmp_path / "c.db") as app:
        summary = app.ingest([str(path)])
        again = app.ingest([str(path)])
    assert summary.new == 2 and summary.duplicates == 1
    assert summary.renamed and summary.renamed[0][0] == "x" and summary.renamed[0][1].startswith("x~")
    assert again.new == 0 and again.duplicates == 3  # the renamed id is stable across runs


def test_malformed_line_is_reported_with_its_number_and_the_rest_ingested(tmp_path):
    with core(tmp_path / "c.db") as app:
        summary = app.ingest([str(FIXTURES / "small.jsonl")])
    skipped = {r.source: r.reason for r in summary.skipped}
    assert any(s.endswith("small.jsonl:4") and "not valid JSON" in r for s, r in skipped.items())
    assert any(s.endswith("small.jsonl:7") for s in skipped)
    assert summary.new == 5 and summary.near_duplicates == 1


def test_an_extractor_failure_skips_one_article_only(tmp_path, corpus_file):
    stages = stub_stages()
    real = stages.extract

    def flaky(article: Article, anchor=None, anchor_from: str = ""):
        if article.id == "ev003-1":
            raise ValueError("boom")
        return real(article, anchor, anchor_from)

    stages.extract = flaky
    with Rashomon(tmp_path / "c.db", stages=stages) as app:
        summary = app.ingest([str(corpus_file)])
    assert [r.reason.split(" (")[0] for r in summary.skipped] == ["extraction failed"]
    assert "boom" in summary.skipped[0].reason
    assert summary.new == len(ids_in(corpus_file)) - 1


def test_undated_reports_borrow_their_events_dates(tmp_path):
    text = "At least 14 people drowned when a ferry sank near Goma on Tuesday, officials said."
    articles = [Article(id="dated", text=text, published=__import__("datetime").datetime(2022, 8, 2, 10)),
                Article(id="undated", text=text + "\nDivers searched for the missing near Goma.")]
    with core(tmp_path / "c.db") as app:
        app.ingest_items(articles)
        undated = app.article("undated")
    assert undated.anchor_from == "inferred" and undated.anchor.date().isoformat() == "2022-08-02"


def test_a_reader_can_query_while_ingest_runs(tmp_path, corpus_file):
    db = tmp_path / "c.db"
    Rashomon(db, stages=stub_stages()).close()  # create the schema first
    seen: list[int] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def read() -> None:
        try:
            with Rashomon(db, must_exist=True) as reader:
                while not done.is_set():
                    seen.append(reader.counts()["articles"])
                    reader.events(limit=5)
                    time.sleep(0.005)
        except BaseException as error:  # reported below
            errors.append(error)

    thread = threading.Thread(target=read)
    thread.start()
    with core(db, batch_size=20, delay=0.002) as app:
        app.ingest([str(corpus_file)])
    done.set()
    thread.join(timeout=10)
    assert not errors
    assert seen == sorted(seen) and len(set(seen)) > 2  # saw batches land, never a partial one
    assert all(n % 20 == 0 or n == len(ids_in(corpus_file)) for n in seen)


DRIVER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {helpers!r})
    from helpers import stub_stages
    from rashomon.core import Rashomon
    with Rashomon(sys.argv[1], stages=stub_stages(delay=0.004), batch_size=25) as app:
        app.ingest([sys.argv[2]])
""")


def test_sigkill_at_random_moments_loses_and_duplicates_nothing(tmp_path, corpus_file):
    db = tmp_path / "killed.db"
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER.format(helpers=str(FIXTURES)))
    rng = random.Random(3)
    kills = 0
    for _ in range(6):
        proc = subprocess.Popen([sys.executable, str(driver), str(db), str(corpus_file)], cwd=REPO)
        time.sleep(rng.uniform(0.3, 2.0))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
    subprocess.run([sys.executable, str(driver), str(db), str(corpus_file)], cwd=REPO, check=True)
    assert kills >= 2, "the ingest finished before it could be killed; slow the stand-in down"
    clean = tmp_path / "clean.db"
    with core(clean, batch_size=25) as app:
        app.ingest([str(corpus_file)])
    for sql in ("SELECT id FROM articles", "SELECT id FROM facts", "SELECT copy_id, original_id FROM duplicates",
                "SELECT article_id FROM assignments"):
        assert sorted(table(db, sql)) == sorted(table(clean, sql)), sql
    assert {r[0] for r in table(db, "SELECT id FROM articles")} == ids_in(corpus_file)
    orphans = "SELECT COUNT(*) FROM assignments WHERE event_id NOT IN (SELECT id FROM events)"
    assert table(db, orphans)[0][0] == 0


def test_regroup_keeps_the_index_version_growing_and_features_in_rows(tmp_path, corpus_file):
    lines = corpus_file.read_text().splitlines()
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("\n".join(lines[:100]) + "\n")
    second.write_text("\n".join(lines[100:]) + "\n")
    db = tmp_path / "c.db"
    with core(db) as app:
        app.ingest([str(first)])
        before = app.store.index_version()
        events = app.regroup()
        assert app.store.index_version() > before and events == len(app.events())
    with core(db) as app:
        app.ingest([str(second)])
        version, state = app.store.load_index()
    assert len(state["articles"]) == len(lines) == table(db, "SELECT COUNT(*) FROM index_articles")[0][0]
    stored = json.loads(table(db, "SELECT value FROM state")[0][0])
    assert "articles" not in stored  # per-article features live in their own rows
    assert table(db, "SELECT COUNT(*) FROM assignments")[0][0] == len(lines)


@pytest.mark.parametrize("workers", [1, 2])
def test_signatures_are_kept_and_find_the_same_copies(tmp_path, corpus_file, workers):
    """With a signature stage the workers (or, in-process, the main process) compute each
    article's signature, the store keeps it, and the copies found are those found without."""
    from dataclasses import replace

    from rashomon.group.duplicates import signature

    plain, signed = tmp_path / "plain.db", tmp_path / "signed.db"
    with core(plain) as app:
        app.ingest([str(corpus_file)])
    with Rashomon(signed, stages=replace(stub_stages(), signature=signature), batch_size=30, workers=workers) as app:
        app.ingest([str(corpus_file)])
        stored = app.store.signatures(sorted(ids_in(corpus_file)))
        texts = {ex.article.id: ex.article for ex in app.store.extractions(sorted(stored)).values()}
    copies = "SELECT copy_id, original_id FROM duplicates ORDER BY 1"
    assert table(signed, copies) == table(plain, copies) and len(table(plain, copies)) == 40
    assert set(stored) == ids_in(corpus_file)
    assert all(stored[a] == signature(article) for a, article in texts.items())


def test_collection_is_paused_only_for_a_pooled_commit():
    """The cycle collector is off while a pooled ingest commits a batch, and back on after
    (also after an error); an in-process ingest (the web app's) leaves it alone."""
    import gc

    from rashomon.core import collection_paused

    assert gc.isenabled()
    with collection_paused(True):
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collection_paused(True):
        raise RuntimeError("commit failed")
    assert gc.isenabled()
    with collection_paused(False):
        assert gc.isenabled()


def test_with_last_flags_only_the_last_item():
    from rashomon.ingest import with_last

    assert list(with_last([])) == []
    assert list(with_last(["a"])) == [("a", True)]
    assert list(with_last(iter("abc"))) == [("a", False), ("b", False), ("c", True)]
