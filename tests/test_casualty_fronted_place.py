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


def test_quoted_amount_before_more_is_counted() -> None:
    from rashomon.extract import extract_article
    from rashomon.model import Article

    text = 'A bus was bombed. Officials warned the toll may climb further as "hundreds" more were hurt in it.'
    facts = extract_article(Article(id="t", text=text)).casualties
    assert [(f.category, f.low, f.high) for f in facts] == [("injured", 200, 999)]
