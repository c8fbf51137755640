"""Refuse regex hits whose words are, in context, not a time: 'May I', '2000 troops', 'the fall
of the city', 'a quarter of its dealers', 'Mr. Doe, 52 years old', 'as soon as'.

Kept apart from the grammar (`detect`) because each check reads the words around a hit, and
these context rules grow as new false alarms are found, while the patterns stay stable.
"""

from __future__ import annotations

import re

from rashomon.extract.timex.discourse import DAY_CONTEXT_BEFORE
from rashomon.extract.timex.lexicon import NUMBER_WORD_RE, number_value

_FULL_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
})

# Words before a bare month name or season that make it a date ("in May", not "May I").
_DATE_PREPOSITIONS = frozenset(
    [
        "in",
        "since",
        "until",
        "till",
        "by",
        "of",
        "during",
        "through",
        "from",
        "to",
        "before",
        "after",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "between",
        "and",
        "or",
        "throughout",
        "into",
        "around",
    ]
)
# Words around a four-digit number that make it a count, not a year.
_COUNT_BEFORE = frozenset(
    ["about", "some", "nearly", "almost", "than", "around", "approximately", "roughly", "least", "only", "no"]
)
_COUNT_AFTER = re.compile(
    r"\s*(?:people|persons|troops|soldiers|civilians|men|women|children|fighters|refugees|dead|killed"
    r"|wounded|injured|militants|rebels|homes|houses|families|residents|members|employees|workers|jobs"
    r"|shares|units|tons|tonnes|km|kilometers|kilometres|miles|meters|metres|feet|dollars|euros|cars"
    r"|votes|cases|times|rounds|rockets|missiles|bombs|shells)\b",
    re.IGNORECASE,
)
_AMOUNT_BEFORE = re.compile(
    r"(?:\d|%|\b(?:million|billion|trillion|dollars?|euros?|pounds?|once|twice|times|cents?|percent))[\s,]*$",
    re.IGNORECASE,
)
_UNIT_CONTEXT = frozenset(
    ["for", "in", "over", "within", "after", "took", "take", "takes", "lasted", "spent", "spend"]
)


def previous_word(text: str, start: int) -> str:
    """The word before `start`, lower case ('' at the start of a line)."""
    return _previous_token(text, start).lower()


def accept(rule: str, text: str, m: re.Match[str]) -> bool:
    """Refuse hits whose words are, in context, not a time: 'May I', '2000 troops', 'fall'."""
    check = _CHECKS.get(rule)
    return check(text, m) if check else True


_CAPITAL_WORD_AFTER = re.compile(r"[^\S\n]+[A-Z][a-z]")


def _month_ok(text: str, m: re.Match[str]) -> bool:
    word = m["mon"]
    if m["rel"] or m["mod"]:
        return True
    name = word.lower().rstrip(".")
    if name not in _FULL_MONTHS and not word.endswith(".") and _CAPITAL_WORD_AFTER.match(text, m.end()):
        return False  # "Jan Kavan", "Dec Hogan": a first name, not a month
    if name in {"may", "march"} or name not in _FULL_MONTHS:
        before = previous_word(text, m.start())
        return before in _DATE_PREPOSITIONS or (
            before == "the" and word[:1].isupper() and bool(_NOUN_NEXT.match(text, m.end())))
    return True


# "the March accession", "the May elections": a capitalised month between 'the' and a lower-case
# noun modifies it as a date; "the March on Washington" is a procession.
_NOUN_NEXT = re.compile(r"[^\S\n]+(?!(?:on|of|to|for|in|and|or|at|by|from|with|against|through)\b)[a-z]")


# "the Russell 2000 Index", "the 1500 series": a number in a name, not a year.
_NAME_AFTER = re.compile(r"\s+(?:Index|index|Series|series)\b")


def _year_ok(text: str, m: re.Match[str]) -> bool:
    if m.end() > m.end("year"):
        return True  # "about 2019 and beyond": an open-ended year is no count
    if previous_word(text, m.start("year")) in _COUNT_BEFORE or _NAME_AFTER.match(text, m.end("year")):
        return False
    return not _COUNT_AFTER.match(text, m.end("year"), min(len(text), m.end("year") + 20))


# "four flights a week", "hundreds of interviews a day": a count of things per unit of time.
_COUNTED_THINGS_BEFORE = re.compile(
    rf"(?:\d|\b(?:{NUMBER_WORD_RE}|hundreds|thousands|dozens|millions)\b)[\s,]+(?:of\s+)?(?:[a-z]+[\s-]+)?[a-z]+s\s+$",
    re.IGNORECASE,
)
_RELATION_AFTER = re.compile(r"\s+(?:after|before|later|earlier|ago|or|and)\b", re.IGNORECASE)
_RATE_LOOKBACK = 50  # characters: a number, "of", an adjective and a plural noun


