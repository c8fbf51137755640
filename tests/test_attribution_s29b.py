"""A quotation of several sentences opened right after the sentence that names a speaker, with
no tag of its own, is that speaker's words: a figure in any of its sentences takes the speaker.
A quotation closed by a tag of its own, or one not right after the speaker, stays out.
Sentences invented."""

from __future__ import annotations

from conftest import source_at_cue as _source

LEAD = "Rockets fell on the old market on Friday morning. "
QUOTE = (
    '"Then the jets came back and the shelling went on for hours. '
    'At least nine died including three women. The jets are still overhead".'
)


def test_a_figure_mid_quotation_takes_the_speaker_named_just_before() -> None:
    text = LEAD + "The night was quiet at first, a resident told The Daily Post. " + QUOTE
    source = _source(text, "nine")
    assert source is not None and source.primary == "local sources (residents)"
    assert source.via == ["Daily Post"]


def test_a_figure_in_the_closing_sentence_takes_the_speaker() -> None:
    text = LEAD + 'A resident said the night was quiet. "Then jets came. At least nine died including two women."'
    source = _source(text, "nine")
    assert source is not None and source.primary == "local sources (residents)"


def test_a_quotation_after_a_plain_sentence_borrows_no_speaker() -> None:
    text = LEAD + "A resident said the night was quiet. The jets returned at dawn. " + QUOTE
    assert _source(text, "nine") is None
