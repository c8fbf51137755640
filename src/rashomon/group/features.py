"""Cheap per-article features for event grouping: weighted term counts.

Grouping compares articles by the words they share, weighted by how rare those words are
(TF-IDF). A term is one of three kinds, all in one bag so that one cosine covers them:
content words (lower-cased, plural stripped), named-entity phrases (runs of capitalised
words: a cheap proxy for names of people, places and organisations, which tell two
similar events apart better than common words do), and numbers (casualty counts,
magnitudes, years). Title terms count more because a headline names the event; in a text
without a title, its first sentence (usually the headline line of a plain-text report, else
the news lead) stands in for one. Sentences further down count less (`POSITION_BLOCK`):
the lead says what happened, the closing paragraphs recall background and earlier events.

Measured and rejected (ECB+ dev, topic folds grouped on their own; F1 halves 1-19/20-35,
three folds): (a) a date read from the text (the first full date in the opening 400
characters) standing in for a missing publication date: 0.877/0.901, 0.865/0.901/0.923 with
the 3-day limit, 0.914/0.924 at 60 days: ECB+ events gather reports weeks apart, and the
first date is often an earlier incident's; (b) a dateline-only first line skipped when
choosing the lead: 0.965/0.965, 0.948/0.946/0.979 against 0.965/0.969, 0.927/0.955/0.979;
(c) single capitalised words not repeated as entity phrases: 0.947/0.965, 0.933/0.951/0.979;
(d) numbers split by a space after the point ("5. 9") joined: no fold better; (e) IDF
raised to a power of 1.5 or 2: every fold worse (0.84-0.93). The two events of an ECB+
topic share names, places and numbers of the same kind; what is left is in the words.

This stage is a pure function of each article: no corpus statistics here, so it can run
on any worker. The document frequencies that turn counts into weights live in the
`EventIndex` state (or are counted over the batch).
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from operator import mul

from rashomon.model import Article

# A title term counts as this many body occurrences: a headline names the event in a few
# words. 2 rather than more because ECB+ has no titles to tune on, and a noisy headline
# should not outweigh the body.
TITLE_WEIGHT = 2.0
# Entity phrases ("e:tara reid") are added on top of their words, so a shared full name
# counts once as words and once as a phrase. Weight 1 was best on ECB+ dev among 0, 1, 2
# (differences were small; 1 is the neutral choice).
ENTITY_WEIGHT = 1.0
# An untitled article's first sentence counts this many times more than the body, so in
# all as much as a title (it is already counted once as body). Not a new weight: it reuses
# TITLE_WEIGHT. Checked on ECB+ dev (no titles; each text opens with a headline line or a
# lead), each fold of topics grouped on its own: halves 0.938/0.961 -> 0.946/0.961, 3 folds
# 0.904/0.968/0.975 -> 0.922/0.968/0.975, 5 folds 0.918/0.891/0.941/0.925/0.924 ->
# 0.934/0.913/0.961/0.942/0.959; all 35 topics at once 0.953 -> 0.951. Total weights 1.5,
# 2.5 and 3 were no better on both halves.
LEAD_EXTRA_WEIGHT = TITLE_WEIGHT - 1.0
NUMBER_WEIGHT = 1.0
# Later sentences count less: news is written as an inverted pyramid (the lead says what
# happened; background, earlier incidents and other similar events come further down), so
# a word two reports share only in their closing paragraphs says less about whether they
# cover the same event. Each block of this many sentences counts half as much as the block
# before (halves keep every count a sum of powers of two: few distinct count values, see
# SHARED_COUNTS). Chosen on ECB+ dev by the fold protocol among blocks of 2, 3, 4, 6, 8
# and 12 sentences: 8 was best on topics 1-19 (tied with 12) and on 20-35, and scores
# 0.969 on 20-35 and 0.953 on 1-19 (without the decay 0.961 and 0.946).
POSITION_BLOCK = 8

_STOPWORD_TEXT = """a about above after again against all also although am among an and another any are
    around as at be became because been before being below between both but by can could did
    do does doing down during each either even ever every few for from further had has have
    having he her here hers herself him himself his how however i if in into is it its itself
    just last later least less like made make many may me might more most much must my near
    neither new next no nor not now of off on once one only or other our ours out over own per
    said same say says saying she should since so some such than that the their theirs them
    then there these they this those through to told too two under until up upon us very was
    we were what when where whether which while who whom whose why will with within without
    would yet you your"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# Titles dropped from the front of a name, so "Governor Alma Reyes" and "Alma Reyes" match.
