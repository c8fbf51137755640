"""Neighbourhoods and villages a gazetteer lacks as figure places, and which place of an
article lies in which (casualty_area_names, casualty_places).

Sentences and place names invented for the test."""

from rashomon.extract import extract_article
from rashomon.extract.casualty_area_names import (
    PlaceParts,
    area_name,
    as_spelled,
    outer_place,
    plain_name,
    same_spelling,
)
from rashomon.extract.casualty_place_map import article_place_parts
from rashomon.extract.casualty_places import _plain, figure_place, place_parts
from rashomon.model import Article


def _place(sentence: str, figure: str) -> str:
    start = sentence.index(figure)
    return figure_place(sentence, (start, start + len(figure)), "SY", frozenset({"SY"}))


def _area(sentence: str, name: str) -> str:
    start = sentence.index(name)
    return area_name(sentence, start, start + len(name), "SY")


def test_name_before_a_settlement_noun_is_taken_as_written() -> None:
    sentence = "Two people were killed when shells hit al-Burtuqal neighbourhood on Monday."
    assert _place(sentence, "Two people") == "Burtuqal"


def test_name_after_the_village_of() -> None:
    sentence = "A farmer was killed by a landmine in the village of Kafr Ramin on Sunday."
    assert _place(sentence, "A farmer") == "Kafr Ramin"


def test_the_place_inside_is_the_figure_place() -> None:
    sentence = "Three civilians were killed in a rocket attack on Karm Nasim neighbourhood in Aleppo city."
    assert _place(sentence, "Three civilians") == "Karm Nasim"


def test_subject_of_the_clause_without_a_locative_word() -> None:
    sentence = "Wadi Nasim district was also shelled, where a woman was killed."
    assert _place(sentence, "a woman") == "Wadi Nasim"


def test_peoples_qualifiers_and_plural_nouns_are_no_names() -> None:
    assert _area("They fled the Christian town of Kafr Ramin.", "Christian") == ""
    assert not plain_name("Rebel-held")
    assert not plain_name("Old City")
    assert _area("Shells hit the neighbourhoods of Tell Sabun and Marj Zaytun.", "Tell Sabun") == ""


def test_title_case_headline_gives_no_written_name() -> None:
    assert _area("Five Killed In Strike On Town Of Kafr Ramin Reuters Says", "Kafr Ramin Reuters") == ""


def test_leading_article_is_dropped() -> None:
    assert _area("Shells fell on al-Burtuqal neighbourhood.", "al-Burtuqal") == "Burtuqal"
    assert _area("Shells fell on Al-Burtuqal neighbourhood.", "Al-Burtuqal") == "Burtuqal"


def test_pairs_of_inner_and_outer_places() -> None:
    sentence = "Two were killed on Karm Nasim neighbourhood in the northern countryside of Homs."
    assert [(inner, outer) for inner, outer, _ in place_parts(sentence, "SY", frozenset({"SY"}))] == [
        ("Karm Nasim", "Homs")
    ]


def test_possessive_owner_is_the_outer_place() -> None:
    sentence = "Air raids on Aleppos Karm Nasim district killed ten people."
    assert ("Karm Nasim", "Aleppo") in [(i, o) for i, o, _ in place_parts(sentence, "SY", frozenset({"SY"}))]
    assert _place(sentence, "ten people") == "Karm Nasim"


def test_a_part_lies_in_the_one_place_the_article_names_it_inside() -> None:
    parts = PlaceParts(named={"Aleppo": {"Karm Nasim", "Burtuqal"}}, loose={"Homs": {"Tell Sabun"}})
    assert outer_place("Karm Nasim", parts) == "Aleppo"
    assert outer_place("Tell Sabun", parts) == "Homs"
    assert outer_place("Aleppo", parts) == ""
    assert outer_place("", parts) == ""
    assert as_spelled("Karm Naseem", parts) == "Karm Nasim"


def test_loose_parts_are_filed_under_the_last_place_named() -> None:
    text = ("Rockets hit neighbourhoods in Aleppo on Monday. A source said shells fell on Tell Sabun neighbourhood. "
            "Other shells fell on Marj Zaytun neighbourhood.")
    parts = article_place_parts(text, "SY", frozenset({"SY"}))
    assert parts.loose == {"Aleppo": {"Tell Sabun", "Marj Zaytun"}}


def test_spellings_of_one_name_are_one_place() -> None:
    seen: list[str] = []
    assert same_spelling("Sabuniyeh", seen) == "Sabuniyeh"
    assert same_spelling("Sabouniyah", seen) == "Sabuniyeh"
    assert same_spelling("Burtuqal", seen) == "Burtuqal"


def test_ayn_and_hamza_marks_are_no_word_breaks() -> None:
    assert _plain("Ma‘rabā") == "maraba"


def test_two_neighbourhoods_with_one_number_are_two_places_in_one_city() -> None:
    text = ("Two killed in rocket attacks on Aleppo\n\n"
            "Two people were killed in a rocket attack on Karm Nasim neighbourhood in Aleppo city. "
            "Two other people were killed in a similar attack on al-Burtuqal neighbourhood in Aleppo city.")
    facts = [f for f in extract_article(Article(id="t", text=text)).casualties if f.low == 2]
    assert [(f.place, f.place_within) for f in facts] == [
        ("Aleppo", ""), ("Karm Nasim", "Aleppo"), ("Burtuqal", "Aleppo")]


