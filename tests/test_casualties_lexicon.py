"""Casualty wordings of general English added in the sixth accuracy session: person nouns
of fighting roles, state forces and civilian life that no development article used, verbs
and nouns that say what happened to people, and who is told a toll (not counted in it).
All sentences are invented for these tests."""

from conftest import casualty_figures as _figures


def _read(text: str) -> list[tuple[str, int | None, int | None, str, str]]:
    return [(f.text, f.low, f.high, f.category, f.victim_class) for f in _figures(text)]


def test_fighting_roles_and_state_forces_are_counted() -> None:
    assert _read("The blast killed 6 snipers and 4 guerrillas near the bridge.") == [
        ("6 snipers", 6, 6, "killed", "combatant"), ("4 guerrillas", 4, 4, "killed", "combatant")
    ]
    assert _read("Clashes killed 15 paratroopers and 10 separatists overnight.") == [
        ("15 paratroopers", 15, 15, "killed", "security"), ("10 separatists", 10, 10, "killed", "combatant")
    ]
    assert _read("A roadside bomb wounded nine sailors on the coast road.") == [
        ("nine sailors", 9, 9, "injured", "security")
    ]


def test_civilian_occupations_and_kin_are_counted() -> None:
    assert _read("The attack killed 4 pharmacists and 2 surgeons at the clinic.") == [
        ("4 pharmacists", 4, 4, "killed", "civilian"), ("2 surgeons", 2, 2, "killed", "civilian")
    ]
    assert _read("The shelling killed 6 parents and 9 grandchildren in the village.") == [
        ("6 parents", 6, 6, "killed", "civilian"), ("9 grandchildren", 9, 9, "killed", "civilian")
    ]
    assert _read("The airstrike wounded 13 spectators at the match.") == [
        ("13 spectators", 13, 13, "injured", "civilian")
    ]
    assert _read("A car bomb killed a nun near the church.") == [("a nun", 1, 1, "killed", "civilian")]


def test_who_is_told_a_toll_is_not_counted_in_it() -> None:
    assert _read("Eight people were killed. The death toll was confirmed to an agency correspondent.") == [
        ("Eight people", 8, 8, "killed", "civilian")
    ]
    assert _read("The toll was reported to a local doctor on Monday.") == []


def test_ways_of_killing() -> None:
    assert _read("The army said it had liquidated 45 terrorists near the town.") == [
        ("45 terrorists", 45, 45, "killed", "combatant")
    ]
    assert _read("Gunmen assassinated three judges in the capital on Monday.") == [
        ("three judges", 3, 3, "killed", "civilian")
    ]
    assert _read("Twelve migrants drowned when their boat capsized off the coast.") == [
        ("Twelve migrants", 12, 12, "killed", "civilian")
    ]
    assert _read("Six people were gunned down at the checkpoint.") == [("Six people", 6, 6, "killed", "civilian")]
    assert _read("The assassination of two judges was condemned.") == [("two judges", 2, 2, "killed", "civilian")]


def test_ways_of_executing_taking_and_driving_out() -> None:
    assert _read("The militants hanged five men in the main square.") == [("five men", 5, 5, "executed", "civilian")]
    assert _read("Militants stoned two women in the town square.") == [("two women", 2, 2, "executed", "civilian")]
    assert _read("The group enslaved 300 women during its advance.") == [
        ("300 women", 300, 300, "abducted", "civilian")
    ]
    assert _read("Twenty villagers disappeared after the raid, relatives said.") == [
        ("Twenty villagers", 20, 20, "missing", "civilian")
    ]
    assert _read("The offensive uprooted 50,000 residents from the valley.") == [
        ("50,000 residents", 50000, 50000, "displaced", "civilian")
    ]


def test_the_same_verbs_on_things_are_no_figures() -> None:
    assert _read("Protesters stoned 3 police cars and hanged banners on 20 buildings.") == []


def test_a_casualty_participle_coordinated_with_a_passive_verb() -> None:
    assert _read("Four protesters were shot and killed by police.") == [
        ("Four protesters", 4, 4, "killed", "civilian")
    ]
    assert _read("Eleven soldiers were ambushed and wounded near the border.") == [
        ("Eleven soldiers", 11, 11, "injured", "security")
    ]
    # the second verb has a subject of its own: it says nothing of the first group
    assert _read("Ten men were detained and two others killed in the raid.") == [
        ("two others", 2, 2, "killed", "civilian")
    ]


