"""Find an article's own date in the header of a plain-text copy.

Copies of news pages often carry two dates at the top: the date the copy was made (a
scrape or print stamp) and the article's own dateline ("23:38 23.10.2017"). The article's
publication date is the earliest full date in the header; a clearly later one is kept
separately as the date the copy was made, never used as the anchor for relative dates.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

# Only the first lines are a header; a date further down is part of the story.
HEADER_LINES = 8
HEADER_CHARS = 600
# A later header date counts as a separate "retrieved" stamp only past this gap: an
# "updated" time minutes after publication is not a copy date.
RETRIEVED_MIN_GAP = timedelta(days=2)

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ]
    )
    for m in names.split()
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_TIME = r"(?:\s*,?\s*(?:at\s+)?(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d))?"
_PATTERNS = [
    # 2017-10-23, 2017-10-23T10:00:00Z
    re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?:[T ](?P<hh>\d\d):(?P<mm>\d\d))?"),
    # 23.10.2017 (dots: day first, the European form), optionally preceded by a time
    re.compile(
        r"(?:(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)\s*)?(?P<day>[0-3]?\d)\.(?P<mon>[01]?\d)\.(?P<year>(?:19|20)\d\d)"
    ),
    # 05/01/2023 (slashes: month first, the US form, unless the first number cannot be a month)
    re.compile(r"(?:(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)\s*)?(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d\d)"),
    # October 23, 2017 / Oct. 23 2017, optional time
    re.compile(_MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)" + _TIME, re.I),
    # Monday 23 October 2017 / 23 Oct 2017, optional time
    re.compile(r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)" + _TIME, re.I),
]
# A date after one of these words is part of a sentence ("in Beirut on February 28, 2015"),
# not a dateline.
_NARRATIVE = re.compile(r"\b(?:on|in|since|until|from|by|before|after|of|during)\s*$", re.I)
# A header line longer than this is prose (a caption, a lede), whatever dates it holds.
MAX_DATELINE_WORDS = 20
# Every pattern above holds a year of this form: a header without one has no date, and
# saying so costs one scan instead of six (most headers of long-lined text are blank).
_YEAR = re.compile(r"(?:19|20)\d\d")
_UPDATED = re.compile(r"\b(?:updated|modified|last\s+update[d]?)\b[^0-9]{0,12}$", re.I)


def header_dates(text: str) -> list[datetime]:
    """Every full date (day, month and year) in the header, in order of appearance."""
    lines = text[:HEADER_CHARS].splitlines()[:HEADER_LINES]
    header = "\n".join(line if len(line.split()) <= MAX_DATELINE_WORDS else " " * len(line) for line in lines)
    if not _YEAR.search(header):
        return []
    found: list[tuple[int, datetime]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(header):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            before = header[max(0, m.start() - 20) : m.start()]
            if _NARRATIVE.search(before):
                continue
            if _UPDATED.search(before):
                taken.append((m.start(), m.end()))
                continue
            when = _to_datetime(m)
            if when is not None:
                found.append((m.start(), when))
                taken.append((m.start(), m.end()))
    return [when for _, when in sorted(found, key=lambda x: x[0])]


def parse_dateline(text: str) -> tuple[datetime | None, datetime | None]:
    """(published, retrieved) from the header of a plain-text article; (None, None) if none."""
    dates = header_dates(text)
    if not dates:
        return None, None
    published = min(dates)
    latest = max(dates)
    retrieved = latest if latest - published > RETRIEVED_MIN_GAP else None
    return published, retrieved


def _to_datetime(m: re.Match[str]) -> datetime | None:
    groups = m.groupdict()
    if groups.get("first"):
        first, second = int(groups["first"]), int(groups["second"])
        groups["mon"], groups["day"] = (str(first), str(second)) if first <= 12 else (str(second), str(first))
    month = int(groups["mon"]) if groups.get("mon") else _MONTHS.get((groups.get("month") or "").lower())
    hour = int(groups["hh"]) if groups.get("hh") else 0
    minute = int(groups["mm"]) if groups.get("mm") else 0
    try:
        return datetime(int(groups["year"]), int(month or 0), int(groups["day"]), hour, minute)
    except (TypeError, ValueError):
        return None
