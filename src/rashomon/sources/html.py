"""HTML pages: trafilatura finds the article text and its metadata."""

from __future__ import annotations

from datetime import datetime

from rashomon.model import Article, Rejected
from rashomon.sources.dateline import parse_dateline

# What trafilatura keeps from a page with no story (a menu, a login form) is a few words;
# the shortest news brief is a sentence or two. Pages with less text than this are refused.
MIN_ARTICLE_WORDS = 12


def article_from_html(html: str, article_id: str, source: str, url: str = "") -> Article | Rejected:
    """The main text of an HTML page, with title, outlet and dates from its metadata."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        return Rejected(source, "no article text found in this HTML page (is it an index or a login page?)")
    published = _parse_iso(getattr(doc, "date", None))
    text_published, retrieved = parse_dateline(text)
    return Article(
        id=article_id,
        text=text,
        title=(getattr(doc, "title", None) or "").strip(),
        outlet=(getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or "").strip(),
        url=url or (getattr(doc, "url", None) or ""),
        published=published or text_published,
        published_from="metadata" if published else ("dateline" if text_published else ""),
        retrieved=_later_copy_date(html, published) or retrieved,
        source=source,
    )


def _later_copy_date(html: str, published: datetime | None) -> datetime | None:
    """The page's newest date (modified or scraped), when it is clearly after publication."""
    if published is None:
        return None
    from htmldate import find_date

    newest = _parse_iso(find_date(html, original_date=False, extensive_search=False))
    if newest and (newest - published).days >= 2:
        return newest
    return None


def _parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None
