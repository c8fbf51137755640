"""Victim classes the counted noun leaves open, read from the words around it.

Why: the class is decided from the counted noun (GUIDELINES.md section 4, table
data/casualty_victims.tsv), but some nouns carry no class of their own: "others" restate the
victims counted before them in the sentence ("five civilians were killed and 90 others
wounded"), "members" belong to a group ("members of government forces", "ISIS members"),
"comrades" go with the person named before them ("the emir and 34 of his comrades"), and a
modifier can move fighters to the state's side ("regime fighters" are security forces,
"pro-regime fighters" militia). casualty_links.victim() asks here when the table's class
needs its context. A plural demonym ("Afghans") counts people of no class of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rashomon.extract.actors import actor_spans

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns whose class is that of the earlier figure of the sentence ("five civilians were killed
# and 90 others wounded"), or "civilian" like "people" when there is none (GUIDELINES.md 4).
_RESTATING = frozenset({"other", "others"})
# Nouns of those who go with someone ("the commander and three of his comrades"): the class
# of the person named before them in the sentence, counted or not.
_FELLOWS = frozenset({"comrade", "comrades", "companion", "companions"})
# Nouns whose class is that of the group they belong to ("members of government forces",
# "ISIS members").
_MEMBERSHIP = frozenset({"member", "members"})
# Leaders counted by a number take their group's class too ("25 senior Nusra Front leaders"
# are fighters of the Front); a lone leader is left to the singular rules.
_LEADERS = frozenset({"leader", "leaders"})
# Modifiers that make fighters state forces ("regime fighters", "government fighters"; but
# "pro-government fighters" are militia, combatants: GUIDELINES.md section 4).
_STATE_MODIFIERS = frozenset({"regime", "government", "army"})
# Actor roles (data/actors.json) and the victim class of their members.
_ROLE_CLASSES = {"armed group": "combatant", "state forces": "security", "foreign forces": "security"}


def class_in_context(noun: Token, listed: str, table: dict[str, str]) -> str:
    """The class of a noun as the table lists it, refined by the words around it: "others"
    restate the sentence's earlier victims, "members" take their group's class, "regime
    fighters" are security forces."""
    lowered = noun.lower_
    if lowered in _RESTATING and not listed:
        return _earlier_class(noun, table)
    if lowered in _MEMBERSHIP and not listed:
        return _group_class(noun, table)
    if lowered in _LEADERS and not listed and _counted(noun):
        return _group_class(noun, table)
    if lowered in _FELLOWS and not listed:
        return _earlier_person_class(noun, table)
    if listed == "combatant" and any(_state_modifier(c) for c in noun.children):
        return "security"
    return listed


def _counted(noun: Token) -> bool:
    """Whether a number counts the noun ("25 leaders"), not one named or singular man."""
    return any(c.dep_ == "nummod" for c in noun.children)


def _state_modifier(token: Token) -> bool:
    """ "regime" in "regime fighters", but not in "pro-regime fighters"."""
    if token.dep_ not in ("amod", "compound") or token.lower_ not in _STATE_MODIFIERS:
        return False
    before = token.doc[max(0, token.i - 2) : token.i].text.lower().replace(" ", "")
    return not before.endswith(("pro-", "pro"))


def _earlier_class(noun: Token, table: dict[str, str]) -> str:
    """The class of the nearest counted person noun before `noun` in its sentence; civilian
    when there is none ("others" alone are people)."""
    for token in reversed(noun.doc[: noun.i]):
        known = table.get(token.lower_) or table.get(token.lemma_.lower())
        if known and token.pos_ in ("NOUN", "PROPN") and _has_count(token):
            return known
    return "civilian"


def _earlier_person_class(noun: Token, table: dict[str, str]) -> str:
    """The class of the nearest person noun with a class before `noun` in its sentence ("the
    emir and 34 of his comrades": combatant); "" when there is none."""
    for token in reversed(noun.doc[: noun.i]):
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = token.lemma_.lower()
        known = table.get(token.lower_) or table.get(lemma) or table.get(lemma + "s")
        if known:
            return known
    return ""


def _has_count(token: Token) -> bool:
    """Whether a noun is counted ("eight civilians", "two persons")."""
    return any(c.dep_ == "nummod" or c.like_num for c in token.children) or (
        token.i > 0 and token.doc[token.i - 1].like_num
    )


def _group_class(noun: Token, table: dict[str, str]) -> str:
    """ "members of government forces", "ISIS members": the class of the group named."""
    group = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        group += [c for c in prep.children if c.dep_ == "pobj"]
    for token in group:
        # with the noun when it follows: "IS" names the group only before a noun like "members"
        last = noun.i if token.i < noun.i else token.i
        words = noun.doc[token.left_edge.i : last + 1]
        for _, _, actor in actor_spans(words.text, ""):  # a named group first: "Syrian Democratic Forces"
            if actor.role in _ROLE_CLASSES:
                return _ROLE_CLASSES[actor.role]
        known = table.get(token.lower_) or table.get(token.lemma_.lower())
        if known:
            return known
    return ""


def named_group_class(name: Token, table: dict[str, str]) -> str:
    """ "killed five of Al-Nusra (and allied militants)": the class of the people of a named
    group, from a person noun coordinated with the name, else from the group's actor role."""
    for conj in (c for c in name.children if c.dep_ == "conj"):
        known = table.get(conj.lower_) or table.get(conj.lemma_.lower())
        if known:
            return known
    words = name.doc[name.left_edge.i : name.i + 1]
    for _, _, actor in actor_spans(words.text, ""):
        if actor.role in _ROLE_CLASSES:
            return _ROLE_CLASSES[actor.role]
    return ""


# Plural names of nationals: "Afghans", "Jordanians", "Lebanese", "Saudis", "Yemenis" (the
# suffixes of English demonyms), and the short ones no suffix covers. The class is left to
# the context: nationals may be soldiers or civilians.
_DEMONYM_ENDINGS = ("ans", "ese", "kis", "nis", "ris", "dis", "lis", "tis")
_SHORT_DEMONYMS = frozenset({"turks", "britons", "kurds", "arabs", "uzbeks", "tajiks", "kazakhs", "chechens", "greeks",
                             "serbs", "croats", "poles", "swedes", "danes", "finns", "czechs", "thais", "filipinos"})


def demonym(noun: Token) -> bool:
    """Whether a plural proper noun names nationals ("twelve Afghans were killed")."""
    lowered = noun.lower_
    plural_name = noun.tag_ == "NNPS" or (noun.tag_ == "NNS" and noun.text[:1].isupper())  # "Saudis" tagged NNS
    return plural_name and (lowered.endswith(_DEMONYM_ENDINGS) or lowered in _SHORT_DEMONYMS)
