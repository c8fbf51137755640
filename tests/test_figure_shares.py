"""An amount followed by a share of a whole with no comma ("displaced 8 million half of ...")."""

from conftest import figure_counts


def test_share_after_a_coordinated_object_does_not_swallow_the_amount() -> None:
    text = "The long conflict has killed at least 250000 people and displaced 8 million half of the nation."
    assert figure_counts(text) == [(250000, "killed"), (8000000, "displaced")]

