"""Direct quotations in a report: where they are, and (through speakers.py) who said them.

Quotes are the one fact that different outlets copy word for word, so they show which
reports rely on the same source and whether one of them edited the words. Finding them is
a linear scan over quote marks, one paragraph (line) at a time, which is what this module
does. Who said a quote is in speakers.py (patterns, parser fallback, pronouns, speaker
keys) and speaker_phrases.py; the same quotation across reports is in quote_matching.py.
Their public names are re-exported here, so `rashomon.extract.quotes` stays the one import
for callers (reconcile, tests).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rashomon.extract.quote_matching import (
    CONTAINED_MIN_WORDS,
    MIN_MATCH_WORDS,
    NUMBER_WORDS,
    PARTIAL_QUOTE_WORDS,
    QUOTE_MATCH_THRESHOLD,
    is_partial,
    match_quotes,
    normalise_quote,
    same_quote,
)
from rashomon.extract.sentences import sentence_at
from rashomon.extract.speaker_phrases import (
    APPOSITION_STARTS,
    CALENDAR_WORDS,
    CLAUSE_WORDS,
    COMMON_SPEAKERS,
    CONNECTIVES,
    DETERMINERS,
    NAME_JOINERS,
    NOT_NOUNS,
    NOT_SUBJECT,
    ORG_WORDS,
    PARTICLES,
    PREPOSITIONS,
    PRONOUNS,
    SUBJECT_FILLERS,
    SUBJECT_MAX_WORDS,
    TITLE_WORDS,
)
from rashomon.extract.speakers import (
    BARE_QUOTE_WORDS,
    INVERTED_LEAD_WORDS,
    LEAD_CHARS,
    LISTENER_VERBS,
    MIN_SURNAME_KEY,
    NEIGHBOUR_CHARS,
    PARSER_SPEECH_LEMMAS,
    SHORT_FRAGMENT_CHARS,
    SPEECH_VERBS,
    TAIL_CHARS,
    TAIL_SUBJECT_WORDS,
    attribute,
    same_speaker,
    speaker_key,
)
from rashomon.model import Article, QuoteFact, Sentence

__all__ = [
    # this module
    "MAX_QUOTE_CHARS", "find_quotes",
    # quote_matching
    "CONTAINED_MIN_WORDS", "MIN_MATCH_WORDS", "NUMBER_WORDS", "PARTIAL_QUOTE_WORDS", "QUOTE_MATCH_THRESHOLD",
    "is_partial", "match_quotes", "normalise_quote", "same_quote",
    # speakers
    "BARE_QUOTE_WORDS", "INVERTED_LEAD_WORDS", "LEAD_CHARS", "LISTENER_VERBS", "MIN_SURNAME_KEY",
    "NEIGHBOUR_CHARS", "PARSER_SPEECH_LEMMAS", "SHORT_FRAGMENT_CHARS", "SPEECH_VERBS", "TAIL_CHARS",
    "TAIL_SUBJECT_WORDS", "same_speaker", "speaker_key",
    # speaker_phrases
    "APPOSITION_STARTS", "CALENDAR_WORDS", "CLAUSE_WORDS", "COMMON_SPEAKERS", "CONNECTIVES", "DETERMINERS",
    "NAME_JOINERS", "NOT_NOUNS", "NOT_SUBJECT", "ORG_WORDS", "PARTICLES", "PREPOSITIONS", "PRONOUNS",
    "SUBJECT_FILLERS", "SUBJECT_MAX_WORDS", "TITLE_WORDS",
]  # fmt: skip

# A quote running longer than this without its closing mark is dropped: it is a stray
# mark, and the cap keeps a line full of unmatched marks linear. About 600 words, longer
# than any paragraph-long quotation in news text.
MAX_QUOTE_CHARS = 4000


def find_quotes(article: Article, sentences: list[Sentence]) -> list[QuoteFact]:
    """Every quotation in the article, in order, with its speaker where one is found."""
    text = article.text
    spans = list(_scan(text))
    found: list[QuoteFact] = []
    for start, end, pieces in spans:
        quote = " ".join(text[a:b].strip() for a, b in pieces).strip()
        if not any(ch.isalnum() for ch in quote):
            continue
        sentence = _sentence_span(text, sentences, start, end)
        found.append(QuoteFact(article.id, start, end, text[start:end], sentence, quote=quote))
    attribute(text, sentences, found)
    return found


def _sentence_span(text: str, sentences: list[Sentence], start: int, end: int) -> str:
    """The sentence holding the quote; for a longer quote, first sentence start to last end."""
    first = sentence_at(sentences, start)
    last = sentence_at(sentences, max(start, end - 1))
    if first is None or last is None:
        lo, hi = max(0, start - LEAD_CHARS), min(len(text), end + TAIL_CHARS)
        line_start = text.rfind("\n", lo, start) + 1 or lo
        line_end = text.find("\n", end, hi)
        return text[line_start : hi if line_end < 0 else line_end]
    return text[first.start : max(first.end, last.end)]


# --- quote marks -----------------------------------------------------------------------------

_OPENERS = {"“": "double", '"': "double", "«": "angle", "‘": "single"}
_CLOSERS = {"double": '”"', "angle": "»", "single": "’"}
_RESTARTS = {"double": "“", "angle": "«", "single": '“"«'}  # an opener that means the open one never closed
_MARK = re.compile(r"[“”\"«»‘’]")
_LINE = re.compile(r"[^\n]+")

# (opening mark offset, family, finished content pieces, start of the current piece)
_Open = tuple[int, str, list[tuple[int, int]], int]
_Span = tuple[int, int, list[tuple[int, int]]]


def _scan(text: str) -> Iterable[_Span]:
    """(start, end, content pieces) of each quotation; a paragraph-long one may span lines."""
    pending: _Open | None = None
    for line in _LINE.finditer(text):
        a, b = line.start(), line.end()
        if pending is not None:  # _continues promised this line opens with a quote mark
            a += len(line.group()) - len(line.group().lstrip()) + 1
            pending = (pending[0], pending[1], pending[2], a)
        found, state = _scan_line(text, a, b, pending)
        yield from found
        pending = None
        if state is None:
            continue
        pieces = [*state[2], (state[3], b)]
        if state[1] != "single" and b - state[0] <= MAX_QUOTE_CHARS and _continues(text, b):
            pending = (state[0], state[1], pieces, b)
        elif state[0] < line.start():  # last paragraph of a long quote left its mark out
            end = b
            while text[end - 1].isspace():  # a "\r" before the newline is not part of the quote
                end -= 1
            yield (state[0], end, [*state[2], (state[3], end)])


def _scan_line(text: str, a: int, b: int, state: _Open | None) -> tuple[list[_Span], _Open | None]:
    """Pair the marks of one line, left to right; also return the quote left open at its end."""
    found: list[_Span] = []
    for m in _MARK.finditer(text, a, b):
        p, mark = m.start(), m.group()
        if state is not None and p - state[0] > MAX_QUOTE_CHARS:
            state = None
        if state is None:
            state = _open(text, p, mark)
        elif (mark in _CLOSERS[state[1]] or _reversed(text, p, mark, state[1])) and _closes(text, p, b, state[1]):
            found.append((state[0], p + 1, [*state[2], (state[3], p)]))
            state = None
        elif mark in _RESTARTS[state[1]]:
            state = _open(text, p, mark)
    return found, state


def _reversed(text: str, p: int, mark: str, family: str) -> bool:
    """A “ typed where ” belongs (or the reverse): judged by the spaces around it."""
    before = text[p - 1] if p > 0 else " "
    after = text[p + 1] if p + 1 < len(text) else " "
    if mark == "“" and family == "double":
        return not before.isspace() and not after.isalnum()  # 'tired,“ said X'
    return mark == "”" and before.isspace() and after.isalnum()  # ' ”We are tired'


def _open(text: str, p: int, mark: str) -> _Open | None:
    family = "double" if _reversed(text, p, mark, "") else _OPENERS.get(mark)
    if family is None or not _opens(text, p):
        return None
    return (p, family, [], p + 1)


def _opens(text: str, p: int) -> bool:
    """An opening mark has something after it; a single one also has a boundary before it."""
    after = text[p + 1] if p + 1 < len(text) else " "
    if after.isspace():
        return False
    if text[p] != "‘":
        return True
    before = text[p - 1] if p > 0 else " "
    return (before.isspace() or before in '([—–-“"') and after.isalnum()


def _closes(text: str, p: int, line_end: int, family: str) -> bool:
    """A closing ’ is not an apostrophe: no letter follows it ("town’s", "don’t")."""
    if family != "single":
        return True
    return p + 1 >= line_end or not text[p + 1].isalnum()


def _continues(text: str, line_end: int) -> bool:
    """Does the next non-empty line open with a quote mark (news convention for a long quote)?"""
    rest = text[line_end : line_end + 200].lstrip()
    return bool(rest) and rest[0] in '“"«'
