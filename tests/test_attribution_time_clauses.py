"""A source speaking in a time clause before a figure ("Since May 2 when the army declared
...") while an "according to" after the figure names who gives it (attribution_scope.in_scope),
and "X had differing tolls with some saying ..." (attribution_phrases). Invented sentences."""

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


def test_with_some_saying_gives_the_figure_to_the_subject() -> None:
    text = (
        "The army said 20 soldiers died. Opposition social media websites had differing tolls"
        " with some saying more than 30 people were dead."
    )
    assert figure_sources(text)["more than 30 people"] == "Opposition social media websites"


def test_time_clause_after_the_figure_with_two_coordinated_subjects_speaks_for_neither() -> None:
    text = "Air raids on the market killed 12 people hours after the US and Russia announced a truce in the north."
    assert figure_sources(text) == {"12 people": ""}
