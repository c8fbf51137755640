"""The same quotation found in several reports, despite trimming, spelling and edits.

Quotes are the one fact that different outlets copy word for word, so matching them shows
which reports rely on the same source and whether one of them edited the words. Split from
quotes.py: matching runs across articles (reconcile side), detection within one.

Decisions (documented because the model has no field for them):
- A quote of fewer than PARTIAL_QUOTE_WORDS words (a scare quote, "a 'shocking massacre'")
  is still returned by find_quotes, with its speaker; `is_partial` tells it apart, and
  `match_quotes` matches such quotes only word for word, never as a subset of a longer one.
- Two quotes stating different figures are never the same quotation, and a one-word quote
  is never matched at all.
"""

from __future__ import annotations

import math
import re

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from rashomon.extract.speakers import same_speaker
from rashomon.model import QuoteFact

# Fewer words than this inside the marks and the quote is a partial or scare quote. Four
# words: "shocking massacre", "a crime against humanity" read as labels, "we will not
# surrender" already reads as a statement.
PARTIAL_QUOTE_WORDS = 4

# Two quotations whose normalised texts score at least this (0..1) are the same. Chosen
# on FA-KES (804 reports, every cross-article pair of quotes of 4+ words): copied quotes
# score 0.89-1.0 ("will not"/"would not go unpunished", "Hasakah"/"Hasakeh"), the closest
# different statements 0.73 (one speaker's two ways of saying the toll may rise); 0.85
# sits in that gap, leaving room for a changed word or spelling in a long quote.
QUOTE_MATCH_THRESHOLD = 0.85

# A one-word quote ("terrorists", "caliphate") is a label that many outlets put in quote
# marks, not a quotation to trace: it is returned by find_quotes but never matched.
MIN_MATCH_WORDS = 2

# A quote of at least this many words may match a longer one that contains it (a report
# quoting a part of the statement). Shorter fragments share words with too many unrelated
# quotes: on FA-KES, 6- and 7-word fragments ("because of the intensity of the ...")
# matched different statements.
CONTAINED_MIN_WORDS = 8

# Number words and their values: a quotation with another figure is another quotation,
# and "five" in one report is "5" in another.
NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
        sixteen seventeen eighteen nineteen twenty""".split()
    )
} | {word: str(10 * k) for k, word in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)}

_BRACKETED = re.compile(r"\[[^\]]*\]")
_THOUSANDS = re.compile(r"(?<=\d)[,.](?=\d{3}\b)")
_NON_WORD = re.compile(r"[^\w]+")


def is_partial(quote: QuoteFact) -> bool:
    """True for a scare quote or a fragment too short to be a statement on its own."""
    return len(_words(quote.quote)) < PARTIAL_QUOTE_WORDS


def normalise_quote(quote: str) -> str:
    """The words of a quote for comparison: no editorial [insertions], marks or punctuation."""
    quote = _THOUSANDS.sub("", _BRACKETED.sub(" ", quote))  # "1,000" = "1000"
    quote = quote.replace("’", "").replace("'", "").replace("…", " ")
    return _NON_WORD.sub(" ", quote.lower()).strip()


def same_quote(a: QuoteFact, b: QuoteFact) -> float:
    """How alike two quotations' words are, 0..1, ignoring the speakers.

    The better of a character-level ratio over the whole quotes (spelling, a changed word)
    and, when the shorter quote has CONTAINED_MIN_WORDS words or more, the share of its
    words found in order in the longer one (a report that trimmed or extended the quote).
    Quotes that state different figures are different quotations: 0.
    """
    return _similarity(_prepared(a), _prepared(b))


# A quote ready for comparison: its normalised words, those words joined, its figures.
_Prepared = tuple[list[str], str, frozenset[str]]


def _prepared(q: QuoteFact) -> _Prepared:
    words = _words(q.quote)
    figures = frozenset(NUMBER_WORDS.get(w, w) for w in words if w.isdigit() or w in NUMBER_WORDS)
    return words, " ".join(words), figures


def _similarity(a: _Prepared, b: _Prepared, cutoff: float = 0.0) -> float:
    """same_quote on prepared quotes; scores below `cutoff` may come back as 0 (faster)."""
    (short, short_text, short_figures), (long, long_text, long_figures) = sorted((a, b), key=lambda p: len(p[0]))
    if not short or not short_figures <= long_figures:
        return 0.0
    score = fuzz.ratio(short_text, long_text, score_cutoff=cutoff * 100) / 100.0
    if len(short) >= CONTAINED_MIN_WORDS:
        shared = LCSseq.similarity(short, long, score_cutoff=math.ceil(cutoff * len(short)))
        score = max(score, shared / len(short))
    return score


def match_quotes(quotes_by_article: dict[str, list[QuoteFact]]) -> list[list[QuoteFact]]:
    """Groups of quotes from different articles that are one quotation.

    Pairs scoring at least QUOTE_MATCH_THRESHOLD (partial quotes: word for word) are joined
    best first; a join is refused when the group would hold two quotes of one article or
    two different known speakers. Members are ordered by (article id, offset), groups by
    their first member.
    """
    ordered = sorted(
        (q for quotes in quotes_by_article.values() for q in quotes), key=lambda q: (q.article_id, q.start, q.end)
    )
    group_of = list(range(len(ordered)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(ordered))}
    for _score, i, j in _scored_pairs(ordered):
        gi, gj = group_of[i], group_of[j]
        if gi == gj or not _can_join(ordered, members[gi], members[gj]):
            continue
        for k in members[gj]:
            group_of[k] = gi
        members[gi].extend(members.pop(gj))
    groups = [sorted(m) for m in members.values() if len(m) > 1]
    return [[ordered[k] for k in g] for g in sorted(groups)]


def _scored_pairs(ordered: list[QuoteFact]) -> list[tuple[float, int, int]]:
    """Every matching pair across articles with compatible speakers, best first."""
    prepared = [_prepared(q) for q in ordered]
    partial = [len(p[0]) < PARTIAL_QUOTE_WORDS for p in prepared]
    usable = [len(p[0]) >= MIN_MATCH_WORDS for p in prepared]
    pairs = []
    for i, a in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            b = ordered[j]
            if not (usable[i] and usable[j]) or a.article_id == b.article_id:
                continue
            if not same_speaker(a.speaker_key, b.speaker_key):
                continue
            needed = 1.0 if partial[i] or partial[j] else QUOTE_MATCH_THRESHOLD
            score = _similarity(prepared[i], prepared[j], needed)
            if score >= needed:
                pairs.append((score, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


def _can_join(ordered: list[QuoteFact], left: list[int], right: list[int]) -> bool:
    if {ordered[k].article_id for k in left} & {ordered[k].article_id for k in right}:
        return False
    keys = {ordered[k].speaker_key for k in left + right if ordered[k].speaker_key}
    return all(same_speaker(x, y) for x in keys for y in keys)


def _words(text: str) -> list[str]:
    return normalise_quote(text).split()
