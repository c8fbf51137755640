"""A quotation whose opening mark was lost in flattened text: the next sentence holds one mark,
a closing one glued to its last word before a short speaker tag, so the sentence before, with no
mark and no source of its own, is inside the quotation and the speaker's. "A healthcare worker"
is a medical source. Sentences invented."""

from __future__ import annotations

from conftest import source_at_cue as _source

LEAD = "Rockets fell on the old market on Friday morning. "


def test_sentence_before_a_lost_opening_mark_is_the_speakers() -> None:
    text = LEAD + (
        "By the first count six shoppers were killed and 30 were hurt. "
        'The count may still climb as rescuers dig" a healthcare worker told the Tass agency.'
    )
    for cue in ("six", "30"):
        source = _source(text, cue)
        assert source is not None and source.primary == "medical sources"
        assert source.via == ["TASS"]


def test_a_quotation_opened_in_the_next_sentence_keeps_the_sentence_before_unsourced() -> None:
    text = LEAD + (
        "By the first count six shoppers were killed. "
        '"The count may still climb as rescuers dig" a healthcare worker told the Tass agency.'
    )
    assert _source(text, "six") is None


def test_a_spaced_mark_is_no_closing_one() -> None:
    text = LEAD + (
        "By the first count six shoppers were killed. "
        'The count may still climb " a healthcare worker told the Tass agency.'
    )
    assert _source(text, "six") is None
