"""Read the publication date (and a later scrape or print stamp) from an article's header.

A plain-text article saved from the web often starts with its own dateline ("Monday 23
October 2017", "23:38 23.10.2017") and sometimes with the date it was saved or printed,
years later. Only full dates (day, month and year) count; "Updated ..." stamps are skipped,
since an update time is not when the report was first published.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from rashomon.extract.timex.lexicon import DAYNUM_RE, MONTH_RE, WEEKDAY_RE, month_number

# The header is the first lines of the file; a dateline further down is a date in the story.
HEADER_LINES = 8
HEADER_CHARS = 600
# A header date this much later than the earliest one is a retrieval stamp, not a correction
# of the same day's dateline (two days allow for time zones and overnight editions).
RETRIEVED_AFTER = timedelta(days=2)

_S = r"[^\S\n]+"
_S0 = r"[^\S\n]*"


def _clock_re(n: int) -> str:
    """A clock time with groups H{n}, M{n}, ampm{n} (a pattern may hold one before and one after)."""
    return rf"(?P<H{n}>[0-2]?\d)[:.h](?P<M{n}>[0-5]\d)(?::[0-5]\d)?(?:\s*(?P<ampm{n}>[ap]\.?m\.?))?"


_CLOCK, _CLOCK2 = _clock_re(1), _clock_re(2)
_PATTERNS = [
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?:[T ]" + _CLOCK + r")?"),
    re.compile(
        rf"(?:{_CLOCK2}(?:{_S}\w{{2,4}})?,?{_S})?(?<![\d.])(?P<d>[0-3]?\d)\.(?P<mo>[01]?\d)\."
        rf"(?P<y>(?:19|20)\d\d)(?:,?{_S}{_CLOCK})?"
    ),
    re.compile(rf"(?<!\d)(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?:,?{_S}{_CLOCK})?"),
    re.compile(
        rf"(?:{WEEKDAY_RE},?{_S})?(?P<mon>{MONTH_RE}){_S0}(?P<d>{DAYNUM_RE}),?{_S}(?P<y>(?:19|20)\d\d)"
        rf"(?:(?:,|{_S}at|{_S}-)?{_S}{_CLOCK})?",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?:{WEEKDAY_RE},?{_S})?(?P<d>{DAYNUM_RE}){_S}(?P<mon>{MONTH_RE}),?{_S}(?P<y>(?:19|20)\d\d)"
        rf"(?:(?:,|{_S}at|{_S}-)?{_S}{_CLOCK})?",
        re.IGNORECASE,
    ),
]
_UPDATED = re.compile(r"\b(?:updated|modified|last\s+edited|edited|revised)\b[^\n]{0,40}$", re.IGNORECASE)


def parse_dateline(text: str) -> tuple[datetime | None, datetime | None]:
    """(published, retrieved) from the header of `text`; (None, None) with no full date there.

    Returned datetimes are naive, in the clock time the header states.
    """
    header = _header(text)
    found: list[tuple[int, datetime]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(header):
            moment = _datetime(m)
            if moment is None or _is_update(header, m.start()):
                continue
            if not any(abs(pos - m.start()) < 3 for pos, _ in found):
                found.append((m.start(), moment))
    if not found:
        return None, None
    moments = sorted(moment for _, moment in found)
    published, latest = moments[0], moments[-1]
    retrieved = latest if latest - published > RETRIEVED_AFTER else None
    return published, retrieved


def _header(text: str) -> str:
    lines = text[: HEADER_CHARS * 2].split("\n")[:HEADER_LINES]
    return "\n".join(lines)[:HEADER_CHARS]


def _is_update(header: str, position: int) -> bool:
    line_start = header.rfind("\n", 0, position) + 1
    return bool(_UPDATED.search(header, line_start, position))


def _datetime(m: re.Match[str]) -> datetime | None:
    groups = m.groupdict()
    if groups.get("mon"):
        month, day = month_number(groups["mon"]), int(re.sub(r"\D", "", groups["d"]))
    elif groups.get("a"):
        a, b = int(groups["a"]), int(groups["b"])
        month, day = (a, b) if a <= 12 else (b, a)
    else:
        month, day = int(groups["mo"]), int(groups["d"])
    hour, minute = _clock(m)
    try:
        return datetime(int(groups["y"]), month, day, hour, minute)
    except ValueError:
        return None


def _clock(m: re.Match[str]) -> tuple[int, int]:
    """The clock time of the match; a pattern may hold the clock before or after the date."""
    groups = m.groupdict()
    n = next((n for n in (1, 2) if groups.get(f"H{n}")), None)
    if n is None:
        return 0, 0
    hour, minute = int(groups[f"H{n}"]), int(groups[f"M{n}"])
    ampm = (groups.get(f"ampm{n}") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    return (hour, minute) if hour < 24 else (0, 0)
