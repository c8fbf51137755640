"""Values of relative expressions: 'last week', 'three weeks ago', 'the third quarter',
'the past two months', 'now' (repetitions such as 'daily' are in `sets`).

TimeML (as annotated in TimeBank) writes a relative date at the granularity its words name:
"last month" is a month (2017-09), "last week" an ISO week (2017-W42), "two years ago" a
year; "N weeks/days ago" is a day. Spans of time are DURATIONs (P3W), vague quantities
become X (PXY), and vague references are PAST_REF / PRESENT_REF / FUTURE_REF.
"""

from __future__ import annotations

import re
from datetime import date

from rashomon.extract.timex.context import Context, Value
from rashomon.extract.timex.dates import at_granularity, shift
from rashomon.extract.timex.lexicon import (
    SEASONS,
    TIME_UNITS,
    UNITS,
    number_value,
    spoken_year_number,
)

Match = re.Match[str]

_REFS = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "the time being": "PRESENT_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "recently": "PAST_REF",
    "more recently": "PAST_REF",
    "recent": "PAST_REF",
    "lately": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "the past": "PAST_REF",
    "in the past": "PAST_REF",
    "the future": "FUTURE_REF",
    "future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "very soon": "FUTURE_REF",
    "the near future": "FUTURE_REF",
}
_BACK = {"last", "past", "previous", "this past", "prior"}
_AHEAD = {"next", "coming", "following", "this coming"}
# Unit -> granularity of "N units ago": TimeBank writes weeks and days ago as a day.
_AGO_GRANULARITY = {
    "year": "year",
    "decade": "year",
    "century": "year",
    "month": "month",
    "quarter": "quarter",
    "week": "day",
    "fortnight": "day",
    "day": "day",
    "night": "day",
}


# "Six weeks ago" is said of a week, not a day: past a few weeks the reader cannot count back
# to a day. TimeBank and AQUAINT write "two weeks ago" as a day and "six weeks ago" as an ISO
# week, with no case in between; the switch is put at four so "three weeks ago" stays a day.
WEEKS_AGO_AS_WEEK = 4


def _words(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").lower()).strip()


def unit_name(word: str) -> str:
    word = _words(word)
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word


def ref(m: Match, ctx: Context) -> Value | None:
    """now, recently, the future; 'the then current price' is the past's present: PAST_REF."""
    word = _words(m["word"])
    if word.startswith("then"):
        return Value("DATE", "PAST_REF", "vague")
    if word.endswith("soon") and ctx.tense() == "past":
        return None  # "he was soon released": shortly after another event, not the future
    value = _REFS.get(word)
    return Value("DATE", value, "vague") if value else None


# Units that "the following", "the previous" and "that" count from the last named date.
_REFERENCE_UNITS = frozenset({"year", "quarter", "month", "week"})


def relative(m: Match, ctx: Context) -> Value | None:
    """last/this/next + week, weekend, month, year, quarter, decade, century or season."""
    rel, unit = _words(m["rel"]), unit_name(m["unit"]).replace("fiscal ", "")
    step = -1 if rel in _BACK else 1 if rel in _AHEAD else 0
    if unit in SEASONS:
        return _season_value(ctx, SEASONS[unit], step, None)
    if rel in {"following", "previous", "that"} and ctx.reference is not None and unit in _REFERENCE_UNITS:
        d = shift(ctx.reference[0], {"following": 1, "previous": -1}.get(rel, 0), unit)
        return Value("DATE", at_granularity(d, unit), unit, relative=True)
    if rel == "that":
        return Value("DATE", {"month": "XXXX-XX", "week": "XXXX-WXX"}.get(unit, "XXXX"), unit)
    if ctx.anchor is None:
        x = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX"}
        return Value("DATE", x.get(unit, "XXXX"), unit)
    if unit == "weekend":
        return Value("DATE", at_granularity(shift(ctx.anchor, step, "week"), "week") + "-WE", "week", True)
    if rel == "this" and unit == "quarter" and _reported_quarter(m, ctx):
        return Value("DATE", at_granularity(ctx.reference[0], "quarter"), "quarter", True, ctx.reference[0])
    if rel == "last" and unit == "year" and _compares_figures(m):
        by_reference = _reference_shift(ctx, -1, "year", m)
        if by_reference is not None:
            return by_reference
    d = shift(ctx.anchor, step, unit)
    return Value("DATE", at_granularity(d, unit), unit, relative=True)


# "This quarter's loss includes charges of $4.9 million", after "a net loss for the third quarter
# ended Sept. 30" in a report out in October: the quarter reported on, not the one under way.
_RESULTS_AFTER = re.compile(
    r"(?:'s|’s)\s+(?:[a-z-]+\s+)?(?:loss|losses|profit|profits|earnings|results|net|sales|revenue|revenues"
    r"|income|charges?|figures)\b",
    re.IGNORECASE)


def _reported_quarter(m: Match, ctx: Context) -> bool:
    """'this quarter's loss' when the text just reported the quarter completed before the anchor
    (not 'this quarter's sales are expected to rise': a forecast is for the quarter under way)."""
    if ctx.reference is None or ctx.reference[1] != "quarter" or ctx.anchor is None:
        return False
    just_over = shift(ctx.reference[0], 1, "quarter") <= ctx.anchor < shift(ctx.reference[0], 2, "quarter")
    return just_over and _RESULTS_AFTER.match(m.string, m.end()) is not None and ctx.tense() != "future"


# "compared with a loss of $3 million last year", "down from $21.4 million last year", "from
# last year's $1.55 billion": a results figure set against its counterpart, which in a report
# on a quarter is that quarter a year before, as "a year earlier" is.
_COMPARISON_BEFORE = re.compile(
    r"\b(?:compared\s+with|compared\s+to|from|against|versus|vs\.)\s+"
    r"(?:(?:[^.;:]|\.\d){0,60}?[\d%](?:[^.;:]|\.\d){0,30}\s+)?$",
    re.IGNORECASE)
COMPARISON_CHARS = 100


# "earnings of $4 a share for this year, up from last year's $3.27": the figures are a year's.
_YEAR_FIGURES = re.compile(r"\b(?:this|the|full|fiscal|whole)\s+year\b|\bannual", re.IGNORECASE)


def _compares_figures(m: Match) -> bool:
    """'last year' closes (or opens, possessive) a comparison of figures that are not a year's."""
    before = m.string[max(0, m.start() - COMPARISON_CHARS):m.start()]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end():]
    return _COMPARISON_BEFORE.search(before) is not None and _YEAR_FIGURES.search(before) is None