# Words before "'82" that make it a year ("since '82", "in '07"); elsewhere an apostrophe and
# two digits are as likely a quote, a score or a model name.
_SHORT_YEAR_BEFORE = frozenset(["since", "in", "of", "from", "until", "till", "by", "before", "after", "to",
                                "early", "late", "mid", "summer", "spring", "fall", "autumn", "winter"])


def _short_year_ok(text: str, m: re.Match[str]) -> bool:
    return previous_word(text, m.start()) in _SHORT_YEAR_BEFORE


# "guarded 24 hours a day", "open seven days a week": an idiom for 'all the time', neither a
# duration nor a rate; the annotated data leaves both parts unmarked.
_ALL_THE_TIME = re.compile(
    r"(?:24|twenty-four)[\s-]+hours[\s-]+a[\s-]+day\b|(?:7|seven)[\s-]+days[\s-]+a[\s-]+week\b"
    r"|365[\s-]+days[\s-]+a[\s-]+year\b", re.IGNORECASE)


def _set_ok(text: str, m: re.Match[str]) -> bool:
    """'$5 million a year', 'twice a week', 'four flights a week': a rate, so a SET."""
    idiom = _ALL_THE_TIME.search(text, max(0, m.start() - 16), m.end())
    if idiom and idiom.start() <= m.start() < idiom.end():
        return False
    if _RELATION_AFTER.match(text, m.end()):
        return False  # "on July 2 a day after the vote": a distance between two events
    if _AMOUNT_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return True
    return m.groupdict().get("per") is not None and bool(
        _COUNTED_THINGS_BEFORE.search(text, max(0, m.start() - _RATE_LOOKBACK), m.start()))


# "months of talks", "the heady days of growth": a bare plural unit measuring what follows;
# not "the early hours of Thursday" or "years of the war" (a part of a named time or event).
_MEASURE_OF_AFTER = re.compile(r"\s+of\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]", re.IGNORECASE)


# "in just minutes", "within only weeks": a limiter between the preposition and the unit.
_LIMITERS = frozenset(["just", "only", "mere"])


def _bare_units_ok(text: str, m: re.Match[str]) -> bool:
    before = previous_word(text, m.start())
    if m["rel"] or m["ahead"] or before in _UNIT_CONTEXT:
        return True
    if before in _LIMITERS:
        return previous_word(text, m.start() - len(before) - 1) in _UNIT_CONTEXT - {"after"}
    after = _MEASURE_OF_AFTER.match(text, m.end())
    return bool(after) and text[after.end() - 1].islower()


_POSSESSIVES = frozenset(["their", "its", "his", "her", "our"])


def _season_ok(text: str, m: re.Match[str]) -> bool:
    rel = (m["rel"] or "").lower()
    if m["year"] or m["spoken"]:
        return True
    if rel == "the" or not rel:
        if text[m.end() : m.end() + 4].lower() == " of ":
            return False
        if not rel and previous_word(text, m.start()) in _POSSESSIVES and _NOUN_NEXT.match(text, m.end()):
            return True  # "their autumn meetings", "its summer offensive": the season of a yearly event
        if m["season"].lower() in {"fall", "spring"} and not rel:
            return False
        return previous_word(text, m.start()) in _DATE_PREPOSITIONS | {"the"} or rel == "the"
    return True


_AGE_AFTER = re.compile(r"\s+old\b", re.IGNORECASE)
# "as soon as the talks end", "soon after the vote": 'soon' ties one event to another, no time of its own.
_SOON_LINKER_BEFORE = re.compile(r"\bas\s+$", re.IGNORECASE)
_SOON_LINKER_AFTER = re.compile(r"\s+(?:after|afterwards?|as)\b", re.IGNORECASE)


# "the future of our peoples", "the future of the company": the fate of something, not a time
# (TimeML marks 'the future' only where it names the time to come: "in the future").
_OF_AFTER = re.compile(r"[^\S\n]+of\b", re.IGNORECASE)


# "Now, he says, ...", "... clinic. Now, Ms. Conlin said, ...": 'Now,' opening a sentence is
# a discourse marker that turns to the next point; TimeML leaves such uses unmarked.
_SENTENCE_OPEN_BEFORE = re.compile(r"(?:^|[.!?:;]|[.!?][\"'`”’]+)[\s\"'`“‘]*$")


