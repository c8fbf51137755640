"""An indefinite outlet descriptor with a nationality ("a Turkish broadcaster claims") is a
description, not a name: it stands for the one known outlet the next sentences cite, and stays
a description when two outlets are cited there. Sentences invented."""

from __future__ import annotations

from conftest import source_at_cue as _source


def test_a_described_broadcaster_is_the_one_outlet_named_next() -> None:
    text = (
        "Shelling hit a depot near the border on Sunday. "
        "Some 14 fighters died in the night raid on the depot a Turkish broadcaster claims. "
        "The strikes were aimed at a camp used for training Haberturk reported on Monday."
    )
    source = _source(text, "14")
    assert source is not None and source.primary == "Haberturk"


def test_two_outlets_named_next_leave_the_broadcaster_described() -> None:
    text = (
        "Shelling hit a depot near the border on Sunday. "
        "Some 14 fighters died in the night raid on the depot a Turkish broadcaster claims. "
        "The strikes were aimed at a camp used for training Haberturk reported on Monday. "
        "Anadolu said the camp was empty."
    )
    source = _source(text, "14")
    assert source is not None and source.primary == "Turkish broadcaster"
