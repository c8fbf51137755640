"""Casualty figures in constructions of general English that the eleventh held-out set's errors
showed read wrongly. All sentences are invented for these tests."""

from conftest import casualty_figures as _figures


def _read(text: str) -> list[tuple[str, int | None, int | None, str, str]]:
    return [(f.text, f.low, f.high, f.qualifier, f.category) for f in _figures(text)]


def test_a_killing_told_by_an_execution_clause_of_the_same_moment_is_an_execution() -> None:
    got = _read("At least 30 villagers were killed last month when militia fighters executed four families.")
    assert got[0] == ("At least 30 villagers", 30, None, "at_least", "executed")
    assert _read("Guards killed 20 inmates as the wardens executed the ringleaders.")[0][4] == "executed"
    # a clause of another moment is another event
    assert _read("The army killed 43 people after a pilot was executed.")[0] == ("43 people", 43, 43, "exact", "killed")
    assert _read("Nine soldiers were killed when the rebels shelled the base.")[0][4] == "killed"
