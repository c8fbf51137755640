"""Places: a place after "in nearby".

Every sentence here was written for these tests; the town names are real Syrian places so
that the gazetteer resolves them.
"""

from __future__ import annotations

from conftest import SYRIA_CONTEXT
from conftest import place_ids as ids_in

KAFR_TAKHARIM = 168629


def test_adjective_of_nearness_after_a_locative_is_a_place_cue() -> None:
    """"in nearby X", "in neighbouring X": the adjective sits between the locative and the name."""
    text = SYRIA_CONTEXT + "The wounded were driven to a clinic in nearby Kafr Takharim before dawn."
    assert ids_in(text).get("Kafr Takharim") == KAFR_TAKHARIM
    text = SYRIA_CONTEXT + "The wounded said Kafr Takharim was quiet before dawn."
    assert "Kafr Takharim" not in ids_in(text)