# "Now for today's quiz.", "Now to the markets.", "Now back to you.": a presenter turning to the
# next item, as 'Now,' does.
_TURN_AFTER = re.compile(r",|[^\S\n]+(?:for|to|over[^\S\n]+to|back[^\S\n]+to)\b", re.IGNORECASE)


def _discourse_now(text: str, m: re.Match[str]) -> bool:
    return (m.group(0).lower() == "now" and bool(_TURN_AFTER.match(text, m.end()))
            and bool(_SENTENCE_OPEN_BEFORE.search(text, max(0, m.start() - 8), m.start())))


# "their most recent model", "killed, most recently last October": the superlative orders
# things or points to the time named next; it is no time of its own.
_MOST_BEFORE = re.compile(r"\bmost[^\S\n]+$", re.IGNORECASE)


_NOUN_AFTER = re.compile(r"[^\S\n]+(?!(?:and|or|but|of|in|to|for|as|at|by|is|was|will|would|than|that|when)\b)[a-z]")
_TERM_PREPOSITIONS = frozenset(["in", "for", "over", "during", "into", "through", "beyond", "until"])


def _adjective_term(text: str, m: re.Match[str]) -> bool:
    """'the long term effects of the cuts': 'long term' modifies the noun after it (an unhyphenated
    'long-term'); 'for the long term', 'in the near term appear good' name the time ahead."""
    return previous_word(text, m.start()) not in _TERM_PREPOSITIONS and bool(_NOUN_AFTER.match(text, m.end()))


def _ref_ok(text: str, m: re.Match[str]) -> bool:
    word = m["word"].lower()
    if word.startswith("recent") and _MOST_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return False
    if word.endswith("future") and _OF_AFTER.match(text, m.end()):
        return False
    if word.endswith(" term") and _adjective_term(text, m):
        return False
    if word == "now" and _discourse_now(text, m):
        return False
    if not word.endswith("soon"):
        return True
    before = _SOON_LINKER_BEFORE.search(text, max(0, m.start() - 4), m.start())
    return not before and not _SOON_LINKER_AFTER.match(text, m.end())


# "in his 30s", "in her early forties": a person's age, not a decade of the calendar; TimeML
# leaves ages out of TIMEX3 unless they are durations ("40 years old").
_AGE_OWNER_BEFORE = re.compile(r"\b(?:his|her|their|my|your|our)[^\S\n]+$", re.IGNORECASE)


def _decade_ok(text: str, m: re.Match[str]) -> bool:
    return not _AGE_OWNER_BEFORE.search(text, max(0, m.start() - 8), m.start())


def _is_fraction(text: str, m: re.Match[str]) -> bool:
    """'a quarter of its dealers', 'three-quarters of its food' (but 'two quarters of losses' is time)."""
    plural = text[m.end("unit"):m.end("unit") + 1].lower() == "s"
    if plural:
        return text[m.end("hi") if m.groupdict().get("hi") else m.end("num"):m.start("unit")] == "-"
    return bool(_OF_NEXT.match(text, m.end("unit")))


# "a quarter of its dealers", "789, or about a quarter, of its 3,200 dealers": the comma sets
# off the fraction; 'of' still takes the whole it is a part of.
_OF_NEXT = re.compile(r",?[^\S\n]+of[^\S\n]", re.IGNORECASE)


def _duration_ok(text: str, m: re.Match[str]) -> bool:
    num = (m["num"] or "").lower()
    if not _not_title(text, m):
        return False  # "60 Minutes", "Two Days in May": a title
    idiom = _ALL_THE_TIME.search(text, max(0, m.start() - 16), min(len(text), m.end() + 16))
    if idiom and idiom.start() <= m.start() < idiom.end():
        return False
    if _AGE_AFTER.match(text, m.end()):
        return False  # "Mr. Reupke, 52 years old": an age
    if m.groupdict().get("long") == "-old" or text[m.end():m.end() + 4].lower() == "-old":
        return False  # an age ("a 44-year-old man"), not a time
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", num):
        return False  # a year ("the 1988 quarter"), not a count
    if num in {"a", "an"} and re.match(r"s|-long\b", text[m.end("unit"):m.end("unit") + 5], re.IGNORECASE):
        return False  # "a weeks-long siege", "a day-long talk": the article belongs to the noun
    if m["unit"].lower() == "quarter" and _is_fraction(text, m):
        return False  # "a quarter of its dealers", "three-quarters of its food": a fraction
    return not (m["unit"].lower() == "second" and num in {"a", "an", "one"})


