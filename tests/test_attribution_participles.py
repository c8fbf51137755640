"""An unnamed speaker with a participle phrase before the verb, commas absent ("a doctor
going by the name of X for fear of reprisal said"): the speaker is the noun before the
participle (source_scan.py, _before_participle)."""

from __future__ import annotations

import pytest
from conftest import figure_sources


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Gas attack reported in the north\n\n"
            "A medical doctor going by the name of Dr. Karim Tal out of worry for his family said "
            "his clinic in the valley received seven victims with burning eyes.",
            "seven victims",
        ),
        (
            "Clinic overwhelmed after strike\n\n"
            "A nurse speaking on condition of anonymity because she feared arrest said "
            "nine children were killed near the clinic overnight.",
            "nine children",
        ),
    ],
)
def test_speaker_before_a_participle_phrase_speaks(text: str, figure: str) -> None:
    assert figure_sources(text)[figure] == "medical sources"
