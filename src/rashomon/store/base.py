"""The store: what is kept about a corpus and how, independent of the database engine.

`Store` holds all the logic (migrations, what a batch writes, how an event is read back)
and runs every statement through `execute`, which logs it and turns any driver error into
a `StoreError` naming the SQL. A backend supplies only a handful of hooks: how to connect,
how to begin a write transaction, how its driver wants placeholders, and which driver
errors mean "not a database". SQLite is the one backend today (store/sqlite.py); a
PostgreSQL one would subclass `Store` the same way without touching the pipeline.
"""

from __future__ import annotations

import json
import logging
import time
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from rashomon.model import Extraction, Fact
from rashomon.store import codec
from rashomon.store import queries as q

log = logging.getLogger("rashomon.store")
MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
    "name TEXT NOT NULL, applied TEXT NOT NULL)"
)
INDEX_STATE = "event_index"
# The part of the index state kept as one row per article (migration 0002).
INDEX_FEATURES = "articles"
# The other keyed parts of the index state, kept as one row per (part, key) (migration 0003).
INDEX_PARTS = ("df", "event_of", "neighbours", "postings", "events")


class StoreError(Exception):
    """A database problem, with the statement that met it (`sql`) for the log and bug reports."""

    def __init__(self, message: str, sql: str = "") -> None:
        super().__init__(message)
        self.sql = sql


