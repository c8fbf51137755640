"""The corpus store: articles, facts, events, near-duplicate links and slots in a database.

`open_store(path)` opens (and migrates) the embedded SQLite store; see docs/store.md for
the schema and how migrations are numbered and applied.
"""

from __future__ import annotations

import os
from pathlib import Path

from rashomon.store.base import Store, StoreError
from rashomon.store.codec import EventSummary

DEFAULT_DB = "rashomon.db"
DB_ENV = "RASHOMON_DB"

__all__ = ["DB_ENV", "DEFAULT_DB", "EventSummary", "Store", "StoreError", "default_path", "open_store"]


def default_path() -> str:
    """`$RASHOMON_DB`, else rashomon.db in the current directory."""
    return os.environ.get(DB_ENV) or DEFAULT_DB


def open_store(path: str | Path | None = None, must_exist: bool = False) -> Store:
    """The store at `path` with its schema up to date (created when missing unless `must_exist`)."""
    from rashomon.store.sqlite import SQLiteStore

    store = SQLiteStore(path or default_path(), must_exist=must_exist)
    try:
        store.migrate()
    except StoreError:
        store.close()
        raise
    return store
