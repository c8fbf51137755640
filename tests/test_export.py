"""Exports: every format holds the same events (or facts), readable by ordinary tools."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "corpus"))
from helpers import stub_stages  # noqa: E402

from rashomon.core import Rashomon  # noqa: E402
from rashomon.export import EVENT_FIELDS, ExportError, export  # noqa: E402
from rashomon.export.rows import FACT_FIELDS  # noqa: E402

SMALL = Path(__file__).parent / "fixtures" / "corpus" / "small.jsonl"


@pytest.fixture(scope="module")
def core(tmp_path_factory):
    app = Rashomon(tmp_path_factory.mktemp("export") / "c.db", stages=stub_stages())
    app.ingest([str(SMALL)])
    yield app
    app.close()


def read(fmt: str, path: Path) -> list[dict]:
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text().splitlines()]
    if fmt == "csv":
        with path.open(newline="") as handle:
            return list(csv.DictReader(handle))
    if fmt == "geojson":
        return json.loads(path.read_text())["features"]
    return pq.read_table(path).to_pylist()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson", "parquet"])
def test_event_rows_in_every_format(core, tmp_path, fmt):
    path = tmp_path / f"events.{fmt}"
    count = core.export(fmt, path)
    rows = read(fmt, path)
    assert count == len(rows) == len(core.events()) == 2
    if fmt == "geojson":
        quarry = next(f for f in rows if f["properties"]["event_id"] == "ev-quarry-1")
        assert quarry["geometry"] == {"type": "Point", "coordinates": [-0.04, 16.27]}
        props = quarry["properties"]
    else:
        props = next(r for r in rows if r["event_id"] == "ev-quarry-1")
        assert list(props) == list(EVENT_FIELDS)
    assert str(props["independent_sources"]) == "2" and str(props["reports"]) == "3"
    ferry = next(r.get("properties", r) for r in rows if r.get("properties", r)["event_id"] == "ev-ferry-1")
    if fmt == "csv":
        assert "14-20 (conflict)" in ferry["casualties"] and props["latitude"] == "16.27"
    else:
        conflict = [c for c in ferry["casualties"] if c["status"] == "conflict"]
        assert conflict and (conflict[0]["min"], conflict[0]["max"]) == (14, 20)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_fact_rows_keep_their_evidence(core, tmp_path, fmt):
    path = tmp_path / f"facts.{fmt}"
    count = core.export(fmt, path, facts=True)
    rows = read(fmt, path)
    assert count == len(rows) == core.counts()["facts"] > 0
    assert list(rows[0]) == list(FACT_FIELDS)
    texts = {ex_id: core.article(ex_id).article.text for ex_id in {r["article_id"] for r in rows}}
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        assert texts[row["article_id"]][start:end] == row["text"]
        assert row["event_id"]
    details = rows[0]["details"]
    assert isinstance(json.loads(details) if isinstance(details, str) else details, dict)


def test_jsonl_to_standard_output(core, capsys):
    assert export(core.store, "jsonl", "-") == 2
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_parquet_needs_a_file(core):
    with pytest.raises(ExportError):
        export(core.store, "parquet", None)