def now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds")


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of every migration shipped, in order."""
    folder = resources.files("rashomon.store") / "migrations"
    found = []
    for item in folder.iterdir():
        if item.name.endswith(".sql") and item.name[:4].isdigit():
            found.append((int(item.name[:4]), item.name, item.read_text(encoding="utf-8")))
    return sorted(found)


class Store(ABC):
    """A corpus database: articles, facts, near-duplicate links, events, slots, index state."""

    # -- backend hooks ---------------------------------------------------------------------

    @abstractmethod
    def _connect(self) -> Any:
        """A DB-API connection in autocommit mode (transactions are begun explicitly)."""

    @abstractmethod
    def _begin_sql(self) -> str:
        """The statement that starts a write transaction holding the write lock."""

    def _sql(self, sql: str) -> str:
        """The statement in the driver's placeholder style (queries use `?`)."""
        return sql

    def _script(self, sql: str) -> None:
        """Run a migration file: statements end with `;`, comments run from `--` to the line end."""
        code = "\n".join(line.split("--", 1)[0] for line in sql.splitlines())
        for statement in (s.strip() for s in code.split(";")):
            if statement:
                self.execute(q.Query(statement))

    # -- running statements ----------------------------------------------------------------

    def __init__(self) -> None:
        self.conn = self._connect()
        self._depth = 0
        self._saved_features: set[str] = set()  # index features known to be in their table
        self._whole_index_due = False  # see load_index

    def execute(self, query: q.Query) -> list[tuple]:
        """Run one query (all its parameter rows for an executemany); rows of a SELECT."""
        sql = self._sql(query.sql)
        started = time.perf_counter()
        try:
            cursor = self.conn.cursor()
            rows: list[tuple] = []
            if query.many is not None:
                if query.many:
                    cursor.executemany(sql, query.many)
            else:
                cursor.execute(sql, tuple(query.params))
                rows = cursor.fetchall() if cursor.description else []
        except Exception as error:  # the driver's own error classes differ by backend
            raise StoreError(f"database error: {error}", sql) from error
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%.1f ms %s [%d rows]",
                1000 * (time.perf_counter() - started),
                sql,
                len(query.many) if query.many is not None else len(query.params),
            )
        return rows

    def lookup(self, build: Any, keys: Sequence[str]) -> list[tuple]:
        """A SELECT ... IN (keys) built by `build`, in chunks the driver accepts."""
        rows: list[tuple] = []
        for part in q.chunks(list(keys)):
            rows += self.execute(build(part))
        return rows

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write: all of it is committed, or none of it (also on a kill)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.execute(q.Query(self._begin_sql()))
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self.execute(q.Query("ROLLBACK"))
            raise
        self._depth = 0
        self.execute(q.Query("COMMIT"))

    def close(self) -> None:
        self.conn.close()

    # -- schema ----------------------------------------------------------------------------

    def migrate(self) -> list[str]:
        """Apply the migrations not applied yet, each in its own transaction; their names."""
        self.execute(q.Query(MIGRATIONS_TABLE))
        done = {row[0] for row in self.execute(q.Query("SELECT version FROM schema_migrations"))}
        applied = []
        for version, name, sql in migrations():
            if version in done:
                continue
            with self.transaction():
                if self.execute(q.Query("SELECT 1 FROM schema_migrations WHERE version = ?", (version,))):
                    continue  # another process applied it while we waited for the lock
                self._script(sql)
                self.execute(q.Query("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, now())))
            applied.append(name)
        return applied

    def schema_version(self) -> int:
        rows = self.execute(q.Query("SELECT MAX(version) FROM schema_migrations"))
        return rows[0][0] or 0

    # -- writing a batch -------------------------------------------------------------------

    def add_extractions(
        self,
        extractions: list[Extraction],
        signatures: Mapping[str, bytes | None] | None = None,
        fact_rows: Mapping[str, list[tuple]] | None = None,
    ) -> None:
        """Store the articles and their facts, and those of `signatures` (article id ->
        near-duplicate signature, rashomon.group.duplicates.signature) that are theirs.
        `fact_rows` (article id -> its facts' `codec.fact_row`s, already encoded by the
        extraction workers) saves encoding them here; articles absent from it are encoded."""
        stamp = now()
        given = fact_rows or {}
        self.execute(q.insert_articles(codec.article_row(ex, stamp) for ex in extractions))
        self.execute(q.insert_facts(row for ex in extractions for row in _fact_rows(ex, given)))
        if signatures:
            ids = [ex.article.id for ex in extractions]
            self.execute(q.insert_signatures((a, signatures[a]) for a in ids if a in signatures))

    def add_duplicates(self, links: dict[str, str]) -> None:
        if links:
            self.execute(q.insert_duplicates(sorted(links.items())))

    def assign(self, assignments: dict[str, str]) -> None:
        if assignments:
            self.execute(q.upsert_assignments(sorted(assignments.items())))

    def save_events(self, summaries: list[codec.EventSummary], slots: dict[str, list[Any]]) -> None:
        """Replace the listed events' rows and their slots."""
        if not summaries:
            return
        stamp = now()
        self.execute(q.upsert_events(codec.event_row(s, stamp) for s in summaries))
        ids = [s.event.id for s in summaries]
        for part in q.chunks(ids):
            self.execute(q.delete_slots(part))
        rows = [codec.slot_row(e, n, slot) for e in ids for n, slot in enumerate(slots.get(e, []))]
        self.execute(q.insert_slots(rows))

    def delete_events(self, event_ids: Sequence[str]) -> None:
        """Remove events (and their slots) left without reports."""
        for part in q.chunks(list(event_ids)):
            for query in q.delete_events(part):
                self.execute(query)

    def clear_grouping(self) -> None:
        for query in q.clear_grouping():
            self.execute(query)
        self._saved_features = set()
        self._whole_index_due = False

    def index_version(self) -> int:
        rows = self.execute(q.state_version(INDEX_STATE))
        return rows[0][0] if rows else 0

    def load_index(self) -> tuple[int, dict | None]:
        """(version, state) of the grouping index; per-article features and the other keyed
        parts come from their tables (migrations 0002, 0003)."""
        rows = self.execute(q.load_state(INDEX_STATE))
        self._saved_features = set()
        if not rows:
            return 0, None
        state = json.loads(rows[0][1])
        # A state saved before migration 0003 holds its parts in the blob: the next save
        # must write them all as rows.
        self._whole_index_due = any(part in state for part in INDEX_PARTS)
        if INDEX_FEATURES not in state:
            features = self.execute(q.index_features())
            state[INDEX_FEATURES] = {key: json.loads(value) for key, value in features}
        for part in INDEX_PARTS:
            state.setdefault(part, {})
        for part, key, value in self.execute(q.index_parts()):
            state[part][key] = json.loads(value)
        self._saved_features = set(state[INDEX_FEATURES])
        return rows[0][0], state

    def index_needs_whole_save(self) -> bool:
        """Whether the next `save_index` must be given the whole state (see `load_index`)."""
        return self._whole_index_due

    def save_index(self, version: int, state: dict, partial: bool = False) -> None:
        """Save the index state: its keyed parts as rows, the scalars as one blob.

        With `partial`, `state` holds only what changed since the last save (as
        `EventIndex.changed_state` gives it: a None value removes the key); otherwise it is
        the whole state and replaces the stored one."""
        state = dict(state)
        features = state.pop(INDEX_FEATURES, None) or {}
        saved = self._saved_features
        fresh = [(key, codec.dumps(value)) for key, value in features.items() if key not in saved]
        self.execute(q.insert_index_features(fresh))
        saved.update(key for key, _ in fresh)  # in place: a copy per batch grew with the corpus
        if not partial:
            self.execute(q.clear_index_parts())
        parts = {part: state.pop(part) for part in INDEX_PARTS if part in state}
        rows = [(part, key, codec.dumps(v)) for part, values in parts.items() for key, v in values.items()
                if v is not None]
        self.execute(q.upsert_index_parts(rows))
        gone = [(part, key) for part, values in parts.items() for key, v in values.items() if v is None]
        if gone:
            self.execute(q.delete_index_parts(gone))
        self.execute(q.save_state(INDEX_STATE, version, codec.dumps(state)))
        self._whole_index_due = False

    # -- reading ---------------------------------------------------------------------------

    def known(self, ids: Sequence[str], hashes: Sequence[str]) -> tuple[dict[str, str], dict[str, str]]:
        """Stored id -> hash for `ids`, and stored hash -> id for `hashes`."""
        by_id = dict(self.lookup(q.known_ids, ids))
        by_hash = dict(self.lookup(q.known_hashes, hashes))
        return by_id, by_hash

    def extractions(self, article_ids: Sequence[str]) -> dict[str, Extraction]:
        """Stored articles with their facts, by id."""
        facts: dict[str, list[Fact]] = {}
        for row in self.lookup(q.facts_of, article_ids):
            facts.setdefault(row[1], []).append(codec.fact_from_row(row))
        return {
            row[0]: codec.extraction_from(row, facts.get(row[0], []))
            for row in self.lookup(q.articles_by_id, article_ids)
        }

    def signatures(self, article_ids: Sequence[str]) -> dict[str, bytes | None]:
        """Stored near-duplicate signatures by article id (None: no words); an article
        stored without one is absent."""
        rows = self.lookup(q.signatures_of, article_ids)
        return {a: (bytes(value) if value is not None else None) for a, value in rows}

    def members(self, event_ids: Sequence[str]) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {e: [] for e in event_ids}
        for event, article in self.lookup(q.members_of, event_ids):
            found[event].append(article)
        return found

    def events_of(self, article_ids: Sequence[str]) -> dict[str, str]:
        return dict(self.lookup(q.event_of, article_ids))

    def copies(self, article_ids: Sequence[str]) -> dict[str, str]:
        """copy id -> original id for those of `article_ids` that are copies."""
        return dict(self.lookup(q.copies_among, article_ids))

    def event_ids(self) -> list[str]:
        return [row[0] for row in self.execute(q.all_event_ids())]

    def event(self, event_id: str) -> codec.EventSummary | None:
        rows = self.execute(q.event_by_id(event_id))
        if not rows:
            return None
        return codec.event_from_row(rows[0], self.members([event_id])[event_id])

    def slots(self, event_id: str, facts: dict[str, Fact]) -> list[Any]:
        return [codec.slot_from_row(row, facts) for row in self.execute(q.slots_of(event_id))]

    def find_events(self, **filters: Any) -> list[codec.EventSummary]:
        return [codec.event_from_row(row) for row in self.execute(q.find_events(**filters))]

    def browse_events(self, limit: int = 20, offset: int = 0, sort: str = "newest",
                      **filters: Any) -> tuple[list[codec.EventSummary], int]:
        """One page of matching events and how many match in all (the web app's events page)."""
        rows = self.execute(q.browse_events(sort=sort, limit=limit, offset=offset, **filters))
        total = self.execute(q.count_events(**filters))[0][0]
        return [codec.event_from_row(row) for row in rows], total

    def counts(self) -> dict[str, int]:
        articles, facts, events, copies, conflicts = self.execute(q.counts())[0]
        return {
            "articles": articles,
            "facts": facts,
            "events": events,
            "near_duplicates": copies,
            "conflicts": conflicts,
        }


def _fact_rows(extraction: Extraction, given: Mapping[str, list[tuple]]) -> Iterable[tuple]:
    """An extraction's fact rows: those encoded already when given, else encoded now."""
    rows = given.get(extraction.article.id)
    return rows if rows is not None else (codec.fact_row(f) for f in extraction.facts())
