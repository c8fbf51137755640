"""Numbers and vague amounts ("at least 116", "dozens", "between 20 and 30") as intervals.

Casualty figures disagree in their bounds as often as in their numbers: "at least 116"
and "128" agree, "nearly 50" and "60" do not. Every amount therefore becomes an interval
[low, high] (None = unbounded) with the qualifier that produced it, by rules written down
in three data tables (data/amounts_*.tsv): the vague words and their intervals, the
qualifier words, and the contexts that mark a number as something other than a head
count (years, dates, ages, times, money, units, durations, counts of things).

`find_amounts` keeps the excluded numbers too, each with its reason, so that a reader can
see why a number was not taken as a figure; casualty extraction uses only those with
`excluded == ""`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from text_to_num import text2num

# A sentence with more numbers than this is a table or noise, not prose: stop there so that
# a pathological input (10,000 numbers on one line) costs bounded time. Prose sentences in
# FA-KES hold at most a dozen numbers.
MAX_AMOUNTS_PER_SENTENCE = 60
# Words looked back over for "population of ... N" / "population from N to M".
POPULATION_WINDOW_WORDS = 10
YEAR_MIN, YEAR_MAX = 1800, 2100  # a bare 4-digit number in this range reads as a year

QUALIFIERS = ("exact", "at_least", "more_than", "up_to", "less_than", "about", "vague")


@dataclass(frozen=True)
class Amount:
    """A figure as an interval: None on a side means unbounded."""

    low: int | None
    high: int | None
    qualifier: str  # one of QUALIFIERS


@dataclass(frozen=True)
class AmountSpan:
    """An amount found in a text, with offsets into that text."""

    start: int
    end: int
    text: str
    amount: Amount
    excluded: str = ""  # why it is not a head count ("year", "unit", ...), "" if it may be one


def table_rows(name: str) -> list[list[str]]:
    """Rows of a tab-separated table in rashomon/data (comments and blank lines skipped)."""
    text = resources.files("rashomon").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
]
_SCALES = ("hundred", "thousand", "million", "billion")
_WORD = "(?:" + "|".join(sorted(_UNITS + list(_SCALES), key=len, reverse=True)) + ")"
_WORDS = rf"(?:a\s+(?=hundred|thousand|million|billion))?{_WORD}(?:(?:-|\s+|\s+and\s+){_WORD})*"  # "a hundred and five"
# Thousands separated by commas, dots ("2.000") or a space ("1 000", GUIDELINES.md section 1);
# a space only before a final "000", since comma-stripped copy runs two numbers together
# ("2 killed 12 150 injured"). Tokenised copy (ECB+) sets a space after the comma ("1, 400");
# read so only before round hundreds, as a list of two numbers ("40, 15 of them") rarely ends so.
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:, \d00)+(?!\d|\.\d)|\d{1,3}(?:\.\d{3})+(?![\d.])"
    r"|\d{1,3}(?: \d{3})* 000(?![\d.,])|\d+(?:\.\d+)?"
)
_SCALE = r"(?:\s+(?:hundred|thousand|million|billion))?"
# "two dozen", "3 dozen": a count of dozens, read as about twelve times the number (like "a
# dozen", GUIDELINES.md section 1).
_DOZEN = r"(?P<dozen>\s+dozen)?"
DOZEN = 12
_MONTHS = frozenset([
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
])
_DATE = r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}:\d{2}|\d+(?:st|nd|rd|th)\b"


@lru_cache(maxsize=1)
def _vague() -> dict[str, tuple[int, int, str, bool]]:
    return {r[0]: (int(r[1]), int(r[2]), r[3], r[4] == "1") for r in table_rows("amounts_vague.tsv")}


@lru_cache(maxsize=1)
def _qualifiers() -> dict[tuple[str, str], str]:
    return {(r[2], r[0]): r[1] for r in table_rows("amounts_qualifiers.tsv")}


@lru_cache(maxsize=1)
def _exclusions() -> dict[tuple[str, str], str]:
    return {(r[0], r[1]): r[2] for r in table_rows("amounts_exclusions.tsv")}


@lru_cache(maxsize=1)
def _core_pattern() -> re.Pattern[str]:
    vague = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_vague(), key=len, reverse=True))
    return re.compile(
        rf"(?P<date>{_DATE})|(?<![\w.,])(?:(?P<vague>{vague})|(?P<digits>(?:{_DIGITS}){_SCALE})"
        rf"|(?P<words>{_WORDS})){_DOZEN}(?![\w])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _before_pattern() -> re.Pattern[str]:
    before = [p for side, p in _qualifiers() if side == "before"]
    alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(before, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=\W))(?P<q>{alt})\s+$", re.IGNORECASE)


_AFTER = re.compile(r"^(?:\s+or\s+more|\s+or\s+so|-odd|-plus|\+)(?!\w)", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|to|or|and)\s*", re.IGNORECASE)
# "from 500 to well over 1000", "vary from 10000 to more than 30000": the upper end of a
# "from A to B" range may carry its own hedge; the range is still [A, B] (GUIDELINES.md 13).
_FROM_RANGE_JOIN = re.compile(r"^\s*to\s+(?:(?:well|just)\s+)?(?:over|more\s+than|above)\s+$", re.IGNORECASE)
# Words before "from" that make "from A to B" a change of one figure, not a range of two
# estimates ("the toll rose from 20 to 54", "up from 12 to 30").
_CHANGE_BEFORE = re.compile(
    r"\b(?:ros[ee]|risen|rising|rises|climb(?:ed|ing|s)?|increas(?:ed|ing|es)|jump(?:ed|ing|s)?|up|down|"
    r"f[ae]ll(?:en|ing|s)?|dropp(?:ed|ing)|drops?|declin(?:ed|ing|es)|grew|grow(?:n|ing|s)?|revised|rais(?:ed|ing)|"
    r"went|gone|changed|soared|doubled|tripled|swelled|surged|population)\s+(?:\w+\s+)?from\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# A second age after "and" whose unit the first shares ("68 and 48-years-old").
_AGE_PAIRED = re.compile(r" and \d{1,3}\s*-?\s*years?[- ]old\b", re.IGNORECASE)
# The decimals of a share split off by a tokeniser's space ("51. 2 percent").
_SPLIT_SHARE = re.compile(r"\. \d{1,3} (?:percent|per cent)\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"^(?:\s*-\s*|\s+)?([%$€£]|[A-Za-z][A-Za-z'.]*)")
_PREV_WORD = re.compile(r"([$€£]|[A-Za-z][A-Za-z$.]*)\s*$")


def is_amount_word(word: str) -> bool:
    """Whether a single word is an amount by itself ("12", "dozens", "scores"): a number the
    parser hangs on it does not count it."""
    lowered = word.lower()
    return lowered in _vague() or lowered in _UNITS or bool(re.fullmatch(r"[\d.,]+", lowered))


def parse_amount(text: str) -> Amount | None:
    """The first head-count amount in `text` ("at least 116" -> [116, None] at_least)."""
    for span in find_amounts(text):
        if not span.excluded:
            return span.amount
    return None


# Sentences whose amounts are remembered. Why: the casualty extractor asks again for the
# amounts of a sentence it has read before (about half the calls on the synthetic corpus),
# and a worker interleaves the sentences of 32 articles (workers.py), ~120 distinct ones.
AMOUNT_CACHE = 512


@lru_cache(maxsize=AMOUNT_CACHE)
def find_amounts(text: str) -> tuple[AmountSpan, ...]:
    """Every number or vague amount in `text`, joined with its qualifier and range partner
    (a tuple of frozen spans: the answer is shared by every caller asking for `text`)."""
    cores = []
    for match in _core_pattern().finditer(text):
        cores.append(match)
        if len(cores) >= MAX_AMOUNTS_PER_SENTENCE:
            break
    spans: list[AmountSpan] = []
    index = 0
    while index < len(cores):
        match = cores[index]
        partner = _range_partner(text, match, cores[index + 1] if index + 1 < len(cores) else None)
        spans.append(_span(text, match, partner))
        index += 2 if partner is not None else 1
    return tuple(spans)


def _core_value(match: re.Match[str]) -> tuple[int, int, str] | None:
    """The core's interval and its own qualifier (exact, or the vague word's), None if unreadable."""
    if match.group("date"):
        return None
    if match.group("vague"):
        low, high, qualifier, _ = _vague()[" ".join(match.group("vague").lower().split())]
        return low, high, qualifier
    digits = match.group("digits")
    value = _digits_value(digits) if digits else _words_value(match.group("words"))
    if value is not None and match.group("dozen") and not match.group("vague"):
        return value * DOZEN, value * DOZEN, "about"
    return None if value is None else (value, value, "exact")


def _digits_value(text: str) -> int | None:
    parts = re.sub(r"(?<=\d),? (?=\d{3}\b)", "", text).split()  # "1 000", "1, 400" -> "1000", "1400"
    number = parts[0]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", number):
        number = number.replace(".", "")  # European thousands: 2.000
    number = number.replace(",", "")
    scale = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
    factor = scale[parts[1].lower()] if len(parts) > 1 else 1
    value = float(number) * factor
    return int(value) if value == int(value) else None  # "2.5" people is not a head count


def _words_value(text: str) -> int | None:
    words = re.sub(r"^a\s", "one ", " ".join(text.lower().replace("-", " ").split()))
    try:
        return int(text2num(words, "en"))
    except ValueError:
        return None


def _range_partner(text: str, match: re.Match[str], following: re.Match[str] | None) -> re.Match[str] | None:
    """The second number of "N to M", "N-M", "between N and M", "N or M", if it forms a range."""
    if following is None or match.group("date") or following.group("date"):
        return None
    gap = text[match.end() : following.start()]
    join = _RANGE_JOIN.match(gap)
    before = text[max(0, match.start() - 12) : match.start()].lower()
    from_range = "from" in before and bool(re.search(r"\bfrom\s+$", before)) and not _CHANGE_BEFORE.search(
        text, max(0, match.start() - 40), match.start()
    )
    if not (join is not None and join.end() == len(gap)) and not (from_range and _FROM_RANGE_JOIN.match(gap)):
        return None
    word = gap.strip().lower()
    if word == "and" and not before.rstrip().endswith("between"):
        return None
    if re.search(r"\bfrom\s+(?:\w+\s+)?$", before) and not from_range:
        return None  # "the toll rose from 20 to 54", "from 2,000 to a few hundred": a change, not a range
    first, second = _core_value(match), _core_value(following)
    if first is None or second is None or second[1] <= first[0]:
        return None
    return following


def _span(text: str, match: re.Match[str], partner: re.Match[str] | None) -> AmountSpan:
    start, end = match.start(), (partner or match).end()
    core = _core_value(match)
    excluded = _exclusion(text, match, partner)
    if core is None:
        return AmountSpan(start, end, text[start:end], Amount(None, None, "exact"), excluded or "date")
    low, high, qualifier = core
    if partner is not None:
        second = _core_value(partner)
        high = second[1] if second else high
        qualifier = "about"
        start = _between_start(text, start)
    else:
        start, end, low, high, qualifier = _qualified(text, start, end, low, high, qualifier)
    return AmountSpan(start, end, text[start:end], Amount(low, high, qualifier), excluded)


def _between_start(text: str, start: int) -> int:
    found = re.search(r"\b(?:between|from)\s+$", text[max(0, start - 12) : start], re.IGNORECASE)
    return start - (len(found.group(0)) if found else 0)


def _qualified(
    text: str, start: int, end: int, low: int, high: int, qualifier: str
) -> tuple[int, int, int | None, int | None, str]:
    """Apply a qualifier before ("at least") or after ("or more") the core; widen the span."""
    found = _before_pattern().search(text[max(0, start - 20) : start])
    after = _AFTER.match(text[end : end + 12])
    if found:
        start -= len(text[max(0, start - 20) : start]) - found.start("q")
        word = " ".join(found.group("q").lower().split())
        bounded = _bounded(_qualifiers()[("before", word)], low, high)
    elif after:
        word = after.group(0).strip().lower()
        end += after.end()
        bounded = _bounded(_qualifiers().get(("after", word), "at_least"), low, high)
    else:
        return start, end, low, high, qualifier
    if qualifier == "vague":  # "at least dozens" is still dozens (its range already says "at least")
        return start, end, low, high, qualifier
    return (start, end, *bounded)


def _bounded(kind: str, low: int, high: int) -> tuple[int | None, int | None, str]:
    """The interval a qualifier makes of a core [low, high].

    "about N" stays [N, N] (the stated number, hedged by its qualifier) and "nearly N" is
    [-, N] up_to: the convention of the FA-KES gold set (benchmarks/annotations/GUIDELINES.md
    section 3), so the qualifier, not an invented margin, carries the hedge."""
    return {
        "at_least": (low, None, "at_least"),
        "more_than": (low + 1, None, "more_than"),
        "up_to": (None, high, "up_to"),
        "less_than": (None, high - 1, "less_than"),
        "about": (low, high, "about"),
        "near": (None, high, "up_to"),
    }[kind]


def _exclusion(text: str, match: re.Match[str], partner: re.Match[str] | None) -> str:
    """Why this number is not a head count, or ""."""
    if match.group("date"):
        return "date"
    end = (partner or match).end()
    nxt = _NEXT_WORD.match(text[end + _closing_quote(text, match, end) : end + 30])
    next_word = nxt.group(1).lower().rstrip(".") if nxt else ""
    if re.match(r"\s*-?\s*years?[- ]old", text[end : end + 12]) or _age_aside(text, match.start(), end):
        return "age"
    if text.startswith(" and ", end) and _AGE_PAIRED.match(text, end):
        return "age"  # "two women -- 68 and 48-years-old": the first age shares the second's unit
    if next_word and (reason := _exclusions().get(("after", next_word))):
        return reason
    if text[end:end + 2] == ". " and _SPLIT_SHARE.match(text, end):
        return "percent"  # tokenised copy (ECB+): "shooting 51. 2 percent" is 51.2 percent
    prev = _PREV_WORD.search(text[max(0, match.start() - 30) : match.start()])
    prev_word = prev.group(1).lower().rstrip(".") if prev else ""
    if prev_word and (reason := _exclusions().get(("before", prev_word))) and (reason != "year" or _year_like(match)):
        return reason  # "since 2011" is a year, "since thousands of people were gassed" a count
    if (next_word in _MONTHS and not _MODAL_MAY.match(text, end)) or prev_word in _MONTHS or _dated_year(text, match):
        return "date"  # "12 May", "May 12", "August 12 2016 Terrorists executed ..."
    if match.group(0).lower() == "one" and _PRONOUN_ONE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return "not_amount"  # "the body of a loved one": the pronoun "one", no count
    if match.group(0).lower() == "one" and _NO_ONE_BEFORE.search(text, max(0, match.start() - 4), match.start()):
        return "count"  # "no-one was hurt": the hyphenated spelling of "no one" counts nobody
    if _time_stamp(text, match):
        return "time"  # "Sat Feb 28 2015 190703 35 Dead": the dateline's HHMMSS clock, not a count
    if _share_count(text, match):
        return "count"  # "Sat Feb 28 2015 190703 35 Dead": the dateline's HHMMSS clock, not a count
    if re.fullmatch(r"0\d+", match.group(0)):
        return "not_amount"  # "016": a code or a clipped number, never a head count
    vague = match.group("vague")
    needs_of = bool(vague) and _vague()[" ".join(vague.lower().split())][3]
    hurt = _HURT_AFTER.match(text, end) or _HURT_BEFORE.search(text, max(0, match.start() - 16), match.start())
    if needs_of and next_word != "of" and not hurt:
        return "not_amount"  # "scores" counts only as "scores of", "scores (were) wounded", "killed scores"
    if _is_year(match, next_word):
        return "year"
    if _after_population(text, match.start()):
        return "population"
    return ""


def _closing_quote(text: str, match: re.Match[str], end: int) -> int:
    """1 when the amount is a quoted word ('said "tens" of people were hurt'): the next word
    is the one after the closing quote mark, so "of" still follows "tens"; else 0."""
    opening = text[match.start() - 1 : match.start()]
    return 1 if opening in _QUOTES and text[end : end + 1] in _QUOTES else 0


_QUOTES = frozenset('"\u201c\u201d\'\u2018\u2019')


# "a loved one", "a younger one": after an indefinite article and an adjective, "one" is the
# pronoun standing for a noun, not the numeral (a numeral takes no article before its adjective).
_PRONOUN_ONE_BEFORE = re.compile(r"\b(?:a|an)\s+[a-z][\w-]*\s+$", re.IGNORECASE)
# "no-one": British spelling of "no one"; the "no" before a hyphen is not a word the
# exclusion table sees (_PREV_WORD stops at the hyphen).
_NO_ONE_BEFORE = re.compile(r"\bno-$", re.IGNORECASE)


# A casualty participle right after a vague word that otherwise needs "of" ("left scores
# wounded", "scores were also injured"): the word then counts people.
_HURT_AFTER = re.compile(
    r"\s+(?:(?:were|was|have|has|had|been|also|more|others?)\s+){0,3}(?:killed|wounded|injured|dead|hurt|displaced)\b",
    re.IGNORECASE,
)


# A casualty verb right before such a word: "kills scores", "injure scores", "killed tenths";
# "the lives of" a casualty verb takes ("claimed the lives of scores") counts them likewise.
_HURT_BEFORE = re.compile(r"\b(?:kill|kills|killed|killing|injure|injures|injured|injuring|wound|wounds|wounded|"
                          r"wounding|massacred|slew|lives\s+of)\s+$", re.IGNORECASE)


# "470000 may have died", "dozens may be dead": the modal verb, not the month, after a number.
_MODAL_MAY = re.compile(r"\s+may\s+(?:have|be|been|not|also|still|well|never|now|rise|die|number)\b", re.IGNORECASE)


_DAY_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+$",
    re.IGNORECASE,
)


def _dated_year(text: str, match: re.Match[str]) -> bool:
    """A year right after a month and day is the date's year, whatever noun follows it."""
    digits = match.group("digits")
    if not digits or not re.fullmatch(r"\d{4}", digits) or not YEAR_MIN <= int(digits) <= YEAR_MAX:
        return False
    return bool(_DAY_BEFORE.search(text, max(0, match.start() - 20), match.start()))


