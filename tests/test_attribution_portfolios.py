"""An officer named by a region or file ("the watchdog's deputy for the Middle East told AP")
speaks for the body in the possessive, not for the region."""

import pytest
from conftest import attribution_primaries

HRW = "Human Rights Watch"


@pytest.mark.parametrize(
    "text",
    [
        "Human Rights Watch released a report. The watchdog's deputy director for the Middle East"
        " told AP that the raid killed at least 12 people.",
        "Human Rights Watch released a report. Dana Morel the New York-based watchdogs deputy for"
        " Yemen and the Gulf told Reuters the raid left at least 12 people dead.",
        "Human Rights Watch's envoy for Syria said four people died in the raid.",
    ],
)
def test_the_possessive_body_speaks_not_the_region(text: str) -> None:
    assert attribution_primaries(text)[-1] == HRW


def test_a_multiword_place_before_based_is_a_description() -> None:
    text = "Human Rights Watch released a report. The New York-based watchdog said nine people died."
    assert attribution_primaries(text)[-1] == HRW


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the Syrian Observatory for Human Rights said nine people died.",
        "The Al Qaeda-linked group said nine of its fighters died.",
    ],
)
def test_an_organisation_after_for_is_kept(text: str) -> None:
    assert "Human Rights Watch" not in attribution_primaries(text)
    assert attribution_primaries(text)


def test_a_region_after_a_commander_is_the_command_area() -> None:
    text = "The army's commander for the North said eight soldiers were killed near the border."
    assert attribution_primaries(text)[-1] == "army"


def test_a_country_before_an_envoy_is_not_a_speaking_body() -> None:
    text = "The country's envoy for the region said eight people died in the raid."
    assert "country" not in attribution_primaries(text)
