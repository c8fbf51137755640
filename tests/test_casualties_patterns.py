"""Casualty figures read from the words around an amount (casualty_patterns.py) and the place
of a figure (casualty_places.py): lists, sub-counts, predicates the parser misses. All
sentences are invented for these tests."""

from conftest import casualty_figures as _figures


def _read(text: str) -> list[tuple[str, int | None, int | None, str]]:
    return [(f.text, f.low, f.high, f.category) for f in _figures(text)]


def test_list_items_share_the_verb_of_the_first_item() -> None:
    got = _read("Mortar fire hit the market killing six civilians and five militiamen the monitor said.")
    assert got == [("six civilians", 6, 6, "killed"), ("five militiamen", 5, 5, "killed")]
    got = _read("The agency said 22 pupils had been killed along with six teachers in the raid.")
    assert got == [("22 pupils", 22, 22, "killed"), ("six teachers", 6, 6, "killed")]


def test_a_list_item_with_a_verb_or_a_thing_of_its_own_is_not_the_first_items() -> None:
    assert _read("Gunmen killed 10 villagers and 5 were arrested later.") == [("10 villagers", 10, 10, "killed")]
    assert _read("The raid killed 4 soldiers and 2 tanks were hit.") == [("4 soldiers", 4, 4, "killed")]


def test_elliptical_list_of_places_under_one_verb() -> None:
    got = _read("Medics said 40 bodies were counted in Northville 25 in Southtown and 12 in Eastport.")
    assert [(text, category) for text, _, _, category in got] == [
        ("40 bodies", "bodies_found"), ("25", "bodies_found"), ("12", "bodies_found"),
    ]


def test_singular_counts_listed_without_commas() -> None:
    got = _read("A man woman and child died in the blast.")
    assert got == [("A man", 1, 1, "killed"), ("woman", 1, 1, "killed"), ("child", 1, 1, "killed")]
    got = _read("The bomb killed a teacher a driver and two guards the police said.")
    assert got == [("a teacher", 1, 1, "killed"), ("a driver", 1, 1, "killed"), ("two guards", 2, 2, "killed")]


def test_a_breakdown_keeps_the_category_of_the_figure_it_breaks_down() -> None:
    got = _read("Shelling killed 14 people including three children fleeing across the river.")
    assert got == [("14 people", 14, 14, "killed"), ("three children", 3, 3, "killed")]


def test_predicate_right_after_the_figure() -> None:
    got = _read("Two people were killed and six others got injured when the shell landed.")
    assert got == [("Two people", 2, 2, "killed"), ("six others", 6, 6, "injured")]
    assert _read("As well as the dead at least 160 people were injured it said.")[-1][3] == "injured"
    assert _read("The monitor counted eleven children among the dead.") == [("eleven children", 11, 11, "killed")]


def test_headline_verbs_run_together() -> None:
    assert _read("Rebel rockets kill 10 injure scores in northern town") == [
        ("10", 10, 10, "killed"), ("scores", 40, 99, "injured"),
    ]
    assert _read("Militants kidnapped 300 executed 20 people in the valley")[0][3] == "abducted"


def test_killing_captives_is_an_execution() -> None:
    assert _read("The militants massacred 30 soldiers taken hostage last month.")[0][3] == "executed"
    [fact] = _figures("The group said it had executed John Doe a British aid worker kidnapped in 2013.")
    assert (fact.text, fact.category) == ("a British aid worker", "executed")


def test_execution_word_of_another_clause_or_a_second_verb() -> None:
    assert _read("Gunmen killed and executed 20 villagers during the assault.")[0][3] == "killed"
    got = _read("At least 43 people were killed by shelling after a captured pilot was executed by rebels.")
    assert got[0] == ("At least 43 people", 43, None, "killed")


def test_groups_are_no_head_count() -> None:
    assert _read("The strike killed five entire families in the village.") == []


