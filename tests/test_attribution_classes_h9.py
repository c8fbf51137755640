"""Classes of attribution errors met on the ninth held-out set, each tested on invented
sentences: an outlet that passes on a source named in the same sentence ("X said ...; the agency
reported", "the agency reported ... according to the agency citing the ministry") reports that
source's account, so a figure next to the outlet's own mention is the source's, via the outlet."""

from __future__ import annotations

import pytest
from conftest import figure_sources

from rashomon.extract import extract_article
from rashomon.model import Article


def _via(text: str) -> dict[str, list[str]]:
    facts = extract_article(Article(id="t", text=text)).casualties
    return {f.text: list(f.source.via) if f.source else [] for f in facts}


# -- "X said ...; the agency reported": the figure is X's, via the agency --------------------


def test_a_figure_before_the_outlet_closing_the_sentence_is_the_cited_source() -> None:
    text = (
        "Gunmen fired rockets at two markets on Monday and later the Harbor Police said another barrage"
        " wounded 14 people; state television reported."
    )
    sources = figure_sources(text)
    assert [s for t, s in sources.items() if "14" in t] == ["Harbor Police"]
    assert [v for t, v in _via(text).items() if "14" in t] == [["state television"]]


def test_an_outlet_reporting_alone_keeps_the_figure() -> None:
    sources = figure_sources("Rockets wounded 14 people in the old market, the Hill news agency reported.")
    assert [s for t, s in sources.items() if "14" in t] == ["Hill"]


# -- "according to Z citing X": X is primary, Z passes it on --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "At least nine people were killed in a blast at a bus station on Friday according to the Hill news"
        " agency citing the Interior Ministry.",
        "The Hill news agency reported that at least nine people were killed in a blast at a bus station on"
        " Friday according to the Hill news agency citing the Interior Ministry.",
    ],
)
def test_according_to_an_outlet_citing_a_body(text: str) -> None:
    sources = figure_sources(text)
    assert [s for t, s in sources.items() if "nine" in t] == ["Interior Ministry"]
    assert [v for t, v in _via(text).items() if "nine" in t] == [["Hill"]]


# -- "... a coalition that seeks X a report by Y says": the document is the subject ----------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "At least 50 civilians have been killed in airstrikes by a coalition that wants to defeat the rebels"
            " a report by the Hill Monitoring Network said.",
            "Hill Monitoring Network",
        ),
        (
            "At least 50 civilians have been killed in airstrikes by a group that fights the rebels a statement"
            " from the Hill Monitoring Network said.",
            "Hill Monitoring Network",
        ),
        (
            "At least 50 civilians have been killed in airstrikes by a coalition that wants to defeat the rebels"
            " a report from the UN says.",
            "United Nations",
        ),
    ],
)
def test_a_document_with_its_maker_before_the_verb_is_its_subject(text: str, source: str) -> None:
    assert figure_sources(text)["At least 50 civilians"] == source


def test_a_subject_after_a_relative_clause_without_a_document_is_unchanged() -> None:
    text = (
        "At least 50 civilians have been killed in airstrikes by a group that fights the rebels the Hill"
        " Monitoring Network said."
    )
    assert figure_sources(text)["At least 50 civilians"] == "Hill Monitoring Network"


# -- "Despite N killed, X said that ...": X says its complement, not the concessive ----------


def test_a_figure_in_a_concessive_before_a_that_complement_is_not_the_speakers() -> None:
    text = "Despite the deaths of at least 300 people in the siege the council had said that it would not send troops."
    assert figure_sources(text)["at least 300 people"] == ""


@pytest.mark.parametrize(
    "text",
    [
        "Despite heavy shelling at least 12 people were killed in the raid the Hill Monitoring Network said.",
        "At least 12 people were killed in the raid and the Hill Monitoring Network said that rescuers were digging.",
    ],
)
def test_a_figure_without_both_signs_keeps_its_speaker(text: str) -> None:
    assert figure_sources(text)["At least 12 people" if text.startswith("At") else "at least 12 people"] == (
        "Hill Monitoring Network"
    )
