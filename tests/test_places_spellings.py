"""Places: a place after "in nearby" or "and nearby", a country named in a possessive that lost its
apostrophe, and spelling variants that are an entry's alternate
name but for a final vowel.

Every sentence here was written for these tests; the town names are real Syrian places so
that the gazetteer resolves them.
"""

from __future__ import annotations

from conftest import SYRIA_CONTEXT
from conftest import place_ids as ids_in

from rashomon.extract.country_names import country_mentions
from rashomon.extract.gazetteer import final_vowel_ids

KAFR_TAKHARIM = 168629
HISYA = 169557
DEIR_EZ_ZOR = 170794


def test_adjective_of_nearness_after_a_locative_is_a_place_cue() -> None:
    """"in nearby X", "in neighbouring X": the adjective sits between the locative and the name."""
    text = SYRIA_CONTEXT + "The wounded were driven to a clinic in nearby Kafr Takharim before dawn."
    assert ids_in(text).get("Kafr Takharim") == KAFR_TAKHARIM
    text = SYRIA_CONTEXT + "The wounded said Kafr Takharim was quiet before dawn."
    assert "Kafr Takharim" not in ids_in(text)


def test_alternate_name_but_for_a_final_vowel_is_a_close_variant() -> None:
    """"Hassia" is "Hassie", an alternate name of Ḩisyā’, but for its final vowel, and far from
    the entry's own name; after a locative in a Syrian story it is that town."""
    assert HISYA in final_vowel_ids("Hassia")
    text = SYRIA_CONTEXT + "A roadside bomb went off in Hassia on Monday morning."
    assert ids_in(text).get("Hassia") == HISYA


def test_only_the_final_vowel_is_varied() -> None:
    """An inner vowel changed is the vowel classes' business (gazetteer_keys.vowel_key), and
    short names are never varied: they collide with everything."""
    assert HISYA not in final_vowel_ids("Hossia")
    assert final_vowel_ids("Hama") == frozenset()


def test_possessive_without_apostrophe_names_the_country_once() -> None:
    """Some outlets drop every apostrophe: "Syrias army" names Syria; it counts once, and not
    at all where the country is named otherwise, so no other country's share moves."""
    assert country_mentions("Syrias army and Syrias police met.") == {"SY": 1}
    assert country_mentions("Syrias army and Syria's police met Iraqis.") == {"SY": 1, "IQ": 1}
    assert country_mentions("Syrians and Syrian troops.") == {"SY": 2}


def test_spelling_variant_in_a_country_named_only_as_a_possessive() -> None:
    text = "Rockets fell on a market in Syrias Deir Ezzor on Monday, residents said."
    assert ids_in(text).get("Deir Ezzor") == DEIR_EZ_ZOR


def test_adjective_of_nearness_after_a_listed_place_keeps_the_list() -> None:
    """"the towns of Sarmin and nearby X": X is listed after an evidenced place."""
    text = SYRIA_CONTEXT + "Fighters massed around the towns of Sarmin and nearby Kafr Takharim this week."
    assert ids_in(text).get("Kafr Takharim") == KAFR_TAKHARIM
