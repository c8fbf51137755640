""""The bombing also killed ..." adds to the toll of the attack told just before, so it goes on
with that account's source one sentence further back (attribution._same_event_also)."""

from __future__ import annotations

from rashomon.extract import extract_article
from rashomon.model import Article, CasualtyFact


def _figures(text: str) -> dict[int | None, CasualtyFact]:
    return {f.low: f for f in extract_article(Article(id="t", text=text)).casualties}


def _primary(fact: CasualtyFact) -> str:
    return fact.source.primary if fact.source else ""


def test_the_bombing_also_killed_goes_on_past_one_victim_sentence() -> None:
    text = (
        "Market hit in north\n\n"
        "A baker was killed in an air raid on a northern town on Friday the Syrian Observatory for Human Rights said. "
        "Samir Haddad had run the bakery for twenty years. "
        "The bombing also killed 9 people at a vegetable stall nearby."
    )
    assert "Observatory" in _primary(_figures(text)[9])


def test_a_plain_toll_two_sentences_on_stays_the_outlets() -> None:
    text = (
        "Market hit in north\n\n"
        "A baker was killed in an air raid on a northern town on Friday the Syrian Observatory for Human Rights said. "
        "Samir Haddad had run the bakery for twenty years. "
        "Gunmen killed 9 people at a vegetable stall nearby."
    )
    assert _primary(_figures(text)[9]) == ""
