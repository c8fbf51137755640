"""Attack kinds (casualty_attack_kinds.py): a figure of an unnamed attack takes the attacker the
article named before in an attack of the same kind, when it named one only."""

from __future__ import annotations

import pytest
from conftest import casualty_figures

from rashomon.extract.casualty_attack_kinds import attack_kind, attack_kinds, names_own_class_before


def perpetrators(text: str) -> list[str]:
    return [fact.perpetrator for fact in casualty_figures(text)]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Twelve died in air strikes and rocket fire.", {"air", "ground"}),
        ("A car bomb went off near the gate.", {"blast"}),
        ("Helicopters dropped barrel bombs on the town.", {"air"}),
        ("The strikes by the regime went on.", set()),
        ("Five people died in a fire.", set()),
    ],
)
def test_attack_kinds_of_a_sentence(words: str, expected: set[str]) -> None:
    assert attack_kinds(words, 0, len(words)) == expected


def test_attack_kind_of_an_attackers_words() -> None:
    assert attack_kind("Russian fighter jets") == "air"
    assert attack_kind("regime forces shelled") == "ground"
    assert attack_kind("rebels stormed") == ""


def test_an_unnamed_attack_of_the_same_kind_takes_the_attacker_named_before() -> None:
    text = (
        "Russian jets bombed the town of Saraqib in Syria on Monday. "
        "At least 16 people were killed in air strikes on its market, a monitor said."
    )
    assert perpetrators(text) == ["russia-forces"]


def test_joint_attackers_give_the_first_named() -> None:
    text = (
        "Russian and regime air strikes pounded Idlib in Syria on Monday. "
        "Twelve civilians were killed in raids on a market, a monitor said."
    )
    assert perpetrators(text) == ["russia-forces"]


def test_an_attack_of_another_kind_is_no_clue() -> None:
    text = "Rebel rocket fire hit Aleppo in Syria on Sunday. Nine people were killed in air strikes on Idlib."
    assert perpetrators(text) == [""]


def test_two_attackers_of_the_kind_leave_it_open() -> None:
    text = (
        "Russian jets bombed Idlib in Syria on Sunday. Regime helicopters hit Hama the same day. "
        "Nine people were killed in air strikes on Saraqib, a monitor said."
    )
    assert perpetrators(text) == [""]


def test_attackers_named_by_class_leave_it_open() -> None:
    text = (
        "Terrorists fired rockets on Aleppo in Syria on Monday. Rebel rocket fire also hit Hama. "
        "Two children were killed in mortar shelling on a school, police said."
    )
    assert perpetrators(text) == [""]


def test_a_class_only_attacker_decides_for_every_later_figure() -> None:
    """names_own_class_before reads the first class word once: figures after it see it,
    figures before it do not."""
    text = "Jets struck the market. Terrorists fired shells at the school. Two died in strikes."
    word_end = text.index("Terrorists") + len("Terrorists")
    assert not names_own_class_before(text, text.index("Terrorists"))
    assert names_own_class_before(text, word_end)
    assert names_own_class_before(text, len(text))
    assert not names_own_class_before("Jets struck the market. Two died in strikes.", 40)
