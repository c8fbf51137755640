"""Person words the parse reads wrongly around a casualty figure: who is counted, who is not.

The tree of a comma-less wire sentence hangs people on the wrong words, and three patterns
of that kind decide whether a person phrase is a figure at all: "one of its soldiers" (a
count of one, though "one of the wounded" is a person picked out of a figure), a trailing
speaker parsed as the object of the casualty verb ("a nurse critically wounded ... the aid
group that supports it said", which makes the nurse look like the attacker), and a bare
"one" that describes a member of a group just counted ("three adults one wearing a
uniform"), and people counted inside a collective noun ("a group of 60 fighters were
killed": the verb is the group's). Kept apart from casualties.py, which reads the figure once these are settled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rashomon.extract.casualty_links import Link, link, trigger_of, victim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Determiners of a group one person is picked out of ("one of its soldiers").
_GROUP_DETERMINERS = frozenset({"its", "their", "the", "our"})


def one_of_group(doc: Doc, number: Token) -> bool:
    """Whether the subject "one" of a casualty verb is followed by "of" and a group of people
    that is no casualty figure itself ("its soldiers", "the rebel commanders"; not "the
    wounded", "two people killed"); "He is one of the residents who fled" is no subject."""
    index = number.i + 2
    if number.dep_ not in ("nsubj", "nsubjpass") or index >= len(doc) or doc[index].lower_ not in _GROUP_DETERMINERS:
        return False
    for token in doc[index + 1 : index + 4]:
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
    """ "three adults one wearing a uniform", "four men, one carrying a child": a bare "one"
    followed by a gerund that says nothing of harm picks out one of those counted before."""
    following = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if number.lower_ != "one" or following is None:
        return False
    return following.tag_ == "VBG" and trigger_of(following) is None


# Nouns that only gather the people counted after "of": what happens to the group happens to them.
_COLLECTIVES = frozenset({"group", "batch", "band", "contingent", "team", "squad", "unit", "party"})


def collective_link(anchor: Token) -> Link | None:
    """ "a group of over 60 foreign fighters were killed": the casualty word of the collective
    noun the counted people hang on, else None."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in _COLLECTIVES:
        return None
    return link(prep.head, 1)
