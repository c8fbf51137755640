"""How far a source reaches: a report continued or ended across sentences ("also killed in ..."),
added counts, quotations going on, "while" contrasts and concessives, and tolls inside claimed
events or "claimed the lives" that are no statement. Sentences invented."""

from __future__ import annotations

import pytest
from conftest import figure_sources
from conftest import named_sources as _sources
from conftest import source_at_cue as _source

# -- "were also killed in the clashes": the definite event continues the report before --------


def test_also_killed_in_the_clashes_continues_the_report() -> None:
    text = (
        "Nine rebels died near the dam on Monday the Lakeside Monitoring Group said. "
        "Four soldiers were also killed in the fighting."
    )
    assert figure_sources(text)["Four soldiers"] == "Lakeside Monitoring Group"


def test_also_killed_in_a_separate_attack_is_a_new_report() -> None:
    text = (
        "Nine rebels died near the dam on Monday the Lakeside Monitoring Group said. "
        "Four soldiers were also killed in a separate raid on the airport."
    )
    assert figure_sources(text)["Four soldiers"] == ""


# -- "Another seven people ...": an added count goes on with the tally's source ---------------


def test_an_added_count_takes_the_tally_source_across_a_comment() -> None:
    text = (
        "Shelling killed nine people in the market the Lakeside Monitoring Group said. "
        "It was unclear which side fired the shells. "
        "Another four people were killed in raids on a farm to the east."
    )
    assert figure_sources(text)["four people"] == "Lakeside Monitoring Group"


@pytest.mark.parametrize(
    "between",
    [
        "In March the army had retaken the hill.",  # a dated frame: a report of its own
        "Rescuers dug through the night.\n\n",  # a paragraph break
    ],
)
def test_an_added_count_after_a_new_frame_keeps_no_source(between: str) -> None:
    text = (
        "Shelling killed nine people in the market the Lakeside Monitoring Group said. "
        f"{between} Another four people were killed in raids on a farm to the east."
    )
    assert figure_sources(text)["four people"] == ""


def test_a_plain_count_two_sentences_on_keeps_no_source() -> None:
    text = (
        "Shelling killed nine people in the market the Lakeside Monitoring Group said. "
        "It was unclear which side fired the shells. "
        "Four people were killed in raids on a farm to the east."
    )
    assert figure_sources(text)["Four people"] == ""


# -- "Despite N killed, X said that ...": X says its complement, not the concessive ----------


def test_a_figure_in_a_concessive_before_a_that_complement_is_not_the_speakers() -> None:
    text = "Despite the deaths of at least 300 people in the siege the council had said that it would not send troops."
    assert figure_sources(text)["at least 300 people"] == ""


# -- "X also claimed a May 4 car bomb attack ... that killed 12": the toll is not the claimant's --


def test_the_toll_of_a_claimed_attack_is_not_the_claimants() -> None:
    text = "The Islamic State group also claimed a May 4 car bomb attack on an army post that killed 12 soldiers."
    assert figure_sources(text) == {"12 soldiers": ""}


def test_a_claimed_clause_is_still_the_claimants_statement() -> None:
    text = "The Islamic State group claimed the attack killed 12 soldiers at the checkpoint."
    assert figure_sources(text) == {"12 soldiers": "Islamic State (ISIS)"}


# -- "X claims the attack that hit a school on Monday killing 17": the toll closes the relative
# -- clause on the claimed event, so it is not the claimant's figure -------------------------


def test_toll_in_a_participle_inside_a_claimed_event_clause() -> None:
    text = "The militant group claims the car bomb attack that struck a checkpoint near the bridge killing nine guards."
    assert figure_sources(text).get("nine guards", "") == ""


def test_claimant_stating_a_toll_keeps_it() -> None:
    text = "The militant group claimed the car bomb attack killed nine guards at a checkpoint near the bridge."
    assert figure_sources(text) == {"nine guards": "militant group"}


# -- '"Two died" he said. "There are 20 wounded."': a run of quotations is one speaker's ------