HONORIFICS = frozenset(
    "mr mrs ms dr sir president prime minister governor mayor senator general gen chief judge "
    "secretary spokesman spokeswoman king queen prince pope rev colonel col captain".split()
)

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d+)*")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
# A run of capitalised words, allowing "of"/"de"/"al-" inside ("Bank of England").
_CAPITAL_RUN = re.compile(r"[A-Z][\w'’\-]*(?:\s+(?:(?:of|de|del|al|bin|van|von)\s+)?[A-Z][\w'’\-]*)*")


@dataclass
class ArticleFeatures:
    """What grouping knows about one article: weighted term counts and its date."""

    id: str
    terms: dict[str, float] = field(default_factory=dict)
    published: str | None = None  # ISO date (day precision) or None when unknown

    def to_state(self) -> dict:
        """JSON-ready form, for the serialised index."""
        return {"id": self.id, "terms": self.terms, "published": self.published}

    @classmethod
    def from_state(cls, state: Mapping) -> ArticleFeatures:
        return cls(id=state["id"], terms=shared_terms(state["terms"]), published=state.get("published"))


def features(articles: Iterable[Article]) -> list[ArticleFeatures]:
    """Features of each article, in input order (pure, per-article)."""
    return [article_features(a) for a in articles]


def features_of(
    articles: Iterable[Article], given: Mapping[str, ArticleFeatures] | None = None
) -> list[ArticleFeatures]:
    """`features` of each article, taken from `given` (article id -> features, computed by
    an extraction worker) where there, with their terms shared (`shared_terms`): the form
    the event index keeps for the life of a corpus."""
    given = given or {}
    found = []
    for article in articles:
        item = given.get(article.id)
        if item is None or item.id != article.id:
            item = article_features(article)
        item.terms = shared_terms(item.terms)
        found.append(item)
    return found


# Distinct count values shared between articles, at most this many (counts are sums of
# whole-number weights: the 1k synthetic corpus has 27 distinct values in all).
SHARED_COUNTS = 4096
_COUNTS: dict[float, float] = {}
_TF: dict[float, float] = {}  # count -> its sublinear term frequency (`weigh`)


def shared_terms(terms: Mapping[str, float]) -> dict[str, float]:
    """The same term counts, in the same order, with interned term strings and shared count
    objects. Terms that arrive unpickled from a worker or decoded from the store are new
    objects per article; shared, an index's term counts take half the memory (1k synthetic
    reports, ~168 terms each: 11.3 MB -> 5.3 MB)."""
    counts = _COUNTS
    if len(counts) < SHARED_COUNTS:
        counts.update((count, count) for count in set(terms.values()).difference(counts))
    share, intern = counts.get, sys.intern
    return {intern(term): share(count, count) for term, count in terms.items()}


def article_features(article: Article) -> ArticleFeatures:
    """Weighted term counts of the title (or, without one, the lead) and the body."""
    counts: Counter[str] = Counter()
    _add_terms(counts, article.text, 1.0)
    if article.title:
        _add_terms(counts, article.title, TITLE_WEIGHT)
    else:
        _add_terms(counts, lead(article.text), LEAD_EXTRA_WEIGHT)
    published = article.published.date().isoformat() if article.published else None
    return ArticleFeatures(id=article.id, terms=dict(counts), published=published)


def lead(text: str) -> str:
    """The first sentence of a text: a headline line, or the news lead that names the event."""
    return _SENTENCE_BREAK.split(text.lstrip(), maxsplit=1)[0]


