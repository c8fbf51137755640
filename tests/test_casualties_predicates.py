"""Casualty wordings added in the fourth accuracy session: multi-word predicates (starved to
death, gone missing, breathing difficulties, cases of asphyxiation, "N shot dead", "and
executed them"), "neutralized", "among the deceased", "those killed included N", lives
claimed before another verb, a hedging preposition the parser hangs elsewhere, breakdowns
after a place phrase, corpses, and what is no figure (one person fleeing, an adjective of
the victims). All sentences are invented for these tests."""

from conftest import casualty_figures as _figures


def _read(text: str) -> list[tuple[str, int | None, int | None, str]]:
    return [(f.text, f.low, f.high, f.category) for f in _figures(text)]


def test_multi_word_predicates() -> None:
    assert _read("Dozens of villagers have starved to death since the siege began.") == [
        ("Dozens of villagers", 24, 99, "killed")
    ]
    assert _read("The group executed 90 men in the town while 40 more have gone missing.") == [
        ("90 men", 90, 90, "executed"), ("40", 40, 40, "missing")
    ]
    got = _read("Officials said three people died and seven others experienced breathing difficulties.")
    assert got == [("three people", 3, 3, "killed"), ("seven others", 7, 7, "injured")]
    assert _read("Medics counted over 20 cases of suffocation after the shelling.") == [
        ("over 20 cases", 21, None, "injured")
    ]


def test_treated_and_brought_to_hospital_are_hurt() -> None:
    got = _read("A surgeon said he treated 12 of 40 cases brought to his hospital after the raid.")
    assert got == [("12", 12, 12, "injured"), ("40 cases", 40, 40, "injured")]


def test_neutralized_and_a_hedge_parsed_as_a_preposition() -> None:
    got = _read("After a day of fighting for the hill over 30 militants were neutralized, the army said.")
    assert got == [("over 30 militants", 31, None, "killed")]


def test_among_the_deceased_and_those_killed_included() -> None:
    assert _read("Four teachers were among the deceased.") == [("Four teachers", 4, 4, "killed")]
    assert _read("Medics said those killed included nine members of one family.") == [
        ("nine members", 9, 9, "killed")
    ]
    assert _read("The new plan included 40 teachers for the schools.") == []


def test_lives_claimed_before_another_verb() -> None:
    got = _read("The raids have claimed hundreds of lives wounded many others and flattened homes.")
    assert got == [("hundreds of lives", 200, 999, "killed")]


def test_a_breakdown_after_a_place_phrase() -> None:
    got = _read("The shelling killed at least 30 people in a rebel-held town in Hama province including 8 children.")
    assert got == [("at least 30 people", 30, None, "killed"), ("8 children", 8, 8, "killed")]
    got = _read("The shelling killed 30 people in Hama and destroyed buildings including 8 schools.")
    assert got == [("30 people", 30, 30, "killed")]


def test_a_breakdown_after_a_bare_result_and_a_vague_part() -> None:
    got = _read("The strike left 60 villagers dead including 20 children.")
    assert got == [("60 villagers", 60, 60, "killed"), ("20 children", 20, 20, "killed")]
    got = _read("The raid killed 70 people in the old market including dozens of children.")
    assert got == [("70 people", 70, 70, "killed"), ("dozens of children", 24, 99, "killed")]
    got = _read("The shelling left 45 residents wounded near the bakery including scores of women.")
    assert got == [("45 residents", 45, 45, "injured"), ("scores of women", 40, 99, "injured")]
    # a vague part that counts no people is no figure
    got = _read("The raid killed 70 people in the old market including dozens of shops.")
    assert got == [("70 people", 70, 70, "killed")]


def test_a_modal_may_after_a_number_is_no_month() -> None:
    got = _read("The war killed 200000 people and some estimates suggest 350000 may have died.")
    assert got == [("200000 people", 200000, 200000, "killed"), ("350000", 350000, 350000, "killed")]


def test_corpses_are_bodies_found_even_of_the_executed() -> None:
    got = _read("Villagers found a grave holding 60 corpses of farmers who were executed by the militants.")
    assert got == [("60 corpses", 60, 60, "bodies_found")]


def test_rounded_up_and_executed_them() -> None:
    got = _read("The militants rounded up dozens of herders and executed them in the square.")
    assert got == [("dozens of herders", 24, 99, "executed")]


