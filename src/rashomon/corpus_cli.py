"""The corpus commands (`ingest`, `regroup`, `group`, `events`, `show`, `export`),
registered on the `rashomon` app. Each is a thin shell over `rashomon.core.Rashomon`.

Same conventions as `compare`: one line per skipped input on stderr, exit 1 when
something was skipped or the database cannot be used, 2 for usage errors, and no
traceback for a user's mistake (missing directory, not a database, unknown event).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer

from rashomon.cli import EXIT_SKIPPED, app, err, out, report_rejected
from rashomon.ingest import BATCH_SIZE
from rashomon.store import DB_ENV, DEFAULT_DB

EXIT_USAGE = 2
DbOption = Annotated[str, typer.Option("--db", envvar=DB_ENV, help=f"Database file (default {DEFAULT_DB}; "
                                       f"or set ${DB_ENV})", show_default=False)]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable output")]


@contextmanager
def corpus(db: str, must_exist: bool = True) -> Iterator[Any]:
    """The core on `db`; any store problem ends the command with one line."""
    from rashomon.core import Rashomon, UnknownEvent
    from rashomon.export import ExportError
    from rashomon.store import StoreError

    try:
        with Rashomon(db, must_exist=must_exist) as core:
            yield core
    except (StoreError, UnknownEvent) as error:
        fail(str(error.args[0] if error.args else error))
    except ExportError as error:
        fail(str(error), EXIT_USAGE)
    except OSError as error:
        fail(f"{error.filename or ''}: {error.strerror or error}".lstrip(": "))


def fail(message: str, code: int = EXIT_SKIPPED) -> None:
    err.print(f"rashomon: {message}", highlight=False, markup=False, soft_wrap=True)
    raise typer.Exit(code)


def dump(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories (recursive), JSONL, HTML, RSS/Atom "
                                                     "feeds and http(s) URLs of pages or feeds")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per transaction")] = BATCH_SIZE,
    workers: Annotated[int | None, typer.Option(min=1, help="Extraction processes (default: one per core; "
                                                             "1: extract in this process)")] = None,
) -> None:
    """Add reports to the corpus: extract, group into events, link copies, reconcile."""
    with corpus(db, must_exist=False) as core, _progress() as tick:
        core.batch_size = batch_size
        core.workers = workers
        summary = core.ingest(inputs, progress=tick)
        counts = core.counts()
    report_rejected(summary.skipped)
    for given, stored in summary.renamed:
        err.print(f"note: id {given!r} already holds another text; stored as {stored!r}", highlight=False,
                  markup=False, soft_wrap=True)
    if as_json:
        dump({**summary.to_json(), "store": counts})
    else:
        out.print(f"{summary.new} new, {summary.duplicates} already stored, {summary.near_duplicates} "
                  f"near-duplicates (linked to their originals), {len(summary.skipped)} skipped; "
                  f"{len(summary.events)} events updated. Store: {counts['articles']} articles, "
                  f"{counts['events']} events, {counts['conflicts']} conflicts.", highlight=False, soft_wrap=True)
    if summary.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@contextmanager
def _progress() -> Iterator[Callable[[int, int], None] | None]:
    """A progress line on stderr while articles are read, only when stderr is a terminal."""
    if not err.is_terminal:
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.completed} articles read, {task.fields[new]} new"),
               TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("ingest", total=None, new=0)
        yield lambda seen, new: bar.update(task, completed=seen, new=new)


@app.command()
def regroup(db: DbOption = DEFAULT_DB) -> None:
    """Group every stored report afresh and reconcile every event again."""
    with corpus(db) as core:
        count = core.regroup()
    out.print(f"{count} events", highlight=False)


@app.command()
def group(
    inputs: Annotated[list[str], typer.Argument(help="JSONL files (or any article files) to group")],
    as_json: JsonOption = False,
) -> None:
    """Group reports into events without a store (for evaluation): one line per report."""
    from rashomon.group.index import group_articles
    from rashomon.ingest import read_inputs
    from rashomon.model import Article, Rejected

    items = list(read_inputs(inputs))
    rejected = [r for r in items if isinstance(r, Rejected)]
    articles = [a for a in items if isinstance(a, Article)]
    report_rejected(rejected)
    assignments = group_articles(articles)
    for article in articles:
        event = assignments[article.id]
        if as_json:
            sys.stdout.write(json.dumps({"id": article.id, "event": event}, ensure_ascii=False) + "\n")
        else:
            out.print(f"{article.id}\t{event}", highlight=False, markup=False)
    if rejected or not articles:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def events(
    db: DbOption = DEFAULT_DB,
    since: Annotated[str | None, typer.Option(help="Only events with reports on or after YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option(help="Only events with reports on or before YYYY-MM-DD")] = None,
    place: Annotated[str | None, typer.Option(help="Only events whose place name contains this")] = None,
    text: Annotated[str | None, typer.Option(help="Only events whose reports contain these words")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many events")] = None,
    as_json: JsonOption = False,
) -> None:
    """List events, newest first: place, dates, reports, independent sources, conflicts."""
    for name, value in (("--since", since), ("--until", until)):
        _check_date(name, value)
    with corpus(db) as core:
        found = core.events(since=since, until=until, place=place, text=text, limit=limit)
    if as_json:
        dump({"schema": "rashomon.events/1", "events": [s.to_json() for s in found]})
        return
    _print_events(found)


def _check_date(name: str, value: str | None) -> None:
    from datetime import datetime

    if value is None:
        return
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD", param_hint=name) from None


def _print_events(found: list[Any]) -> None:
    from rich.table import Table

    table = Table(title=f"{len(found)} events", title_justify="left")
    for column in ("event", "title", "place", "first report", "last report", "reports", "sources", "conflicts"):
        table.add_column(column, overflow="fold")
    for s in found:
        e = s.event
        table.add_row(e.id, e.title[:70].replace("[", r"\["), e.place or "-", _day(e.first_published),
                      _day(e.last_published), str(s.reports), str(s.independent_sources),
                      f"[bold red]{s.conflicts}[/]" if s.conflicts else "0")
    out.print(table)


def _day(value: Any) -> str:
    return value.isoformat(sep=" ", timespec="minutes") if value else "-"


@app.command()
def show(
    event: Annotated[str, typer.Argument(help="Event id, as listed by `rashomon events`")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """The comparison of one event's reports, as `rashomon compare` shows it."""
    from rashomon.report.json import comparison_to_json
    from rashomon.report.terminal import print_comparison

    with corpus(db) as core:
        comparison, summary, copies = core.event(event)
    if as_json:
        dump({**comparison_to_json(comparison), "event": summary.to_json(), "copies": copies})
        return
    e = summary.event
    out.print(f"[bold]{e.id}[/] {e.title.replace('[', chr(92) + '[')}\n{e.place or 'place unknown'}, "
              f"{_day(e.first_published)} to {_day(e.last_published)}: {summary.reports} reports, "
              f"{summary.independent_sources} independent", highlight=False)
    print_comparison(comparison, out)
    for copy, original in sorted(copies.items()):
        out.print(f"[dim]copy[/] {copy} reprints {original}", highlight=False)


@app.command("export")
def export_(
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv, geojson or parquet")] = "jsonl",
    out_path: Annotated[str | None, typer.Option("--out", help="Output file (default: standard output)")] = None,
    facts: Annotated[bool, typer.Option("--facts", help="One row per fact instead of one per event")] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export events (place, coordinates, dates, actors, casualty ranges, sources, conflicts) or facts."""
    with corpus(db) as core:
        count = core.export(fmt, out_path, facts=facts)
    if out_path not in (None, "-"):
        err.print(f"{count} {'facts' if facts else 'events'} written to {out_path}", highlight=False)
