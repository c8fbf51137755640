"""Places: lists whose commas were lost, glued articles, and the cues that say a place is meant.

Every sentence here was written for these tests; the town names are real Syrian and Iraqi
places so that the gazetteer resolves them.
"""

from __future__ import annotations

from conftest import SYRIA_CONTEXT
from conftest import place_ids as ids_in

from rashomon.extract.gazetteer import lookup
from rashomon.extract.gazetteer_keys import deglue, vowel_key
from rashomon.extract.place_candidates import never_place

RASTAN, TALBISAH, KAFRANBEL, AFRIN, HALABJA = 172946, 163779, 168661, 174186, 96205
BAYJI, JABLAH, MAZAR = 97783, 169304, 1133616


def test_glued_article_is_set_apart() -> None:
    assert deglue("Alrastan") == "Al rastan"
    assert deglue("Alma") == "Alma"  # too short a rest: a whole name
    places, how = lookup("Alrastan")
    assert how == "loose" and RASTAN in {p.geonameid for p in places}


def test_glued_article_after_a_cue() -> None:
    found = ids_in(SYRIA_CONTEXT + "Jets bombed the town of Alrastan at dawn.")
    assert found.get("Alrastan") == RASTAN


def test_list_after_plural_cue_without_commas() -> None:
    text = SYRIA_CONTEXT + "Shells fell on the towns of Rastan Talbisa Qarzbuni and Kafranbel overnight."
    found = ids_in(text)
    assert found.get("Rastan") == RASTAN
    assert found.get("Talbisa") == TALBISAH
    assert found.get("Kafranbel") == KAFRANBEL


def test_list_of_own_spellings_after_a_locative() -> None:
    found = ids_in(SYRIA_CONTEXT + "Clashes were reported in Rastan Talbisah on Monday.")
    assert found.get("Rastan") == RASTAN and found.get("Talbisah") == TALBISAH
    # a word left unexplained makes the run a name, not a list
    found = ids_in(SYRIA_CONTEXT + "Clashes were reported in Rastan Talbisah Qarzbuni on Monday.")
    assert "Talbisah" not in found


def test_words_that_are_american_towns_make_no_list() -> None:
    text = ("Police in the US said so. The US and the US agreed. The case was heard at the Brooklyn "
            "Superior Court before Judge Vincent Lowe.")
    found = ids_in(text)
    assert "Superior" not in found and "Vincent" not in found


def test_short_generic_head_of_an_unknown_name_is_no_place() -> None:
    found = ids_in(SYRIA_CONTEXT + "Shells fell on the towns of Khan Zorbuni Rastan and Talbisa.")
    assert "Khan" not in found
    assert found.get("Rastan") == RASTAN


def test_two_weak_matches_are_no_list() -> None:
    text = "The US president spoke in Washington. The US and the US said so. He spoke in the Rose Garden today."
    assert "Garden" not in ids_in(text)


def test_possessive_of_a_place_is_a_cue() -> None:
    text = "Turkish troops and Turkish jets. Turkey said. Fighters attacked a convoy in northern Syria's Afrin today."
    assert ids_in(text).get("Afrin") == AFRIN
    text = "Syrian Kurds and Syrian rebels. Fighters attacked a convoy in northern Syrias Afrin today."
    assert ids_in(text).get("Afrin") == AFRIN


def test_possessive_of_a_city_is_no_cue() -> None:
    text = "Fans in the US cheered. The US and the US. Louisville's Earl Rowe scored 25 points in Louisville."
    assert "Earl" not in ids_in(text)


def test_apposition_and_strike_verbs_are_cues() -> None:
    assert ids_in(SYRIA_CONTEXT + "Bombs fell on Talbisa, a town north of Homs.").get("Talbisa") == TALBISAH
    assert ids_in(SYRIA_CONTEXT + "Rockets hit Kafranbel overnight.").get("Kafranbel") == KAFRANBEL


def test_unique_town_after_a_locative_in_a_side_country() -> None:
    text = SYRIA_CONTEXT + "Nothing like it was seen since Iraqi Kurds were gassed at Halabja in 1988."
    assert ids_in(text).get("Halabja") == HALABJA


def test_number_words_are_never_places() -> None:
    assert never_place("Fifty") and never_place("Thousand")


def test_a_run_after_a_place_noun_names_no_person() -> None:
    """"Housh Salhiya Nishabiya" after "the towns of" is a list, so its last word is no surname."""
    found = ids_in(SYRIA_CONTEXT + "Jets bombed the towns of Qarzbuni Zorbani Kafranbel overnight.")
    assert found.get("Kafranbel") == KAFRANBEL


def test_vowel_key_folds_vowel_spellings_by_class() -> None:
    assert vowel_key("Jebleh") == vowel_key("Jablah")
    assert vowel_key("Beiji") == vowel_key("Bayjī")
    assert vowel_key("Heet") == vowel_key("Hīt")
    assert vowel_key("Omar") != vowel_key("Emar")  # vowel quality is kept


def test_vowel_spelling_variants_resolve_in_context() -> None:
    iraq = "Iraqi forces fought in Iraq. The Iraqi army said so. "
    assert ids_in(iraq + "Shelling was reported in Beiji on Monday.").get("Beiji") == BAYJI
    assert ids_in(SYRIA_CONTEXT + "Shelling was reported in Jebleh on Monday.").get("Jebleh") == JABLAH


def test_persian_connectors_stay_inside_one_name() -> None:
    text = "Afghan forces fought in Afghanistan. The Afghan army said so. "
    for spelling in ("Mazar-i-Sharif", "Mazar-e Sharif", "Mazar-e-Sharif"):
        assert ids_in(text + f"A blast was reported in {spelling} today.").get(spelling) == MAZAR


def test_settlement_noun_after_is_a_cue_but_neighbourhood_is_not() -> None:
    found = ids_in(SYRIA_CONTEXT + "The Kafranbel village was shelled overnight.")
    assert found.get("Kafranbel") == KAFRANBEL
    found = ids_in(SYRIA_CONTEXT + "The Kafranbel neighbourhood was shelled overnight.")
    assert "Kafranbel" not in found


def test_article_word_after_a_short_head_is_one_unknown_name() -> None:
    """"Bab al-Rastan" is one name (a gate, a crossing) the gazetteer lacks, not the town of
    Rastan; after a longer word an "al-" word is the next item of a list."""
    found = ids_in(SYRIA_CONTEXT + "Rebels held the checkpoint near Bab al-Rastan on Monday.")
    assert "al-Rastan" not in found
    found = ids_in(SYRIA_CONTEXT + "Jets struck targets in Talbisa al-Rastan and Homs on Monday.")
    assert found.get("al-Rastan") == RASTAN


def test_plural_settlement_noun_after_a_list() -> None:
    found = ids_in(SYRIA_CONTEXT + "The Kafranbel and Talbisa towns were shelled overnight.")
    assert found.get("Kafranbel") == KAFRANBEL and found.get("Talbisa") == TALBISAH
