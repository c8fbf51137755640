"""Extraction on every core: ingest hands each batch to a pool of worker processes.

Why: extraction is about three quarters of an ingest's time and is a pure function of the
article (and its anchor), so it parallelises without coordination; grouping, copies,
reconciliation and the commit stay in the main process, which owns the store. The pool
is forked from a warmed-up parent (spaCy model and gazetteer loaded once, then shared
copy-on-write), so workers start at once. Results come back in input order, so the stored
output does not depend on the number of workers.

Workers never outlive the ingest: they ignore Ctrl-C (the parent handles it and
terminates them), ask the kernel to kill them when the parent dies (Linux
PR_SET_PDEATHSIG) and, where that is unavailable, watch the parent's pid.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from datetime import datetime
from functools import partial
from multiprocessing.pool import AsyncResult, Pool
from typing import Any

from rashomon.model import Article, Extraction

# Batches smaller than this are extracted in-process: a web upload of a few reports is
# done before a pool would pay for itself (chosen by eye; a fork costs a few ms per worker).
MIN_POOL_ARTICLES = 16
# Each worker gets one contiguous run of a batch, not articles dealt round-robin: reports
# of one story tend to sit together in a feed or file and share sentences, and a worker
# parses a sentence it has seen before for free (rashomon.extract.nlp cache). On the
# synthetic 400-article corpus, runs of 8 cost 26 ms of worker CPU per article against
# 19 ms in-process, because each worker's cache saw only every other run.
# Articles extracted together, their parses pooled (see extract_run). Each asks for about
# three new sentences, one or two at a time; spaCy's cost per sentence stops falling at
# batches of about 16 sentences (tok2vec 1.6 ms alone, 0.7 ms in 16s, 0.8 ms in 64s). On
# 1,000 synthetic reports: 18.1 ms of extraction per article alone, 12.8 in 16s, 12.4 in 32s,
# 12.4 in 64s.
ARTICLES_PER_TURN = 32
# Articles per task handed to a worker: a batch is cut into contiguous runs of this size
# (at most one run per worker for small batches). Several runs per worker, not one, because
# a run's results are sent and unpickled while later runs are still being extracted, and
# the workers finish a batch within one short run of each other: with one run per worker
# the last batch's results all arrived at once (0.3 s of pickling and transfer) after the
# slower half. Runs stay contiguous so that the parse cache still sees one story's reports
# together (see above); 64 is two `ARTICLES_PER_TURN` groups (chosen, not tuned: the worker
# CPU on the 1k corpus was within noise of one run per worker).
RUN_ARTICLES = 64
# Articles per run in the last round of runs of an ingest's last batch. Why: the ingest waits
# for the slower worker before it commits that batch, and the other stands idle meanwhile, up
# to one whole run (about a second for 64 articles); runs this short bound the wait to a
# quarter of that, at the cost of smaller parse batches for those few articles.
LAST_RUN_ARTICLES = 16
# How often a worker without PR_SET_PDEATHSIG checks that its parent is alive (seconds).
PARENT_POLL_SECONDS = 1.0
_PR_SET_PDEATHSIG = 1
# A report written for this module, extracted once before forking so that every lazily
# loaded model and table (spaCy pipeline, gazetteer index) is already in memory.
WARM_UP = Article(
    id="warm-up",
    text="At least 12 people were killed and 30 wounded when a car bomb exploded in a market in "
    "Mosul on Monday, police said. \"It was a massacre,\" a witness told reporters.",
    published=datetime(2020, 1, 6, 12),
)

Extract = Callable[..., Extraction]
Sign = Callable[[Article], bytes | None]  # the near-duplicate signature (group.duplicates.signature)
Featurize = Callable[[Article], Any]  # the grouping features (group.features.article_features)
Outcome = tuple[str, Any]  # ("ok", Extraction) or ("error", "TypeName: message")
FactRows = list[tuple] | None  # an extraction's `facts` rows (store.codec.fact_row); None: failed

_extract: Extract | None = None
_sign: Sign | None = None
_featurize: Featurize | None = None


def default_workers() -> int:
    """One worker per core (what `--workers` defaults to)."""
    return os.cpu_count() or 1


def extract_run(extract: Extract, articles: list[Article]) -> list[Outcome]:
    """`extract_one` of each article, in order, `ARTICLES_PER_TURN` at a time taking turns
    (rashomon.extract.nlp.in_turns) so that their new sentences are parsed in shared
    batches. Same outcomes as a plain loop."""
    from rashomon.extract.nlp import in_turns

    outcomes: list[Outcome] = []
    for start in range(0, len(articles), ARTICLES_PER_TURN):
        group = articles[start : start + ARTICLES_PER_TURN]
        outcomes += in_turns([partial(extract_one, extract, article) for article in group])
    return outcomes


def extract_one(extract: Extract, article: Article) -> Outcome:
    """One article's facts, or the error that stopped its extraction (never raises)."""
    try:
        return "ok", extract(article)
    except Exception as error:  # an extractor bug must not stop a corpus ingest
        return "error", f"{type(error).__name__}: {error}"


