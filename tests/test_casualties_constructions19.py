"""Casualty figures a survey of unlabelled news (session 19) showed wrong as a class: general
English constructions that state no harm done. All sentences are invented for these tests."""

from conftest import casualty_figures as _figures
from conftest import figure_counts as _kinds


def _read(text: str) -> list[tuple[str, int | None, str]]:
    return [(f.text, f.low, f.category) for f in _figures(text)]


def test_an_age_after_a_name_is_not_a_count() -> None:
    assert _read("Marta Quill, 41, was shot dead outside her shop on Monday.") == []
    assert _read("The bodies of Ivo Brandt, 63, and Lena Brandt, 58, were found in the house.") == []
    assert _read("Officer Dale Yost, 37, was wounded in the exchange, police said.") == []


def test_a_count_beside_an_age_is_kept() -> None:
    got = _read("Tomas Reid, 29, and four other men were killed when the bridge collapsed.")
    assert [(low, kind) for _, low, kind in got] == [(4, "killed")]
    got = _read("Gunmen killed 12 people in the market on Sunday, the governor said.")
    assert [(low, kind) for _, low, kind in got] == [(12, "killed")]


def test_no_one_hyphenated_counts_nobody() -> None:
    assert _kinds("A blaze gutted the depot overnight. No-one was injured, the fire service said.") == []
    assert _kinds("Crews fought the fire for hours and no-one has been hurt.") == []
    # a count of one next to it stays
    assert _kinds("No-one died in the crash but one driver was injured.") == [(1, "injured")]


def test_an_attempted_or_threatened_killing_is_no_figure() -> None:
    assert _kinds("Prosecutors say he tried to kill another man a week earlier.") == []
    assert _kinds("She is accused of attempting to murder four neighbours.") == []
    assert _kinds("He was serving a term for the attempted murder of a guard.") == []
    assert _kinds("The witness said the suspect threatened to kill a clerk.") == []
    assert _kinds("Detectives believe he intended to kill one more neighbour.") == []
    assert _kinds("The boss was charged with conspiring to kill two rivals.") == []


def test_an_attempt_beside_a_harm_done_keeps_the_harm() -> None:
    assert _kinds("The gunman killed two people and then tried to escape.") == [(2, "killed")]
    assert _kinds("Rebels attempted to seize the town and killed five civilians.") == [(5, "killed")]
    assert _kinds("Guards shot dead three inmates who tried to flee.") == [(3, "killed")]


def test_a_number_between_commas_after_a_name_is_an_age() -> None:
    assert _kinds("Mark Doe, 52, was shot dead outside his shop on Monday.") == []
    assert _kinds("The bodies of Ann Roe, 70, and Kim Roe, 41, were found on Sunday.") == []
    assert _kinds("Climber Sam McDoe, 29, died after a fall on the ridge.") == []
    # counts by place and plain counts after a place stay
    assert _kinds("Shelling killed 12 people in Homs, 5 in Hama and 3 in Idlib.") == [
        (12, "killed"), (5, "killed"), (3, "killed")]
    assert _kinds("In Homs, 12 people were killed by shelling.") == [(12, "killed")]


def test_a_bare_number_of_games_lost_counts_no_dead() -> None:
    """A streak, a share of a run of games or a score after "lose" counts defeats."""
    assert _read("The Hawks have lost three straight since the break.") == []
    assert _read("Riverton, which has lost four in a row, hosts the Owls on Friday.") == []
    assert _read("The visitors have lost seven of 9 on the road.") == []
    assert _read("Millers lose 24-17 to the Foxes in overtime.") == []
    # the dead of a side still count: no record follows the number
    assert _read("The militia has lost at least 40 in the fighting for the bridge.")[0][1:] == (40, "killed")


def test_a_wound_dealt_fatally_is_a_death() -> None:
    assert _read("A guard fatally shot two teenagers near the gate.") == [("two teenagers", 2, "killed")]
    assert _read("Two shoppers were fatally shot at the market on Sunday.")[-1][1:] == (2, "killed")
