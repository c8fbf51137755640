"""Export formats: JSONL, CSV, GeoJSON and Parquet writers over the rows of export/rows.py.

Each writer takes an iterator of dicts and a binary or text destination and returns the
number of rows written. JSONL and GeoJSON keep nesting; CSV flattens lists to "; "-joined
text and objects to JSON; Parquet keeps lists and structs as Arrow types except the
free-form fact `details`, stored as a JSON string (its fields differ by fact kind).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import IO, Any


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def flat(value: Any) -> Any:
    """A CSV cell: lists of words joined with "; ", casualty entries as "label min-max (status)"."""
    if isinstance(value, list):
        return "; ".join(_flat_item(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "" if value is None else value


def _flat_item(item: Any) -> str:
    if isinstance(item, dict) and "label" in item:
        low, high = item.get("min"), item.get("max")
        span = "?" if low is None and high is None else (f"{low}" if low == high else f"{low}-{high}")
        return f"{item['label']} {span} ({item.get('status', '')})"
    return str(item)


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str], fields: Sequence[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: flat(v) for k, v in row.items()})
        count += 1
    return count


def write_geojson(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """A FeatureCollection; rows without coordinates get a null geometry (valid GeoJSON)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for row in rows:
        lat, lon = row.get("latitude"), row.get("longitude")
        geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
        properties = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
        feature = {"type": "Feature", "geometry": geometry, "properties": properties}
        out.write((",\n" if count else "") + json.dumps(feature, ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count


def write_parquet(rows: Iterable[dict[str, Any]], path: str, fields: Sequence[str]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = [{k: (json.dumps(v, ensure_ascii=False) if k == "details" else v) for k, v in row.items()}
               for row in rows]
    table = pa.Table.from_pylist(records) if records else pa.table({f: pa.array([], pa.string()) for f in fields})
    pq.write_table(table.select(list(fields)), path)
    return len(records)