def _season_value(ctx: Context, code: str, step: int, year: int | None, begun: bool = False) -> Value:
    """A season by its year; 'last summer' is the latest one already over, 'next' the next to begin;
    `begun`: the latest one already begun ("held their autumn meetings" in an October report)."""
    if year is not None:
        return Value("DATE", f"{year:04d}-{code}", "season")
    if ctx.anchor is None:
        return Value("DATE", f"XXXX-{code}", "season")
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    anchor = ctx.anchor
    spans = [
        (y, date(y, start_month, 1), shift(date(y, start_month, 1), 3, "month"))
        for y in (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1)
    ]
    if begun:
        chosen = max(y for y, begin, _ in spans if begin <= anchor)
    elif step < 0:
        chosen = max(y for y, _, end in spans if end <= anchor)
    elif step > 0:
        chosen = min(y for y, begin, _ in spans if begin > anchor)
    else:
        current = [y for y, begin, end in spans if begin <= anchor < end]
        chosen = current[0] if current else anchor.year
    return Value("DATE", f"{chosen:04d}-{code}", "season", relative=True)


def season(m: Match, ctx: Context) -> Value | None:
    rel = _words(m["rel"])
    step = -1 if rel in _BACK or rel == "the past" else 1 if rel in _AHEAD else 0
    # A bare season in a past-tense sentence is the latest one begun: it may still be running.
    begun = not rel and not m["year"] and not m["spoken"] and ctx.tense() == "past"
    code = SEASONS[_words(m["season"])]
    year_ = int(m["year"]) if m["year"] else spoken_year_number(m["spoken"]) if m["spoken"] else None
    return _season_value(ctx, code, step, year_, begun)


# A results period longer than a quarter named in the same sentence ("For the nine months,
# earnings were $18.9 million, compared with a loss a year earlier"): the comparison is with
# that period a year before, which TimeML writes as the year, not as the quarter named earlier.
_LONGER_PERIOD = re.compile(
    r"\b(?:(?:nine|six|9|6)[\s-]+months?|first\s+half|year\s+to\s+date|year-to-date)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”]?\s+(?=[A-Z\"'“])")
# How far back in the sentence to look for the period, in characters: a long results sentence.
LONGER_PERIOD_CHARS = 250


