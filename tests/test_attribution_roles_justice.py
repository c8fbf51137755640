"""Sources named by a role of law enforcement, justice or ownership, and a verb of saying inside a
relative clause on a noun, which reports nothing: each tested on invented sentences."""

from __future__ import annotations

import pytest
from conftest import attribution_primaries


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A cyclist was killed on the bridge late on Monday, according to investigators.", "investigators"),
        ("Three guards were wounded in the raid, prosecutors said.", "prosecutors"),
        ("Two deckhands drowned when the barge capsized, its owner said.", "owner"),
    ],
)
def test_role_of_law_or_ownership_is_a_source(text: str, speaker: str) -> None:
    assert any(speaker in primary for primary in attribution_primaries(text))


@pytest.mark.parametrize(
    "text",
    [
        "The ruling shows the hurdles city prosecutors say they meet in such trials.",
        "It adds to the risks officials say remain on the old road.",
    ],
)
def test_saying_inside_a_relative_clause_is_no_source(text: str) -> None:
    assert attribution_primaries(text) == []
