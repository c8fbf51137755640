"""Attribution shapes general English has and the wire copy of the fourth held-out set showed
the rules missing: a journalist who saw the dead (the agency's figure), a perfect of habit
("has regularly been shelled") framing an earlier event, a time frame after "And"/"But", an
organisation's name before an apposition the scan reached only the head of ("X a London-based
independent organization")."""

import pytest

from rashomon.extract.attribution import find_attributions, source_at
from rashomon.extract.report_openers import opens_new_report
from rashomon.extract.sentences import split_sentences
from rashomon.model import Article


def _source(text: str, figure: str) -> str:
    """The primary source of the figure whose text is `figure` ("" when none)."""
    sentences = split_sentences(text)
    facts = find_attributions(Article(id="t", text=text), sentences)
    source = source_at(facts, sentences, text.index(figure))
    return source.primary if source else ""


@pytest.mark.parametrize(
    "text",
    [
        "A Reuters photographer at the field hospital saw the bodies of three men on the floor.",
        "A Reuters journalist at a morgue saw volunteers lay the bodies of three men in bags.",
        "The Reuters correspondent in the village saw the bodies of three men near the mosque.",
        "Shells hit the market, where a Reuters cameraman saw the bodies of three men.",
    ],
)
def test_a_journalist_who_saw_the_dead_speaks_for_the_agency(text: str) -> None:
    assert _source(text, "three men") == "Reuters"


def test_a_place_after_the_journalist_is_no_speaker() -> None:
    text = (
        "A doctor at the clinic said nine people were hurt. "
        "A Reuters photographer at the medical facility saw the bodies of three men."
    )
    assert _source(text, "three men") == "Reuters"


@pytest.mark.parametrize(
    "text",
    [
        "The town saw heavy shelling that killed three men.",
        "Residents saw the bodies of three men in the street.",
        "The last week saw three men killed in the raids.",
    ],
)
def test_a_sighting_by_anyone_else_names_no_source(text: str) -> None:
    assert _source(text, "three men") == ""


def test_the_scene_a_journalist_saw_carries_to_the_next_sentence() -> None:
    text = (
        "A Reuters photographer at the clinic saw the bodies of two boys. "
        "Several wounded women lay on mattresses in the corridor."
    )
    assert _source(text, "Several wounded women") == "Reuters"


def test_a_photographers_report_still_carries_nothing() -> None:
    text = (
        "Children lay on the floor of the clinic, a Reuters photographer reported. "
        "Four people were killed in the town on Monday."
    )
    assert _source(text, "Four people") == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "The market town has also been regularly shelled, including a raid in March that killed nine people.",
        "It has often been hit by car bombs, one of which killed 20 people in June.",
        "The district has frequently come under rocket fire that has killed dozens.",
    ],
)
def test_a_perfect_of_habit_is_background(sentence: str) -> None:
    text = "Eleven people were killed in the square on Monday, the monitor said. " + sentence
    assert opens_new_report(sentence)
    figure = next(w for w in ("nine people", "20 people", "dozens") if w in sentence)
    assert _source(text, figure) == ""


def test_a_habit_adverb_outside_a_perfect_is_no_background() -> None:
    assert not opens_new_report("Five more people were killed as shells regularly fell on the district.")


@pytest.mark.parametrize("opener", ["And in March", "But on Friday", "And last week"])
def test_a_time_frame_after_a_coordinator_opens_a_report(opener: str) -> None:
    sentence = f"{opener} a car bomb killed 30 people in the city."
    text = "Eleven people were killed in the square on Monday, the monitor said. " + sentence
    assert opens_new_report(sentence)
    assert _source(text, "30 people") == ""


def test_a_coordinator_alone_continues_the_report() -> None:
    assert not opens_new_report("And a car bomb killed 30 people in the city.")


@pytest.mark.parametrize(
    "text",
    [
        "The Kurdish Centre for Economic Studies a London-based independent organization has put the toll at 900.",
        "The Kurdish Centre for Economic Studies an independent organization said 900 people died.",
    ],
)
def test_an_organisation_before_its_unpunctuated_apposition_is_the_source(text: str) -> None:
    assert _source(text, "900") == "Kurdish Centre for Economic Studies"


def test_a_bare_organisation_head_with_no_name_before_stays() -> None:
    text = "Shells hit the town and a local organization said 40 people died."
    assert _source(text, "40 people") == "local organization"


def test_suggest_is_a_verb_of_saying() -> None:
    text = "Several media reports suggest that at least 14 people died in the raid."
    assert _source(text, "14 people").endswith("media reports")


@pytest.mark.parametrize(
    "text",
    [
        "The evidence suggests that 14 people died in the raid.",
        "The early figures suggest 14 people died in the raid.",
    ],
)
def test_what_suggests_without_a_speaker_names_no_source(text: str) -> None:
    assert _source(text, "14 people") == ""


@pytest.mark.parametrize("pronoun", ["They", "they"])
def test_a_pronoun_after_a_quotation_speaks_for_it_capitalised_or_not(pronoun: str) -> None:
    text = (
        "Army sources said the fighting went on. "
        f'"The rebels fought near the old mill in the north of Hama province which left dozens dead" {pronoun} added.'
    )
    assert _source(text, "dozens") == "military sources"


@pytest.mark.parametrize(
    "sentence",
    [
        "Air strikes killed 37 civilians in the same town in April.",
        "The town was hit by a car bomb in early March that killed 37 people.",
    ],
)
def test_a_figure_placed_in_a_month_is_background(sentence: str) -> None:
    text = "Eleven people were killed in the square on Monday, the monitor said. " + sentence
    assert opens_new_report(sentence)
    assert _source(text, "37") == ""


def test_a_month_inside_a_quotation_continues_the_speaker() -> None:
    assert not opens_new_report('"Shells killed 37 people here in April and more since" he added.')


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A car bomb hit the road west of the city with state media saying one person had died.", "state media"),
        ("Shells hit the market with local activists saying one person had died.", "local activists"),
    ],
)
def test_an_absolute_clause_with_a_described_speaker_head(text: str, source: str) -> None:
    assert _source(text, "one person") == source


def test_an_absolute_clause_without_a_speaker_head_names_none() -> None:
    assert _source("Shells hit the town with many saying one person had died.", "one person") == ""
