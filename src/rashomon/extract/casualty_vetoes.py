"""Who an amount's person word is not a victim of: cheap vetoes on the amount token before
the casualty reader follows its links (casualties.py).

Why apart: these read the speaker and the describer out of a sentence ("..., a medic said",
"three adults one wearing a uniform", "a bomber killed 16"), a question of who tells or does
something rather than of what happened to whom, and they grow with the wordings of attribution.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rashomon.extract.casualty_links import victim
from rashomon.extract.casualty_people import described_one, harmed_object, one_of_group
from rashomon.extract.casualty_subcounts import introduces_subcount
from rashomon.extract.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from rashomon.extract.amounts import AmountSpan


def counts_people(doc: Doc, number: Token, span: AmountSpan, singular: bool) -> bool:
    """Cheap vetoes on the amount token before its links are followed."""
    if singular and (number.pos_ not in ("NOUN", "PROPN") or number.idx + len(number.text) != span.end):
        return False  # "a heavy civilian death toll": the person word is not the head
    if singular and number.dep_ == "compound" and victim(number.head) is None:
        return False  # "a refugee camp": the person word names a thing ("a girl child" is a person)
    if singular and number.dep_ == "nsubj" and any(harmed_object(c) for c in number.head.children):
        return False  # "a bomber killed 16": the subject of an active verb with an object did it
    if singular and (speaks(number, span) or names_a_speaker(number)):
        return False  # "..., a medic said": the person is the one telling it
    if described_one(doc, number):
        return False  # "three adults one wearing a uniform"
    # "one of the wounded", "one of two people killed": a person picked out of a figure, not a
    # count; "one of its soldiers was killed", "one of the rebel commanders": a count of one
    # "including one of its leaders": a count of one inside the figure's breakdown
    return not (number.lower_ == "one" and number.i + 1 < len(doc) and doc[number.i + 1].lower_ == "of"
                and not one_of_group(doc, number) and not breaks_down_a_count(doc, number, span))


def breaks_down_a_count(doc: Doc, number: Token, span: AmountSpan) -> bool:
    """ "28 killed including one of their leaders": "one of" after "including" is a count of
    one when a number before it gives the figure broken down ("so many people including one
    of our colleagues" breaks down no figure)."""
    return introduces_subcount(doc_text(doc), span.start) and any(t.like_num for t in doc[: number.i - 1])


# Verbs whose subject tells the news rather than suffers it ("a medic said", "two residents told").
SPEECH_LEMMAS = frozenset({"say", "tell", "report", "add", "state", "announce", "explain", "recount", "describe"})


def speaks(word: Token, span: AmountSpan) -> bool:
    """Whether the counted person is the subject of a verb of saying. Only a phrase that opens
    its clause (sentence start or after a comma) counts: in wire copy stripped of commas,
    "killed 1102 people said the Observatory" parses the victims as the subject of "said"."""
    if word.dep_ != "nsubj" or word.head.lemma_.lower() not in SPEECH_LEMMAS:
        return False
    before = doc_text(word.doc)[: span.start].rstrip()
    return not before or before[-1] in ",;:"


def names_a_speaker(word: Token) -> bool:
    """ "..., said Omar Khaled, a local nurse": a person noun in apposition to the named subject
    of a verb of saying that closes the sentence describes the one telling it, who is no
    victim ("Omar Khaled, a nurse, said he was wounded" tells of his own wound)."""
    head = word.head
    return (word.dep_ == "appos" and head.pos_ == "PROPN" and head.dep_ == "nsubj"
            and head.head.lemma_.lower() in SPEECH_LEMMAS and head.head.i < head.i)