def test_multi_word_predicates_of_general_english() -> None:
    assert _read("Nine soldiers succumbed to their injuries in hospital.") == [
        ("Nine soldiers", 9, 9, "killed", "security")
    ]
    assert _read("Seven villagers were burned alive in their homes.") == [
        ("Seven villagers", 7, 7, "killed", "civilian")
    ]
    assert _read("The strikes wiped out 20 militants.") == [("20 militants", 20, 20, "killed", "combatant")]
    assert _read("Fourteen civilians were pronounced dead at the scene.") == [
        ("Fourteen civilians", 14, 14, "killed", "civilian")
    ]
    assert _read("Five people remain unaccounted for.") == [("Five people", 5, 5, "missing", "civilian")]
    assert _read("Thirty people were rendered homeless by the shelling.") == [
        ("Thirty people", 30, 30, "displaced", "civilian")
    ]


def test_shot_and_no_more_is_hurt() -> None:
    assert _read("A 10-year-old boy shot in the old town was taken to hospital.") == [
        ("A 10-year-old boy", 1, 1, "injured", "civilian")
    ]
    assert _read("Snipers shot two children in the old city.") == [("two children", 2, 2, "injured", "civilian")]
    assert _read("Four protesters were shot and killed by police.") == [
        ("Four protesters", 4, 4, "killed", "civilian")
    ]
    assert _read("Two men were shot dead at the checkpoint.") == [("Two men", 2, 2, "killed", "civilian")]
    assert _read("A rebel fighter shoots his rifle during a battle near the town.") == []


def test_nationals_named_by_a_plural_demonym_are_people() -> None:
    assert _read("Twelve Afghans were killed in the blast.") == [("Twelve Afghans", 12, 12, "killed", "")]
    assert _read("Two Jordanians were abducted near the border.") == [("Two Jordanians", 2, 2, "abducted", "")]
    assert _read("Five Lebanese were wounded by shelling.") == [("Five Lebanese", 5, 5, "injured", "")]
    assert _read("Four Turks died in the crash.") == [("Four Turks", 4, 4, "killed", "")]
    assert _read("The attack killed two Saudis.") == [("two Saudis", 2, 2, "killed", "")]


def test_the_wounding_of_people() -> None:
    assert _read("The wounding of 30 protesters sparked anger.") == [
        ("30 protesters", 30, 30, "injured", "civilian")
    ]


def test_killing_people_named_as_captives_is_an_execution() -> None:
    assert _read("The kidnappers killed two hostages.") == [("two hostages", 2, 2, "executed", "")]
    assert _read("Three of the captives were killed.") == [("Three of the captives", 3, 3, "executed", "")]
    assert _read("Militants Behead 3 Hostages In Desert") == [("3 Hostages", 3, 3, "executed", "")]
    assert _read("The gunmen took 30 hostages.") == [("30 hostages", 30, 30, "abducted", "")]


def test_people_among_a_counted_group_of_victims() -> None:
    assert _read("Two Children Among 14 Dead In Strike") == [
        ("Two Children", 2, 2, "killed", "civilian"), ("14 Dead", 14, 14, "killed", "")
    ]
    assert _read("Two soldiers among at least 30 wounded in blast.")[0] == ("Two soldiers", 2, 2, "injured", "security")


def test_capture_by_a_state_is_detention_by_an_armed_group_abduction() -> None:
    assert _read("At least 50 rebels were captured by the army.") == []
    assert _read("Government forces captured 20 militants near the town.") == []
    assert _read("Islamic State fighters captured 30 soldiers at the base.") == [
        ("30 soldiers", 30, 30, "abducted", "security")
    ]


def test_a_rate_of_patients_is_no_figure() -> None:
    assert _read("The hospital treats 200 patients a day.") == []
    assert _read("Medics treated 16 people after the attack.") == [("16 people", 16, 16, "injured", "civilian")]


def test_harm_done_to_people_named_after_it() -> None:
    assert _read("The shelling inflicted harm on an additional 90 villagers.") == [
        ("90 villagers", 90, 90, "injured", "civilian")
    ]
    assert _read("The blast caused serious injuries to 12 people.") == [("12 people", 12, 12, "injured", "civilian")]
    assert _read("The strikes caused damage to 40 homes.") == []


def test_an_age_set_off_after_a_person_is_no_figure() -> None:
    assert _read("A boy, 12, was killed in the shelling.") == [("A boy", 1, 1, "killed", "civilian")]
    assert _read("The raid killed a teacher (34) and two pupils.") == [
        ("a teacher", 1, 1, "killed", "civilian"), ("two pupils", 2, 2, "killed", "civilian")
    ]
    assert [f[1] for f in _read("The toll rose to 42, including 7 children.")] == [42, 7]


def test_a_grandson_listed_after_a_singular_count() -> None:
    assert _read("A grandmother and her grandson were killed.") == [
        ("A grandmother", 1, 1, "killed", "civilian"), ("her grandson", 1, 1, "killed", "civilian")
    ]


