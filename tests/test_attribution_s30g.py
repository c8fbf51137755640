"""Sources the backward scan missed in plain English: an officer's office ("the mayor's office
said"), "the coast guard", lowercase plural fighters putting a toll ("the rebels put the toll at
12"), a broadcaster with a number in its name ("Channel 9 reported"), "according to X, cited by
Y" (Y relays X), and rescuers outside Syria (no White Helmets there). Each is tried with its
commas and with every comma removed, as FA-KES prints it. Sentences invented."""

from __future__ import annotations

import pytest
from conftest import source_at_cue as _source


def _both(text: str) -> list[str]:
    """The text as written and with every comma removed."""
    return [text, text.replace(",", "")]


@pytest.mark.parametrize("owner", ["mayor's", "sheriff's", "governor's", "governors"])
def test_an_officers_office_speaks(owner: str) -> None:
    text = f"A warehouse burned near the river on Friday. The {owner} office said 7 workers died in the blaze."
    source = _source(text, "7")
    assert source is not None and source.primary == f"{owner} office"


def test_an_official_at_an_office_in_a_town_stays_the_official() -> None:
    text = "An official at the governors office in Lakeside said 7 workers died in the blaze."
    source = _source(text, "7")
    assert source is not None and source.primary == "official"


@pytest.mark.parametrize("text", _both("A ferry capsized in a storm, and 5 passengers drowned, the coast guard said."))
def test_the_coast_guard_speaks(text: str) -> None:
    source = _source(text, "5")
    assert source is not None and source.primary == "coast guard"


@pytest.mark.parametrize(
    "text", _both("Troops stormed the hill on Friday. The army said 10 died, while the rebels put the toll at 12.")
)
def test_rebels_putting_a_toll_own_it(text: str) -> None:
    source = _source(text, "12")
    assert source is not None and source.primary != "army"
    assert "rebel" in source.primary.lower()


@pytest.mark.parametrize(
    "text", _both("A storm flattened a motel, leaving 4 guests dead, Channel 9 reported, citing the fire brigade.")
)
def test_a_numbered_channel_relays_the_fire_brigade(text: str) -> None:
    source = _source(text, "4")
    assert source is not None and source.primary == "fire brigade" and source.via == ["Channel 9"]


@pytest.mark.parametrize(
    "text", _both("A bridge fell on Saturday. According to the transport ministry, cited by Reuters, 8 drivers died.")
)
def test_according_to_x_cited_by_y_is_x_via_y(text: str) -> None:
    source = _source(text, "8")
    assert source is not None and source.primary == "transport ministry" and source.via == ["Reuters"]


def test_rescuers_outside_syria_are_not_the_white_helmets() -> None:
    text = "Floods swept through a town in Texas on Monday. A rescue worker said 3 residents drowned."
    source = _source(text, "3")
    assert source is not None and source.primary == "rescue worker"


def test_rescuers_in_syria_are_the_civil_defence() -> None:
    text = "Barrel bombs hit a market in Syria on Monday. A rescue worker said 3 shoppers were killed."
    source = _source(text, "3")
    assert source is not None and source.primary == "White Helmets (Syria Civil Defence)"
