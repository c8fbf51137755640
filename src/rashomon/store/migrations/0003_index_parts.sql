-- 0003: the rest of the grouping index state (document frequencies, article -> event,
-- nearest neighbours, posting lists, event spans) gets a row per key, so that a batch
-- writes only the keys it changed; rewriting the whole state every batch made ingest
-- slow down as the corpus grew (8 MB per batch at 10,000 articles). The `state` blob
-- keeps only the scalars.

CREATE TABLE index_parts (
    part  TEXT NOT NULL,  -- a keyed part of EventIndex.to_state(): df, event_of, neighbours, postings, events
    key   TEXT NOT NULL,
    value TEXT NOT NULL,  -- JSON
    PRIMARY KEY (part, key)
);
