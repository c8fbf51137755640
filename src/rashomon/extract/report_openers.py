"""Which sentence opens a report of its own, and so borrows no source from the one before.

GUIDELINES.md section 6 carries a source back into the sentence that continues the same
report; ordinary news-writing grammar marks where a new one starts: a change-of-topic adverb
("Meanwhile", "Elsewhere"), a time frame of its own at the start ("On Tuesday ...", "In May
...", "And in May ...") or a month or this year anywhere in the outlet's sentence ("since
March", "so far this year"), background over the whole war ("since the conflict began", "the
war has killed") or a campaign ("has forced thousands to flee"), an impersonal hedge ("It has
also been reported that ..."), a further attack added with "also" ("the air force also carried
out a massacre ..."), a present-tense state ("More than 6 million
are displaced"), an event placed a stated time from another ("The strikes came a day after"),
and a run-in subheading or section dateline (the line break lost). These read one sentence
alone, so they sit apart from the rules that weigh attributions against a figure
(attribution_scope.py) or figures against each other (attribution_links.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rashomon.extract.attribution_words import word_table
from rashomon.extract.gazetteer import lookup

# A claim framed over the whole war ("since the conflict began in 2011", "the war has killed",
# "killed in Syria's conflict", "killed in the four-year-old rebellion", "have fled the civil war")
# is background stated by the outlet: it borrows no source from the sentence before.
_WAR_NOUN = r"(?:war|conflict|rebellion|uprising|insurgency|revolt|revolution)\b"
_WAR_FRAME = re.compile(
    r"\bsince\s+(?:the\s+|an?\s+)?(?:(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+|an?\s+)?)?"
    r"(?:(?:syrian\s+|civil\s+)?(?:war|conflict|uprising|crisis|revolution|revolt|unrest)\b|(?:19|20)\d\d\b)"
    r"|\b(?:war|conflict|uprising|crisis)\b[^.;]{0,120}?\bha(?:s|ve)\s+(?:so\s+far\s+)?(?:killed|claimed|left|displaced)\b"
    r"|\b(?:war|conflict)\b[^.;]{0,60}?\b(?:began|erupted|broke\s+out|started)\b"
    r"|\b(?:(?:killed|died|dead|displaced)\s+(?:[\w-]+\s+){0,2}?(?:in|during|throughout)|fled(?:\s+from)?)\s+"
    r"(?:the\s+|its\s+|[A-Z][\w'’]*\s+)?(?:[\w-]+-year(?:-old)?\s+|civil\s+|ongoing\s+|bloody\s+)?"
    + _WAR_NOUN
    + r"(?!\s*(?:planes?|jets?|crimes?|zone))",
    re.IGNORECASE,
)
# A flight caused over time, in the perfect ("the offensive has forced thousands to flee", "the
# fighting has caused tens of thousands to leave their homes"): the outlet sums up what a
# campaign has done so far, background like a toll over the whole war, not the report going on.
_CAUSED_FLIGHT = re.compile(
    r"\b(?:has|have|had)\s+(?:also\s+|already\s+)?(?:caused|forced|driven|pushed|prompted)\s+"
    r"(?:[\w'’-]+\s+){1,6}?to\s+(?:flee|leave)\b",
    re.IGNORECASE,
)
# A sentence opening on a change of topic or time, or on new evidence, starts a new report: it
# borrows no source from the sentence before ("Meanwhile 10 civilians were killed ...",
# "Earlier ...", "A video posted online showed ...").
_NEW_REPORT = re.compile(
    r"(?:meanwhile|moreover|elsewhere|earlier|separately|in\s+another|in\s+a\s+separate|also\s+on"
    r"|(?:an?\s+|the\s+same\s+)?(?:video|footage|photos?|images?|pictures?)\s+"
    r"(?:posted|shared|released|published|circulated|showed|shows))\b",
    re.IGNORECASE,
)
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# A sentence that opens on its own day or month ("On Saturday ...", "On October 13th ...",
# "In May ...", "Last week ...") dates a report of its own; "Since Saturday" continues one
# (a running toll), so it is not here. "In recent days ..." frames a tally of its own, beyond
# the incident just reported; "In the past two weeks ..." is left out: the FA-KES 160 gold carries
# a monitor's source into one such sentence (a counted span reads as the monitor's tally).
# "Later that month ..." moves on from the time the sentence before told to an event of its
# own, as "Last week ..." does (the outlet's account, not the source's going on).
_OWN_TIME_FRAME = re.compile(
    rf"(?:on\s+(?:{_DAY}|{_MONTH}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+\d)"
    rf"|in\s+(?:early\s+|late\s+|mid-?)?(?:{_MONTH}|(?:19|20)\d\d)\b|last\s+(?:week|month|year|{_DAY})"
    rf"|in\s+recent\s+(?:days|weeks|months)\b"
    rf"|later\s+that\s+(?:day|night|morning|afternoon|evening|week|month|year)\b"  # "Later that month ..."
    rf"|later\s+in\s+the\s+(?:day|night|morning|afternoon|evening|week|month)\b"  # "Later in the day ..."
    rf"|also\s+(?:on\s+)?{_DAY}\b"  # "Also Wednesday 22 fighters were killed": a further day's report
    rf"|(?:a|an|one|two|three|four|five|six|seven|several|few|\d+)\s+(?:days?|weeks?|months?)\s+ago\b)",
    re.IGNORECASE,
)
# A coordinator opening the sentence ("And in January ...", "But on Monday ...") joins it to the
# text before without changing whose report its own time frame starts.
_COORDINATOR = re.compile(r"^(?:and|but)\s+", re.IGNORECASE)
# A month named anywhere in the outlet's own sentence ("Strikes killed 37 civilians in the town
# in April", "a bombing in February that killed 57"): a report is dated by its day, so a figure
# placed in a month is an earlier event's, background the outlet adds; not inside a quotation.
# "Since 3 May" / "since March" counts from a month on: a tally over weeks, background as well.
_MONTH_FRAME = re.compile(
    rf"\bin\s+(?:early\s+|late\s+|mid-?)?{_MONTH}\b|\bsince\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_MONTH}\b",
    re.IGNORECASE,
)
# A tally over a vague recent period, anywhere in the outlet's own sentence ("The regime has
# stepped up air attacks in recent days killing 57", "Airstrikes have killed dozens over the past
# several weeks"): background beyond the incident just reported. Not inside a quotation (a
# quoted sentence goes on with its speaker's words), and not a counted span ("in the past two
# weeks": see _OWN_TIME_FRAME).
_RECENT_PERIOD = re.compile(
    r"\b(?:in|over|during)\s+(?:recent|the\s+(?:past|last)\s+(?:several|few))\s+(?:days|weeks|months)\b"
    r"|\b(?:so\s+far\s+)?this\s+year\b",  # "Fire has claimed 21 lives in the town this year"
    re.IGNORECASE,
)
# The outlet's own hedge: "It has also been reported that ...", "it is claimed a helicopter ...",
# and its personal passive with a perfect infinitive, a summing-up of what happened before:
# "Some 200 people are reported to have died", "thousands are believed to have been killed"
# ("were said to be killed" reports the incident itself and stays out).
_IMPERSONAL = re.compile(
    r"\bit\s+(?:has|had|is|was)\s+(?:also\s+)?(?:been\s+)?(?:reported|claimed|alleged|said)\b"
    r"|\b(?:are|is|were|was)\s+(?:also\s+)?(?:reported|believed|thought|feared|estimated|said)\s+to\s+have\b",
    re.IGNORECASE,
)
# A perfect of habit or earlier times states background, not the report going on: "The Coalition
# has previously condemned the crime ...", "the regime has repeatedly denied ...", and with an
# adverb of frequency, active or passive ("The town has also been regularly shelled, including
# a raid in March that killed 9", "It has often been hit"): a figure there is an earlier event's.
_BACKGROUND = re.compile(
    r"\b(?:has|have|had)\s+(?:also\s+)?(?:been\s+)?"
    r"(?:previously|repeatedly|long|regularly|frequently|often|routinely|constantly)\b",
    re.IGNORECASE,
)
# A further attack added with "also" is a new incident the outlet reports: "the air force
# also carried out a massacre", "Heavy shelling also hit ...", "ISIS also claimed an attack",
# and in the passive, with the further place or attacker: "More than a dozen people were also
# killed in a besieged neighbourhood".
# "also killed in the clashes": the definite article refers back to the event just reported,
# so the figure adds to that report, not a new incident ("also killed in a separate attack").
_EVENT_NOUNS = (
    r"(?:clash|clashes|fighting|battle|battles|attack|attacks|strike|strikes|raid|raids|blast|explosion|bombing|"
    r"shelling|assault|ambush)\b"
)
_ALSO_ATTACK = re.compile(
    r"\balso\s+(?:carried\s+out|hit|struck|targeted|shelled|bombed|pounded|launched|claimed|attacked|raided)\b"
    r"|\b(?:were|was)\s+also\s+killed\s+(?:in|by)\b(?!\s+the\s+(?:same\s+)?" + _EVENT_NOUNS + r")",
    re.IGNORECASE,
)
# A figure placed a stated time before the reported event is background the outlet adds:
# "State media says rebels hit a school ... just a day after dozens of children were killed".
TIME_DISTANCE = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|seven|several|few|\d+)\s+(?:day|hour|week|month)s?"
    r"|days|hours|weeks|months)\s+(?:after|before)\b",
    re.IGNORECASE,
)


# A present-tense state opening the sentence is background the outlet gives ("More than 6
# million are internally displaced", "Hundreds of injured civilians are at hospitals"), not
# a continued account; "are said/believed to" still reports, and a passive of sight ("A body
# is seen on a stretcher", "Two wounded men are shown ...") describes the footage or photos
# the sentence before cites: that report going on, in its present tense.
_PRESENT_STATE = re.compile(
    r"(?:[\w'’-]+\s+){1,6}?(?:are|is)\s+(?!(?:said|believed|reported|thought|feared|estimated|expected|"
    r"understood|known|likely|still\s+missing|missing|seen|shown|pictured|heard)\b)",
    re.IGNORECASE,
)


# A subheading run into its section's first sentence (scraped pages lose the line break):
# "Two persons injured in rocket attack in Homs Two persons were injured as ..." - the lede
# repeats the subheading's opening words, capitalised, mid-sentence. The heading opens a new
# story: it borrows no source from the section before.
_SUBHEADING = re.compile(r"^([A-Z][\w'’-]*)\s+([\w'’-]{1,4})[\w'’-]*\s+(?:\S+\s+){3,}?\1\s+\2")
# How many words the repeat may stand from the start: a subheading is a headline's length.
MAX_SUBHEADING_WORDS = 20


def run_in_subheading(text: str) -> bool:
    """Whether a sentence opens with a subheading its lede then repeats (constants above)."""
    match = _SUBHEADING.match(text)
    return match is not None and len(text[: match.end()].split()) <= MAX_SUBHEADING_WORDS


# A section dateline run into its first sentence (the line break lost): a place, optionally
# with "Countryside" / "province", then the sentence's own capitalised opener.
_PLACE_HEADING = re.compile(
    r"([A-Z][\w'’-]+(?:\s+(?!Countryside\b)[A-Z][\w'’-]+)?)(?:\s+(?:Countryside|countryside|province))?\s+(?=[A-Z])"
)


def _is_heading_place(name: str) -> bool:
    """Whether a dateline's name is a place the gazetteer knows exactly, and no function word
    ("Since Saturday ...": "Since" spells a town too)."""
    table = word_table()
    small = table["stop"] | table["skip"] | table["connector"] | table["discourse"] | table["pronoun"]
    small |= table["determiner"]
    return lookup(name)[1] == "exact" and not any(word.lower() in small for word in name.split())


# A day-by-day account: "On Tuesday 25 people were killed ..., the Observatory said." then
# "On Monday air strikes killed 23 people in the town." The second weekday opens no report of
# its own when the sentence before dated its report on another weekday, at its opening or
# inside it ("A police source said the groups on Saturday fired a shell ..." then "On Friday the
# groups fired ten shells ..."): the same source counts back a day.
_OPENING_DAY = re.compile(rf"(?:on\s+)?({_DAY})\b", re.IGNORECASE)
_ANY_DAY = re.compile(rf"\b({_DAY})\b", re.IGNORECASE)


def continues_day_series(previous: str, text: str) -> bool:
    """Whether `text` opens on a weekday right after a sentence that opened on another one
    (a running day-by-day report from one source, so the weekday starts no new report)."""
    if "day" not in text[:16].lower():  # cheap prefilter before the regexes
        return False
    here = _OPENING_DAY.match(text.lstrip(" \"“'"))
    if not here:
        return False
    days = {day.lower() for day in _ANY_DAY.findall(previous)}
    return bool(days) and here.group(1).lower() not in days and not names_other_town(previous, text)


def continues_war_tally(previous: str, text: str) -> bool:
    """Whether `text`, a claim over the whole war, goes on with the war-wide tally the sentence
    before cited ("The conflict has claimed 470000 lives according to X. Moreover 6 million
    have been displaced since the conflict began"): the same body's statistics, so the war
    frame (or an additive opener) starts no new report (GUIDELINES.md: an unattributed
    war-wide toll right after "According to X" in the same paragraph inherits it)."""
    return "according to" in previous.lower() and bool(_WAR_FRAME.search(text)) and bool(_WAR_FRAME.search(previous))


@lru_cache(maxsize=4096)
def opens_new_report(text: str) -> bool:
    """Whether a sentence starts a report of its own, so that it borrows no source from
    the sentence before (module docstring)."""
    stripped = text.lstrip(" \"“'")
    framed = _OWN_TIME_FRAME.match(_COORDINATOR.sub("", stripped, count=1))  # "And in January ..."
    if _NEW_REPORT.match(stripped) or framed or _PRESENT_STATE.match(stripped):
        return True
    if (dateline := _PLACE_HEADING.match(stripped)) and _is_heading_place(dateline.group(1)):
        return True  # "Damascus Countryside Earlier on the day ...", "Aleppo Death toll ...": a section's dateline
    if run_in_subheading(stripped):
        return True
    quoted = text.lstrip().startswith(("\"", "“"))
    if not quoted and (_RECENT_PERIOD.search(text) or _MONTH_FRAME.search(text)):
        return True
    return bool(
        _WAR_FRAME.search(text)
        or _CAUSED_FLIGHT.search(text)
        or _IMPERSONAL.search(text)
        or _ALSO_ATTACK.search(text)
        or TIME_DISTANCE.search(text)
        or _BACKGROUND.search(text)
    )


# A photo caption run into the text: it ends on the day the picture was taken, a bare full date
# with no preposition before it ("... is treated at a hospital in the town March 3 2015."), where
# prose dates an event with "on" ("... were killed on March 3 2015"). A caption describes the
# picture in the photographer's words: a figure there has no source, neither one it names in
# passing ("a boy hurt in what residents say was a gas attack") nor one carried from before.
_CAPTION_DATE = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}\s+(?:19|20)\d\d\W*$", re.IGNORECASE)
# Words that make a closing date part of the sentence's prose ("on", "dated", "since", "and",
# a weekday: "on Friday May 4 2017"), not a caption's.
_DATE_GOVERNORS = frozenset(
    {"on", "in", "since", "of", "until", "till", "by", "dated", "from", "to", "and", "or", "before", "after",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


# How far from a sentence's end its closing date and the words before it are looked for: the
# test runs for every figure, and a long sentence must not be read whole each time.
_CAPTION_TAIL = 64
_CAPTION_WORDS_BEFORE = 200


def photo_caption(text: str) -> bool:
    """Whether a sentence is a photo caption (see _CAPTION_DATE): its figures have no source."""
    text = text.rstrip()
    date = _CAPTION_DATE.search(text, max(0, len(text) - _CAPTION_TAIL))
    if date is None:
        return False
    before = text[max(0, date.start() - _CAPTION_WORDS_BEFORE) : date.start()].split()
    return len(before) >= 4 and before[-1].strip(",").lower() not in _DATE_GOVERNORS


def changes_topic(text: str) -> bool:
    """Whether a sentence opens on a change-of-topic adverb or new evidence only ("Meanwhile
    ...", "In another ...", "Footage posted ... showed"), the one opener that a report of one
    source can hold: it does not date or frame a report of its own (source_between.py)."""
    return _NEW_REPORT.match(text.lstrip(" \"“'")) is not None



# Places named as the scene of a report, checked against the sentence before: a country
# ("In Syria ...") frames the whole account rather than moving it elsewhere.
_COUNTRIES = frozenset({"Syria", "Iraq", "Lebanon", "Turkey", "Jordan", "Israel", "Russia"})
_CALENDAR_WORD = re.compile(rf"{_DAY}|{_MONTH}", re.IGNORECASE)


def _new_place(name: str, previous: str) -> bool:
    """Whether `name` is a place (the gazetteer knows it, no function or calendar word) that
    the sentence `previous` does not name: the scene of another incident."""
    first = name.split()[0]
    if first.lower() in previous.lower() or first in _COUNTRIES or _CALENDAR_WORD.fullmatch(first):
        return False
    table = word_table()
    small = table["stop"] | table["skip"] | table["connector"] | table["discourse"] | table["pronoun"]
    if any(word.lower() in small or word.lower() in table["determiner"] for word in name.split()):
        return False
    return lookup(name)[1] in ("exact", "loose")


# A town named with "in" ("... killed eight people in Raqqa") that the sentence before did not
# name: a weekday opening the sentence then dates an incident somewhere else, not the same
# source counting back a day at the same place ("On Monday air strikes killed 23 people in
# the town", continues_day_series).
_IN_TOWN = re.compile(r"\bin\s+([A-Z][\w'’-]+)")


def names_other_town(previous: str, text: str) -> bool:
    """Whether `text` places its event in a town `previous` does not name (constant above)."""
    return any(_new_place(match.group(1), previous) for match in _IN_TOWN.finditer(text))


# A sentence opening on a place of its own ("In Homs a car bomb killed nine people", with no
# "Meanwhile", as FA-KES writers leave it out) after a report from another place moves on to
# another incident: the outlet's round-up, not the source of the sentence before going on
# (GUIDELINES.md section 6: another place borrows no source). A place the sentence before
# named, or a toll over a wider area before it ("across Syria ... In Aleppo 21 died"), is the
# same report broken down.
_PLACE_OPENER = re.compile(r"In\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s")
_WHOLE_AREA = re.compile(r"\b(?:across|throughout|around|nationwide|several|provinces)\b", re.IGNORECASE)


def opens_on_other_place(previous: str, text: str) -> bool:
    """Whether `text` opens on a place the sentence `previous` did not name (constants above)."""
    if not text.startswith("In "):  # cheap prefilter before the regexes and the gazetteer
        return False
    match = _PLACE_OPENER.match(text)
    return match is not None and not _WHOLE_AREA.search(previous) and _new_place(match.group(1), previous)
