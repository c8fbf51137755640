"""Casualty figures in constructions of general English that the tenth held-out set's errors
showed read wrongly. All sentences are invented for these tests."""

from conftest import casualty_figures as _figures


def _read(text: str) -> list[tuple[str, int | None, int | None, str, str]]:
    return [(f.text, f.low, f.high, f.qualifier, f.category) for f in _figures(text)]


def test_the_counted_subject_of_a_harm_verb_with_people_as_object_did_the_harm() -> None:
    assert _read("On Monday three gunmen killed at least two guards near the gate.") == [
        ("at least two guards", 2, None, "at_least", "killed")
    ]
    # the parser makes the participle that follows the attackers the subject of the verb
    assert _read("Two bombers driving vans have killed 30 soldiers in the town.") == [
        ("30 soldiers", 30, 30, "exact", "killed")
    ]


def test_counted_people_with_a_fate_of_their_own_are_victims() -> None:
    assert _read("Two gunmen were killed and four guards wounded.")[0] == ("Two gunmen", 2, 2, "exact", "killed")
    # a headline without commas: the second amount is no object of the first verb
    assert [f[1:] for f in _read("12 people killed 30 wounded in blast")] == [
        (12, 12, "exact", "killed"), (30, 30, "exact", "injured")
    ]
    got = _read("The blast left at least 100 people killed and over 400 wounded, the ministry said.")
    assert got[0] == ("at least 100 people", 100, None, "at_least", "killed")
    assert _read("Later six more people lost their lives in the camp.")[0][4] == "killed"


def test_a_participle_taking_a_spelled_out_amount_says_nothing_of_the_figure_before() -> None:
    # commas lost: "injured" is the verb of the next figure, not the fate of the pupils
    assert _read("A shell has killed two pupils injured eight others and hit the school.") == [
        ("two pupils", 2, 2, "exact", "killed"), ("eight others", 8, 8, "exact", "injured")
    ]
    # an amount with a verb of its own opens a new clause: the participle is the figure's
    assert _read("Of the 25 injured four were in a serious state.")[0][1:] == (25, 25, "exact", "injured")


def test_shoot_dead_in_the_present_kills() -> None:
    assert _read("Police shoot dead four gunmen near the border.") == [("four gunmen", 4, 4, "exact", "killed")]
    assert _read("A sniper shoots dead two farmers.")[0][4] == "killed"


def test_a_breakdown_set_off_by_dashes_takes_the_category_of_its_figure() -> None:
    got = _read("Clashes shook the town, leaving 23 civilians - including nine children - dead according to medics.")
    assert got == [("23 civilians", 23, 23, "exact", "killed"), ("nine children", 9, 9, "exact", "killed")]
    assert _read("Shells hit 14 buildings - including two schools - in the town.") == []


def test_people_whose_kin_were_harmed_are_no_figure() -> None:
    assert _read("Troops executed the families of four rebels.") == []
    assert _read("The wives of two officers were killed in the raid.") == []
    # "a family of N" gives the size of the family: its members are the victims
    assert _read("Gunmen killed a family of five people.") == [("five people", 5, 5, "exact", "killed")]


def test_people_registered_as_displaced_or_refugees_are_displaced() -> None:
    assert _read("Nearly 500 families had reached the town and registered as displaced.") == [
        ("Nearly 500 families", None, 500, "up_to", "displaced")
    ]
    assert _read("Some 3000 people were registered as refugees in the camp.")[0][4] == "displaced"
    assert _read("About 200 families had arrived in the city, officials said.") == []


def test_a_breakdown_after_of_whom_or_of_which_is_a_subcount() -> None:
    got = _read("The hospitals received more than 70 dead bodies of which at least 16 were children.")
    assert got[1] == ("at least 16", 16, None, "at_least", "bodies_found")
    assert _read("Shelling killed 40 people, of whom 12 were children.")[1][1:] == (12, 12, "exact", "killed")
    # a part with another fate of its own is no part of the figure
    assert len(_read("Gunmen abducted 40 people, of whom 12 were released.")) == 1
