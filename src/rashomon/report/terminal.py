"""The comparison as readable side-by-side tables in the terminal (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from rashomon.model import Comparison, Extraction, Fact, Slot, Source
from rashomon.reconcile.reasons import describe_source

STATUS_STYLE = {"agree": "green", "conflict": "bold red", "single": "yellow"}
SECTIONS = [
    ("casualty", "Casualty figures"),
    ("time", "Dates of what happened"),
    ("place", "Places"),
    ("actor", "Actors, in each report's words"),
    ("speaker", "Speakers"),
    ("quote", "Quotes"),
]
# Long values (quotes) are cut in the table; --json has them whole.
MAX_CELL = 90


def print_comparison(comparison: Comparison, console: Console) -> None:
    """Reports, then one table per kind of slot, then the conflicts spelled out."""
    ids = [ex.article.id for ex in comparison.extractions]
    console.print(_reports_table(comparison))
    for kind, title in SECTIONS:
        slots = [s for s in comparison.slots if s.kind == kind]
        if slots:
            console.print(_slots_table(title, slots, ids))
    conflicts = [s for s in comparison.slots if s.status == "conflict"]
    for slot in conflicts:
        console.print(f"[bold red]conflict[/] {slot.label} [dim]({slot.reason})[/]: {slot.explanation}")


def _reports_table(comparison: Comparison) -> Table:
    table = Table(title="Reports", title_justify="left")
    for column in ("id", "title", "outlet", "published", "dates resolved against"):
        table.add_column(column)
    for ex in comparison.extractions:
        a = ex.article
        published = a.published.isoformat(sep=" ", timespec="minutes") if a.published else "unknown"
        if a.retrieved:
            published += f" (copy made {a.retrieved.date().isoformat()})"
        anchor = f"{ex.anchor.date().isoformat()} ({ex.anchor_from})" if ex.anchor else "-"
        table.add_row(a.id, a.title[:60], a.outlet or "-", published, anchor)
    return table


def _slots_table(title: str, slots: list[Slot], ids: list[str]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=True)
    table.add_column("slot")
    table.add_column("status")
    for article_id in ids:
        table.add_column(article_id, overflow="fold")
    for slot in slots:
        cells = {v.article_id: _cell(v.value, v.source) for v in slot.values}
        status = f"[{STATUS_STYLE.get(slot.status, '')}]{slot.status}[/]"
        if slot.low is not None and slot.status != "single":
            status += f"\nrange {slot.low}-{slot.high}"
        table.add_row(slot.label, status, *[cells.get(a, "[dim]-[/]") for a in ids])
    return table


def _cell(value: str, source: object) -> str:
    text = value if len(value) <= MAX_CELL else value[: MAX_CELL - 1] + "…"
    text = text.replace("[", r"\[")
    if source is not None:
        text += f"\n[dim]{describe_source(source)}[/]"  # type: ignore[arg-type]
    return text


def print_facts(extraction: Extraction, console: Console) -> None:
    """Every fact of one article, in order, with its kind, words and main fields."""
    table = Table(title=f"Facts of {extraction.article.id}", title_justify="left", show_lines=False)
    for column in ("offsets", "kind", "text", "details"):
        table.add_column(column, overflow="fold")
    for fact in extraction.facts():
        table.add_row(f"{fact.start}-{fact.end}", fact.kind, fact.text.replace("[", r"\["), _details(fact))
    console.print(table)


def _details(fact: Fact) -> str:
    fields = {
        "casualty": ("category", "low", "high", "qualifier", "victim_class", "perpetrator", "source"),
        "time": ("type", "value", "happening"),
        "place": ("name", "country", "latitude", "longitude"),
        "actor": ("name", "role"),
        "attribution": ("source",),
        "quote": ("speaker",),
    }.get(fact.kind, ())
    parts = []
    for name in fields:
        value = getattr(fact, name, None)
        if isinstance(value, Source):
            value = describe_source(value)
        if value not in (None, "", []):
            parts.append(f"{name}={value}")
    return " ".join(parts).replace("[", r"\[")
