"""One figure told twice in one article with a narrower and a wider victim noun.

A headline says "22 schoolchildren killed", the body "22 children were killed"; a lede says
"five policemen", a later line "five men". The second noun is the first's head without its
modifier (a compound written as one word: school+children, police+men), so the two mentions
tell one group, and a reader (and the repeated-mention rule downstream) should see one
figure. So does a collective noun for the people of a workplace ("four medics" ... "four
staff"), of the same victim class. `victims_restated` gives the wider mention the narrower noun, the more informative
statement, when the two share kind and stated number (above one: single deaths repeat by
chance) and name no two different places.
Different kinds, numbers or places are left apart: the same number at two places is often
two incidents.
"""

from __future__ import annotations

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
    in "schoolchildren") that mention's victims, in place. Only mentions of one kind and
    stated number are compared, so an article's many figures cost one pass, not every pair."""
    alike: dict[tuple, list[CasualtyFact]] = {}
    for fact in facts:
        alike.setdefault((fact.category, stated_number(fact)), []).append(fact)
    for fact in facts:
        wider = _head(fact)
        key = (fact.category, stated_number(fact))
        if len(wider) < MIN_HEAD or key[1] == (1, 1) or len(alike[key]) < 2:  # single deaths repeat by chance
            continue
        narrower = next((other for other in alike[key] if other is not fact and _same_figure(fact, other)
                         and _restates(fact, other)), None)
        if narrower is not None:
            fact.victims = narrower.victims


def _head(fact: CasualtyFact) -> str:
    """The last word of the victim noun, lowercase, without a plural s."""
    words = fact.victims.lower().split()
    return words[-1].rstrip("s") if words else ""


def _restates(wide: CasualtyFact, narrow: CasualtyFact) -> bool:
    """Whether the wide mention's noun is the narrow one's compound head, or a bare collective
    noun ("staff", not "aid workers": a modifier names a group of its own) for people of the
    narrow one's victim class."""
    if _compounds(_head(narrow), _head(wide)):
        return True
    bare = _head(wide) in COLLECTIVE_NOUNS and len(wide.victims.split()) == 1
    return (bare and _head(narrow) not in COLLECTIVE_NOUNS and len(_head(narrow)) >= MIN_HEAD
            and bool(wide.victim_class) and wide.victim_class == narrow.victim_class)


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


def _same_figure(a: CasualtyFact, b: CasualtyFact) -> bool:
    """Same kind and stated number, and not placed at two different places."""
    if a.category != b.category or stated_number(a) != stated_number(b):
        return False
    return not (a.place and b.place and a.place != b.place
                and a.place_within != b.place and b.place_within != a.place)