class Extractor:
    """Extracts batches in a process pool (or in-process for `workers <= 1`). With `sign`,
    the workers also compute each article's near-duplicate signature (`Pending.signatures`),
    and with `featurize` its grouping features (`Pending.features`): pure functions of the
    article that the main process, the ingest's bottleneck, would otherwise compute itself.
    The workers also encode each extraction's fact rows for the store (`Pending.fact_rows`),
    the largest part of storing a batch, which the main process would otherwise do at the
    end of the last batch with both workers idle."""

    def __init__(
        self, extract: Extract, workers: int | None = None, sign: Sign | None = None, featurize: Featurize | None = None
    ) -> None:
        self.extract = extract
        self.sign = sign
        self.featurize = featurize
        self.workers = default_workers() if workers is None else max(1, workers)
        self._pool: Pool | None = None

    def submit(self, articles: list[Article], last: bool = False) -> Pending:
        """Start extracting `articles`; `.get()` on the result waits for them, in order.
        `last`: no batch follows, so the workers should finish together (see LAST_RUN_ARTICLES)."""
        if self.workers <= 1 or len(articles) < MIN_POOL_ARTICLES:
            return Pending(outcomes=extract_run(self.extract, articles))
        pool = self._pool or self._start()
        runs = [articles[start:end] for start, end in run_bounds(len(articles), self.workers, last)]
        job = pool.map_async(_pooled, runs, chunksize=1)
        return Pending(job=job, articles=articles)

    def _start(self) -> Pool:
        extract_one(self.extract, WARM_UP)  # models and tables loaded once here, inherited by each fork
        gc.freeze()  # the collector must not touch (and so copy) the inherited objects' pages
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "forkserver")
        initargs = (self.extract, os.getpid(), self.sign, self.featurize)
        self._pool = context.Pool(self.workers, initializer=_init_worker, initargs=initargs)
        return self._pool

    def close(self) -> None:
        """Stop the workers now (also on an error or Ctrl-C in the parent)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run_bounds(count: int, workers: int, last: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each run of a batch of `count` articles: contiguous runs of
    RUN_ARTICLES (fewer for a small batch, at most one per worker); in a `last` batch the
    final round of runs, one per worker, is cut into runs of LAST_RUN_ARTICLES."""
    size = min(RUN_ARTICLES, -(-count // workers))
    tail = count - min(count, workers * size) if last and size > LAST_RUN_ARTICLES else count
    bounds = [(start, min(start + size, tail)) for start in range(0, tail, size)]
    return bounds + [(start, min(start + LAST_RUN_ARTICLES, count)) for start in range(tail, count, LAST_RUN_ARTICLES)]


def tail_pieces(count: int, workers: int) -> list[tuple[int, int]]:
    """(start, end) of the pieces an ingest's last batch of `count` articles is committed in.

    Why: the main process commits a batch (grouping, copies, reconciliation, the write) only
    once all its articles are extracted, so the last batch's commit used to run with every
    worker idle: about 0.7 s of a 1,000-article ingest's 10 s. Committed in pieces, each
    piece's commit runs while the workers extract the pieces after it, and only the last,
    small piece is committed alone. Committing costs about a fifth of extracting per article
    on 2 workers, so each piece can be about a quarter of the one before it: the last is one
    round of short runs (`LAST_RUN_ARTICLES` per worker), the one before it one round of full
    runs (`RUN_ARTICLES` per worker), the first the rest. A piece costs a transaction and a
    re-reconciliation of the events it touches, so there are at most three, and a piece too
    small for the pool (`MIN_POOL_ARTICLES`) joins the next."""
    if workers <= 1:
        return [(0, count)]
    last = workers * LAST_RUN_ARTICLES
    cuts = [cut for cut in (count - last - workers * RUN_ARTICLES, count - last) if cut >= MIN_POOL_ARTICLES]
    return list(itertools.pairwise([0, *cuts, count]))


class Pending:
    """A batch being extracted: either done already or running in the pool."""

    def __init__(
        self,
        outcomes: list[Outcome] | None = None,
        job: AsyncResult | None = None,
        articles: list[Article] | None = None,
    ) -> None:
        self._outcomes = outcomes
        self._job = job
        self._articles = articles or []
        self._signatures: dict[str, bytes | None] = {}
        self._features: dict[str, Any] = {}
        self._fact_rows: dict[str, list[tuple]] = {}

    def get(self) -> list[Outcome]:
        if self._outcomes is None and self._job is not None:
            runs = self._job.get()
            self._outcomes = [outcome for run in runs for outcome in run[0]]
            self._signatures = self._by_id([signature for run in runs for signature in run[1]])
            self._features = self._by_id([item for run in runs for item in run[2]])
            rows = self._by_id([item for run in runs for item in run[3]])
            self._fact_rows = {a: value for a, value in rows.items() if value is not None}
        return self._outcomes or []

    def _by_id(self, values: list[Any]) -> dict[str, Any]:
        """Article id -> value; empty when the workers computed none (not asked)."""
        if len(values) != len(self._articles):
            return {}
        return {a.id: value for a, value in zip(self._articles, values, strict=True)}

    def signatures(self) -> dict[str, bytes | None]:
        """Article id -> signature, as computed by the workers (empty when they were not
        asked, or for a batch extracted in-process); after `get`."""
        return self._signatures

    def features(self) -> dict[str, Any]:
        """Article id -> grouping features, as computed by the workers (empty when they were
        not asked, or for a batch extracted in-process); after `get`."""
        return self._features

    def fact_rows(self) -> dict[str, list[tuple]]:
        """Article id -> its extraction's fact rows as the store writes them
        (rashomon.store.codec.fact_row), encoded by the workers (empty for a batch extracted
        in-process); after `get`."""
        return self._fact_rows


def _pooled(articles: list[Article]) -> tuple[list[Outcome], list[bytes | None], list[Any], list[FactRows]]:
    assert _extract is not None, "worker not initialised"
    gc.collect(0)  # the last run's reference cycles, if any (see _init_worker), once its results are gone
    outcomes = extract_run(_extract, articles)
    signatures = [_sign(a) for a in articles] if _sign is not None else []
    features = [_featurize(a) for a in articles] if _featurize is not None else []
    return outcomes, signatures, features, [_fact_rows(outcome) for outcome in outcomes]


def _fact_rows(outcome: Outcome) -> FactRows:
    """The store's rows of an extraction's facts; None for a failed one."""
    from rashomon.store.codec import fact_row

    status, value = outcome
    return [fact_row(fact) for fact in value.facts()] if status == "ok" else None


def _init_worker(extract: Extract, parent: int, sign: Sign | None = None, featurize: Featurize | None = None) -> None:
    """Runs once in each worker: keep the extractor, die with the parent, leave Ctrl-C to it.

    Automatic garbage collection is off in the workers (young objects are still collected
    at the start of each run): on the 1k corpus it took 0.47 s of the workers' 20 s of CPU and
    found a dozen cyclic objects, extraction's objects being freed by reference counting."""
    global _extract, _sign, _featurize
    _extract, _sign, _featurize = extract, sign, featurize
    gc.disable()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not _die_with_parent():
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before we could ask to follow it
        os._exit(1)


def _die_with_parent() -> bool:
    """Ask Linux to SIGKILL this process when its parent dies; False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)
