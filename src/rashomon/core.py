"""The application core: one object the CLI and the web app build and call.

`Rashomon(db_path)` owns the store and the pipeline stages; its methods are the corpus
operations (ingest, regroup, list and show events, export). Views only render what it
returns, so the terminal, JSON and web outputs cannot drift apart.
"""

from __future__ import annotations

import gc
import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rashomon import ingest as stages_
from rashomon.ingest import IngestSummary, Stages
from rashomon.model import Article, Comparison, Extraction, Rejected
from rashomon.store import EventSummary, Store, StoreError, open_store
from rashomon.store.events import independent
from rashomon.workers import Pending

log = logging.getLogger("rashomon.core")
# Events re-reconciled per step of a regroup: their reports' facts are loaded together
# and dropped after, which bounds memory on big corpora.
EVENTS_PER_STEP = 200

Progress = Callable[[int, int], None]  # (articles read so far, of which stored new)


class UnknownEvent(LookupError):
    """An event id that is not in the store (said to the user in one line)."""


class Rashomon:
    """A corpus on disk and the operations on it."""

    def __init__(self, db_path: str | Path | None = None, stages: Stages | None = None,
                 must_exist: bool = False, batch_size: int = stages_.BATCH_SIZE,
                 workers: int | None = 1) -> None:
        self.store: Store = open_store(db_path, must_exist=must_exist)
        self._stages = stages
        self.batch_size = batch_size
        # Extraction processes; None: one per core. In-process (1) unless asked: the web app
        # ingests small uploads from a threaded server, where forking is unsafe and useless.
        self.workers = workers
        self._index: Any = None
        self._index_version = -1

    @property
    def stages(self) -> Stages:
        if self._stages is None:
            self._stages = stages_.default_stages()
        return self._stages

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Rashomon:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest ----------------------------------------------------------------------------

    def ingest(self, inputs: Iterable[str], progress: Progress | None = None) -> IngestSummary:
        """Read, extract, group, link copies, reconcile and store every input, batch by batch."""
        return self.ingest_items(stages_.read_inputs(inputs), progress)

    def ingest_items(self, items: Iterable[Article | Rejected], progress: Progress | None = None) -> IngestSummary:
        """`ingest` for articles already read (the web app's uploads, tests).

        The next batch is extracted (by the worker pool) while the current one is grouped,
        reconciled and committed; batches are still committed one by one, in input order.
        The last batch is committed in pieces as they come back (workers.tail_pieces), so
        that little of its commit is left for when the workers have nothing to do."""
        from rashomon.workers import Extractor

        summary = IngestSummary()
        seen = 0
        in_flight = stages_.InFlight()
        waiting: deque[tuple[int, list[Article], Pending]] = deque()
        with Extractor(self.stages.extract, self.workers, self.stages.signature, self.stages.features) as extractor:
            for batch, last in stages_.with_last(stages_.batches(items, self.batch_size)):
                summary.skipped += [r for r in batch if isinstance(r, Rejected)]
                articles = [a for a in batch if isinstance(a, Article)]
                fresh = stages_.split_known(self.store, articles, summary, in_flight)
                for count, piece, final in _pieces(articles, fresh, last, extractor.workers):
                    waiting.append((count, piece, extractor.submit(piece, last=final)))
                while len(waiting) > (0 if last else 1):  # all but the batch just submitted
                    with collection_paused(extractor.workers > 1):
                        seen = self._commit_extracted(waiting.popleft(), summary, seen, progress)
        return summary

    def _commit_extracted(self, waiting: tuple[int, list[Article], Pending], summary: IngestSummary,
                          seen: int, progress: Progress | None) -> int:
        count, fresh, job = waiting
        outcomes = job.get()
        self._commit(stages_.extracted(fresh, outcomes, summary), summary, job.signatures(), job.features(),
                     job.fact_rows())
        if progress:
            progress(seen + count, summary.new)
        return seen + count

    def ingest_batch(self, articles: list[Article], summary: IngestSummary) -> None:
        """One batch, extracted in-process and committed in one transaction (or not at all)."""
        fresh = stages_.split_known(self.store, articles, summary)
        self._commit(stages_.extract_batch(fresh, self.stages.extract, summary), summary)

    def _commit(self, extractions: list[Extraction], summary: IngestSummary,
                signatures: dict[str, bytes | None] | None = None, features: dict[str, Any] | None = None,
                fact_rows: dict[str, list[tuple]] | None = None) -> None:
        if not extractions:
            return
        try:
            with self.store.transaction():
                self._store_batch(extractions, summary, signatures or {}, features or {}, fact_rows or {})
        except BaseException:
            self._index = None  # it saw articles that were not committed
            raise

    def _store_batch(self, extractions: list[Extraction], summary: IngestSummary,
                     signatures: dict[str, bytes | None], features: dict[str, Any],
                     fact_rows: dict[str, list[tuple]]) -> None:
        extractions = self._still_new(extractions, summary)
        signatures = self._signatures(extractions, signatures)
        index = self._current_index()
        articles = [ex.article for ex in extractions]
        # the workers' features when they computed them (a stand-in index may not take them)
        assignments = index.add(articles, features=features) if features else index.add(articles)
        extracted = {id(ex) for ex in extractions}
        extractions = stages_.anchor_undated(extractions, assignments, self.store, self.stages.extract)
        # the workers' fact rows, except those of reports re-extracted against a borrowed anchor
        fact_rows = {ex.article.id: fact_rows[ex.article.id] for ex in extractions
                     if id(ex) in extracted and ex.article.id in fact_rows}
        # the index may move earlier reports between small events: their old events change too
        left = set(self.store.events_of(list(assignments)).values())
        self.store.add_extractions(extractions, signatures, fact_rows)
        self.store.assign(assignments)
        pool = {ex.article.id: ex for ex in extractions}
        links = stages_.find_copies(self.store, extractions, assignments, self.stages.near_duplicates, pool,
                                    signatures)
        self.store.add_duplicates(links)
        events = set(assignments.values()) | left
        summaries, slots = stages_.reconcile_events(self.store, events, self.stages.reconcile, pool)
        self.store.save_events(summaries, slots)
        self.store.delete_events(sorted(events - {s.event.id for s in summaries}))
        self._save_index(index)
        summary.new += len(extractions)
        summary.near_duplicates += len(links)
        summary.events |= {s.event.id for s in summaries}

    def _signatures(self, extractions: list[Extraction], given: dict[str, bytes | None]
                    ) -> dict[str, bytes | None] | None:
        """Each new article's near-duplicate signature: the workers' when they computed it,
        else computed here; None when the stages have no signature function."""
        sign = self.stages.signature
        if sign is None:
            return None
        return {ex.article.id: given[ex.article.id] if ex.article.id in given else sign(ex.article)
                for ex in extractions}

    def _still_new(self, extractions: list[Extraction], summary: IngestSummary) -> list[Extraction]:
        """Drop what another writer stored since `split_known` looked (now under the lock)."""
        by_id, _ = self.store.known([ex.article.id for ex in extractions], [])
        if by_id:
            summary.duplicates += len(by_id)
        return [ex for ex in extractions if ex.article.id not in by_id]

    def _current_index(self) -> Any:
        """The grouping index as last committed (reloaded only if another writer changed it)."""
        version = self.store.index_version()
        if self._index is None or version != self._index_version:
            loaded_version, state = self.store.load_index()
            self._index = self.stages.index_from_state(state) if state else self.stages.new_index()
            self._index_version = loaded_version
        return self._index

    def _save_index(self, index: Any) -> None:
        """Save the index with a version above the stored one (writers compare versions):
        only what changed when the index can say so, else (or once after an upgrade) all."""
        self._index_version = self.store.index_version() + 1
        changed = getattr(index, "changed_state", None)
        if changed is None or self.store.index_needs_whole_save():
            self.store.save_index(self._index_version, index.to_state())
            if changed is not None:
                changed()  # all of it is saved now
        else:
            self.store.save_index(self._index_version, changed(), partial=True)

    # -- regroup ---------------------------------------------------------------------------

    def regroup(self) -> int:
        """Group every stored article afresh (batch grouping) and re-reconcile every event;
        near-duplicate links are kept. Returns the number of events."""
        with self.store.transaction():
            articles = self._all_articles()
            index = self.stages.new_index()
            assignments = index.add(articles)
            self.store.clear_grouping()
            self.store.assign(assignments)
            events = sorted(set(assignments.values()))
            for start in range(0, len(events), EVENTS_PER_STEP):
                part = events[start:start + EVENTS_PER_STEP]
                summaries, slots = stages_.reconcile_events(self.store, part, self.stages.reconcile, {})
                self.store.save_events(summaries, slots)
            self._save_index(index)
            self._index = index
        return len(events)

    def _all_articles(self) -> list[Article]:
        from rashomon.store import codec
        from rashomon.store import queries as q

        return [codec.article_from_row(row)[0] for row in self.store.execute(q.all_articles())]

    # -- reading ---------------------------------------------------------------------------

    def events(self, since: str | None = None, until: str | None = None, place: str | None = None,
               text: str | None = None, limit: int | None = None) -> list[EventSummary]:
        """Events newest first, filtered by publication dates, place and words."""
        return self.store.find_events(since=since, until=until, place=place, text=text, limit=limit)

    def event(self, event_id: str) -> tuple[Comparison, EventSummary, dict[str, str]]:
        """The stored comparison of one event, its listing, and its copies (copy -> original)."""
        summary = self.store.event(event_id)
        if summary is None:
            raise UnknownEvent(f"no event {event_id!r} in {self.db_path}; list them with `rashomon events`")
        ids = summary.event.article_ids
        copies = self.store.copies(ids)
        stored = self.store.extractions(ids)
        extractions = independent([stored[a] for a in ids if a in stored], copies)
        facts = {f.id: f for ex in extractions for f in ex.facts()}
        comparison = Comparison(extractions=extractions, slots=self.store.slots(event_id, facts), event_id=event_id)
        return comparison, summary, copies

    def article(self, article_id: str) -> Extraction | None:
        """One stored article with its facts."""
        return self.store.extractions([article_id]).get(article_id)

    def browse_events(self, text: str | None = None, since: str | None = None, until: str | None = None,
                      place: str | None = None, actor: str | None = None, sort: str = "newest",
                      limit: int = 20, offset: int = 0) -> tuple[list[EventSummary], int]:
        """A page of events for the web app: filters as `events` plus actor, a sort order
        ("newest", "reports", "conflicts"), an offset; and the total that match."""
        return self.store.browse_events(text=text, since=since, until=until, place=place, actor=actor,
                                        sort=sort, limit=limit, offset=offset)

    def article_event(self, article_id: str) -> str | None:
        """The id of the event an article was grouped into, if any."""
        return self.store.events_of([article_id]).get(article_id)

    def version(self) -> int:
        """A number that grows with every committed ingest batch or regroup: caches of
        anything read from the store are valid while it stays the same."""
        return self.store.index_version()

    def counts(self) -> dict[str, int]:
        return self.store.counts()

    @property
    def db_path(self) -> str:
        return str(getattr(self.store, "path", ""))

    def export(self, fmt: str, out: Any, facts: bool = False) -> int:
        """Write every event (or, with `facts`, every fact) to `out` in `fmt`; rows written."""
        from rashomon.export import export

        return export(self.store, fmt, out, facts=facts)


