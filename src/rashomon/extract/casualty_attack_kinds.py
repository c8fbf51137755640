"""The kind of an attack (from the air, by ground fire, a bomb blast), to carry its attacker on.

Why: a report names the attacker once and then goes on about the same attacks without
naming it: "Russian jets pounded the town on Monday. At least 16 people were killed in air
strikes on its market." The second sentence says "air strikes", not "the air strikes", so it
is no back-reference by its determiner (casualty_attackers.refers_back); what ties it to the
attack before is that it is an attack of the same kind. So a sentence naming an attack of one
kind without its attacker takes the attacker the article named before in an attack of that
kind, when it named one only: an attack of another kind ("rebel rocket fire" before "air
strikes") is no clue, two attackers of the kind ("Russian jets" and "regime helicopters")
leave it open, and an article that names attackers by class ("terrorists fired shells",
"unidentified warplanes") names no one (GUIDELINES.md section 5). Joint attackers count as
the first named ("Russian and regime strikes").
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words of an attack, by kind. A bomb word's kind is decided by the word before it
# ("barrel bombs" from the air, "car bomb" a blast).
_BLAST = r"(?:car|truck|suicide|vehicle)[\s-]+(?:bomb(?:s|ings?|ers?)?|attacks?)|suicide\s+bombers?|blasts?|explosions?"
_AIR = (
    r"barrel[\s-]+bomb(?:s|ings?)?|air[\s-]?strikes?|strikes?|air[\s-]?raids?|raids?|aerial\s+\w+|war[\s-]?planes?|"
    r"(?:fighter[\s-])?jets?|aircrafts?|planes?|helicopters?|drones?|air[\s-]?force|sorties|bombers?|"
    r"bombardments?|bombings?|bombed|bombs?"
)
_GROUND = r"shelling|shelled|shells?|rockets?|mortars?|artillery|barrages?|missiles?"
_KINDS = (
    ("blast", re.compile(rf"\b(?:{_BLAST})\b", re.IGNORECASE)),
    ("air", re.compile(rf"\b(?:{_AIR})\b", re.IGNORECASE)),
    ("ground", re.compile(rf"\b(?:{_GROUND})\b", re.IGNORECASE)),
)
# A kind word followed by "by" / "of" names its own doer or is no attack ("strikes by the
# regime" is read elsewhere; "a raid of").
_NOT_AFTER = re.compile(r"\s+(?:by|of)\b", re.IGNORECASE)
# The sentence names its attacker, if only by class: it carries no one on.
_OWN_CLASS = re.compile(r"\b(?:terrorists?|unidentified|unknown|unclaimed)\b", re.IGNORECASE)


def attack_kinds(text: str, start: int, end: int) -> frozenset[str]:
    """The kinds of attack text[start:end] speaks of without a doer after the word."""
    found: set[str] = set()
    taken: list[tuple[int, int]] = []
    for kind, pattern in _KINDS:
        for match in pattern.finditer(text, start, end):
            if any(low <= match.start() < high for low, high in taken):
                continue  # "car bomb" is a blast, not also an air "bomb"
            taken.append(match.span())
            if not _NOT_AFTER.match(text, match.end()):
                found.add(kind)
    return frozenset(found)


def attack_kind(words: str) -> str:
    """The kind of the first attack word in `words` ("Russian fighter jets": air); "" for none."""
    found = [(match.start(), kind) for kind, pattern in _KINDS if (match := pattern.search(words))]
    return min(found)[1] if found else ""


def names_own_class_before(text: str, end: int) -> bool:
    """Whether text[:end] names an attacker only as a class ("terrorists fired"). Why from the
    first such word: it is asked for every figure of an article, and scanning from the start
    each time is quadratic in a long text; the first word decides for every later figure."""
    first = _first_own_class_end(text)
    return 0 <= first <= end


@lru_cache(maxsize=64)
def _first_own_class_end(text: str) -> int:
    """Where the text's first class-only attacker word ends; -1 when it has none."""
    match = _OWN_CLASS.search(text)
    return match.end() if match else -1
