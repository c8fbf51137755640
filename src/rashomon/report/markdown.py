"""The event report as Markdown, for pasting into a document or an issue.

Built from the same data as the web page (`rashomon.web.views.event_page`). Article text
is untrusted, and Markdown renderers pass raw HTML through, so every value is escaped:
HTML characters become entities and Markdown syntax is backslash-escaped.
"""

from __future__ import annotations

import re
from typing import Any

from rashomon.core import Rashomon
from rashomon.web.views import event_page

_SPECIAL = re.compile(r"([\\`*_\[\]|#~])")


def md(value: Any) -> str:
    """A value as inert Markdown text on one line."""
    text = re.sub(r"\s+", " ", str(value if value is not None else ""))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


def event_report_markdown(core: Rashomon, event_id: str) -> str:
    return render_event_markdown(event_page(core, event_id))


def render_event_markdown(data: dict[str, Any]) -> str:
    """The whole report: header, reports, slot tables, conflicts with evidence, chart data,
    attribution, copies and framing."""
    parts = [_header(data), _reports(data)]
    parts += [_section(section, data["columns"]) for section in data["sections"]]
    parts += [_conflicts(data), _figures(data), _attribution(data), _copies(data), _framing(data)]
    return "\n\n".join(p for p in parts if p) + "\n"


def _header(data: dict[str, Any]) -> str:
    e = data["event"]
    return "\n".join([
        f"# {md(e['title'] or e['id'])}", "",
        f"- Event: {md(e['id'])}",
        f"- Place: {md(e['place'] or 'not stated')}",
        f"- Happened: {md(e['incident_date'] or 'date not stated')}",
        f"- Reported: {md(e['first_published'])} to {md(e['last_published'])}",
        f"- Reports: {e['reports']} ({e['independent_sources']} independent), conflicts: {e['conflicts']}",
        f"- Actors: {md(', '.join(e['actors']) or 'none named')}",
    ])


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _reports(data: dict[str, Any]) -> str:
    rows = [[md(r["outlet"] or "-"), md(r["title"] or r["id"]), md(r["published"] or "unknown"),
             f"copy of {md(r['copy_of'])}" if r["copy_of"] else ""] for r in data["reports"]]
    return "## Reports\n\n" + _table(["Outlet", "Title", "Published", "Note"], rows)


def _section(section: dict[str, Any], columns: list[dict[str, Any]]) -> str:
    header = ["Slot", "Status"] + [md(c["outlet"]) for c in columns]
    rows = []
    for slot in section["slots"]:
        status = f"**{slot['status']}**" if slot["status"] == "conflict" else slot["status"]
        cells = [_cell(slot["cells"].get(c["article_id"])) for c in columns]
        rows.append([md(slot["label"]), status, *cells])
    return f"## {md(section['title'])}\n\n" + _table(header, rows)


def _cell(cell: dict[str, Any] | None) -> str:
    if not cell:
        return "–"
    return md(cell["value"]) + (f" ({md(cell['source'])})" if cell["source"] else "")


def _conflicts(data: dict[str, Any]) -> str:
    outlets = {c["article_id"]: c["outlet"] for c in data["columns"]}
    lines = []
    for section in data["sections"]:
        for slot in section["slots"]:
            if slot["status"] != "conflict":
                continue
            reason = md(slot["reason"].replace("_", " "))
            lines += [f"### {md(slot['label'])} ({reason})", "", md(slot["explanation"]), ""]
            for article_id, cell in slot["cells"].items():
                for ev in cell["evidence"]:
                    words = f"**{md(ev['words']).strip()}**" if ev["words"].strip() else ""
                    quote = (md(ev["before"]) + words + md(ev["after"])).strip()
                    lines.append(f"- {md(outlets.get(article_id, article_id))}: {md(cell['value'])}\n  > {quote}")
            lines.append("")
    return ("## Conflicts and their evidence\n\n" + "\n".join(lines)).rstrip() if lines else ""


def _figures(data: dict[str, Any]) -> str:
    rows = [[md(chart["category"]), md(s["source"]), md(p["published"]), md(p["value"]), md(p["slot"])]
            for chart in data["charts"] for s in chart["series"] for p in s["points"]]
    if not rows:
        return ""
    return "## Casualty figures by publication time\n\n" + _table(
        ["Category", "Primary source", "Published", "Figure", "Slot"], rows)


def _attribution(data: dict[str, Any]) -> str:
    lines = []
    for node in data["attribution"]:
        lines.append(f"- {md(node['primary'])}")
        for path in node["paths"]:
            via = f"via {md(path['via'])}" if path["via"] else "directly"
            lines.append(f"  - {via} → {md(', '.join(path['outlets']))}")
    return "## Who says so (primary source → intermediary → outlet)\n\n" + ("\n".join(lines) or "No source named.")


def _copies(data: dict[str, Any]) -> str:
    if not data["copies"]:
        return ""
    lines = [f"- {md(c['copy_outlet'] or c['copy_id'])} ({md(c['copy_id'])}) copies "
             f"{md(c['original_outlet'] or c['original_id'])} ({md(c['original_id'])})" for c in data["copies"]]
    return "## Reports that only copy another\n\n" + "\n".join(lines)


def _framing(data: dict[str, Any]) -> str:
    if not data["framing"]:
        return ""
    columns = data["columns"]
    rows = [[md(row["actor"])] + [md(row["words"].get(c["article_id"], "–")) for c in columns]
            for row in data["framing"]]
    return "## Framing: the words each outlet uses\n\n" + _table(["Actor"] + [md(c["outlet"]) for c in columns], rows)
