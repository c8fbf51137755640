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
