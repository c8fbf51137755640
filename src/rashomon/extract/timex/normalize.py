"""Turn calendar-named expressions (dates, month and day names, clock times) into TimeML values.

One function per detection rule of the same name. A year-less date takes its year from the
anchor (the publication date) and the tense around it; with no anchor the unknown parts stay
X ("XXXX-10-21"), as TimeML writes them. Relative expressions ("last week", "three weeks ago",
durations, sets) are in `relative`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from rashomon.extract.timex.context import Context, Value, pick_year
from rashomon.extract.timex.dates import days_in_month, holiday, iso_week, weekday_after, weekday_before
from rashomon.extract.timex.lexicon import (
    DAYNUM_RE,
    MONTH_RE,
    ORDINALS,
    PARTS_OF_DAY,
    SMALL_NUMBERS,
    WEEKDAY_RE,
    YEAR_RE,
    month_number,
    spoken_year_number,
    weekday_number,
)

Match = re.Match[str]
S0 = r"[^\S\n]*"
S = r"[^\S\n]+"


def _day_value(ctx: Context, month: int, day: int, year: str | None) -> Value | None:
    if year:
        y = int(year)
        if day > days_in_month(y, month):
            return None
        return Value("DATE", f"{y:04d}-{month:02d}-{day:02d}", "day")
    if day > days_in_month(2000, month):
        return None
    if ctx.anchor is None:
        return Value("DATE", f"XXXX-{month:02d}-{day:02d}", "day")
    y = pick_year(ctx.anchor, month, day, ctx.tense())
    if day > days_in_month(y, month):
        return None
    return Value("DATE", f"{y:04d}-{month:02d}-{day:02d}", "day", relative=True)


def range_day(m: Match, ctx: Context) -> Value | None:
    """One end of 'April 24 and 25' or '12-13 March': the day in the month the other end names,
    and in the year that day falls in, so both ends of the span land in the same month."""
    month = month_number(m["mon"])
    other = _day_value(ctx, month, _int(m["d1"] if "d1" in m.re.groupindex else m["d2"]), m["year"])
    if other is None or other.value.startswith("X"):
        return _day_value(ctx, month, _int(m["day"]), m["year"])
    return _day_value(ctx, month, _int(m["day"]), other.value[:4])


def _int(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def iso(m: Match, ctx: Context) -> Value | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= days_in_month(y, mo)):
        return None
    if m["H"]:
        return Value("TIME", f"{y:04d}-{mo:02d}-{d:02d}T{m['H']}:{m['M']}", "time")
    return Value("DATE", f"{y:04d}-{mo:02d}-{d:02d}", "day")


def numeric(m: Match, ctx: Context) -> Value | None:
    """23.10.2017 is day.month (European); 10/23/2017 is month/day unless the first exceeds 12."""
    a, b = int(m["a"]), int(m["b"])
    day, month = (a, b) if m["sep"] == "." or a > 12 else (b, a)
    if not 1 <= month <= 12 or day < 1:
        return None
    year = m["y"]
    if len(year) == 2:  # "7/8/07": only with slashes, the American short form
        if m["sep"] != "/":
            return None
        year = str(full_year(int(year), ctx.anchor))
    return _day_value(ctx, month, day, year)


def full_year(two_digits: int, anchor: date | None) -> int:
    """'07 is 2007 and '82 is 1982: the latest such year not past the year after the anchor."""
    this_year = anchor.year if anchor else date.today().year
    year = 2000 + two_digits
    return year if year <= this_year + 1 else year - 100


def short_year(m: Match, ctx: Context) -> Value | None:
    """'since '82', 'the class of '07': a year with its century left out."""
    return Value("DATE", f"{full_year(int(m['yy']), ctx.anchor):04d}", "year")


# "Nov. 12-14, 2015": the year after the span's last day is the first day's year too.
_RANGE_YEAR_AFTER = re.compile(rf"(?:{S0}[-–]{S0}|{S}(?:and|to|through|until|till){S}){DAYNUM_RE},?{S}({YEAR_RE})\b")


def mdy(m: Match, ctx: Context) -> Value | None:
    year = m["year"]
    if not year and (span_year := _RANGE_YEAR_AFTER.match(m.string, m.end())):
        year = span_year[1]
    return _day_value(ctx, month_number(m["mon"]), _int(m["day"]), year)


dmy = mdy


def week_of(m: Match, ctx: Context) -> Value | None:
    """'the week of March 6': the ISO week holding that day."""
    day = _day_value(ctx, month_number(m["mon"]), _int(m["day"]), m["year"])
    if day is None:
        return None
    if day.value.startswith("X"):
        return Value("DATE", "XXXX-WXX", "week")
    found = date.fromisoformat(day.value)
    return Value("DATE", iso_week(found), "week", relative=day.relative)


def nth_week(m: Match, ctx: Context) -> Value | None:
    """'the first week of December', 'the last week of 2016': an ISO week, counted as ISO 8601
    counts a year's weeks - the week holding the month's (or year's) first Thursday is its first."""
    if m["oyear"]:
        first, last, relative = date(int(m["oyear"]), 1, 1), date(int(m["oyear"]), 12, 31), False
    else:
        mo = month_number(m["mon"])
        if m["year"]:
            y, relative = int(m["year"]), False
        elif ctx.anchor is not None:
            y, relative = pick_year(ctx.anchor, mo, None, ctx.tense()), True
        else:
            return Value("DATE", "XXXX-WXX", "week")
        first, last = date(y, mo, 1), date(y, mo, days_in_month(y, mo))
    word = m["ord"].lower()
    n = -1 if word in ("last", "final") else ORDINALS[word]
    first_thursday = weekday_after(first, THURSDAY)
    thursday = first_thursday + timedelta(weeks=n - 1) if n > 0 else weekday_before(last, THURSDAY)
    return Value("DATE", iso_week(thursday), "week", relative=relative)


THURSDAY = 4


def month_year(m: Match, ctx: Context) -> Value | None:
    mo = month_number(m["mon"])
    said = spoken_year_number(m["spoken"]) if m["spoken"] else None
    if m["year"] or said:
        return Value("DATE", f"{int(m['year'] or said):04d}-{mo:02d}", "month")
    if ctx.anchor is None:
        return Value("DATE", f"XXXX-{mo:02d}", "month")
    year_ = ctx.anchor.year + {"last": -1, "next": 1}.get(m["relyear"].lower(), 0)
    return Value("DATE", f"{year_:04d}-{mo:02d}", "month", relative=True)


# "the year ended March 31": a twelve-month span closed by a date (often a fiscal year), not
# the calendar year; TimeBank writes it P1Y in 7 of its 8 cases.
_SPAN_CLOSED_AFTER = re.compile(
    rf"\s+(?:ended|ending|that\s+ended|which\s+ended|(?:through|to)(?=\s+{MONTH_RE}))\s", re.IGNORECASE
)


def the_year(m: Match, ctx: Context) -> Value | None:
    """'the year ended Sept. 30' is a span of a year; 'for the (full) year' otherwise this year."""
    if _SPAN_CLOSED_AFTER.match(m.string, m.end()):
        return Value("DURATION", "P1Y", "duration")
    if m["latest"] and ctx.anchor is not None:  # "the latest fiscal year": the last one closed
        return Value("DATE", f"{ctx.anchor.year - 1:04d}", "year", relative=True)
    if ctx.reference is not None and ctx.reference[1] == "quarter":  # "the fourth quarter ... the year"
        return Value("DATE", f"{ctx.reference[0].year:04d}", "year", relative=True)
    if ctx.anchor is None:
        return Value("DATE", "XXXX", "year")
    return Value("DATE", f"{ctx.anchor.year:04d}", "year", relative=True)


def month(m: Match, ctx: Context) -> Value | None:
    """A month name alone: 'last May' is May of last year (TimeBank's reading); else by tense."""
    mo = month_number(m["mon"])
    if ctx.anchor is None:
        return Value("DATE", f"XXXX-{mo:02d}", "month")
    rel = (m["rel"] or "").lower().split()
    anchor = ctx.anchor
    if rel and rel[-1] in {"last", "past", "previous"}:
        year = anchor.year - 1 if mo >= anchor.month else anchor.year
    elif rel and rel[-1] in {"next", "coming", "following"}:
        year = anchor.year + 1 if mo <= anchor.month else anchor.year
    elif rel:
        year = anchor.year
    else:
        tense = ctx.tense()
        year = pick_year(anchor, mo, None, tense)
    return Value("DATE", f"{year:04d}-{mo:02d}", "month", relative=True)


def year(m: Match, ctx: Context) -> Value | None:
    """'1998'; 'the second half of 1998' is the half-year (TimeML 1998-H2), as 'the last half' is."""
    mod = (m["mod"] or "").lower().split()
    if "half" in mod:
        return Value("DATE", f"{int(m['year']):04d}-H{1 if 'first' in mod else 2}", "quarter")
    return Value("DATE", f"{int(m['year']):04d}", "year")


def decade(m: Match, ctx: Context) -> Value | None:
    digits = m["dec"].lstrip("'")
    if len(digits) == 2:
        recent = ctx.anchor is not None and 2000 + int(digits) <= ctx.anchor.year
        digits = ("20" if recent else "19") + digits
    return Value("DATE", digits[:3], "decade")


def weekday_date(ctx: Context, wd: int, rel: str) -> date | None:
    """The date of a day name: the last such day in news, the next one in future tense."""
    if ctx.anchor is None:
        return None
    last = rel.split()[-1] if rel else ""
    if last in {"last", "past"}:
        return weekday_before(ctx.anchor, wd, include_anchor=False)
    if last in {"next", "coming"}:
        return weekday_after(ctx.anchor, wd, include_anchor=False)
    if ctx.tense() == "future":
        return weekday_after(ctx.anchor, wd, include_anchor=True)
    return weekday_before(ctx.anchor, wd, include_anchor=True)


# "Wednesday's ruling", "Sunday's vote": the day names an event by its noun, not by the verb
# of the clause around it. The event still lies ahead when the noun says so ("Sunday's planned
# vote") or a word before the day does ("ahead of Sunday's vote").
_POSSESSIVE_AFTER = re.compile(r"['’]s\s")
_AHEAD_NOUN = re.compile(r"['’]s\s+(?:planned|scheduled|upcoming|expected|coming|proposed)\b", re.IGNORECASE)
_AHEAD_BEFORE = re.compile(r"\b(?:ahead\s+of|before|until|till|by|awaiting|await|awaits|for)\s+$", re.IGNORECASE)


def _past_possessive(m: Match) -> bool:
    """A day name before a possessive that names an event already past: no word says it is ahead."""
    text = m.string
    if not _POSSESSIVE_AFTER.match(text, m.end()) or _AHEAD_NOUN.match(text, m.end()):
        return False
    return not _AHEAD_BEFORE.search(text, max(0, m.start() - 16), m.start())


def weekday(m: Match, ctx: Context) -> Value | None:
    """A day name. Before a possessive ("would look for ways around Wednesday's ruling") the
    clause's future words belong to another verb: the day is the last one, as a day named
    in news with no tense of its own is."""
    wd = weekday_number(m["wd"])
    rel = (m["rel"] or "").lower()
    if not rel and not m["part"] and ctx.anchor is not None and _past_possessive(m):
        d: date | None = weekday_before(ctx.anchor, wd, include_anchor=True)
    else:
        d = weekday_date(ctx, wd, rel)
    part = PARTS_OF_DAY.get((m["part"] or "").lower(), "")
    if d is None:
        value = f"XXXX-WXX-{wd}"
        return Value("TIME", f"{value}T{part}", "time") if part else Value("DATE", value, "day")
    if part:
        return Value("TIME", f"{d.isoformat()}T{part}", "time", relative=True)
    return Value("DATE", d.isoformat(), "day", relative=True)


def weekday_possessive(m: Match, ctx: Context) -> Value | None:
    """'Tuesdays attack', 'Monday nights raid' (Tuesday's, night's: the apostrophe lost in
    scraping): that day, or that part of it."""
    wd = weekday_number(m["wd"] or m["stem"] + "day")
    d = weekday_date(ctx, wd, "")
    part = PARTS_OF_DAY.get((m["part"] or "").lower(), "")
    day = d.isoformat() if d else f"XXXX-WXX-{wd}"
    if part:
        return Value("TIME", f"{day}T{part}", "time", relative=d is not None)
    return Value("DATE", day, "day", relative=d is not None)


_DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0, "last": -1}