__all__ = ["IngestSummary", "Rashomon", "StoreError", "UnknownEvent"]


def _pieces(articles: list[Article], fresh: list[Article], last: bool, workers: int
            ) -> list[tuple[int, list[Article], bool]]:
    """A batch's fresh articles as the pieces to extract and commit, each with the number of
    articles read it accounts for (the batch's known ones go with its last piece) and whether
    it is the ingest's last: one piece, or the last batch's `workers.tail_pieces`."""
    from rashomon.workers import tail_pieces

    bounds = tail_pieces(len(fresh), workers) if last else [(0, len(fresh))]
    pieces = [(end - start, fresh[start:end], False) for start, end in bounds]
    count, piece, _ = pieces[-1]
    pieces[-1] = (count + len(articles) - len(fresh), piece, last)
    return pieces


@contextmanager
def collection_paused(active: bool) -> Iterator[None]:
    """No automatic garbage collection in the main process while it waits for a batch's
    extractions and commits them (in a pooled ingest).

    Why: the main process of a 1k ingest spent 0.4 s of its 4 s of CPU in the cycle
    collector, mostly in full collections set off by each batch's unpickled extractions,
    and they found nothing (about 60 cyclic objects in the whole ingest): extractions,
    slots and index entries are freed by reference counting. The batch's young objects are
    still collected at the end (`gc.collect(0)`), and collection is switched back on. Only
    for the pooled (command-line) ingest: the switch is process-wide, and the web app runs
    its small in-process ingests from several threads."""
    if not active or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.collect(0)
        gc.enable()
