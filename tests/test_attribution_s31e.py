"""Figures the gold sources and the extractor left with none (attr31e): the body's mention of a
figure was not found, or found without the speaker its sentence names. Invented passages.

Two general English shapes: a short round-bracketed aside inside the counted noun phrase
("more than thirty Islamic State (ISIL or Daesh) operatives", "Daesh (banned in Russia)
militants") hid the counted people from the parser, so the sourced body mention was lost; and an
unnamed official known only by a role noun ("the military representative said", "the defence
secretary said", "an aide said", "the envoy told reporters") was no speaker at all.
"""

from __future__ import annotations

import pytest

from rashomon.extract import extract_article
from rashomon.extract.casualty_people import blank_brackets
from rashomon.model import Article


def _figures(text: str) -> dict[str, str]:
    """Each figure's written text -> its source primary ("" for none)."""
    facts = extract_article(Article(id="t", text=text)).casualties
    return {fact.text: fact.source.primary if fact.source else "" for fact in facts}


def _source_of(text: str, number_word: str) -> str | None:
    """The source of the figure whose text holds `number_word`; None when no figure holds it."""
    found = [source for figure, source in _figures(text).items() if number_word in figure]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "number_word", "source"),
    [
        (
            "Coalition jets have killed more than thirty Islamic State (ISIL or Daesh) operatives near the river "
            "the defence chief said on Friday.",
            "thirty",
            "defence chief",
        ),
        (
            "Government troops killed 45 Daesh (banned in Russia) militants near the oil wells, officials said.",
            "45",
            "officials",
        ),
        (
            "Rebels shot dead 12 Islamic State (also known as Daesh) fighters at a checkpoint.",
            "12",
            "",
        ),
    ],
)
def test_aside_inside_the_counted_noun_phrase(text: str, number_word: str, source: str) -> None:
    assert _source_of(text, number_word) == source


def test_aside_blanked_only_before_a_person_noun() -> None:
    """A bracket before a verb or at a phrase's end keeps its place: "(SOHR) said" names the speaker."""
    text = "The Observatory (SOHR) said 17 (mostly young) men were killed in Idlib (north)."
    blanked = blank_brackets(text)
    assert len(blanked) == len(text)
    assert "(SOHR)" in blanked and "(north)" in blanked and "(mostly young)" not in blanked


def test_bracket_before_the_verb_still_names_the_speaker() -> None:
    assert _source_of("The Observatory (SOHR) said 17 people were killed in shelling on the town.", "17") == (
        "Syrian Observatory for Human Rights (SOHR)"
    )


@pytest.mark.parametrize(
    ("speaker", "source"),
    [
        ("the military representative said", "military representative"),
        ("the defence secretary said", "defence secretary"),
        ("a senior aide said", "aide"),
        ("the UN envoy told reporters", "United Nations"),
        ("a Western diplomat said", "Western diplomat"),
    ],
)
def test_unnamed_official_known_by_a_role_noun(speaker: str, source: str) -> None:
    text = f"Air strikes on the market killed 23 civilians on Sunday {speaker}."
    assert _source_of(text, "23") == source


def test_quotation_over_three_sentences_closed_by_a_representative() -> None:
    """A figure inside a quotation that runs on and closes on "the army representative said"."""
    text = (
        "An officer told the agency that troops fought off an assault east of the town. "
        '"The assault was beaten back. Our units killed over 50 gunmen. Four armed pickups were destroyed" '
        "the army representative said."
    )
    assert _source_of(text, "50") == "army representative"


def test_role_noun_as_object_is_no_outlet() -> None:
    """ "told Western envoys": the envoys heard the words, they relayed nothing (no via)."""
    facts = extract_article(
        Article(id="t", text="The minister told Western envoys that shelling had killed 14 people in the city.")
    ).casualties
    assert [(f.source.primary, f.source.via) for f in facts if f.source] == [("minister", [])]


def test_hedged_restatement_takes_the_source_of_the_earlier_exact_mention() -> None:
    """ "40 foreign fighters ..., the ministry said" then "more than 40 foreign fighters were killed":
    one figure, sharpened by the hedge; its speaker was named once, before."""
    text = (
        "The defence ministry said 90 militants and 40 foreign fighters were killed in a week of air strikes "
        "near the river. In another raid more than 40 foreign fighters from Central Asia were killed south of the town."
    )
    facts = extract_article(Article(id="t", text=text)).casualties
    hedged = [f for f in facts if f.text.startswith("more than 40")]
    assert len(hedged) == 1 and hedged[0].source is not None
    assert "ministry" in hedged[0].source.primary and not hedged[0].source.explicit


def test_hedged_mention_of_other_victims_takes_no_source() -> None:
    """The same number of other people ("40 foreign fighters" and "more than 40 soldiers") is no twin."""
    text = (
        "The defence ministry said 90 militants and 40 foreign fighters were killed in a week of air strikes "
        "near the river. Meanwhile more than 40 soldiers were killed in an ambush in the south of the country."
    )
    facts = extract_article(Article(id="t", text=text)).casualties
    soldiers = [f for f in facts if f.text.startswith("more than 40")]
    assert len(soldiers) == 1 and soldiers[0].source is None


def test_war_wide_tally_goes_on_after_according_to() -> None:
    """ "... the war has claimed 350000 lives according to a research centre. Moreover 5 million
    people have been displaced since the conflict began": the centre's statistics go on."""
    text = (
        "The war that erupted in 2011 has claimed the lives of 350000 people according to a policy research "
        "centre in Damascus. Moreover 5 million people have been displaced internally since the beginning of the "
        "conflict."
    )
    sources = _figures(text)
    assert sources["5 million people"] == sources["350000 people"] != ""


def test_moreover_after_a_single_incident_still_opens_a_report() -> None:
    """Outside a war-wide tally "Moreover" still adds an incident of the outlet's own."""
    text = (
        "Shells fired on the old market killed three people a police source said. Moreover 4 civilians were "
        "killed when rockets hit a school in another district."
    )
    assert _figures(text)["4 civilians"] == ""
