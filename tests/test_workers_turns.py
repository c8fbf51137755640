"""Parses pooled across articles (rashomon.extract.nlp.in_turns, workers.extract_run): the
same results as extracting one article after another, with fewer, larger spaCy batches."""

from __future__ import annotations

from datetime import datetime

import pytest

from rashomon.extract import extract_article, nlp
from rashomon.model import Article, to_dict
from rashomon.workers import extract_one, extract_run

# Written for this test: reports sharing some sentences, with casualty figures, dates and quotes.
TEXTS = [
    "Five people were killed when a bomb exploded at a bus stop in Kirkuk on Tuesday, police said.",
    "Five people were killed when a bomb exploded at a bus stop in Kirkuk on Tuesday, police said. "
    '"We heard a loud bang," a shopkeeper told reporters.',
    "At least 14 soldiers died in an ambush near Gao on Sunday, the army said in a statement.",
    "Rescuers pulled 3 bodies from the rubble of a house hit by a shell in Aleppo on Friday.",
    "The ministry said 40 civilians had been wounded since the offensive began on 2 March.",
]


def articles() -> list[Article]:
    return [Article(id=f"t{i}", text=t, published=datetime(2021, 3, 9, 10)) for i, t in enumerate(TEXTS)]


def test_pooled_extraction_gives_the_same_facts():
    nlp.clear_cache()
    pooled = [to_dict(ex) for status, ex in extract_run(extract_article, articles())]
    nlp.clear_cache()
    alone = [to_dict(extract_article(article)) for article in articles()]
    assert pooled == alone
    assert sum(len(ex["casualties"]) for ex in pooled) >= 4  # the parser-based extractors ran


def test_parses_of_several_works_meet_in_one_batch(monkeypatch):
    nlp.clear_cache()
    batches: list[list[str]] = []
    real_pipe = nlp.pipeline().pipe

    def counting_pipe(texts, **kwargs):
        texts = list(texts)
        batches.append(texts)
        return real_pipe(texts, **kwargs)

    monkeypatch.setattr(nlp.pipeline(), "pipe", counting_pipe)
    sentences = [f"Sentence number {i} was parsed by a worker." for i in range(6)]
    works = [lambda s=s: nlp.parse_one(s).text for s in sentences]
    assert nlp.in_turns(works) == sentences
    assert batches == [sentences]  # one spaCy call for all six


def test_a_failing_work_is_raised_and_extract_one_names_it():
    def broken() -> None:
        nlp.parse_one("A sentence parsed before the failure.")
        raise ValueError("broken extractor")

    with pytest.raises(ValueError, match="broken extractor"):
        nlp.in_turns([lambda: 1, broken, lambda: 3])
    outcome = extract_one(lambda article: (_ for _ in ()).throw(KeyError("x")), articles()[0])
    assert outcome[0] == "error" and "KeyError" in outcome[1]


def test_works_take_turns_in_the_callers_thread():
    """Works switch as greenlets: a thread hand-off went through the kernel, which left a
    core idle when two worker processes shared two cores."""
    import threading

    caller = threading.get_ident()
    seen: list[tuple[int, int]] = []

    def work(i: int) -> int:
        seen.append((threading.get_ident(), threading.active_count()))
        nlp.parse_one(f"Work {i} asked for a parse in the caller's thread.")
        seen.append((threading.get_ident(), threading.active_count()))
        return i

    count = threading.active_count()
    assert nlp.in_turns([lambda i=i: work(i) for i in range(3)]) == [0, 1, 2]
    assert seen == [(caller, count)] * 6
