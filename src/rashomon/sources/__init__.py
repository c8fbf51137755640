"""Reports come in: files, HTML pages, JSON/JSONL records (and feeds and URLs) -> `Article`.

Each reader yields `Article`s, or a `Rejected` naming the input and the problem, so one bad
input never stops the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from rashomon.model import Article, Rejected
from rashomon.sources.files import read_path

__all__ = ["read_inputs"]


def read_inputs(inputs: Iterable[str], recursive: bool = False) -> Iterator[Article | Rejected]:
    """Articles from every input in order; ids made unique by suffixing repeats."""
    seen: dict[str, int] = {}
    for item in inputs:
        for result in read_path(Path(item), recursive=recursive):
            if isinstance(result, Article):
                count = seen.get(result.id, 0)
                seen[result.id] = count + 1
                if count:
                    result.id = f"{result.id}~{count + 1}"
            yield result
