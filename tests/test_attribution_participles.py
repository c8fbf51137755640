"""An unnamed speaker with a participle phrase before the verb, commas absent ("a doctor
going by the name of X for fear of reprisal said"): the speaker is the noun before the
participle (source_scan.py, _before_participle)."""

from __future__ import annotations

from rashomon.extract import extract_article
from rashomon.model import Article, CasualtyFact


def _figures(text: str) -> dict[int | None, CasualtyFact]:
    return {f.low: f for f in extract_article(Article(id="t", text=text)).casualties}


def test_doctor_going_by_an_alias_speaks() -> None:
    text = (
        "Gas attack reported in the north\n\n"
        "A medical doctor going by the name of Dr. Karim Tal out of worry for his family said "
        "his clinic in the valley received seven victims with burning eyes."
    )
    fact = _figures(text)[7]
    assert fact.source is not None and fact.source.primary == "medical sources"


def test_nurse_speaking_on_condition_of_anonymity_speaks() -> None:
    text = (
        "Clinic overwhelmed after strike\n\n"
        "A nurse speaking on condition of anonymity because she feared arrest said "
        "nine children were killed near the clinic overnight."
    )
    fact = _figures(text)[9]
    assert fact.source is not None and fact.source.primary == "medical sources"
