"""What a rule needs to write a value (anchor, tense, discourse reference) and what it returns.

The reference is the last date the text itself named at quarter, month or day
granularity: "a year earlier" after "in the third quarter" means the same quarter a year
before, not the year before the publication date (TimeML's reference-time convention).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date


@dataclass
class Value:
    """A normalised expression: TimeML type and value, granularity, whether it was counted from
    a date (the anchor, or `base` when the text named the date counted from)."""

    type: str
    value: str
    granularity: str
    relative: bool = False
    base: date | None = None  # the date counted from when not the anchor ("two years later")


@dataclass
class Context:
    anchor: date | None
    tense: Callable[[], str]  # lazily computed: 'past', 'future' or ''
    reference: tuple[date, str] | None = None  # last explicit date and its granularity
    last_day: date | None = None  # last explicit day: what 'the day', 'that same day' repeat
    last_day_at: int = 0  # where in the text it was named
    position: int = 0  # where the expression being valued starts
    # The last date of any kind, derived ones too ("last year"), and where: what 'the year
    # before' right after it counts back from ("$300 million last year, down from $450 million
    # the year before").
    last_date: tuple[date, str, int] | None = None

    def year_or_x(self) -> str:
        return f"{self.anchor.year:04d}" if self.anchor else "XXXX"

    def recent_day(self) -> date | None:
        """The last named day if it was named close enough to still be the topic, else None."""
        if self.last_day is None or self.position - self.last_day_at > RECENT_DAY_CHARS:
            return None
        return self.last_day


# How far back (characters) a named day stays the day that 'the day', 'that same day' or a
# bare '10 p.m.' refer to: about three news paragraphs. Past it the publication date is the
# better guess; a background date from far up the story is no longer the topic. 600 lost a
# TimeBank case whose day was named four sentences up; 1000 and 2000 score the same.
RECENT_DAY_CHARS = 1000


# Chosen on TimeBank: at 7 days, past-tense sentences announcing near-future dates went to
# the year before; 60 days fixed those without sending real past dates forward.
PAST_FUTURE_SLACK_DAYS = 60
# The same for a month name alone, in months. 3 was chosen when "payable in January" in a
# November report had to read ahead; deadline words ("payable", "by", "effective") now say
# so themselves, and 2 scored best on TimeBank, AQUAINT and MEANTIME (1 and 3 lose a date each).
PAST_FUTURE_SLACK_MONTHS = 2


def pick_year(anchor: date, month: int, day: int | None, tense: str) -> int:
    """The year of a year-less date, from the tense around it.

    A past-tense event is not long after the publication date, a future one not long before
    it; with no tense marker the date reads as past (news mostly reports what happened). The
    slack (60 days, or three months for a month name) allows for dates announced ahead in
    past-tense sentences ("said it will pay Dec. 15").
    """
    slack_days = PAST_FUTURE_SLACK_DAYS if day else PAST_FUTURE_SLACK_MONTHS
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = _safe_date(year, month, day or 1)
        if d is None:
            continue
        gap = (d - anchor).days if day else (year - anchor.year) * 12 + month - anchor.month
        candidates.append((year, gap))
    if tense in {"past", ""}:  # news reports mostly look back: no tense reads as past
        fitting = [(y, g) for y, g in candidates if g <= slack_days]
        return max(fitting)[0] if fitting else anchor.year
    if tense == "future":
        fitting = [(y, g) for y, g in candidates if g >= -slack_days]
        return min(fitting)[0] if fitting else anchor.year
    return anchor.year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def granularity_of(value: str, type_: str) -> str:
    """The granularity name of a TimeML value."""
    if type_ == "DURATION":
        return "duration"
    if type_ == "SET":
        return "set"
    if type_ == "TIME" or "T" in value[10:]:
        return "time"
    if value.endswith("_REF"):
        return "vague"
    if "-W" in value:
        return "week"
    if "-Q" in value or "-H" in value:
        return "quarter"
    if value[-2:] in {"SP", "SU", "FA", "WI"}:
        return "season"
    length = len(value)
    return {2: "century", 3: "decade", 4: "year", 7: "month", 10: "day"}.get(length, "day")
