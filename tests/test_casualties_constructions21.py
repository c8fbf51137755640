"""Restatements of a figure with a harm predicate the finder missed (session 21): "received
wounds" and "presumed dead". All sentences are invented for these tests."""

from conftest import figure_counts as _read


def test_received_wounds_is_injured() -> None:
    assert _read("Twelve soldiers received wounds in the blast.") == [(12, "injured")]
    assert _read("Three guards who received serious injuries were taken to hospital.") == [(3, "injured")]


def test_received_without_harm_noun_is_no_figure() -> None:
    assert _read("Two men received a letter from the ministry.") == []


def test_presumed_dead_is_killed() -> None:
    assert _read("Five passengers were presumed dead, the ministry said.") == [(5, "killed")]
    assert _read("Four sailors were assumed dead after the storm.") == [(4, "killed")]
