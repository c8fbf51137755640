"""A wire headline whose source follows a stripped colon ("...: Monitoring group") gives that
source to the run-on lead the text repeats it in (attribution.py _headline_source)."""

from __future__ import annotations

from rashomon.extract import extract_article
from rashomon.model import Article, CasualtyFact

TITLE = "Car bomb in northern town kills 25 soldiers Monitoring group"


def _figures(text: str, title: str) -> dict[int | None, CasualtyFact]:
    return {f.low: f for f in extract_article(Article(id="t", text=text, title=title)).casualties}


def _primary(fact: CasualtyFact) -> str:
    return fact.source.primary if fact.source else ""


def _text() -> str:
    return (
        f"{TITLE} - Region - World\n\n"
        f"{TITLE} Reuters Monday 3 Mar 2014 About 25 soldiers died when insurgents detonated a car "
        "bomb outside a barracks in a northern town activists said on Monday. "
        "The Syrian Observatory for Human Rights said the blast brought down part of the building."
    )


def test_trailing_monitoring_group_in_headline_names_the_monitor() -> None:
    assert "Observatory" in _primary(_figures(_text(), f"{TITLE} - Region - World")[25])


def test_headline_without_source_word_keeps_the_lead_speaker() -> None:
    title = "Car bomb in northern town kills 25 soldiers"
    text = _text().replace(TITLE, title)
    assert "Observatory" not in _primary(_figures(text, f"{title} - Region - World")[25])
