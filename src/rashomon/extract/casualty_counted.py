"""What an amount counts: the noun of a casualty figure ("12 civilians", "the bodies of 35
people", "20,000 of them"), and whether a noun the parser gives it is one at all.

Why a module of its own: casualty_links.py follows the tree from the counted words to the
word saying what happened to them; finding the counted words comes first and is asked by the
figure reader (casualties.py) before any link is followed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rashomon.extract.amounts import AmountSpan, find_amounts, is_amount_word
from rashomon.extract.casualty_links import MAX_LINK_DEPTH
from rashomon.extract.casualty_words import casualty_word, trigger_of, victim, victim_classes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def counted(number: Token) -> tuple[Token | None, Token]:
    """(counted noun, token whose place in the tree says what happened to them)."""
    head = _phrase_head(number.head)
    modifies = number.dep_ in ("nummod", "quantmod", "amod", "compound", "det", "nmod")
    counts_head = head.pos_ in ("NOUN", "PROPN") or (head.pos_ == "ADJ" and trigger_of(head) is not None)
    stands_alone = _new_phrase(number, head) or _weekday(head) or _share(head)
    if modifies and counts_head and head.i > number.i and not stands_alone:
        return head, head  # "12 civilians", "a toll of 112 dead"
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ != "PRON":  # "20,000 of them": no noun to count
                return objects[0], number
    return None, number


def _new_phrase(number: Token, head: Token) -> bool:
    """Whether an article or demonstrative stands between an amount and the noun the parser
    hangs it on: a determiner opens a noun phrase of its own, so the amount does not count
    that noun ("wounded more than 100 a monitoring group said", "killed 12 the army said")."""
    return any(t.dep_ == "det" and t.head == head for t in number.doc[number.i + 1 : head.i])


# Days of the week: "wounded 40 Tuesday" dates the verb; the parser hangs the bare number on the day.
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _weekday(head: Token) -> bool:
    """Whether the noun the parser gives an amount is a day of the week ("killed 16 people and
    wounded 40 Tuesday"): a day counts nobody, the number stands alone as the verb's object."""
    return head.lower_ in WEEKDAYS


# Shares of a whole: "displaced 11 million half of the population" (no comma) hangs the amount
# on "half", but a share restates the amount as a part of something, it is not what is counted.
SHARES = frozenset("half third quarter fifth".split())


def _share(head: Token) -> bool:
    """Whether the noun the parser gives an amount is a share of a whole followed by "of" ("11
    million half of the population"): the number stands alone as the verb's object."""
    return head.lower_ in SHARES and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


# "wounded 23 others security sources told X": with the comma lost the parser makes the counted
# "others" a modifier of the source that speaks next; the count stays with "others".
_COUNTED_ALONE = frozenset({"others", "people"})
_SOURCE_NOUNS = frozenset({"source", "sources"})


def _phrase_head(token: Token) -> Token:
    """The head noun of a compound run: "Fifteen SARC volunteers" counts "volunteers", not "SARC";
    not a source noun after "others" or "people" (constants above)."""
    for _ in range(MAX_LINK_DEPTH):
        if token.dep_ != "compound" or token.head.i <= token.i or token.head.pos_ not in ("NOUN", "PROPN"):
            break
        if token.lower_ in _COUNTED_ALONE and token.head.lower_ in _SOURCE_NOUNS:
            break
        token = token.head
    return token


def not_counted(noun: Token, span: AmountSpan) -> bool:
    """Whether the noun the tree gives an amount is no counted noun: the amount's own words
    ("hundreds of thousands"), another amount or a verb tagged a noun ("kill 10 injure scores")."""
    if noun.idx < span.end or is_amount_word(noun.text):
        return True
    return victim(noun) is None and casualty_word(noun)


def victims_of(noun: Token) -> tuple[Token, Token, str] | None:
    """The victims a noun names, or those of the noun coordinated with it when the parser made
    a modifier the head ("70 regime and rebel fighters": "regime" heads, "fighters" counts)."""
    found = victim(noun)
    if found is not None:
        return found
    for child in (c for c in noun.children if c.dep_ == "conj" and c.i > noun.i):
        if any(c.dep_ == "nummod" for c in child.children):
            continue  # "two boats and 22 fishermen": the fishermen have a count of their own
        other = victim(child)
        if other is not None:
            return noun, other[1], other[2]
    return None


# Words allowed between a number the parser left without a noun and the person noun right
# after it ("Total of 24 IS terrorists", with "24" hung on "of").
MAX_WORDS_TO_NOUN = 3


def noun_after(doc: Doc, number: Token) -> Token | None:
    """The person noun right after a number the tree gives no noun, if any."""
    for token in doc[number.i + 1 : number.i + 2 + MAX_WORDS_TO_NOUN]:
        if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
        if token.lower_ in victim_classes() and token.dep_ != "compound" and trigger_of(token) is None:
            return token  # a person noun, not a casualty word ("Leave 100 Dead")
    return None



# "at least" right after the counted words ("killed 20 civilians at least").
_TRAILING_AT_LEAST = re.compile(r"\s+at\s+least\b", re.IGNORECASE)
# Characters after the hedge within which an amount makes it the next figure's.
HEDGE_LOOKAHEAD = 3


def trailing_hedge(text: str, end: int) -> int:
    """The end of an "at least" that follows a figure's counted words (English also puts the
    hedge after the noun: "killed 20 civilians at least"), or 0 when none does. An amount
    right after it takes the hedge itself ("20 civilians at least 30 wounded": wire copy with
    its commas stripped)."""
    found = _TRAILING_AT_LEAST.match(text, end)
    if found is None:
        return 0
    following = find_amounts(text[found.end() :])
    if following and following[0].start <= HEDGE_LOOKAHEAD:
        return 0
    return found.end()
