"""A quotation that runs over several sentences is its speaker's to its closing mark
(attribution._quotation_opening), tested on invented sentences."""

from __future__ import annotations

import pytest
from conftest import figure_sources


@pytest.mark.parametrize(
    "text",
    [
        '"We counted the bodies all night," the Lakeside Monitoring Group said. "It was awful.'
        ' In one street the jets killed 14 people."',
        "\u201cThe clinic is full,\u201d the Lakeside Monitoring Group said. \u201cWe have no beds left."
        " Nobody can reach the town. At least 30 people were wounded today.\u201d",
    ],
)
def test_a_quotation_over_several_sentences_is_its_speakers(text: str) -> None:
    assert set(figure_sources(text).values()) == {"Lakeside Monitoring Group"}


def test_a_closing_mark_without_an_opening_after_a_tagged_quote_borrows_nothing_new() -> None:
    text = (
        '"The road is closed," the Lakeside Monitoring Group said. Shelling went on in the hills.'
        ' Rockets killed 14 people in the north."'
    )
    assert set(figure_sources(text).values()) == {""}


@pytest.mark.parametrize(
    "text",
    [
        'The mayor of Dunmore praised the rescuers on Monday. "We owe them everything," Mayor Ellen'
        " Vance said.\n\nThe floods last month killed 41 people in the valley.",
        "Governor Tom Reyes condemned the attack. ``No grievance excuses this,'' Reyes said in a"
        " statement. ``We grieve with the families.''\n\nIn all, the two blasts killed 63 people.",
    ],
)
def test_a_plain_recap_after_a_direct_quotation_is_not_the_speakers(text: str) -> None:
    assert set(figure_sources(text).values()) == {""}


def test_a_quoted_figure_after_a_quotation_stays_the_speakers() -> None:
    text = '"The river rose at night," the Dunmore Fire Service said. "Nine people drowned."'
    assert set(figure_sources(text).values()) == {"Dunmore Fire Service"}
