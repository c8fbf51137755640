"""Casualty figures whose reading the fifteenth session's survey of false positives over all
development sets showed wrong as a class. All sentences are invented for these tests."""

from conftest import casualty_figures as _figures


def _kinds(text: str) -> list[tuple[int | None, str, str]]:
    return [(f.low, f.victims, f.category) for f in _figures(text)]


def test_a_killed_count_restating_an_execution_takes_its_kind() -> None:
    text = (
        "Rebels kill 12 prisoners in northern town\n\n"
        "The rebels executed 12 prisoners on Monday, the monitor said."
    )
    assert _kinds(text) == [(12, "prisoners", "executed"), (12, "prisoners", "executed")]
    # people it does not name restate the executed group
    text = "Militants executed 30 shepherds near the village. In all 30 people were killed, the group said."
    assert [k for _, _, k in _kinds(text)] == ["executed", "executed"]


def test_a_killed_count_of_another_group_or_of_one_stays_killed() -> None:
    # another group of the same size
    text = "The gunmen executed nine farmers on Sunday. Nine soldiers were killed in clashes elsewhere."
    assert _kinds(text) == [(9, "farmers", "executed"), (9, "soldiers", "killed")]
    # a single death repeats by chance
    text = "The group beheaded a man on Friday. A woman was killed by a sniper in the same town."
    assert [k for _, _, k in _kinds(text)] == ["executed", "killed"]
    # a hedged count is another statement
    text = "The militia executed 20 detainees. At least 20 people were killed in the fighting."
    assert [k for _, _, k in _kinds(text)] == ["executed", "killed"]


def _read(text: str) -> list[tuple[str, int | None, str]]:
    return [(f.text, f.low, f.category) for f in _figures(text)]


def test_the_next_item_of_a_breakdown_list_keeps_the_kind_of_the_whole() -> None:
    got = _read("Officials said five people were killed among them a boy and two men and six others were injured.")
    assert got == [("five people", 5, "killed"), ("a boy", 1, "killed"), ("two men", 2, "killed"),
                   ("six others", 6, "injured")]
    # an item with a participle of its own says its own kind
    got = _read("Eight villagers were killed among them a girl, and three farmers were wounded later.")
    assert got[-1] == ("three farmers", 3, "injured")
