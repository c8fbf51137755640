"""Values of repetitions: 'daily', 'every Monday', 'each July', 'every two weeks', 'on Fridays'.

TimeML writes a repetition as a SET whose value is the period between occurrences (P1W,
P2W, PT20M) or the calendar slot that recurs (XXXX-WXX-5 for every Friday, XXXX-07 for
every July). Kept apart from `relative`: nothing here reads the anchor or the discourse.
"""

from __future__ import annotations

import re

from rashomon.extract.timex.context import Context, Value
from rashomon.extract.timex.lexicon import PARTS_OF_DAY, SEASONS, month_number, number_value, weekday_number
from rashomon.extract.timex.relative import duration_value, unit_name

Match = re.Match[str]


def _words(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").lower()).strip()

_SET_WORDS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "biannual": "P6M",
    "semiannual": "P6M",
}
_EVERY = {
    "day": "P1D",
    "morning": "P1D",
    "evening": "P1D",
    "night": "P1D",
    "week": "P1W",
    "weekend": "P1W",
    "month": "P1M",
    "quarter": "P1Q",
    "year": "P1Y",
}


def set_rule(m: Match, ctx: Context) -> Value | None:
    """daily, every Monday, each July, every two weeks, twice a year ('$5 billion a year')."""
    groups = m.groupdict()
    if groups.get("per"):
        return Value("SET", _EVERY[_words(m["unit"])], "set")
    if m["word"]:
        return Value("SET", _SET_WORDS[_words(m["word"])], "set")
    if m["units"]:  # "every two weeks": once in each span of that length (TimeML SET, P2W)
        return Value("SET", duration_value(number_value(m["count"]), unit_name(m["units"])), "set")
    what = _words(m["what"]).rstrip(".")
    other = "other" in _words(m.group(0))
    if what in _EVERY:
        value = _EVERY[what]
        return Value("SET", value.replace("1", "2") if other else value, "set")
    if what in SEASONS:
        return Value("SET", f"XXXX-{SEASONS[what]}", "set")
    try:
        return Value("SET", f"XXXX-WXX-{weekday_number(what)}", "set")
    except KeyError:
        return Value("SET", f"XXXX-{month_number(what):02d}", "set")


def set_weekday(m: Match, ctx: Context) -> Value | None:
    """'on Fridays', 'Tuesday nights', 'Monday and Tuesday nights': every such day."""
    part = PARTS_OF_DAY.get((m["part"] or m["part2"] or "").lower(), "")
    suffix = f"T{part}" if part else ""
    day = weekday_number(m["wd"] or m["stem"] + "day")
    return Value("SET", f"XXXX-WXX-{day}{suffix}", "set")
