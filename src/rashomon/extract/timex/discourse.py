"""Values of expressions that point back at a day the report already named: 'the day',
'that same day', 'the previous Friday'.

They name no date of their own. "The index ended the day 2% lower" is the trading day the
report is about; "on the same day" and "earlier that day" repeat the last day the text named;
"the previous Friday" is the Friday before it. So the value is read from the discourse
reference (the last explicit day), falling back to the publication date, never the reverse:
the reference is what the sentence is about.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from rashomon.extract.timex.context import Context, Value
from rashomon.extract.timex.dates import at_granularity, weekday_after, weekday_before
from rashomon.extract.timex.lexicon import PARTS_OF_DAY, weekday_number

Match = re.Match[str]

# Words right before 'the day' / 'that day' that make it a time ("in the day", "end the
# day", "for the day", "on that day"), as against "the day belonged to the Czechs".
DAY_CONTEXT_BEFORE = frozenset(
    ["in", "for", "during", "on", "of", "end", "ended", "ending", "ends", "finish", "finished", "finishing",
     "close", "closed", "closing", "throughout", "all", "by", "until", "earlier", "later"]
)


def _reference_day(ctx: Context, m: Match | None = None) -> date | None:
    """The last named day (else the publication date); 'the next morning' is the day after it."""
    day = ctx.recent_day() or ctx.anchor
    if day is not None and m is not None and m["step"]:
        return day + timedelta(days=1)
    return day


def the_day(m: Match, ctx: Context) -> Value | None:
    """'the day', 'the same day', 'that day', 'the end of the day': the day the text is about."""
    if m["nth"]:
        return ordinal_day(ctx)
    day = _reference_day(ctx, m)
    if day is None:
        return Value("DATE", "XXXX-XX-XX", "day")
    if m["bdir"]:  # "the day before,": one day from the day the text is about
        day += timedelta(days=-1 if m["bdir"].lower() == "before" else 1)
    return Value("DATE", day.isoformat(), "day", relative=True)


def previous_weekday(m: Match, ctx: Context) -> Value | None:
    """'the previous Friday', 'the following Monday': counted from the day the text is about."""
    wd = weekday_number(m["wd"])
    day = _reference_day(ctx)
    if day is None:
        return Value("DATE", f"XXXX-WXX-{wd}", "day")
    if m["dir"].lower() in {"previous", "preceding"}:
        found = weekday_before(day, wd, include_anchor=False)
    else:
        found = weekday_after(day, wd, include_anchor=False)
    return Value("DATE", found.isoformat(), "day", relative=True)


def day_part(m: Match, ctx: Context) -> Value | None:
    """'in the morning', 'during the night': that part of the day the text is about."""
    day = _reference_day(ctx, m)
    part = PARTS_OF_DAY[m["part"].lower()]
    return Value("TIME", f"{day.isoformat() if day else 'XXXX-XX-XX'}T{part}", "time", relative=day is not None)


def then(m: Match, ctx: Context) -> Value | None:
    """'until then', 'by that time': the last date the text named; 'at the time' is the past."""
    before = m.string[max(0, m.start() - 6):m.start()].lower().split()
    if before and before[-1] == "at":
        return Value("DATE", "PAST_REF", "vague")
    if ctx.reference is None:
        return None
    day, granularity = ctx.reference
    return Value("DATE", at_granularity(day, granularity), granularity, relative=True)


# How close (characters) a named day must stand before "is the second day" to be its subject
# ("Monday is the first day of the fast"): the day name, a space and the copula.
SUBJECT_DAY_CHARS = 20


def ordinal_day(ctx: Context) -> Value | None:
    """'today is the eighth day of the blockade', "it's the second day of the strike": a count
    of the days of a running event, said in the present tense, names the day it is said on -
    the publication date, or the day named as the subject ("Monday is the first day of")."""
    day = ctx.anchor
    if ctx.last_day is not None and 0 <= ctx.position - ctx.last_day_at <= SUBJECT_DAY_CHARS:
        day = ctx.last_day
    if day is None:
        return None
    return Value("DATE", day.isoformat(), "day", relative=True)
