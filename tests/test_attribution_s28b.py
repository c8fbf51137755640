"""A condemning verb as a verb of saying: "the ministry condemned the raid that left 18 dead"
gives the toll to the ministry, unless the sentence names another source of the toll after the
verb ("... that killed six, according to state media"), who then stays the source
(attribution_phrases._condemned_elsewhere). Invented sentences."""

from __future__ import annotations

from conftest import figure_sources


def test_condemning_ministry_is_the_source_of_the_toll() -> None:
    text = (
        "On Monday the Freedonian Interior Ministry condemned the shelling of Lakeview last week"
        " that left 14 farmers dead."
    )
    assert figure_sources(text)["14 farmers"] == "Freedonian Interior Ministry"


def test_source_named_after_the_condemning_verb_keeps_the_toll() -> None:
    text = (
        "The Freedonian Interior Ministry denounced the raid on a clinic in Lakeview that killed"
        " at least nine nurses according to the Lakeview Health Office."
    )
    assert figure_sources(text)["at least nine nurses"] == "Lakeview Health Office"
