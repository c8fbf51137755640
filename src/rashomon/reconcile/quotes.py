"""Quotations matched across reports despite small wording differences."""

from __future__ import annotations

from rashomon.extract.quotes import match_quotes, same_quote
from rashomon.model import Extraction, QuoteFact, Slot, SlotValue

# Matched quotes this similar read as the same words; below it the slot says the wording differs.
SAME_WORDING = 0.97


def align_quotes(extractions: list[Extraction]) -> list[Slot]:
    """One slot per quotation; matched ones hold every report's version."""
    by_article = {ex.article.id: ex.quotes for ex in extractions}
    slots = []
    for n, group in enumerate(match_quotes(by_article), start=1):
        speaker = next((q.speaker for q in group if q.speaker), "unnamed speaker")
        values = [SlotValue(article_id=q.article_id, value=q.quote, facts=[q]) for q in group]
        slot = Slot(
            id=f"quote-{n}",
            kind="quote",
            label=f"quote by {speaker}",
            values=values,
            independent_sources=len({q.article_id for q in group}),
        )
        slot.status = "agree" if slot.independent_sources > 1 else "single"
        if slot.status == "agree":
            slot.explanation = _wording_note(group)
        slots.append(slot)
    return slots


def _wording_note(group: list[QuoteFact]) -> str:
    lowest = min(same_quote(a, b) for i, a in enumerate(group) for b in group[i + 1 :])
    if lowest >= SAME_WORDING:
        return "same words in every report"
    return f"same quotation, wording differs slightly (similarity {lowest:.2f})"