def test_one_person_fleeing_is_no_figure_and_an_adjective_is_no_event() -> None:
    assert _read("A local teacher who fled to Jordan last year said the market was hit and five people died.") == [
        ("five people", 5, 5, "killed")
    ]
    got = _read("The strike claimed the lives of two farmers and a family of five displaced people.")
    assert [c for _, _, _, c in got] == ["killed", "killed"]


def test_an_execution_broken_down_by_method() -> None:
    got = _read("Monitors said 12 villagers were executed on Monday, 10 shot dead and two beheaded.")
    assert got == [("12 villagers", 12, 12, "executed"), ("10", 10, 10, "executed"), ("two", 2, 2, "executed")]


def test_a_count_of_victims_broken_down_as_follows() -> None:
    got = _read("The number of victims this month has reached 120 individuals as follows: 20 gunmen 100 civilians.")
    assert got == [
        ("120 individuals", 120, 120, "killed"), ("20 gunmen", 20, 20, "killed"), ("100 civilians", 100, 100, "killed")
    ]


def test_hospitalized_and_a_toll_named_after_its_number() -> None:
    assert _read("Doctors said over 15 residents have been hospitalized since the attack.") == [
        ("over 15 residents", 16, None, "injured")
    ]
    assert _read("The new raids brought to 52 the number killed in the district since Friday.") == [
        ("52", 52, 52, "killed")
    ]


def test_a_toll_reached_before_a_trailing_speaker() -> None:
    assert _read("The death toll reached 120 overnight rescue sources told reporters.") == [("120", 120, 120, "killed")]
    got = _read("The crash brought the toll for foreign pilots killed in the long war to 9.")
    assert got == [("9", 9, 9, "killed")]


def test_affected_by_gas_after_a_breakdown_aside() -> None:
    got = _read("Rescuers said 40 people mostly women and children were affected by the gas in the village.")
    assert got == [("40 people", 40, 40, "injured")]


def test_singular_breakdowns_after_including() -> None:
    got = _read("Air raids killed at least 14 medics on Monday including a senior official, local sources said.")
    assert got == [("at least 14 medics", 14, None, "killed"), ("a senior official", 1, 1, "killed")]
    got = _read("The raid was repelled and 12 gunmen were killed including one of their leaders, the army said.")
    assert got == [("12 gunmen", 12, 12, "killed"), ("one of their leaders", 1, 1, "killed")]
    got = _read("Monitors said six civilians were killed by the shelling including a 7-year-old boy.")
    assert got == [("six civilians", 6, 6, "killed"), ("a 7-year-old boy", 1, 1, "killed")]
    assert _read("We mourn the deaths of so many people including one of our friends.") == []
    assert _read("An official said 5 people died.") == [("5 people", 5, 5, "killed")]


def test_the_victims_included_and_people_being_treated() -> None:
    assert _read("The victims included 12 civilians who had fled from the old city.") == [
        ("12 civilians", 12, 12, "killed")
    ]
    assert _read("Footage showed at least four men being treated for burns at a clinic.") == [
        ("at least four men", 4, None, "injured")
    ]


def test_flight_through_an_evacuation_corridor_is_no_displacement() -> None:
    assert _figures("Official media reported dozens of civilians had fled via these corridors.") == []
    assert _figures("About 200 families left through the humanitarian corridor on Sunday.") == []
    assert _figures("State television said 40 residents escaped using the safe passages opened by the army.") == []
    found = _figures("More than 5000 people have fled to the border since Friday.")
    assert [(f.text, f.category) for f in found] == [("More than 5000 people", "displaced")]


def test_a_verb_of_violence_with_a_result_phrase_after_its_object_kills() -> None:
    # a resultative: the state the object was left in says what the verb did
    assert _read("Gunmen beat two men to death in the market.") == [("two men", 2, 2, "killed")]
    assert _read("Militiamen hacked four villagers to death on Sunday.") == [("four villagers", 4, 4, "killed")]
    assert _read("Guards shot three farmers dead near the dam.") == [("three farmers", 3, 3, "killed")]
    assert _read("The militants stoned a woman to death in the square.") == [("a woman", 1, 1, "executed")]
    # without the result phrase: a hurt, or no figure; a sentence to death is no killing
    assert _read("A sniper shot a boy in the leg.") == [("a boy", 1, 1, "injured")]
    assert _read("The attacker stabbed two guards at the gate.") == [("two guards", 2, 2, "injured")]
    assert _read("The court sentenced two men to death.") == []
