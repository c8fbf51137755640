"""A body whose name goes on in lowercase after "for" and a gerund ("the Danish Centre for
monitoring the ceasefire in the valley said") is the speaker, not lost at its first lowercase
word. Sentences invented."""

from __future__ import annotations

import pytest
from conftest import source_at_cue as _source

from rashomon.extract.source_heads import gerund_body_before


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "The Danish Centre for mapping and clearing the minefields of the valley in Norland said "
            "in a statement that shelling killed six villagers.",
            "Danish Centre for mapping and clearing the minefields of the valley",
        ),
        (
            "The Committee for protecting farm workers said on Monday that four workers died in the fire.",
            "Committee for protecting farm workers",
        ),
        (
            "A Foundation for helping war widows reported that 30 widows were killed.",
            "Foundation for helping war widows",
        ),
    ],
)
def test_a_body_named_with_a_lowercase_gerund_is_the_speaker(text: str, head: str) -> None:
    source = _source(text, "killed" if "killed" in text else "died")
    assert source is not None and source.primary == head


def test_a_clause_word_after_the_gerund_is_not_part_of_the_name() -> None:
    text = "Shells hit the Centre for training nurses which said two died"
    assert gerund_body_before(text, text.index(" said")) is None


def test_a_lowercase_head_is_no_body_name() -> None:
    text = "the centre for training nurses"
    assert gerund_body_before(text, len(text)) is None