def after_longer_period(m: Match) -> bool:
    """The sentence before `m` names a period of several quarters."""
    before = m.string[max(0, m.start() - LONGER_PERIOD_CHARS):m.start()]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end():]
    return _LONGER_PERIOD.search(before) is not None


def _reference_shift(ctx: Context, amount: int, unit: str, m: Match | None = None) -> Value | None:
    """'a year earlier' after an explicit quarter or month: the same period `amount` units away."""
    if ctx.reference is None or unit not in {"year", "month", "quarter"}:
        return None
    ref_date, granularity = ctx.reference
    if granularity != "quarter" or unit == "month":  # only financial quarters carry over
        return None
    if m is not None and after_longer_period(m):
        return None
    return Value("DATE", at_granularity(shift(ref_date, amount, unit), granularity), granularity, True, ref_date)


# Words that count from a time the narrative named ("two years later"); "ago", "from now"
# and "hence" count from the moment of writing.
_NARRATIVE_DIRECTIONS = frozenset({"later", "earlier", "before", "after"})
_GRANULARITY_ORDER = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4}


def _narrative_shift(ctx: Context, amount: int, unit: str) -> Value | None:
    """'In 2001 the plant opened. Two years later it closed': 2003, counted from the date the
    text last named (TimeML's reference time), when that date is at least as precise as the
    unit counted; 'two months later' after a bare year cannot be placed from it."""
    if ctx.reference is None or unit not in _AGO_GRANULARITY:
        return None
    ref_date, ref_granularity = ctx.reference
    granularity = _AGO_GRANULARITY[unit]
    if _GRANULARITY_ORDER.get(ref_granularity, 9) > _GRANULARITY_ORDER.get(granularity, 9):
        return None
    return Value("DATE", at_granularity(shift(ref_date, amount, unit), granularity), granularity, True, ref_date)


def ago(m: Match, ctx: Context) -> Value | None:
    unit = unit_name(m["unit"])
    direction = -1 if _words(m["dir"]) in {"ago", "earlier", "before"} else 1
    num = m.groupdict().get("num")
    plural = m.string[m.end("unit"):m.end("unit") + 1].lower() == "s"
    n = number_value(num) if num else (None if plural else 1)  # "months ago" names no number
    if unit not in _AGO_GRANULARITY:
        return Value("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", "vague")
    if n is None:
        return Value("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", "vague")
    # counted from a date the text named: needs no publication date
    by_reference = _reference_shift(ctx, direction * int(n), unit, m) if int(n) == n else None
    if by_reference is None and int(n) == n and _words(m["dir"]) in _NARRATIVE_DIRECTIONS:
        by_reference = _narrative_shift(ctx, direction * int(n), unit)
    if by_reference is not None:
        return by_reference
    if ctx.anchor is None:
        return Value(
            "DATE",
            {"year": "XXXX", "month": "XXXX-XX"}.get(_AGO_GRANULARITY[unit], "XXXX-XX-XX"),
            _AGO_GRANULARITY[unit],
        )
    granularity = _AGO_GRANULARITY[unit]
    if unit == "week" and n >= WEEKS_AGO_AS_WEEK:
        granularity = "week"
    d = shift(ctx.anchor, direction * round(n), unit)
    return Value("DATE", at_granularity(d, granularity), granularity, relative=True)


def ago_adj(m: Match, ctx: Context) -> Value | None:
    """'year-ago', 'year-earlier' (financial news): the referenced period one unit before;
    'the year-ago quarter' is a quarter even when no quarter was named (the last one completed)."""
    if _words(m["noun"]) in {"quarter", "period"} and ctx.anchor is not None and _words(m["unit"]) == "year":
        named = ctx.reference is not None and ctx.reference[1] == "quarter"
        base = ctx.reference[0] if named and ctx.reference else shift(ctx.anchor, -1, "quarter")
        return Value("DATE", at_granularity(shift(base, -1, "year"), "quarter"), "quarter", True)
    return ago(m, ctx)


# A fraction of a unit is written in the next smaller one, as TimeBank does ("2 1/2 years"
# = P2Y6M, "a minute and a half" = PT1M30S): unit -> (smaller unit, how many make one).
_SMALLER = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24),
            "hour": ("minute", 60), "minute": ("second", 60)}


_VAGUE_LETTER = {"CE": "C", "DE": "Y"}