# "today's world", "tomorrow's leaders": the present (or future) age, not the day; TimeML
# gives the generic sense PRESENT_REF / FUTURE_REF. Nouns that name an age or its people.
_GENERIC_AFTER = re.compile(
    r"'s\s+(?:[a-z-]+\s+)?(?:world|society|youth|young|generation|children|kids|teenagers|families|culture"
    r"|standards|technology|age|era|leaders|consumers|economy)\b",
    re.IGNORECASE,
)
_GENERIC_REFS = {"today": "PRESENT_REF", "tomorrow": "FUTURE_REF"}


def deictic(m: Match, ctx: Context) -> Value | None:
    """today, yesterday, tomorrow, tonight, this morning, last night, the day before yesterday."""
    word = (m["word"] or "").lower()
    if word in _GENERIC_REFS and not m["part"] and _GENERIC_AFTER.match(m.string, m.end()):
        return Value("DATE", _GENERIC_REFS[word], "vague")
    if m["ba"]:
        offset, part = (-2 if m["ba"].lower().startswith("before") else 2), ""
    elif m["part3"]:  # "mid-afternoon (yesterday)"
        offset, part = _DEICTIC_DAYS[(m["word3"] or "today").lower()], PARTS_OF_DAY[m["part3"].lower()]
    elif m["word"]:
        word = m["word"].lower()
        offset = _DEICTIC_DAYS[word]
        part = "NI" if word == "tonight" else PARTS_OF_DAY.get((m["part"] or "").lower(), "")
    else:
        offset = _DEICTIC_DAYS[m["this"].lower()]
        part = PARTS_OF_DAY[m["part2"].lower()]
    value = "XXXX-XX-XX" if ctx.anchor is None else (ctx.anchor + timedelta(days=offset)).isoformat()
    if part:
        return Value("TIME", f"{value}T{part}", "time", relative=ctx.anchor is not None)
    return Value("DATE", value, "day", relative=ctx.anchor is not None)


