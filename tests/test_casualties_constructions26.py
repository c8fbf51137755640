"""A toll restated by the next sentence through a pronoun subject and an update verb (session
26): "This was later updated to N" gives the toll of the sentence before a new number. All
sentences are invented for these tests."""

from conftest import figure_counts as _read


def test_pronoun_update_of_death_toll_is_killed() -> None:
    text = ("A monitor reported the shelling of the market with a first death toll of 30. "
            "This was later updated to 61 on Tuesday including 40 civilians.")
    assert (61, "killed") in _read(text)
    assert (40, "killed") in _read(text)


def test_figure_noun_update_of_wounded_count_is_injured() -> None:
    text = "Medics put the number of wounded at 20 by noon. The figure rose to 45 in the evening."
    assert (45, "injured") in _read(text)


def test_update_without_toll_before_is_no_figure() -> None:
    text = "The town council met on Monday about the budget. This was later raised to 90 pounds a family."
    assert _read(text) == []
