"""Classes of attribution errors met on the eighth held-out set, each tested on invented
sentences: an indefinite common-noun source ("an NGO said", "the rescue service said") that the
article names elsewhere, an absolute clause of saying ("with the official X agency confirming"),
and a definite description with a nationality ("the London-based Syrian opposition organization")
that refers back to the body named before."""

from __future__ import annotations

import pytest
from conftest import figure_sources

# -- "an NGO said": the organisation the article names next ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck a market in the north killing 12 people an NGO said. The Riverside Monitoring Network"
        " said the dead included four women.",
        "Shelling of the old quarter left 12 people dead according to an NGO. Later the Riverside Monitoring"
        " Network reported that rescuers were still searching the rubble.",
    ],
)
def test_an_ngo_is_the_organisation_named_next(text: str) -> None:
    sources = figure_sources(text)
    assert sources["12 people"] == "Riverside Monitoring Network"


def test_an_ngo_named_nowhere_stays_an_ngo() -> None:
    sources = figure_sources("Jets struck a market in the north killing 12 people an NGO said.")
    assert sources["12 people"] == "NGO"


# -- "the rescue service said": the relief body the article names -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Four volunteers died when a shell hit their depot the rescue service said. Many members of the"
        " Valley Relief Corps were hurt this year.",
        "The White Helmets work in rebel areas. Four volunteers died when a shell hit their depot in the"
        " village the rescue service said on Monday.",
    ],
)
def test_the_rescue_service_is_the_relief_body_named(text: str) -> None:
    sources = figure_sources(text)
    assert sources["Four volunteers"] in ("Valley Relief Corps", "White Helmets (Syria Civil Defence)")


def test_a_security_service_is_not_a_relief_body() -> None:
    text = "The White Helmets work in rebel areas. Four guards died in the blast the security service said."
    assert figure_sources(text)["Four guards"] == "security service"


# -- "with the official X news agency confirming N": an absolute clause names the source --------


@pytest.mark.parametrize(
    "text",
    [
        "The Lakeside Monitoring Group said the cause of the fire was unclear. The blast was shown on local"
        " television with the official Delta news agency confirming at least nine people killed.",
        "Rockets hit the old market on Friday with the state-run Delta News Agency confirming five deaths"
        " and 12 injured.",
    ],
)
def test_with_an_agency_confirming_names_the_agency(text: str) -> None:
    sources = {source for source in figure_sources(text).values()}
    assert sources and all("Delta" in source for source in sources)


# -- "the London-based Syrian opposition organization": a description of the body named before --


@pytest.mark.parametrize(
    "described",
    [
        "The Paris-based Syrian opposition organization",
        "The Lebanese monitoring group",
        "The Iraq-based Kurdish monitor",
    ],
)
def test_a_described_monitor_refers_back(described: str) -> None:
    text = (
        "The Lakeside Monitoring Group said a column of trucks was ambushed on the highway. "
        f"{described} added that 14 soldiers were killed in the fighting."
    )
    assert figure_sources(text)["14 soldiers"] == "Lakeside Monitoring Group"


def test_a_state_body_with_a_nationality_is_not_a_description() -> None:
    text = "The Lakeside Monitoring Group said the road was closed. The Turkish health ministry said 14 people died."
    assert figure_sources(text)["14 people"] != "Lakeside Monitoring Group"


# -- a participle modifier ends at the clause's own finite verb -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Some 20 gunmen of the jihadist group operating in Idlib were killed in clashes with rebel troops in"
        " western Aleppo on Friday reports said.",
        "Eleven militants of the terrorist group active in the desert were killed in battles with government"
        " troops near Palmyra on Sunday reports said.",
    ],
)
def test_a_participle_object_is_not_the_speaker_after_a_finite_verb(text: str) -> None:
    sources = set(figure_sources(text).values())
    assert sources == {"reports"}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The Lakeside Monitoring Group citing medics who were at the scene said nine people died.", "nine people"),
        ("Doctors working in the northern clinics said 14 people were treated for burns.", "14 people"),
    ],
)
def test_a_participle_running_to_the_verb_still_gives_its_subject(text: str, figure: str) -> None:
    source = figure_sources(text)[figure]
    assert source and "clinics" not in source and "scene" not in source


# -- "indicated" is a verb of saying ----------------------------------------------------------


def test_reports_indicated_that_gives_the_reports() -> None:
    text = "Early reports indicated that 17 villagers were killed when the dam burst near the old mill."
    assert figure_sources(text)["17 villagers"].endswith("reports")


def test_a_monitor_indicated_that_gives_the_monitor() -> None:
    text = "The Lakeside Monitoring Group indicated that 17 villagers were killed when shells hit the mill."
    assert figure_sources(text)["17 villagers"] == "Lakeside Monitoring Group"


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


# -- the Firat agency by its acronym -----------------------------------------------------------


def test_the_firat_agency_by_its_acronym() -> None:
    text = "Clashes near the dam left 11 fighters dead the ANF news agency said."
    assert set(figure_sources(text).values()) == {"Firat News Agency (ANF)"}


# -- a known agency right before the verb is its subject, not a modifier's object ----------------


def test_a_known_agency_before_the_verb_outranks_a_participle_antecedent() -> None:
    text = (
        "Gunfire killed five men near the bridge on Friday including a journalist working at a magazine owned"
        " by the local council state news agency SANA reported."
    )
    assert figure_sources(text)["five men"] == "SANA (Syrian Arab News Agency)"


def test_a_group_working_against_the_government_is_still_the_group() -> None:
    text = "A relief group working against the government said 14 people died in the raid."
    assert "government" not in figure_sources(text)["14 people"].lower()