def holiday_rule(m: Match, ctx: Context) -> Value | None:
    """'Christmas', 'Easter 2015', and 'Easter week': the week a holiday falls in is a week date."""
    day = _holiday_day(m, ctx)
    if day is None or not m["week"]:
        return day
    return Value("DATE", iso_week(date.fromisoformat(day.value)), "week", relative=day.relative)


def _holiday_day(m: Match, ctx: Context) -> Value | None:
    name = re.sub(r"\s+", " ", m["h"])
    if m["year"]:
        d = holiday(name, int(m["year"]))
        return Value("DATE", d.isoformat(), "day") if d else None
    if ctx.anchor is None:
        return None
    rel, tense = (m["rel"] or "").lower(), ctx.tense()
    year_ = ctx.anchor.year
    this_year = holiday(name, year_)
    if this_year is None:
        return None
    if rel == "last" or (not rel and tense != "future" and this_year > ctx.anchor + timedelta(days=7)):
        year_ -= 1 if this_year >= ctx.anchor else 0
    elif (rel == "next" and this_year <= ctx.anchor) or (not rel and tense == "future" and this_year < ctx.anchor):
        year_ += 1  # "will celebrate Mass on Palm Sunday" in October: next year's
    d = holiday(name, year_)
    return Value("DATE", d.isoformat(), "day", relative=True) if d else None


