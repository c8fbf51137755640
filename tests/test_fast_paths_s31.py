"""Shortcuts of the thirty-first session that only save time: each must answer what the slow
path answers. The sentences are our own."""

from __future__ import annotations

import re

import pytest

from rashomon.extract.casualty_predicates import _PHRASE_AFTER, phrase_category
from rashomon.extract.timex import detect as grammar
from rashomon.extract.timex.gate import scan


@pytest.mark.parametrize(
    "text",
    [
        "The market reopened on Monday, 3 March 2014, after two weeks.",
        "Shelling went on all night and into the morning.",
        "Nothing in this line tells a time.",
        "Sales fell 4.5 percent in the third quarter of 2019.",
    ],
)
def test_open_rules_are_the_rules_whose_gates_open(text: str) -> None:
    present, _ = scan(text, 0, len(text))
    expected = [name for name in grammar._COMPILED
                if all(group & present for group in grammar._GATES[name])]
    assert [name for name, _, _ in grammar._open_rules(present)] == expected
    assert grammar._open_rules(set(present)) is grammar._open_rules(present)  # memoised


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Officials said 14 farmers were shot dead at the checkpoint.", "killed"),
        ("Doctors said 9 children were being treated for burns.", "injured"),
        ("The agency said 300 families have sought refuge in the hills.", "displaced"),
        ("The council said 12 houses in the valley were empty.", ""),
        ("Witnesses said 5 men were stoned to death in the square.", "executed"),
        ("Medics said 20 bodies were brought to the hospital overnight.", ""),
        ("Medics said 20 villagers were brought to the hospital overnight.", "injured"),
    ],
)
def test_one_alternation_names_the_first_predicate_that_follows(text: str, category: str) -> None:
    end = text.index(" ", text.index(next(w for w in text.split() if w.isdigit())) + 1)
    end = text.index(" ", end + 1)  # after the counted noun
    assert phrase_category(text, end) == category
    in_turn = next((name for pattern, name in _PHRASE_AFTER if re.compile(pattern, re.I).match(text, end)), "")
    assert phrase_category(text, end) == in_turn
