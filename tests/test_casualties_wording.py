"""Casualty figures in wordings the first rules did not cover: toll predicates with "as high
as", "from A to well over B" ranges, report and adverb gaps before the participle, treatment
and gas predicates, nominal "the death of N", possessive "one of its soldiers", "lost N",
ages before the person noun, bracketed insertions, place-kind lists, and a bare "one" that
describes a member of a group. All sentences are invented for these tests."""

from conftest import casualty_figures as _figures


def _read(text: str) -> list[tuple[str, int | None, int | None, str]]:
    return [(f.text, f.low, f.high, f.category) for f in _figures(text)]


def test_a_toll_that_may_be_as_high_as_a_number() -> None:
    assert _read("Aid groups fear the death toll could be as high as 5000.") == [
        ("as high as 5000", None, 5000, "killed")
    ]
    assert _read("A think tank put the death toll from the long war at as high as 9000.") == [
        ("as high as 9000", None, 9000, "killed")
    ]


def test_estimates_that_vary_over_a_range() -> None:
    got = _read("Estimates of the death toll in the three weeks of fighting in Homs vary from 3000 to more than 8000.")
    assert got == [("from 3000 to more than 8000", 3000, 8000, "killed")]
    assert _read("Opponents said the gas attack killed from 300 to well over 900 people.") == [
        ("from 300 to well over 900 people", 300, 900, "killed")
    ]


def test_an_adverb_or_a_report_verb_before_the_participle() -> None:
    got = _read("Two medics were killed and a driver badly wounded when the shell hit the van.")
    assert got == [("Two medics", 2, 2, "killed"), ("a driver", 1, 1, "injured")]
    got = _read("Doctors said 300 patients have been reported as wounded and 20 have died this month.")
    assert got == [("300 patients", 300, 300, "injured"), ("20", 20, 20, "killed")]


def test_unaccounted_for_is_missing() -> None:
    assert _read("The blast killed six and dozens were unaccounted for.") == [
        ("six", 6, 6, "killed"), ("dozens", 24, 99, "missing")
    ]


def test_treatment_and_gas_predicates_are_injuries() -> None:
    got = _read("The raid killed nine people and dozens more have received treatment for burns.")
    assert got == [("nine people", 9, 9, "killed"), ("dozens", 24, 99, "injured")]
    assert _read("A boy affected by what medics say is chlorine gas is treated at a clinic.") == [
        ("A boy", 1, 1, "injured")
    ]
    got = _read("The attack killed 12 and left hundreds suffering symptoms such as vomiting.")
    assert got == [("12", 12, 12, "killed"), ("hundreds", 200, 999, "injured")]


def test_a_casualty_noun_with_of_before_the_figure() -> None:
    assert _read("The monitor reported the death of five crewmen in the crash.") == [
        ("five crewmen", 5, 5, "killed")
    ]
    assert _read("Video showed the corpses of dozens of dead fighters in the square.") == [
        ("dozens of dead fighters", 24, 99, "bodies_found")
    ]


def test_one_of_a_group_is_a_count_but_one_picked_out_of_a_figure_is_not() -> None:
    assert _read("The army said one of its soldiers had been killed in a blast.") == [
        ("one of its soldiers", 1, 1, "killed")
    ]
    assert _read("One of the wounded died later.") == []
    assert _read("He is one of the residents who fled.") == []


def test_a_side_that_lost_fighters_lost_them_dead() -> None:
    got = _read("IS has lost 400 fighters in the battle and the SDF has lost at least 80.")
    assert got == [("400 fighters", 400, 400, "killed"), ("at least 80", 80, None, "killed")]
    assert _read("The army lost 30 tanks in the battle.") == []


def test_an_age_before_the_person_noun() -> None:
    assert _read("The shelling killed a two-day-old baby in the hospital.") == [
        ("a two-day-old baby", 1, 1, "killed")
    ]
    assert _read("The raid killed two people including a 10-year-old child.") == [
        ("two people", 2, 2, "killed"), ("a 10-year-old child", 1, 1, "killed")
    ]


def test_a_bracketed_insertion_inside_the_counted_words() -> None:
    assert _read("Strikes killed at least 20 Red Crescent [SARC] volunteers on Monday.") == [
        ("at least 20 Red Crescent [SARC] volunteers", 20, None, "killed")
    ]


def test_a_list_of_places_introduced_by_their_kind() -> None:
    got = _read("The strikes killed 30 civilians including 9 in the neighborhood Alsalam 8 in Bustan and 2 in Midan.")
    assert [(text, category) for text, _, _, category in got] == [
        ("30 civilians", "killed"), ("9", "killed"), ("8", "killed"), ("2", "killed")
    ]


def test_a_bare_one_describing_a_member_of_a_group_is_no_figure() -> None:
    got = _read("A photo showed the bodies of 16 children and three adults one wearing a uniform.")
    assert got == [("16 children", 16, 16, "bodies_found"), ("three adults", 3, 3, "bodies_found")]
    assert _read("The strike killed one and wounded two.") == [("one", 1, 1, "killed"), ("two", 2, 2, "injured")]


