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