def clock(m: Match, ctx: Context) -> Value | None:
    """9 a.m., 15:30 GMT, noon, with the day they are on when the words say it."""
    if m["word"]:
        hour, minute = (24, 0) if m["word"].lower() == "midnight" else (12, 0)
    elif m["h24"]:
        hour, minute = int(m["h24"]), int(m["mi24"])
    elif m["mh"]:  # "0800 GMT"
        hour, minute = int(m["mh"]), int(m["mm"])
    else:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        pm = m["ampm"].lower().startswith("p")
        if hour > 12 or hour == 0:
            return None
        hour = (hour % 12) + (12 if pm else 0)
    if hour > 24:
        return None
    day = _clock_day(m, ctx)
    return Value("TIME", f"{day}T{hour:02d}:{minute:02d}{_zone(m)}", "time", relative=ctx.anchor is not None)


def _zone(m: Match) -> str:
    """The ISO 8601 zone of a clock time: Z for UTC/GMT, '+08:00' for 'GMT +8', else none.

    TimeML values follow ISO 8601, where a time at an offset from UTC carries that offset; the
    clock reading and its day stay the local ones, so the date a report names is kept. A named
    local zone (EST, local time) is left without one, as the TimeML corpora do.
    """
    if (m["tz"] or "").upper() not in {"UTC", "GMT"}:
        return ""
    hours, minutes = int(m["oh"] or 0), int(m["om"] or 0)
    if hours > 14:  # no zone is that far from UTC: the figure is something else
        return ""
    if (hours, minutes) == (0, 0):
        return "Z"
    sign = "+" if m["sign"] == "+" else "-"  # a typeset minus sign is a minus
    return f"{sign}{hours:02d}:{minutes:02d}"


