"""Every SQL statement of the store, built as a `Query` (sql, params) and run in one place.

Keeping the SQL here, away from the code that decides what to store, means a second
backend (PostgreSQL) only has to run these strings: they use `?` placeholders, which the
backend rewrites if its driver wants another style, and only portable SQL (ON CONFLICT
upserts, no SQLite-only functions). Builders never touch a connection.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

Row = Sequence[Any]

ARTICLE_COLUMNS = (
    "id",
    "content_hash",
    "title",
    "outlet",
    "url",
    "published",
    "published_from",
    "retrieved",
    "source",
    "text",
    "anchor",
    "anchor_from",
    "sentences",
    "ingested",
)
FACT_COLUMNS = ("id", "article_id", "kind", "start", '"end"', "text", "sentence", "payload")
EVENT_COLUMNS = (
    "id",
    "title",
    "place",
    "latitude",
    "longitude",
    "first_published",
    "last_published",
    "incident_date",
    "reports",
    "independent_sources",
    "conflicts",
    "actors",
    "updated",
)
SLOT_COLUMNS = (
    "event_id",
    "position",
    "id",
    "kind",
    "label",
    "status",
    "reason",
    "explanation",
    "low",
    "high",
    "independent_sources",
    "related",
    "slot_values",
)
# SQLite allows 32766 bound parameters per statement; lookups by id are chunked well below.
MAX_PARAMS = 900


@dataclass(frozen=True)
class Query:
    """One statement and its parameters; `many` (when not None) holds one parameter row per
    execution, and an empty `many` runs nothing."""

    sql: str
    params: Row = ()
    many: list[Row] | None = None


def _insert(
    table: str, columns: Sequence[str], rows: Iterable[Row], conflict: str = "DO NOTHING", key: str = "id"
) -> Query:
    marks = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) ON CONFLICT ({key}) {conflict}"
    return Query(sql, many=list(rows))


def _update_all(columns: Sequence[str], key: Sequence[str]) -> str:
    return "DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)


def chunks(items: Sequence[str], size: int = MAX_PARAMS) -> Iterable[Sequence[str]]:
    """Slices of at most `size` items, for IN (...) lookups."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _in(values: Sequence[str]) -> str:
    return "(" + ", ".join("?" for _ in values) + ")"


# -- writes -------------------------------------------------------------------------------


def insert_articles(rows: Iterable[Row]) -> Query:
    return _insert("articles", ARTICLE_COLUMNS, rows)


def insert_facts(rows: Iterable[Row]) -> Query:
    return _insert("facts", FACT_COLUMNS, rows)


def insert_signatures(rows: Iterable[Row]) -> Query:
    return _insert("signatures", ("article_id", "minhash"), rows, key="article_id")


def signatures_of(article_ids: Sequence[str]) -> Query:
    return Query(f"SELECT article_id, minhash FROM signatures WHERE article_id IN {_in(article_ids)}",
                 tuple(article_ids))


def insert_duplicates(rows: Iterable[Row]) -> Query:
    return _insert("duplicates", ("copy_id", "original_id"), rows, key="copy_id")


def upsert_assignments(rows: Iterable[Row]) -> Query:
    return _insert(
        "assignments",
        ("article_id", "event_id"),
        rows,
        conflict="DO UPDATE SET event_id = excluded.event_id",
        key="article_id",
    )


def upsert_events(rows: Iterable[Row]) -> Query:
    return _insert("events", EVENT_COLUMNS, rows, conflict=_update_all(EVENT_COLUMNS, ("id",)))


def delete_slots(event_ids: Sequence[str]) -> Query:
    return Query(f"DELETE FROM slots WHERE event_id IN {_in(event_ids)}", tuple(event_ids))


def insert_slots(rows: Iterable[Row]) -> Query:
    return Query(
        f"INSERT INTO slots ({', '.join(SLOT_COLUMNS)}) VALUES ({', '.join('?' for _ in SLOT_COLUMNS)})",
        many=list(rows),
    )


def delete_events(event_ids: Sequence[str]) -> list[Query]:
    return [Query(f"DELETE FROM slots WHERE event_id IN {_in(event_ids)}", tuple(event_ids)),
            Query(f"DELETE FROM events WHERE id IN {_in(event_ids)}", tuple(event_ids))]


def clear_grouping() -> list[Query]:
    """Everything `regroup` rebuilds. The index state row is overwritten, not deleted, so
    that its version keeps growing (writers and caches compare versions)."""
    return [
        Query("DELETE FROM slots"),
        Query("DELETE FROM assignments"),
        Query("DELETE FROM events"),
        Query("DELETE FROM index_articles"),
        Query("DELETE FROM index_parts"),
    ]


def insert_index_features(rows: Iterable[Row]) -> Query:
    return _insert("index_articles", ("id", "features"), rows)


def index_features() -> Query:
    return Query("SELECT id, features FROM index_articles")


def upsert_index_parts(rows: Iterable[Row]) -> Query:
    """(part, key, JSON value) rows of the index state (migration 0003)."""
    return _insert("index_parts", ("part", "key", "value"), rows,
                   conflict="DO UPDATE SET value = excluded.value", key="part, key")


def delete_index_parts(rows: Iterable[Row]) -> Query:
    return Query("DELETE FROM index_parts WHERE part = ? AND key = ?", many=list(rows))


def clear_index_parts() -> Query:
    return Query("DELETE FROM index_parts")


def index_parts() -> Query:
    return Query("SELECT part, key, value FROM index_parts")


def save_state(name: str, version: int, value: str) -> Query:
    return Query(
        "INSERT INTO state (name, version, value) VALUES (?, ?, ?) ON CONFLICT (name) "
        "DO UPDATE SET version = excluded.version, value = excluded.value",
        (name, version, value),
    )


