"""False figures of the fifteenth held-out set (session 27): a dateline's HHMMSS clock after
the date's year, the person a source tells the news to, and fighters captured by a state's
armed forces named by that name. All sentences are invented for these tests."""

from conftest import figure_counts as _read

from rashomon.extract.amounts import find_amounts


def test_clock_glued_after_a_dated_year_is_no_amount() -> None:
    spans = {span.text: span.excluded for span in find_amounts("Tue Mar 3 2015 154512 12 Dead in a Blast in Homs")}
    assert spans["154512"] == "time"
    assert spans["12"] == ""


def test_six_digit_count_that_is_no_clock_stays_an_amount() -> None:
    spans = {span.text: span.excluded for span in find_amounts("In 2015 250000 people had fled the province.")}
    assert spans["250000"] == ""


def test_dateline_clock_is_no_killed_figure() -> None:
    text = "Tue Mar 3 2015 154512 12 Dead in a Blast in Homs. A car bomb killed 12 people in Homs on Tuesday."
    assert all(count != 154512 for count, _ in _read(text))


def test_person_told_the_toll_is_no_victim() -> None:
    text = ("A car bomb killed nine people in the town on Monday. A local police officer confirmed the toll "
            "to a Reuters reporter and said the driver had fled.")
    assert (1, "killed") not in _read(text)
    assert (9, "killed") in _read(text)


def test_person_given_the_news_as_indirect_object_is_no_victim() -> None:
    text = "Shelling killed four people in the village. A medic told a visiting journalist that the toll was rising."
    assert (1, "killed") not in _read(text)


def test_fighters_captured_by_syrian_armed_forces_are_detained() -> None:
    text = "Another 12 militants were captured by the Syrian Armed Forces during the failed offensive."
    assert all(kind != "abducted" for _, kind in _read(text))
