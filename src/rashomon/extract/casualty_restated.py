"""One figure told twice in one article with a narrower and a wider victim noun.

A headline says "22 schoolchildren killed", the body "22 children were killed"; a lede says
"five policemen", a later line "five men". The second noun is the first's head without its
modifier (a compound written as one word: school+children, police+men), so the two mentions
tell one group, and a reader (and the repeated-mention rule downstream) should see one
figure. So does a collective noun for the people of a workplace ("four medics" ... "four
staff"), of the same victim class. `victims_restated` gives the wider mention the narrower
noun, the more informative statement, when the two share kind and stated number (above one:
single deaths repeat by chance) and name no two different places. Different kinds, numbers
or places are left apart: the same number at two places is often two incidents.
"""

from __future__ import annotations

import bisect
import dataclasses

from rashomon.model import CasualtyFact

# A head shorter than this is no compound's head for sure ("men" is, "an" is not a noun),
# and a modifier shorter than this is no word of its own ("wo" of "woman" is none).
MIN_HEAD = 3
MIN_MODIFIER = 3
# Collective nouns for the people of a workplace or a crew: they restate a same-figure noun of
# the same victim class that names the job ("four medics" ... "four staff").
COLLECTIVE_NOUNS = frozenset({"staff", "personnel", "crew", "employee"})


def victims_restated(facts: list[CasualtyFact]) -> None:
    """Give a mention whose victim head ends another same-figure mention's head ("children"
    in "schoolchildren") that mention's victims, in place. Mentions are compared only with
    those of the same kind and stated number whose head could restate theirs, found through
    an index of heads, so a line of thousands of alike figures costs one pass, not every pair."""
    heads: dict[tuple, dict[str, list[int]]] = {}  # (kind, number) -> head -> positions, in order
    for position, fact in enumerate(facts):
        heads.setdefault(_key(fact), {}).setdefault(_head(fact), []).append(position)
    for position, fact in enumerate(facts):
        key = _key(fact)
        wider, by_head = _head(fact), heads[key]
        if len(wider) < MIN_HEAD or key[1] == (1, 1):  # single deaths repeat by chance
            continue
        found = [_first_restated(fact, facts, by_head[head]) for head in by_head if head != wider]
        narrower = min((other for other in found if other is not None), default=None)
        if narrower is not None:
            fact.victims = facts[narrower].victims
            by_head[wider].remove(position)
            bisect.insort(by_head.setdefault(_head(fact), []), position)


def _key(fact: CasualtyFact) -> tuple:
    return fact.category, stated_number(fact)


def _first_restated(wide: CasualtyFact, facts: list[CasualtyFact], positions: list[int]) -> int | None:
    """The first of these same-head mentions (all of the wide one's kind and stated number)
    whose noun the wide mention restates, if any."""
    if not positions or not _restates(wide, facts[positions[0]], heads_only=True):
        return None
    return next((at for at in positions if _same_place(wide, facts[at]) and _restates(wide, facts[at])), None)


def _head(fact: CasualtyFact) -> str:
    """The last word of the victim noun, lowercase, without a plural s."""
    words = fact.victims.lower().split()
    return words[-1].rstrip("s") if words else ""


def _restates(wide: CasualtyFact, narrow: CasualtyFact, heads_only: bool = False) -> bool:
    """Whether the wide mention's noun is the narrow one's compound head, or a bare collective
    noun ("staff", not "aid workers": a modifier names a group of its own) for people of the
    narrow one's victim class. With `heads_only`, whether the two heads could be so at all."""
    if _compounds(_head(narrow), _head(wide)):
        return True
    bare = _head(wide) in COLLECTIVE_NOUNS and len(wide.victims.split()) == 1
    return (bare and _head(narrow) not in COLLECTIVE_NOUNS and len(_head(narrow)) >= MIN_HEAD
            and (heads_only or (bool(wide.victim_class) and wide.victim_class == narrow.victim_class)))


def _compounds(narrow: str, wide: str) -> bool:
    """Whether `narrow` is one written word made of a modifier and `wide` ("schoolchildren")."""
    return narrow.isalpha() and len(narrow) - len(wide) >= MIN_MODIFIER and narrow.endswith(wide)


def stated_number(fact: CasualtyFact) -> tuple[int | None, int | None]:
    """The number as written, whatever its hedge: "more than 58" and "58" both give 58;
    vague amounts keep their interval ("dozens" restates "dozens")."""
    if fact.qualifier == "more_than" and fact.low is not None:
        return fact.low - 1, fact.low - 1
    if fact.qualifier == "less_than" and fact.high is not None:
        return fact.high + 1, fact.high + 1
    if fact.qualifier == "up_to":
        return fact.high, fact.high
    if fact.qualifier == "vague":
        return fact.low, fact.high
    return fact.low, fact.low


def _same_place(a: CasualtyFact, b: CasualtyFact) -> bool:
    """Not placed at two different places (one may lie within the other)."""
    return not (a.place and b.place and a.place != b.place
                and a.place_within != b.place and b.place_within != a.place)


# An updated toll right before its number: "has risen to 21", "rose to 21", "rises to 21".
UPDATE_WORDS = ("risen to ", "rose to ", "rises to ")


def updates_restated(facts: list[CasualtyFact]) -> None:
    """File the figures of a sentence that updates a toll ("the number killed has risen to 21,
    including three children") within the place of a hedged mention of the same kind and number
    elsewhere ("killed at least 21 people in a village of the province of X"): an update restates
    the toll the article leads with, and a quote naming the village while the lead names only
    its province would otherwise make two figures of one. Different numbers (a toll that rose
    from 21 to 25) are left apart, and so is an update with no hedged twin."""
    hedged = [f for f in facts if f.qualifier != "exact" and f.place]
    for update in (f for f in facts if f.place and _updates(f)):
        twin = next((h for h in hedged if _key(h) == _key(update) and h.sentence != update.sentence), None)
        if twin is None or _same_place(update, twin):
            continue
        for fact in facts:
            if fact.sentence == update.sentence and fact.place == update.place and not fact.place_within:
                fact.place_within = twin.place


def _updates(fact: CasualtyFact) -> bool:
    """Whether the figure's number follows an update verb ("has risen to 21")."""
    offset = fact.sentence.find(fact.text)
    return offset > 0 and fact.sentence[:offset].endswith(UPDATE_WORDS)


def sources_restated(facts: list[CasualtyFact]) -> None:
    """Give a hedged mention with no source ("more than 60 foreign mercenaries") the source of an
    earlier exact mention of the same kind, number and victims that names one ("60 foreign
    mercenaries ..., the ministry said"): the hedge sharpens the one figure, whose speaker the
    article named once. Copied with explicit=False; different places or victims are left apart,
    and so is a lead whose twin comes after it (GUIDELINES.md: a source named only later gives
    the lead none)."""
    sourced = [f for f in facts if f.qualifier == "exact" and f.source and f.source.explicit and f.victims]
    if not sourced:
        return
    for fact in facts:
        if fact.source is not None or fact.qualifier in ("exact", "vague") or not fact.victims:
            continue
        twin = next((s for s in sourced if s.start < fact.start and _key(s) == _key(fact)
                     and s.victims.lower() == fact.victims.lower() and _same_place(s, fact)), None)
        if twin is not None and twin.source is not None:
            fact.source = dataclasses.replace(twin.source, via=list(twin.source.via), explicit=False)
