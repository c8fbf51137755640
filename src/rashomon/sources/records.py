"""JSON and JSONL articles: one object per article (`id`, `text` or `html`, optional
`title`, `url`, `outlet`, `published`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from rashomon.model import Article, Rejected
from rashomon.sources.html import article_from_html
from rashomon.sources.text import article_from_text

# A JSONL line longer than this is not one news article.
MAX_RECORD_CHARS = 5_000_000


def articles_from_json(content: str, source: str, default_id: str) -> Iterator[Article | Rejected]:
    """A JSON file holding one article object or a list of them."""
    try:
        data = json.loads(content)
    except json.JSONDecodeError as err:
        yield Rejected(source, f"not valid JSON ({err.msg} at line {err.lineno})")
        return
    items = data if isinstance(data, list) else [data]
    for n, item in enumerate(items):
        where = source if len(items) == 1 else f"{source}[{n}]"
        fallback = default_id if len(items) == 1 else f"{default_id}-{n}"
        yield article_from_record(item, where, fallback)


def articles_from_jsonl(lines: Iterator[str], source: str, default_id: str) -> Iterator[Article | Rejected]:
    """A JSONL stream: a bad line is reported with its number and the rest still read."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        if len(line) > MAX_RECORD_CHARS:
            yield Rejected(where, f"line is {len(line):,} characters long; an article record is under 5 MB")
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            yield Rejected(where, f"not valid JSON ({err.msg} at column {err.colno})")
            continue
        yield article_from_record(item, where, f"{default_id}-{number}")


def article_from_record(item: Any, where: str, fallback_id: str) -> Article | Rejected:
    """One article object; `text` is taken as plain text, `html` goes through the HTML reader."""
    if not isinstance(item, dict):
        return Rejected(where, "expected a JSON object with at least a 'text' or 'html' field")
    article_id = str(item.get("id") or fallback_id)
    text, html = item.get("text"), item.get("html")
    if isinstance(text, str) and text.strip():
        article: Article | Rejected = article_from_text(text, article_id, where)
    elif isinstance(html, str) and html.strip():
        article = article_from_html(html, article_id, where, url=str(item.get("url") or ""))
    else:
        return Rejected(where, "no 'text' or 'html' field with content")
    if isinstance(article, Rejected):
        return article
    return _with_metadata(article, item, where)


def _with_metadata(article: Article, item: dict[str, Any], where: str) -> Article | Rejected:
    """Metadata given in the record wins over what was guessed from the text."""
    article.title = str(item.get("title") or article.title)
    article.outlet = str(item.get("outlet") or item.get("source_outlet") or article.outlet)
    article.url = str(item.get("url") or article.url)
    if item.get("published"):
        published = parse_when(str(item["published"]))
        if published is None:
            return Rejected(where, f"'published' is not a date: {str(item['published'])[:40]!r} (use YYYY-MM-DD)")
        article.published, article.published_from = published, "metadata"
    if item.get("retrieved"):
        article.retrieved = parse_when(str(item["retrieved"])) or article.retrieved
    return article


def parse_when(value: str) -> datetime | None:
    """ISO dates and datetimes, and M/D/YYYY (as several public data sets write them)."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        pass
    try:
        return datetime.strptime(value, "%m/%d/%Y")
    except ValueError:
        return None
