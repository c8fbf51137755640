"""Find time expressions with a regex grammar: one pattern per kind of expression.

Why regexes and not dateparser: detection must cost well under a millisecond per article
and stay bounded on hostile input (a 1 MB line, 10,000 numbers). Every pattern below is a
chain of word alternations with bounded optional parts - no nested repetition - so each
scan is linear in the text. Each rule names its parts with groups; `normalize` turns the
parts into a TimeML value. Overlapping hits are settled by keeping the longest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rashomon.extract.timex.accept import accept, previous_word
from rashomon.extract.timex.gate import scan, windows
from rashomon.extract.timex.lexicon import (
    DAYNUM_RE,
    MONTH_RE,
    NUMBER_RE,
    NUMBER_WORD_RE,
    ORDINAL_RE,
    SEASON_RE,
    SPOKEN_YEAR_RE,
    UNIT_RE,
    VAGUE_RE,
    WEEKDAY_RE,
    YEAR_RE,
)

S = r"[^\S\n]+"  # spaces inside one line: no expression runs over a line break
S0 = r"[^\S\n]*"
QMOD = rf"(?:about|around|nearly|almost|(?:no{S}|not{S})?more{S}than|less{S}than|fewer{S}than|at{S}least|up{S}to|roughly|approximately|barely|at{S}most|some)"  # noqa: E501
PREMOD = (
    rf"(?:(?:the{S})?(?:very{S})?(?:end|beginning|start|middle|close|turn|first{S}half|second{S}half|last{S}half)"
    rf"{S}of{S}|(?:early|late|mid|middle)(?:-|{S})|mid-?)"
)
# "until 1994 or later", "for 1990 and beyond": an open-ended point; TimeML keeps the words in
# the span (MOD="EQUAL_OR_MORE") and the value is the point itself.
OPEN_END = rf"(?:or{S}(?:later|earlier|sooner)|and{S}beyond)"
# "two to three weeks", "the next 12 to 18 months", "one or two days": TimeML marks a range of
# counts with one unit as one expression (after "between" or "from" each end is its own:
# `_span_start`). The value is the upper count's. Tried only after a count has matched.
RANGE_TO = rf"(?:{S}(?:to|or){S}(?P<hi>\d{{1,4}}|{NUMBER_WORD_RE}))?"
# "weeks or months", "recent weeks and months": two vague spans joined are one vague span.
PLURAL_UNITS = r"(?:years|months|weeks|days|decades|hours|minutes|centuries|quarters)"
REL = rf"(?:last|this|next|past|previous|coming|current|following|same|that|this{S}coming|this{S}past)"
# Holidays whose names are also plain words ("a good Friday", "a memorial day for the victims"):
# capitalised only. Election Day is the US one, the Tuesday after the first Monday of November.
MOVABLE_FEASTS = (
    rf"(?-i:Good{S}Friday|Palm{S}Sunday|Ash{S}Wednesday|Memorial{S}Day|Labou?r{S}Day|Election{S}Day"
    rf"|Veterans'?{S}Day|Armistice{S}Day|Bastille{S}Day|May{S}Day)"
)
RANGE_JOIN = rf"(?:{S0}[-–]{S0}|{S}(?:and|to|through|until|till){S})"
TZ = r"(?:GMT|UTC|EDT|EST|CDT|CST|MDT|MST|PDT|PST|BST|CET|CEST|ET|local\s+time)"

RULES: dict[str, str] = {
    "iso": r"(?<![\d-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)"
    r"(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d-])",
    "set": rf"\b(?P<word>daily|weekly|monthly|yearly|nightly|hourly)\b"
    rf"|(?P<every>every|each){S}(?:other{S})?(?P<what>day|week|month|quarter|year|morning|evening|night|weekend"
    rf"|{WEEKDAY_RE}|{MONTH_RE}|{SEASON_RE})"
    rf"|every{S}(?P<count>{NUMBER_RE}|{VAGUE_RE}){S}(?P<units>{UNIT_RE})s\b",
    "set_per": rf"\b(?P<per>a|per){S}(?P<unit>day|week|month|year)\b",
    "weekday_possessive": r"(?-i:(?P<stem>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b"
    rf"|(?P<wd>{WEEKDAY_RE}){S}(?P<part>morning|afternoon|evening|night)s\b",
    "week_of": rf"the{S}week{S}of{S}(?P<mon>{MONTH_RE}){S0}(?P<day>{DAYNUM_RE})\b(?:,?{S}(?P<year>{YEAR_RE})\b)?",
    "nth_week": rf"the{S}(?P<ord>first|second|third|fourth|last|final){S}week{S}of{S}(?:(?P<mon>{MONTH_RE})"
    rf"(?:,?{S}(?P<year>{YEAR_RE})\b)?|(?P<oyear>{YEAR_RE})\b)",
    "set_weekday": r"(?-i:(?P<stem>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b"
    rf"|(?P<wd>{WEEKDAY_RE})(?:{S}(?P<part>morning|afternoon|evening|night)s"
    rf"|(?={S}(?:and|or){S}{WEEKDAY_RE}(?:s|{S}(?P<part2>morning|afternoon|evening|night)s)\b))\b",
    "numeric": r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)"
    r"(?![\d/]|\.\d)",
    "short_year": r"['’](?P<yy>\d\d)\b(?!['’]?s\b|\.\d|,\d)",
    "mdy": rf"(?:(?P<wd>{WEEKDAY_RE}),?{S})?(?P<mod>{PREMOD})?(?P<mon>{MONTH_RE}){S0}(?P<day>{DAYNUM_RE})\b"
    rf"(?!{S0}(?:%|percent|per|,\d|\.\d|:\d))(?:,?{S}(?P<year>{YEAR_RE})\b)?",
    "dmy": rf"(?:(?P<wd>{WEEKDAY_RE}),?{S})?(?:the{S})?(?P<day>{DAYNUM_RE})(?:{S}of)?{S}(?P<mon>{MONTH_RE})"
    rf"(?:,?{S}(?P<year>{YEAR_RE})\b)?",
    "month_year": rf"(?P<mod>{PREMOD})?(?P<mon>{MONTH_RE})(?:,?{S}(?:of{S})?)(?:(?P<year>{YEAR_RE})\b"
    rf"|(?P<spoken>{SPOKEN_YEAR_RE})\b"
    rf"|(?P<relyear>last|this|next){S}year\b)",
    "the_year": rf"\b(?:for{S})?the{S}(?:full{S}|fiscal{S}|current{S}|entire{S}|whole{S}"
    rf"|(?P<latest>latest|most{S}recent){S})?"
    rf"(?:fiscal{S})?year\b"
    rf"(?!-|{S}(?:of|before|after|earlier|ago)\b)",
    "month": rf"(?P<mod>{PREMOD})?(?:(?:the{S})?(?P<rel>{REL}){S})?(?P<mon>{MONTH_RE})(?!\.?{S0}\d)",
    "year": rf"(?<![\d$£€.,/:-])(?P<mod>{PREMOD})?(?:(?P<fiscal>fiscal|calendar|the{S}year){S})?"
    rf"(?:pre-|post-)?(?P<year>{YEAR_RE})(?![\d%,.:/-]\d|-|\d)(?:{S}{OPEN_END}\b)?",  # "the [post-1959] politics"
    "decade": rf"(?P<mod>{PREMOD})?(?:the{S})?(?P<mod2>(?:early|late|mid)(?:-|{S}))?"
    r"(?P<dec>(?:1[5-9]|20)?\d0|'\d0)'?s\b",
    "weekday": rf"(?:(?P<pre>early|late|earlier|later){S})?(?:(?P<rel>last|this|next|this{S}coming|coming|past){S})?"
    rf"(?P<wd>{WEEKDAY_RE})(?:{S}(?P<part>morning|afternoon|evening|night))?(?!,?{S}{MONTH_RE})",
    "deictic": rf"(?:(?P<pre>early|late|earlier|later){S})?(?P<word>today|yesterday|tomorrow|tonight)"
    rf"(?:{S}(?P<part>morning|afternoon|evening|night))?|the{S}day{S}(?P<ba>before{S}yesterday|after{S}tomorrow)"
    rf"|(?:(?:early|late|earlier|later){S})?(?P<this>this|last|tomorrow|yesterday){S}(?P<part2>morning|afternoon|evening|night)"
    rf"|\bmid(?:-|{S})?(?P<part3>morning|afternoon)(?:{S}(?P<word3>today|yesterday|tomorrow))?",
    "ref": rf"\b(?P<word>(?:right{S})?now|the{S}time{S}being|currently|(?:then[\s-])?current|presently|nowadays"
    rf"|these{S}days|at{S}present|at{S}the{S}moment"
    rf"|(?:more{S})?recently|recent|lately|the{S}past|the{S}future|(?:very{S})?soon|the{S}near{S}future|the{S}(?:near|short|long){S}term"
    rf"|a{S}later{S}date)\b(?!-|(?<=past|ture){S}(?:{NUMBER_RE}|{VAGUE_RE}){S}(?:{UNIT_RE}|{SEASON_RE})s?\b)",
    "relative": rf"(?P<mod>{PREMOD}|earlier{S}|later{S}|early{S}|late{S})?(?:the{S})?(?P<rel>{REL})"
    rf"{S}(?P<unit>week|weekend|month|year|quarter|decade|century|{SEASON_RE}|fiscal{S}year)\b(?:{S}or{S}so\b)?",
    "ago": rf"(?:(?P<q>{QMOD}){S})?(?:(?P<num>{NUMBER_RE}|{VAGUE_RE}|an?)[\s-])?(?P<unit>{UNIT_RE})s?"
    rf"(?:{S}or{S}so)?{S}(?P<dir>ago|earlier|later|from{S}now|hence|(?:before|after)(?={S0}[,.;:!?)]))\b",
    "ago_adj": rf"(?:the{S}(?:comparable{S}|corresponding{S})?)?\b(?P<unit>year|month|week|day)-(?P<dir>ago|earlier)\b"
    rf"(?:{S}(?P<noun>period|quarter|(?:first{S})?(?:{NUMBER_WORD_RE}){S}months))?",  # "the year-earlier nine months"
    "duration": rf"(?:(?P<the>the){S})?(?:(?P<rel>past|last|next|previous|coming|first|final|following|remaining"
    rf"|other|latest){S})?(?:(?P<q>{QMOD}){S})?(?P<num>{NUMBER_RE}|{VAGUE_RE}|an?){RANGE_TO}(?:{S}(?:more|additional|full"
    rf"|straight|consecutive|long|trading|business|working))?(?:[\s-]|{S}and{S}a{S}half[\s-])(?P<unit>{UNIT_RE})s?"
    rf"(?P<long>-long|-old)?\b(?!-)(?:{S}and{S}a{S}half\b)?(?:{S}or{S}so\b)?",
    # "between [60] and 90 days", "from [two] to six weeks": the lower count of a range is a
    # span of its own in the unit the upper one names (TimeML marks each end).
    "range_count_first": rf"(?:(?<=between\s)|(?<=from\s))(?P<num>\d{{1,4}}|{NUMBER_WORD_RE})"
    rf"(?=(?:{S}(?:and|to|or){S}|{S0}[-–]{S0})"
    rf"(?P<hi>\d{{1,4}}|{NUMBER_WORD_RE}){S}(?P<unit>{UNIT_RE})s\b(?!{S}(?:ago|earlier|later|hence|old|of{S}age)\b"
    rf"|-old))",
    # "than the year previous", "the month prior": the unit before the one the text is about
    # ('the year prior to the war' names its year by the war: left alone). A clause-final 'the
    # year before' is left out too: AQUAINT leaves it unmarked (test_time_rules).
    "unit_back": rf"the{S}(?P<unit>year|month|week|quarter){S}(?:previous|prior)\b(?!{S}to\b)",
    "bare_units": rf"(?:(?P<rel>recent|coming|future|past|the{S}past|the{S}coming|the{S}last|the{S}next"
    rf"|the(?:{S}(?:early|later))?(?={S}years\b)|the(?={S}(?:days|weeks|months|years){S}ahead\b)){S})?"
    rf"(?P<unit>{PLURAL_UNITS})\b(?:{S}(?:or|and){S}{PLURAL_UNITS}\b)?(?P<ahead>{S}ahead\b)?",
    "unit_long": rf"(?P<unit>{UNIT_RE})(?P<plural>s)?-long\b|single-(?P<single>day|week|month|year)\b",
    "quarter": rf"(?:(?P<the>the){S})?(?:(?P<yrel>this|last|next){S}year'?s{S}|(?P<yago>year-ago|year-earlier){S})?"
    rf"(?:(?P<pre>{YEAR_RE}){S})?(?:(?P<fiscal>fiscal)(?:{S}|-(?={ORDINAL_RE})))?"
    rf"(?:(?P<ord>{ORDINAL_RE}|latest|current|previous"
    rf"|past|year-earlier|year-ago|same|prior|recent|just-ended){S0}-?)?(?:fiscal{S})?(?P<word>quarter|half|period)\b"
    rf"(?!-?{S0}(?:point|of{S}a|of{S}the|a{S}century|an{S}hour))(?:{S}(?:of|in){S}(?P<of>(?:fiscal{S})?{YEAR_RE}|this{S}year"
    rf"|last{S}year|next{S}year))?",
    "season": rf"(?:(?P<rel>last|this|next|past|the{S}past|early|late|the|this{S}past|this{S}coming){S})?"
    rf"(?P<season>{SEASON_RE})\b(?:{S}(?:of{S})?(?:(?P<year>{YEAR_RE})|(?P<spoken>{SPOKEN_YEAR_RE}))\b)?",
    "holiday": rf"(?:(?P<rel>last|this|next){S})?(?P<h>Christmas(?:{S}(?:Day|Eve))?|New{S}Year'?s(?:{S}(?:Day|Eve))?"
    rf"|Thanksgiving(?:{S}Day)?|(?-i:Easter{S}Monday)|Easter(?:{S}Sunday)?|Halloween|Valentine'?s{S}Day|Independence{S}Day"
    rf"|Boxing{S}Day|{MOVABLE_FEASTS})(?:{S}(?P<year>{YEAR_RE})\b)?(?P<week>{S}week\b(?!-|'))?",
    "clock": rf"(?:(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?{S0}(?P<ampm>[ap]\.m\.|[ap]m\b|[ap]\.m\b)"
    rf"|(?P<h24>[0-2]?\d):(?P<mi24>[0-5]\d)(?=(?:{S0}h)?{S0}{TZ})|(?P<word>noon|midday|midnight)"
    rf"|(?P<mh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?={S0}(?:GMT|UTC)\b))(?:{S0}h)?"
    rf"(?:{S0}(?P<open>\()?(?P<tz>{TZ})(?:{S0}(?P<sign>[+\-−]){S0}(?P<oh>\d{{1,2}})(?::?(?P<om>[0-5]\d))?\b)?(?(open)\)))?"
    rf"(?:,?{S}(?:on{S})?(?P<wd>{WEEKDAY_RE})|{S}(?P<deictic>today|yesterday|tomorrow|tonight)"
    rf"|,?{S}(?:on{S})?(?P<cmon>{MONTH_RE}){S0}(?P<cday>{DAYNUM_RE})\b(?:,?{S}(?P<cyear>{YEAR_RE})\b)?)?",
    "weekend": rf"\b(?:the|this|last|next)(?P<rel>){S}weekend\b",
    "spoken_year": rf"\b(?:(?P<the>the{S}year){S})?(?P<century>nineteen|eighteen|two{S}thousand(?:{S}and)?)"
    rf"(?:[\s-](?P<rest>{NUMBER_WORD_RE}))?\b",
    "century": rf"(?:the{S})?(?P<n>[12]?\d)(?:st|nd|rd|th){S}century\b",
    "decade_word": rf"(?:the{S})?(?P<mod>(?:early|late|mid)(?:-|{S}))?(?P<word>twenties|thirties|forties|fifties"
    r"|sixties|seventies|eighties|nineties)\b",
    "same_period": rf"the{S}(?:(?P<adj>same|corresponding|comparable){S})?(?P<noun>period|quarter|month|week|time)"
    rf"(?:{S}of)?{S}(?P<when>(?:the{S})?(?:last|previous|prior){S}year|a{S}year{S}(?:ago|earlier|before)"
    rf"|the{S}year{S}before)\b",
    "two_quarters": rf"(?:the{S})?(?P<pos>first|last|final|second){S}(?:two|2){S}quarters{S}of{S}"
    rf"(?:(?:fiscal{S})?(?P<year>{YEAR_RE})|(?P<rel>this|last|next){S}year)\b",
    "period": rf"(?:an?{S})?(?P<num>{NUMBER_RE})[\s-](?P<unit>{UNIT_RE})s?{S}period\b",
    "the_day": rf"(?:(?:earlier|later){S}(?=that)|(?P<late>late|early){S}in{S}(?=the))?"
    rf"(?:the{S}(?P<edge>start|end|rest|close){S}of{S})?(?:the|that)"
    rf"(?:{S}(?:same|very|(?P<step>next|following)|(?P<nth>first|second|third|fourth|fifth|sixth|seventh|eighth"
    # "late in the day after falling 250 points": with 'late in' before it the day is a time
    # of its own, and 'after' or 'when' opens a clause, not 'the day after the vote'.
    # "The day before, the army had withdrawn": before a clause break 'before'/'after' is part of
    # the expression, a day counted from the one the text is about.
    rf"|ninth|tenth)))?{S}day\b(?:{S}(?P<bdir>before|after)(?={S0}[,.;:!?])"
    rf"|(?(nth)(?!-)|(?(late)(?!-|')|(?!-|'|{S}(?:before|after|when|of|that|in|to|on|and|or"
    rf"|{WEEKDAY_RE}|today|yesterday)\b))))",
    "clock_part": rf"\b(?P<h>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    rf"(?:{S}o'clock)?{S}in{S}the{S}(?P<part>morning|afternoon|evening|night)\b",
    "day_part": rf"(?:(?P<pre>early|late|earlier|later){S}(?=that))?(?:the|(?P<that>that)(?:{S}same)?)"
    rf"{S}(?:(?P<step>next|following){S})?(?P<part>morning|afternoon|evening|night)\b"
    rf"(?!{S}(?:of|before|after)\b|'|-)",
    "then": rf"(?:(?<=\buntil\s)|(?<=\bby\s)|(?<=\btill\s))(?:then\b(?!-)|that{S}time\b(?={S0}[,.;:]))"
    rf"|(?<=\bat\s)(?:the|that){S}time\b(?={S0}[,.;:])",
    "previous_weekday": rf"the{S}(?P<dir>previous|preceding|following){S}(?P<wd>{WEEKDAY_RE})\b",
    "year_end": rf"\b(?:around{S})?year(?:'s)?[\s-]end\b|(?:the{S})?(?P<pos>end|beginning|start|middle){S}of{S}the{S}"
    rf"(?P<unit>year|month|week)\b",
}

# Each rule may only start where no word character precedes: in-word positions fail at once.
_COMPILED = {name: re.compile(rf"(?<!\w)(?:{pattern})", re.IGNORECASE) for name, pattern in RULES.items()}

# The other end of a span of days, found from a date hit rather than by a scan of its own:
# "April 24 and [25]", "Nov. 12-[14]" after an mdy date (TimeML marks each day; the month is
# shared; the span starts at the second day), "on [12] and 13 March" before a dmy one.
# Words that may follow the second day of 'April 24 and 25': any other lower-case word makes
# the number a count ('passed on June 5 and 12 other bills').
_CLAUSE_WORDS = (
    "(?:in|at|on|and|or|to|for|with|when|as|before|after|during|the|this|next|last|of|from|but|is|are|was|were"
    "|will|would|had|has|have|respectively|inclusive)"
)
_RANGE_DAY_AFTER = re.compile(
    rf"(?P<mon>{MONTH_RE}){S0}(?P<d1>{DAYNUM_RE}){RANGE_JOIN}(?P<day>{DAYNUM_RE})\b"
    rf"(?!{S0}(?:%|percent|per\b|[ap]\.?m\b|:\d|\.\d|,\d|-|{MONTH_RE})|{S}(?!{_CLAUSE_WORDS}\b)(?-i:[a-z]))"
    rf"(?:,?{S}(?P<year>{YEAR_RE})\b)?",
    re.IGNORECASE)
_RANGE_DAY_BEFORE = re.compile(
    rf"(?<!\w)(?P<day>{DAYNUM_RE})(?={RANGE_JOIN}(?:the{S})?(?P<d2>{DAYNUM_RE})(?:{S}of)?{S}(?P<mon>{MONTH_RE})"
    rf"(?:,?{S}(?P<year>{YEAR_RE})\b)?)",
    re.IGNORECASE)
_RANGE_START_BEFORE = re.compile(rf"(?<!\w){DAYNUM_RE}{RANGE_JOIN}(?:the{S})?$", re.IGNORECASE)

# Rule -> groups of features; the rule runs when every group has one feature present.
_GATES: dict[str, tuple[frozenset[str], ...]] = {
    "iso": (frozenset({"digit"}), frozenset({"dash"})), "numeric": (frozenset({"digit"}), frozenset({"dot"})),
    "mdy": (frozenset({"month"}), frozenset({"digit"})), "dmy": (frozenset({"month"}), frozenset({"digit"})),
    "month_year": (frozenset({"month"}),), "the_year": (frozenset({"yearword"}),), "month": (frozenset({"month"}),),
    "year": (frozenset({"digit"}),),
    "short_year": (frozenset({"digit"}),), "decade": (frozenset({"digit"}),), "weekday": (frozenset({"weekday"}),),
    "deictic": (frozenset({"deictic"}),), "ref": (frozenset({"ref", "rel"}),),
    "relative": (frozenset({"rel"}),), "ago": (frozenset({"ago", "narrative"}),), "ago_adj": (frozenset({"ago"}),),
    "duration": (frozenset({"unit", "deictic"}),), "bare_units": (frozenset({"plural"}),),
    "unit_long": (frozenset({"unit"}),),
    "unit_back": (frozenset({"unit"}),),
    "range_count_first": (frozenset({"plural"}), frozenset({"range"})),
    "quarter": (frozenset({"unit", "half", "period"}),), "season": (frozenset({"season"}),),
    "holiday": (frozenset({"holiday"}),), "clock": (frozenset({"clock"}),),
    "set": (frozenset({"set"}),), "set_per": (frozenset({"unit"}),),
    "period": (frozenset({"period"}),),
    "same_period": (frozenset({"same", "ago", "rel"}), frozenset({"unit", "period"})),
    "year_end": (frozenset({"end"}),), "weekend": (frozenset({"weekend"}),),
    "spoken_year": (frozenset({"spoken"}),), "century": (frozenset({"century"}),),
    "decade_word": (frozenset({"decade_word"}),), "set_weekday": (frozenset({"weekday"}),),
    "weekday_possessive": (frozenset({"weekday"}),),
    "the_day": (frozenset({"unit"}),), "two_quarters": (frozenset({"unit"}),),
    "previous_weekday": (frozenset({"weekday"}), frozenset({"rel"})),
    "day_part": (frozenset({"deictic"}),), "clock_part": (frozenset({"deictic"}),), "then": (frozenset({"then"}),),
    "week_of": (frozenset({"unit"}), frozenset({"month"})),
    "nth_week": (frozenset({"unit"}), frozenset({"month", "digit"})),
}


# Rule -> the kinds of words every one of its matches holds (its windows are built around
# them): the kinds of its gate, plus the unit in "two weeks from now" for 'ago'. Common words
# that only open the gate are left out: 'ago' matches with "after"/"before" ("two years
# after.") hold their unit, and 'the first week of May' its "week", not just any number.
_GATE_ONLY = frozenset({"dash", "dot", "narrative"})
_ANCHORS: dict[str, frozenset[str]] = {
    name: frozenset().union(*groups) - _GATE_ONLY | ({"unit"} if name in {"ago", "ago_adj"} else set())
    for name, groups in _GATES.items()
} | {"nth_week": frozenset({"unit"}), "range_count_first": frozenset({"range"})}


@dataclass
class Hit:
    """One matched expression: where, which rule, and the regex match holding its parts."""

    start: int
    end: int
    rule: str
    match: re.Match[str]


def detect(text: str, start: int = 0, end: int | None = None) -> list[Hit]:
    """Non-overlapping hits in text[start:end], longest first on overlap, in text order."""
    end = len(text) if end is None else end
    present, positions = scan(text, start, end)
    if not present:
        return []
    hits: list[Hit] = []
    spans_of: dict[frozenset[str], list[tuple[int, int]]] = {}
    for name, pattern, kinds in _open_rules(present):
        if kinds not in spans_of:
            spans_of[kinds] = windows(positions, kinds, start, end)
        for lo, hi in spans_of[kinds]:
            for m in pattern.finditer(text, lo, hi):
                s, e = _trim(text, _span_start(name, m), m.end())
                if e > s and _word_bounded(text, s, e) and accept(name, text, m):
                    hits.append(Hit(s, e, name, m))
    hits.extend(_range_days(text, hits))
    return _longest_first(hits)


def _range_days(text: str, hits: list[Hit]) -> list[Hit]:
    """The other ends of spans of days whose named end is a hit: one anchored match per date
    hit, so the hot path pays nothing for a block without one."""
    found: list[Hit] = []
    for hit in hits:
        m: re.Match[str] | None = None
        if hit.rule == "mdy" and not hit.match["year"]:
            m = _RANGE_DAY_AFTER.match(text, hit.match.start("mon"))
            rule = "range_day_after"
        elif hit.rule == "dmy":
            day = hit.match.start("day")
            before = _RANGE_START_BEFORE.search(text, max(0, day - 24), day)
            m = _RANGE_DAY_BEFORE.match(text, before.start()) if before else None
            rule = "range_day_before"
        if m is None or not accept(rule, text, m):
            continue
        s, e = _trim(text, _span_start(rule, m), m.end())
        if e > s and _word_bounded(text, s, e):
            found.append(Hit(s, e, rule, m))
    return found



# Bound on the memo of open rules per set of present word kinds (a few hundred sets occur).
MAX_GATE_SETS = 4096
_open_memo: dict[frozenset[str], list[tuple[str, re.Pattern[str], frozenset[str]]]] = {}


def _open_rules(present: set[str]) -> list[tuple[str, re.Pattern[str], frozenset[str]]]:
    """The rules whose gates `present` opens, in RULES order, with their anchor kinds.

    Why memoised: the gate test of every rule ran for every sentence, and the sets of word
    kinds a sentence holds recur (a number and a month, a unit, ...)."""
    key = frozenset(present)
    rules = _open_memo.get(key)
    if rules is None:
        rules = [(name, pattern, _ANCHORS[name]) for name, pattern in _COMPILED.items()
                 if all(group & present for group in _GATES[name])]
        if len(_open_memo) >= MAX_GATE_SETS:
            _open_memo.clear()
        _open_memo[key] = rules
    return rules


def _span_start(rule: str, m: re.Match[str]) -> int:
    """Where the span starts, when the pattern reads more than TimeML annotates.

    TimeML leaves 'the' out of adjectival uses: 'the [two-week] strike', 'the [third-quarter] loss'.
    """
    if rule == "duration" and m["hi"] and previous_word(m.string, m.start("num")) in {"between", "from"}:
        return m.start("hi")  # "between two to [six days]": each end of the range is its own
    if rule == "duration" and m["the"] and not m["rel"] and "-" in m.string[m.end("num"):m.start("unit") + 1]:
        return m.start("num")
    if rule == "duration" and m["the"] and not (m["rel"] or m["q"]) and _count_before_singular_unit(m):
        return m.start("num")  # "the [two day] rally": a count with a singular unit is adjectival
    if rule == "duration" and not (m["the"] or m["rel"] or m["q"]) and _OVER_AS_MORE_THAN.search(
            m.string, max(0, m.start() - 16), m.start()):
        return m.string.lower().rfind("over", 0, m.start())
    if rule in _POINT_RULES and (approx := _APPROX_BEFORE.search(m.string, max(0, m.start() - 16), m.start())):
        return approx.start()
    if rule == "the_year" and m.group(0)[:3].lower() == "for":
        return m.start() + m.group(0).lower().index("the")  # "for" decides the value, not the span
    if rule == "quarter" and m["the"] and m["ord"] and text_has_hyphen(m) and not (m["yrel"] or m["yago"]):
        return m.start("fiscal") if m["fiscal"] else m.start("ord")  # "the [fiscal second-quarter] loss"
    if rule == "range_day_after":
        return m.start("day")
    if rule == "ago_adj" and not m["noun"]:
        return m.start("unit")  # "the [year-ago] results": the article belongs to the noun
    return m.start()


# "around 7:15 p.m.", "around Nov. 1": an approximate point in time; TimeML keeps the
# qualifier in the span (MOD="APPROX"), as it does for "about two years" in the duration rules.
# Not before a bare day name: "to get around Wednesday's ruling" is a phrasal verb.
_APPROX_BEFORE = re.compile(r"\b(?:around|approximately|roughly)[^\S\n]+$", re.IGNORECASE)
_POINT_RULES = frozenset({"clock", "mdy", "dmy"})


# "in over a decade", "lasted over a week", "just over an hour": 'over' is 'more than' and part
# of the expression; in "evolved over several years" it names the span the change took.
_OVER_AS_MORE_THAN = re.compile(
    r"\b(?:in|just|for|last|lasts|lasted|took|takes|after|within|of|than|since)\s+over\s+$", re.IGNORECASE)


def _count_before_singular_unit(m: re.Match[str]) -> bool:
    """'two day', '30 year': a count above one before a unit with no plural 's' can only modify
    the noun after it ('the two day rally'), whose article TimeML leaves out of the span."""
    num = m["num"].lower()
    if num in {"a", "an", "one", "1"} or m["long"]:
        return False
    return m.string[m.end("unit"):m.end("unit") + 1].lower() != "s" and m.end() == m.end("unit")


def text_has_hyphen(m: re.Match[str]) -> bool:
    return "-" in m.string[m.end("ord"):m.start("word") + 1]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1] in " \t,":
        e -= 1
    return s, e


def _word_bounded(text: str, s: int, e: int) -> bool:
    """A hit must not start or end inside a word ("Monday" in "Mondays" is fine to refuse)."""
    before_ok = s == 0 or not text[s - 1].isalnum()
    after_ok = e >= len(text) or not (text[e].isalnum() and text[e - 1].isalnum())
    return before_ok and after_ok


def _longest_first(hits: list[Hit]) -> list[Hit]:
    """Keep the longest of overlapping hits; on equal length the earlier rule in RULES wins."""
    if not hits:
        return []
    base = min(h.start for h in hits)
    occupied = bytearray(max(h.end for h in hits) - base)
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    taken: list[Hit] = []
    for h in hits:
        if not any(occupied[h.start - base : h.end - base]):
            taken.append(h)
            occupied[h.start - base : h.end - base] = b"\x01" * (h.end - h.start)
    taken.sort(key=lambda h: h.start)
    return taken