def test_headline_city_and_body_part_keep_their_own_places() -> None:
    text = ("Two killed in rocket attack on Aleppo\n\n"
            "Two people were killed in a rocket attack on Karm Nasim neighbourhood in Aleppo city.")
    facts = [f for f in extract_article(Article(id="t", text=text)).casualties if f.low == 2]
    assert [(f.place, f.place_within) for f in facts] == [("Aleppo", ""), ("Karm Nasim", "Aleppo")]


def test_no_pairs_in_a_title_case_headline() -> None:
    assert place_parts("Army Kills Two Gunmen in Karm Nasim Repels Attack in Homs", "SY", frozenset({"SY"})) == ()


def test_a_town_the_gazetteer_knows_keeps_its_own_name() -> None:
    text = ("Shells killed three people in the town of Ariha in Idlib province on Monday. "
            "A day later a rocket killed two people in Idlib.")
    facts = extract_article(Article(id="t", text=text)).casualties
    assert [(f.place, f.place_within) for f in facts] == [("Ariha", "Idlib"), ("Idlib", "")]


def test_the_larger_place_is_read_only_for_figures_at_two_places() -> None:
    text = "Shells killed three people in the town of Ariha in Idlib province on Monday."
    facts = extract_article(Article(id="t", text=text)).casualties
    assert [(f.place, f.place_within) for f in facts] == [("Ariha", "")]  # nothing to tell apart


def test_a_gazetteer_town_is_no_loose_part() -> None:
    text = "Rockets fell in Aleppo on Monday. Shells fell on the town of Tartus and on Tell Sabun neighbourhood."
    parts = article_place_parts(text, "SY", frozenset({"SY"}))
    assert all("Tartus" not in place and "Ţarţūs" not in place for inners in parts.loose.values() for place in inners)


def test_loose_parts_go_under_a_place_of_the_articles_country() -> None:
    text = ("Rockets fell in Aleppo on Monday. The ministry in Moscow said so. "
            "Shells fell on Tell Sabun neighbourhood.")
    assert article_place_parts(text, "SY", frozenset({"SY", "RU"})).loose == {"Aleppo": {"Tell Sabun"}}


def test_loose_parts_need_a_place_in_their_sentence_or_the_one_before() -> None:
    text = ("Two were killed on Monday. Rockets fell in Aleppo on Monday. A doctor said so. The toll rose. "
            "Shells fell on Tell Sabun neighbourhood.")
    assert article_place_parts(text, "SY", frozenset({"SY"})).loose == {}


def test_the_city_named_after_its_part_in_one_sentence() -> None:
    text = "Shells fell on Tell Sabun neighbourhood of the city of Aleppo."
    parts = article_place_parts(text, "SY", frozenset({"SY"}))
    assert parts.named == {"Aleppo": {"Tell Sabun"}}


def test_places_of_two_countries_are_not_one_inside_the_other() -> None:
    assert place_parts("Two were killed in the village of Lyon in Homs province.", "SY", frozenset({"SY", "FR"})) == ()


def test_a_demonym_is_no_place_name() -> None:
    assert _place("Shelling on the Damascan suburb killed two people.", "two people") == ""


def test_two_places_run_together_are_the_first() -> None:
    assert _place("A car bomb killed five people in the city of Tartus Latakia on Monday.", "five people") == "Ţarţūs"


def test_a_town_elsewhere_owns_no_name_here() -> None:
    sentence = "Wadi Nasim district was also shelled, where a woman was killed."
    assert place_parts(sentence, "SY", frozenset({"SY"})) == ()


def test_a_listed_spelling_far_from_the_main_name_is_the_place() -> None:
    # The gazetteer lists "Raqqa" among the spellings of "Ar Raqqah"; the two are far apart
    # letter by letter, but an exact listed spelling needs no closeness check.
    assert _place("Nine fighters were killed in Raqqa as the offensive went on.", "Nine fighters") == "Ar Raqqah"


def test_a_part_or_holder_word_before_the_name_is_skipped() -> None:
    assert _place("A man was killed in central Homs by sniper fire.", "A man") == "Homs"
    assert _place("Shells fell on rebel-held eastern Aleppo, killing six people.", "six people") == "Aleppo"
    assert _place("Four were wounded in government-held west Hama on Friday.", "Four") == "Ḩamāh"


def test_a_neighbourhood_named_like_a_town_abroad_is_a_part_here() -> None:
    # "Mosul" is an Iraqi city in the gazetteer, but "the Mosul neighbourhood of ... Homs" in a
    # Syrian story is a part of Homs: the headline's "in Homs" may restate its figure.
    text = "Shells hit Homs.\n\nTwo people were killed in the Mosul neighbourhood of the central city of Homs."
    assert article_place_parts(text, "SY", frozenset({"SY"})).loose == {"Homs": {"Mosul"}}
