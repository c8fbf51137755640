"""Calendar arithmetic behind relative time values ("three weeks ago", "last Friday").

Values are TimeML strings at the granularity the words name: a year, a month, an ISO week,
a quarter or a day. These helpers move an anchor date by calendar units and write the result
at a chosen granularity, so the rules in `normalize` stay one line each.
"""

from __future__ import annotations

from datetime import date, timedelta


def add_months(d: date, months: int) -> date:
    """`d` moved by whole months, the day clamped to the target month's length."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    day = min(d.day, days_in_month(year, month))
    return date(year, month, day)


def days_in_month(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def shift(d: date, amount: int, unit: str) -> date:
    """`d` moved by `amount` units (day, week, month, quarter, year, decade, century)."""
    if unit in {"day", "night"}:
        return d + timedelta(days=amount)
    if unit == "week":
        return d + timedelta(weeks=amount)
    if unit == "fortnight":
        return d + timedelta(weeks=2 * amount)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit)
    if months is None:
        return d
    return add_months(d, amount * months)


def at_granularity(d: date, granularity: str) -> str:
    """`d` written as a TimeML value at `granularity`."""
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "week":
        return iso_week(d)
    if granularity == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if granularity == "decade":
        return f"{d.year // 10:03d}"
    if granularity == "century":
        return f"{d.year // 100:02d}"
    return d.isoformat()


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def weekday_before(anchor: date, weekday: int, include_anchor: bool = True) -> date:
    """The latest date on or before `anchor` (strictly before unless `include_anchor`)
    falling on ISO `weekday` (1 = Monday)."""
    back = (anchor.isoweekday() - weekday) % 7
    if back == 0 and not include_anchor:
        back = 7
    return anchor - timedelta(days=back)


def weekday_after(anchor: date, weekday: int, include_anchor: bool = True) -> date:
    ahead = (weekday - anchor.isoweekday()) % 7
    if ahead == 0 and not include_anchor:
        ahead = 7
    return anchor + timedelta(days=ahead)


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The `nth` ISO `weekday` of a month (US Thanksgiving is the 4th Thursday of November)."""
    first = date(year, month, 1)
    offset = (weekday - first.isoweekday()) % 7
    return first + timedelta(days=offset + 7 * (nth - 1))


def holiday(name: str, year: int) -> date | None:
    """The date of a holiday named in news, in `year`."""
    key = name.lower().replace("'", "").replace("’", "")
    fixed = {
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "new years day": (1, 1),
        "new years eve": (12, 31),
        "new years": (1, 1),
        "halloween": (10, 31),
        "valentines day": (2, 14),
        "independence day": (7, 4),
        "boxing day": (12, 26),
        "veterans day": (11, 11),
        "armistice day": (11, 11),
        "bastille day": (7, 14),
        "may day": (5, 1),
    }
    key = " ".join(key.split())
    if key in fixed:
        return date(year, *fixed[key])
    if key.startswith("thanksgiving"):
        return nth_weekday(year, 11, 4, 4)
    if key in _EASTER_OFFSETS:
        return easter(year) + timedelta(days=_EASTER_OFFSETS[key])
    if key.startswith("easter"):
        return easter(year)
    return _us_weekday_holiday(key, year)


# Days counted from Easter Sunday.
_EASTER_OFFSETS = {"good friday": -2, "palm sunday": -7, "ash wednesday": -46, "easter monday": 1}


def _us_weekday_holiday(key: str, year: int) -> date | None:
    """US holidays on a set weekday: Memorial Day (last Monday of May), Labor Day (first
    Monday of September), Election Day (the Tuesday after the first Monday of November)."""
    if key == "memorial day":
        last = date(year, 5, 31)
        return last - timedelta(days=(last.isoweekday() - 1) % 7)
    if key in {"labor day", "labour day"}:
        return nth_weekday(year, 9, 1, 1)
    if key == "election day":
        return nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    return None
