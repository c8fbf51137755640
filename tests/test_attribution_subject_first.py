"""A speaker who opens the sentence keeps it: "Farid said the council, which met at noon,
had agreed" is Farid's account of the council, not the council's own (an inverted source,
"..., said the council", needs something said before its verb)."""

import pytest
from conftest import attribution_primaries


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Farid said the council, which met at noon, had agreed to reopen the bridge.", "Farid"),
        ("Police said Karim Nasser, owner of a bakery in the old market, was released.", "police sources"),
        ("Rania reported the rescue team of the province, its doctors and two drivers reached the camp.", "Rania"),
    ],
)
def test_a_subject_that_opens_the_sentence_is_the_source(text: str, source: str) -> None:
    assert attribution_primaries(text) == [source]


def test_an_inverted_source_after_what_was_said_is_still_read() -> None:
    assert attribution_primaries("Eleven shops burned in the fire, said the town council.") == ["town council"]
