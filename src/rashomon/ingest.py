"""Corpus ingest as stages over batches: read -> known? -> extract -> group -> copies ->
reconcile -> commit.

Each stage is a function of its inputs (the store, the batch, the `Stages` it calls);
nothing is kept between calls except what the store holds, so a batch is the unit of
work and of failure: it is committed in one transaction or not at all, and a killed
ingest run again skips what was committed (same id and text) and redoes the rest.
The extractor, the grouping index, the near-duplicate finder and the reconciler are
passed in (`Stages`), so tests and benchmarks can run the store with stand-ins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from rashomon.model import Article, Extraction, Rejected, Slot
from rashomon.store import Store
from rashomon.store.codec import EventSummary, content_hash
from rashomon.store.events import independent, summarise_event

# Articles per transaction. Per-batch work (re-reconciling each touched event over all its
# reports, saving the changed index state, the copy search) shrinks per article as batches
# grow: on the 10k synthetic corpus, 2 workers, 200 took 101-103 s, 500 took 91 s and 1000
# took 93 s, with the same events (pair F1 0.993). A 500-article commit still takes about a
# second, and an interrupted run redoes at most one batch.
BATCH_SIZE = 500
FEED_SUFFIXES = {".xml", ".rss", ".atom"}


class Index(Protocol):
    """What ingest needs of the grouping index (rashomon.group.index.EventIndex)."""

    def add(self, articles: list[Article], features: Mapping[str, Any] | None = None) -> dict[str, str]: ...

    def to_state(self) -> dict: ...


@dataclass
class Stages:
    """The work ingest delegates, so that it can be swapped in tests and benchmarks."""

    extract: Callable[..., Extraction]
    near_duplicates: Callable[..., dict[str, str]]
    reconcile: Callable[[list[Extraction]], list[Slot]]
    new_index: Callable[[], Index]
    index_from_state: Callable[[dict], Index]
    # An article's near-duplicate signature (pure: the extraction workers compute it and
    # the store keeps it); when set, `near_duplicates` takes them as `signatures=`.
    signature: Callable[[Article], bytes | None] | None = None
    # An article's grouping features (pure, like `signature`): when set, the workers compute
    # them and `Index.add` is given them as `features=` (article id -> features).
    features: Callable[[Article], Any] | None = None


def default_stages() -> Stages:
    """The real extractor, grouping and reconciliation."""
    from rashomon.extract import extract_article
    from rashomon.group.duplicates import near_duplicates, signature
    from rashomon.group.features import article_features
    from rashomon.group.index import EventIndex
    from rashomon.reconcile import reconcile

    return Stages(
        extract_article, near_duplicates, reconcile, EventIndex, EventIndex.from_state, signature, article_features
    )


@dataclass
class IngestSummary:
    """What an ingest did: counts, renamed ids and every skipped input with its reason."""

    new: int = 0
    duplicates: int = 0  # already stored (same text), not stored again
    near_duplicates: int = 0  # stored, linked to the report they copy
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (given id, stored id)
    skipped: list[Rejected] = field(default_factory=list)
    events: set[str] = field(default_factory=set)  # events created or updated

    def to_json(self) -> dict[str, Any]:
        return {
            "new": self.new,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "renamed": [list(r) for r in self.renamed],
            "events": len(self.events),
            "skipped": [{"source": r.source, "reason": r.reason} for r in self.skipped],
        }


# -- 1. read --------------------------------------------------------------------------------


def read_inputs(inputs: Iterable[str]) -> Iterator[Article | Rejected]:
    """Articles from paths (directories recursively), feed files, URLs and feed URLs."""
    from rashomon.sources.address import is_url

    for item in inputs:
        if is_url(item):
            from rashomon.sources.feeds import read_url

            yield from read_url(item)
        else:
            yield from read_local(Path(item))


def read_local(path: Path) -> Iterator[Article | Rejected]:
    from rashomon.sources import files

    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
            suffix = child.suffix.lower()
            if suffix in files.ARTICLE_SUFFIXES or suffix in FEED_SUFFIXES:
                yield from read_local(child)
    elif path.suffix.lower() in FEED_SUFFIXES and path.is_file():
        from rashomon.sources.feeds import read_feed

        yield from read_feed(str(path), follow_links=False)
    else:
        yield from files.read_path(path)


def batches(items: Iterable[Article | Rejected], size: int = BATCH_SIZE) -> Iterator[list[Article | Rejected]]:
    """Consecutive slices holding at most `size` articles (rejections ride along)."""
    batch: list[Article | Rejected] = []
    count = 0
    for item in items:
        batch.append(item)
        count += isinstance(item, Article)
        if count >= size:
            yield batch
            batch, count = [], 0
    if batch:
        yield batch


def with_last(items: Iterable[Any]) -> Iterator[tuple[Any, bool]]:
    """Each item and whether it is the last one (read one item ahead)."""
    iterator = iter(items)
    try:
        current = next(iterator)
    except StopIteration:
        return
    for following in iterator:
        yield current, False
        current = following
    yield current, True


# -- 2. known? ------------------------------------------------------------------------------


def split_known(
    store: Store, articles: list[Article], summary: IngestSummary, pending: InFlight | None = None
) -> list[Article]:
    """The articles not stored yet. Same text already stored (under any id) is a duplicate;
    an id already used by another text is stored as `<id>~<hash>` (stable across runs).

    `pending` holds the articles of a batch being extracted but not committed yet (ingest
    extracts the next batch while it stores the current one); it counts as stored, and the
    fresh articles of this batch replace it."""
    hashes = [content_hash(a) for a in articles]
    by_id, by_hash = store.known(sorted({a.id for a in articles}), sorted(set(hashes)))
    if pending is not None:
        by_id.update(pending.by_id)
        by_hash.update(pending.by_hash)
        pending.by_id, pending.by_hash = {}, {}
    fresh: list[Article] = []
    for article, digest in zip(articles, hashes, strict=True):
        if digest in by_hash:
            summary.duplicates += 1
            continue
        if article.id in by_id:
            renamed = f"{article.id}~{digest[:10]}"
            summary.renamed.append((article.id, renamed))
            article.id = renamed
            if renamed in by_id:
                summary.duplicates += 1
                continue
        by_hash[digest], by_id[article.id] = article.id, digest
        if pending is not None:
            pending.by_hash[digest], pending.by_id[article.id] = article.id, digest
        fresh.append(article)
    return fresh


@dataclass
class InFlight:
    """Ids and text hashes of articles read but not committed yet (see `split_known`)."""

    by_id: dict[str, str] = field(default_factory=dict)
    by_hash: dict[str, str] = field(default_factory=dict)


# -- 3. extract -----------------------------------------------------------------------------


def extract_batch(
    articles: list[Article], extract: Callable[..., Extraction], summary: IngestSummary
) -> list[Extraction]:
    """Facts of each article; an article the extractor fails on is skipped, named, not fatal."""
    from rashomon.workers import extract_run

    return extracted(articles, extract_run(extract, articles), summary)


def extracted(articles: list[Article], outcomes: list[tuple[str, Any]], summary: IngestSummary) -> list[Extraction]:
    """The extractions among `outcomes` (rashomon.workers.extract_one); failures skipped, named."""
    done = []
    for article, (status, value) in zip(articles, outcomes, strict=True):
        if status == "ok":
            done.append(value)
        else:
            summary.skipped.append(
                Rejected(article.source or article.id, f"extraction failed ({value}); please report this as a bug")
            )
    return done


def anchor_undated(
    extractions: list[Extraction], assignments: dict[str, str], store: Store, extract: Callable[..., Extraction]
) -> list[Extraction]:
    """Undated reports re-extracted against their event's median publication date, as
    `compare` does with the reports it is given (pipeline.borrowed_anchor)."""
    from rashomon.pipeline import borrowed_anchor

    undated = [ex for ex in extractions if ex.article.published is None]
    if not undated:
        return extractions
    events = {assignments[ex.article.id] for ex in undated}
    members = store.members(sorted(events))
    dates = _published_dates(store, extractions, [a for ids in members.values() for a in ids])
    for ev in events:
        members[ev] = sorted({*members[ev], *(a for a, e in assignments.items() if e == ev)})
    redone = {}
    for ex in undated:
        anchor = borrowed_anchor([dates[a] for a in members[assignments[ex.article.id]] if dates.get(a)])
        if anchor is not None:
            redone[ex.article.id] = extract(ex.article, anchor=anchor, anchor_from="inferred")
    return [redone.get(ex.article.id, ex) for ex in extractions]


def _published_dates(store: Store, batch: list[Extraction], stored_ids: list[str]) -> dict[str, Any]:
    dates = {ex.article.id: ex.article.published for ex in batch}
    missing = [a for a in stored_ids if a not in dates]
    dates.update({a: ex.article.published for a, ex in store.extractions(missing).items()})
    return dates


# -- 4. group, 5. copies, 6. reconcile --------------------------------------------------------


def find_copies(
    store: Store,
    batch: list[Extraction],
    assignments: dict[str, str],
    near_duplicates: Callable[..., dict[str, str]],
    pool: dict[str, Extraction],
    signatures: dict[str, bytes | None] | None = None,
) -> dict[str, str]:
    """New copy -> original, looked for among the new reports and the stored reports of the
    events they joined (copies of one story read alike, so grouping puts them together).
    One call per batch: the finder's set-up cost is paid once. Stored links never change.
    With `signatures` (those of the batch), the stored reports' signatures come from the
    store too and `near_duplicates` is given them all."""
    new_ids = {ex.article.id for ex in batch}
    events = sorted(set(assignments.values()))
    stored = sorted({a for ids in store.members(events).values() for a in ids} - new_ids)
    pool.update(store.extractions([a for a in stored if a not in pool]))
    known = store.copies(stored)
    candidates = [pool[a].article for a in [*stored, *sorted(new_ids)] if a in pool and a not in known]
    if len(candidates) < 2:
        return {}
    if signatures is None:
        found = near_duplicates(candidates)
    else:
        given = {**store.signatures([a.id for a in candidates if a.id not in new_ids]), **signatures}
        found = near_duplicates(candidates, signatures=given)
    links = {c: o for c, o in found.items() if c in new_ids}
    for copy, original in list(links.items()):  # point at the root of a chain
        seen = {copy}
        while original in links and original not in seen:
            seen.add(original)
            original = links[original]
        links[copy] = original
    return {c: o for c, o in links.items() if c != o}


def reconcile_events(
    store: Store,
    events: Iterable[str],
    reconcile: Callable[[list[Extraction]], list[Slot]],
    pool: dict[str, Extraction],
) -> tuple[list[EventSummary], dict[str, list[Slot]]]:
    """Slots and listing of each event, reconciled over its original reports only: a
    syndicated copy would otherwise count as a second outlet agreeing with itself."""
    summaries, slots = [], {}
    members = store.members(sorted(events))  # one query for all (chunked), not one per event
    everyone = sorted({a for ids in members.values() for a in ids})
    pool.update(store.extractions([a for a in everyone if a not in pool]))
    all_copies = store.copies(everyone)
    for event in sorted(events):
        ids = members[event]
        if not ids:
            continue  # every report moved to other events: the caller deletes it
        copies = {a: all_copies[a] for a in ids if a in all_copies}
        reports = [pool[a] for a in ids if a in pool]
        slots[event] = reconcile(independent(reports, copies))
        summaries.append(summarise_event(event, reports, copies, slots[event]))
    return summaries, slots
