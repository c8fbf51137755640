"""Places: names no cue stood before, found by the place that holds them, and spelling
variants of Arabic head words.

Every sentence here was written for these tests; the town names are real Syrian places so
that the gazetteer resolves them ("Qarzbuni" is made up: a name it lacks).
"""

from __future__ import annotations

import pytest
from conftest import SYRIA_CONTEXT
from conftest import place_ids as ids_in

from rashomon.extract.gazetteer_keys import loose_key, vowel_key

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


KAFR_ZAYTA = 168620


@pytest.mark.parametrize("head", ["Kfar", "Kafar", "Kefr", "Kafr"])
def test_kafr_head_word_spellings_share_keys(head: str) -> None:
    """The head word "kafr" spelled with its vowel moved or doubled is one word."""
    assert loose_key(f"{head} Nabl") == loose_key("Kafr Nabl")
    assert vowel_key(f"{head} Zeita") == vowel_key("Kafr Zaytā")


def test_kafr_head_word_spelling_resolves_in_a_sentence() -> None:
    text = SYRIA_CONTEXT + "Rescuers said a barrel bomb hit a clinic in Kfar Zeita on Friday."
    assert ids_in(text).get("Kfar Zeita") == KAFR_ZAYTA


def test_kafr_fold_leaves_other_words_alone() -> None:
    assert loose_key("Kafaru") != loose_key("Kafru")
    assert vowel_key("Kfar") == "kfar"


SUQAYLIBIYAH = 163921


def test_settlement_noun_after_a_variant_is_a_spelling_cue() -> None:
    """"X town" says a place is meant, as "X province" does: a farther spelling variant passes."""
    text = SYRIA_CONTEXT + "Rockets hit Sqelbiyeh town overnight, residents said."
    assert ids_in(text).get("Sqelbiyeh") == SUQAYLIBIYAH
    text = SYRIA_CONTEXT + "Rockets hit Sqelbiyeh overnight, residents said."
    assert "Sqelbiyeh" not in ids_in(text)


def test_list_after_a_ground_noun_keeps_its_places() -> None:
    """"in the area of A B and C" with B a name the gazetteer lacks: still a list of places."""
    text = SYRIA_CONTEXT + "Jets struck targets in the area of Sarmin Qarzbuni and Saraqib on Monday."
    assert ids_in(text).get("Sarmin") == SARMIN
