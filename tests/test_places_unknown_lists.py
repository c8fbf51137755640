"""Places: lists with names the gazetteer lacks, example cues, construct spellings, buildings
named after their town, and tag lines without commas.

Every sentence here was written for these tests; the town names are real Syrian places so
that the gazetteer resolves them ("Qarzbuni", "Zorbani" are made up: names it lacks).
"""

from __future__ import annotations

from conftest import SYRIA_CONTEXT
from conftest import place_ids as ids_in

from rashomon.extract.gazetteer import lookup
from rashomon.extract.gazetteer_keys import construct_form

KAFR_BATNA, MOHASAN, SARAQIB, SARMIN, MAARAT = 168713, 162284, 164816, 164782, 167611
QAMISHLI, KHAN_SHEIKHUN = 173377, 168325


def test_list_with_unknown_names_after_in_and_before_and() -> None:
    found = ids_in(SYRIA_CONTEXT + "Shells killed two men in Qarzbuni Kafr Batna and other towns near Damascus.")
    assert found.get("Kafr Batna") == KAFR_BATNA


def test_list_item_after_an_unknown_name_is_no_surname() -> None:
    """"Zorbani Mohasan" after "in" and before "and" is a list, not a man called Mohasan."""
    text = SYRIA_CONTEXT + "Troops killed 30 fighters in al-Zorbani Mohasan and in other areas of Deir ez-Zor."
    assert ids_in(text).get("Mohasan") == MOHASAN


def test_far_homonym_in_an_unknown_list_is_dropped() -> None:
    """Kafr Batna lies by Damascus: in a sentence about Deir ez-Zor it is some other village."""
    text = SYRIA_CONTEXT + "Troops killed 30 fighters in Qarzbuni Kafr Batna and in other areas of Deir ez-Zor."
    assert "Kafr Batna" not in ids_in(text)


def test_institution_words_make_a_name_not_a_list() -> None:
    text = SYRIA_CONTEXT + "Activists in Kafr Batna Coordination Committee and elsewhere near Damascus said so."
    assert "Kafr Batna" not in ids_in(text)
    text = SYRIA_CONTEXT + "Officials in Kafr Batna Council and elsewhere near Damascus said so."
    assert "Kafr Batna" not in ids_in(text)


def test_without_and_after_it_the_run_stays_a_name() -> None:
    text = SYRIA_CONTEXT + "Shells killed two men in Qarzbuni Kafr Batna near Damascus."
    assert "Kafr Batna" not in ids_in(text)


def test_examples_after_a_plural_place_noun_are_a_list() -> None:
    text = SYRIA_CONTEXT + "Jets pounded rural towns most notably Saraqib Sarmin and Maarat al-Numan."
    found = ids_in(text)
    assert found.get("Saraqib") == SARAQIB and found.get("Sarmin") == SARMIN
    assert found.get("Maarat al-Numan") == MAARAT


def test_construct_t_is_restored() -> None:
    assert construct_form("Maara al-Numan") == "Maarat al-Numan"
    assert construct_form("Syria IS") == "Syria IS"  # no article: no construct name
    places, how = lookup("Maara al-Numan")
    assert how == "loose" and MAARAT in {p.geonameid for p in places}


def test_building_named_after_its_town() -> None:
    found = ids_in(SYRIA_CONTEXT + "A car bomb exploded near the gate of Qamishli National Hospital, police said.")
    assert found.get("Qamishli") == QAMISHLI
    # a hotel is mostly named after something else than a town
    found = ids_in(SYRIA_CONTEXT + "Shells hit the old Sarmin Hotel where many families were staying in Aleppo.")
    assert "Sarmin" not in found


def test_tag_line_without_commas() -> None:
    found = ids_in(SYRIA_CONTEXT + "Tags chemical weapons Homs Idlib Khan Sheikhun\nJets struck.")
    assert found.get("Khan Sheikhun") == KHAN_SHEIKHUN


