"""Unnamed monitors resolved to the one monitor the article names (GUIDELINES.md sections 21,
24 and 27): a lead's plural "according to monitors" is the Observatory when the article goes on
to name only it, and stays unnamed when it names none or two; a headline's "in Aleppo monitor
says" is the monitor, not a body called "Aleppo monitor". Sentences invented."""

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
