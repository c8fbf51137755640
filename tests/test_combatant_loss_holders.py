"""Fighters counted in a post that a combatant-loss verb destroys are killed (casualty_links._lost_with).

Sentences invented for the test."""

from rashomon.extract import extract_article
from rashomon.model import Article


def _figures(text: str) -> list[tuple[int | None, int | None, str, str]]:
    facts = extract_article(Article(id="t", text=text)).casualties
    return [(f.low, f.high, f.category, text[f.start : f.end]) for f in facts]


def test_fighters_included_in_a_destroyed_camp() -> None:
    text = "A training camp including about 30 militants from abroad was destroyed by an airstrike."
    assert _figures(text) == [(30, 30, "killed", "about 30 militants")]


def test_fighters_with_a_destroyed_post() -> None:
    text = "The strike destroyed a command post with more than 20 fighters near the town."
    assert _figures(text) == [(21, None, "killed", "more than 20 fighters")]


def test_things_and_civilians_in_a_destroyed_building_are_no_loss() -> None:
    assert _figures("The army destroyed the convoy with 3 missiles.") == []
    assert _figures("The strike destroyed a house with 5 children inside.") == []


def test_a_person_word_naming_a_unit_is_no_list_item() -> None:
    text = "A depot including about 40 militants as well as a mobile sniper group were destroyed by an airstrike."
    assert _figures(text) == [(40, 40, "killed", "about 40 militants")]
