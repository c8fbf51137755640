"""Figures in page furniture (session 24): a view counter run into a "Related" link list and the
headline of another story set after a photo credit are not the article's figures. All sentences
are invented for these tests."""

from conftest import figure_counts as _read


def test_counter_before_related_list_is_no_figure() -> None:
    text = ("The militia said it had cut the road to the port town. "
            "... 64 Related Rebel Captain Killed by Militia Near the Old Bridge")
    assert _read(text) == []


def test_headline_after_photo_credit_is_no_figure() -> None:
    text = ("The army said it hit a depot near the river. AP Photo Jane Roe Police Reportedly Find "
            "Burial Sites of Over 30 Executed Farmers According to the general the strikes went on.")
    assert _read(text) == []


def test_figure_in_plain_sentence_still_counts() -> None:
    assert _read("At least 64 people were killed near the old bridge, the monitor said.") == [(64, "killed")]
    assert _read("Photo by the ministry shows that 30 farmers were killed in the raid.") == [(30, "killed")]
