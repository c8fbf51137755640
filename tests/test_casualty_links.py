"""Victim classes the counted noun leaves open, read from the words around it (victim_context.py)."""

from __future__ import annotations

import pytest
from conftest import casualty_figures


def classes(text: str) -> list[tuple[str, str]]:
    return [(fact.victims, fact.victim_class) for fact in casualty_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four civilians were killed and 12 others were wounded in the shelling.", "civilian"),
        ("The army said it killed 30 militants and injured 20 others near the border.", "combatant"),
        ("Nine soldiers died and six others were hurt when their convoy was hit.", "security"),
        ("The blast killed two and wounded 14 others on Sunday.", "civilian"),
    ],
)
def test_others_restate_the_earlier_victims(text: str, expected: str) -> None:
    others = [c for victims, c in classes(text) if victims == "others"]
    assert others == [expected]


def test_members_take_the_class_of_their_group() -> None:
    found = dict(classes("An air strike killed 18 members of the Syrian Democratic Forces near Raqqa."))
    assert found["members"] == "combatant"
    found = dict(classes("At least 40 members of government forces were killed in the fighting."))
    assert found["members"] == "security"


def test_regime_fighters_are_security_but_pro_regime_fighters_are_combatants() -> None:
    assert classes("Eleven regime fighters were killed in the attack.")[0][1] == "security"
    assert classes("Two pro-regime fighters were killed in the attack.")[0][1] == "combatant"


def _read(text: str) -> list[tuple[str, int | None, int | None, str]]:
    return [(f.text, f.low, f.high, f.category) for f in casualty_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Air raids killed at least 47 people on Tuesday and wounded more than 90 a medical source said.",
         [("at least 47 people", 47, None, "killed"), ("more than 90", 91, None, "injured")]),
        ("The shelling killed 12 the army said in a statement.", [("12", 12, 12, "killed")]),
        ("Gunmen wounded over 30 the ministry reported.", [("over 30", 31, None, "injured")]),
    ],
)
def test_a_determiner_after_the_amount_opens_another_noun_phrase(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The victims were largely civilians it said and included at least 17 children.",
         [("at least 17 children", 17, None, "killed")]),
        ("The dead were mostly women and included 12 children.", [("12 children", 12, 12, "killed")]),
        ("Those wounded were taken to hospitals and include seven rescue workers.",
         [("seven rescue workers", 7, 7, "injured")]),
    ],
)
def test_a_conjoined_include_takes_the_subject_of_its_clause(text: str, expected: list) -> None:
    assert _read(text) == expected


def test_a_conjoined_include_under_no_casualty_subject_counts_nothing() -> None:
    assert _read("The soldiers were stationed in the north and included 40 conscripts.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The battle against the army claimed several persons during the clashes.",
         [("several persons", 2, 9, "killed")]),
        ("The explosion claimed 12 people in the market.", [("12 people", 12, 12, "killed")]),
        ("The fighting has claimed dozens of civilians since Monday.", [("dozens of civilians", 24, 99, "killed")]),
        ("The bombing claimed over 20 soldiers.", [("over 20 soldiers", 21, None, "killed")]),
    ],
)
def test_a_claim_whose_object_is_people_took_their_lives(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The group claimed 40 fighters had joined its ranks.",
        "The group claimed 200 new members.",
        "The rebels claimed two towns.",
    ],
)
def test_a_claim_that_reports_or_takes_no_people_counts_nothing(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescuers carried away the dead as well as three men with minor bruises.", []),
        ("Volunteers bandaged the wounded and two boys sitting by the road.", []),
        ("The strike killed the wounded and four nurses.", [("four nurses", 4, 4, "killed")]),
        ("The shelling killed the driver and two passengers.", [("two passengers", 2, 2, "killed")]),
    ],
)
def test_people_listed_with_an_uncounted_casualty_group_share_only_a_casualty_verb(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said it killed 12 of the Free Border Army near the town.",
         [("12 of the Free Border Army", 12, 12, "killed")]),
        ("Three of Hezbollah were killed in the ambush.", [("Three of Hezbollah", 3, 3, "killed")]),
        ("The raid wounded four of Jaish al-Fatah near the hills.", [("four of Jaish al-Fatah", 4, 4, "injured")]),
    ],
)
def test_an_amount_of_a_named_group_counts_its_members(text: str, expected: list) -> None:
    assert _read(text) == expected


def test_people_of_a_named_group_take_its_class() -> None:
    found = dict(classes("The assault killed five of Al-Nusra and allied militants near the base."))
    assert found == {"Al-Nusra": "combatant"}
    found = dict(classes("The army said it killed 12 of the Free Syrian Army near the town."))
    assert found == {"Free Syrian Army": "combatant"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shelled the market claiming the lives of four farmers injuring nine others.",
         [("four farmers", 4, 4, "killed"), ("nine others", 9, 9, "injured")]),
        ("Rockets hit the camp claiming the lives of a baker and a driver wounding 6 others.",
         [("a baker", 1, 1, "killed"), ("a driver", 1, 1, "killed"), ("6 others", 6, 6, "injured")]),
        ("The town sheltered thousands of villagers fleeing the fighting in the hills.",
         [("thousands of villagers", 2000, 9999, "displaced")]),
    ],
)
def test_a_participle_with_its_own_object_says_what_was_done_to_that_object(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most of the dead were farmers but they also included several guards.",
         [("several guards", 2, 9, "killed")]),
        ("Most of the dead were farmers but also included several guards who had been watching the gate.",
         [("several guards", 2, 9, "killed")]),
        ("Most of the wounded were farmers but they also included two guards.", [("two guards", 2, 2, "injured")]),
        ("The officials said they included 20 children in the census.", []),
    ],
)
def test_include_after_a_part_of_a_casualty_group_or_a_pronoun_for_it(text: str, expected: list) -> None:
    assert _read(text) == expected
