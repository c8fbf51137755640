"""Where a casualty figure is not: an institution's name, or where the shooters are posted (casualty_places).

Sentences invented for the test."""

from rashomon.extract import extract_article
from rashomon.extract.casualty_places import armed_posted_before, institution_part, speaker_seat
from rashomon.model import Article


def _end(sentence: str, name: str) -> int:
    return sentence.index(name) + len(name)


def test_name_of_institution_words_only() -> None:
    sentence = "Shells killed a guard near the Police command in the city."
    assert institution_part(sentence, "Police", _end(sentence, "Police"))


def test_name_joined_by_and_to_an_institution_head() -> None:
    sentence = "A blast killed three workers near the Research and Tests Center on Monday."
    assert institution_part(sentence, "Research", _end(sentence, "Research"))


def test_field_after_a_body_and_of() -> None:
    sentence = "A blast killed three workers at a plant of the Ministry of Industry."
    assert institution_part(sentence, "Industry", _end(sentence, "Industry"))


def test_towns_stay_places() -> None:
    sentence = "Shells killed two civilians at the University of Aleppo and in Homs and Hama."
    assert not institution_part(sentence, "Aleppo", _end(sentence, "Aleppo"))
    assert not institution_part(sentence, "Homs", _end(sentence, "Homs"))


def test_figure_takes_the_town_not_the_institution() -> None:
    text = "A car bomb killed five people near the Research and Tests Center in Homs."
    facts = extract_article(Article(id="t", text=text)).casualties
    assert [(f.low, f.place) for f in facts] == [(5, "Homs")]


def test_posting_clause_of_armed_people() -> None:
    sentence = "Militants who are stationed in Douma shelled the quarter injuring two people."
    assert armed_posted_before(sentence, sentence.index("in Douma"))
    building = "Shells hit a school located in Douma killing five children."
    assert not armed_posted_before(building, building.index("in Douma"))


def test_figure_not_placed_where_the_shooters_are() -> None:
    text = "Terrorist groups positioned in Douma fired rockets at Damascus injuring two people."
    facts = extract_article(Article(id="t", text=text)).casualties
    assert [(f.low, f.place) for f in facts] == [(2, "Damascus")]


def test_posted_victims_keep_their_place() -> None:
    text = "Twelve soldiers stationed in Douma were killed on Monday."
    facts = extract_article(Article(id="t", text=text)).casualties
    assert [(f.low, f.place) for f in facts] == [(12, "Dūmā")]


def test_figure_not_placed_where_the_speaker_sits() -> None:
    text = "Some 40 fighters were killed in air raids overnight the defence ministry in Moscow said on Monday."
    facts = extract_article(Article(id="t", text=text)).casualties
    assert [(f.low, f.place) for f in facts] == [(40, "")]


def test_speaker_seat_needs_a_body_and_a_verb_of_saying() -> None:
    said = "Nine people were killed the embassy in Cairo said."
    assert speaker_seat(said, said.index("in Cairo"), _end(said, "Cairo"))
    victims = "Nine people were killed in Cairo said a witness."
    assert not speaker_seat(victims, victims.index("in Cairo"), _end(victims, "Cairo"))
    building = "Nine people were killed near the hospital in Cairo on Monday."
    assert not speaker_seat(building, building.index("in Cairo"), _end(building, "Cairo"))


def test_a_capitalised_ministry_in_a_city_is_where_the_source_sits_too() -> None:
    text = "The Defence Ministry in Ankara said 40 fighters were killed in the valley near Harbel."
    figure = extract_article(Article(id="t", text=text)).casualties[0]
    assert figure.place != "Ankara"
