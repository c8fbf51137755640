"""Export a corpus for other tools: one row per event, or one row per fact (`facts=True`).

Formats: jsonl, csv, geojson (points at each event's main place, or each place fact),
parquet. See docs/store.md for the columns.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from rashomon.export.rows import EVENT_FIELDS, FACT_FIELDS, event_rows, fact_rows
from rashomon.export.writers import write_csv, write_geojson, write_jsonl, write_parquet
from rashomon.store import Store

FORMATS = ("jsonl", "csv", "geojson", "parquet")

__all__ = ["FORMATS", "ExportError", "export"]


class ExportError(ValueError):
    """A usage problem with an export (unknown format, parquet to a terminal)."""


def export(store: Store, fmt: str, out: str | Path | None = None, facts: bool = False) -> int:
    """Write the rows to `out` (a path; None or "-" for standard output); rows written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    rows = fact_rows(store) if facts else event_rows(store)
    fields = FACT_FIELDS if facts else EVENT_FIELDS
    to_stdout = out is None or str(out) == "-"
    if fmt == "parquet":
        if to_stdout:
            raise ExportError("parquet is binary: give a file with --out")
        return write_parquet(rows, str(out), fields)
    if to_stdout:
        return _write_text(fmt, rows, sys.stdout, fields)
    with open(out, "w", encoding="utf-8", newline="") as handle:  # type: ignore[arg-type]
        return _write_text(fmt, rows, handle, fields)


def _write_text(fmt: str, rows: Any, handle: Any, fields: Any) -> int:
    if fmt == "csv":
        return write_csv(rows, handle, fields)
    if fmt == "geojson":
        return write_geojson(rows, handle)
    return write_jsonl(rows, handle)
