"""A body that "received reports of/that" a toll passes the reports on as its own account,
the way "X reported" does; a hospital that "received" the wounded says nothing."""

import pytest

from rashomon.extract.attribution import find_attributions
from rashomon.extract.sentences import split_sentences
from rashomon.model import Article


def _primaries(text: str) -> list[str]:
    facts = find_attributions(Article(id="t", text=text), split_sentences(text))
    return [fact.source.primary for fact in facts]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The monitoring group received reports that nine civilians died in the shelling.", "monitoring group"),
        ("The Observatory has received reports of 14 people killed on the road to the town.", "Observatory"),
    ],
)
def test_received_reports_names_the_source(text: str, source: str) -> None:
    assert _primaries(text) == [source]


def test_received_victims_is_no_attribution() -> None:
    assert _primaries("The clinic received six wounded men after the blast.") == []
