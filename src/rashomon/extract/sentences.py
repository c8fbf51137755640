"""Split an article into sentences with character offsets.

A cheap rule-based pass (no model): every later extractor works sentence by sentence,
and only the sentences that need it are sent to the parser. Paragraph breaks always end a
sentence; inside a paragraph a sentence ends at . ! ? (optionally followed by a closing
quote or bracket) before white space and a capital, digit or opening quote, unless the
period belongs to a known abbreviation or an initial.
"""

from __future__ import annotations

import bisect
import re

from rashomon.model import Sentence

# Words after which a period does not end a sentence. Chosen from English news style
# (titles, months, corporate suffixes); extend when a test shows a wrong split.
_TITLE_WORDS = "mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm cmdr gov sen rep rev const insp det supt"
ABBREVIATIONS = frozenset(
    _TITLE_WORDS.split()
    + """st sr jr
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    inc ltd co corp dept univ est approx no nos vs etc al fig ft mt u.s u.k u.n e.g i.e""".split()
)

# A run this long with no break is cut anyway, so that no sentence grows without bound
# (a 1 MB single line must still finish in bounded time downstream).
MAX_SENTENCE_CHARS = 2000

# Titles that stand before a name: one at a line end does not end the line's sentence
# when the next line starts with a capital ("Vancouver police Const.\nTim Fanning said").
TITLES = frozenset(_TITLE_WORDS.split())
_TITLE_AT_END = re.compile(r"(?:^|[\s(\"'“])([A-Za-z]+)\.[ \t]*$")

_PARAGRAPH = re.compile(r"\n\s*\n|\r\n\s*\r\n")
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_LINE = re.compile(r"[^\n]+")
# The decimals of a number split by a tokeniser's space, before a share ("46. 8 percent").
_SPLIT_DECIMAL = re.compile(r" \d{1,3} (?:percent|per cent)\b")


def split_sentences(text: str) -> list[Sentence]:
    """Return the sentences of `text`, in order, with offsets into `text`."""
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        for start, end in _split_block(text, block_start, block_end):
            sentences.extend(_trimmed(text, start, end))
    return sentences


def _blocks(text: str) -> list[tuple[int, int]]:
    """Lines are blocks: news text puts one paragraph (or title, or dateline) per line.
    A line ending in a title ("Const.", "Sgt.") joins the next line when that line starts
    with a capital: one-sentence-per-line corpora (ECB+) cut there, cutting off the speaker."""
    blocks: list[tuple[int, int]] = []
    join = False
    for m in _LINE.finditer(text):
        if join and blocks and m.group().lstrip()[:1].isupper() and m.start() == blocks[-1][1] + 1:
            blocks[-1] = (blocks[-1][0], m.end())
        else:
            blocks.append((m.start(), m.end()))
        join = _ends_in_title(m.group())
    return blocks


def _ends_in_title(line: str) -> bool:
    """Cheap test first (the line ends in a period), then the title word."""
    if not line.rstrip().endswith("."):
        return False
    m = _TITLE_AT_END.search(line)
    return m is not None and m.group(1).lower() in TITLES


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _BOUNDARY.finditer(text, start, end):
        if _is_abbreviation(text, cursor, m.start()):
            continue
        spans.append((cursor, m.end()))
        cursor = m.end()
    spans.append((cursor, end))
    return spans


def _is_abbreviation(text: str, sentence_start: int, period: int) -> bool:
    if text[period] != ".":
        return False
    word_start = period
    while word_start > sentence_start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:period].lstrip("(\"'“").lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "George W. Bush"
    if word.isdigit() and _SPLIT_DECIMAL.match(text, period + 1):
        return True  # tokenised copy (ECB+): "shot 46. 8 percent" is 46.8, not a sentence end
    return word in ABBREVIATIONS


def _trimmed(text: str, start: int, end: int) -> list[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return []
    pieces = []
    for piece_start in range(start, end, MAX_SENTENCE_CHARS):
        piece_end = min(end, piece_start + MAX_SENTENCE_CHARS)
        pieces.append(Sentence(piece_start, piece_end, text[piece_start:piece_end]))
    return pieces


def sentence_index(sentences: list[Sentence], offset: int) -> int:
    """Index of the last sentence that starts at or before `offset` (sentences are in text
    order): the sentence holding it, or the one before a gap between sentences; -1 before all."""
    return bisect.bisect_right(sentences, offset, key=lambda s: s.start) - 1


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence holding character `offset`, by binary search (sentences are sorted)."""
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if sentences[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(sentences) and sentences[lo].start <= offset:
        return sentences[lo]
    return None
