"""Places, actors and speakers lined up across reports: who names what, and in which words.

The same place or actor under different names (Al-Qaryatayn / Al-Qaryatain, Daesh / ISIS,
"government forces" / "the regime") is one slot whose values are each report's wording:
agreement on the referent, and the framing differences in plain view.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from rashomon.model import Extraction, Fact, Slot, SlotValue


def align_places(extractions: list[Extraction]) -> list[Slot]:
    """One slot per gazetteer entry named in any report."""
    facts = [f for ex in extractions for f in ex.places if f.geonameid is not None]
    slots = _by_key(facts, "place", lambda f: str(f.geonameid), _place_label)
    for slot in slots:
        place = slot.values[0].facts[0]
        slot.explanation = f"{place.name}, {place.country} ({place.latitude}, {place.longitude})"  # type: ignore[attr-defined]
    return slots


def align_actors(extractions: list[Extraction]) -> list[Slot]:
    """One slot per canonical actor; the values show each report's words for it."""
    facts = [f for ex in extractions for f in ex.actors if f.actor]
    slots = _by_key(facts, "actor", lambda f: f.actor, lambda f: f.name)  # type: ignore[attr-defined]
    for slot in slots:
        words = {v.article_id: v.value for v in slot.values}
        if len(set(words.values())) > 1:
            slot.explanation = "named differently: " + "; ".join(f"{a} says {w!r}" for a, w in words.items())
    return slots


def align_speakers(extractions: list[Extraction]) -> list[Slot]:
    """One slot per person quoted, however each report spells the name."""
    facts = [q for ex in extractions for q in ex.quotes if q.speaker_key]
    return _by_key(facts, "speaker", lambda f: f.speaker_key, lambda f: f.speaker)  # type: ignore[attr-defined]


def _by_key(facts: Iterable[Fact], kind: str, key: Callable[[Fact], str], label: Callable[[Fact], str]) -> list[Slot]:
    groups: dict[str, list[Fact]] = {}
    for fact in facts:
        groups.setdefault(key(fact), []).append(fact)
    slots = []
    for n, group in enumerate(groups.values(), start=1):
        values = [_value(aid, fs) for aid, fs in _per_article(group).items()]
        status = "agree" if len(values) > 1 else "single"
        slots.append(
            Slot(
                id=f"{kind}-{n}",
                kind=kind,
                label=label(group[0]),
                values=values,
                status=status,
                independent_sources=len(values),
            )
        )
    return slots


def _per_article(facts: list[Fact]) -> dict[str, list[Fact]]:
    out: dict[str, list[Fact]] = {}
    for fact in facts:
        out.setdefault(fact.article_id, []).append(fact)
    return out


def _value(article_id: str, facts: list[Fact]) -> SlotValue:
    """The report's most frequent wording, with every mention as evidence."""
    wording = Counter(_wording(f) for f in facts).most_common(1)[0][0]
    return SlotValue(article_id=article_id, value=wording, facts=facts)


def _wording(fact: Fact) -> str:
    return getattr(fact, "speaker", "") or fact.text


def _place_label(fact: Fact) -> str:
    return getattr(fact, "name", "") or fact.text
