"""A speaker with two stacked prepositional phrases before the verb ("an official at the
governor's office in the province said"): the speaker is the head before the first one, and a
following "he said" repeats that speaker, not whoever spoke before."""

from __future__ import annotations

import pytest
from conftest import figure_sources

HEADLINE = "Rockets strike depot in the north\n\n"


@pytest.mark.parametrize("place", ["the police station in Hama", "the governors office in Hama"])
def test_official_with_two_prepositional_phrases(place: str) -> None:
    text = HEADLINE + f"An official at {place} said the rockets wounded 75 workers near the depot."
    assert figure_sources(text) == {"75 workers": "official"}


def test_he_said_repeats_the_official_with_two_phrases() -> None:
    text = (
        HEADLINE
        + "Residents said the fire spread across two streets. "
        + "An official at the governors office in Hama said the rockets set a warehouse ablaze. "
        + "He said the blasts wounded 75 workers near the depot."
    )
    assert figure_sources(text) == {"75 workers": "official"}


def test_a_place_after_a_place_names_no_speaker() -> None:
    text = HEADLINE + "Rockets struck the market in the centre of Hama and wounded 75 workers near the depot."
    assert "official" not in figure_sources(text).values()
