"""Word tables for time expressions: month and day names, number words, units, seasons.

Kept apart from the grammar so the regexes (detect) and the value arithmetic (normalize)
read the same names. Everything is English news usage; nothing here is tied to a corpus.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS = {
    "monday": 1,
    "mon": 1,
    "tuesday": 2,
    "tue": 2,
    "tues": 2,
    "wednesday": 3,
    "wed": 3,
    "thursday": 4,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "friday": 5,
    "fri": 5,
    "saturday": 6,
    "sat": 6,
    "sunday": 7,
    "sun": 7,
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

SMALL_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "couple": 2,
    "a couple of": 2,
    "couple of": 2,
    "dozen": 12,
    "a dozen": 12,
    "half a": 0.5,
    "half an": 0.5,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
# Quantities that name no number: TimeML writes them as X ("several years" = PXY).
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "numerous", "a number of", "countless")

ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}

# Unit word -> (TimeML duration letter, how many of that letter, granularity name).
UNITS = {
    "second": ("S", 1, "time"),
    "minute": ("M", 1, "time"),
    "hour": ("H", 1, "time"),
    "day": ("D", 1, "day"),
    "night": ("D", 1, "day"),
    "week": ("W", 1, "week"),
    "fortnight": ("W", 2, "week"),
    "month": ("M", 1, "month"),
    "quarter": ("Q", 1, "quarter"),
    "year": ("Y", 1, "year"),
    "decade": ("DE", 1, "decade"),
    "century": ("CE", 1, "century"),
}
TIME_UNITS = {"second", "minute", "hour"}

# ----------------------------------------------------------------- regex pieces

MONTH_RE = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
WEEKDAY_RE = (
    r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b"
    r"|(?:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)\.)"
)
_SMALL = "|".join(sorted((k for k in SMALL_NUMBERS if " " not in k and k not in {"a", "an"}), key=len, reverse=True))
_TENS = "|".join(TENS)
NUMBER_WORD_RE = rf"(?:(?:{_TENS})(?:[\s-](?:{_SMALL}))?|{_SMALL})"
NUMBER_RE = (
    rf"(?:\d{{1,3}}\s+1/2|\d{{1,4}}(?:\.\d{{1,2}})?|{NUMBER_WORD_RE}|half\s+an?|(?:a\s+)?couple\s+of|a\s+dozen)"
)
# A year said in words, as broadcast transcripts write it: "nineteen ninety-four", "two thousand and one".
SPOKEN_YEAR_RE = rf"(?:nineteen|two\s+thousand(?:\s+and)?)[\s-]{NUMBER_WORD_RE}"
VAGUE_RE = r"(?:several|a\s+few|few|many|some|numerous|a\s+number\s+of)"
UNIT_RE = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|centurie)"
ORDINAL_RE = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
SEASON_RE = r"(?:spring|summer|fall|autumn|winter)"
YEAR_RE = r"(?:1[5-9]\d\d|20\d\d)"
DAYNUM_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


def number_value(words: str) -> float | None:
    """The number named by `words` ("twenty four", "24", "a", "a couple of"); None if vague."""
    text = re.sub(r"[\s-]+", " ", words.strip().lower())
    if text.endswith(" 1/2") and text[:-4].isdigit():  # "2 1/2 years"
        return int(text[:-4]) + 0.5
    if text in SMALL_NUMBERS:
        return SMALL_NUMBERS[text]
    try:
        return float(text.replace(",", ""))
    except ValueError:
        pass
    total = 0.0
    for word in text.split():
        if word in TENS:
            total = total * 100 if word == "hundred" and total else total + TENS[word]
        elif word in SMALL_NUMBERS:
            total += SMALL_NUMBERS[word]
        else:
            return None
    return total or None


def spoken_year_number(words: str) -> int | None:
    """1994 for "nineteen ninety-four", 2001 for "two thousand and one"; None if not a year."""
    text = re.sub(r"[\s-]+", " ", words.strip().lower())
    base, rest = (1900, text[len("nineteen "):]) if text.startswith("nineteen ") else (2000, text)
    if base == 2000:
        rest = re.sub(r"^two thousand (?:and )?", "", text)
    n = number_value(rest)
    return base + int(n) if n is not None and 0 < n < 100 and n == int(n) else None


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".")]
