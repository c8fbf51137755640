"""A source that opens a "which" clause on an event: it speaks about the event, not for the toll
in the event's own relative clause (attribution_scope._relative_source). Invented sentences."""

from __future__ import annotations

from rashomon.extract import extract_article
from rashomon.model import Article


def _sources(text: str) -> dict[int | None, str]:
    facts = extract_article(Article(id="t", text=text, url="")).casualties
    return {c.low: c.source.primary if c.source else "" for c in facts}


def test_which_clause_on_an_event_does_not_speak_for_its_toll() -> None:
    text = (
        "Talks stalled after navy shelling of harbour depots that killed 14 dock workers,"
        " which the Harbour Council said had been a mistake."
    )
    assert _sources(text).get(14) == ""


def test_which_clause_after_a_main_clause_toll_still_speaks_for_it() -> None:
    text = "In the harbour 14 dock workers were killed in shelling which the Harbour Council said came from the navy."
    assert _sources(text).get(14) == "Harbour Council"
