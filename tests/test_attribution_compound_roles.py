"""A speaker described by a compound noun keeps its whole description: "a hospital staff
member told" is the hospital's staff (medical sources), not a bare "member"; "a hospital
staff told" has a speaker at all (the backward scan used to stop at "staff")."""

from __future__ import annotations

from rashomon.extract import extract_article
from rashomon.model import Article, CasualtyFact


def _figures(text: str) -> dict[int | None, CasualtyFact]:
    return {f.low: f for f in extract_article(Article(id="t", text=text)).casualties}


def _primary(fact: CasualtyFact) -> str:
    return fact.source.primary if fact.source else ""


def test_hospital_staff_member_is_a_medical_source() -> None:
    text = (
        "Rockets hit river town\n\n"
        "Rockets fired at the old market killed nine people on Friday, a hospital staff member told the agency."
    )
    assert _primary(_figures(text)[9]) == "medical sources"


def test_hospital_staff_without_member_is_a_medical_source() -> None:
    text = (
        "Rockets hit river town\n\n"
        "Rockets fired at the old market killed nine people on Friday, a hospital staff told the agency."
    )
    assert _primary(_figures(text)[9]) == "medical sources"


def test_ambulance_crew_member_is_a_medical_source() -> None:
    text = (
        "Rockets hit river town\n\n"
        "Rockets fired at the old market killed nine people on Friday, an ambulance crew member said."
    )
    assert _primary(_figures(text)[9]) == "medical sources"


def test_member_of_a_team_keeps_the_team() -> None:
    text = (
        "Rockets hit river town\n\n"
        "Rockets fired at the old market killed nine people on Friday, a member of the rescue team said."
    )
    assert _primary(_figures(text)[9]) == "rescue team"


def test_staff_inside_a_victim_phrase_does_not_join_the_speaker() -> None:
    text = (
        "Jets hit clinic\n\n"
        "Jets struck a clinic in the valley on Monday killing nine members of nursing staff"
        " activists in the valley said."
    )
    assert _primary(_figures(text)[9]) != "medical sources"
