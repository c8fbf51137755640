"""The corpus commands end to end with the real extractor: ingest, events, show, group,
regroup, export, and one clear line (no traceback) for each user mistake."""

from __future__ import annotations

import json
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "corpus"))
from helpers import corpus_module  # noqa: E402

from rashomon.cli import app  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
SMALL = FIXTURES / "small.jsonl"
runner = CliRunner()


def run(*args: str, env: dict | None = None):
    return runner.invoke(app, list(args), env=env)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "corpus.db"
    result = run("ingest", str(SMALL), str(FIXTURES / "page.html"), str(FIXTURES / "feed.xml"), "--db", str(path))
    assert result.exit_code == 1, result.output  # two bad lines in small.jsonl
    return path


def test_ingest_reports_bad_lines_by_number_and_stores_the_rest(db):
    counts = sqlite3.connect(db).execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert counts == 7  # 5 good JSONL lines, the HTML page, the feed entry
    again = run("ingest", str(SMALL), "--db", str(db), "--json")
    data = json.loads(again.stdout)
    assert data["new"] == 0 and data["duplicates"] == 5 and data["store"]["articles"] == 7
    lines = [line for line in again.stderr.splitlines() if line.startswith("skipped")]
    assert len(lines) == 2 and "small.jsonl:4: not valid JSON" in lines[0] and "small.jsonl:7:" in lines[1]
    assert "Traceback" not in again.output


def test_events_lists_and_filters(db):
    listed = json.loads(run("events", "--db", str(db), "--json").stdout)["events"]
    quarry = next(e for e in listed if "quarry-1" in e["article_ids"] or e["id"] == "ev-quarry-1")
    assert quarry["reports"] == 3 and quarry["independent_sources"] == 2  # quarry-3 reprints quarry-1
    assert quarry["conflicts"] >= 1
    since = json.loads(run("events", "--db", str(db), "--json", "--since", "2022-08-01").stdout)["events"]
    assert {e["id"] for e in since} == {e["id"] for e in listed if e["last_published"] >= "2022-08-01"}
    found = json.loads(run("events", "--db", str(db), "--json", "--text", "ferry").stdout)["events"]
    assert [e["title"] for e in found] == ["Ferry capsizes on Lake Kivu"]
    table = run("events", "--db", str(db), "--limit", "2")
    assert table.exit_code == 0 and "2 events" in table.stdout


def test_show_renders_the_event_like_compare(db):
    data = json.loads(run("show", "ev-quarry-1", "--db", str(db), "--json").stdout)
    assert data["schema"] == "rashomon.compare/1" and data["event"]["id"] == "ev-quarry-1"
    assert data["copies"] == {"quarry-3": "quarry-1"}
    casualty = [s for s in data["slots"] if s["kind"] == "casualty" and s["status"] == "conflict"]
    assert casualty and {v["low"] for v in casualty[0]["values"]} == {9, 11}
    facts = {f["id"]: f for f in data["facts"]}
    assert all(i in facts for s in data["slots"] for v in s["values"] for i in v["facts"])
    text = run("show", "ev-quarry-1", "--db", str(db))
    assert text.exit_code == 0 and "conflict" in text.stdout and "quarry-3 reprints quarry-1" in text.stdout


@pytest.mark.parametrize("args, message", [
    (["show", "ev-nothing"], "no event 'ev-nothing'"),
    (["events", "--db", "{tmp}/absent.db"], "no such database"),
    (["ingest", str(SMALL), "--db", "{tmp}/no/dir/x.db"], "does not exist"),
    (["events", "--db", "{tmp}/notes.db"], "cannot use this file as a rashomon database"),
    (["export", "--format", "parquet"], "give a file with --out"),
    (["export", "--format", "xml"], "unknown format"),
])
def test_user_mistakes_give_one_line(db, tmp_path, args, message):
    (tmp_path / "notes.db").write_text("not a database\n" * 200)
    args = [a.format(tmp=tmp_path) for a in args]
    if "--db" not in args:
        args += ["--db", str(db)]
    result = run(*args)
    assert result.exit_code in (1, 2)
    assert message in result.stderr and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


def test_db_comes_from_the_environment(db):
    result = run("events", "--json", env={"RASHOMON_DB": str(db)})
    assert result.exit_code == 0 and json.loads(result.stdout)["events"]


def test_group_without_a_store(tmp_path):
    result = run("group", str(SMALL), "--json")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    events = {r["id"]: r["event"] for r in rows}
    assert set(events) == {"quarry-1", "quarry-2", "quarry-3", "ferry-1", "ferry-2"}
    assert events["quarry-1"] == events["quarry-3"] and events["ferry-1"] == events["ferry-2"]
    assert events["quarry-1"] != events["ferry-1"]
    assert result.exit_code == 1  # the bad lines were skipped and named
    assert not list(tmp_path.iterdir())  # no store was written


def test_regroup_keeps_every_article_and_link(db, tmp_path):
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    before = sqlite3.connect(copy).execute("SELECT COUNT(*) FROM duplicates").fetchone()[0]
    result = run("regroup", "--db", str(copy))
    assert result.exit_code == 0 and "events" in result.stdout
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT COUNT(*) FROM assignments").fetchone()[0] == 7
    assert conn.execute("SELECT COUNT(*) FROM duplicates").fetchone()[0] == before == 1
    assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] >= 3


def test_killed_cli_ingest_resumes_without_loss_or_duplicates(tmp_path):
    """`rashomon ingest` with the real extractor, SIGKILLed mid-run, then run to the end."""
    module = corpus_module()
    corpus = tmp_path / "corpus.jsonl"
    records = module.make_corpus(60, seed=11)
    module.write_jsonl(str(corpus), records)
    db = tmp_path / "c.db"
    # the installed entry point (`python -m rashomon.cli` runs main() before the corpus
    # commands are registered at the end of cli.py)
    command = [str(Path(sys.executable).parent / "rashomon"), "ingest", str(corpus), "--db", str(db),
               "--batch-size", "10"]
    log = tmp_path / "stderr.txt"
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log.open("w"))
    deadline = time.time() + 240
    while time.time() < deadline and proc.poll() is None:  # kill once the first batch landed
        time.sleep(0.2)
        if _count(db, "SELECT COUNT(*) FROM articles"):
            # a moment inside the run: the whole corpus takes a few seconds after the first batch
            time.sleep(random.Random(5).uniform(0.0, 0.3))
            break
    assert proc.poll() is None, f"the ingest ended before it could be killed: {log.read_text()[-2000:]}"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_at = _count(db, "SELECT COUNT(*) FROM articles")
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert killed_at < len(records)
    conn = sqlite3.connect(db)
    ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
    assert sorted(ids) == sorted(r["id"] for r in records)
    assert conn.execute("SELECT COUNT(*) FROM assignments").fetchone()[0] == len(records)
    assert conn.execute("SELECT COUNT(DISTINCT article_id) FROM facts").fetchone()[0] == len(records)


def _count(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(db, timeout=5)
        try:
            return conn.execute(sql).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0