# A year just before a number: a dateline's clock may follow it glued as HHMMSS.
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d\s+$")


# A page's share counters after its "Get short URL" button, one or two: "Get short URL 1195 Over
# 100 ...", "Get short URL 0 85 12 Daesh ...". A second counter is told by the amount after it.
_FIRST_COUNTER = re.compile(r"\bURL\s+$")
_SECOND_COUNTER = re.compile(r"\bURL\s+\d+\s+$")
_AMOUNT_NEXT = re.compile(r"\s+(?:\d|(?:Over|More|At|Nearly|Almost|About|Around|Some|Up)\b)")


def _share_count(text: str, match: re.Match[str]) -> bool:
    """Whether the number is one of the share counters a page prints after "URL".

    Why: Sputnik glues "Get short URL 318" to its lead; a counter before a qualified or spelled
    toll ("318 Over 50 militants", "318 Twelve militants") was read as a toll of 318."""
    start = match.start()
    window = text[max(0, start - 24) : start]
    if "URL" not in window or not match.group(0).isdigit():
        return False
    if _FIRST_COUNTER.search(window):
        return True
    return bool(_SECOND_COUNTER.search(window) and _AMOUNT_NEXT.match(text, match.end()))


def _time_stamp(text: str, match: re.Match[str]) -> bool:
    """A six-digit HHMMSS clock reading right after a date's year ("Feb 28 2015 190703").

    Why: some outlets' datelines carry the time without colons; it reads as a number of
    hundreds of thousands that no sentence around it supports."""
    digits = match.group("digits")
    if not digits or len(digits) != 6 or not digits.isdigit():
        return False
    hours, minutes, seconds = int(digits[:2]), int(digits[2:4]), int(digits[4:])
    if hours > 23 or minutes > 59 or seconds > 59:
        return False
    return bool(_YEAR_BEFORE.search(text, max(0, match.start() - 6), match.start()))


