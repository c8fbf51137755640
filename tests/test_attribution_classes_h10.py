"""Classes of attribution errors met on the tenth held-out set, each tested on invented
sentences: a document with its maker inside "according to" ("information provided by X"), and
coordinated objects before a speaker whose commas were lost ("backing both X and the rebels a
monitor said": the speaker is the noun phrase right before the verb)."""

from __future__ import annotations

import pytest
from conftest import figure_sources

from rashomon.extract import extract_article
from rashomon.model import Article

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


# -- "... both X and the rebels a monitor said": the speaker is the phrase right before the verb --


def test_a_determiner_after_a_coordinated_object_opens_the_speaker() -> None:
    text = (
        "Gunmen shot dead six rebels fighting both the regime of President Bashar al-Assad and the jihadists "
        "a monitor said on Monday. The Syrian Observatory for Human Rights said the men were taken at night."
    )
    assert figure_sources(text)["six rebels"] == "Syrian Observatory for Human Rights (SOHR)"


def test_two_coordinated_speakers_still_give_the_first() -> None:
    text = "Shelling killed nine people the civil defence and a medical source said."
    assert figure_sources(text) == {"nine people": "White Helmets (Syria Civil Defence)"}


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


@pytest.mark.parametrize(
    "dwellers", ["villagers of Upper Qarya", "residents of Bayt Nuwan", "inhabitants of Old Merin"]
)
def test_people_of_an_unknown_place_are_residents(dwellers: str) -> None:
    text = f"A relief group quoted {dwellers} saying that six civilians were killed."
    assert figure_sources(text) == {"six civilians": "local sources (residents)"}


# -- "X also claimed a May 4 car bomb attack ... that killed 12": the toll is not the claimant's --


def test_the_toll_of_a_claimed_attack_is_not_the_claimants() -> None:
    text = "The Islamic State group also claimed a May 4 car bomb attack on an army post that killed 12 soldiers."
    assert figure_sources(text) == {"12 soldiers": ""}


def test_a_claimed_clause_is_still_the_claimants_statement() -> None:
    text = "The Islamic State group claimed the attack killed 12 soldiers at the checkpoint."
    assert figure_sources(text) == {"12 soldiers": "Islamic State (ISIS)"}
