-- 0001: the first corpus schema (see docs/store.md).
-- Portable SQL: it runs on SQLite and on PostgreSQL (JSON columns are TEXT holding JSON;
-- a PostgreSQL backend may ship its own file with JSONB and the same names).

CREATE TABLE articles (
    id             TEXT PRIMARY KEY,
    content_hash   TEXT NOT NULL,          -- sha256 of the text: the same report under another id
    title          TEXT NOT NULL DEFAULT '',
    outlet         TEXT NOT NULL DEFAULT '',
    url            TEXT NOT NULL DEFAULT '',
    published      TEXT,                   -- ISO 8601, no time zone
    published_from TEXT NOT NULL DEFAULT '',
    retrieved      TEXT,
    source         TEXT NOT NULL DEFAULT '',  -- path, "file.jsonl:12" or URL it was read from
    text           TEXT NOT NULL,
    anchor         TEXT,                   -- date relative expressions were resolved against
    anchor_from    TEXT NOT NULL DEFAULT '',
    sentences      TEXT NOT NULL DEFAULT '[]',  -- JSON [[start, end], ...]
    ingested       TEXT NOT NULL           -- ISO 8601 UTC, when it was stored
);
CREATE INDEX articles_hash ON articles (content_hash);
CREATE INDEX articles_published ON articles (published);

-- Every fact of every article: the evidence fields as columns, the kind-specific fields
-- (figures, qualifiers, coordinates, sources...) as a JSON object.
CREATE TABLE facts (
    id          TEXT PRIMARY KEY,          -- "<article id>:<kind>:<start>-<end>" (Fact.id)
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,             -- casualty, time, place, actor, attribution, quote
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    sentence    TEXT NOT NULL,
    payload     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX facts_article ON facts (article_id, start);
CREATE INDEX facts_kind ON facts (kind);

-- A syndicated copy and the report it copies (both stored; the copy adds no source).
CREATE TABLE duplicates (
    copy_id     TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    original_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX duplicates_original ON duplicates (original_id);

CREATE TABLE events (
    id                  TEXT PRIMARY KEY,
    title               TEXT NOT NULL DEFAULT '',
    place               TEXT NOT NULL DEFAULT '',
    latitude            REAL,
    longitude           REAL,
    first_published     TEXT,
    last_published      TEXT,
    incident_date       TEXT,
    reports             INTEGER NOT NULL DEFAULT 0,
    independent_sources INTEGER NOT NULL DEFAULT 0,
    conflicts           INTEGER NOT NULL DEFAULT 0,
    actors              TEXT NOT NULL DEFAULT '[]',  -- JSON list of canonical actor names
    updated             TEXT NOT NULL
);
CREATE INDEX events_first ON events (first_published);
CREATE INDEX events_last ON events (last_published);

-- Which event each article belongs to.
CREATE TABLE assignments (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    event_id   TEXT NOT NULL
);
CREATE INDEX assignments_event ON assignments (event_id);

-- The reconciled slots of each event (agree, conflict, single). `slot_values` is JSON:
-- [{"article_id", "value", "low", "high", "source", "facts": [fact ids]}].
CREATE TABLE slots (
    event_id            TEXT NOT NULL,
    position            INTEGER NOT NULL,
    id                  TEXT NOT NULL,
    kind                TEXT NOT NULL,
    label               TEXT NOT NULL,
    status              TEXT NOT NULL,
    reason              TEXT NOT NULL DEFAULT '',
    explanation         TEXT NOT NULL DEFAULT '',
    low                 INTEGER,
    high                INTEGER,
    independent_sources INTEGER NOT NULL DEFAULT 0,
    related             TEXT NOT NULL DEFAULT '[]',
    slot_values         TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (event_id, id)
);
CREATE INDEX slots_status ON slots (status, event_id);

-- Named state blobs, e.g. "event_index": the grouping index (JSON), with a version that
-- grows at every write so that a writer notices another writer's change.
CREATE TABLE state (
    name    TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    value   TEXT NOT NULL
);
