"""Values of quarter and half-year expressions in financial news: 'the third quarter',
'the latest period', 'last year's quarter', 'the first half of 2009', 'the same period last year'.

Kept apart from `relative` because these read the discourse reference (the last quarter the
report named) more than the anchor: results stories compare one period with the same period a
year before, and TimeML writes both at quarter granularity.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from rashomon.extract.timex.context import PAST_FUTURE_SLACK_MONTHS, Context, Value, pick_year
from rashomon.extract.timex.dates import at_granularity, quarter_of, shift
from rashomon.extract.timex.lexicon import MONTH_RE, ORDINALS, month_number
from rashomon.extract.timex.relative import after_longer_period

Match = re.Match[str]


def _words(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").lower()).strip()


def quarter(m: Match, ctx: Context) -> Value | None:
    """'the third quarter' (of the anchor's year, or the year before when it is still ahead),
    'the latest quarter' (the last one completed), 'the first half of 2009'."""
    word, ordinal = _words(m["word"]), _words(m["ord"])
    year_ = int(m["pre"]) if m["pre"] else _of_year(_words(m["of"]) or _year_words(m), ctx)
    if word == "half":
        if ordinal not in {"first", "second", "1st", "2nd", "last", "final"}:
            return None
        n = 1 if ordinal in {"first", "1st"} else 2
        return Value("DATE", f"{year_ or ctx.year_or_x()}-H{n}", "quarter", relative=year_ is None)
    n = ORDINALS.get(ordinal)
    if ordinal in {"final", "last"} and year_:
        n = 4
    if year_ and not n and word == "period" and after_longer_period(m):
        return Value("DATE", f"{year_:04d}", "year")  # "In the first nine months ... the 1988 period"
    if year_ and not n and ctx.anchor is not None:
        base = ctx.reference[0] if ctx.reference and ctx.reference[1] == "quarter" else shift(ctx.anchor, -1, "quarter")
        n = quarter_of(base)
    if n and n <= 4:
        return _nth_quarter(ctx, n, year_)
    if ctx.anchor is None:
        return Value("DATE", f"{year_ or 'XXXX'}-QX", "quarter")
    closing = _closing_day(m, ctx) if not ordinal and word == "quarter" else None
    if closing is not None:
        middle = closing - timedelta(days=QUARTER_MIDPOINT_DAYS)
        return Value("DATE", at_granularity(middle, "quarter"), "quarter", relative=True)
    step = 0 if ordinal in {"current"} else -1
    d = shift(ctx.anchor, step, "quarter")
    if ordinal in {"year-earlier", "year-ago"}:
        base = ctx.reference[0] if ctx.reference and ctx.reference[1] == "quarter" else d
        d = shift(base, -1, "year")
    elif ordinal == "same" and ctx.reference and ctx.reference[1] == "quarter":
        d = ctx.reference[0]
    return Value("DATE", at_granularity(d, "quarter"), "quarter", relative=True)


# "the quarter ended July 31" (a fiscal quarter, May to July) is written as the calendar
# quarter holding most of it: the one holding the day 45 days (half a quarter) before its end.
QUARTER_MIDPOINT_DAYS = 45
_ENDED_ON = re.compile(rf"\s+(?:ended|ending|that\s+ended)\s+(?P<mon>{MONTH_RE})\.?\s*(?P<day>\d{{1,2}})\b"
                       rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?", re.IGNORECASE)


def _closing_day(m: Match, ctx: Context) -> date | None:
    """The date in 'the quarter ended Sept. 30', in the anchor's year (or the year before)."""
    found = _ENDED_ON.match(m.string, m.end())
    if found is None or ctx.anchor is None:
        return None
    month, day = month_number(found["mon"]), int(found["day"])
    year_ = int(found["year"]) if found["year"] else pick_year(ctx.anchor, month, day, "past")
    try:
        return date(year_, month, day)
    except ValueError:
        return None


def _nth_quarter(ctx: Context, n: int, year_: int | None) -> Value:
    if year_ is not None:
        return Value("DATE", f"{year_:04d}-Q{n}", "quarter")
    if ctx.anchor is None:
        return Value("DATE", f"XXXX-Q{n}", "quarter")
    y = ctx.anchor.year
    if n > quarter_of(ctx.anchor) and not _starts_soon(ctx.anchor, n) and ctx.tense() != "future":
        y -= 1
    return Value("DATE", f"{y:04d}-Q{n}", "quarter", relative=True)


def _starts_soon(anchor: date, n: int) -> bool:
    """Quarter `n` of the anchor's year opens within the slack a month name gets: "cuts that
    close ten plants during the fourth quarter" in an August report is the coming fourth
    quarter, whatever the past tense of the announcement (as "in October" would be)."""
    return 3 * n - 2 - anchor.month <= PAST_FUTURE_SLACK_MONTHS


def _year_words(m: Match) -> str:
    """'last year's quarter' is a quarter of last year; 'the year-ago third quarter' too."""
    if m["yrel"]:
        return f"{_words(m['yrel'])} year"
    return "last year" if m["yago"] else ""


def _of_year(words: str, ctx: Context) -> int | None:
    if not words:
        return None
    digits = re.sub(r"\D", "", words)
    if digits:
        return int(digits)
    if ctx.anchor is None:
        return None
    return ctx.anchor.year + {"last year": -1, "next year": 1}.get(words, 0)


def same_period(m: Match, ctx: Context) -> Value | None:
    """'the same period last year', 'the quarter a year ago': the period the text last named
    (a quarter or a month), a year before; else the noun's own unit a year before the anchor."""
    noun = _words(m["noun"])
    reference = ctx.reference
    if reference is not None and reference[1] in {"quarter", "month"} and noun in {"period", "time", reference[1]}:
        base, granularity = reference
    elif ctx.anchor is None:
        return Value("DATE", "XXXX", "year")
    else:
        # "period" in a report of results is the reporting quarter (TimeBank's reading)
        granularity = "quarter" if noun == "period" else noun if noun in {"quarter", "month", "week"} else "year"
        base = shift(ctx.anchor, -1, "quarter") if granularity == "quarter" else ctx.anchor
    return Value("DATE", at_granularity(shift(base, -1, "year"), granularity), granularity, relative=True)


def two_quarters(m: Match, ctx: Context) -> Value | None:
    """'the first two quarters of 1990' is the first half-year (1990-H1); 'the last two' the second."""
    half = 1 if _words(m["pos"]) == "first" else 2
    if m["year"]:
        return Value("DATE", f"{int(m['year']):04d}-H{half}", "quarter")
    year_ = _of_year(f"{_words(m['rel'])} year", ctx)
    if year_ is None:
        return Value("DATE", f"XXXX-H{half}", "quarter")
    return Value("DATE", f"{year_:04d}-H{half}", "quarter", relative=True)
