"""A place phrase fronted at the start of its sentence ("In Hama the army killed ..."): its
capitalised locative word still names the figure's place (casualty_places._PLACE_CUE).

Sentences invented for the test."""

from rashomon.extract.casualty_places import figure_place


def _place(sentence: str, figure: str) -> str:
    start = sentence.index(figure)
    return figure_place(sentence, (start, start + len(figure)), "SY", frozenset({"SY"}))


def test_fronted_place_phrase_places_the_figure() -> None:
    assert _place("In Hama the soldiers shot more than 40 gunmen and burned their trucks.", "more than 40") == "Ḩamāh"


def test_fronted_place_phrase_with_a_comma() -> None:
    assert _place("Near Homs, a shell left nine people dead on Monday.", "nine") == "Homs"


def test_title_case_in_inside_a_headline_is_not_a_cue() -> None:
    assert _place("Nine Killed In Shelling", "Nine") == ""
