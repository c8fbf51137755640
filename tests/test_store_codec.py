"""The store's fact rows (codec.fact_row) and the memoised model.to_dict write what the plain
dataclass walk would."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

from rashomon.extract import extract_article
from rashomon.model import Article, to_dict
from rashomon.store.codec import EVIDENCE, dumps, fact_row

# Written for this test.
TEXT = (
    "At least 9 people were killed and 20 wounded in a car bomb attack in Kirkuk on Monday, "
    'police said. "It was terrible," a witness told the local radio station.'
)


def walk(obj: Any) -> Any:
    """The plain recursive dataclass walk `to_dict` must agree with."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: walk(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [walk(x) for x in obj]
    if isinstance(obj, dict):
        return {k: walk(v) for k, v in obj.items()}
    if isinstance(obj, (datetime, date)):
        return obj.isoformat()
    return obj


def test_fact_rows_match_the_generic_serialiser():
    extraction = extract_article(Article(id="a1", text=TEXT, published=datetime(2022, 5, 2, 9)))
    facts = list(extraction.facts())
    assert len(facts) >= 4
    for fact in facts:
        payload = {k: v for k, v in to_dict(fact).items() if k not in EVIDENCE}
        assert fact_row(fact)[-1] == dumps(payload)
    assert to_dict(extraction) == walk(extraction)

