"""Which of a sentence's attributions speaks for a casualty figure in it.

A sentence may hold a figure and a source that says something else: the source opens a clause
of its own after the figure ("... injured dozens and the monitor said the toll could rise"),
contrasts its claim with it ("..., but some organisations put the toll higher"), is described
by the clause holding the figure ("said a fighter who had beheaded two hostages"), or stands
across a boundary the splitter missed; and a figure of an earlier event the sentence refers to
("since an attack on Tuesday that killed 87") is background whoever speaks. Of the sources
that do speak for it, the nearest is chosen unless it opens the clause another one reports
("The WHO says local health officials have reported that 84 ...": the WHO, the first named,
as GUIDELINES.md section 6 asks). What carries nothing on to the next sentence (a
photographer's sighting) is here too. These rules weigh one sentence's attributions against
one offset; attribution.source_at asks them.
"""

from __future__ import annotations

import re

from rashomon.extract.actors import canonical_actor
from rashomon.extract.attribution_blame import SAME_TOLL_GOES_ON, blamed_event, claimed_event
from rashomon.extract.attribution_words import clean_name, word_table
from rashomon.extract.report_openers import TIME_DISTANCE
from rashomon.model import AttributionFact, Sentence

# "According to ..." with a capital inside a sentence opens a sentence the splitter missed
# ("... in Aleppo city According to a source ... two people were killed"): it speaks for what
# follows it only.
_RUN_IN_ACCORDING = re.compile(r"According\s+to\b")


# Boundaries the splitter missed inside a "sentence": a full stop before a lowercase word (it
# splits only before a capital), a change-of-topic adverb capitalised mid-sentence ("... in
# Aleppo City Meanwhile in Damascus ...": the full stop lost), a photo caption's credit ("(File
# photo)", "(TRT World and Agencies)", "(Reuters)", and Daily Sabah's "(Reuters Photo)", "(AA
# Photo)" closing the caption glued to the lead) and a subheading set off by a dash after a
# full stop ("... toll. - Air raids kill thousands - ...").
# A source on one side does not speak for a figure on the other.
_MISSED_BOUNDARY = re.compile(
    r"(?-i:[a-z]{2}[.!?]\s+[a-z])"
    r"|(?-i:[a-z]{2}\s+(?:Meanwhile|Elsewhere|Separately|In\s+another|In\s+a\s+separate)\s)"
    r"|\((?:file\s+photo|photo\b[^()]*|reuters|afp|ap|[^()]*\bagencies|[\w.-]+(?:\s+[\w.-]+)?\s+photo)\)"
    r"|[.!?]\s+-\s+[A-Z]",
    re.IGNORECASE,
)

