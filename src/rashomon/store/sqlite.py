"""The SQLite backend: one file, write-ahead log, so readers never wait for an ingest.

WAL lets any number of readers query while one writer commits batches. `synchronous=NORMAL`
in WAL mode keeps every committed transaction across a killed process (only a power cut
can lose the last few commits, never corrupt the file), at a fraction of FULL's fsyncs.
Writes start with BEGIN IMMEDIATE, which takes the write lock up front so that two
writers queue (busy timeout) instead of failing half-way through a batch.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rashomon.store.base import Store, StoreError

# How long a writer waits for another writer's batch to commit before giving up. A batch
# of 200 articles commits in well under a second; 30 s covers a slow disk and a regroup.
BUSY_TIMEOUT_MS = 30_000
# Page cache per connection (negative = KiB): 64 MiB keeps the indexes of a
# several-hundred-thousand-article corpus in memory on a laptop.
CACHE_KIB = 64 * 1024


class SQLiteStore(Store):
    """A corpus in one SQLite file."""

    def __init__(self, path: str | Path, must_exist: bool = False) -> None:
        self.path = Path(path)
        check_path(self.path, must_exist)
        super().__init__()
        try:
            self._configure()
        except StoreError as error:
            self.conn.close()
            raise StoreError(
                f"{self.path}: cannot use this file as a rashomon database ({error.__cause__})", error.sql
            ) from error

    def _connect(self) -> sqlite3.Connection:
        try:
            return sqlite3.connect(
                str(self.path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            )
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot open the database ({error})") from error

    def _configure(self) -> None:
        from rashomon.store import queries as q

        for pragma in (
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=NORMAL",
            "PRAGMA foreign_keys=ON",
            f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
            f"PRAGMA cache_size=-{CACHE_KIB}",
        ):
            self.execute(q.Query(pragma))

    def _begin_sql(self) -> str:
        return "BEGIN IMMEDIATE"


def check_path(path: Path, must_exist: bool) -> None:
    """Refuse, in one line, a path that cannot hold a database (before SQLite says it vaguely)."""
    if path.is_dir():
        raise StoreError(f"{path}: is a directory; give a database file, e.g. {path / 'rashomon.db'}")
    if must_exist and not path.exists():
        raise StoreError(f"{path}: no such database; run `rashomon ingest` first or give --db")
    if not path.parent.exists():
        raise StoreError(f"{path}: directory {path.parent} does not exist; create it first")
