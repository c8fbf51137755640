"""A person described in a photo caption ("an injured boy waits at a clinic") is no toll, while
a singular victim whose own verb tells the fate still counts. All sentences are invented."""

from conftest import figure_counts as _read


def test_caption_person_is_no_figure() -> None:
    assert _read("A wounded man sits outside the clinic after the shelling of the town on Monday.") == []
    assert _read("An injured girl waits for treatment at a field hospital near the river.") == []


def test_singular_victim_with_fate_verb_counts() -> None:
    assert _read("A child was killed in the shelling of the town on Monday.") == [(1, "killed")]
    assert _read("An injured man dies in hospital after the shelling of the town.") == [(1, "killed")]
    assert _read("A wounded guard remains in hospital after the attack on the checkpoint.") == [(1, "injured")]


def test_part_of_a_pictured_person_is_no_figure() -> None:
    assert _read("A nurse covered the face of a dead boy as neighbours dug through the rubble.") == []
