"""Shared test helpers: where the public data lives, and skips that say why."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RASHOMON_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "seeds"
EXAMPLES = REPO / "examples"


def need(path: Path) -> Path:
    """Skip, naming the missing path, when public data is not beside the repo."""
    if not path.exists():
        pytest.skip(f"{path} is absent (public data is read from ../shared at run time)")
    return path


@pytest.fixture
def seeds() -> list[Path]:
    """The two seed reports, sorted (the Sputnik report first)."""
    return sorted(need(SEEDS).glob("*.txt"))
