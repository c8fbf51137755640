"""Kinds told around a figure (casualty_kinds.py): an execution the next sentence tells of the
same people, and parts "among the dead" of an execution told before."""

from __future__ import annotations

from conftest import casualty_figures


def kinds(text: str) -> dict[str, str]:
    return {fact.text: fact.category for fact in casualty_figures(text)}


def test_next_sentence_execution_of_the_same_people() -> None:
    text = "Gunmen killed 12 farmers near the village on Monday. They slit the throats of the farmers at dawn."
    assert kinds(text)["12 farmers"] == "executed"


def test_next_sentence_naming_the_victims_back() -> None:
    text = "Militants shot three shepherds dead in the valley. The three victims were later crucified in the square."
    assert kinds(text)["three shepherds"] == "executed"


def test_next_sentence_executing_other_people_keeps_killed() -> None:
    text = "A car bomb killed nine people in the market. Elsewhere militants executed 20 prisoners."
    assert kinds(text)["nine people"] == "killed"


def test_next_sentence_with_a_bare_count_keeps_killed() -> None:
    text = "Gunmen killed 14 villagers on Friday. The group accused them of spying and executed the 14."
    assert kinds(text)["14 villagers"] == "killed"


def test_executive_is_no_execution_word() -> None:
    text = "Air strikes killed 22 children in the town. The agency's executive director called the children victims."
    assert kinds(text)["22 children"] == "killed"


def test_parts_among_the_dead_of_an_execution() -> None:
    text = (
        "Soldiers executed 30 villagers in a raid on Tuesday. "
        "Four women and six fighters from the village were among the dead."
    )
    found = kinds(text)
    assert (found["Four women"], found["six fighters"]) == ("executed", "executed")


def test_parts_among_the_dead_of_a_killing() -> None:
    text = "Shelling killed 30 villagers on Tuesday. Four women were among the dead."
    assert kinds(text)["Four women"] == "killed"