def duration_value(n: float | None, unit: str) -> str:
    """A TimeML duration: P2Y, P2Q (TimeBank keeps quarters), PT5H30M, PXM for a vague count."""
    letter, count, _ = UNITS[unit]
    clock = unit in TIME_UNITS
    if n is None:
        # "for centuries": PXC; "for decades": PXY, as counted decades become years (P20Y).
        return f"PTX{letter}" if clock else f"PX{_VAGUE_LETTER.get(letter, letter)}"
    total = n * count
    if letter == "DE":
        letter, total = "Y", total * 10
    elif letter == "CE":
        letter, total = "Y", total * 100
    whole, fraction = int(total), total - int(total)
    if not fraction or unit not in _SMALLER or letter != UNITS[unit][0]:
        number = whole if not fraction else total
        return f"{'PT' if clock else 'P'}{number}{letter}"
    if unit == "week":
        return f"P{round(total * 7)}D"  # "a week and a half" = P10D, not P1W4D
    smaller, per = _SMALLER[unit]
    parts = [(whole, unit), (round(fraction * per), smaller)]
    return _compose([(k, u) for k, u in parts if k])


def _compose(parts: list[tuple[int, str]]) -> str:
    """P2Y6M, PT5H30M, P1DT12H from (count, unit) pairs, larger unit first."""
    date_part = "".join(f"{k}{UNITS[u][0]}" for k, u in parts if u not in TIME_UNITS)
    time_part = "".join(f"{k}{UNITS[u][0]}" for k, u in parts if u in TIME_UNITS)
    return "P" + date_part + (f"T{time_part}" if time_part else "")


# How close (characters) a date of the same unit must come before 'the year before' to be what
# it counts back from: one news sentence.
_SAME_BREATH_CHARS = 200


def unit_back(m: Match, ctx: Context) -> Value | None:
    """'the year previous', 'the month before.': one unit back from the date the text is about
    (as 'the previous year' is), else from the anchor."""
    unit = unit_name(m["unit"])
    last = ctx.last_date
    if last is not None and last[1] == unit and ctx.position - last[2] <= _SAME_BREATH_CHARS:
        d = shift(last[0], -1, unit)  # "$300 million last year, down from $450 million the year before"
    elif ctx.reference is not None and unit in _REFERENCE_UNITS:
        d = shift(ctx.reference[0], -1, unit)
    elif ctx.anchor is not None:
        d = shift(ctx.anchor, -1, unit)
    else:
        return Value("DATE", {"month": "XXXX-XX", "week": "XXXX-WXX", "quarter": "XXXX-QX"}.get(unit, "XXXX"), unit)
    return Value("DATE", at_granularity(d, unit), unit, relative=True)


def range_count_first(m: Match, ctx: Context) -> Value | None:
    """'between [60] and 90 days': the lower count, in the unit named after the upper one."""
    unit = unit_name(m["unit"])
    n = number_value(_words(m["num"]))
    if unit not in UNITS or not n:
        return None
    return Value("DURATION", duration_value(n, unit), "duration")


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall|must)\s+$", re.IGNORECASE)


def duration(m: Match, ctx: Context) -> Value | None:
    unit = unit_name(m["unit"])
    if unit not in UNITS:
        return None
    num = _words(m.groupdict().get("hi") or m["num"])  # "two to three weeks": the upper count
    if num == "one" and unit == "day" and m.group(0).lower() == "one day" and _MODAL_BEFORE.search(
            m.string, max(0, m.start() - 12), m.start()):
        return Value("DATE", "FUTURE_REF", "vague")  # "Islam will one day be...": some day ahead
    n = number_value(num)
    if "and a half" in _words(m.group(0)) and n is not None:
        n += 0.5
    ahead = _ahead_of_anchor(m, ctx, n, unit)
    return ahead or Value("DURATION", duration_value(n, unit), "duration")


_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)


def _ahead_of_anchor(m: Match, ctx: Context, n: float | None, unit: str) -> Value | None:
    """'will be redeemed in five years': a date that far ahead, not a span (future tense only)."""
    groups = m.groupdict()
    if (ctx.anchor is None or n is None or n != int(n) or unit not in _AGO_GRANULARITY or "rel" not in groups
            or groups["rel"] or groups["the"] or groups["q"]
            or not _IN_BEFORE.search(m.string, max(0, m.start() - 4), m.start())):
        return None
    if ctx.tense() != "future":
        return None
    granularity = _AGO_GRANULARITY[unit]
    return Value("DATE", at_granularity(shift(ctx.anchor, int(n), unit), granularity), granularity, True)