def _ago_ok(text: str, m: re.Match[str]) -> bool:
    """'three days later' is, in TimeML, a duration ('three days'); 'a year earlier' a date, and
    so is 'a year before' closing a clause (with no event after it to be before), when it counts:
    'the year before' is the noun phrase's, and TimeML leaves it unmarked."""
    if m["dir"].lower() in {"before", "after"} and not m["num"]:
        return False
    narrative = m["dir"].lower() in {"earlier", "later", "before", "after"}
    if narrative and not m["unit"].lower().startswith(("year", "quarter")):
        return False
    return _duration_ok(text, m)


def _spoken_year_ok(text: str, m: re.Match[str]) -> bool:
    """'nineteen ninety-six' or 'the year two thousand', not 'nineteen people'."""
    return bool(m["rest"]) and m["century"].lower() != "two thousand" or bool(m["the"])


def _quarter_ok(text: str, m: re.Match[str]) -> bool:
    word, ordinal = m["word"].lower(), (m["ord"] or "").lower()
    if word == "half":
        return bool(ordinal) and bool(m["the"] or m["of"])
    if word == "period":  # financial "the latest period" / "the year-ago period" name a quarter
        return ordinal in {"latest", "year-earlier", "year-ago", "same", "prior", "current"} or bool(m["pre"])
    return bool(m["the"] or m["ord"] or m["fiscal"] or m["yrel"])


def _same_period_ok(text: str, m: re.Match[str]) -> bool:
    """'the same period last year', 'the quarter a year ago'; not 'the time last year' alone."""
    return bool(m["adj"]) or m["noun"].lower() in {"quarter", "period", "month"}


# "today is the eighth day of", "it's the second day of", "Monday marks the first day of":
# a count of days said in the present tense; "on his first day in office" names no date.
_PRESENT_COPULA_BEFORE = re.compile(r"(?:\b(?:is|are|marks)|'s|’s)[^\S\n]+(?:now[^\S\n]+|already[^\S\n]+)?$",
                                    re.IGNORECASE)


def _the_day_ok(text: str, m: re.Match[str]) -> bool:
    """'ended the day lower', 'later that day', 'the next day'; not 'the day belonged to them'."""
    if m["nth"]:
        return bool(_PRESENT_COPULA_BEFORE.search(text, max(0, m.start() - 20), m.start()))
    head = m.group(0).split()[0].lower()
    if m["late"] or m["edge"] or m["bdir"]:
        return True  # "late in the day", "at the start of the day", "the day before,": the day the text is about
    return head in {"earlier", "later"} or bool(m["step"]) or previous_word(text, m.start()) in DAY_CONTEXT_BEFORE


def _day_part_ok(text: str, m: re.Match[str]) -> bool:
    """'buy orders in the morning', 'during the night', 'appeared the next morning'; not 'the
    morning papers'."""
    if m["that"]:
        return bool(m["pre"]) or _THAT_PART_END.match(text, m.end()) is not None or (
            previous_word(text, m.start()) in _THAT_PART_BEFORE)
    return bool(m["step"]) or previous_word(text, m.start()) in {"in", "during", "throughout", "overnight"}


# "That night, rebels looted", "fighting resumed that evening.": a part of the day the text is
# about. After "said" the 'that' is a conjunction ("said that morning prayers were cancelled"),
# so without a preposition before or a clause break after, it is left alone.
_THAT_PART_BEFORE = frozenset(["", "on", "in", "during", "by", "until", "till", "since", "from", "throughout",
                               "and", "but", "then", "only", "until", "for", "at"])
_THAT_PART_END = re.compile(r"[^\S\n]*(?:[,.;:!?)]|$)")


_CLOCK_PREPOSITIONS = frozenset(["at", "by", "from", "until", "till", "before", "after", "since", "around"])


def _clock_ok(text: str, m: re.Match[str]) -> bool:
    """'high noon' is a showdown, not twelve o'clock; a Title Case clock is a title ('High Noon');
    '0800 GMT' is a time after a preposition ('at 0800 GMT'), not in a bracketed conversion."""
    if m["mh"]:
        return previous_word(text, m.start()) in _CLOCK_PREPOSITIONS
    if not m["word"]:
        return True
    return previous_word(text, m.start()) != "high" and _not_title(text, m)


