"""An agency's closing "XYZ reports." and what follows it: an acronym glued to the word before
(source_scan.glued_acronym), and an "Also" sentence that carries the account on to the toll of
the sentence after it (attribution._also_opener, GUIDELINES.md section 25). Invented sentences."""

from __future__ import annotations

from conftest import figure_sources


def test_acronym_glued_to_the_word_before_is_the_source() -> None:
    text = (
        "Troops pushed into the hills north of Lakeview and hit the gunmen hard in the first assaultKNA reports."
        " Also the troops beat back four raids this week killing over 300 gunmen."
    )
    assert figure_sources(text)["over 300 gunmen"] == "KNA"


def test_toll_after_an_also_sentence_keeps_the_agency() -> None:
    text = (
        "Troops broke through the lines of the gunmen near the old mill KNA reports."
        " Also the rocket units shelled the gunmen holed up in the grain depot."
        " Over 40 gunmen were killed and dozens of others were hurt in the clashes."
    )
    assert figure_sources(text)["Over 40 gunmen"] == "KNA"


def test_toll_two_sentences_on_without_also_stays_the_outlets() -> None:
    text = (
        "Troops broke through the lines of the gunmen near the old mill KNA reports."
        " The rocket units shelled the gunmen holed up in the grain depot."
        " Over 40 gunmen were killed and dozens of others were hurt in the clashes."
    )
    assert figure_sources(text)["Over 40 gunmen"] == ""
