"""Gazetteer keys: the consonant skeleton joins spellings that differ by a vowel, not by a
consonant or an ending; plural demonyms name their country. Names here are invented or
well-known towns."""

from __future__ import annotations

import pytest

from rashomon.extract.country_names import country_mentions, plural_demonym
from rashomon.extract.gazetteer_keys import skeleton_key, vowel_runs


@pytest.mark.parametrize(("one", "other"), [
    ("Yabarud", "Yabrud"),  # an epenthetic vowel
    ("Kesswa", "Al Kiswah"),  # a changed vowel, a doubled letter, a final "h", an article
    ("Tallabeen", "Talbin"),
    ("Dayrouna", "Dirona"),  # a diphthong "ay" is a vowel
])
def test_skeleton_joins_vowel_variants(one: str, other: str) -> None:
    assert skeleton_key(one) == skeleton_key(other) != ""


@pytest.mark.parametrize(("one", "other"), [
    ("Maskan", "Maskanah"),  # a feminine ending is part of the name
    ("Sulma", "Sulamiyah"),  # "y" before a vowel is a consonant
    ("Kabir", "Katir"),  # a different consonant
])
def test_skeleton_keeps_consonants_and_endings_apart(one: str, other: str) -> None:
    assert skeleton_key(one) != skeleton_key(other)


def test_short_skeletons_get_no_key() -> None:
    assert skeleton_key("Housh") == ""  # "sh" is one sound: two consonants in all
    assert skeleton_key("Duma") == ""


def test_vowel_runs_count_syllables() -> None:
    assert (vowel_runs("Yabarud"), vowel_runs("Yabrud")) == (3, 2)


def test_plural_demonyms() -> None:
    assert plural_demonym("Syrian") == "Syrians"
    assert plural_demonym("Iraqi") == "Iraqis"
    assert plural_demonym("Lebanese") == plural_demonym("French") == plural_demonym("Swiss") == ""
    assert country_mentions("Two Iraqis and three Syrians were hurt; the Lebanese said.") == {"IQ": 1, "SY": 1, "LB": 1}
