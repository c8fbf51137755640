"""Places: names no cue stood before, found by the place that holds them, and spelling
variants of Arabic head words.

Every sentence here was written for these tests; the town names are real Syrian places so
that the gazetteer resolves them ("Qarzbuni" is made up: a name it lacks).
"""

from __future__ import annotations

from conftest import SYRIA_CONTEXT
from conftest import place_ids as ids_in

SARMIN = 164782


def test_village_put_in_its_province_is_a_place() -> None:
    """"Sarmin in Idlib": no cue before it, but the province that holds it follows."""
    text = SYRIA_CONTEXT + "Qarzbuni and Sarmin in Idlib came under heavy fire on Monday."
    assert ids_in(text).get("Sarmin") == SARMIN
    text = SYRIA_CONTEXT + "Residents said Sarmin in Idlib province was shelled again."
    assert ids_in(text).get("Sarmin") == SARMIN


def test_village_put_in_a_far_province_is_no_place() -> None:
    """Sarmin lies by Idlib: "Sarmin in Deir ez-Zor" is a namesake, not evidence."""
    text = SYRIA_CONTEXT + "Qarzbuni and Sarmin in Deir ez-Zor came under heavy fire on Monday."
    assert "Sarmin" not in ids_in(text)


def test_village_without_a_container_still_needs_a_cue() -> None:
    text = SYRIA_CONTEXT + "Qarzbuni and Sarmin came under heavy fire on Monday."
    assert "Sarmin" not in ids_in(text)