def test_refuge_homelessness_burns_and_poisoning() -> None:
    assert _read("Some 5000 people have sought refuge in Turkey.") == [
        ("Some 5000 people", 5000, 5000, "displaced", "civilian")
    ]
    assert _read("About 2000 families were made homeless by the shelling.") == [
        ("About 2000 families", 2000, 2000, "displaced", "civilian")
    ]
    assert _read("The bombing left 15 people with serious injuries.") == [
        ("15 people", 15, 15, "injured", "civilian")
    ]
    assert _read("Eleven people suffered burns in the fire.") == [("Eleven people", 11, 11, "injured", "civilian")]
    assert _read("More than 70 people were poisoned by the gas.") == [
        ("More than 70 people", 71, None, "injured", "civilian")
    ]


def test_people_taken_prisoner_or_held_captive() -> None:
    assert _read("Ten soldiers were taken prisoner by the militants.") == [
        ("Ten soldiers", 10, 10, "abducted", "security")
    ]
    assert _read("The militants are holding 25 people captive.") == [("25 people", 25, 25, "abducted", "civilian")]


def test_martyrdom_and_fighters_counted_by_a_vague_amount() -> None:
    assert _read("The attack caused the martyrdom of 4 civilians.") == [("4 civilians", 4, 4, "killed", "civilian")]
    assert _read("Army units eliminated scores of terrorists in the countryside.") == [
        ("scores of terrorists", 40, 99, "killed", "combatant")
    ]
    assert _read("Army units destroyed dozens of vehicles.") == []


def test_a_casualty_noun_keeps_its_fate_whatever_verb_follows() -> None:
    assert _read("Five martyrs fell in the shelling.") == [("Five martyrs", 5, 5, "killed", "")]
    assert _read("Some 8000 people trapped in the town.") == []


def test_a_possessive_person_listed_after_a_count_of_people() -> None:
    assert _read("Three brothers and their father were killed.") == [
        ("Three brothers", 3, 3, "killed", "civilian"), ("their father", 1, 1, "killed", "civilian")
    ]
    assert _read("The army killed 12 militants and their commander.") == [
        ("12 militants", 12, 12, "killed", "combatant"), ("their commander", 1, 1, "killed", "combatant")
    ]
    assert _read("The children and their mother were evacuated.") == []


def test_people_a_casualty_group_is_said_to_be() -> None:
    assert _read("The dead were five soldiers, three policemen and two civilians.") == [
        ("five soldiers", 5, 5, "killed", "security"), ("three policemen", 3, 3, "killed", "security"),
        ("two civilians", 2, 2, "killed", "civilian"),
    ]
    assert _read("The attackers were five gunmen.") == []


def test_captivity_and_human_shields_after_the_people() -> None:
    assert _read("Some 40 civilians remain in captivity.") == [("Some 40 civilians", 40, 40, "abducted", "civilian")]
    assert _read("Dozens of residents were taken as human shields.") == [
        ("Dozens of residents", 24, 99, "abducted", "civilian")
    ]


def test_an_acronym_after_of_is_no_place_of_the_figure() -> None:
    facts = _figures("A total of 70 fighters who were nationals of CIS states were killed near Palmyra.")
    assert [(f.low, f.place) for f in facts] == [(70, "Palmyra")]


def test_a_loose_spelling_abroad_is_no_place_when_the_article_names_no_country() -> None:
    text = ("Two people were killed in Aleppo city on Monday. Shells landed in Manyan market "
            "in the city killing two people.")
    assert [f.place for f in _figures(text)] == ["Aleppo", ""]  # not "Mianyang", a city in China


def test_a_capitalised_headline_word_abroad_is_no_place() -> None:
    text = "Explosion Kills Four in Hometown of Syrian Leader\n\nFour people were killed in Qardaha in Syria."
    assert [f.place for f in _figures(text)][0] == ""


def test_people_named_by_whom_they_accompany_are_counted_without_a_class() -> None:
    assert _read("Four of his comrades were killed near the bridge.") == [
        ("Four of his comrades", 4, 4, "killed", "")
    ]
    assert _read("The ambush wounded two aides and three escorts of the governor.") == [
        ("two aides", 2, 2, "injured", ""), ("three escorts", 3, 3, "injured", "")
    ]
    assert _read("The raid killed a rebel commander and seven of his entourage.") == [
        ("a rebel commander", 1, 1, "killed", "combatant"), ("seven of his entourage", 7, 7, "killed", "")
    ]


def test_service_and_manual_trades_are_counted() -> None:
    assert _read("The blast wounded two cleaners and a gardener at the school.") == [
        ("two cleaners", 2, 2, "injured", "civilian"), ("a gardener", 1, 1, "injured", "civilian")
    ]
    assert _read("A shell fell near the depot leaving a dustman injured.") == [
        ("a dustman", 1, 1, "injured", "civilian")
    ]
