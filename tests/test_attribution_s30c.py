"""Out-of-domain source shapes (session 30, helper c): constructions of general English news
that the FA-KES development sets seldom use."""

from __future__ import annotations

from rashomon.extract import extract_article
from rashomon.model import Article, CasualtyFact


def _figures(text: str) -> dict[int | None, CasualtyFact]:
    return {f.low: f for f in extract_article(Article(id="t", text=text)).casualties}


def _primary(fact: CasualtyFact) -> str:
    return fact.source.primary if fact.source else ""


def test_role_then_name_in_commas_is_the_source() -> None:
    text = "Storm hits coast\n\nFive people were killed when the pier fell, the fire chief, Tom Briggs, said on Monday."
    assert "chief" in _primary(_figures(text)[5])


def test_role_then_name_told_an_agency_keeps_the_agency_as_intermediary() -> None:
    text = (
        "Flood in the valley\n\n"
        "Two farmers were killed in the flood, the district governor, Alice Warde, told Reuters."
    )
    fact = _figures(text)[2]
    assert "governor" in _primary(fact) and "Reuters" not in _primary(fact)
    assert fact.source is not None and any("Reuters" in via for via in fact.source.via)


def test_relative_then_name_in_commas_names_no_source() -> None:
    text = "Crash on the bridge\n\nThree people were killed in the pile-up, his cousin, Mark Dole, said."
    assert _primary(_figures(text)[3]) == ""


def test_lowercase_family_word_before_source_is_kept() -> None:
    text = "Guard shot at the gate\n\nA prison guard was killed in the riot at the gate, a court source said."
    assert _primary(_figures(text)[1]) == "court source"


def test_count_before_sources_is_no_family() -> None:
    text = "Guard shot at the gate\n\nA prison guard was killed in the riot at the gate, several sources said."
    assert _primary(_figures(text)[1]) == "sources"
