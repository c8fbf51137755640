"""Candidate pairs without comparing every pair: an inverted index over distinctive terms.

Each article posts its few highest-weighted TF-IDF terms (names, numbers, rare words) to
a term -> article-ids index. A new article looks up its own distinctive terms there and
keeps the articles it shares most terms with. Posting lists are capped (the most recent
ids are kept, which suits a news stream) and so is the number of candidates per article,
so the cost per article is bounded and the total grows linearly with the corpus.

Everything here is a function over explicit data (postings, vectors); the postings are
part of the `EventIndex` state.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date

# Terms an article posts to (and looks up in) the index, of its ~150. The very top terms
# are often unique to the article (rare words, typos) and match nothing, so the list must
# reach the shared names: on ECB+ dev, B-cubed F1 was 0.903 with 20, 0.941 with 30, 0.947
# with 50 and 0.954 with 60, the same as comparing all pairs.
TOP_TERMS = 60
# Ids kept per posting list (the latest). A term shared by more articles than this is no
# longer distinctive; the cap bounds the cost of a lookup.
MAX_POSTING = 200
# Candidates kept per article, those sharing the most posted terms. The clustering only
# uses each article's 5 nearest neighbours; with 60 terms posted, 60 candidates give the
# same ECB+ result as comparing all pairs.
MAX_CANDIDATES = 60
# Two reports further apart in time than this are never compared (they are not about the
# same incident even when they read alike). A week covers the follow-up reports of one
# incident; absent dates impose no constraint.
MAX_DAYS_APART = 7


def distinctive_terms(vector: Mapping[str, float], top: int = TOP_TERMS) -> list[str]:
    """The article's highest-weighted terms, ties broken by the term for determinism."""
    ranked = sorted(vector.items(), key=lambda item: (-item[1], item[0]))
    return [term for term, _ in ranked[:top]]


def post(postings: dict[str, list[str]], article_id: str, terms: Iterable[str]) -> None:
    """Add an article to the posting lists of its distinctive terms (mutates `postings`)."""
    for term in terms:
        ids = postings.setdefault(term, [])
        ids.append(article_id)
        if len(ids) > MAX_POSTING:
            del ids[0]


def lookup(postings: Mapping[str, list[str]], terms: Iterable[str], exclude: str) -> list[str]:
    """Ids sharing the most posted terms with `terms`, at most MAX_CANDIDATES of them."""
    shared: Counter[str] = Counter()
    for term in terms:
        shared.update(postings.get(term, ()))
    shared.pop(exclude, None)
    ranked = sorted(shared.items(), key=lambda item: (-item[1], item[0]))
    return [other for other, _ in ranked[:MAX_CANDIDATES]]


def close_in_time(first: str | None, second: str | None, days: int = MAX_DAYS_APART) -> bool:
    """True unless both dates are known and more than `days` apart."""
    if not first or not second:
        return True
    return abs(date.fromisoformat(first).toordinal() - date.fromisoformat(second).toordinal()) <= days


def cosine(first: Mapping[str, float], second: Mapping[str, float]) -> float:
    """Dot product of two unit-length sparse vectors."""
    if len(first) > len(second):
        first, second = second, first
    return sum(weight * second.get(term, 0.0) for term, weight in first.items())
