"""A sentence without attribution between two sentences of one source takes that source
(source_between.py; GUIDELINES.md section 13), and only inside one unbroken account."""

from __future__ import annotations

from rashomon.extract import extract_article
from rashomon.model import Article, CasualtyFact


def _figures(text: str) -> dict[int | None, CasualtyFact]:
    return {f.low: f for f in extract_article(Article(id="t", text=text)).casualties}


def _primary(fact: CasualtyFact) -> str:
    return fact.source.primary if fact.source else ""


def test_meanwhile_between_two_statements_of_one_monitor_takes_it() -> None:
    text = (
        "Shelling hits river town\n\n"
        "Shelling killed 14 people in the river town on Monday the Syrian Observatory for Human Rights said. "
        "Rescuers dug through the ruins of a bakery. "
        "Meanwhile five others were killed in air raids on a nearby village. "
        "The monitor said the toll was likely to rise."
    )
    assert "Observatory" in _primary(_figures(text)[5])


def test_meanwhile_without_the_same_source_after_stays_the_outlets() -> None:
    text = (
        "Shelling hits river town\n\n"
        "Shelling killed 14 people in the river town on Monday the Syrian Observatory for Human Rights said. "
        "Rescuers dug through the ruins of a bakery. "
        "Meanwhile five others were killed in air raids on a nearby village. "
        "The United Nations said aid convoys were blocked."
    )
    assert _primary(_figures(text)[5]) == ""


def test_a_dated_sentence_between_breaks_the_account() -> None:
    text = (
        "Shelling hits river town\n\n"
        "Shelling killed 14 people in the river town the Syrian Observatory for Human Rights said. "
        "On Friday five others were killed in air raids on a nearby village. "
        "The monitor said the toll was likely to rise."
    )
    assert _primary(_figures(text)[5]) == ""


def test_a_pronoun_after_does_not_confirm_the_account() -> None:
    text = (
        "Shelling hits river town\n\n"
        "Shelling killed 14 people in the river town the Lakeside Health Office said. "
        "Meanwhile five others were killed in air raids on a nearby village. "
        "The minister repeated his denial and he said the army never shells homes."
    )
    assert _primary(_figures(text)[5]) == ""
