"""The extraction pool (rashomon.workers): same store whatever the number of workers, and
no worker outlives a killed ingest."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "corpus"))
from helpers import corpus_module, stub_stages  # noqa: E402

from rashomon.core import Rashomon  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
REPO = Path(__file__).resolve().parents[1]
TABLES = ('SELECT id, article_id, kind, start, "end", text, payload FROM facts',
          "SELECT article_id, event_id FROM assignments", "SELECT copy_id, original_id FROM duplicates",
          "SELECT event_id, position, id, label, status, low, high, slot_values FROM slots",
          "SELECT part, key, value FROM index_parts")


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    module = corpus_module()
    module.write_jsonl(str(path), module.make_corpus(60, seed=5))
    return path


def rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute(sql).fetchall(), key=repr)
    finally:
        conn.close()


def test_one_or_three_workers_store_the_same(tmp_path, corpus_file):
    for workers in (1, 3):
        with Rashomon(tmp_path / f"w{workers}.db", stages=stub_stages(), batch_size=40, workers=workers) as app:
            summary = app.ingest([str(corpus_file)])
        assert summary.new > 100 and not summary.skipped
    for sql in TABLES:
        assert rows(tmp_path / "w1.db", sql) == rows(tmp_path / "w3.db", sql), sql


DRIVER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {helpers!r})
    from helpers import stub_stages
    from rashomon.core import Rashomon
    with Rashomon(sys.argv[1], stages=stub_stages(delay=0.05), batch_size=40, workers=2) as app:
        app.ingest([sys.argv[2]])
""")


def children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_a_killed_ingest(tmp_path, corpus_file):
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER.format(helpers=str(FIXTURES)))
    proc = subprocess.Popen([sys.executable, str(driver), str(tmp_path / "k.db"), str(corpus_file)], cwd=REPO)
    workers: set[int] = set()
    deadline = time.monotonic() + 30
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        workers = children(proc.pid)
        time.sleep(0.05)
    assert len(workers) >= 2, "the pool never started"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(w) for w in workers)


def test_batches_cut_in_many_runs_store_the_same(tmp_path, corpus_file, monkeypatch):
    """Runs of a few articles, several per worker, come back in order with their fact rows
    (encoded by the workers) and store what one in-process extractor stores."""
    from rashomon import workers

    monkeypatch.setattr(workers, "RUN_ARTICLES", 7)
    for count in (1, 2):
        with Rashomon(tmp_path / f"r{count}.db", stages=stub_stages(), batch_size=40, workers=count) as app:
            summary = app.ingest([str(corpus_file)])
        assert summary.new > 100 and not summary.skipped
    for sql in TABLES:
        assert rows(tmp_path / "r1.db", sql) == rows(tmp_path / "r2.db", sql), sql


def test_run_bounds_cover_the_batch_in_order_and_shorten_the_last_round():
    """Runs are contiguous and cover the batch; only a last batch ends in short runs."""
    from rashomon.workers import LAST_RUN_ARTICLES, RUN_ARTICLES, run_bounds

    for count in (1, 2, 17, 40, 100, 128, 129, 466, 500):
        for workers in (1, 2, 3):
            for last in (False, True):
                bounds = run_bounds(count, workers, last)
                assert bounds[0][0] == 0 and bounds[-1][1] == count
                assert all(end > start for start, end in bounds)
                assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
                assert all(end - start <= RUN_ARTICLES for start, end in bounds)
    assert [e - s for s, e in run_bounds(500, 2)] == [64] * 7 + [52]
    tail = [e - s for s, e in run_bounds(500, 2, last=True)]
    assert tail[:6] == [64] * 5 + [52] and tail[6:] == [LAST_RUN_ARTICLES] * 8


def test_the_last_batch_is_committed_in_pieces_that_store_the_same(tmp_path, corpus_file):
    """A pooled ingest commits its last batch in pieces as they come back (progress reports
    each), and stores the facts, events, copies and slots that an in-process ingest
    committing it whole stores. (The grouping index's saved neighbour scores are not
    compared: they are computed with the term weights known when each piece is added.)"""
    reports: dict[int, list[tuple[int, int]]] = {1: [], 2: []}
    for workers in (1, 2):
        def progress(read: int, new: int, workers: int = workers) -> None:
            reports[workers].append((read, new))

        with Rashomon(tmp_path / f"p{workers}.db", stages=stub_stages(), batch_size=1000, workers=workers) as app:
            summary = app.ingest([str(corpus_file)], progress=progress)
        assert summary.new > 100 and not summary.skipped
    assert len(reports[1]) == 1 and len(reports[2]) == 3
    assert reports[2][-1] == reports[1][-1] and [r for r, _ in reports[2]] == sorted(r for r, _ in reports[2])
    for sql in TABLES[:-1]:
        assert rows(tmp_path / "p1.db", sql) == rows(tmp_path / "p2.db", sql), sql


def test_tail_pieces_cover_the_batch_and_shrink_towards_the_end():
    """At most three contiguous pieces, none too small for the pool, the last the shortest;
    one piece without a pool."""
    from rashomon.workers import LAST_RUN_ARTICLES, MIN_POOL_ARTICLES, RUN_ARTICLES, tail_pieces

    for count in (0, 1, 15, 16, 40, 48, 100, 200, 500, 1000):
        assert tail_pieces(count, 1) == [(0, count)]
        for workers in (2, 3):
            pieces = tail_pieces(count, workers)
            assert pieces[0][0] == 0 and pieces[-1][1] == count and len(pieces) <= 3
            assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))
            sizes = [end - start for start, end in pieces]
            assert len(sizes) == 1 or min(sizes) >= MIN_POOL_ARTICLES
    assert [e - s for s, e in tail_pieces(500, 2)] == [500 - 2 * (RUN_ARTICLES + LAST_RUN_ARTICLES),
                                                       2 * RUN_ARTICLES, 2 * LAST_RUN_ARTICLES]
