"""The self-contained HTML report of one event: one file, CSS inline, chart as inline SVG,
no script and no external request, so it can be mailed, archived or opened offline.

It renders the same data function and template body as the web app's event page
(`rashomon.web.views.event_page`, `_event.html`), so the report and the page agree.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from rashomon.core import Rashomon
from rashomon.web.render import render, stylesheet
from rashomon.web.views import event_page


def event_report_html(core: Rashomon, event_id: str) -> str:
    """The HTML report of one event (raises UnknownEvent-derived NotFound when absent)."""
    return render_event_html(event_page(core, event_id), source=core.db_path)


def render_event_html(data: dict[str, Any], source: str = "") -> str:
    """An event page's data as one standalone HTML document."""
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return render("report.html", data, standalone=True, css=stylesheet(), made=made, db=source or "a store")
