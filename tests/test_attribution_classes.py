"""Classes of attribution errors met on the third held-out set, each tested on invented
sentences that vary the words and the order of the one seen: a subject after a relative
clause (source_clauses.py), a person named with the body they head (source_heads.py),
coordinated sources, a citing participle that opens the sentence, and a descriptor that
refers back to a named source."""

from __future__ import annotations

import pytest

from rashomon.extract import extract_article
from rashomon.extract.attribution import find_attributions
from rashomon.extract.sentences import split_sentences
from rashomon.model import Article


def _figure_sources(text: str) -> dict[str, str]:
    """figure text -> primary source ('' when none)."""
    facts = extract_article(Article(id="t", text=text)).casualties
    return {f.text: f.source.primary if f.source else "" for f in facts}


def _attributions(text: str) -> list[tuple[str, str]]:
    found = find_attributions(Article(id="t", text=text), split_sentences(text))
    return [(f.source.primary, f.source.speaker) for f in found]


# -- a relative clause ends, then the verb's own subject (commas lost) -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In Hama 15 people were killed including a former officer who had defected from the army to join"
        " rebel units the Lakeside Monitoring Group said.",
        "Eleven villagers died among them a teacher who had refused to leave his school the Lakeside"
        " Monitoring Group reported.",
        "Shelling killed nine people including a nurse who worked at the field clinic for two years the"
        " Lakeside Monitoring Group said on Sunday.",
    ],
)
def test_the_subject_after_a_relative_clause_speaks(text: str) -> None:
    sources = set(_figure_sources(text).values())
    assert sources == {"Lakeside Monitoring Group"}


def test_a_relative_clause_object_is_still_not_the_speaker() -> None:
    text = "Shelling killed two nurses a relief group that works against the government said."
    assert "group" in _attributions(text)[0][0]


# -- a person named with the body they head ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Omar Haddad who heads the Lakeside Relief Committee said 14 people were killed.",
        "Omar Haddad, who runs the Lakeside Relief Committee, told reporters that 14 people had died.",
        "Fourteen people died in the raid, said Omar Haddad, who directs the Lakeside Relief Committee.",
        "Fourteen people died according to Omar Haddad, the director of the Lakeside Relief Committee.",
        "Omar Haddad, the founder of the Lakeside Relief Committee, said 14 people were killed.",
    ],
)
def test_a_person_heading_a_body_speaks_for_it(text: str) -> None:
    primary, speaker = _attributions(text)[0]
    assert primary == "Lakeside Relief Committee"
    assert speaker == "Omar Haddad"


def test_a_former_head_speaks_for_himself() -> None:
    text = "It was a massacre, said Omar Haddad, who headed the Lakeside Relief Committee until 2010."
    assert _attributions(text)[0][0] != "Lakeside Relief Committee"


def test_a_head_of_an_unnamed_body_keeps_the_person() -> None:
    text = "Three people died according to Omar Haddad the head of the relief group which tracks the war."
    assert _attributions(text)[0][0] == "Omar Haddad"
