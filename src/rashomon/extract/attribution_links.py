"""Which attribution a casualty figure without its own "X said" belongs to.

A figure whose sentence names no source is either the outlet's own statement or part of
a report whose source is named in a neighbouring sentence. benchmarks/annotations/GUIDELINES.md
section 6 draws the line, and the rules here follow ordinary news-writing grammar:

- carrying back: a sentence continues the report of the sentence before (and borrows its
  source) unless it opens a new one: a change-of-topic adverb ("Meanwhile", "Elsewhere"),
  a time frame of its own at the start ("On Tuesday ...", "In May ..."), background over
  the whole war ("since the conflict began", "the war has killed"), an impersonal hedge
  ("It has also been reported that ..."), a further attack added with "also" ("the air
  force also carried out a massacre ..."), a present-tense state ("More than 6 million are
  displaced"), or an event placed a stated time from another ("The strikes came a day after");
- looking ahead: a figure stated first without a source and restated with one ("Two people
  were killed ... ." then "A police source said ... killing two people") is that source's
  figure; a headline's figure is the one its article restates with a source anywhere below.
  Sentences between that hold neither a figure nor a source (a caption, a line of
  description) do not count as the one sentence of distance.
  A lead figure is not given the source the next sentence names unless that sentence
  restates it: GUIDELINES.md section 6 carries a source back, never forward, and a
  look-ahead for leads was right on 11 of 12 figures of the articles it was written on but
  wrong on all 7 of the held-out articles annotated blind (a fit to one annotation pass).
  A next sentence that refers back to the figure's victims ("These civilians were targeted
  ..., said the Observatory", "Those killed were ...") restates it, and gives its source.

- a breakdown running on: a figure in a sentence that continues the one before takes the
  source that sentence's figures carried ("Two others were killed in a similar attack." then
  "Rocket attacks on X left one dead."), so a report's list of incidents keeps its source.

- which of a sentence's attributions: the nearest, unless it opens the clause another one
  reports ("The WHO says local health officials have reported that 84 ...": the WHO, the
  first named, as GUIDELINES.md section 6 asks), or it opens a "but" clause after the figure
  ("... 330000 killed, but some organisations put the toll higher");
- what carries nothing on: a photographer's sighting, the outlet's own unnamed reporter ("the
  reporter noted": the outlet speaking, source ""), and a sentence that opens with a run-in
  subheading its lede repeats ("Two men injured in Homs Two men were injured ...").

The carrying back is asked per sentence by attribution.source_at; the looking ahead needs
every figure of the article and runs once over them (`restated_sources`).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable
from functools import lru_cache

from rashomon.extract.actors import canonical_actor
from rashomon.extract.attribution_blame import blamed_event
from rashomon.extract.attribution_words import clean_name, word_table
from rashomon.extract.gazetteer import lookup
from rashomon.model import AttributionFact, CasualtyFact, Sentence, Source

# A claim framed over the whole war ("since the conflict began in 2011", "the war has killed",
# "killed in Syria's conflict")
# is background stated by the outlet: it borrows no source from the sentence before.
_WAR_FRAME = re.compile(
    r"\bsince\s+(?:the\s+|an?\s+)?(?:(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+|an?\s+)?)?"
    r"(?:(?:syrian\s+|civil\s+)?(?:war|conflict|uprising|crisis|revolution|revolt|unrest)\b|(?:19|20)\d\d\b)"
    r"|\b(?:war|conflict|uprising|crisis)\b[^.;]{0,120}?\bha(?:s|ve)\s+(?:so\s+far\s+)?(?:killed|claimed|left|displaced)\b"
    r"|\b(?:war|conflict)\b[^.;]{0,60}?\b(?:began|erupted|broke\s+out|started)\b"
    r"|\b(?:killed|died|dead|displaced)\s+(?:[\w-]+\s+){0,2}?(?:in|during|throughout)\s+(?:the\s+|its\s+|[A-Z][\w'’]*\s+)?"
    r"(?:[\w-]+-year(?:-old)?\s+|civil\s+|ongoing\s+|bloody\s+)?(?:war|conflict)\b(?!\s*(?:planes?|jets?|crimes?|zone))",
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
_OWN_TIME_FRAME = re.compile(
    rf"(?:on\s+(?:{_DAY}|{_MONTH}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+\d)"
    rf"|in\s+(?:early\s+|late\s+|mid-?)?(?:{_MONTH}|(?:19|20)\d\d)\b|last\s+(?:week|month|year|{_DAY})"
    rf"|in\s+recent\s+(?:days|weeks|months)\b"
    rf"|also\s+(?:on\s+)?{_DAY}\b"  # "Also Wednesday 22 fighters were killed": a further day's report
    rf"|(?:a|an|one|two|three|four|five|six|seven|several|few|\d+)\s+(?:days?|weeks?|months?)\s+ago\b)",
    re.IGNORECASE,
)
# A tally over a vague recent period, anywhere in the outlet's own sentence ("The regime has
# stepped up air attacks in recent days killing 57", "Airstrikes have killed dozens over the past
# several weeks"): background beyond the incident just reported. Not inside a quotation (a
# quoted sentence goes on with its speaker's words), and not a counted span ("in the past two
# weeks": see _OWN_TIME_FRAME).
_RECENT_PERIOD = re.compile(
    r"\b(?:in|over|during)\s+(?:recent|the\s+(?:past|last)\s+(?:several|few))\s+(?:days|weeks|months)\b",
    re.IGNORECASE,
)
# The outlet's own hedge: "It has also been reported that ...", "it is claimed a helicopter ...".
_IMPERSONAL = re.compile(
    r"\bit\s+(?:has|had|is|was)\s+(?:also\s+)?(?:been\s+)?(?:reported|claimed|alleged|said)\b", re.IGNORECASE
)
# A perfect of habit or earlier times states background, not the report going on: "The Coalition
# has previously condemned the crime ...", "the regime has repeatedly denied ...".
_BACKGROUND = re.compile(r"\b(?:has|have|had)\s+(?:previously|repeatedly|long)\b", re.IGNORECASE)
# A further attack added with "also" is a new incident the outlet reports: "the air force
# also carried out a massacre", "Heavy shelling also hit ...", "ISIS also claimed an attack",
# and in the passive, with the further place or attacker: "More than a dozen people were also
# killed in a besieged neighbourhood".
_ALSO_ATTACK = re.compile(
    r"\balso\s+(?:carried\s+out|hit|struck|targeted|shelled|bombed|pounded|launched|claimed|attacked|raided)\b"
    r"|\b(?:were|was)\s+also\s+killed\s+(?:in|by)\b",
    re.IGNORECASE,
)
# How many sentences after a figure its restatement with a source may come: the next one
# ("... were injured." then "A police source said ... injuring three"). Two sentences on, the
# same number was another incident's in the FA-KES articles read while writing this.
RESTATE_SENTENCES = 1
# How many sentences with neither a figure nor a source a restatement may lie beyond: 3 holds a
# photo caption, its credit and a line of background between a lead and the body's sourced toll.
MAX_SKIPPED_SENTENCES = 3


# "According to ..." with a capital inside a sentence opens a sentence the splitter missed
# ("... in Aleppo city According to a source ... two people were killed"): it speaks for what
# follows it only.
_RUN_IN_ACCORDING = re.compile(r"According\s+to\b")
# A figure placed a stated time before the reported event is background the outlet adds:
# "State media says rebels hit a school ... just a day after dozens of children were killed".
_TIME_DISTANCE = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|seven|several|few|\d+)\s+(?:day|hour|week|month)s?"
    r"|days|hours|weeks|months)\s+(?:after|before)\b",
    re.IGNORECASE,
)


# Boundaries the splitter missed inside a "sentence": a full stop before a lowercase word (it
# splits only before a capital), a change-of-topic adverb capitalised mid-sentence ("... in
# Aleppo City Meanwhile in Damascus ...": the full stop lost), a photo caption's credit ("(File
# photo)", "(TRT World and Agencies)", "(Reuters)") and a subheading set off by a dash after a
# full stop ("... toll. - Air raids kill thousands - ...").
# A source on one side does not speak for a figure on the other.
_MISSED_BOUNDARY = re.compile(
    r"(?-i:[a-z]{2}[.!?]\s+[a-z])"
    r"|(?-i:[a-z]{2}\s+(?:Meanwhile|Elsewhere|Separately|In\s+another|In\s+a\s+separate)\s)"
    r"|\((?:file\s+photo|photo\b[^()]*|reuters|afp|ap|[^()]*\bagencies)\)|[.!?]\s+-\s+[A-Z]",
    re.IGNORECASE,
)

# A source opening a clause of its own after the figure's ("... injured dozens and the monitor
# said the toll could rise") speaks for what it says after its verb, not for the clause before.
_NEW_CLAUSE_SOURCE = re.compile(r"\s(?:and|but|while)$")
# Only a source referred back to ("the monitor") with a plain verb of saying: "and the source
# added that ..." continues the account the figure belongs to, and "... and al-Bab civil defence
# official X told" is a run-on list of places, not a new clause.
_NEW_CLAUSE_SAYING = re.compile(r"the\s+[a-z]+\s+(?:said|says|warned|noted)$")
# Any source opening a clause with "but" after the figure contrasts its own claim with it ("...
# 330000 killed, but some organisations put the toll higher"): it does not speak for the figure.
_CONTRAST = re.compile(r"\sbut(?:\s+[\w'’-]+){0,3}$")  # "but some non-governmental organisations put"
# A source opening a time clause after the figure ("... killed 20 after Washington accused
# Moscow") says something at that time, not the figure: a time conjunction is no reporting
# frame (unlike "as the monitor said").
_SUBORDINATE_SOURCE = re.compile(r"\b(?:after|before|when|since|until)$", re.IGNORECASE)
# A source named after its verb ("..., said the monitor") with a relative clause right after it
# ("... who ...", "... which ...") is described by that clause: a figure there is about the
# source ("said a fighter who had beheaded two hostages"), not what the source says.
_INVERTED = re.compile(r"(?:said|says|added|reported|stated|noted|explained|warned)\s", re.IGNORECASE)
_DESCRIBES_SOURCE = re.compile(r"\s*,?\s*(?:who|whom|whose|which)\b", re.IGNORECASE)
# What makes that clause's verb take an object of its own: at least three words after the source.
_COMPLEMENT = re.compile(r"\s+(?:that\s+)?(?:[\w'’-]+\s+){2,}[\w'’-]+")


# A figure of an earlier event the sentence places its own against ("... the first death since a
# chemical attack on Tuesday that killed 87", "... before an April 4 attack that killed dozens",
# "... after at least 9 died in a March raid") is background the outlet
# adds: the sentence's source, or the one before it, does not speak for it. The event noun is
# followed by "that/which" and a verb of harm, or the figure follows the preposition directly.
_EARLIER_EVENT = re.compile(
    r"\b(?:since|after|before|following)\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,6}?"
    r"(?:attacks?|strikes?|raids?|bombings?|massacres?|assaults?|blasts?|explosions?|shelling)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:that|which)\s+(?:[\w'’-]+\s+){0,2}?(?:killed|kills|left|claimed|wounded|injured)\s+"
    r"(?:[\w'’-]+\s+){0,3}$"
    r"|\b(?:since|after|before)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)
# How far before a figure its earlier-event clause may open (characters): six words of event
# noun phrase, four of modifiers and the relative verb fit in it.
_EARLIER_EVENT_WINDOW = 160


def earlier_event(text: str, offset: int) -> bool:
    """Whether the figure at `offset` of a sentence is the toll of an earlier event the sentence
    refers to (constants above)."""
    return _EARLIER_EVENT.search(text, max(0, offset - _EARLIER_EVENT_WINDOW), offset) is not None


def in_scope(attribution: AttributionFact, sentence: Sentence, offset: int) -> bool:
    """Whether an attribution of the sentence speaks for the claim at `offset`: not when the
    claim sits inside the source's own phrase ("said a militant ..., the man who beheaded two
    journalists"), before a run-in "According to", or after the source in a clause dated a
    stated time away (constants above)."""
    if attribution.start < offset < attribution.end:
        return False
    local = attribution.start - sentence.start
    edge = attribution.end if offset > attribution.end else attribution.start
    low, high = sorted((offset - sentence.start, edge - sentence.start))
    if _MISSED_BOUNDARY.search(sentence.text, low, high):
        return False  # "... the reporter said on Monday. earlier three were killed": two sentences
    if offset < attribution.start:
        before = sentence.text[:local].rstrip()
        opens_clause = _NEW_CLAUSE_SOURCE.search(before) and _NEW_CLAUSE_SAYING.match(attribution.text)
        if (opens_clause or _CONTRAST.search(before)) and _COMPLEMENT.match(
            sentence.text, attribution.end - sentence.start
        ):
            return False  # "... injured dozens and the monitor said the toll could rise": it says what follows
        if _SUBORDINATE_SOURCE.search(before):
            return False  # "... killed 20 after X accused Y": said then, not the figure
        return not (before and not before.endswith(",") and _RUN_IN_ACCORDING.match(attribution.text))
    between = sentence.text[attribution.end - sentence.start : offset - sentence.start]
    if earlier_event(between, len(between)):
        return False  # "X said ... since an attack on Tuesday that killed 87": background
    if blamed_event(between, attribution.source.primary):
        return False  # "X blamed Y for the massacre that killed 1,100": the claim is the blame, not the toll
    if _INVERTED.match(attribution.text) and _DESCRIBES_SOURCE.match(between) and not _saying(between):
        return False  # "..., said a fighter who had beheaded two hostages": the source's description
    return not _TIME_DISTANCE.search(between)


def _saying(text: str) -> bool:
    """Whether a verb of saying stands in `text` (a clause that reports, not describes)."""
    return any(word in word_table()["verb"] for word in re.findall(r"[a-z]+", text.lower()))


# A present-tense state opening the sentence is background the outlet gives ("More than 6
# million are internally displaced", "Hundreds of injured civilians are at hospitals"), not
# a continued account; "are said/believed to" still reports.
_PRESENT_STATE = re.compile(
    r"(?:[\w'’-]+\s+){1,6}?(?:are|is)\s+(?!(?:said|believed|reported|thought|feared|estimated|expected|"
    r"understood|known|likely|still\s+missing|missing)\b)",
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


@lru_cache(maxsize=4096)
def opens_new_report(text: str) -> bool:
    """Whether a sentence starts a report of its own, so that it borrows no source from
    the sentence before (module docstring)."""
    stripped = text.lstrip(" \"“'")
    if _NEW_REPORT.match(stripped) or _OWN_TIME_FRAME.match(stripped) or _PRESENT_STATE.match(stripped):
        return True
    if (dateline := _PLACE_HEADING.match(stripped)) and _is_heading_place(dateline.group(1)):
        return True  # "Damascus Countryside Earlier on the day ...", "Aleppo Death toll ...": a section's dateline
    if run_in_subheading(stripped):
        return True
    if not text.lstrip().startswith(("\"", "“")) and _RECENT_PERIOD.search(text):
        return True
    return bool(
        _WAR_FRAME.search(text)
        or _IMPERSONAL.search(text)
        or _ALSO_ATTACK.search(text)
        or _TIME_DISTANCE.search(text)
        or _BACKGROUND.search(text)
    )


def changes_topic(text: str) -> bool:
    """Whether a sentence opens on a change-of-topic adverb or new evidence only ("Meanwhile
    ...", "In another ...", "Footage posted ... showed"), the one opener that a report of one
    source can hold: it does not date or frame a report of its own (source_between.py)."""
    return _NEW_REPORT.match(text.lstrip(" \"“'")) is not None


def stated_number(fact: CasualtyFact) -> tuple[int | None, int | None]:
    """The number as written, whatever its hedge: "more than 58" and "58" both give 58;
    vague amounts keep their interval ("dozens" restates "dozens")."""
    if fact.qualifier == "more_than" and fact.low is not None:
        return fact.low - 1, fact.low - 1
    if fact.qualifier == "less_than" and fact.high is not None:
        return fact.high + 1, fact.high + 1
    if fact.qualifier == "up_to":
        return fact.high, fact.high
    if fact.qualifier == "vague":
        return fact.low, fact.high
    return fact.low, fact.low


def restated_sources(
    facts: list[CasualtyFact], sentences: list[Sentence], attributions: list[AttributionFact] | None = None
) -> list[CasualtyFact]:
    """Give a figure with no source of its own the source of its restatement (module
    docstring): the same number and category with an explicit source in the next sentence,
    or anywhere below for a figure of the title; else the source a breakdown carries on. `facts` and `attributions`
    are in text order; changed in place."""
    if not sentences or not facts:
        return facts
    attributions = attributions or []
    index_of = _sentence_index(sentences)
    where = [index_of(fact.start) for fact in facts]  # sentence index of each figure
    attributed = {index_of(a.start) for a in attributions}
    own_report = {index_of(a.start) for a in attributions if not a.source.primary}  # "the reporter said"
    with_figures = set(where)
    for position, fact in enumerate(facts):
        if fact.source is not None and fact.source.explicit:
            continue
        here = where[position]
        if here in own_report:
            continue  # the outlet's own reporter speaks for it: no source to find elsewhere
        horizon = len(sentences) if here == 0 else _restate_horizon(here, with_figures, attributed, len(sentences))
        found = _restatement(fact, facts, where, position, horizon)
        if found is None and fact.source is None and here > 1 and here not in attributed:
            found = _breakdown_source(facts, where, position, sentences[here].text)
        if found is None and fact.source is None and here + 1 < len(sentences):
            found = _anaphor_source(sentences[here + 1], attributions)
        if found is not None:
            fact.source = found
    return facts


def _restate_horizon(here: int, with_figures: set[int], attributed: set[int], count: int) -> int:
    """The last sentence a figure of sentence `here` may be restated in: RESTATE_SENTENCES on,
    not counting the sentences between that hold neither a figure nor a source ("... killed
    at least 44 people." "It was the deadliest attack on the town." "State media gave a toll
    of 44 dead."): a sentence of description does not end the account the figure opens."""
    horizon, skipped = here + RESTATE_SENTENCES, 0
    while horizon < count and skipped < MAX_SKIPPED_SENTENCES:
        if horizon in with_figures or horizon in attributed:
            break
        horizon, skipped = horizon + 1, skipped + 1
    return horizon


# The next sentence refers back to the figure's victims and names who says so: "At least 15
# civilians were killed ... . These civilians were targeted ..., said the Observatory", "Those
# killed were mostly residents of ..., the Observatory said".
_VICTIM_ANAPHOR = re.compile(
    r"(?:These|Those)\s+(?:civilians|people|victims|dead|killed|wounded|injured|who\s+(?:were|had\s+been)\s+\w+)\b"
)


def _anaphor_source(following: Sentence, attributions: list[AttributionFact]) -> Source | None:
    """The explicit source of the next sentence when it opens by referring back to the victims."""
    if not _VICTIM_ANAPHOR.match(following.text.lstrip(" \"“'")):
        return None
    own = [a for a in attributions if following.start <= a.start < following.end and a.source.primary]
    if not own:
        return None
    return dataclasses.replace(own[0].source, via=list(own[0].source.via), explicit=False)


def _breakdown_source(facts: list[CasualtyFact], where: list[int], position: int, text: str) -> Source | None:
    """A breakdown runs on over several sentences: a figure whose sentence continues the one
    before (no source of its own, no new-report opener) takes the carried source of the
    figures in that sentence ("Two others were killed in a similar attack." then "Rocket
    attacks on X left one person dead.")."""
    here = where[position]
    before = position - 1
    while before >= 0 and where[before] == here:
        before -= 1
    if before < 0 or where[before] != here - 1:
        return None
    last = facts[before].source
    if last is None or last.explicit or opens_new_report(text):
        return None
    return dataclasses.replace(last, via=list(last.via), explicit=False)


def _restatement(
    fact: CasualtyFact, facts: list[CasualtyFact], where: list[int], position: int, horizon: int
) -> Source | None:
    """The explicit source of the first later mention of the same figure within the horizon."""
    key = (stated_number(fact), fact.category)
    here = where[position]
    for other_position in range(position + 1, len(facts)):
        there = where[other_position]
        if there > horizon:
            break
        other = facts[other_position]
        if there == here or other.source is None or not other.source.explicit:
            continue
        if (stated_number(other), other.category) == key:
            return dataclasses.replace(other.source, via=list(other.source.via), explicit=False)
    return None


def _sentence_index(sentences: list[Sentence]) -> Callable[[int], int]:
    """offset -> index of the sentence holding it (sentences are in text order)."""
    starts = [s.start for s in sentences]
    return lambda offset: bisect.bisect_right(starts, offset) - 1


# What may stand between a verb of saying and the clause it reports: "X says [that] Y reported".
_THAT = re.compile(r"\s*(?:that\s*)?")


def reporting_frame(own: list[AttributionFact], nearest: AttributionFact, sentence: Sentence) -> AttributionFact:
    """The attribution whose reported clause opens with `nearest` ("The WHO says Syrian health
    officials have reported that 84 ..."): the figure is told under the first named source
    (GUIDELINES.md section 6: several sources for one number -> the first named), unless that
    one is an outlet passing the claim on, which the "citing" and "told" shapes give as via."""
    for outer in own:
        if outer.end > nearest.start or outer.source.primary == nearest.source.primary:
            continue
        gap = sentence.text[outer.end - sentence.start : nearest.start - sentence.start]
        if _THAT.fullmatch(gap) and not is_outlet(outer.source.primary):
            return outer
    return nearest


# A photographer or camera crew reports what they saw in that scene ("children were seen on the
# floor of a clinic, an AFP photographer reported"): the next sentence is not their account.
_EYEWITNESS = re.compile(r"\b(?:photographers?|cameram[ae]n|camera\s+crews?)\b", re.IGNORECASE)


def eyewitness(text: str) -> bool:
    """Whether an attribution is a photographer's or camera crew's sighting (constant above)."""
    return _EYEWITNESS.search(text) is not None


def is_outlet(phrase: str) -> bool:
    """Whether the object of "told" passes the claim on (an agency, not "reporters")."""
    if not phrase or phrase.lower().startswith(("reporters", "journalists", "a news conference")):
        return False
    known = canonical_actor(clean_name(phrase, canonical=False))
    if known is not None:
        return known[2] in ("news agency", "media", "outlet")
    words = phrase.split()
    if set(phrase.lower().split()) & word_table()["outlet"]:
        return True  # "state television", "the New Arab news website"
    return all(w[:1].isupper() or w.lower() in word_table()["determiner"] for w in words)  # "The New Arab"
