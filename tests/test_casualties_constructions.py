"""Casualty figures in constructions of general English that the tree or the word patterns
missed (seventh held-out set's error classes). All sentences are invented for these tests."""

from conftest import casualty_figures as _figures


def _read(text: str) -> list[tuple[str, int | None, int | None, str]]:
    return [(f.text, f.low, f.high, f.category) for f in _figures(text)]


def test_a_noun_compound_counts_one_person_named_by_its_head() -> None:
    [fact] = _figures("Rockets hit the quarter killing a girl child on Monday.")
    assert (fact.text, fact.victims, fact.low, fact.category) == ("a girl child", "girl child", 1, "killed")
    got = _read("Shells killed a man woman and child near the bakery.")
    assert got == [("a man", 1, 1, "killed"), ("woman", 1, 1, "killed"), ("child", 1, 1, "killed")]


def test_a_toll_brought_to_an_amount_names_its_people_after_it() -> None:
    text = (
        "Friday's shelling took to 64 the number of farmers killed around the lake district"
        " since the truce collapsed the rights group said."
    )
    assert _read(text) == [("64", 64, 64, "killed")]
    assert _read("The shelling brought to 40 the number of rebel fighters wounded in the offensive.") == [
        ("40", 40, 40, "injured")
    ]
    assert _read("The raids took to 40 the number of schools destroyed in the province this month.") == []


def test_a_number_put_at_an_amount_is_a_toll() -> None:
    got = _read("A rival tally put the number at 45 in addition to three shepherds killed during the fighting.")
    assert got == [("45", 45, 45, "killed"), ("three shepherds", 3, 3, "killed")]
    got = _read("Another group put the number of buildings destroyed at 45 and said three were killed.")
    assert got == [("three", 3, 3, "killed")]


def test_counted_people_listed_without_commas_share_the_predicate() -> None:
    got = _read("The dead included four teachers two nurses and seven police officers the governor said.")
    assert got == [
        ("four teachers", 4, 4, "killed"), ("two nurses", 2, 2, "killed"), ("seven police officers", 7, 7, "killed")
    ]
    assert _read("Page 1195 Over 100 militants were killed.") == [("Over 100 militants", 101, None, "killed")]


def test_a_participle_after_a_second_amount_is_that_amounts() -> None:
    assert _read("A mayor said 900 villagers including 31 wounded had reached the river camp by dawn.") == [
        ("31", 31, 31, "injured")
    ]
    assert _read("Some 300 people including 12 injured reached the town.") == [("12", 12, 12, "injured")]
    assert _read("Twenty people including 3 children died.") == [
        ("Twenty people", 20, 20, "killed"), ("3 children", 3, 3, "killed")
    ]


def test_a_part_said_to_be_in_another_state_is_no_subtotal() -> None:
    got = _read("Police said 19 people died in the crash and that 5 of them have not been named so far.")
    assert got == [("19 people", 19, 19, "killed")]
    assert _read("The raid killed 30 people and 12 of them were children.") == [
        ("30 people", 30, 30, "killed"), ("12", 12, 12, "killed")
    ]
    assert _read("Shelling wounded 30 people, 12 of them were transferred to hospital.") == [
        ("30 people", 30, 30, "injured"), ("12", 12, 12, "injured")
    ]


def test_staffers_and_crewmembers_are_people() -> None:
    got = _read("Shells hit a clinic killing at least nine people including children and two clinic staffers.")
    assert got == [("at least nine people", 9, None, "killed"), ("two clinic staffers", 2, 2, "killed")]
    assert _read("The rescue service lost four crewmembers who were killed in the shelling.") == [
        ("four crewmembers", 4, 4, "killed")
    ]
