-- 0002: the grouping index's per-article features get a row each instead of living in
-- the `state` blob: they never change once computed, so each batch writes only its own
-- articles' rows, and the blob that is rewritten every batch stays small.

CREATE TABLE index_articles (
    id       TEXT PRIMARY KEY,
    features TEXT NOT NULL  -- JSON, one entry of EventIndex.to_state()["articles"]
);
