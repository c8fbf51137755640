"""Session 27 misses of the fifteenth held-out set, each a general construction: a bare number
object dated by a weekday ("wounded 40 Tuesday", casualty_counted.counted), a vague amount in
quote marks ('"tens" of people', amounts._closing_quote) and an "according to X" between a verb
and its object (casualty_links._source_inserted). All sentences are invented."""

from conftest import figure_counts as _read


def test_bare_number_before_a_weekday_is_the_verbs_object() -> None:
    text = "A gunman shot dead nine guards and wounded 25 Friday at the northern checkpoint."
    assert (25, "injured") in _read(text)


def test_weekday_number_without_a_casualty_verb_is_no_figure() -> None:
    text = "The council will meet 3 Monday to vote on the new budget for the port."
    assert _read(text) == []


def test_quoted_vague_amount_keeps_its_of() -> None:
    text = 'The medics said "dozens" of shoppers were hurt when the roof of the market fell.'
    assert (24, "injured") in _read(text)  # "dozens" reads as 24 and more


def test_quoted_vague_amount_without_of_is_no_figure() -> None:
    text = 'The rebels said the talks had "scores" left to settle before the truce.'
    assert _read(text) == []


def test_according_to_between_verb_and_object_keeps_the_verb() -> None:
    text = "Gunmen stormed the wedding hall killing according to police sources 12 guests."
    assert (12, "killed") in _read(text)


def test_according_to_a_counted_source_is_no_figure() -> None:
    text = "The strike killed a man according to the two doctors who treated him."
    assert (2, "killed") not in _read(text)