# A source opening a clause of its own after the figure's ("... injured dozens and the monitor
# said the toll could rise") speaks for what it says after its verb, not for the clause before.
_NEW_CLAUSE_SOURCE = re.compile(r"\s(?:and|but|while)$")
# Only a source referred back to ("the monitor") with a plain verb of saying: "and the source
# added that ..." continues the account the figure belongs to, and "... and al-Bab civil defence
# official X told" is a run-on list of places, not a new clause.
_NEW_CLAUSE_SAYING = re.compile(r"the\s+[a-z]+\s+(?:said|says|warned|noted)$")
# A source inside a relative clause on what came before ("strikes that killed 20, which the
# ministry said was an error") speaks about that antecedent, not for the figure in it.
_RELATIVE_SOURCE = re.compile(r"(?:,|\s)\s*which$", re.IGNORECASE)
# Only when the figure is itself in a relative clause on an event ("strikes that killed 20"):
# "20 were killed in strikes which X said were Russian" is the main claim, and X speaks for it.
_RELATIVE_TOLL = re.compile(
    r"\b(?:that|which)\s+(?:[\w'’-]+\s+){0,2}?(?:killed|kills|left|claimed|wounded|injured)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# Any source opening a clause with "but" after the figure contrasts its own claim with it ("...
# 330000 killed, but some organisations put the toll higher"): it does not speak for the figure.
# "while"/"whereas" contrast the same way ("... killed 30 while the council put the toll at 35").
_CONTRAST = re.compile(r"\s(?:but|while|whereas)(?:\s+[\w'’-]+){0,3}$")  # "but some non-governmental organisations put"
# A source opening a time clause after the figure ("... killed 20 after Washington accused
# Moscow") says something at that time, not the figure: a time conjunction is no reporting
# frame (unlike "as the monitor said"). The clause's subject may be two coordinated names, the
# source the second ("... hours after the US and Russia announced a deal").
_SUBORDINATE_SOURCE = re.compile(
    r"\b(?:after|before|when|since|until)(?:\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*\s+and)?$", re.IGNORECASE
)
# A sentence opening with a concessive ("Despite the 100 killed, the council said that it would
# act") puts the figure in a phrase set against the main clause, and a verb of saying with its
# "that" complement ("X said [on Monday] that ...") says that clause: the figure before the source
# is not its claim. (Without the concessive, "Three died and the source added that ..." still
# speaks for the figure: the complement alone is no sign.)
_CONCESSIVE = re.compile(r"(?:Despite|In\s+spite\s+of|Although|Though|Even\s+though|Notwithstanding)\s")
_THAT_COMPLEMENT = re.compile(r"(?:\s+(?:on|late|early|earlier|later|last)(?:\s+[A-Z]?[a-z]+)?)?\s+that\s")
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
    r"(?:attacks?|strikes?|raids?|bombings?|massacres?|assaults?|blasts?|explosions?|shelling|"
    r"wrecks?|crash|crashes|accidents?|shootings?)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:that|which)\s+(?:[\w'’-]+\s+){0,2}?(?:killed|kills|left|claimed|wounded|injured)\s+"
    r"(?:[\w'’-]+\s+){0,3}" + SAME_TOLL_GOES_ON + "$"
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


# The claim that is the reported object itself, inside a span running on to a cited source:
# "Z reported 15 deaths, citing X" speaks for the 15.
_REPORTED_OBJECT = re.compile(r"\breport(?:ed|s)\s+$")


def in_scope(attribution: AttributionFact, sentence: Sentence, offset: int) -> bool:
    """Whether an attribution of the sentence speaks for the claim at `offset`: not when the
    claim sits inside the source's own phrase ("said a militant ..., the man who beheaded two
    journalists"), before a run-in "According to", or after the source in a clause dated a
    stated time away (constants above)."""
    if attribution.start < offset < attribution.end and not _REPORTED_OBJECT.search(
        attribution.text, 0, offset - attribution.start
    ):
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
        after = attribution.end - sentence.start
        if _relative_source(sentence, before, offset) and _COMPLEMENT.match(sentence.text, after):
            return False  # "... killed 20, which X said was an error": X speaks of the antecedent
        if _nested_event_toll(sentence, offset):
            return False  # "tests on victims of an attack which killed 80 point to sarin, X said"
        if _SUBORDINATE_SOURCE.search(before):
            return False  # "... killed 20 after X accused Y": said then, not the figure
        if _CONCESSIVE.match(sentence.text) and _THAT_COMPLEMENT.match(sentence.text, attribution.end - sentence.start):
            return False  # "Despite 100 killed, X said that it would ...": X says what follows "that"
        return not (before and not before.endswith(",") and _RUN_IN_ACCORDING.match(attribution.text))
    if _time_clause_source(sentence.text, local, offset - sentence.start):
        return False  # "Since May 2 when X declared the end ... 120 were killed according to Y": Y's
    between = sentence.text[attribution.end - sentence.start : offset - sentence.start]
    if "respon" in between and _RESPONSE_TO_EVENT.search(between):
        return False  # "X warned it would respond to airstrikes on the town which left 12 dead": background
    if "joining" in between[-40:] and _JOINING.search(between):
        return False  # "X said she would leave, joining the 5 million refugees": the group's size
    if "report" in between and _LOOKS_INTO_REPORTS.search(between):
        return False  # "X is seeking clarity on reports that forces killed 1,300": X does not claim it
    if earlier_event(between, len(between)):
        return False  # "X said ... since an attack on Tuesday that killed 87": background
    if claimed_event(attribution.text, between, attribution.source.primary):
        return False  # "IS claimed a bomb attack that killed 17": the claim is the attack, not the toll
    if blamed_event(between, attribution.source.primary):
        return False  # "X blamed Y for the massacre that killed 1,100": the claim is the blame, not the toll
    if _INVERTED.match(attribution.text) and _DESCRIBES_SOURCE.match(between) and not _saying(between):
        # "..., said a fighter who had beheaded two hostages": the source's description, unless it
        # is a toll the source gave ("said X, which on Thursday had given a toll of 17")
        return "toll" in between and _GAVE_TOLL.search(between) is not None
    return not TIME_DISTANCE.search(between)


# "according to" after the figure: the sentence names the figure's own source there.
_LATER_ACCORDING = re.compile(r"\baccording\s+to\b", re.IGNORECASE)


def _time_clause_source(text: str, local: int, offset: int) -> bool:
    """Whether a source before the figure speaks in a time clause ("Since May 2 when X declared
    the end of the truce at least 120 were killed ... according to Y") while an "according to"
    after the figure names who gives it: the time clause dates the count, its speaker said
    something else then (the same reading _SUBORDINATE_SOURCE gives a time clause after it)."""
    if "ccording to" not in text[offset:]:
        return False  # cheap prefilter: most sentences have no later "according to"
    if not _SUBORDINATE_SOURCE.search(text[:local].rstrip()):
        return False
    return _LATER_ACCORDING.search(text, offset) is not None


# A claim the source only looks into ("it is seeking clarity on reports suggesting that forces
# killed 1,300", "investigating reports that ...") is not one it makes: the reports are unnamed.
_LOOKS_INTO_REPORTS = re.compile(
    r"\b(?:on|about|into|over)\s+(?:the\s+)?(?:media\s+|press\s+)?reports?\s+(?:suggesting|saying|claiming|alleging|indicating|that)\b",
    re.IGNORECASE,
)


# A toll in a relative clause on an event named inside a noun phrase ("tests on victims of an
# attack which killed 80 point to sarin, the ministry said"): the source's claim is the main clause.
_NESTED_EVENT_TOLL = re.compile(
    r"\b(?:victims|survivors|wake|aftermath|anniversary)\s+of\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:attacks?|strikes?|raids?|bombings?|massacres?|blasts?)\s+(?:that|which)\s+(?:killed|left)\s+$",
    re.IGNORECASE,
)


# An event the source says it will answer ("warned it would respond to airstrikes on the town
# which left 12 dead") is named for the threat; its toll is background.
_RESPONSE_TO_EVENT = re.compile(
    r"\b(?:respond|responding|retaliate|retaliating)\s+(?:to|for)\s+(?:[\w'’-]+\s+){0,9}?"
    r"(?:that|which)\s+(?:killed|left)\s+$",
    re.IGNORECASE,
)
# A figure sizing a group someone joins ("she said she would leave, joining the 5 million refugees
# who have fled") describes the group; the speaker says what they will do, not its size.
_JOINING = re.compile(
    r",?\s+joining\s+(?:the\s+)?(?:more\s+than\s+|over\s+|nearly\s+|some\s+|about\s+)?$", re.IGNORECASE
)


def _nested_event_toll(sentence: Sentence, offset: int) -> bool:
    """Whether the figure at `offset` is the toll of an event named inside a noun phrase ("victims
    of an attack which killed 80"): background to the clause the source speaks for."""
    local = offset - sentence.start
    if " of " not in sentence.text[max(0, local - 80) : local]:
        return False
    return _NESTED_EVENT_TOLL.search(sentence.text, max(0, local - 80), local) is not None


def _relative_source(sentence: Sentence, before: str, offset: int) -> bool:
    """Whether the source opens a "which" clause on an event whose relative clause holds the figure
    ("strikes that killed 20, which X said was an error"): X comments on the event, the toll is
    background (constants above)."""
    if "which" not in before[-6:] or not _RELATIVE_SOURCE.search(before):
        return False
    local = offset - sentence.start
    return _RELATIVE_TOLL.search(sentence.text, max(0, local - 80), local) is not None


# A source described as having given a toll ("which had given a death toll of 17"): the
# description is the source's own earlier figure, so it speaks for it.
_GAVE_TOLL = re.compile(r"\b(?:gave|given|giving|put|putting)\s+(?:a|the|an|its)\s+(?:[a-z]+\s+)?toll\b")


def _saying(text: str) -> bool:
    """Whether a verb of saying stands in `text` (a clause that reports, not describes)."""
    return any(word in word_table()["verb"] for word in re.findall(r"[a-z]+", text.lower()))


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
    return _tag_over_reports(own, nearest)


# The bare subject "Reports confirmed that ...": no one named.
_BARE_REPORTS = frozenset({"reports", "report"})


def _tag_over_reports(own: list[AttributionFact], nearest: AttributionFact) -> AttributionFact:
    """A bare "Reports confirmed that ..." inside a clause a named source closes with its tag
    ("Reports confirmed that five were killed said the source"): the tag's speaker relays the
    reports, so the figure is that speaker's (GUIDELINES.md section 6: who tells the outlet)."""
    if nearest.source.primary.lower() not in _BARE_REPORTS:
        return nearest
    tag = next((a for a in own if a.start > nearest.end and a.source.primary.lower() not in _BARE_REPORTS), None)
    return tag or nearest


def outlet_citing(own: list[AttributionFact], chosen: AttributionFact, offset: int) -> AttributionFact:
    """The attribution an outlet's own mention passes on: when another of the sentence's
    sources names the chosen one as its intermediary ("X said ... ; the agency
    reported", "the agency reported that ... according to the agency citing the ministry"),
    the outlet reports that source's account, so the figure is that source's via the outlet
    (GUIDELINES.md section 6: primary and intermediary). Of several, the last one opening
    before the figure, else the nearest after it."""
    outlet = chosen.source.primary
    if chosen.source.via or not outlet:
        return chosen
    citing = [a for a in own if a is not chosen and outlet in a.source.via and a.source.primary != outlet]
    if not citing:
        return chosen
    before = [a for a in citing if a.end <= offset]
    return before[-1] if before else min(citing, key=lambda a: a.start - offset)


# A photographer or camera crew reports what they saw in that scene ("children were seen on the
# floor of a clinic, an AFP photographer reported"): the next sentence is not their account.
_EYEWITNESS = re.compile(r"\b(?:photographers?|cameram[ae]n|camera\s+crews?)\b", re.IGNORECASE)

# A journalist who "saw" the scene opens a description of it that the next sentence goes on
# with ("A Reuters journalist at the clinic saw two bodies. Wounded men lay in the hall.": both
# the agency's, as the FA-KES gold labels a photographer's scene); a report of it after the
# fact ("..., a photographer reported") still stops there.
_SAW = re.compile(r"\b(?:saw|witnessed|observed|spotted)$")


def eyewitness(text: str) -> bool:
    """Whether an attribution is a photographer's or camera crew's report of a sighting, which
    carries nothing on (constants above)."""
    return _EYEWITNESS.search(text) is not None and not _SAW.search(text)


def known_outlet(name: str) -> bool:
    """Whether a source's name is an outlet by what is known of it (an agency, a channel) or by
    an outlet word ("state television"), not by capitals alone as is_outlet allows."""
    return _outlet_by_name(name) is True


def _outlet_by_name(name: str) -> bool | None:
    """Whether what is known of a name decides it is an outlet: an actor of the table (an
    agency, a channel: yes; anyone else: no) or an outlet word ("state television", "the New
    Arab news website"); None when neither says."""
    known = canonical_actor(clean_name(name, canonical=False))
    if known is not None:
        return known[2] in ("news agency", "media", "outlet")
    return True if set(name.lower().split()) & word_table()["outlet"] else None


# The first word of a told object that makes it a person or an audience, not an outlet: a
# courtesy title or office ("told Mr. Pinder", "told President Clinton") or a chamber that hears
# a speech ("told Parliament"); none of them passes the claim on to readers.
_HEARER_WORDS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "judge", "president", "parliament", "congress"}
)


def is_outlet(phrase: str) -> bool:
    """Whether the object of "told" passes the claim on (an agency, not "reporters"). An object
    cut down to its article ("told an assistant pastor" scanned as "an") names no outlet."""
    if not phrase or phrase.lower().startswith(("reporters", "journalists", "a news conference")):
        return False
    words = phrase.split()
    named = [w for w in words if w.lower() not in word_table()["determiner"]]
    if not named or named[0].lower().rstrip(".") in _HEARER_WORDS:
        return False
    decided = _outlet_by_name(phrase)
    if decided is not None:
        return decided
    return all(w[:1].isupper() or w.lower() in word_table()["determiner"] for w in words)  # "The New Arab"
