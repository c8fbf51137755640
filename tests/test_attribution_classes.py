"""Classes of attribution errors met on the third held-out set, each tested on invented
sentences that vary the words and the order of the one seen: a subject after a relative
clause (source_clauses.py), a person named with the body they head (source_heads.py),
coordinated sources, a citing participle that opens the sentence, and a descriptor that
refers back to a named source."""

from __future__ import annotations

import pytest
from conftest import figure_sources

from rashomon.extract.attribution import find_attributions
from rashomon.extract.sentences import split_sentences
from rashomon.model import Article


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
    sources = set(figure_sources(text).values())
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


# -- coordinated sources: the first named ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The Hill Media Center and the Lakeside Monitoring Group said at least five children were killed.",
         "Hill Media Center"),
        ("Six guards died on Friday, the Valley Relief Committee and local doctors told reporters.",
         "Valley Relief Committee"),
        ("The Lakeside Monitoring Group and rescue workers operating in the besieged district reported that"
         " 20 people were killed.", "Lakeside Monitoring Group"),
    ],
)
def test_coordinated_sources_give_the_first(text: str, first: str) -> None:
    assert _attributions(text)[0][0] == first


def test_a_generic_first_conjunct_with_a_long_second_one() -> None:
    text = (
        "A raid killed 31 people on Monday a war monitor and medical workers in the besieged town said."
        " The Lakeside Monitoring Group said the toll could rise."
    )
    assert set(figure_sources(text).values()) == {"Lakeside Monitoring Group"}


# -- a citing participle fronted or set off: the cited source is primary, the citer via ---------


@pytest.mark.parametrize(
    "text",
    [
        "Citing hospital staff the Lakeside Monitoring Group said at least 12 fighters were wounded.",
        "Quoting hospital staff, the Lakeside Monitoring Group reported that nine people died in the raid.",
        "The Lakeside Monitoring Group, citing hospital staff, said nine people died in the raid.",
    ],
)
def test_a_cited_source_before_the_verb_is_primary(text: str) -> None:
    found = find_attributions(Article(id="t", text=text), split_sentences(text))
    assert found[0].source.primary == "medical sources"
    assert found[0].source.via == ["Lakeside Monitoring Group"]


def test_a_cited_descriptor_intermediary_is_the_body_named() -> None:
    text = (
        "The Lakeside Monitoring Group reported clashes in the hills. Citing local doctors the monitoring"
        " group said eight people were killed."
    )
    found = find_attributions(Article(id="t", text=text), split_sentences(text))
    assert found[-1].source.via == ["Lakeside Monitoring Group"]


# -- a descriptor referring back to a named source; a quoted name inside a source phrase -------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("State television said a bomb killed 12 people in the port. The blast also wounded 30 people the"
         " broadcaster said.", "State television"),
        ("Lakeside TV reported clashes near the dam. Nine fighters were killed, the channel said.", "Lakeside TV"),
        ("According to Valley Radio, shelling hit the market. The broadcaster said 14 civilians were wounded.",
         "Valley Radio"),
    ],
)
def test_a_broadcaster_descriptor_is_the_channel_named_before(text: str, named: str) -> None:
    assert _attributions(text)[-1][0] == named


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Troops killed about 40 militants according to the opposition "Orontes" TV network.', ("Orontes", "TV")),
        ('The pro-government "Coast FM" radio said 12 soldiers died in the ambush.', ("Coast FM", "radio")),
        ("Nine rebels were killed, the loyalist “Hill” news agency reported.", ("Hill",)),
    ],
)
def test_a_quoted_name_inside_a_source_phrase_is_kept(text: str, words: tuple[str, ...]) -> None:
    primary = _attributions(text)[0][0]
    assert all(word in primary for word in words)


def test_quoted_speech_is_not_read_as_a_name() -> None:
    text = '"Hold the line" the commander told his men, and 3 soldiers died, the Lakeside Monitoring Group said.'
    assert _attributions(text)[-1][0] == "Lakeside Monitoring Group"


# -- carrying a source on: a sentence dated or framed on its own borrows none ------------------


@pytest.mark.parametrize(
    "second",
    [
        "Also Thursday 14 fighters were killed when jets struck a convoy near the river.",
        "Three days ago the same market was shelled, leaving 9 dead and 20 wounded.",
        "The army has stepped up its shelling of the valley in recent weeks, killing at least 40 civilians.",
        "Air strikes have killed dozens of civilians over the past several months as the offensive went on.",
    ],
)
def test_a_sentence_with_a_time_frame_of_its_own_borrows_no_source(second: str) -> None:
    first = "The Lakeside Monitoring Group said the strikes on the town were the heaviest this year."
    sources = figure_sources(f"{first} {second}")
    assert sources and set(sources.values()) == {""}