def period(m: Match, ctx: Context) -> Value | None:
    return duration(m, ctx)


def bare_units(m: Match, ctx: Context) -> Value | None:
    rel = _words(m["rel"])
    unit = unit_name(m["unit"])
    if rel == "future" or (rel == "recent" and unit == "year"):
        # TimeBank: "recent years" is a vague past, "recent weeks" a span of unknown length.
        return Value("DATE", "PAST_REF" if rel == "recent" else "FUTURE_REF", "vague")
    return Value("DURATION", duration_value(None, unit), "duration")


def unit_long(m: Match, ctx: Context) -> Value | None:
    """'a day-long meeting' (P1D), 'a decades-long feud' (as long as decades: a vague count),
    'the worst single-day fall' (P1D)."""
    unit = unit_name(m["unit"] or m["single"])
    return Value("DURATION", duration_value(None if m["plural"] else 1, unit), "duration")


def weekend(m: Match, ctx: Context) -> Value | None:
    """'the weekend': the last one in news, the coming one in future tense."""
    rel = _words(m.group(0)).split()[0]
    if ctx.anchor is None:
        return Value("DATE", "XXXX-WXX-WE", "week")
    step = {"last": -1, "next": 1}.get(rel, 0)
    saturday_offset = 6 - ctx.anchor.isoweekday()
    if rel in {"the", "over"} and saturday_offset > 0 and ctx.tense() != "future":
        step = -1  # before Saturday, "the weekend" in the past tense is the previous one
    d = shift(ctx.anchor, step, "week")
    return Value("DATE", at_granularity(d, "week") + "-WE", "week", relative=True)


def spoken_year(m: Match, ctx: Context) -> Value | None:
    century = _words(m["century"])
    rest = number_value(m["rest"]) if m["rest"] else 0
    if rest is None or rest >= 100:
        return None
    base = {"nineteen": 1900, "eighteen": 1800}.get(century, 2000)
    return Value("DATE", f"{base + int(rest):04d}", "year")


def century(m: Match, ctx: Context) -> Value | None:
    n = int(m["n"])
    return Value("DATE", f"{n - 1:02d}", "century") if 1 <= n <= 21 else None


def decade_word(m: Match, ctx: Context) -> Value | None:
    """'the nineties': the decade of the last century (or this one, if already reached)."""
    tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
            "eighties": 8, "nineties": 9}[_words(m["word"])]
    century_ = 20 if ctx.anchor is not None and 2000 + tens * 10 <= ctx.anchor.year else 19
    return Value("DATE", f"{century_}{tens}", "decade")


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def year_end(m: Match, ctx: Context) -> Value | None:
    """'by year-end', 'the end of the month': the current one; but 'since year-end' is the last
    one over, as the current period has not ended yet ('up 12% since year-end', in October)."""
    unit = _words(m.groupdict().get("unit")) or "year"
    if ctx.anchor is None:
        return Value("DATE", {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}[unit], unit)
    ended = _words(m.groupdict().get("pos")) in {"", "end"} and _SINCE_BEFORE.search(
        m.string, max(0, m.start() - 8), m.start()) is not None
    return Value("DATE", at_granularity(shift(ctx.anchor, -1 if ended else 0, unit), unit), unit, relative=True)


def reference_of(value: Value) -> tuple[date, str] | None:
    """The date a DATE value names, kept as the reference for later 'a year earlier'."""
    v = value.value
    if value.type == "TIME" and (day := re.match(r"(\d{4})-(\d\d)-(\d\d)T", v)):
        # "around midday on Wednesday", "Tuesday morning": a time of day names its day, which a
        # later "the day" or "that day" repeats (a bare "at 10 p.m." already took that day).
        return date(int(day[1]), int(day[2]), int(day[3])), "day"
    match = re.fullmatch(r"(\d{4})(?:-(?:Q(\d)|(\d\d)(?:-(\d\d))?))?", v)
    if value.type != "DATE" or not match:
        return None
    y = int(match[1])
    if not match[2] and not match[3]:
        return date(y, 1, 1), "year"
    if match[2]:
        return date(y, (int(match[2]) - 1) * 3 + 1, 1), "quarter"
    return date(y, int(match[3]), int(match[4] or 1)), "day" if match[4] else "month"
