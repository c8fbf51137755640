"""The `rashomon` command: a thin shell over the pipeline.

Exit codes: 0 when every input was used; 1 when some input was skipped (each named on
stderr with its problem) or nothing could be read; 2 for a usage error.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import Annotated

import typer
from rich.console import Console

from rashomon.model import Rejected

app = typer.Typer(
    add_completion=False, no_args_is_help=True, help=__doc__.splitlines()[0], pretty_exceptions_show_locals=False
)
out = Console(soft_wrap=False)
err = Console(stderr=True)

EXIT_SKIPPED = 1


def report_rejected(rejected: list[Rejected]) -> None:
    """One line per input that was skipped, naming it and the problem."""
    for item in rejected:
        err.print(f"[yellow]skipped[/] {item.line()}", highlight=False, markup=True, soft_wrap=True)


@app.command()
def compare(
    files: Annotated[list[str], typer.Argument(help="Article files: .txt, .html, .json or .jsonl")],
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output (docs/schema.md)")] = False,
) -> None:
    """Compare reports of one event: facts lined up across reports, agreements and conflicts."""
    from rashomon.pipeline import compare_inputs
    from rashomon.report.json import comparison_to_json
    from rashomon.report.terminal import print_comparison

    comparison, rejected = compare_inputs(files)
    report_rejected(rejected)
    if not comparison.extractions:
        err.print("rashomon: no article could be read; nothing to compare")
        raise typer.Exit(EXIT_SKIPPED)
    if as_json:
        sys.stdout.write(json.dumps(comparison_to_json(comparison, rejected), ensure_ascii=False, indent=2) + "\n")
    else:
        print_comparison(comparison, out)
    if rejected:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def extract(
    file: Annotated[str, typer.Argument(help="One article file")],
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date YYYY-MM-DD[THH:MM], the anchor for relative dates; overrides the article's own"
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output (docs/schema.md)")] = False,
) -> None:
    """All facts of one article, with offsets and sentences."""
    from rashomon.extract import extract_article
    from rashomon.pipeline import read
    from rashomon.report.json import fact_to_json, report_to_json
    from rashomon.report.terminal import print_facts

    anchor = _parse_published(published)
    articles, rejected = read([file])
    report_rejected(rejected)
    for article in articles:
        if anchor is not None:
            article.published, article.published_from = anchor, "argument"
        extraction = extract_article(article)
        if as_json:
            data = {
                "schema": "rashomon.extract/1",
                "report": report_to_json(extraction),
                "facts": [fact_to_json(f) for f in extraction.facts()],
            }
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            print_facts(extraction, out)
    if rejected or not articles:
        raise typer.Exit(EXIT_SKIPPED)


def _parse_published(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM", param_hint="--published"
        ) from None


__all__ = ["app", "main"]


def main() -> None:
    """Entry point: Ctrl-C ends quietly."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":  # `python -m rashomon.cli`: run the module with its commands registered
    from rashomon.cli import main as registered_main

    registered_main()

# The other command groups register themselves on `app` when imported (after `app` exists).
from rashomon import corpus_cli  # noqa: E402,F401  (ingest, regroup, group, events, show, export)
from rashomon import web_cli as web_cli  # noqa: E402,F401  (serve, report; "as" keeps ruff from merging the lines)