def test_toll_phrases_and_multi_word_predicates() -> None:
    assert _read("The monitor put the death toll at 120.") == [("120", 120, 120, "killed")]
    got = _read("Some 4000 people were killed while the ministry puts the figure at 5000.")
    assert got[-1] == ("5000", 5000, 5000, "killed")
    assert _read("Two women were stoned to death in the square.") == [("Two women", 2, 2, "executed")]
    assert _read("Nine people were taken to hospital for treatment.") == [("Nine people", 9, 9, "injured")]
    assert _read("The fate of 40 others remains unknown.") == [("40 others", 40, 40, "missing")]
    assert _read("More than 300 people have fallen victims of the siege.")[0][1:] == (301, None, "killed")
    got = _read("Four people died and many suffered breathing difficulties.")
    assert got == [("Four people", 4, 4, "killed")]


def test_a_figure_with_another_participle_of_its_own_is_none() -> None:
    got = _read("Twenty fighters were killed and another 15 surrounded in the valley.")
    assert got == [("Twenty fighters", 20, 20, "killed")]


def test_a_participle_that_describes_the_subject_of_a_casualty_verb_keeps_the_figure() -> None:
    # a reduced relative clause on the counted noun says who they were, not what else happened
    assert _read("Three children trapped under the rubble died on Monday.") == [
        ("Three children", 3, 3, "killed")
    ]
    assert _read("Two men accused of spying by the group were killed in the square.") == [
        ("Two men", 2, 2, "killed")
    ]
    assert _read("A farmer accused of smuggling was killed at the checkpoint.") == [("A farmer", 1, 1, "killed")]
    # with no casualty verb of its own, the participle is the figure's predicate
    got = _read("Nine workers were wounded and 8000 people trapped in the old town.")
    assert got == [("Nine workers", 9, 9, "injured")]


def test_nouns_the_parser_leaves_aside() -> None:
    [fact] = _figures("Twelve UNHCR volunteers were wounded in the attack.")
    assert (fact.text, fact.category) == ("Twelve UNHCR volunteers", "injured")
    [fact] = _figures("Total of 24 rebel fighters were killed near the town.")
    assert (fact.text, fact.category) == ("24 rebel fighters", "killed")
    [fact] = _figures("The war has so far killed hundreds of thousands.")
    assert (fact.low, fact.high, fact.category) == (200000, 999999, "killed")


def test_family_of_n() -> None:
    assert _read("Family of six die in gas attack") == [("six", 6, 6, "killed")]


def test_place_skips_countries_and_asides() -> None:
    [fact] = _figures("Clashes in Syria killed 30 militants (a group banned in Russia) in Douma on Friday.")
    assert fact.place.startswith("D") and "Russia" not in fact.place
    [fact] = _figures("Air strikes killed 20 people in Syria on Friday.")
    assert fact.place == ""


def test_an_item_listed_before_the_figure_shares_its_predicate() -> None:
    got = _read("Medics said four children and one man were killed in the earlier shelling.")
    assert got == [("four children", 4, 4, "killed"), ("one man", 1, 1, "killed")]
    got = _read("He saw a young girl a woman and two elderly men dead at the clinic.")
    assert [text for text, *_ in got] == ["a young girl", "a woman", "two elderly men"]
    assert {category for *_, category in got} == {"killed"}


def test_numbers_run_together_are_no_list() -> None:
    got = _read("Short link 4821 Over 100 fighters were killed in the clashes.")
    assert got == [("Over 100 fighters", 101, None, "killed")]


def test_a_compound_person_noun_is_one_person() -> None:
    assert _read("A girl child was injured in the attack.") == [("A girl child", 1, 1, "injured")]


def test_people_freed_or_rescued_are_no_figure_unless_a_category_follows() -> None:
    assert _read("Army units killed 30 gunmen and freed 19 villagers in the raid.") == [("30 gunmen", 30, 30, "killed")]
    got = _read("Troops found and saved 19 villagers abducted by the militants.")
    assert got == [("19 villagers", 19, 19, "abducted")]


