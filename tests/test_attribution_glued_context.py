"""A headline glued to the opener "In the same context" starts a further incident: the source of
the incident before does not carry onto its figures (attribution._glued_new_incident).
Invented sentences."""

from __future__ import annotations

from rashomon.extract import extract_article
from rashomon.model import Article, CasualtyFact


def _figures(text: str) -> dict[int | None, CasualtyFact]:
    return {f.low: f for f in extract_article(Article(id="t", text=text)).casualties}


def test_glued_headline_with_same_context_stops_the_carry() -> None:
    text = (
        "A spokesman for the Riverside Police Command said mortar fire killed 4 people in the old market."
        " Shelling hurts farmers near Lakeview In the same context 12 farmers were hurt when shells"
        " fell on fields east of Lakeview town."
    )
    figures = _figures(text)
    assert figures[4].source is not None
    assert figures[12].source is None


def test_plain_same_context_sentence_keeps_the_carry() -> None:
    text = (
        "A spokesman for the Riverside Police Command said mortar fire killed 4 people in the old market."
        " In the same context 12 shopkeepers were hurt nearby."
    )
    figures = _figures(text)
    assert figures[12].source is not None