def test_neighbourhood_namesake_far_away_is_dropped() -> None:
    """"al-Midan" in Damascus resolves to a village on the Euphrates: a namesake, no place."""
    text = SYRIA_CONTEXT + "A car bomb went off by a police station in the al-Midan neighbourhood of Damascus."
    assert "al-Midan" not in ids_in(text)


def test_suburb_written_as_neighbourhood_is_kept() -> None:
    text = SYRIA_CONTEXT + "Medics counted bodies in the Kafr Batna neighbourhood east of Damascus."
    assert ids_in(text).get("Kafr Batna") == KAFR_BATNA


def test_village_far_from_the_place_it_is_put_in_is_dropped() -> None:
    """Kafr Batna lies by Damascus: "Kafr Batna village in Hasakeh province" is a namesake."""
    text = SYRIA_CONTEXT + "A shell fell on the town of Kafr Batna in Hasakeh province."
    assert "Kafr Batna" not in ids_in(text)
    text = SYRIA_CONTEXT + "A shell fell on the town of Kafr Batna in rural Damascus."
    assert ids_in(text).get("Kafr Batna") == KAFR_BATNA


def test_alternate_name_with_another_initial_needs_its_country() -> None:
    """"Barna" is an alternate name of Varna; a Syrian story that never names Bulgaria means
    some village the gazetteer lacks."""
    text = SYRIA_CONTEXT + "Rebels captured three villages south of Aleppo, Zeitan, Khalsa and Barna."
    assert "Barna" not in ids_in(text)


def test_agency_named_like_a_city_is_no_place() -> None:
    text = SYRIA_CONTEXT + "The official Sana news agency quoted a military source on the fighting."
    assert "Sana" not in ids_in(text)


def test_place_put_in_a_place_of_another_country_is_a_namesake() -> None:
    text = SYRIA_CONTEXT + "The convoy was struck on its way to Orem in Aleppo governorate."
    assert "Orem" not in ids_in(text)


def test_headline_verb_is_no_spelling_variant() -> None:
    text = ("Turkish Jets Kills 20 Fighters in Northern Syria\n\nTurkey said its jets struck Kurdish fighters "
            "in Syria. The Turkish army and Turkish officials said so in Turkey.")
    assert "Kills" not in ids_in(text)


def test_big_city_of_a_country_never_named_needs_a_cue() -> None:
    text = SYRIA_CONTEXT + "Worshippers said the Salem mosque had been shelled twice that week."
    assert "Salem" not in ids_in(text)
    text = SYRIA_CONTEXT + "Envoys met for talks in Geneva on Monday, and the Geneva talks went on."
    assert ids_in(text).get("Geneva") == 2660646


def test_neighbourhood_named_like_a_foreign_city_is_no_place() -> None:
    text = SYRIA_CONTEXT + "Shells fell on the Sulaymaniyah neighbourhood of Aleppo, killing two people."
    assert "Sulaymaniyah" not in ids_in(text)


def test_village_far_from_the_town_it_is_placed_by_is_dropped() -> None:
    """"X north of Aleppo": Kafr Batna lies by Damascus, 300 km away, so this is a namesake."""
    text = SYRIA_CONTEXT + "Fighting raged around Kafr Batna north of Aleppo for a week."
    assert "Kafr Batna" not in ids_in(text)
    text = SYRIA_CONTEXT + "Fighting raged around Kafr Batna east of Damascus for a week."
    assert ids_in(text).get("Kafr Batna") == KAFR_BATNA


def test_stated_distance_widens_the_reach() -> None:
    text = SYRIA_CONTEXT + "Jets struck the town of Kafr Batna, 300 km south of Aleppo, at dawn."
    assert ids_in(text).get("Kafr Batna") == KAFR_BATNA


def test_list_word_spelled_like_a_foreign_city_is_an_unknown_name() -> None:
    """"in Saraqib Lima and ...": a village the gazetteer lacks, spelled like a capital abroad,
    does not make the run one unknown name; the Syrian town stays, the foreign city does not."""
    found = ids_in(SYRIA_CONTEXT + "Jets struck fighters in Saraqib Lima and Binnish on Monday.")
    assert found.get("Saraqib") == SARAQIB
    assert "Lima" not in found
