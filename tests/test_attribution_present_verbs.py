"""Present-tense "allege(s)" as a verb of saying (data/attribution_words.tsv): "X alleges that
40 died" names X as the source just as "X alleged" does; without the present forms the figure
was left with no source."""

from __future__ import annotations

import pytest
from conftest import figure_sources


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian Observatory for Human Rights alleges that 40 fighters died in the clashes near the dam.",
        "Clashes near the dam\n\nThe Syrian Observatory for Human Rights allege that 40 fighters died there on Sunday.",
    ],
)
def test_present_allege_names_the_speaker(text: str) -> None:
    assert figure_sources(text)["40 fighters"] == "Syrian Observatory for Human Rights (SOHR)"
