"""A source that "raised the death toll" and names the number "to N" only after a long account of
the attack (more than the eight words the toll phrase otherwise allows). Sentences invented."""

from conftest import figure_counts as _read


def test_raised_death_toll_far_from_its_number_is_killed() -> None:
    text = ("A rights group on Monday raised the death toll from shelling on a bakery in a small "
            "rebel-held town in Yemen the day before to 48 as medics kept searching for people "
            "trapped under the ruins.")
    assert (48, "killed") in _read(text)


def test_raised_without_death_toll_gives_no_figure() -> None:
    text = ("The council on Monday raised the price of bread sold at a bakery in a small village "
            "near the border the year before to 48 pounds a bag.")
    assert _read(text) == []
