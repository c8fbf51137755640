"""Unnamed monitors resolved to the one monitor the article names (GUIDELINES.md sections 21,
24 and 27): a lead's plural "according to monitors" is the Observatory when the article goes on
to name only it, and stays unnamed when it names none or two; a headline's "in Aleppo monitor
says" is the monitor, not a body called "Aleppo monitor"; a subheading's "... kills nine says
monitoring group AFP Monday" (no comma) credits the monitor; an article that names the monitor
only as "the Observatory" still names SOHR. Sentences invented."""

from __future__ import annotations

import pytest

from rashomon.extract import extract_article
from rashomon.model import Article

OBSERVATORY_NEXT = "The Syrian Observatory for Human Rights said air strikes hit the east of the city."


def _primary_at(title: str, text: str, cue: str) -> str | None:
    """The primary source of the figure whose words start at the cue (in title + text), or None."""
    whole = f"{title}\n\n{text}"
    at = whole.index(cue)
    for fact in extract_article(Article(id="t", text=whole, title=title)).casualties:
        if fact.start <= at < fact.end or at <= fact.start < at + len(cue):
            return fact.source.primary if fact.source else ""
    return None


@pytest.mark.parametrize(
    "lead",
    [
        "Some 45 people died in Aleppo over the weekend according to monitors.",
        "Some 45 people died in Aleppo over the weekend monitoring groups said.",
        "Some 45 people died in Aleppo over the weekend rights monitors said.",
        "Monitors say some 45 people died in Aleppo over the weekend.",
    ],
)
def test_plural_monitors_are_the_one_monitor_named_later(lead: str) -> None:
    primary = _primary_at("Weekend in Aleppo", f"{lead} {OBSERVATORY_NEXT}", "45 people")
    assert primary is not None and "Observatory" in primary


def test_plural_monitors_stay_unnamed_when_no_monitor_is_named() -> None:
    text = "Some 45 people died in Aleppo over the weekend according to monitors. Residents fled east."
    assert _primary_at("Weekend in Aleppo", text, "45 people") == "monitors"


def test_plural_monitors_stay_unnamed_when_two_monitors_are_named() -> None:
    text = (
        f"Some 45 people died in Aleppo over the weekend according to monitors. {OBSERVATORY_NEXT} "
        "The Syrian Network for Human Rights gave a higher count for the month."
    )
    assert _primary_at("Weekend in Aleppo", text, "45 people") == "monitors"


def test_independent_monitors_are_not_the_monitor_named_later() -> None:
    text = f"Some 45 people died in Aleppo over the weekend according to independent monitors. {OBSERVATORY_NEXT}"
    assert _primary_at("Weekend in Aleppo", text, "45 people") == "independent monitors"


def test_singular_war_monitor_keeps_the_nearest_one_named() -> None:
    text = (
        f"Some 45 people died in Aleppo over the weekend a war monitor said. {OBSERVATORY_NEXT} "
        "The Syrian Network for Human Rights gave a higher count for the month."
    )
    primary = _primary_at("Weekend in Aleppo", text, "45 people")
    assert primary is not None and "Observatory" in primary


def test_headline_place_run_into_monitor_is_the_monitor_named_below() -> None:
    title = "Raids kill 45 in Aleppo monitor says"
    text = "Air raids on Aleppo killed 45 people on Sunday the Syrian Observatory for Human Rights said."
    primary = _primary_at(title, text, "45 in Aleppo")
    assert primary is not None and "Observatory" in primary


def test_headline_place_run_into_monitor_with_no_monitor_named_is_a_monitor() -> None:
    title = "Raids kill 45 in Aleppo monitor says"
    text = "Air raids on Aleppo killed dozens of people on Sunday residents said."
    assert _primary_at(title, text, "45 in Aleppo") == "monitor"


def test_headline_says_monitoring_group_with_no_comma_is_the_monitor_named_below() -> None:
    title = "Car bomb hits Idlib market"
    text = (
        "Car bomb at Idlib market kills nine and wounds 30 says monitoring group AFP Monday 4 May 2015 "
        "A car bomb ripped through a crowded market in the city of Idlib at noon state television "
        "reported. The Syrian Observatory for Human Rights said the dead included two women."
    )
    primary = _primary_at(title, text, "nine and wounds")
    assert primary is not None and "Observatory" in primary


def test_said_before_a_lowercase_noun_after_monitor_is_no_headline_source() -> None:
    text = "The army said monitoring group members were among 12 people wounded in the blast."
    assert _primary_at("Blast in Homs", text, "12 people") != "monitoring group"


def test_a_monitoring_group_is_the_observatory_named_only_by_its_short_name() -> None:
    text = (
        "Shelling killed 14 people in Douma on Tuesday a monitoring group said. "
        "The Observatory said most of the dead were women."
    )
    assert _primary_at("Shelling on Douma", text, "14 people") == "Syrian Observatory for Human Rights (SOHR)"


def test_plural_monitors_are_the_observatory_named_only_by_its_short_name() -> None:
    text = (
        "Shelling killed 14 people in Douma on Tuesday according to monitors. "
        "Most of the dead were women the Observatory said."
    )
    assert _primary_at("Shelling on Douma", text, "14 people") == "Syrian Observatory for Human Rights (SOHR)"
