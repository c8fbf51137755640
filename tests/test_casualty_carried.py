"""Places carried to an unplaced figure from the sentence before or after it (casualty_carried).

Sentences invented for the test."""

from rashomon.extract import extract_article
from rashomon.model import Article


def _placed(text: str) -> list[tuple[str, int | None, str]]:
    facts = extract_article(Article(id="t", text=text)).casualties
    return [(f.category, f.low, f.place) for f in facts]


def test_the_attack_goes_on_with_the_place_before() -> None:
    text = ("A mortar round hit a market in Homs on Sunday, killing three shoppers. "
            "The attack left 12 others wounded, medics said.")
    assert ("injured", 12, "Homs") in _placed(text)


def test_the_blast_took_place_in_names_the_place_after() -> None:
    text = ("Nine people died and another 12 were hurt when a truck bomb went off at dawn. "
            "The blast took place in Idlib near the main square.")
    assert ("injured", 12, "Idlib") in _placed(text)


def test_two_incidents_keep_two_places() -> None:
    text = ("A shell killed four people in Homs on Sunday. The attack left 12 others wounded. "
            "Six people were killed and another 12 wounded when a car bomb exploded. "
            "The blast took place in Idlib.")
    places = {place for kind, low, place in _placed(text) if kind == "injured" and low == 12}
    assert places == {"Homs", "Idlib"}


def test_a_figure_with_its_own_place_keeps_it() -> None:
    text = "A shell killed four people in Homs. The attack also killed two children in Idlib."
    assert ("killed", 2, "Idlib") in _placed(text)


def test_the_attack_inside_the_sentence_goes_on_with_the_place_before() -> None:
    text = ("A roadside bomb went off near a bakery in Homs on Monday, wounding seven people. "
            "The monitor said that the attack hit an army post and put the dead at five.")
    assert ("killed", 5, "Homs") in _placed(text)
