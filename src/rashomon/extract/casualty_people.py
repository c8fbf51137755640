"""Person words the parse reads wrongly around a casualty figure: who is counted, who is not.

The tree of a comma-less wire sentence hangs people on the wrong words, and three patterns
of that kind decide whether a person phrase is a figure at all: "one of its soldiers" (a
count of one, though "one of the wounded" is a person picked out of a figure), a trailing
speaker parsed as the object of the casualty verb ("a nurse critically wounded ... the aid
group that supports it said", which makes the nurse look like the attacker), and a bare
"one" that describes a member of a group just counted ("three adults one wearing a
uniform"), and people counted inside a collective noun ("a group of 60 fighters were
killed": the verb is the group's), a definite bare number that refers back ("executed the
14"), the person noun after a bare breakdown ("among them 15 children"), and bracketed
insertions that split a person phrase for the parser ("22 Red Crescent [SARC] volunteers").
Kept apart from casualties.py, which reads the figure once these are settled.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from rashomon.extract.casualty_links import (
    CARRIER_LEMMAS,
    FINDING_LEMMAS,
    Link,
    link,
    trigger_of,
    victim,
    victim_classes,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Determiners of a group one person is picked out of ("one of its soldiers").
_GROUP_DETERMINERS = frozenset({"its", "their", "the", "our"})
# Roles in which "one of ..." is the person harmed: subject or object of the casualty verb.
_COUNTED_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


def one_of_group(doc: Doc, number: Token) -> bool:
    """Whether the subject or object "one" of a casualty verb is followed by "of" and a group
    of people that is no casualty figure itself ("one of its soldiers was killed", "killing
    one of the rebel commanders"; not "the wounded", "two people killed"); "He is one of the
    residents who fled" is neither."""
    index = number.i + 2
    if number.dep_ not in _COUNTED_ROLES or index >= len(doc) or doc[index].lower_ not in _GROUP_DETERMINERS:
        return False
    for token in doc[index + 1 : index + 5]:
        if token.tag_ == "POS":
            continue  # "one of the group's leaders"
        if token.pos_ not in ("NOUN", "PROPN", "ADJ") or trigger_of(token) is not None:
            return False
        if token.tag_ in ("NNS", "NNPS") and victim(token) is not None:
            return True
    return False


def harmed_object(child: Token) -> bool:
    """Whether a verb's object can be people it harmed ("16", "the guard", "them"); comma-less
    copy makes the speaker of a trailing "the aid group said" an object ("a nurse critically
    wounded ... the aid group that supports it said"), which says nothing of the subject."""
    if child.dep_ != "dobj":
        return False
    if child.pos_ in ("NUM", "PRON") or victim(child) is not None:
        return True
    return any(c.dep_ == "nummod" for c in child.children)


def described_one(doc: Doc, number: Token) -> bool:
    """ "three adults one wearing a uniform", "four men, one carrying a child", "three gunmen
    one identified as X were killed": a bare "one" followed by a gerund or a participle that
    says nothing of harm picks out one of those counted before (a participle that carries a
    fate, "one found dead", "one reported killed", still counts)."""
    following = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if number.lower_ != "one" or following is None or trigger_of(following) is not None:
        return False
    if following.tag_ == "VBN":
        return following.lemma_.lower() not in CARRIER_LEMMAS | FINDING_LEMMAS
    return following.tag_ == "VBG"


# Nouns that only gather the people counted after "of": what happens to the group happens to them.
_COLLECTIVES = frozenset({"group", "batch", "band", "contingent", "team", "squad", "unit", "party"})


def collective_link(anchor: Token) -> Link | None:
    """ "a group of over 60 foreign fighters were killed": the casualty word of the collective
    noun the counted people hang on, else None."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in _COLLECTIVES:
        return None
    return link(prep.head, 1)


# An editor's insertion in square brackets ("80 [IS] fighters", "22 Red Crescent [SARC]
# volunteers") splits a noun phrase for the parser; short ones are blanked before parsing.
_BRACKETED = re.compile(r"\[[^\[\]]{1,40}\]")


def blank_brackets(text: str) -> str:
    """The text with short square-bracketed insertions, and short round-bracketed asides right
    before a person noun, replaced by spaces (same length)."""
    if "[" in text:
        text = _BRACKETED.sub(lambda m: " " * len(m.group(0)), text)
    if ")" in text:  # cheap test first
        text = _aside_pattern().sub(lambda m: " " * len(m.group(0)), text)
    return text


@lru_cache(maxsize=1)
def _aside_pattern() -> re.Pattern[str]:
    """A round-bracketed aside of a few words inside a noun phrase, before its person noun:
    "20 Islamic State (ISIL or Daesh) operatives", "35 Daesh (outlawed in Russia) militants".
    The parser takes the aside for the phrase's end and loses the counted people; a bracket
    before a verb ("(SOHR) said") is left, the noun must follow in lowercase."""
    nouns = "|".join(sorted(victim_classes(), key=len, reverse=True))
    return re.compile(rf"\([^()]{{1,40}}\)(?=\s+(?-i:(?:{nouns}))\b)")


@lru_cache(maxsize=1)
def _counted_after_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(victim_classes(), key=len, reverse=True))
    return re.compile(rf"\s+(?:(?!(?:of|and|or|them|whom|were|was|in|on|at)\b)[A-Za-z][\w'-]*\s+){{0,2}}?({nouns})\b",
                      re.IGNORECASE)


def counted_after(text: str, end: int) -> tuple[int, str, str] | None:
    """(end, victims as written, victim class) of the person noun right after a bare amount
    ("among them 15 children", "15 young children"), or None."""
    found = _counted_after_pattern().match(text, end)
    if found is None:
        return None
    return found.end(), text[end:found.end()].strip(), victim_classes()[found.group(1).lower()]


_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.IGNORECASE)


_CLAUSE_GOES_ON = re.compile(r"\s*(?:[.,;:\"')]|$|\s(?:and|who|were|was|had|have|in|on|at|after)\b)", re.IGNORECASE)


def refers_back(text: str, start: int, end: int) -> bool:
    """Whether an amount with no counted noun follows a definite article and ends its phrase
    ("executed the 14.", "the three were killed"): it names people counted before, not a
    figure of its own ("the 40 wounded" still counts the wounded)."""
    return bool(_DEFINITE_BEFORE.search(text, max(0, start - 8), start) and _CLAUSE_GOES_ON.match(text, end))


# "hundreds of people - by one count as many as 900 - in an attack": a second estimate of the
# figure just given, set off by dashes, commas or brackets, with no verb of its own.
_ASIDE_OPEN = re.compile(r"\s*[-–—,(]\s*(?:(?:by|in|according\s+to)\s+(?:one|some|another|other)\s+\w+\s*,?\s*)?$")
_ASIDE_CLOSE = re.compile(r"\s*[-–—,)]")


def aside_restatement(text: str, previous_end: int, start: int, end: int) -> bool:
    """Whether the amount text[start:end] restates the figure ending at previous_end in an aside."""
    if previous_end > start or start - previous_end > 40:
        return False
    return bool(_ASIDE_OPEN.match(text, previous_end, start) and _ASIDE_CLOSE.match(text, end))
