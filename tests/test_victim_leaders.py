"""Leaders counted by a number take the class of the group they lead ("12 senior ISIS
leaders" are fighters), so a headline's count of leaders restates the body's count of
members. All sentences are invented for these tests."""

from conftest import casualty_figures as _figures


def _classes(text: str) -> list[tuple[int | None, str]]:
    return [(f.low, f.victim_class) for f in _figures(text)]


def test_counted_leaders_of_an_armed_group_are_combatants() -> None:
    assert _classes("A drone strike on a farm house kills 12 senior ISIS leaders") == [(12, "combatant")]


def test_counted_leaders_with_no_group_keep_no_class() -> None:
    assert _classes("The storm killed 3 village leaders near the river.") == [(3, "")]
