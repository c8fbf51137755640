"""The store's fast fact serialiser (codec.plain, fact_row) writes what model.to_dict would."""

from __future__ import annotations

from datetime import datetime

from rashomon.extract import extract_article
from rashomon.model import Article, to_dict
from rashomon.store.codec import EVIDENCE, dumps, fact_row, plain

# Written for this test.
TEXT = (
    "At least 9 people were killed and 20 wounded in a car bomb attack in Kirkuk on Monday, "
    'police said. "It was terrible," a witness told the local radio station.'
)


def test_fact_rows_match_the_generic_serialiser():
    extraction = extract_article(Article(id="a1", text=TEXT, published=datetime(2022, 5, 2, 9)))
    facts = list(extraction.facts())
    assert len(facts) >= 4
    for fact in facts:
        payload = {k: v for k, v in to_dict(fact).items() if k not in EVIDENCE}
        assert fact_row(fact)[-1] == dumps(payload)
    assert plain(extraction) == to_dict(extraction)


def test_recent_extractions_are_served_without_decoding_and_dropped_on_rollback(tmp_path):
    from rashomon.store import open_store

    store = open_store(tmp_path / "s.db")
    extraction = extract_article(Article(id="a1", text=TEXT, published=datetime(2022, 5, 2, 9)))
    with store.transaction():
        store.add_extractions([extraction])
    assert store.extractions(["a1"])["a1"] is extraction  # kept, not decoded again
    store._recent.clear()
    decoded = store.extractions(["a1"])["a1"]
    assert plain(decoded.casualties) == plain(extraction.casualties)
    other = extract_article(Article(id="a2", text=TEXT + " Two more died later.", published=None))
    try:
        with store.transaction():
            store.add_extractions([other])
            raise RuntimeError("batch failed")
    except RuntimeError:
        pass
    assert store.extractions(["a2"]) == {}  # rolled back: neither stored nor remembered
    store.close()