def test_a_killing_as_punishment_is_an_execution() -> None:
    got = _read("Five villagers were killed by the militants in the square on charges of spying for the army.")
    assert got == [("Five villagers", 5, 5, "executed")]


def test_left_dead_along_with_and_made_up_the_dead() -> None:
    got = _read("Raids on a school left 35 people including 22 pupils dead.")
    assert got == [("35 people", 35, 35, "killed"), ("22 pupils", 22, 22, "killed")]
    got = _read("The blast left at least 100 people killed and over 400 wounded.")
    assert [category for *_, category in got] == ["killed", "injured"]
    got = _read("Four guards and 11 gunmen made up the rest of the dead the monitor said.")
    assert got == [("Four guards", 4, 4, "killed"), ("11 gunmen", 11, 11, "killed")]
    got = _read("At least 10 soldiers were killed in the blast and the battle along with eight gunmen.")
    assert got[-1] == ("eight gunmen", 8, 8, "killed")


def test_displacement_by_refugees_and_people_driven_from_their_homes() -> None:
    got = _read("The fighting has driven tens of thousands of villagers from their homes.")
    assert [(low, high, category) for _, low, high, category in got] == [(20000, 99999, "displaced")]
    assert _read("She hoped to join the 2 million refugees who have left the country.")[0][3] == "displaced"
    assert _read("The shelling killed 5 refugees in the camp.") == [("5 refugees", 5, 5, "killed")]
    assert _read("Jets struck a refugee camp and killed 6 civilians.") == [("6 civilians", 6, 6, "killed")]


def test_driven_from_their_homes_and_its_breakdown() -> None:
    got = _read("Thousands died and nine million have been driven from their homes including 2 million refugees.")
    assert [(low, category) for _, low, _, category in got] == [
        (2000, "killed"), (9000000, "displaced"), (2000000, "displaced"),
    ]


def test_list_items_with_a_predicate_of_their_own() -> None:
    got = _read("The bodies of 10 victims reached the clinic along with 41 people who sustained injuries.")
    assert got == [("10 victims", 10, 10, "bodies_found"), ("41 people", 41, 41, "injured")]
    assert _read("Tanks shelled the district killing four civilians two residents said.") == [
        ("four civilians", 4, 4, "killed"),
    ]


def test_combined_counts_of_dead_and_wounded_are_casualties() -> None:
    assert _read("The army killed and injured scores of gunmen.")[0][1:] == (40, 99, "casualties")
    assert _read("Mortar Attack Kills Injures over 70 Villagers")[0][3] == "casualties"
    assert _read("The car bomb left 30 people dead or injured.") == [("30 people", 30, 30, "casualties")]
    assert _read("The raid caused 45 casualties.") == [("45 casualties", 45, 45, "casualties")]
    assert _read("Shelling kills 30 injures 90") == [("30", 30, 30, "killed"), ("90", 90, 90, "injured")]


def test_human_shields_and_fighters_listed_with_a_thing() -> None:
    got = _read("The militants took some 500 villagers as they retreated to serve as human shields.")
    assert got == [("some 500 villagers", 500, 500, "abducted")]
    got = _read("A depot of the gunmen and up to 80 fighters were destroyed in the strike the ministry said.")
    assert got == [("up to 80 fighters", None, 80, "killed")]
    assert _read("Troops destroyed a depot and 12 trucks of the militants.") == []


def test_counts_hanging_on_another_noun_take_no_predicate_of_its() -> None:
    assert _read("A mother of two died when a drunk driver struck her.") == [("A mother", 1, 1, "killed")]
    assert _read("The newlywed and father to two boys died at once.") == []
    assert _read("Reports said two of the three victims died.") == [("two of the three victims", 2, 2, "killed")]
    got = _read("Pirates captured two fishing boats and 22 fishermen in the gulf.")
    assert got == [("22 fishermen", 22, 22, "abducted")]


