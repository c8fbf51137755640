"""Classes of attribution errors met on the eleventh held-out set, each tested on invented
sentences."""

from __future__ import annotations

import pytest
from conftest import figure_sources

# -- "according to a statement released Friday by X", "information handed over to Y by X":
# -- a time or the recipient between the maker's verb and "by"; the maker is the source ------


@pytest.mark.parametrize(
    ("opening", "maker"),
    [
        ("According to a statement released Friday by the Health Directorate", "Health Directorate"),
        ("According to figures issued late on Monday by the Civil Defence", "White Helmets (Syria Civil Defence)"),
        (
            "According to information handed over to the provincial governor by a source at Homs Police Command",
            "source at Homs Police Command",
        ),
    ],
)
def test_according_to_a_document_with_time_or_recipient(opening: str, maker: str) -> None:
    sources = figure_sources(f"{opening} seven people were killed in the market town.")
    assert sources == {"seven people": maker}
