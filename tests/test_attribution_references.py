"""Sources that refer back: a common noun or description ("an NGO", "the rescue service", "the
correspondent", an ownerless state agency) standing for the body the article names, and the
ones that stay as written. Sentences invented."""

from __future__ import annotations

import pytest
from conftest import figure_sources
from conftest import named_sources as _sources
from conftest import source_at_cue as _source

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


# -- the Firat agency by its acronym -----------------------------------------------------------


def test_the_firat_agency_by_its_acronym() -> None:
    text = "Clashes near the dam left 11 fighters dead the ANF news agency said."
    assert set(figure_sources(text).values()) == {"Firat News Agency (ANF)"}


def test_a_group_working_against_the_government_is_still_the_group() -> None:
    text = "A relief group working against the government said 14 people died in the raid."
    assert "government" not in figure_sources(text)["14 people"].lower()


@pytest.mark.parametrize(
    "dwellers", ["villagers of Upper Qarya", "residents of Bayt Nuwan", "inhabitants of Old Merin"]
)
def test_people_of_an_unknown_place_are_residents(dwellers: str) -> None:
    text = f"A relief group quoted {dwellers} saying that six civilians were killed."
    assert figure_sources(text) == {"six civilians": "local sources (residents)"}


# -- "state-run news agency said" with no owner: the one state agency the article names -------


def test_ownerless_state_agency_is_the_one_the_article_names() -> None:
    text = (
        "Gunmen killed six farmers near the village state-run news agency said. "
        "A SANA reporter said the farmers were harvesting wheat."
    )
    assert figure_sources(text) == {"six farmers": "SANA (Syrian Arab News Agency)"}


def test_ownerless_state_agency_unresolved_when_two_are_named() -> None:
    text = (
        "Gunmen killed six farmers near the village state-run news agency said. "
        "SANA and Anadolu Agency both carried photographs of the field."
    )
    assert "SANA" not in figure_sources(text).get("six farmers", "")


# -- "X's correspondent quoted a source ..." then "The correspondent said ...": a definite "the
# -- correspondent" refers back to the named outlet's reporter who passed the earlier claim on,
# -- as "the source" refers back to the source; with none named it stays the outlet's own -------


def test_the_correspondent_refers_back_to_a_named_outlets_reporter() -> None:
    text = (
        "Gazette correspondent quoted a source at the Port Authority as saying that shells hit the pier. "
        "The correspondent said the shelling killed 12 people."
    )
    assert _sources(text) == ["Gazette correspondent"]


def test_an_unnamed_correspondent_is_the_articles_own() -> None:
    assert _sources("Shells hit the pier. The correspondent said the shelling killed 12 people.") == []


def test_he_repeats_no_plural_common_noun_source() -> None:
    text = (
        "Omar Naji, the head of the Hama Relief Council, said the town fell. On Monday armed groups said the"
        " road was cut. The army lost at least 12 soldiers he said."
    )
    source = _source(text, "12")
    assert source is not None and source.primary == "Hama Relief Council"


def test_press_freedom_watchdog_is_a_known_actor() -> None:
    source = _source("The group Reporters Without Borders recently reported 5 reporters killed.", "5")
    assert source is not None and source.primary == "Reporters Without Borders (RSF)"