def test_in_addition_to_adds_to_the_figure_across_a_relative_clause() -> None:
    got = _read("The raid killed three farmers some of whom were elderly in addition to one shepherd.")
    assert got == [("three farmers", 3, 3, "killed"), ("one shepherd", 1, 1, "killed")]
    got = _read("The blast killed ten soldiers who were guarding the checkpoint as well as two civilians.")
    assert got == [("ten soldiers", 10, 10, "killed"), ("two civilians", 2, 2, "killed")]
    got = _read("Shells hit the bakery wounding nine people who were queuing for bread in addition to a policeman.")
    assert got == [("nine people", 9, 9, "injured"), ("a policeman", 1, 1, "injured")]


def test_a_member_of_a_group_is_one_person() -> None:
    got = _read("The shell caused the injury of three visitors in addition to a member of the border guard.")
    assert got == [("three visitors", 3, 3, "injured"), ("a member", 1, 1, "injured")]
    assert _read("A member of the rebel brigade was killed in the clashes.") == [("A member", 1, 1, "killed")]
    got = _read("The car bomb wounded four civilians and an off-duty member of the traffic police.")
    assert got == [("four civilians", 4, 4, "injured"), ("an off-duty member", 1, 1, "injured")]
    assert _read("He had been a member of the town council for years.") == []


def test_one_of_a_group_as_the_object_of_a_killing_verb() -> None:
    got = _read("The ambush dealt a blow to the brigade killing one of its commanders near the river.")
    assert got == [("one of its commanders", 1, 1, "killed")]
    assert _read("Rebels shot dead one of their own commanders.") == [("one of their own commanders", 1, 1, "killed")]
    assert _read("The strike wounded one of the residents who fled.") == [("one of the residents", 1, 1, "injured")]


def test_a_total_distributed_over_places_one_by_one() -> None:
    got = _read("Three soldiers died on Sunday, one in Homs, a second in Hama and a third near Idlib.")
    assert got == [("Three soldiers", 3, 3, "killed"), ("one", 1, 1, "killed"), ("a second", 1, 1, "killed"),
                   ("a third", 1, 1, "killed")]
    got = _read("Two children were killed in the raid, one in the school and a second at home.")
    assert got == [("Two children", 2, 2, "killed"), ("one", 1, 1, "killed"), ("a second", 1, 1, "killed")]
    got = _read("Five fighters were wounded in the ambush one in the first vehicle and a second in the truck.")
    assert got == [("Five fighters", 5, 5, "injured"), ("one", 1, 1, "injured"), ("a second", 1, 1, "injured")]


def test_an_ordinal_that_distributes_nothing_is_no_count() -> None:
    assert _read("The rebels fired a second time at the checkpoint killing three soldiers.") == [
        ("three soldiers", 3, 3, "killed")
    ]
    assert _read("One was killed on Tuesday and one on Wednesday according to the report.") == [("One", 1, 1, "killed")]


def test_the_number_of_people_harmed_stated_before_its_figure() -> None:
    assert _read("It brought the total number of members of the border forces killed in the war to 18.") == [
        ("18", 18, 18, "killed")
    ]
    assert _read("The number of soldiers killed in the offensive rose to 40.") == [("40", 40, 40, "killed")]
    assert _read("This raises the number of civilians wounded since Friday to 112.") == [("112", 112, 112, "injured")]
    assert _read("The number of people living in the camp rose to 4000.") == []


def test_a_possessive_person_listed_after_a_singular_count_is_one_more() -> None:
    got = _read("Rocket fire claimed the lives of a man and his wife and injured four other people.")
    assert got == [("a man", 1, 1, "killed"), ("his wife", 1, 1, "killed"), ("four other people", 4, 4, "injured")]
    got = _read("Gunmen kidnapped a doctor and his driver on the highway.")
    assert got == [("a doctor", 1, 1, "abducted"), ("his driver", 1, 1, "abducted")]
    assert _read("A woman and her son were wounded by sniper fire.") == [
        ("A woman", 1, 1, "injured"), ("her son", 1, 1, "injured")
    ]
    assert _read("Her husband had been killed in 2013.") == []


