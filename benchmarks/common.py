"""Where the public evaluation data lives, for every benchmark script.

The data is third-party and is read from ../shared at run time, never copied here.
`RASHOMON_SHARED` points elsewhere when it is not beside the repository.
"""

from __future__ import annotations

import csv
import os
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASHOMON_SHARED", REPO.parent / "shared"))
FAKES = SHARED / "data" / "fakes" / "FA-KES-Dataset.csv"


def require(path: Path) -> Path:
    """Exit cleanly, saying what is missing, when the data is absent."""
    if not path.exists():
        print(f"skipped: {path} is absent (public data is read from ../shared at run time)")
        sys.exit(0)
    return path


def fakes_rows() -> Iterator[dict[str, str]]:
    """The FA-KES rows as dicts (unit_id, article_title, article_content, source, date, location, labels)."""
    csv.field_size_limit(10**8)
    with require(FAKES).open(encoding="utf-8", errors="replace", newline="") as handle:
        yield from csv.DictReader(handle)
