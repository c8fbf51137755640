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