def _previous_token(text: str, start: int) -> str:
    """The word right before `start` as written, '' when punctuation comes between."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and j > i - 20 and text[j - 1].isalpha():
        j -= 1
    return text[j:i]


# Share of capitalised words past which a line is a Title Case headline ("Strikes Kill 30
# Last Week"), where a capital says nothing about names; prose lines sit well under half.
HEADLINE_CAPITALS = 0.6


def _headline(text: str, at: int) -> bool:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = [w for w in text[start:end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= HEADLINE_CAPITALS * len(words)


_QUOTE_BEFORE = re.compile(r"(?:[\"“‘`]|'')[^\S\n]*$")


def _not_title(text: str, m: re.Match[str]) -> bool:
    """'ABC's "This Week"', '"60 Minutes"', 'VOA Today': a time word capitalised as part of a
    name - a quoted Title Case title, or one word glued to the capitalised name before it.
    Title Case headlines ("Civilians Killed in Last Three Days") keep their times."""
    tokens = m.group(0).split()
    words = [w for w in tokens if w[:1].isalpha()]
    if not words or not words[0][:1].isupper() or m.group(0).isupper() or _headline(text, m.start()):
        return True
    if len(tokens) > 1:
        quoted = bool(_QUOTE_BEFORE.search(text, max(0, m.start() - 3), m.start()))
        return not (quoted and all(w[:1].isupper() for w in words))
    return not _previous_token(text, m.start())[:1].isupper()


# Words that may follow a plural day name used as a set ("on Sundays at noon"); any other
# lower-case word after it makes it a possessive that lost its apostrophe ("Tuesdays attack").
_AFTER_DAY_SET = frozenset(["and", "or", "at", "in", "from", "to", "the", "when", "until", "after", "before",
                            "during", "throughout", "only", "too", "as", "through", "until"])
_LOWER_WORD_AFTER = re.compile(r"[^\S\n]+([a-z]+)")


def lost_apostrophe(text: str, end: int) -> bool:
    """'Tuesdays attack', 'Monday nights raid': a possessive scraped without its apostrophe."""
    after = _LOWER_WORD_AFTER.match(text, end)
    return bool(after) and after[1] not in _AFTER_DAY_SET


def _weekday_set_ok(text: str, m: re.Match[str]) -> bool:
    """'on Sundays', 'on Monday and Tuesday nights'; not 'on Tuesdays attack'."""
    if m["stem"] and lost_apostrophe(text, m.end()) or m["part"] and lost_apostrophe(text, m.end()):
        return False
    return previous_word(text, m.start()) in {"on", "and", "or"}


def _weekday_possessive_ok(text: str, m: re.Match[str]) -> bool:
    return lost_apostrophe(text, m.end())


def _day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


# Words before the first day of '12 and 13 March' that make it a date: 'on 12 and 13 March';
# 'killed 12 and wounded 13 March ...' or '5-6 March' after a score are counts.
_RANGE_START_BEFORE = frozenset(["on", "from", "between", "for", "since", "until", "by", "during", "the"])


def _range_day_ok(text: str, m: re.Match[str]) -> bool:
    """A span of days runs forward within a month: 'April 24 and 25', not 'May 25 and 3'."""
    after = "d1" in m.re.groupindex
    first, second = (m["d1"], m["day"]) if after else (m["day"], m["d2"])
    if not _day_number(first) < _day_number(second) <= 31:
        return False
    return after or previous_word(text, m.start()) in _RANGE_START_BEFORE


def _range_count_ok(text: str, m: re.Match[str]) -> bool:
    """The low end of 'between 60 and 90 days' or 'from two to six weeks'; a bare '60 and 90
    days' could be two counts of other things ('aged 60 and 90 days later ...')."""
    low, high = number_value(_spaced(m["num"])), number_value(_spaced(m["hi"]))
    if low is None or high is None or not 0 < low < high:
        return False
    return previous_word(text, m.start()) in {"between", "from"}


def _spaced(words: str) -> str:
    return re.sub(r"[\s-]+", " ", words.lower())


_CHECKS = {
    "range_count_first": _range_count_ok,
    "range_day_after": _range_day_ok,
    "range_day_before": _range_day_ok,
    "set_weekday": _weekday_set_ok,
    "weekday_possessive": _weekday_possessive_ok,
    "relative": _not_title,
    "deictic": _not_title,
    "day_part": _day_part_ok,
    "the_day": _the_day_ok,
    "ref": _ref_ok,
    "same_period": _same_period_ok,
    "month": _month_ok,
    "year": _year_ok,
    "set_per": _set_ok,
    "short_year": _short_year_ok,
    "bare_units": _bare_units_ok,
    "season": _season_ok,
    "decade": _decade_ok,
    "decade_word": _decade_ok,
    "duration": _duration_ok,
    "clock": _clock_ok,
    "quarter": _quarter_ok,
    "ago": _ago_ok,
    "spoken_year": _spoken_year_ok,
}