def test_a_speaker_object_does_not_make_the_subject_an_attacker() -> None:
    got = _read(
        "Three medics were killed and a nurse critically wounded when a strike hit the clinic late "
        "Tuesday the aid group that runs it said."
    )
    assert got == [("Three medics", 3, 3, "killed"), ("a nurse", 1, 1, "injured")]


def test_people_counted_inside_a_group_share_its_verb() -> None:
    got = _read("A group of over 60 foreign mercenaries from several countries were killed in an airstrike.")
    assert got == [("over 60 foreign mercenaries", 61, None, "killed")]
    assert _read("A group of 60 fighters attacked the town and killed 3 soldiers.") == [
        ("3 soldiers", 3, 3, "killed")
    ]


def test_a_definite_bare_number_refers_back() -> None:
    assert _read("Militants seized 14 villagers and later executed the 14.") == []
    assert _read("The 40 wounded were taken to hospital.") == [("40", 40, 40, "injured")]


def test_natives_of_a_region_are_people() -> None:
    got = _read("Strikes killed 40 militants including 7 natives of the region.")
    assert got == [("40 militants", 40, 40, "killed"), ("7 natives", 7, 7, "killed")]


def test_people_listed_with_with() -> None:
    got = _read("A strike killed a woman with four of her children and an old man on Sunday.")
    assert got == [
        ("a woman", 1, 1, "killed"), ("four of her children", 4, 4, "killed"), ("an old man", 1, 1, "killed")
    ]
    assert _read("Gunmen killed 3 soldiers with 2 rockets.") == [("3 soldiers", 3, 3, "killed")]


def test_professions_count_people() -> None:
    assert _read("Gunmen killed a judge outside the court.") == [("a judge", 1, 1, "killed")]
    assert _read("Two firefighters were injured.") == [("Two firefighters", 2, 2, "injured")]


def test_since_before_a_vague_amount_is_no_year() -> None:
    got = _read("It was the worst attack since thousands of villagers were gassed by the army in 1988.")
    assert got == [("thousands of villagers", 2000, 9999, "killed")]


def test_a_breakdown_among_them_names_its_people_and_their_list() -> None:
    got = _read("The monitor gave a toll of 36 dead among them 12 children and three nurses.")
    assert got == [("36", 36, 36, "killed"), ("12 children", 12, 12, "killed"), ("three nurses", 3, 3, "killed")]


def test_people_a_hospital_received_are_hurt_but_bodies_are_bodies() -> None:
    assert _read("A doctor said his hospital in the province received three victims all with narrow pupils.") == [
        ("three victims", 3, 3, "injured")
    ]
    assert _read("A doctor said several victims came to the hospital with symptoms of suffocation.") == [
        ("several victims", 2, 9, "injured")
    ]
    assert _read("The hospital received 12 bodies.") == [("12 bodies", 12, 12, "bodies_found")]
    assert _read("Twelve bodies were taken to the hospital.") == [("Twelve bodies", 12, 12, "bodies_found")]


def test_a_second_estimate_in_an_aside_shares_the_figures_category() -> None:
    got = _read("Rebels accused the army of gassing hundreds of people - by one count as many as 900 - on Monday.")
    assert got == [("hundreds of people", 200, 999, "killed"), ("as many as 900", None, 900, "killed")]


def test_people_estimated_to_have_died() -> None:
    assert _read("Officials said more than 1400 are estimated to have died in the attack.") == [
        ("more than 1400", 1401, None, "killed")
    ]
    assert _read("Twelve people are thought to be trapped.") == []


def test_a_whose_clause_tells_of_another_person() -> None:
    assert _read("A woman whose husband was killed weeps beside the ruins.") == []
    assert _read("Neighbours comforted a boy whose father was wounded in the raid.") == []
    assert _read("A boy who was wounded in the raid died later.") == [("A boy", 1, 1, "killed")]


def test_a_death_count_or_body_count_is_a_toll() -> None:
    assert _read("Medics fear the death count could be over 60.") == [("over 60", 61, None, "killed")]
    assert _read("By evening the body count had reached 45.") == [("45", 45, 45, "killed")]
    assert _read("The count of 50 ballots was final.") == []


def test_people_along_with_whom_someone_was_killed() -> None:
    assert _read("The mayor was killed along with three other people near the market.") == [
        ("three other people", 3, 3, "killed")
    ]
    got = _read("The colonel died together with five of his bodyguards.")
    assert got == [("five of his bodyguards", 5, 5, "killed")]
    assert _read("The envoy arrived along with 20 aides.") == []


def test_a_compound_of_a_group_and_member_counts_one() -> None:
    assert _read("The blast killed a staff member and four patients.") == [
        ("a staff member", 1, 1, "killed"), ("four patients", 4, 4, "killed")
    ]
    assert _read("A family member said 5 people were killed.") == [("5 people", 5, 5, "killed")]
