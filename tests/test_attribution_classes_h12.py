"""Classes of attribution errors met on the twelfth held-out set, each tested on invented
sentences."""

from __future__ import annotations

import pytest
from conftest import figure_sources

from rashomon.extract import extract_article
from rashomon.model import Article

# -- "the Committee to Defend Writers": "to" between a body's capitalised head noun and a
# -- capitalised verb is inside its name; "Commission" heads a body, never a person's name ---


@pytest.mark.parametrize(
    "sentence",
    [
        "According to a report by the Paris-based Committee to Defend Writers four reporters were killed.",
        "Four reporters were killed last year, the Committee to Defend Writers said.",
        "The Committee to Defend Writers said four reporters were killed last year.",
    ],
)
def test_to_inside_a_body_name(sentence: str) -> None:
    assert list(figure_sources(sentence).values()) == ["Committee to Defend Writers"]


def test_to_after_a_body_name_still_ends_it() -> None:
    sources = figure_sources("Four reporters were killed, the Foreign Ministry said to Reuters.")
    assert list(sources.values()) == ["Foreign Ministry"]


def test_commission_heads_a_body_not_a_title_and_surname() -> None:
    sources = figure_sources(
        "Troops killed 12 villagers according to a statement released on Sunday by the"
        " Kurdish Youth General Commission."
    )
    assert list(sources.values()) == ["Kurdish Youth General Commission"]


# -- "pro-government media outlets said", "two newspapers reported": the plural of an outlet
# -- word is a speaker's head noun as its singular is ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Pro-government media outlets said a shell killed at least nine people.", "Pro-government media outlets"),
        ("Other media outlets stated that nine people were killed in the raid.", "media outlets"),
        ("State media outlets reported that nine people were killed.", "State media outlets"),
    ],
)
def test_plural_outlet_word_as_speaker(sentence: str, speaker: str) -> None:
    assert list(figure_sources(sentence).values()) == [speaker]


# -- "YPGs statement said": an acronym with a bare "s" before a document noun is its owner's
# -- possessive with the apostrophe lost ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("YPGs statement said nine fighters were killed in the raid.", "Kurdish People's Protection Units (YPG)"),
        ("The UNs report said nine civilians were killed.", "United Nations"),
    ],
)
def test_acronym_possessive_without_apostrophe(sentence: str, owner: str) -> None:
    assert list(figure_sources(sentence).values()) == [owner]


def test_named_document_owner_unchanged() -> None:
    sources = figure_sources("A Defense Ministry statement said nine soldiers were killed.")
    assert list(sources.values()) == ["Defense Ministry"]


# -- "Shelling Kills 12 in Border Town Monitor": a title-case headline's tail word names its
# -- source as the lowercase tail does ("... kills 12: monitor") ------------------------------


def test_title_case_headline_tail() -> None:
    sources = figure_sources("Shelling kills 12 civilians in border town Monitor\n\nNo further details were given.")
    assert list(sources.values()) == ["monitor"]


def test_title_case_headline_tail_names_the_monitor_that_follows() -> None:
    text = (
        "Shelling kills 12 civilians in border town Monitor\n\n"
        "Shelling killed 12 civilians in a border town, the Syrian Observatory for Human Rights said."
    )
    assert set(figure_sources(text).values()) == {"Syrian Observatory for Human Rights (SOHR)"}


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


# -- "X relies on a network of sources and says ...": a verb of saying joined by "and" to an
# -- earlier verb shares its subject; the earlier verb's object is nobody who speaks ----------


def test_conjoined_verb_shares_the_first_subject() -> None:
    text = "The Lakeside Monitor relies on a web of contacts across the valley and says nine people died in the raid."
    assert list(figure_sources(text).values()) == ["Lakeside Monitor"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The monitor and medics in the town said nine people died.", "monitor"),
        ("The group spoke to doctors at the hospital and said nine people died.", "group"),
    ],
)
def test_coordinated_subject_and_plain_conjoined_verb_unchanged(sentence: str, speaker: str) -> None:
    assert list(figure_sources(sentence).values()) == [speaker]
