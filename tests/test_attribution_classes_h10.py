"""Classes of attribution errors met on the tenth held-out set, each tested on invented
sentences: a document with its maker inside "according to" ("information provided by X"), and
coordinated objects before a speaker whose commas were lost ("backing both X and the rebels a
monitor said": the speaker is the noun phrase right before the verb)."""

from __future__ import annotations

import pytest
from conftest import figure_sources

# -- "according to information provided by X": the maker of the document is the source -----


@pytest.mark.parametrize(
    ("opening", "maker"),
    [
        ("According to information provided by a source at Homs Police Command", "source at Homs Police Command"),
        ("According to earlier statistics released by the Health Directorate", "Health Directorate"),
        ("According to figures supplied by the Civil Defence", "White Helmets (Syria Civil Defence)"),
    ],
)
def test_according_to_a_document_given_by_its_maker(opening: str, maker: str) -> None:
    sources = figure_sources(f"{opening} seven people were killed in the market town on Friday.")
    assert sources == {"seven people": maker}


def test_the_source_quoted_later_is_the_maker_named_before() -> None:
    text = (
        "According to information provided by a source at Homs Police Command four people were killed. "
        "The agency reporter quoted the source as saying that a boy was among the dead."
    )
    assert set(figure_sources(text).values()) == {"source at Homs Police Command"}