def _year_like(match: re.Match[str]) -> bool:
    """Whether the number could be a year at all (four digits in the year range)."""
    digits = match.group("digits")
    return bool(digits) and bool(re.fullmatch(r"\d{4}", digits)) and YEAR_MIN <= int(digits) <= YEAR_MAX


def _is_year(match: re.Match[str], next_word: str) -> bool:
    digits = match.group("digits")
    if not digits or not re.fullmatch(r"\d{4}", digits):
        return False
    return YEAR_MIN <= int(digits) <= YEAR_MAX and next_word not in _head_nouns()


# "a boy, 12, was killed", "killing a woman (45) and her son": a small number set off by commas
# or brackets right after a singular person noun is that person's age.
_AGE_BEFORE = re.compile(r"\b([a-z]+)\s*[,(]\s*$")
_AGE_AFTER = re.compile(r"\s*[,)]")
AGE_MAX = 120  # older is no age
# "the victim, John Smith, 40, of the city", "a vigil for Jane Doe, 16, who was shot": a small
# number between commas right after a capitalised word (a name) is that person's age; a place
# list gives its counts in brackets or before the place ("Town (12)", "12 in Town").
_NAME_AGE_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]*(?:[A-Z][a-z]+)?(?:[-'][A-Z]?[a-z]+)?,\s*$")
_NAME_AGE_AFTER = re.compile(
    r",\s+(?:of\s|who\s|was\s|were\s|is\s|killed\b|died\b|dies\b|then\s|and\s|in\s|had\s|has\s)|\."
)


def _age_aside(text: str, start: int, end: int) -> bool:
    """Whether the number text[start:end] is the age of the person named right before it."""
    if _NAME_AGE_BEFORE.search(text, max(0, start - 30), start) and _NAME_AGE_AFTER.match(text, end) \
            and text[start:end].isdigit() and int(text[start:end]) <= AGE_MAX:
        return True  # "John Smith, 40, was shot": a number between commas after a name is his age
    before = _AGE_BEFORE.search(text, max(0, start - 30), start)
    if before is None or not _AGE_AFTER.match(text, end) or not text[start:end].isdigit():
        return False
    word, heads = before.group(1), _head_nouns()
    singular = word in heads or f"{word}s" in heads or f"{word[:-3]}men" in heads or f"{word[:-1]}ies" in heads
    return singular and not word.endswith("s") and int(text[start:end]) <= AGE_MAX


@lru_cache(maxsize=1)
def _head_nouns() -> frozenset[str]:
    """Nouns that make a 4-digit number a head count ("2000 people"), from the victim table."""
    return frozenset(row[0] for row in table_rows("casualty_victims.tsv"))


def _after_population(text: str, start: int) -> bool:
    """ "a population of about 18,000", "population dropped from 2,000 to a few hundred"."""
    window = text[max(0, start - 120) : start].lower()
    words = re.findall(r"[\w']+(?:[.,]\d+)*|[.;,]", window)[-POPULATION_WINDOW_WORDS:]
    if "population" not in words:
        return False
    tail = words[len(words) - words[::-1].index("population") :]
    return not {".", ";", ","} & set(tail)
