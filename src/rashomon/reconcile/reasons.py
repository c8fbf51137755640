"""Why two reports give different figures for one count.

The reason classes, most specific first:
- later_update: the same primary source, and the later report gives the higher toll
  (tolls rise as bodies are found; a figure that rose over time is not a contradiction);
- same_source_different_figures: the same primary source is quoted with different figures;
- different_primary_sources: the figures come from different monitors or officials;
- different_scope: the figures count different things (killed vs executed, a wider area);
- unknown: at least one figure names no source.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from rashomon.model import SlotValue, Source

# Reports published this close together are treated as simultaneous: no "later" one.
SIMULTANEOUS = timedelta(hours=6)


def describe_source(source: Source | None) -> str:
    """The source as words: "Monitor via Agency", or "no source named"."""
    if source is None or not source.primary:
        return "no source named"
    text = source.primary
    if source.via:
        text += " via " + ", ".join(source.via)
    return text


def casualty_reason(values: list[SlotValue], published: dict[str, datetime | None]) -> tuple[str, str]:
    """(reason class, one sentence naming both sides and their sources)."""
    sides = "; ".join(f"{v.article_id} says {v.value} ({describe_source(v.source)})" for v in values)
    categories = {f.category for v in values for f in v.facts[:1] if hasattr(f, "category")}
    primaries = {v.source.primary.lower() for v in values if v.source and v.source.primary}
    unattributed = any(not (v.source and v.source.primary) for v in values)
    if len(categories) > 1:
        return "different_scope", f"{sides}: they count different things ({', '.join(sorted(categories))})."
    if unattributed:
        return "unknown", f"{sides}: at least one figure names no source."
    if len(primaries) > 1:
        return "different_primary_sources", f"{sides}: the figures come from different sources."
    if _rose_over_time(values, published):
        return "later_update", f"{sides}: the same source gave a higher figure later; the toll rose over time."
    return "same_source_different_figures", f"{sides}: the same primary source is reported with different figures."


def _rose_over_time(values: list[SlotValue], published: dict[str, datetime | None]) -> bool:
    dated = [(published.get(v.article_id), v) for v in values]
    if any(when is None for when, _ in dated):
        return False
    dated.sort(key=lambda x: x[0])  # type: ignore[arg-type,return-value]
    first, last = dated[0], dated[-1]
    if last[0] - first[0] < SIMULTANEOUS:  # type: ignore[operator]
        return False
    return (last[1].low or 0) > (first[1].low or 0)
