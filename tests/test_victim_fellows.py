""""comrades" take the class of the person named before them (victim_context._earlier_person_class).

Sentences invented for the test."""

from rashomon.extract import extract_article
from rashomon.model import Article


def _classes(text: str) -> list[tuple[str, str]]:
    facts = extract_article(Article(id="t", text=text)).casualties
    return [(text[f.start : f.end], f.victim_class) for f in facts]


def test_comrades_of_a_commander_are_combatants() -> None:
    text = "The commander of the brigade and three of his comrades were killed in a blast."
    assert _classes(text) == [("three of his comrades", "combatant")]


def test_comrades_of_a_soldier_are_security() -> None:
    text = "A soldier and two of his comrades were killed at the checkpoint."
    assert _classes(text) == [("A soldier", "security"), ("two of his comrades", "security")]


def test_comrades_alone_stay_open() -> None:
    assert _classes("Three comrades were killed on Monday.") == [("Three comrades", "")]
