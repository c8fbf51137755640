"""Line casualty figures up across reports and say why they differ.

Two steps. Within one report, repeated mentions of one figure (headline, lede, body)
become one *claim*. Across reports, claims about the same count become one slot: the same
kind of harm to the same kind of victims by the same perpetrator, with figures of the same
order. A figure from another monitor that counts something else (killed rather than
executed, bodies found rather than deaths) is a differently scoped slot, linked as related,
not a conflict.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

from rashomon.model import CasualtyFact, Extraction, Slot, SlotValue, Source
from rashomon.reconcile.reasons import casualty_reason

# What is counted, grouped into families: figures of one family may describe one count.
FAMILY = {
    "killed": "deaths",
    "executed": "deaths",
    "injured": "injured",
    "abducted": "abducted",
    "missing": "missing",
    "bodies_found": "bodies_found",
    "displaced": "displaced",
    "casualties": "casualties",  # a combined "killed or wounded" count: its own family
}
# Figures further apart than this factor count different things (a town's toll and a
# country's), not one count in dispute. Chosen so that tolls that rose over days
# (116 -> 128, 40 -> 90) stay together while 12 and 400,000 do not; re-run the compare
# tests when changing it.
SCOPE_RATIO = 5.0


@dataclass
class Claim:
    """One report's figure, merged over its mentions."""

    article_id: str
    facts: list[CasualtyFact] = field(default_factory=list)
    perpetrator: str = ""
    perpetrator_inferred: bool = False
    # `main` for the first n facts: facts are only ever appended, and alignment asks for
    # `main` millions of times on an event with hundreds of reports.
    _main: tuple[int, CasualtyFact] | None = field(default=None, repr=False, compare=False)

    @property
    def main(self) -> CasualtyFact:
        """The mention whose wording is most frequent (ties: the earliest)."""
        if self._main is None or self._main[0] != len(self.facts):
            counts = Counter((f.low, f.high, f.qualifier) for f in self.facts)
            best = max(self.facts, key=lambda f: (counts[(f.low, f.high, f.qualifier)], -f.start))
            self._main = (len(self.facts), best)
        return self._main[1]

    @property
    def point(self) -> int:
        fact = self.main
        return fact.low if fact.low is not None else (fact.high or 0)

    @property
    def source(self) -> Source | None:
        """The most informative explicit source among the mentions (one naming intermediaries wins)."""
        sources = [f.source for f in self.facts if f.source is not None and f.source.primary]
        if not sources:
            return None
        return max(sources, key=lambda s: (s.explicit, len(s.via), bool(s.speaker)))


def align_casualties(extractions: list[Extraction]) -> list[Slot]:
    """Casualty slots over all reports, in order of first appearance."""
    claims = [claim for ex in extractions for claim in article_claims(ex)]
    groups = _group(claims)
    slots = [_slot(n, group, extractions) for n, group in enumerate(groups, start=1)]
    _link_related(slots, groups)
    return slots


def article_claims(extraction: Extraction) -> list[Claim]:
    """Merge one report's mentions of the same figure into claims."""
    claims: list[Claim] = []
    for fact in sorted(extraction.casualties, key=lambda f: f.start):
        inferred = "" if fact.perpetrator else dominant_perpetrator(extraction.casualties, fact.victim_class)
        perpetrator = fact.perpetrator or inferred
        claim = next((c for c in claims if _same_claim(c, fact, perpetrator)), None)
        if claim is None:
            claim = Claim(fact.article_id, perpetrator=perpetrator, perpetrator_inferred=bool(inferred))
            claims.append(claim)
        claim.facts.append(fact)
    return claims


def dominant_perpetrator(facts: list[CasualtyFact], victim_class: str = "") -> str:
    """The perpetrator a report names most often for figures about the same kind of victims:
    the one an unstated agent most likely refers to ("67 civilians were killed" in a report
    about an IS massacre of civilians). Figures about other victims (the army's toll of
    militants) say nothing about who harmed civilians."""
    counts = Counter(
        f.perpetrator for f in facts if f.perpetrator and _compatible(f.victim_class, victim_class)
    )
    if not counts:
        return ""
    (top, n), *rest = counts.most_common()
    return top if not rest or rest[0][1] < n else ""


def _same_claim(claim: Claim, fact: CasualtyFact, perpetrator: str) -> bool:
    main = claim.main
    same_number = fact.low == main.low or (fact.high is not None and fact.high == main.high)
    return (
        same_number
        and FAMILY.get(fact.category) == FAMILY.get(main.category)
        and _compatible(fact.victim_class, main.victim_class)
        and perpetrator == claim.perpetrator
    )


def _compatible(a: str, b: str) -> bool:
    return not a or not b or a == b


def _same_primary(a: Claim, b: Claim) -> bool:
    sa, sb = a.source, b.source
    return bool(sa and sb and sa.primary.lower() == sb.primary.lower())


def matches(a: Claim, b: Claim) -> bool:
    """Whether two reports' claims describe the same count."""
    fa, fb = a.main, b.main
    if FAMILY.get(fa.category) != FAMILY.get(fb.category):
        return False
    if fa.category != fb.category and not _same_primary(a, b):
        return False
    if not (_compatible(fa.victim_class, fb.victim_class) and _compatible(a.perpetrator, b.perpetrator)):
        return False
    small, large = sorted((max(a.point, 1), max(b.point, 1)))
    return large / small <= SCOPE_RATIO


