"""A sentence with no attribution of its own between two sentences of one source.

attribution.source_at carries a source back one sentence only, and not into a sentence that
opens a new report ("Meanwhile ..."): a figure after a change of topic is usually the
outlet's own. But when the sentences on both sides of it are attributed to the same source,
the figure sits inside that source's account: "X said ... . Meanwhile six others were
killed in ... . The monitor said the toll would rise." (benchmarks/annotations/GUIDELINES.md
section 13: "a sentence with no attribution of its own between sentences of one source takes
that source"). The account is bounded: the two attributions must be near (MAX_GAP_SENTENCES)
and nothing between them may break the report (a paragraph break before the figure's
sentence is allowed; background over the whole war or an earlier event is not carried).

A count that adds to the tally just given ("Another seven people were killed in ...") goes on
with that tally's source across one sentence that names no figure source of its own
(`added_count`, GUIDELINES.md section 6: a breakdown continuing a sourced report).
"""

from __future__ import annotations

import dataclasses
import re

from rashomon.extract.amounts import find_amounts
from rashomon.extract.attribution_scope import earlier_event
from rashomon.extract.report_openers import changes_topic, opens_new_report
from rashomon.extract.sentences import sentence_index
from rashomon.model import AttributionFact, Sentence, Source

# How many sentences the two attributions may lie from the figure's sentence, each way.
# 2: an account interrupted by one descriptive sentence ("Footage showed ...") and the
# figure's own; 3 reached into the next story in the FA-KES articles read while writing this.
MAX_GAP_SENTENCES = 2

# A following attribution by a personal pronoun ("he said") names whoever spoke last by
# recency alone, so it is no independent sign that the account goes on (FA-KES: a minister
# named without a verb of saying, then "he said", was read as the ministry before).
_PERSONAL_PRONOUN = re.compile(r"(?:he|she|they)\s", re.IGNORECASE)


def between_source(
    attributions: list[AttributionFact], sentences: list[Sentence], index: int, before: int, offset: int, text: str = ""
) -> Source | None:
    """The source shared by the attributions just before and just after sentence `index`, or None.

    `before` is the position in `attributions` of the first attribution at or after the
    sentence's start (the sentence has none of its own); `offset` is the figure's."""
    if before == 0 or before >= len(attributions):
        return None
    previous, following = attributions[before - 1], attributions[before]
    if sentence_index(sentences, previous.start) < index - MAX_GAP_SENTENCES:
        return None
    if sentence_index(sentences, following.start) > index + MAX_GAP_SENTENCES:
        return None
    if previous.source.primary.strip().lower() != following.source.primary.strip().lower():
        return None
    if not previous.source.primary.strip() or _PERSONAL_PRONOUN.match(following.text):
        return None  # "he said" is resolved by recency itself: it cannot confirm the account
    sentence = sentences[index]
    if earlier_event(sentence.text, offset - sentence.start):
        return None
    first, last = sentence_index(sentences, previous.start), sentence_index(sentences, following.start)
    if any(_own_frame(sentences[i].text) for i in range(first + 1, last)):
        return None  # "On Saturday ...", "More than 6 million are displaced": a report of its own
    if any(_line_break(sentences, i, text) for i in range(first + 1, last + 1)):
        return None  # a paragraph break: the two attributions belong to two accounts
    carried = previous.source
    return dataclasses.replace(carried, via=list(carried.via), explicit=False)


def _line_break(sentences: list[Sentence], index: int, text: str) -> bool:
    """Whether a paragraph ends before sentence `index`: a gap wider than a space, or one line
    break (ECB+ prints a sentence a line; FA-KES never breaks a line with one newline alone)."""
    before, start = sentences[index - 1].end, sentences[index].start
    return start - before > 1 or "\n" in text[before:start]


def _own_frame(text: str) -> bool:
    """Whether a sentence frames a report of its own (a date, background, a present state):
    a change of topic alone ("Meanwhile ...") stays inside the account around it."""
    return opens_new_report(text) and not changes_topic(text)



# A sentence opening on a count added to the tally before: "Another seven people", "A further 12"
# (the count itself is read by the amount grammar, amounts.find_amounts).
_ADDED = re.compile(r"(?:another|a\s+further)\s+", re.IGNORECASE)
# How many sentences back the tally an added count continues may stand: its own sentence
# before, or one sentence between (a comment on the tally, "It was not clear who ...").
MAX_ADDED_GAP = 2


def added_count(
    attributions: list[AttributionFact], sentences: list[Sentence], index: int, before: int, offset: int
) -> Source | None:
    """The source of the tally that a count opening sentence `index` adds to ("Another seven
    people ..."), when that tally's attribution is at most MAX_ADDED_GAP sentences back in the same
    paragraph and the sentences between frame no report of their own; else None."""
    sentence = sentences[index]
    if before == 0 or not _adds_a_count(sentence.text.lstrip(" \"“'")) or _own_frame(sentence.text):
        return None
    previous = attributions[before - 1]
    first = sentence_index(sentences, previous.start)
    if first < index - MAX_ADDED_GAP or not previous.source.primary.strip():
        return None
    if earlier_event(sentence.text, offset - sentence.start):
        return None
    if any(opens_new_report(sentences[i].text) for i in range(first + 1, index)):
        return None
    if any(sentences[i].start - sentences[i - 1].end > 1 for i in range(first + 1, index + 1)):
        return None  # a paragraph break: a new account
    carried = previous.source
    return dataclasses.replace(carried, via=list(carried.via), explicit=False)


def _adds_a_count(text: str) -> bool:
    """Whether `text` opens on "another" or "a further" followed right away by an amount."""
    added = _ADDED.match(text)
    return added is not None and any(span.start == added.end() for span in find_amounts(text))
