"""Who says it, citing whom: attributions ("according to X", "X told AFP") and their sources.

Conflicting casualty figures are often the same monitor quoted through different agencies,
or different monitors: each figure must carry its primary source and the intermediaries
it passed through. `find_attributions` finds each sentence's source phrases
(attribution_phrases.py), resolves each to a primary source and speaker against the
attributions around it (attribution_names.py) and adds the intermediary (source_citing.py).
`source_at` then gives a claim its source: one of its own sentence's attributions
(attribution_scope.py), else the one of the report the sentence continues (report_openers.py
says where a report starts; source_between.py covers a sentence between two reports).
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from rashomon.extract.attribution_names import resolve_source
from rashomon.extract.attribution_phrases import sentence_attributions
from rashomon.extract.attribution_scope import earlier_event, eyewitness, in_scope, outlet_citing, reporting_frame
from rashomon.extract.attribution_words import Found
from rashomon.extract.report_openers import (
    continues_day_series,
    continues_war_tally,
    opens_new_report,
    opens_on_other_place,
    photo_caption,
)
from rashomon.extract.role_names import named_reporter, named_role, own_reporter
from rashomon.extract.sentences import sentence_index
from rashomon.extract.source_between import added_count, between_source
from rashomon.extract.source_citing import named_next, passed_on, report_named_next, told_next, via_name
from rashomon.extract.source_clauses import speaking_subject
from rashomon.extract.source_heads import as_titled
from rashomon.extract.source_scan import outlet_after_place
from rashomon.extract.speaking_persons import person_antecedent
from rashomon.extract.state_agencies import state_agency, state_media_tail, un_agency, unowned_agency
from rashomon.model import Article, AttributionFact, Sentence, Source

# How many sentences back a claim without its own attribution borrows one. The FA-KES gold
# (benchmarks/annotations/GUIDELINES.md section 6) carries a source only into the sentence
# that continues the same report; articles there have few line breaks, so a paragraph is no
# guide, and reaching back 5 sentences gave 20+ outlet statements a monitor's name.
MAX_CARRY_SENTENCES = 1
# Attributions a source phrase is resolved against, before it ("he", "Haddad", "the source")
# and after it ("a rights group ..." named next). News articles hold a few dozen at most;
# the bounds keep a pathological text (a megabyte of "X said") linear.
MAX_EARLIER_ATTRIBUTIONS = 50
MAX_LATER_ATTRIBUTIONS = 20
# Words a speaker tag after a quotation may hold ('he said.', 'the Observatory head told AFP.'):
# longer, the tag goes on into a clause of its own and the next quotation may be someone else's.
MAX_TAG_WORDS = 8
# How many sentences a quotation running over several sentences may span before the one it
# closes in: a speaker's quoted paragraph holds a few; past that a lost mark is likelier.
MAX_QUOTED_SENTENCES = 3
# How many repeats of the headline in the text get its source (title line, a repeat above the lead).
MAX_HEADLINE_REPEATS = 3


# A headline's closing source word ("... kill 11 in Idlib: monitor") with the next run-in
# headline's capitalised subject after it: a phrase across two headlines names no one.
_RUN_ON_HEADLINE = re.compile(r"[a-z]\s+monitor\s+[A-Z]")


def find_attributions(article: Article, sentences: list[Sentence]) -> list[AttributionFact]:
    """Every attribution in the article, in order, each with its resolved source."""
    found: list[Found] = []
    for sentence in sentences:
        found.extend(sentence_attributions(sentence))
    found = sorted(found + _headline_source(article, sentences, found), key=lambda item: item[0])
    facts: list[AttributionFact] = []
    for index, (start, end, phrase, via, sentence_text) in enumerate(found):
        later = found[index + 1 : index + 1 + MAX_LATER_ATTRIBUTIONS]
        start, phrase = _outlet_not_place(article.text, start, phrase)  # "in Homs Fars news agency reported"
        phrase = _antecedent(phrase, start, found, sentences) or phrase  # "The X page posted ... . It said"
        phrase = person_antecedent(phrase, start, found, sentences) or phrase  # "X runs the clinic. ... he said"
        phrase = state_agency(phrase) or un_agency(phrase) or state_media_tail(phrase) or phrase  # Anadolu, WHO
        phrase = unowned_agency(phrase, article.text) or phrase  # "state-run news agency": the one the article names
        phrase = as_titled(phrase)  # "X who heads the Y": X speaking for the Y
        if "monitor " in phrase and _RUN_ON_HEADLINE.search(phrase):
            continue  # "... in Syrias Idlib monitor Turkey PM says ...": two headlines run together
        source = resolve_source(phrase, article.text, start, facts[-MAX_EARLIER_ATTRIBUTIONS:], later, sentences)
        if source is None:
            continue
        if via:
            source.via.append(via_name(via, article.text, start, facts[-MAX_EARLIER_ATTRIBUTIONS:], later, sentences))
        source = named_role(source, start, facts)
        if own_reporter(phrase) and not named_reporter(source.primary):  # not "X's correspondent ... the correspondent"
            source = Source(primary="", speaker=source.speaker)  # the outlet's own report (source_at)
        fact = AttributionFact(article.id, start, end, article.text[start:end], sentence_text, source=source)
        facts.append(fact)
    facts = passed_on(facts, article.text, sentences)  # "X said five died, the official news agency reported"
    facts = told_next(facts, sentences)  # "... according to SANA. A police source told SANA ..."
    facts = report_named_next(facts, sentences)  # "... were killed, reports say. The monitor said ..."
    return named_next(facts, sentences)  # "A civil defense official said ... . Official X told AFP ..."


def _outlet_not_place(text: str, start: int, phrase: str) -> tuple[int, str]:
    """The outlet alone, when the scan read the victims and their place into its phrase ("48
    militants in Homs Fars news agency"): the figure is then no part of its own source."""
    if text[start : start + len(phrase)] != phrase:
        return start, phrase
    offset = outlet_after_place(phrase, text[max(0, start - 12) : start])
    if offset is None:
        return start, phrase
    return start + offset, phrase[offset:]


# A source a wire headline ends in, its colon stripped ("Air strikes kill 12 in X: Monitor").
_HEADLINE_SOURCE = re.compile(r"\s(Monitor|Monitoring group)$")
# The phrase each trailing word stands for: indefinite, so it resolves to the monitor the body
# names next (a headline comes before any name). "Reports" is left out: in other outlets' bodies
# a named source follows it, and taking it cost 5 attributions on dev-all.
_HEADLINE_PHRASES = {"monitor": "a monitor", "monitoring group": "a monitoring group"}


def _headline_source(article: Article, sentences: list[Sentence], found: list[Found]) -> list[Found]:
    """The source word a wire headline ends in, as a source phrase at each place the text
    repeats the headline. Why: agency headlines name their source after a colon that
    flattened text drops, and the figure of the run-on lead otherwise takes a speaker from
    the headlines of other stories run into it."""
    title = article.title.split(" - ")[0].strip()  # "X - Region - World - Outlet": the site's tail
    match = _HEADLINE_SOURCE.search(title) if " " in title else None
    if match is None:
        return []
    phrase = _HEADLINE_PHRASES[match.group(1).lower()]
    heads: list[Found] = []
    at = article.text.find(title)
    while at >= 0 and len(heads) < MAX_HEADLINE_REPEATS:
        start, end = at + match.start(1), at + match.end(1)
        index = sentence_index(sentences, start)
        if index >= 0 and not any(at <= other[0] < end for other in found):
            heads.append((start, end, phrase, "", sentences[index].text))
        at = article.text.find(title, end)
    return heads


def _antecedent(phrase: str, start: int, found: list[Found], sentences: list[Sentence]) -> str:
    """The subject of the sentence before, for an "It" opening a sentence ("The X Today page
    posted a photo. It said 27 were killed"): English refers "it" back to that subject first. Only
    when that sentence names no source of its own (then "it" repeats the last source,
    attribution_persons.pronoun_source) and its subject is a body that can speak
    (source_clauses.speaking_subject). "" otherwise."""
    if phrase.strip() not in ("It", "it"):
        return ""
    index = sentence_index(sentences, start)
    if index < 1 or sentences[index].text[: start - sentences[index].start].strip():
        return ""  # not the sentence's opening word
    previous = sentences[index - 1]
    if any(previous.start <= other[0] < previous.end for other in found):
        return ""
    return speaking_subject(previous.text)


def source_at(
    attributions: list[AttributionFact], sentences: list[Sentence], offset: int, text: str = ""
) -> Source | None:
    """The source of a claim at `offset`: the nearest attribution in its sentence, else the
    nearest one before it within a paragraph's reach (copied with explicit=False).
    `attributions` are in text order, as find_attributions returns them; `text`, the article's,
    shows where a line ends (see _break_before)."""
    index = sentence_index(sentences, offset)
    if index < 0 or offset >= sentences[index].end:
        return None
    sentence = sentences[index]
    if photo_caption(sentence.text):
        return None  # a caption states what the picture shows, in no one's name
    own_start = bisect.bisect_left(attributions, sentence.start, key=lambda a: a.start)
    own_end = bisect.bisect_left(attributions, sentence.end, key=lambda a: a.start)
    if own_end > own_start:
        own = [a for a in attributions[own_start:own_end] if in_scope(a, sentence, offset)]
        if not own:
            return None  # the sentence's sources speak for other clauses
        nearest = min(own, key=lambda a: min(abs(a.start - offset), abs(a.end - offset)))
        chosen = outlet_citing(own, reporting_frame(own, nearest, sentence), offset).source
        return chosen if chosen.primary else None  # an empty primary: the outlet's own reporter
    first = sentences[_paragraph_start(sentences, index)].start
    if own_end < len(attributions) and _quote_closes_next(sentences, index, attributions[own_end]):
        said = attributions[own_end].source
        return dataclasses.replace(said, via=list(said.via), explicit=False) if said.primary else None
    last = attributions[own_start - 1] if own_start else None
    if last is not None and _quote_goes_on(sentences, index, last):
        said = last.source
        return dataclasses.replace(said, via=list(said.via), explicit=False) if said.primary else None
    if last is not None and _quoted_since(sentences, index, last):
        said = last.source
        return dataclasses.replace(said, via=list(said.via), explicit=False) if said.primary else None
    new_report = opens_new_report(sentence.text) and not (
        index > 0 and (continues_day_series(sentences[index - 1].text, sentence.text)
                       or continues_war_tally(sentences[index - 1].text, sentence.text))
    )
    if own_start == 0 or attributions[own_start - 1].start < first or new_report:
        return between_source(attributions, sentences, index, own_start, offset, text) or added_count(
            attributions, sentences, index, own_start, offset
        )
    if earlier_event(sentence.text, offset - sentence.start):
        return None
    if _glued_new_incident(sentence.text):
        return None
    if _dated_past_event(sentence.text, offset - sentence.start):
        return None
    if _after_quotation(sentences, index, text):
        return None
    if _added_elsewhere(sentence.text):
        return None
    if opens_on_other_place(sentences[index - 1].text, sentence.text):
        return None
    framing = _framing(attributions, sentences, own_start - 1)
    if eyewitness(framing.text) or not framing.source.primary:
        return None  # "..., an AFP photographer reported": what was seen there, not a report going on
    if _break_before(sentences, index) and _tells_no_toll(sentences, framing.start):
        return None  # the source spoke of something else: the toll opens a topic of the writer's
    carried = framing.source
    return dataclasses.replace(carried, via=list(carried.via), explicit=False)


# A headline glued to the next paragraph's opener ("Two hurt in shelling on Homs In the same
# context two men were hurt ..."): the splitter lost the break, and a headline plus "In the same
# context" opens a further incident, told by a source of its own or by the outlet, not by the
# source of the incident before (GUIDELINES.md section 6: a new topic without attribution).
_GLUED_SAME_CONTEXT = re.compile(r"(?-i:[a-z]{2}\s+In\s+the\s+same\s+context\b)")


def _glued_new_incident(text: str) -> bool:
    """Whether a sentence holds a headline glued to "In the same context" (constant above)."""
    return "same context" in text and _GLUED_SAME_CONTEXT.search(text) is not None


# A count added to the one before ("Another civilian was killed", "Two more were wounded") that
# names a town or village of its own, or a spot by one ("in the vicinity of X airport"), is a
# further incident somewhere else: the outlet's round-up, not the account of the sentence
# before going on (GUIDELINES.md section 6: a new topic without attribution is the outlet's).
_ADDED_OPENER = re.compile(r"(?:Another|A\s+further|[\w-]+\s+more)\s", re.IGNORECASE)
_OWN_PLACE = re.compile(
    r"\b(?:(?:on|in|at)\s+the\s+(?:town|village|city|hamlet)\s+of|in\s+the\s+(?:vicinity|surroundings|outskirts)\s+of)\s+(?:the\s+)?[A-Z]"
)


def _added_elsewhere(text: str) -> bool:
    """Whether a sentence adds a count at a place it names itself (constants above)."""
    return _ADDED_OPENER.match(text.lstrip(" \"“'")) is not None and _OWN_PLACE.search(text) is not None


# A toll told of an event dated in full, year and all, as AP style names history ("The Aug. 7,
# 1998, bombings killed ...", "... the Dec. 21, 1988, bombing of Flight 103 that killed 259"):
# the writer's background on a past event, not the report of the sentence before going on,
# which tells this week's news with no year (GUIDELINES.md section 6: a new topic without
# attribution is the outlet's). The dated event noun stands before the figure.
_DATED_EVENT = re.compile(
    r"\b(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d,?\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|explosions?|massacres?|raids?|crash|crashes|"
    r"wrecks?|fires?|earthquakes?|shootings?)\b"
)
# How far before a figure its dated event noun may stand (characters): a subject noun phrase
# and "of <name> that killed" fit in it.
_DATED_EVENT_WINDOW = 120


def _dated_past_event(text: str, offset: int) -> bool:
    """Whether the figure at `offset` is the toll of an event dated with a year (constant above)."""
    low = max(0, offset - _DATED_EVENT_WINDOW)
    if not any(char.isdigit() for char in text[low:offset]):
        return False  # the cheap test: a dated event holds a day and a year in digits
    return _DATED_EVENT.search(text, low, offset) is not None


# Words a statement about casualties holds. A source whose statement holds none ("an official
# said Islamic Jihad planned the attacks") spoke of something else, and a toll opening the next
# paragraph ("The car bomb attack killed 253 people.") is the writer's recap, not that
# statement going on (GUIDELINES.md section 6: a figure inherits only when it continues the
# same report). Within one paragraph the account may go on, so the rule waits for a break.
_TOLL_WORD = re.compile(
    r"\b(?:kill|dead|die|death|wound|injur|hurt|casualt|victim|toll|bod(?:y|ies)|martyr|lives|massacre|shot|"
    r"missing|survivor|fatalit)",
    re.IGNORECASE,
)


def _break_before(sentences: list[Sentence], index: int, text: str = "") -> bool:
    """Whether sentence `index` opens a paragraph: a gap wider than one space before it, or a
    single line break (ECB+ and other one-sentence-per-line corpora break paragraphs so; the
    FA-KES texts never end a line with one newline, 0 of 8,570 gaps in dev-all)."""
    if index < 1:
        return False
    before, start = sentences[index - 1].end, sentences[index].start
    return start - before > 1 or "\n" in text[before:start]


def _tells_no_toll(sentences: list[Sentence], offset: int) -> bool:
    """Whether the sentence holding `offset` (a source's statement) holds no casualty word."""
    return _TOLL_WORD.search(sentences[sentence_index(sentences, offset)].text) is None


_QUOTE_OPEN = ("\"", "“")
_QUOTE_CLOSE = ("\"", "”")
_QUOTE_MARKS = frozenset(_QUOTE_OPEN + _QUOTE_CLOSE)


def _quote_goes_on(sentences: list[Sentence], index: int, last: AttributionFact) -> bool:
    """Whether sentence `index` is a quotation that goes on from the one before ('"Two died" he
    said. "There are 20 wounded."'): a sentence wholly in quotation marks right after a quoted
    sentence whose speaker tag follows the quote is that speaker's, whatever it opens with (a
    present state, a time), as a reader takes a run of quotes to be one speaker's. A quotation
    may run over several sentences ('"It is bad. Five died here."'): the sentence it closes in
    is in it too, and the tagged quote must stand right before the sentence it opens in."""
    opening = _quotation_opening(sentences, index)
    if opening < 1:
        return False
    here, previous = sentences[opening].text.strip(), sentences[opening - 1]
    if opening == index and not (here.startswith(_QUOTE_OPEN) and here.rstrip(".").endswith(_QUOTE_CLOSE)):
        return False
    before = previous.text.strip()
    if not before.startswith(_QUOTE_OPEN) or not previous.start <= last.start < previous.end:
        return False
    tag = previous.text[last.start - previous.start :]
    closing = previous.text[: last.start - previous.start].rstrip()
    return closing.endswith(_QUOTE_CLOSE) and len(tag.split()) <= MAX_TAG_WORDS


def _quoted_after_speaker(sentences: list[Sentence], index: int, last: AttributionFact) -> bool:
    """Whether sentence `index` lies in a quotation of several sentences opened right after the
    sentence holding the last attribution ('A resident said the night was quiet. "Then the jets
    came. Nine died. They are still overhead."'): a reader takes a quotation with no tag of its
    own to be the words of the speaker just named. The quotation must close with its mark at a
    sentence's end (no tag there that could name someone else)."""
    span = _quotation_span(sentences, index)
    if span is None:
        return False
    previous = sentences[span[0] - 1]
    return previous.start <= last.start < previous.end


def _quoted_since(sentences: list[Sentence], index: int, last: AttributionFact) -> bool:
    """Whether sentence `index` lies in a quotation of several sentences opened by the last
    attribution's speaker: right after that sentence, or inside it after the tag."""
    return _quoted_after_speaker(sentences, index, last) or _quoted_after_tag(sentences, index, last)


def _quoted_after_tag(sentences: list[Sentence], index: int, last: AttributionFact) -> bool:
    """Whether sentence `index` lies in a quotation of several sentences that opened after the
    last attribution, in its own sentence ('A medic told AFP: "The jets came. They hit twice.
    Nine died."'): the words up to the closing mark are the speaker's, however many sentences
    they run over (GUIDELINES.md section 29: a figure in a quotation takes its speaker). The
    speaker's sentence holds one mark, an opening one after the tag; the sentences between hold
    none, and the quotation closes with its mark at a sentence's end within MAX_QUOTED_SENTENCES."""
    tag_index = sentence_index(sentences, last.start)
    if not 1 < index - tag_index <= MAX_QUOTED_SENTENCES or _quote_marks(sentences[index].text) > 1:
        return False
    tag_sentence = sentences[tag_index]
    if _quote_marks(tag_sentence.text) != 1:
        return False
    mark = max(tag_sentence.text.rfind(m) for m in _QUOTE_OPEN)
    after = tag_sentence.text[mark + 1 : mark + 2]
    if mark <= last.end - tag_sentence.start - 1 or not after or after.isspace():
        return False  # the mark closes a quotation the tag follows, or opens nothing
    if any(_quote_marks(sentences[between].text) for between in range(tag_index + 1, index)):
        return False
    closing = index if _quote_marks(sentences[index].text) else _marked_sentence(sentences, index + 1, 1)
    if closing < 0 or closing - tag_index > MAX_QUOTED_SENTENCES:
        return False
    last_text = sentences[closing].text.strip()
    return _quote_marks(last_text) == 1 and last_text.rstrip(".").endswith(_QUOTE_CLOSE)


def _quotation_span(sentences: list[Sentence], index: int) -> tuple[int, int] | None:
    """(opening, closing) sentences of a quotation over several sentences that holds sentence
    `index`: one mark at the opening's start, one at the closing's end, none between, within
    MAX_QUOTED_SENTENCES; None when `index` is in no such quotation or it opens the text."""
    here = sentences[index].text.strip()
    opening = index if here.startswith(_QUOTE_OPEN) else _marked_sentence(sentences, index - 1, -1)
    closing = index if here.rstrip(".").endswith(_QUOTE_CLOSE) else _marked_sentence(sentences, index + 1, 1)
    if opening < 0 or closing < 0:
        return None
    first, last = sentences[opening].text.strip(), sentences[closing].text.strip()
    if opening < 1 or opening == closing or closing - opening > MAX_QUOTED_SENTENCES:
        return None
    if _quote_marks(first) != 1 or _quote_marks(last) != 1:
        return None
    if not (first.startswith(_QUOTE_OPEN) and last.rstrip(".").endswith(_QUOTE_CLOSE)):
        return None
    return opening, closing


def _marked_sentence(sentences: list[Sentence], start: int, step: int) -> int:
    """The first sentence from `start` on, going by `step`, that holds a quotation mark, within
    MAX_QUOTED_SENTENCES; -1 when none does."""
    for offset in range(MAX_QUOTED_SENTENCES):
        at = start + step * offset
        if not 0 <= at < len(sentences):
            return -1
        if _quote_marks(sentences[at].text):
            return at
    return -1


def _quote_closes_next(sentences: list[Sentence], index: int, tag_fact: AttributionFact) -> bool:
    """Whether sentence `index` opens a quotation whose opening mark was lost and which closes in
    the next sentence ('According to initial counts eight died. More may die" a medic told X.'):
    the next sentence holds one quotation mark, a closing one right before its speaker tag, so
    the quotation began further back, and the sentence before it, holding no mark and no source
    of its own, is inside it and the speaker's (the flattened text drops opening marks)."""
    if index + 1 >= len(sentences) or _quote_marks(sentences[index].text):
        return False
    after = sentences[index + 1]
    if not after.start <= tag_fact.start < after.end or _quote_marks(after.text) != 1:
        return False
    before = after.text[: tag_fact.start - after.start]
    mark = max(before.rfind(m) for m in _QUOTE_CLOSE)
    tag = before[mark + 1 :] + after.text[tag_fact.start - after.start :]
    return mark > 0 and not before[mark - 1].isspace() and len(tag.split()) <= MAX_TAG_WORDS


def _quotation_opening(sentences: list[Sentence], index: int) -> int:
    """The sentence a quotation closing in sentence `index` opened in, when it runs over several
    sentences: `index` holds one quotation mark, at its end; the sentences back to the opening
    hold none, and the opening sentence one, at its start. `index` itself otherwise."""
    here = sentences[index].text.strip()
    if _quote_marks(here) != 1 or not here.rstrip(".").endswith(_QUOTE_CLOSE):
        return index
    opening = index - 1
    while opening >= 0 and index - opening <= MAX_QUOTED_SENTENCES:
        text = sentences[opening].text.strip()
        if marks := _quote_marks(text):
            return opening if marks == 1 and text.startswith(_QUOTE_OPEN) else index
        opening -= 1
    return index


def _quote_marks(text: str) -> int:
    """How many double quotation marks, straight or curly, `text` holds."""
    return sum(text.count(mark) for mark in _QUOTE_MARKS)


def _framing(attributions: list[AttributionFact], sentences: list[Sentence], last: int) -> AttributionFact:
    """The attribution the sentence holding attributions[last] is told under: one opening it
    ("According to MSF, two clinics it supports have reported ...") frames every report inside
    it, so a sentence carrying on takes that, not the embedded one; else the last."""
    index = sentence_index(sentences, attributions[last].start)
    first = last
    while first > 0 and attributions[first - 1].start >= sentences[index].start:
        first -= 1
    opening = attributions[first]
    if first < last and opening.start == sentences[index].start and opening.text.lower().startswith("according to"):
        return opening
    return attributions[last]


_QUOTATION_EDGES = ("\"", "\u201c", "\u201d", "``", "\'\'")


def _after_quotation(sentences: list[Sentence], index: int, text: str = "") -> bool:
    """True when sentence `index` opens a paragraph of plain narration right after a direct
    quotation: the sentence before opens or closes with a quotation mark ("\"We will help,\" she
    said." / "...the innocent.''") and this one quotes nothing. A speaker's quoted words do not
    state the writer's recap that follows ("The bombings killed 200 people."): a quote is
    the speaker's own words, so a sentence outside the quotation marks is the outlet's
    (benchmarks/annotations/GUIDELINES.md section 6 carries a report going on, not a quote)."""
    if not _break_before(sentences, index, text):
        return False  # same paragraph: the speaker's account may go on
    here, before = sentences[index].text.strip(), sentences[index - 1].text.strip()
    if any(mark in here for mark in _QUOTATION_EDGES):
        return False
    return before.startswith(_QUOTATION_EDGES) or before.endswith(_QUOTATION_EDGES)


def _paragraph_start(sentences: list[Sentence], index: int) -> int:
    """Index of the first sentence of the paragraph before the one holding sentence `index`,
    within MAX_CARRY_SENTENCES. Sentences of one paragraph are one space apart; a wider gap
    is a line break (the splitter keeps no other trace of paragraphs)."""
    breaks = 1
    first = index
    reach = MAX_CARRY_SENTENCES + (index > 0 and _also_opener(sentences[index - 1].text))
    reach += _same_event_also(sentences[index].text)
    while first > 0 and index - first < reach:
        if _break_before(sentences, first):
            if breaks == 0:
                break
            breaks -= 1
        first -= 1
    return first


# An "Also" opening a sentence adds to the account told just before ("... FNA reports. Also
# the missile units pounded the positions. Over 60 were killed in the clashes"): the sentence
# after it tells the toll of the same account (GUIDELINES.md section 25).
_ALSO_OPENER = re.compile(r"Also[\s,]")


def _also_opener(text: str) -> bool:
    """Whether a sentence opens with "Also" (constant above)."""
    return text.startswith("Also") and _ALSO_OPENER.match(text) is not None


# "The bombing also killed 13 people": a definite attack noun plus "also" and a toll verb names
# the very attack told just before and adds its further toll, so the account it goes on from
# may stand one sentence further back (a sentence about one victim between them).
_SAME_EVENT_ALSO = re.compile(
    r"The\s+(?:bombing|strike|airstrike|air\s+strike|raid|attack|blast|explosion|shelling)s?\s+also\s+(?:killed|wounded|injured|left)\b"
)


def _same_event_also(text: str) -> bool:
    """Whether a sentence opens "The <attack> also killed ..." (constant above)."""
    return " also " in text and _SAME_EVENT_ALSO.match(text.lstrip()) is not None
