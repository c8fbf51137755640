-- 0004: each article's MinHash signature (rashomon.group.duplicates.signature), kept so
-- that the near-duplicate search of a batch does not shingle and hash again the stored
-- reports of the events the batch touches (that re-hashing was most of its cost). The
-- extraction workers compute it; an article without a row (stored before this migration)
-- has its signature computed when needed.

CREATE TABLE signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    minhash    BLOB            -- NUM_PERM little-endian uint32; NULL when the text has no words
);
