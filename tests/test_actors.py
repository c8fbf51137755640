"""Actors: aliases collapse to one canonical actor; ambiguous short aliases need context.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import csv
import time

import pytest
from conftest import SHARED, need

from rashomon.extract.actors import actor_spans, canonical_actor, find_actors, normalise_person
from rashomon.extract.sentences import split_sentences
from rashomon.model import Article


def actors_in(text: str) -> list:
    facts = find_actors(Article(id="t", text=text), split_sentences(text))
    for fact in facts:
        assert text[fact.start:fact.end] == fact.text
    return facts


@pytest.mark.parametrize(
    "alias",
    ["Daesh", "ISIS", "ISIL", "Islamic State", "the Islamic State group", "Da'esh",
     "Islamic State of Iraq and the Levant", "IS fighters"],
)
def test_islamic_state_aliases(alias: str) -> None:
    assert canonical_actor(alias)[0] == "islamic-state"


def test_government_forces_aliases_in_a_syrian_story() -> None:
    text = (
        "Syrian army units advanced at dawn. Government forces shelled the hills while regime forces "
        "held the road, and the Syrian Arab Army said the regime would not withdraw from Syria."
    )
    ids = {f.text: f.actor for f in actors_in(text)}
    assert ids["Syrian army"] == ids["Government forces"] == ids["regime forces"] == "syria-government"
    assert ids["Syrian Arab Army"] == "syria-government" and ids["the regime"] == "syria-government"


def test_generic_alias_without_country_is_unspecified() -> None:
    assert canonical_actor("government forces")[0] == "state-forces"
    assert canonical_actor("government forces", country="SY")[0] == "syria-government"
    assert actors_in("The regime denied it.") == []  # no state named: "the regime" is nobody


def test_is_as_a_verb_is_not_an_actor() -> None:
    text = (
        "The situation IS grave, one resident wrote. It is unclear who fired.\n"
        "IS fighters later withdrew, and attacks by IS stopped. The IS-held town emptied.\n"
        "THE SIEGE IS OVER\n"
        "IS claimed the bombing. What IS clear: the road IS closed."
    )
    found = [(f.text, f.actor) for f in actors_in(text)]
    assert found == [("IS fighters", "islamic-state"), ("IS", "islamic-state"), ("IS", "islamic-state"),
                     ("IS", "islamic-state")]
    assert [f.start for f in actors_in(text)][-1] == text.index("IS claimed")


def test_capitalisation_separates_names_from_words() -> None:
    text = "Amnesty International asked for an amnesty. The observatory on the hill is closed."
    assert [f.actor for f in actors_in(text)] == ["amnesty"]


def test_source_span_with_determiner_and_base() -> None:
    sohr = canonical_actor("the Britain-based Syrian Observatory for Human Rights")
    assert sohr == ("sohr", "Syrian Observatory for Human Rights (SOHR)", "monitor")
    assert canonical_actor("UK-based Syrian Observatory for Human Rights")[0] == "sohr"
    assert canonical_actor("Agence France-Presse")[2] == "news agency"
    assert canonical_actor("AFP")[0] == "afp"
    assert canonical_actor("the White Helmets")[0] == "white-helmets"
    assert canonical_actor("a local farmer") is None


def test_longest_alias_wins() -> None:
    spans = actor_spans("Fighters of the Free Syrian Army and the Syrian Democratic Forces met.")
    assert [a.id for _, _, a in spans] == ["syria-rebels", "sdf"]


@pytest.mark.parametrize(
    ("one", "other"),
    [("Rami Abdel Rahman", "Rami Abdelrahman"), ("Dr. Rami Abd al-Rahman", "rami abdul-rahman"),
     ("José Müller", "Jose Muller"), ("General Ali Hassan", "Ali Hassan")],
)
def test_normalise_person(one: str, other: str) -> None:
    assert normalise_person(one) == normalise_person(other)


def test_normalise_person_keeps_different_people_apart() -> None:
    assert normalise_person("Ali Hassan") != normalise_person("Hassan Ali")


@pytest.mark.shared
def test_fakes_throughput_and_coverage() -> None:
    """Most FA-KES articles name a known actor, and matching stays a single fast pass.

    The bound is loose (a pathological per-alias scan would be ~100x slower); measured
    figures are in the module report, not asserted, since CI machines are shared.
    """
    path = need(SHARED / "data" / "fakes" / "FA-KES-Dataset.csv")
    with path.open(encoding="utf-8", errors="replace") as handle:
        texts = [row["article_content"] for row in csv.DictReader(handle)][:200]
    actor_spans("warm up")
    started = time.perf_counter()
    with_actor = sum(bool(actor_spans(text)) for text in texts)
    elapsed = time.perf_counter() - started
    assert with_actor / len(texts) >= 0.7
    assert len(texts) / elapsed > 20  # articles per second, actors with their places context


def test_generic_alias_follows_where_the_story_is_set() -> None:
    text = (
        "Russian jets and Russian helicopters backed the push, Russia's defence ministry said in Moscow. "
        "Regime forces entered Saraqib, east of Idlib, after rebels withdrew towards Aleppo."
    )
    ids = {f.text: f.actor for f in actors_in(text)}
    assert ids["Regime forces"] == "syria-government" and ids["rebels"] == "syria-rebels"
    assert ids["Russian jets"] == "russia-forces"
