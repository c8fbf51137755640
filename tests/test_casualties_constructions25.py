"""A death toll that "has risen to" a number after a long account of what it counts (session
25): the noun and the verb lie more than eight words apart. All sentences are invented for
these tests."""

from conftest import figure_counts as _read


def test_long_toll_risen_to_is_killed() -> None:
    text = ("The death toll in a rocket attack on a bus carrying workers home from the two northern "
            "factories has risen to at least 37 a rights group said Monday.")
    assert _read(text) == [(37, "killed")]


def test_risen_to_without_toll_is_no_figure() -> None:
    text = "The price of bread in the markets of the city and of the villages around it has risen to 40 pounds."
    assert _read(text) == []


def test_update_is_filed_within_the_hedged_toll_place() -> None:
    from rashomon.extract import extract_article
    from rashomon.model import Article

    text = ("A shell hit a bakery on Monday and killed at least 14 people including two children in a "
            "town of the northern province of Idlib, a monitor said. \"The number of people killed by "
            "the shell at the bakery of Kafr Nabl town has risen to 14 including two children\" the "
            "monitor said later.")
    facts = extract_article(Article(id="t", text=text)).casualties
    lead = next(f for f in facts if f.qualifier == "at_least")
    update = [f for f in facts if "Kafr Nabl" in f.sentence and f.place and f.place != lead.place]
    assert lead.place and update
    assert all(f.place_within == lead.place for f in update)


def test_update_to_another_number_keeps_its_place() -> None:
    from rashomon.extract import extract_article
    from rashomon.model import Article

    text = ("A shell hit a bakery on Monday and killed at least 14 people in a town of the northern "
            "province of Idlib, a monitor said. \"The number of people killed by the shell at the bakery "
            "of Kafr Nabl town has risen to 19\" the monitor said later.")
    facts = extract_article(Article(id="t", text=text)).casualties
    assert all(not f.place_within for f in facts if f.low == 19)