def test_a_possessive_person_subject_of_a_second_harm_clause_is_one_more() -> None:
    assert _read("A farmer was killed and his brother was wounded near the well.") == [
        ("A farmer", 1, 1, "killed"), ("his brother", 1, 1, "injured")
    ]
    assert _read("A teacher was injured on Sunday and her daughter was also hurt.") == [
        ("A teacher", 1, 1, "injured"), ("her daughter", 1, 1, "injured")
    ]
    assert _read("A farmer was killed and his brother said the army fired first.") == [("A farmer", 1, 1, "killed")]


def test_verbs_of_killing_in_two_words_before_the_victims() -> None:
    assert _read("A sniper shot dead a young man near the bridge.") == [("a young man", 1, 1, "killed")]
    assert _read("The soldiers gunned down three protesters.") == [("three protesters", 3, 3, "killed")]
    assert _read("Militants beat to death an elderly shepherd.") == [("an elderly shepherd", 1, 1, "killed")]
    assert _read("A man was beaten to death by a mob.") == [("A man", 1, 1, "killed")]


def test_an_ordinal_object_of_a_casualty_verb_is_one_more_person() -> None:
    got = _read("A rocket hit a house killing three brothers and injuring a fourth a medic said.")
    assert got == [("three brothers", 3, 3, "killed"), ("a fourth", 1, 1, "injured")]
    got = _read("The gunmen abducted two engineers and killed a third.")
    assert got == [("two engineers", 2, 2, "abducted"), ("a third", 1, 1, "killed")]
    got = _read("The shelling killed two people and wounded a second wave of rescuers.")
    assert got == [("two people", 2, 2, "killed")]


def test_a_possessive_person_after_one_and_a_noun() -> None:
    got = _read("One mother and her child have died after a bomb hit their home.")
    assert got == [("One mother", 1, 1, "killed"), ("her child", 1, 1, "killed")]
    assert _read("One man and his son were wounded.") == [("One man", 1, 1, "injured"), ("his son", 1, 1, "injured")]


def test_a_relative_clause_describes_a_person_added_by_in_addition_to() -> None:
    got = _read("Two rebels were killed in addition to a civilian who was passing by.")
    assert got == [("Two rebels", 2, 2, "killed"), ("a civilian", 1, 1, "killed")]
    got = _read("The strike killed three fighters in addition to two children who lived nearby.")
    assert got == [("three fighters", 3, 3, "killed"), ("two children", 2, 2, "killed")]
    got = _read("The raid killed four guards as well as six workers who were loading a truck.")
    assert got == [("four guards", 4, 4, "killed"), ("six workers", 6, 6, "killed")]


def test_one_of_a_group_named_with_a_possessive() -> None:
    assert _read("The army said it had killed one of the group's leaders.") == [
        ("one of the group's leaders", 1, 1, "killed")
    ]
    assert _read("One of the brigade's commanders was killed.") == [("One of the brigade's commanders", 1, 1, "killed")]
    assert _read("He is one of the town's residents who fled.") == []


def test_an_injury_noun_with_of_names_the_figure_after_it() -> None:
    got = _read("The rockets caused the death of one farmer and injury of 11 others near the mill.")
    assert [(text, category) for text, _, _, category in got] == [("one farmer", "killed"), ("11 others", "injured")]
    assert _read("The blast led to the wounding of 14 workers.")[0][3] == "injured"


def test_a_method_of_execution_second_in_a_pair_of_verbs_names_an_execution() -> None:
    assert _read("Militants killed and crucified four villagers in the town.")[0][3] == "executed"
    assert _read("Militants killed and beheaded six shepherds near the dam.")[0][3] == "executed"
    assert _read("Group Kills Crucifies 5 Villagers in the Valley")[0][3] == "executed"
    assert _read("Gunmen killed and wounded 20 villagers during the assault.")[0][3] != "executed"