def test_a_continuing_sentence_still_borrows_the_source() -> None:
    text = (
        "Shelling killed 12 people in the market, the Lakeside Monitoring Group said."
        " Four of the dead were children."
    )
    assert set(figure_sources(text).values()) == {"Lakeside Monitoring Group"}


def test_a_quoted_sentence_with_a_recent_period_goes_on_with_its_speaker() -> None:
    text = (
        '"Nine people were killed in the raid," the Lakeside Monitoring Group said.'
        ' "Hundreds more fled the district where there has been fighting in recent days."'
    )
    assert set(figure_sources(text).values()) == {"Lakeside Monitoring Group"}


# -- the toll of an event a speaker blames on someone: background, not the speaker's figure -----


@pytest.mark.parametrize(
    "text",
    [
        "Envoy Omar Haddad on Monday blamed Paris for the Hill Massacre that claimed the lives of over 900 civilians.",
        "The foreign minister said the rebels bear full responsibility for a bombing which killed 35 villagers.",
        "According to Omar Haddad the militia is to blame for the raid that left 17 people dead.",
        "The Hill Brigade said it was behind a car bombing in the old town that killed 12 people in March.",
        "A militant website says the group was behind the twin blasts that killed 40 shoppers.",
        "The foreign minister said on Monday the army bears full responsibility for a gas attack that killed"
        " at least 40 people in a farming town in the north including 9 children under the age of six on Sunday.",
    ],
)
def test_the_toll_of_a_blamed_event_is_not_the_blamers(text: str) -> None:
    assert set(figure_sources(text).values()) == {""}


@pytest.mark.parametrize(
    "text",
    [
        "The Lakeside Monitoring Group accused the army of a raid that killed 31 people.",
        "Washington blames the militia for the attack which it says killed 140 people.",
    ],
)
def test_a_counting_body_or_a_saying_verb_keeps_the_toll(text: str) -> None:
    assert "" not in set(figure_sources(text).values())


def test_a_later_part_of_a_background_toll_is_background_too() -> None:
    """'including N' or 'and left N' further on in the event's relative clause is the same toll."""
    opening = "The Lakeside Monitoring Group said 4 people died on Sunday, the first deaths since a gas attack in May"
    left = figure_sources(opening + " that killed 52 people including 19 children and left 200 injured.")
    assert (left["4 people"], left["200"]) == ("Lakeside Monitoring Group", "")
    including = figure_sources(opening + " that killed 52 people in the old town including 19 children.")
    assert including["19 children"] == ""


# -- "it" cannot stand for a plural source; "the TV network" is a descriptor, not a name --------


@pytest.mark.parametrize(
    "text",
    [
        "The Lakeside Monitoring Group said medical sources in the town reported fainting."
        " The victims were largely civilians it said and included at least 17 children.",
        "The Lakeside Monitoring Group said activists saw the jets. It said 14 people were killed.",
        "The Lakeside Monitoring Group said activists reported heavy shelling."
        " Nine people were killed on the road, it added.",
    ],
)
def test_it_refers_to_the_last_singular_source(text: str) -> None:
    assert _attributions(text)[-1][0] == "Lakeside Monitoring Group"


def test_they_still_refers_to_the_plural_source() -> None:
    text = "The Lakeside Monitoring Group said activists reported the strikes. They said 9 people died."
    assert _attributions(text)[-1][0] == "activists"


@pytest.mark.parametrize("descriptor", ["the TV network", "the TV channel", "the network"])
def test_a_tv_descriptor_refers_back_to_the_channel(descriptor: str) -> None:
    text = f'Troops killed 40 militants according to Orontes TV network. "Several men died" {descriptor} said.'
    assert "Orontes TV" in _attributions(text)[-1][0]


@pytest.mark.parametrize(
    "second",
    [
        "Damascus Countryside Earlier on the day four people were injured by mortar shells.",
        "Homs Meanwhile six civilians were killed when a car bomb went off near the market.",
        "Hama province On Sunday eleven soldiers were killed in an ambush.",
        "Latakia The toll from the shelling of the port rose to 4 dead and 11 wounded.",
    ],
)
def test_a_dateline_run_into_a_new_report_borrows_no_source(second: str) -> None:
    first = "A source at the Lakeside Police Command said the shells also damaged shops."
    sources = figure_sources(f"{first} {second}")
    assert sources and set(sources.values()) == {""}


# -- an acronym that spells a stop word is a name ("IS said", "WHO said") ----------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("IS said in a statement that 40 people had been killed.", "Islamic State"),
        ("WHO said 12 patients died of their wounds on Sunday.", "World Health Organization"),
        ("Eleven guards were killed, the IS group claimed on its channel.", "Islamic State"),
    ],
)
def test_an_acronym_spelling_a_stop_word_speaks(text: str, word: str) -> None:
    assert word in _attributions(text)[0][0]
