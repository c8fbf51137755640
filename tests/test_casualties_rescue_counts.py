"""Lives saved and habitual penalties are no toll (session 25): "saved the lives of more than N
people wounded in raids" counts those rescued, whatever fate the words after the number tell;
"harsh penalties including several executions" tells a habit. All sentences are invented for
these tests."""

from conftest import figure_counts as _read


def test_lives_saved_with_qualifier_is_no_figure() -> None:
    text = ("Volunteer medics have saved the lives of more than 20000 people wounded in air raids "
            "since the war began, the group said.")
    assert _read(text) == []


def test_lives_saved_bare_number_is_no_figure() -> None:
    text = "Volunteer medics saved the lives of 40 people wounded in the blast on the bridge."
    assert _read(text) == []


def test_claimed_lives_still_counts() -> None:
    text = "The shelling of the bridge claimed the lives of 12 people on Sunday, medics said."
    assert _read(text) == [(12, "killed")]


def test_habitual_penalties_are_no_figure() -> None:
    text = "The militia is known for carrying out harsh punishments including several beheadings in the towns it holds."
    assert _read(text) == []
