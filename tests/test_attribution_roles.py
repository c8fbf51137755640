"""Unnamed role sources ("a medic said", "residents told") become sources of their family."""

import pytest

from rashomon.extract.attribution import find_attributions, source_at
from rashomon.extract.role_sources import role_family
from rashomon.extract.sentences import split_sentences
from rashomon.model import Article

WHITE_HELMETS = "White Helmets (Syria Civil Defence)"


def _primary(text: str) -> str:
    sentences = split_sentences(text)
    facts = find_attributions(Article(id="t", text=text), sentences)
    assert facts, text
    return facts[0].source.primary


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Six people died when a shell hit the square, a medic said.", "medical sources"),
        ("A doctor at the clinic told reporters that four boys were brought in dead.", "medical sources"),
        ("A hospital official said eleven people were wounded.", "medical sources"),
        ("Paramedics said nine were hurt.", "medical sources"),
        ("Two bodies were found under the rubble, a civil defence volunteer said.", WHITE_HELMETS),
        ("Three children were rescued alive, a rescuer said.", WHITE_HELMETS),
        ("Four guards died at the checkpoint, a police source said.", "police sources"),
        ("A military source said forty fighters were killed in the ambush.", "military sources"),
        ("Residents said at least seven people died in the raid.", "local sources (residents)"),
        ("Witnesses said the blast killed a shopkeeper and his son.", "local sources (witnesses)"),
        ("Eight people were killed, according to a medic in Marjtown.", "medical sources"),
    ],
)
def test_role_phrases_map_to_their_family(text: str, family: str) -> None:
    assert _primary(text) == family


def test_a_figure_told_by_a_medic_carries_the_medical_source() -> None:
    text = "Shelling kills five\n\nFive people were killed on Sunday when shells hit a market, a medic said."
    sentences = split_sentences(text)
    facts = find_attributions(Article(id="t", text=text), sentences)
    source = source_at(facts, sentences, text.index("Five people"))
    assert source is not None and source.primary == "medical sources"


def test_role_family_rejects_names_and_other_bodies() -> None:
    assert role_family("Doctors Without Borders") is None  # a capital inside: an organisation's name
    assert role_family("defence ministry source") is None  # "defence" alone is no civil defence
    assert role_family("medical source at Northtown Health Directorate") is None  # the body is the source
    assert role_family("official") is None  # no family word: left to the other rules
    assert role_family("hospital in the town where the shells fell on the people at the gate") is None  # a clause


def test_the_source_refers_back_to_a_role_family() -> None:
    text = "A military source said twelve fighters were killed. The source added that two tanks were hit."
    sentences = split_sentences(text)
    facts = find_attributions(Article(id="t", text=text), sentences)
    assert [f.source.primary for f in facts] == ["military sources", "military sources"]


def test_a_named_civil_defence_still_resolves_by_name() -> None:
    assert _primary("Two rescue workers were killed, the Civil Defence said.") == WHITE_HELMETS


def _sources(text: str) -> list[str]:
    sentences = split_sentences(text)
    return [f.source.primary for f in find_attributions(Article(id="t", text=text), sentences)]


def test_the_report_is_its_issuer() -> None:
    text = "The Hama Monitoring Group published a report on Friday. The report said 30 civilians died in March."
    assert _sources(text) == ["Hama Monitoring Group"]


def test_the_statement_is_the_body_that_spoke_through_it() -> None:
    text = (
        "The Idlib Relief Council said in a statement that six people were killed. "
        "According to the statement, two of them were children."
    )
    assert _sources(text) == ["Idlib Relief Council", "Idlib Relief Council"]


def test_a_document_with_no_issuer_names_no_source() -> None:
    assert _sources("Five people died, according to the statement.") == []


def test_a_possessed_document_is_its_owner() -> None:
    text = "Nine fighters were killed, according to the Hama Monitoring Group's website."
    assert _sources(text) == ["Hama Monitoring Group"]
