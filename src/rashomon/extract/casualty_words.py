"""Words of casualty reporting: what names a fate (data/casualty_triggers.tsv) and who is
counted (data/casualty_victims.tsv).

Why apart: every rule of casualty_links.py and the text-level rules around it ask these two
questions of a word, so the tables and their look-ups (inflections, plurals, the members of a
named group, nationals) live here once, below the tree links that use them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from rashomon.extract.amounts import table_rows
from rashomon.extract.victim_context import class_in_context, demonym, named_group_class

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def _triggers() -> dict[tuple[str, str], str]:
    return {(row[0], row[2]): row[1] for row in table_rows("casualty_triggers.tsv")}


@lru_cache(maxsize=1)
def victim_classes() -> dict[str, str]:
    return {row[0]: (row[1] if len(row) > 1 else "") for row in table_rows("casualty_victims.tsv")}


def victim(noun: Token) -> tuple[Token, Token, str] | None:
    """(first and last word of the victims, victim class) when the noun counts people."""
    table = victim_classes()
    lowered, lemma = noun.lower_, noun.lemma_.lower()
    if lemma in ("hostage", "captive", "prisoner"):  # "200 Christians hostage"
        for child in noun.children:
            if child.dep_ == "compound" and child.lower_ in table:
                return child, child, table[child.lower_]
    compounds = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i]
    first = compounds[0] if compounds else noun
    for key in (lowered, lemma, *_plurals(lemma)):
        if key in table:
            return first, noun, class_in_context(noun, table[key], table)
    if _members_of_named(noun):
        words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ != "det"]  # "(the) Free Syrian Army"
        return words[0] if words else noun, noun, named_group_class(noun, table)
    if trigger_of(noun) is not None or noun.ent_type_ == "NORP" or demonym(noun):
        return first, noun, ""
    return None


def _members_of_named(noun: Token) -> bool:
    """ "killed five of Al-Nusra", "three of Hezbollah were killed": an amount of a named group
    counts its members (the class is left to the group's name)."""
    prep = noun.head
    return noun.pos_ == "PROPN" and noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NUM"


def _plurals(lemma: str) -> tuple[str, ...]:
    """The plurals the table may list a singular under: "policeman" -> "policemen", "nurse" ->
    "nurses", "casualty" -> "casualties" (the singular counts of casualty_patterns.py are made
    from the table's plurals, so each must find its way back)."""
    if lemma.endswith("man"):
        return lemma[:-3] + "men", lemma + "s"
    if lemma.endswith("fe"):  # "wife" -> "wives"
        return lemma[:-2] + "ves", lemma + "s"
    if lemma.endswith("y") and not lemma.endswith(("ay", "ey", "oy")):
        return lemma[:-1] + "ies", lemma + "s"
    return (lemma + "s",)


def trigger_of(token: Token) -> str | None:
    """The casualty category a single word names, if any."""
    table = _triggers()
    lemma, lowered = token.lemma_.lower(), token.lower_
    if token.pos_ in ("VERB", "AUX"):
        return table.get((lemma, "verb")) or table.get((lowered, "adj"))
    if token.pos_ in ("NOUN", "PROPN"):  # the word itself too: the lemmatiser makes "corpses" "corps"
        return table.get((lemma, "noun")) or table.get((lowered, "noun")) or table.get((lowered, "adj"))
    if token.pos_ == "ADJ":
        return table.get((lowered, "adj")) or table.get((lemma, "verb"))
    return table.get((lowered, "adj"))  # "left 28 militants dead" with "dead" tagged a preposition


def casualty_word(token: Token) -> bool:
    """Whether a word names what happened in any of its parts of speech ("injure" tagged a noun
    in a headline): such a word is never the counted noun."""
    table, lemma = _triggers(), token.lemma_.lower()
    return any((key, part) in table for key in (lemma, token.lower_) for part in ("verb", "noun", "adj"))
