"""Attack mentions (casualty_attackers.py) and the perpetrators figures take from them."""

from __future__ import annotations

import pytest
from conftest import casualty_figures

from rashomon.extract.casualty_attackers import attack_mentions


def attackers(text: str) -> list[tuple[str, str, bool]]:
    return [(text[m.start : m.end], m.actor, m.alternative) for m in attack_mentions(text)]


def perpetrators(text: str) -> list[str]:
    return [fact.perpetrator for fact in casualty_figures(text)]


def test_attacker_word_before_an_attack_noun() -> None:
    found = attackers("Homes in Aleppo were hit by regime barrel bombs and rebel rocket fire overnight.")
    assert [(words, actor) for words, actor, _ in found] == [("regime", "syria-government"), ("rebel", "syria-rebels")]


def test_attacker_word_alone_or_before_a_victim_force_is_no_attacker() -> None:
    assert attackers("The Russian envoy met officials while 30 regime soldiers were killed near Aleppo.") == []


def test_force_that_attacks_by_verb_by_agent_or_clash() -> None:
    text = (
        "Rebels attacked a checkpoint in Idlib. The town was stormed by the rebel coalition. "
        "Ten fighters died in clashes with regime troops. The area is held by regime forces."
    )
    assert [actor for _, actor, _ in attackers(text)] == ["syria-rebels", "syria-rebels", "syria-government"]


def test_alternatives_are_marked() -> None:
    found = attackers("The raid on Idlib was carried out by either regime or Russian warplanes.")
    assert found and all(alternative for _, _, alternative in found)


def test_generic_words_follow_the_story_country() -> None:
    assert [a for _, a, _ in attackers("Government shelling hit the market in Mosul in Iraq.")] == ["iraq-forces"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 15 people were killed on Monday in government air strikes on Douma in Syria.", "syria-government"),
        ("Nine civilians died when Russian and Syrian regime jets struck a market in Idlib in Syria.", "russia-forces"),
        ("Rebels fired rockets at a school in Aleppo in Syria, killing four students.", "syria-rebels"),
        ("Thirty IS fighters were killed in clashes with Kurdish forces near Kobane in Syria.", "ypg"),
        ("Twelve people were killed in air strikes carried out by either regime or Russian warplanes in Syria.", ""),
        ("Thirty regime soldiers were killed near Aleppo in Syria.", ""),
    ],
)
def test_figure_perpetrator_from_the_sentence(text: str, expected: str) -> None:
    assert perpetrators(text)[0] == expected


def test_accused_and_responsible_name_the_attacker() -> None:
    text = "Rights groups accused Damascus of the gas attack in Douma. Syrian government forces were responsible."
    assert [actor for _, actor, _ in attackers(text)] == ["syria-government", "syria-government"]


def test_a_figure_of_an_attack_told_before_takes_its_attacker() -> None:
    text = (
        "Regime and Russian bombings hit the town of Douma in Syria on Monday. "
        "Eleven people were killed in the attack, a monitor said. "
        "Four children were among the dead."
    )
    assert perpetrators(text) == ["syria-government", "syria-government"]


def test_a_figure_with_no_attack_named_or_referred_to_takes_no_attacker() -> None:
    text = "Russian jets bombed a hospital in Idlib in Syria on Monday. Elsewhere five people died in a fire."
    assert perpetrators(text) == [""]


def test_places_are_no_attackers() -> None:
    text = "Strikes hit a market in a rebel-held Syrian town. ISIS kills 50 in central Syria attack."
    assert attackers(text) == [("ISIS", "islamic-state", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels attacked a checkpoint in Homs in Syria, killing six civilians.", "syria-rebels"),
        ("Kurdish-led forces killed 35 militants near Raqqa in Syria.", "sdf"),
        ("Military jets believed to be Russian killed at least 60 civilians in Idlib in Syria.", "russia-forces"),
        ("Five rebels were killed in clashes that erupted with government forces in Aleppo.", "syria-government"),
        ("Four children were killed in earlier regime shelling of Douma in Syria.", "syria-government"),
    ],
)
def test_doer_of_a_participle_clause_hedged_and_clash_attackers(text: str, expected: str) -> None:
    assert perpetrators(text)[0] == expected


def test_an_accuser_is_not_the_doer() -> None:
    text = "The opposition accused the army of gassing hundreds near Damascus in Syria."
    assert perpetrators(text) == ["syria-government"]


def test_a_disputed_attribution_names_no_one() -> None:
    text = "Russian air strikes killed 23 civilians in Idlib in Syria, but Moscow denied carrying out raids there."
    assert perpetrators(text) == [""]


def test_claimed_responsibility_and_aerospace_forces() -> None:
    text = "Daesh claimed responsibility for the bombing in Syria. Russian Aerospace Forces bombed a base near Raqqa."
    assert [actor for _, actor, _ in attackers(text)] == ["islamic-state", "russia-forces"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The monitor said 30 regime soldiers and 39 rebel fighters were killed near a town in Syria.",
            ["syria-rebels", "syria-government"],
        ),
        (
            "Twelve Islamic State militants and five Kurdish fighters died in Syria on Monday.",
            ["ypg", "islamic-state"],
        ),
        ("Ten civilians and four rebel fighters were killed in Syria on Monday.", ["", ""]),
    ],
)
def test_fighters_of_two_sides_counted_together_were_killed_by_the_other(text: str, expected: list[str]) -> None:
    assert perpetrators(text) == expected


def test_an_actor_after_on_or_against_is_the_target() -> None:
    found = attackers("Coalition air strikes on IS kill 10 civilians in Syria.")
    assert found == [("Coalition air strikes", "us-coalition", False)]
    assert attackers("An offensive against IS killed 40 people in Syria.") == []


def test_the_plural_aircrafts_is_a_weapon_noun() -> None:
    found = attackers("Coalition aircrafts targeted a bakery in Syria, killing four workers.")
    assert [(words, actor) for words, actor, _ in found] == [("Coalition", "us-coalition")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five Kurdish fighters were killed fighting Islamic State near a village in Syria.", ["islamic-state"]),
        (
            "Islamic State attacked positions of the SDF near Raqqa in Syria. Four SDF fighters died in the clashes.",
            ["islamic-state"],
        ),
        (
            "Hezbollah fighters moved into a town in Syria. Six Hezbollah members were killed there "
            "amid reports that rebels and Islamic State clashed nearby.",
            [""],
        ),
    ],
)
def test_fighters_killed_in_fighting_were_killed_by_the_side_they_fought(text: str, expected: list[str]) -> None:
    assert perpetrators(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Russian Defense Ministry said that 50 terrorists were killed near Palmyra in Syria.", ["russia-forces"]),
        ("The Russian Defense Ministry said that two Russian soldiers were killed near Palmyra in Syria.", [""]),
        ("The Russian Defense Ministry said that 12 civilians were killed near Palmyra in Syria.", [""]),
    ],
)
def test_a_state_forces_source_reporting_enemy_fighters_killed_reports_its_own_kills(
    text: str, expected: list[str]
) -> None:
    assert perpetrators(text) == expected
