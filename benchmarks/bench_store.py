"""Ingest throughput with extraction stubbed: is the store (and batching) a bottleneck?

Generates a synthetic corpus (tests/fixtures/corpus/make_corpus.py), ingests it into a
fresh SQLite file with the regex stand-in extractor, and reports articles/second overall
and the seconds spent in each stage (extract stub, grouping index, copy detection,
reconciliation, SQL, index state save).

    .venv/bin/python benchmarks/bench_store.py [N_EVENTS] [BATCH_SIZE]
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "corpus"))

from helpers import corpus_module, stub_stages  # noqa: E402

from rashomon.core import Rashomon  # noqa: E402
from rashomon.store.base import Store  # noqa: E402

spent: dict[str, float] = defaultdict(float)


def timed(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            spent[name] += time.perf_counter() - started
    return wrapper


class TimedIndex:
    """The real index with `add` and `to_state` timed."""

    def __init__(self, index: Any) -> None:
        self.index = index

    def add(self, articles: list) -> dict[str, str]:
        return timed("group (EventIndex.add)", self.index.add)(articles)

    def to_state(self) -> dict:
        return timed("index to_state", self.index.to_state)()


def main() -> None:
    n_events = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    batch = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    module = corpus_module()
    records = module.make_corpus(n_events, seed=1)
    stages = stub_stages()
    stages.extract = timed("extract (stub)", stages.extract)
    stages.near_duplicates = timed("near duplicates", stages.near_duplicates)
    stages.reconcile = timed("reconcile", stages.reconcile)
    new_index, from_state = stages.new_index, stages.index_from_state
    stages.new_index = lambda: TimedIndex(new_index())
    stages.index_from_state = lambda state: TimedIndex(timed("index from_state", from_state)(state))
    Store.execute = timed("SQL (Store.execute)", Store.execute)  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        module.write_jsonl(str(corpus), records)
        started, cpu = time.perf_counter(), time.process_time()
        with Rashomon(Path(folder) / "bench.db", stages=stages, batch_size=batch) as app:
            summary = app.ingest([str(corpus)])
            counts = app.counts()
        total, cpu = time.perf_counter() - started, time.process_time() - cpu
        size = (Path(folder) / "bench.db").stat().st_size
    print(f"{summary.new} articles ({counts['events']} events, {counts['facts']} facts) in {total:.1f} s: "
          f"{summary.new / total:.0f} articles/s wall-clock ({summary.new / cpu:.0f} per CPU second); "
          f"batch {batch}; db {size / 1e6:.1f} MB")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {name:28s} {seconds:7.2f} s  {1000 * seconds / max(summary.new, 1):6.2f} ms/article")


if __name__ == "__main__":
    main()
