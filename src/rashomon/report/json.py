"""The machine-readable comparison: the schema documented in docs/schema.md.

Facts are listed once, each with its evidence (article id, offsets, sentence); slots refer
to them by id, so a consumer can always get back to the sentence behind a value.
"""

from __future__ import annotations

from typing import Any

from rashomon.model import Comparison, Extraction, Fact, Rejected, Slot, to_dict

SCHEMA = "rashomon.compare/1"


def comparison_to_json(comparison: Comparison, rejected: list[Rejected] | None = None) -> dict[str, Any]:
    """The whole comparison as one JSON-ready dict."""
    return {
        "schema": SCHEMA,
        "reports": [report_to_json(ex) for ex in comparison.extractions],
        "slots": [slot_to_json(s) for s in comparison.slots],
        "facts": [fact_to_json(f) for ex in comparison.extractions for f in ex.facts()],
        "rejected": [to_dict(r) for r in rejected or []],
    }


def report_to_json(extraction: Extraction) -> dict[str, Any]:
    """One report's metadata and how its dates were found."""
    article = to_dict(extraction.article)
    article.pop("text")
    article["characters"] = len(extraction.article.text)
    article["anchor"] = extraction.anchor.isoformat() if extraction.anchor else None
    article["anchor_from"] = extraction.anchor_from
    article["sentences"] = len(extraction.sentences)
    return article


def fact_to_json(fact: Fact) -> dict[str, Any]:
    """One fact with its evidence and its kind-specific fields."""
    return {"id": fact.id, **to_dict(fact)}


def slot_to_json(slot: Slot) -> dict[str, Any]:
    """A slot, its values by report, and the ids of the facts behind each value."""
    data = to_dict(slot)
    data["values"] = [
        {**{k: v for k, v in to_dict(value).items() if k != "facts"}, "facts": [f.id for f in value.facts]}
        for value in slot.values
    ]
    return data
