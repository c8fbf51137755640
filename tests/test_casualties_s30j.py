"""False figures and wrong kinds in general news outside the Syrian war reports (session 30j):
court reports, shootings by a named or described person, ages, tokenised numbers, drownings.
Why: outside FA-KES the extractor read a charge's wording, the shooter, a person's age, a
team's shooting share and a mother's children as casualty figures. All sentences invented."""

from __future__ import annotations

from conftest import casualty_figures as _figures
from conftest import figure_counts as _read


def _texts(text: str) -> list[str]:
    return [f.text for f in _figures(text)]


# ----------------------------------------------------------------------------- not figures


def test_charge_named_by_its_legal_wording_is_no_figure() -> None:
    text = "The farmer was charged with first-degree murder of a game warden and two counts of arson."
    assert _read(text) == []
    text = "Jurors found true the special circumstance of murder of a deputy during his duties."
    assert _read(text) == []


def test_the_murder_of_a_person_is_still_a_figure() -> None:
    text = "He admitted the murder of a shopkeeper in the village last spring."
    assert (1, "killed") in _read(text)


def test_shooter_who_shot_and_killed_is_no_victim() -> None:
    text = "A retired clerk who lost his pension shot and killed a neighbour on Sunday."
    assert _texts(text) == ["a neighbour"]
    text = "Two off-duty guards shot and killed a teenager outside the depot."
    assert _texts(text) == ["a teenager"]


def test_killer_of_a_named_person_or_of_an_attacker_is_no_victim() -> None:
    assert _read("The town mourned after a gunman killed Mayor Tom Ellery in his office.") == []
    assert _read("Witnesses said a passing soldier killed the attacker.") == []


def test_a_child_killed_on_a_weekday_is_still_a_figure() -> None:
    assert _read("A child killed Monday in the shelling was buried.") == [(1, "killed")]


def test_fired_upon_is_no_figure() -> None:
    assert _read("He recalled the nights when two nurses at the clinic were shot at.") == []
    assert (3, "injured") in _read("Three soldiers were shot at a checkpoint.")


def test_murders_only_plotted_are_no_figure() -> None:
    assert _read("He was charged with conspiracy to commit six murders and with fraud.") == []


def test_a_police_shooting_counts_no_one() -> None:
    assert _read("Crowds gathered after a fatal police shooting in the harbour district.") == []


def test_one_as_a_pronoun_is_no_figure() -> None:
    assert _read("The elders said the two clans must stop killing one another.") == []
    assert _read("The knife was smaller than the one that killed the farmer.") == []


def test_children_of_a_parent_are_no_figure() -> None:
    assert _read("Lorry crash leaves Leeds father of 3 dead") == []


def test_child_of_a_parent_named_with_a_is_a_figure() -> None:
    text = "The father of a nine-year-old boy killed by a stray bullet spoke to reporters."
    assert (1, "killed") in _read(text)


def test_ages_told_together_are_no_figure() -> None:
    text = "Sgt. Ann Lowe and Officer Bill Marsh, both 44, died in the blaze."
    assert [low for low, _ in _read(text)] != [44]
    text = "Jo Paxton, 52, a father of four, was shot dead in 2010."
    assert 52 not in [low for low, _ in _read(text)]
    text = "Firemen recovered the bodies of two men -- 71 and 39-years-old -- from the barn."
    assert 71 not in [low for low, _ in _read(text)]


def test_tokenised_shooting_share_is_no_figure() -> None:
    assert _read("The Hawks shot 47. 5 percent from the floor.") == []
    assert _read("He scored 12 points while shooting 55. 1 percent.") == []


# ----------------------------------------------------------------------------- amounts


def test_thousands_written_with_a_space_after_the_comma() -> None:
    figures = _figures("The flood killed 210 people and injured more than 2, 300, officials said.")
    assert [(f.text, f.low, f.category) for f in figures] == [
        ("210 people", 210, "killed"), ("more than 2, 300", 2301, "injured"),
    ]


def test_a_list_of_two_numbers_stays_two() -> None:
    assert _read("The storm injured 30, 12 of them children.") == [(30, "injured"), (12, "injured")]


# ----------------------------------------------------------------------------- kinds


def test_fatally_injuring_is_killed() -> None:
    text = "A drunk driver who fled after striking and fatally injuring a cyclist was arrested."
    assert _read(text) == [(1, "killed")]


def test_people_fleeing_who_drowned_were_killed() -> None:
    text = "Her brother and six other migrants fleeing the island drowned when the raft capsized."
    assert (6, "killed") in _read(text)
    assert _read("Four women and nine children fleeing the shelling reached the border.") == [
        (4, "displaced"), (9, "displaced"),
    ]


def test_a_finding_of_someone_else_is_no_bodies_found() -> None:
    text = "The fisherman was rescued and found clinging to a buoy after his wife and five others drowned."
    assert (5, "killed") in _read(text)
    assert _read("Divers found five bodies in the lake.") == [(5, "bodies_found")]
