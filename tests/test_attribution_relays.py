"""Relayed attribution: an outlet, agency or document that passes on a source ("according to
the agency citing the ministry", "information provided by X", "told an outlet", "citing
anonymous sources") gives the figure to that source, via the relay. Sentences invented."""

from __future__ import annotations

import pytest
from conftest import figure_sources
from conftest import source_at_cue as _source

from rashomon.extract import extract_article
from rashomon.model import Article


def _via(text: str) -> dict[str, list[str]]:
    facts = extract_article(Article(id="t", text=text)).casualties
    return {f.text: list(f.source.via) if f.source else [] for f in facts}


def _sources(text: str) -> list[tuple[str, list[str]]]:
    facts = extract_article(Article(id="t", text=text)).casualties
    return [(f.source.primary, f.source.via) for f in facts if f.source]


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


# -- "according to information provided by X": the maker of the document is the source -----


@pytest.mark.parametrize(
    ("opening", "maker"),
    [
        ("According to information provided by a source at Homs Police Command", "source at Homs Police Command"),
        ("According to earlier statistics released by the Health Directorate", "Health Directorate"),
        ("According to figures supplied by the Civil Defence", "White Helmets (Syria Civil Defence)"),
    ],
)
def test_according_to_a_document_given_by_its_maker(opening: str, maker: str) -> None:
    sources = figure_sources(f"{opening} seven people were killed in the market town on Friday.")
    assert sources == {"seven people": maker}


def test_the_source_quoted_later_is_the_maker_named_before() -> None:
    text = (
        "According to information provided by a source at Homs Police Command four people were killed. "
        "The agency reporter quoted the source as saying that a boy was among the dead."
    )
    assert set(figure_sources(text).values()) == {"source at Homs Police Command"}


# -- "Z quoted X saying that ...": X is the source, via Z; "villagers of X" live in X ----------


def test_quoted_someone_saying_names_them_via_the_quoting_body() -> None:
    text = (
        "The aid charity quoted farmers of Upper Qarya who had stayed behind saying that four men were shot. "
        "Two other men were abducted from the hamlet."
    )
    facts = extract_article(Article(id="t", text=text)).casualties
    assert {f.text: (f.source.primary, f.source.via) for f in facts if f.source} == {
        "four men": ("farmers of Upper Qarya", ["charity"]),
        "Two other men": ("farmers of Upper Qarya", ["charity"]),
    }


# -- "according to a statement released Friday by X", "information handed over to Y by X":
# -- a time or the recipient between the maker's verb and "by"; the maker is the source ------


@pytest.mark.parametrize(
    ("opening", "maker"),
    [
        ("According to a statement released Friday by the Health Directorate", "Health Directorate"),
        ("According to figures issued late on Monday by the Civil Defence", "White Helmets (Syria Civil Defence)"),
        (
            "According to information handed over to the provincial governor by a source at Homs Police Command",
            "source at Homs Police Command",
        ),
    ],
)
def test_according_to_a_document_with_time_or_recipient(opening: str, maker: str) -> None:
    sources = figure_sources(f"{opening} seven people were killed in the market town.")
    assert sources == {"seven people": maker}


# -- "... according to SANA. A police source told SANA ... 6 ...": the outlet passes the source on


def test_outlet_claim_restated_by_the_source_it_was_told() -> None:
    text = (
        "Six farmers were wounded by a mortar shell in the market according to SANA. "
        "A source at Hama Police Command told SANA that the shell wounded 6 farmers near the mill."
    )
    facts = extract_article(Article(id="t", text=text)).casualties
    first = min(facts, key=lambda f: f.start)
    assert first.source is not None
    assert first.source.primary == "source at Hama Police Command"
    assert first.source.via == ["SANA (Syrian Arab News Agency)"]


def test_outlet_claim_kept_when_the_source_gives_another_count() -> None:
    text = (
        "Six farmers were wounded by mortar shells in two villages according to SANA. "
        "A source at Hama Police Command told SANA that a shell wounded 4 farmers near the mill."
    )
    facts = extract_article(Article(id="t", text=text)).casualties
    first = min(facts, key=lambda f: f.start)
    assert first.source is not None and first.source.primary == "SANA (Syrian Arab News Agency)"


# -- "Z reported the attack, quoting X as putting the toll at N": a short object between the
# -- verb and the citing participle; X is primary and Z passes it on ------------------------


@pytest.mark.parametrize(
    ("sentence", "primary", "via"),
    [
        (
            "State television reported the attack, quoting Lakeside Governor Omar Haddad as putting the toll at six.",
            "Lakeside Governor",
            ["State television"],
        ),
        (
            "The agency reported the blast quoting the provincial governor as saying six people died.",
            "provincial governor",
            ["agency"],
        ),
    ],
)
def test_citing_after_a_short_object(sentence: str, primary: str, via: list[str]) -> None:
    facts = extract_article(Article(id="t", text=sentence)).casualties
    assert [(f.source.primary, f.source.via) for f in facts if f.source] == [(primary, via)]


# -- "Z reported Tuesday citing X" / "Z reported 12 deaths citing X": a day or a counted object
# -- between the verb and the citing participle; X is primary and Z passes it on ------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Six farmers were killed near the dam, Lakeside Radio reported Tuesday citing a village council official.",
        "Six farmers were killed near the dam, Lakeside Radio reported on Tuesday, citing a village council official.",
    ],
)
def test_citing_after_a_day(sentence: str) -> None:
    assert _sources(sentence) == [("village council official", ["Lakeside Radio"])]


def test_citing_after_a_counted_object_keeps_the_count() -> None:
    text = "Lakeside Radio reported 12 deaths citing a statement from the Valley Relief Committee."
    sources = _sources(text)
    assert sources and sources[0][1] == ["Lakeside Radio"]
    assert "Valley Relief Committee" in sources[0][0]


# -- "citing anonymous sources": a cited source that only says it is unnamed tells nothing of
# -- who speaks; the outlet citing it stays the source ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine gunmen were killed near the border, local media reported on Friday citing anonymous sources.",
        "Nine gunmen were killed near the border, local media reported, citing unnamed sources.",
    ],
)
def test_citing_bare_anonymous_sources_keeps_the_outlet(sentence: str) -> None:
    assert _sources(sentence) == [("local media", [])]


def test_citing_an_unnamed_source_with_a_family_is_cited() -> None:
    text = "Nine gunmen were killed near the border, local media reported, citing an unnamed army source."
    assert _sources(text)[0][1] == ["local media"]


def test_told_an_outlet_then_the_reported_clause_without_that() -> None:
    text = "A rescue official in Homs Omar Naji told Anadolu Agency six people were killed and nine others hurt."
    for cue in ("six", "nine"):
        source = _source(text, cue)
        assert source is not None and source.via == ["Anadolu Agency"]
        assert "Anadolu" not in source.primary


def test_reported_someone_as_saying_makes_them_primary() -> None:
    source = _source("The BBC also reported farmers and medics as saying that 20 people died.", "20")
    assert source is not None
    assert source.via == ["BBC"] and "farmer" in source.primary.lower()
