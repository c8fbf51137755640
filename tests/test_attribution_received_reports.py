"""A body that "received reports of/that" a toll passes the reports on as its own account,
the way "X reported" does; a hospital that "received" the wounded says nothing."""

import pytest
from conftest import attribution_primaries


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The monitoring group received reports that nine civilians died in the shelling.", "monitoring group"),
        ("The Observatory has received reports of 14 people killed on the road to the town.", "Observatory"),
    ],
)
def test_received_reports_names_the_source(text: str, source: str) -> None:
    assert attribution_primaries(text) == [source]


def test_received_victims_is_no_attribution() -> None:
    assert attribution_primaries("The clinic received six wounded men after the blast.") == []