def test_quotation_going_on_keeps_its_speaker() -> None:
    text = (
        'The health directorate said shelling hit the clinic. "Nine patients were killed" the director said. '
        '"There are about 30 wounded in the corridors."'
    )
    sources = figure_sources(text)
    assert sources["about 30"] == sources["Nine patients"] != ""


def test_unquoted_sentence_after_a_quotation_is_not_carried_by_it() -> None:
    text = '"Nine patients were killed" the director said. There are about 30 wounded across the province.'
    assert figure_sources(text).get("about 30", "") == ""


# -- "X said the attacks claimed the lives of ...": "claimed the lives" is an attack only when
# -- "claimed" is the verb asked about; the verb of saying before it keeps its speaker ----------


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The Red Crescent said the shelling claimed the lives of 12 people.", "Red Crescent"),
        ("Police officials said the blast claimed the lives of 12 people.", "police sources"),
    ],
)
def test_said_before_claimed_the_lives(sentence: str, speaker: str) -> None:
    assert _sources(sentence) == [speaker]


def test_claimed_the_lives_alone_is_no_statement() -> None:
    assert _sources("The shelling claimed the lives of 12 people.") == []


def test_while_clause_source_contrasts_with_the_figure_before_it() -> None:
    text = (
        "The monitor said raids on rebel districts in the city and the villages around it killed 30"
        " farmers Monday while the Hama Relief Council put the toll in those districts at 35 dead."
    )
    first = _source(text, "30")
    assert first is not None and first.primary == "monitor"
    second = _source(text, "35")
    assert second is not None and second.primary == "Hama Relief Council"


# -- a photo caption run into the text, closing on a bare full date: no source ---------------


def test_a_caption_takes_no_source_from_the_sentence_before() -> None:
    text = (
        "Nine rebels died near the dam on Monday the Lakeside Monitoring Group said. "
        "Volunteers carry a wounded boy into a clinic in the village of Harbel March 3 2015."
    )
    assert figure_sources(text)["a wounded boy"] == ""


def test_a_caption_names_a_source_only_in_passing() -> None:
    text = "A boy wounded in what residents say was a gas attack is treated at a clinic near the dam March 3 2015."
    assert figure_sources(text)["A boy"] == ""


def test_a_date_with_on_keeps_the_carried_source() -> None:
    text = (
        "Nine rebels died near the dam the Lakeside Monitoring Group said. "
        "Four soldiers were also killed in the fighting on March 3 2015."
    )
    assert figure_sources(text)["Four soldiers"] == "Lakeside Monitoring Group"


# -- an added count at a town or village of its own: a further incident, not the report going on --


def test_an_added_count_at_a_village_of_its_own_is_the_outlets() -> None:
    text = (
        "Nine farmers died in shelling on Monday the Lakeside Monitoring Group said. "
        "Two more farmers were killed in a mortar attack on the village of Beit Nour east of the dam."
    )
    assert figure_sources(text)["Two more farmers"] == ""


def test_an_added_count_in_the_vicinity_of_a_place_is_the_outlets() -> None:
    text = (
        "Nine farmers died in shelling on Monday the Lakeside Monitoring Group said. "
        "Three more gunmen were killed in a raid in the vicinity of Beit Nour dam."
    )
    assert figure_sources(text)["Three more gunmen"] == ""


def test_another_death_in_a_town_named_after_a_quote_is_the_outlets() -> None:
    text = (
        "\"The clinic has no fuel left\" the doctor said. "
        "Another farmer was killed in shelling on the town of Beit Nour."
    )
    assert figure_sources(text)["Another farmer"] == ""


def test_an_added_count_without_a_place_of_its_own_still_continues_the_report() -> None:
    text = (
        "Nine farmers died in shelling on Monday the Lakeside Monitoring Group said. "
        "Two more farmers were killed in the same shelling."
    )
    assert figure_sources(text)["Two more farmers"] == "Lakeside Monitoring Group"