def _add_terms(counts: Counter[str], text: str, weight: float) -> None:
    for number, sentence in enumerate(_SENTENCE_BREAK.split(text)):
        here = weight * position_weight(number)
        for token in _TOKEN.findall(sentence):
            term, factor = _weighted_term(token)
            if term:
                counts[term] += here * factor
        for phrase in entity_phrases(sentence):
            counts["e:" + phrase] += here * ENTITY_WEIGHT


def position_weight(number: int) -> float:
    """How much the sentence at this index (0 = first) counts: halved every POSITION_BLOCK."""
    return 0.5 ** (number // POSITION_BLOCK)


# Distinct tokens remembered with their term: a corpus repeats its words, and this was the
# largest part of grouping's cost per article (65,536 tokens: a few MB, most of any corpus's).
TERM_CACHE_SIZE = 65536


@lru_cache(maxsize=TERM_CACHE_SIZE)
def _weighted_term(token: str) -> tuple[str, float]:
    """The term of a token and its weight factor ("" for a word that is not a term)."""
    term = _term(token)
    return term, NUMBER_WEIGHT if term.startswith("n:") else 1.0


def _term(token: str) -> str:
    if token[0].isdigit():
        return "n:" + token.replace(",", "")
    word = token.lower().replace("’", "'")
    if len(word) < 3 or word in STOPWORDS:
        return ""
    return stem(word)


def stem(word: str) -> str:
    """Strip possessives and plurals only: enough to match "pirates" with "pirate"."""
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def entity_phrases(sentence: str) -> list[str]:
    """Capitalised phrases of a sentence, lower-cased, leading function words dropped.

    A lone capitalised word at the start of a sentence is skipped: it is capitalised
    because it starts the sentence, not because it is a name.
    """
    phrases = []
    for match in _CAPITAL_RUN.finditer(sentence):
        words = match.group(0).split()
        at_start = not sentence[: match.start()].strip(" \"'“‘(")
        while words and (words[0].lower() in STOPWORDS or words[0].lower().rstrip(".") in HONORIFICS):
            words = words[1:]
        if not words or (at_start and len(words) == 1 and len(match.group(0).split()) == 1):
            continue
        phrases.append(" ".join(words).lower())
    return phrases


def idf(df: int, n_docs: int) -> float:
    """Inverse document frequency, smoothed so a term in every document weighs about 0."""
    return math.log((n_docs + 1) / (df + 0.5))


def weigh(terms: Mapping[str, float], df: Mapping[str, int], n_docs: int) -> dict[str, float]:
    """Unit-length TF-IDF vector with sublinear term frequency (1 + log(1 + count))."""
    vector = {}
    by_df = _idf_table(n_docs)  # terms share df values: one log per value while n_docs stays
    tfs = _TF  # ... and one per count value (see SHARED_COUNTS)
    frequency_of = df.get
    for term, count in terms.items():
        frequency = frequency_of(term, 0)
        inverse = by_df.get(frequency)
        if inverse is None:
            inverse = by_df[frequency] = idf(frequency, n_docs)
        tf = tfs.get(count)
        if tf is None:
            tf = 1.0 + math.log1p(count)
            if len(tfs) < SHARED_COUNTS:
                tfs[count] = tf
        weight = tf * inverse
        if weight > 0:
            vector[term] = weight
    weights = list(vector.values())
    norm = math.sqrt(sum(map(mul, weights, weights))) or 1.0
    return {t: w / norm for t, w in vector.items()}


# df -> idf for the current number of documents (an index's adds weigh thousands of vectors
# under one n_docs; a table per call recomputed ~140 logs per vector, most of `weigh`).
_IDF: dict[int, float] = {}
_IDF_DOCS = [-1]  # the n_docs the table is for


def _idf_table(n_docs: int) -> dict[int, float]:
    if _IDF_DOCS[0] != n_docs:
        _IDF.clear()
        _IDF_DOCS[0] = n_docs
    return _IDF