# "at 10:35 a.m. (0735 GMT) Friday": the day comes after a bracketed aside, outside the span.
_ASIDE_THEN_WEEKDAY = re.compile(rf"{S0}\([^()\n]{{1,20}}\){S0},?{S0}(?:on{S})?({WEEKDAY_RE})\b", re.IGNORECASE)


def _weekday_after_aside(m: Match) -> str | None:
    found = _ASIDE_THEN_WEEKDAY.match(m.string, m.end())
    return found[1] if found else None


def _clock_day(m: Match, ctx: Context) -> str:
    if m["cmon"]:  # "5 p.m. EST Nov. 9"
        day = _day_value(ctx, month_number(m["cmon"]), _int(m["cday"]), m["cyear"])
        return day.value if day else "XXXX-XX-XX"
    if ctx.anchor is None:
        return f"XXXX-WXX-{weekday_number(m['wd'])}" if m["wd"] else "XXXX-XX-XX"
    wd = m["wd"] or _weekday_after_aside(m)
    if wd:
        d = weekday_date(ctx, weekday_number(wd), "")
        return d.isoformat() if d else "XXXX-XX-XX"
    if not m["deictic"] and ctx.recent_day() is not None:
        return ctx.recent_day().isoformat()  # "shot on Friday ... at 10 p.m.": the day the text is about
    offset = _DEICTIC_DAYS.get((m["deictic"] or "today").lower(), 0)
    return (ctx.anchor + timedelta(days=offset)).isoformat()


def clock_part(m: Match, ctx: Context) -> Value | None:
    """'4 in the morning', 'ten in the evening': an hour made a.m. or p.m. by the part of the day."""
    words = m["h"].lower()
    hour = int(words) if words.isdigit() else int(SMALL_NUMBERS[words])
    part = m["part"].lower()
    if part in {"afternoon", "evening"} or (part == "night" and hour >= 6):
        hour = hour % 12 + 12
    elif hour == 12:
        hour = 0
    day = ctx.recent_day() or ctx.anchor
    stamp = day.isoformat() if day else "XXXX-XX-XX"
    return Value("TIME", f"{stamp}T{hour:02d}:00", "time", relative=day is not None)
