"""Where a source named in one sentence reaches a casualty figure in the next, and where the
carry stops (GUIDELINES.md section 6: a figure with no source of its own takes the one of the
sentence before only when it continues the same report). Each pair tells one account both ways:
going on (a breakdown, "Since Saturday", a quote going on, an "Also" after the report) and
stopped (a day or month of its own, "Later that month", "Meanwhile", a war-wide toll, a caption,
a photographer's sighting, a recap of a dated past event). Sentences invented."""

from __future__ import annotations

import pytest
from conftest import source_at_cue as _source

_MONITOR = "Four fishermen were killed when a shell hit the harbour at Port Sela the monitor said. "


def _primary(text: str, cue: str) -> str:
    """The primary source the attribution pass gives `cue`, "" when none."""
    source = _source(text, cue)
    return source.primary if source is not None else ""


# Carry goes on: the next sentence continues the monitor's report.
_GOES_ON = [
    ("Two of the dead were brothers.", "Two of the dead"),
    ("Nine others were wounded in the blast.", "Nine others"),
    ("Three children were among the nine wounded.", "Three children"),
    ("The shell also wounded seven dock workers.", "seven dock"),
    ("Among the dead was a boy of twelve.", "a boy of twelve"),
    ("Since Saturday at least 11 people have been killed in the harbour district.", "at least 11"),
    ("Those killed were all from the same village.", "Those killed"),
]


@pytest.mark.parametrize(("after", "cue"), _GOES_ON)
def test_a_sentence_that_continues_the_report_takes_its_source(after: str, cue: str) -> None:
    assert _primary(_MONITOR + after, cue) == "monitor"


# Carry stops: the next sentence opens a report or a topic of its own, told by the outlet.
_STOPS = [
    ("On Tuesday two farmers were killed by a mine outside the town.", "two farmers"),
    ("Last week a car bomb killed 12 people in the market.", "12 people"),
    ("Later that month an air raid on the same harbour killed 30 people.", "30 people"),
    ("Later that week a second shell killed three more fishermen.", "three more"),
    ("Meanwhile six soldiers died in clashes further north.", "six soldiers"),
    ("Elsewhere a bus crash left eight dead.", "eight dead"),
    ("In May more than 40 civilians were killed in raids on the port.", "more than 40"),
    ("The war has killed more than 300000 people since it began in 2011.", "more than 300000"),
    ("The fighting has forced thousands of residents to flee the coast.", "thousands of residents"),
    ("More than 2 million people are displaced inside the country.", "More than 2 million"),
    ("It has also been reported that 15 sailors drowned off the coast.", "15 sailors"),
    ("The port has been regularly shelled including a raid that killed nine.", "nine"),
]


@pytest.mark.parametrize(("after", "cue"), _STOPS)
def test_a_sentence_that_opens_its_own_report_takes_no_carried_source(after: str, cue: str) -> None:
    assert _primary(_MONITOR + after, cue) == ""


def test_later_that_month_opens_a_report_of_its_own() -> None:
    text = (
        "A rights network said raids on the province had killed 200 civilians since the spring. "
        "Later that month a strike on a bakery reportedly killed at least 25 civilians."
    )
    assert _primary(text, "at least 25") == ""


def test_a_later_time_inside_the_sentence_does_not_open_a_report() -> None:
    text = (
        "Rescuers pulled five bodies from the rubble the civil defence said. "
        "Two of the injured died later that day in hospital."
    )
    assert "Civil Defence" in _primary(text, "Two of the injured")


def test_a_quotation_going_on_keeps_its_speaker() -> None:
    text = (
        '"The shelling started at dawn" the doctor said. '
        '"By noon we had received 14 bodies."'
    )
    assert _primary(text, "14 bodies") == "medical sources"  # the doctor, by the canonical name


def test_narration_after_a_quoted_paragraph_is_the_outlets() -> None:
    text = (
        '"We will rebuild the harbour" the mayor said.\n\n'
        "The explosion killed 23 people and destroyed the fish market."
    )
    assert _primary(text, "23 people") == ""


def test_a_photographers_report_carries_nothing_on() -> None:
    text = (
        "Children lay on the floor of a clinic an AFP photographer reported. "
        "Eleven people were killed in the raid."
    )
    assert _primary(text, "Eleven people") == ""


def test_a_journalist_who_saw_the_scene_goes_on_describing_it() -> None:
    text = (
        "An AFP journalist at the clinic saw rescuers digging in the rubble. "
        "One man carried out the bodies of two children."
    )
    assert "AFP" in _primary(text, "two children")


def test_a_caption_takes_no_carried_source() -> None:
    text = (
        "Eight people were killed in the raid the monitor said. "
        "A wounded man is treated at a hospital in the town March 3 2015."
    )
    assert _primary(text, "A wounded man") == ""


def test_a_dated_past_event_is_the_writers_background() -> None:
    text = (
        "Police said the suspect was arrested at the airport. "
        "The Aug. 7, 1998, bombings killed 224 people."
    )
    assert _primary(text, "224 people") == ""
