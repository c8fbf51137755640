"""The `serve` and `report` commands, registered on the `rashomon` app.

Both build the same `Rashomon` core as the other corpus commands and hand it to the web
app (`rashomon.web.app.create_app`) or to the report renderers, which call the same page
data functions.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from rashomon.cli import app, err
from rashomon.corpus_cli import EXIT_USAGE, DbOption, corpus, fail
from rashomon.store import DEFAULT_DB

TOKEN_ENV = "RASHOMON_API_TOKEN"
REPORT_FORMATS = ("html", "md")
LOOPBACK = ("127.0.0.1", "localhost", "::1")


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on; loopback by default (not reachable "
                                           "from other machines)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on")] = 8000,
    api_token: Annotated[str | None, typer.Option("--api-token", envvar=TOKEN_ENV, show_default=False,
                                                  help="Turn on POST /api/articles (ingest), which then needs "
                                                       f"'Authorization: Bearer TOKEN' (or set ${TOKEN_ENV})")] = None,
) -> None:
    """Browse the store in a web browser: events, event comparisons, articles; JSON API at /api."""
    import uvicorn

    from rashomon.web.app import create_app

    if host not in LOOPBACK:
        err.print(f"rashomon: warning: listening on {host}, reachable from other machines; article text is "
                  "shown to anyone who can connect", highlight=False, markup=False, soft_wrap=True)
    with corpus(db) as core:
        web = create_app(core, api_token=api_token or None)
        ingest = "on (token required)" if api_token else "off (give --api-token to turn it on)"
        err.print(f"rashomon: serving {core.db_path} on http://{host}:{port}/ — ingest API {ingest}",
                  highlight=False, markup=False, soft_wrap=True)
        uvicorn.run(web, host=host, port=port, log_level="warning")


@app.command()
def report(
    event: Annotated[str, typer.Argument(help="Event id, as listed by `rashomon events`")],
    fmt: Annotated[str, typer.Option("--format", help="html (one self-contained file) or md (Markdown)")] = "html",
    out_path: Annotated[str | None, typer.Option("--out", help="Output file (default: standard output)")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write a self-contained report of one event: HTML with inline CSS and SVG, or Markdown."""
    from rashomon.web.views import NotFound, event_page

    if fmt not in REPORT_FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not a report format; use html or md", param_hint="--format")
    with corpus(db) as core:
        try:
            data = event_page(core, event)
        except NotFound as error:
            fail(str(error))
            return
        text = _render(fmt, data, core.db_path)
    if out_path in (None, "-"):
        sys.stdout.write(text)
        return
    try:
        Path(out_path).write_text(text, encoding="utf-8")
    except OSError as error:
        fail(f"{out_path}: {error.strerror or error}", EXIT_USAGE)
    err.print(f"report of {event} written to {out_path}", highlight=False, markup=False, soft_wrap=True)


def _render(fmt: str, data: dict, source: str) -> str:
    from rashomon.report.html import render_event_html
    from rashomon.report.markdown import render_event_markdown

    return render_event_html(data, source) if fmt == "html" else render_event_markdown(data)