# -- reads --------------------------------------------------------------------------------


def state_version(name: str) -> Query:
    return Query("SELECT version FROM state WHERE name = ?", (name,))


def load_state(name: str) -> Query:
    return Query("SELECT version, value FROM state WHERE name = ?", (name,))


def known_ids(ids: Sequence[str]) -> Query:
    return Query(f"SELECT id, content_hash FROM articles WHERE id IN {_in(ids)}", tuple(ids))


def known_hashes(hashes: Sequence[str]) -> Query:
    return Query(f"SELECT content_hash, id FROM articles WHERE content_hash IN {_in(hashes)}", tuple(hashes))


def articles_by_id(ids: Sequence[str]) -> Query:
    return Query(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE id IN {_in(ids)}", tuple(ids))


def all_articles() -> Query:
    return Query(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles ORDER BY ingested, id")


def facts_of(article_ids: Sequence[str]) -> Query:
    return Query(
        f"SELECT {', '.join(FACT_COLUMNS)} FROM facts WHERE article_id IN {_in(article_ids)} "
        "ORDER BY article_id, start",
        tuple(article_ids),
    )


def all_facts() -> Query:
    return Query(
        f"SELECT a.event_id, {', '.join('f.' + c for c in FACT_COLUMNS)} FROM facts f "
        "LEFT JOIN assignments a ON a.article_id = f.article_id ORDER BY a.event_id, f.article_id, f.start"
    )


def members_of(event_ids: Sequence[str]) -> Query:
    return Query(
        f"SELECT event_id, article_id FROM assignments WHERE event_id IN {_in(event_ids)} "
        "ORDER BY event_id, article_id",
        tuple(event_ids),
    )


def event_of(article_ids: Sequence[str]) -> Query:
    return Query(
        f"SELECT article_id, event_id FROM assignments WHERE article_id IN {_in(article_ids)}", tuple(article_ids)
    )


def copies_among(article_ids: Sequence[str]) -> Query:
    return Query(f"SELECT copy_id, original_id FROM duplicates WHERE copy_id IN {_in(article_ids)}", tuple(article_ids))


def all_event_ids() -> Query:
    return Query("SELECT DISTINCT event_id FROM assignments ORDER BY event_id")


def slots_of(event_id: str) -> Query:
    return Query(f"SELECT {', '.join(SLOT_COLUMNS)} FROM slots WHERE event_id = ? ORDER BY position", (event_id,))


def all_slots() -> Query:
    return Query(f"SELECT {', '.join(SLOT_COLUMNS)} FROM slots ORDER BY event_id, position")


def event_by_id(event_id: str) -> Query:
    return Query(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE id = ?", (event_id,))


def find_events(
    since: str | None = None,
    until: str | None = None,
    place: str | None = None,
    text: str | None = None,
    limit: int | None = None,
) -> Query:
    """Events newest first; dates compare as ISO strings, text matches titles and texts."""
    where, params = _browse_where(text, since, until, place, None)
    sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events{where}"
    sql += " ORDER BY first_published DESC, id"
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return Query(sql, tuple(params))


def counts() -> Query:
    return Query(
        "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM facts), "
        "(SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM duplicates), "
        "(SELECT COUNT(*) FROM slots WHERE status = 'conflict')"
    )


# -- browsing events (the web app's events page) -----------------------------------------

# How the events page may order events: newest first report, most reports, most conflicts.
EVENT_SORTS = {
    "newest": "first_published DESC, id",
    "reports": "reports DESC, first_published DESC, id",
    "conflicts": "conflicts DESC, reports DESC, first_published DESC, id",
}


def _browse_where(
    text: str | None, since: str | None, until: str | None, place: str | None, actor: str | None
) -> tuple[str, list[Any]]:
    """The WHERE clause shared by a page of events and their total count."""
    where, params = [], []
    if since:
        where.append("COALESCE(last_published, first_published) >= ?")
        params.append(since)
    if until:
        where.append("first_published <= ?")
        params.append(until + "T23:59:59" if len(until) == 10 else until)
    if place:
        where.append("LOWER(place) LIKE ?")
        params.append(f"%{place.lower()}%")
    if actor:
        where.append("LOWER(actors) LIKE ?")  # actors is a JSON list of display names
        params.append(f"%{actor.lower()}%")
    if text:
        where.append(
            "(LOWER(title) LIKE ? OR id IN (SELECT s.event_id FROM assignments s JOIN articles a "
            "ON a.id = s.article_id WHERE LOWER(a.title) LIKE ? OR LOWER(a.text) LIKE ?))"
        )
        params += [f"%{text.lower()}%"] * 3
    return (" WHERE " + " AND ".join(where)) if where else "", params


def browse_events(
    text: str | None = None,
    since: str | None = None,
    until: str | None = None,
    place: str | None = None,
    actor: str | None = None,
    sort: str = "newest",
    limit: int = 20,
    offset: int = 0,
) -> Query:
    """One page of events matching the filters, in the order `sort` names (EVENT_SORTS)."""
    where, params = _browse_where(text, since, until, place, actor)
    order = EVENT_SORTS.get(sort, EVENT_SORTS["newest"])
    sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events{where} ORDER BY {order} LIMIT ? OFFSET ?"
    return Query(sql, (*params, limit, offset))


def count_events(
    text: str | None = None,
    since: str | None = None,
    until: str | None = None,
    place: str | None = None,
    actor: str | None = None,
) -> Query:
    """How many events match the filters (for pagination)."""
    where, params = _browse_where(text, since, until, place, actor)
    return Query(f"SELECT COUNT(*) FROM events{where}", tuple(params))
