"""Casualty figures in constructions of general English that the eleventh held-out set's errors
showed read wrongly. All sentences are invented for these tests."""

from conftest import casualty_figures as _figures

from rashomon.extract.casualty_subcounts import dies_as_whole
from rashomon.model import CasualtyFact


def _read(text: str) -> list[tuple[str, int | None, int | None, str, str]]:
    return [(f.text, f.low, f.high, f.qualifier, f.category) for f in _figures(text)]


def test_a_killing_told_by_an_execution_clause_of_the_same_moment_is_an_execution() -> None:
    got = _read("At least 30 villagers were killed last month when militia fighters executed four families.")
    assert got[0] == ("At least 30 villagers", 30, None, "at_least", "executed")
    assert _read("Guards killed 20 inmates as the wardens executed the ringleaders.")[0][4] == "executed"
    # a clause of another moment is another event
    assert _read("The army killed 43 people after a pilot was executed.")[0] == ("43 people", 43, 43, "exact", "killed")
    assert _read("Nine soldiers were killed when the rebels shelled the base.")[0][4] == "killed"


def _fact(text: str, words: str, category: str) -> CasualtyFact:
    start = text.index(words)
    return CasualtyFact("t", start, start + len(words), words, text, category=category)


def test_a_part_among_the_whole_right_after_it_dies_as_the_whole_did() -> None:
    # the parser loses the "among" phrase in long run-in leads: the part is read on its own
    text = "Ten boys were among at least 50 people killed as militiamen executed the families of spies"
    part, whole = _fact(text, "Ten boys", "killed"), _fact(text, "at least 50 people", "executed")
    assert dies_as_whole(text, 0, part, whole)
    other = "Ten boys were wounded and at least 50 people executed"
    wounded, executed = _fact(other, "Ten boys", "killed"), _fact(other, "at least 50 people", "executed")
    assert not dies_as_whole(other, 0, wounded, executed)
    plain = "Ten boys were among the 50 people killed"
    assert not dies_as_whole(plain, 0, _fact(plain, "Ten boys", "killed"), _fact(plain, "50 people", "killed"))


def test_people_among_the_victims_or_a_days_dead_were_killed() -> None:
    assert _read("The monitor said 14 women were among the victims of the raid on the market.") == [
        ("14 women", 14, 14, "exact", "killed")
    ]
    assert _read("The doctor added that an elderly man was also among Tuesday's dead.")[0][4] == "killed"
    assert _read("He said that two members of the rescue team were also among Fridays victims.") == [
        ("two members", 2, 2, "exact", "killed")
    ]


def test_a_person_the_news_came_from_is_no_victim() -> None:
    assert _read("The priest said he had received the information about the killings from a local teacher.") == []
    assert _read("The monk said he heard of the killings from two doctors at the clinic.") == []
    # "from" of origin or cause keeps the people counted
    assert _read("Shells fired from a nearby village killed a nurse.") == [("a nurse", 1, 1, "exact", "killed")]
    assert _read("He heard about the deaths of two children from a nearby village.")[0][:2] == ("two children", 2)


def test_one_with_a_describing_participle_picks_out_one_of_those_counted() -> None:
    got = _read("Four other gunmen one identified as a Jordanian were killed in a raid near the border.")
    assert [f[1] for f in got] == [4]
    # a participle of a fate keeps the one counted
    found = _read("Three soldiers were killed and one found dead near the base.")
    assert found[1][1:] == (1, 1, "exact", "bodies_found")
    assert _read("Two civilians were killed in the town and one wounded.")[1][1:] == (1, 1, "exact", "injured")