def _score(a: Claim, b: Claim) -> float:
    fa, fb = a.main, b.main
    closeness = 1 - abs(a.point - b.point) / max(a.point, b.point, 1)
    return 3 * _same_primary(a, b) + (fa.category == fb.category) + (fa.victim_class == fb.victim_class) + closeness


def _group(claims: list[Claim]) -> list[list[Claim]]:
    """Join the best-matching pairs first; a slot holds at most one claim per report."""
    group_of = {id(c): [c] for c in claims}
    number = {id(c): n for n, c in enumerate(claims)}
    found = _matching_pairs(claims)
    linked = set(found)  # `matches` is symmetric: (i, j) with i < j stands for both
    pairs = sorted(((claims[i], claims[j]) for i, j in found), key=lambda p: -_score(*p))
    for a, b in pairs:
        ga, gb = group_of[id(a)], group_of[id(b)]
        if ga is gb or {c.article_id for c in ga} & {c.article_id for c in gb}:
            continue
        if not all(_ordered(number[id(x)], number[id(y)]) in linked for x in ga for y in gb):
            continue
        ga.extend(gb)
        for c in gb:
            group_of[id(c)] = ga
    seen: set[int] = set()
    groups = []
    for c in claims:  # keep the order of first appearance
        g = group_of[id(c)]
        if id(g) not in seen:
            seen.add(id(g))
            groups.append(g)
    return groups


def _matching_pairs(claims: list[Claim]) -> list[tuple[int, int]]:
    """Index pairs (i < j, in `combinations` order) of claims of different reports that
    `match`. Only claims of one family and compatible victims can match, so pairs are formed
    within those blocks alone: the same pairs, for a fraction of the comparisons on an
    event with hundreds of reports."""
    blocks: dict[tuple[str | None, str], list[int]] = {}
    for n, claim in enumerate(claims):
        fact = claim.main
        blocks.setdefault((FAMILY.get(fact.category), fact.victim_class), []).append(n)
    found = []
    for (family, victims), members in blocks.items():
        candidates = list(combinations(members, 2))
        if victims:  # unstated victims are compatible with every class of the family
            candidates += [(min(i, j), max(i, j)) for i in blocks.get((family, ""), []) for j in members]
        found += [(i, j) for i, j in candidates
                  if claims[i].article_id != claims[j].article_id and matches(claims[i], claims[j])]
    return sorted(found)


def _ordered(i: int, j: int) -> tuple[int, int]:
    return (i, j) if i < j else (j, i)


def _slot(number: int, group: list[Claim], extractions: list[Extraction]) -> Slot:
    values = [_value(c) for c in group]
    lows = [v.low if v.low is not None else v.high for v in values]
    highs = [v.high if v.high is not None else v.low for v in values]
    slot = Slot(
        id=f"casualty-{number}",
        kind="casualty",
        label=_label(group[0]),
        values=values,
        low=min((x for x in lows if x is not None), default=None),
        high=max((x for x in highs if x is not None), default=None),
        independent_sources=len({_primary_key(c) for c in group}),
    )
    if len({c.article_id for c in group}) < 2:
        slot.status = "single"
    elif len({(v.low, v.high) for v in values}) == 1:
        slot.status = "agree"
    else:
        slot.status = "conflict"
        published = {ex.article.id: ex.article.published for ex in extractions}
        slot.reason, slot.explanation = casualty_reason(values, published)
    return slot


def _value(claim: Claim) -> SlotValue:
    main = claim.main
    return SlotValue(
        article_id=claim.article_id,
        value=main.text if main.qualifier != "exact" else str(main.low),
        facts=list(claim.facts),
        low=main.low,
        high=main.high,
        source=claim.source,
    )


def _label(claim: Claim) -> str:
    fact = claim.main
    what = fact.category.replace("_", " ")
    victims = fact.victim_class or fact.victims or "people"
    label = f"{victims} {what}"
    if claim.perpetrator:
        label += f" by {claim.perpetrator}" + (" (inferred)" if claim.perpetrator_inferred else "")
    return label


def _primary_key(claim: Claim) -> str:
    source = claim.source
    return source.primary.lower() if source else f"outlet:{claim.article_id}"


def _link_related(slots: list[Slot], groups: list[list[Claim]]) -> None:
    """Slots counting the same victims of the same perpetrator in another way are related."""
    for (sa, ga), (sb, gb) in combinations(zip(slots, groups, strict=True), 2):
        a, b = ga[0], gb[0]
        if (
            _compatible(a.main.victim_class, b.main.victim_class)
            and a.perpetrator == b.perpetrator
            and a.perpetrator
            and _near(a, b)
        ):
            sa.related.append(sb.id)
            sb.related.append(sa.id)


def _near(a: Claim, b: Claim) -> bool:
    small, large = sorted((max(a.point, 1), max(b.point, 1)))
    return large / small <= SCOPE_RATIO


__all__ = ["align_casualties", "article_claims"]
