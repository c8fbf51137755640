"""A source speaking in a time clause before a figure ("Since May 2 when the army declared
...") while an "according to" after the figure names who gives it (attribution_scope.in_scope).
Invented sentences."""

from __future__ import annotations

from conftest import figure_sources


def test_time_clause_speaker_yields_to_a_later_according_to() -> None:
    text = (
        "Since March 3 when the Assad regime declared the end of the truce at least 120 civilians"
        " have been killed by air strikes on Homs according to civil defense officials and medics"
        " in the town."
    )
    assert figure_sources(text) == {"at least 120 civilians": "White Helmets (Syria Civil Defence)"}


def test_time_clause_speaker_without_a_later_source_keeps_its_figure() -> None:
    text = "After the health ministry said on Monday that 14 people were killed in Homs, schools closed."
    assert figure_sources(text) == {"14 people": "health ministry"}
