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

