"""An unnamed official placed in an office and then a place before "said" ("an official at the
governors office in X said"): the scan reads back over both prepositional phrases to the role
(source_clauses._prepositional_speaker), and the governor's office is the province's
administration (role_sources._GOVERNOR_OFFICE). Invented sentences."""

from __future__ import annotations

from conftest import figure_sources


def test_official_at_governors_office_in_a_town_is_official() -> None:
    text = "An official at the governors office in Lakeview said the blasts wounded at least 130 people."
    assert figure_sources(text)["at least 130 people"] == "official sources"


def test_official_at_governors_office_with_apostrophe_is_official() -> None:
    text = "An official at the governor's office said the shells wounded at least 40 people."
    assert figure_sources(text)["at least 40 people"] == "official sources"


def test_pronoun_after_the_official_keeps_the_official() -> None:
    text = (
        "An official at the governors office in Lakeview said rockets hit the old market."
        " He said the rockets wounded at least 25 people."
    )
    assert figure_sources(text)["at least 25 people"] == "official sources"
