"""Read RSS and Atom feeds: each entry becomes an `Article`.

Monitors follow outlets through their feeds. A feed entry often carries the full story
(`content:encoded`, Atom `<content>`), but many carry only a one-line teaser; for those the
linked page is fetched once (`follow_links`), and nothing beyond it: no crawling, no
sitemaps. Feed metadata (title, outlet, date) is kept over what the page guesses, since the
publisher states it explicitly.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import feedparser
import httpx
import lxml.html

from rashomon.model import Article, Rejected
from rashomon.sources.web import article_from_body, fetch, fetch_url, is_url, media_type, url_id

# An entry text shorter than this is a teaser, not the story: a news lede alone runs
# 150-300 characters and a full report rarely under 800, so 400 separates the two.
SHORT_SUMMARY_CHARS = 400
# A feed file bigger than this is not a feed (big outlets' feeds are under 1 MB).
MAX_FEED_BYTES = 10 * 1024 * 1024
# Bytes looked at to tell a feed from a page.
FEED_SNIFF_BYTES = 2048

FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json"}
# Types that say nothing about the document, so its first element decides.
GENERIC_TYPES = {"", "text/xml", "application/xml", "text/plain", "application/octet-stream"}
FEED_ROOTS = {"rss", "feed", "rdf:rdf"}

_SKIPPED_MARKUP = re.compile(rb"<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>|<!\[CDATA\[.*?\]\]>", re.I | re.S)
_FIRST_ELEMENT = re.compile(rb"<([A-Za-z][\w:.-]*)")
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "section",
    "article",
    "figcaption",
    "pre",
    "ul",
    "ol",
    "table",
    "hr",
}
_DROPPED_TAGS = ["script", "style", "noscript", "iframe", "figure", "img", "video", "audio"]


def looks_like_feed(content_type: str, head_bytes: bytes) -> bool:
    """Whether a fetched document is an RSS/Atom feed (True) or a page (False).

    A feed media type decides at once; HTML never is a feed; for generic XML or unknown
    types the first element decides (`<rss>`, `<feed>`, `<rdf:RDF>`)."""
    kind = media_type(content_type)
    if kind in FEED_TYPES:
        return True
    if kind not in GENERIC_TYPES:
        return False
    head = _SKIPPED_MARKUP.sub(b"", head_bytes[:FEED_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n"))
    match = _FIRST_ELEMENT.search(head)
    return bool(match) and match.group(1).decode("ascii", "replace").lower() in FEED_ROOTS


def read_feed(
    source: str, client: httpx.Client | None = None, follow_links: bool = True
) -> Iterator[Article | Rejected]:
    """The entries of the feed at `source` (a URL or a local file), one Article each.

    With `follow_links` (the default), an entry whose text is under SHORT_SUMMARY_CHARS has
    its linked page fetched (once, with `fetch_url`) and that page's text used; if the page
    cannot be read the short summary is kept. Turn it off to stay offline or to keep to
    exactly what the feed says."""
    raw = _load(source, client)
    if isinstance(raw, Rejected):
        yield raw
        return
    yield from entries_from_feed(raw, source, client, follow_links)


def read_url(url: str, client: httpx.Client | None = None, follow_links: bool = True) -> Iterator[Article | Rejected]:
    """A URL that may be a feed or a page: fetched once, then read as whichever it is."""
    result = fetch(url, client)
    if isinstance(result, Rejected):
        yield result
        return
    content_type, body = result
    if looks_like_feed(content_type, body[:FEED_SNIFF_BYTES]):
        yield from entries_from_feed(body, url, client, follow_links)
    else:
        yield article_from_body(url, content_type, body)


def entries_from_feed(
    raw: bytes, source: str, client: httpx.Client | None = None, follow_links: bool = True
) -> Iterator[Article | Rejected]:
    """Articles from the bytes of a feed; `source` names it in every result."""
    # A stream, never bytes: feedparser opens a bytes argument as a file name if one exists,
    # so a server answering "/home/me/notes.xml" would make it read a local file.
    parsed = feedparser.parse(io.BytesIO(raw))
    entries = parsed.get("entries") or []
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if parsed.get("bozo") and problem is not None else ""
        yield Rejected(source, f"not an RSS or Atom feed{detail}")
        return
    if not entries:
        yield Rejected(source, "the feed has no entries")
        return
    outlet = _plain(parsed.get("feed", {}).get("title", ""))
    for number, entry in enumerate(entries, start=1):
        yield entry_article(entry, f"{source}#entry{number}", outlet, client, follow_links)


def entry_article(
    entry: Any, where: str, outlet: str, client: httpx.Client | None, follow_links: bool
) -> Article | Rejected:
    """One entry: its own text, or the linked page's when the entry holds only a teaser."""
    link = str(entry.get("link") or "").strip()
    text = entry_text(entry)
    if follow_links and len(text) < SHORT_SUMMARY_CHARS and is_url(link):
        page = fetch_url(link, client)
        if isinstance(page, Article):
            return _with_entry_metadata(page, entry, outlet, link)
        if not text:
            return Rejected(where, f"the entry has no text and its link failed: {page.reason}")
    if not text:
        hint = "" if follow_links else " (follow_links=True would fetch the linked page)"
        return Rejected(where, "the entry has no content or summary" + hint)
    article = Article(id=entry_id(entry), text=text, source=where)
    return _with_entry_metadata(article, entry, outlet, link)


def entry_id(entry: Any) -> str:
    """The entry's guid/id hashed, or its link hashed like `fetch_url` does (same page, same id)."""
    link = str(entry.get("link") or "").strip()
    guid = str(entry.get("id") or "").strip()
    if not guid or guid == link:
        return url_id(link) if link else "feed-" + hashlib.sha1(entry_text(entry).encode()).hexdigest()[:16]
    return "feed-" + hashlib.sha1(guid.encode("utf-8")).hexdigest()[:16]


def entry_text(entry: Any) -> str:
    """The longest text the entry carries (full content over summary), as plain text."""
    candidates = [(c.get("value", ""), c.get("type", "")) for c in entry.get("content") or []]
    if entry.get("summary"):
        detail = entry.get("summary_detail") or {}
        candidates.append((entry["summary"], detail.get("type", "text/html")))
    texts = [html_to_text(value) if "html" in kind else value.strip() for value, kind in candidates]
    return max(texts, key=len, default="")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one line per paragraph (sentences are split per line)."""
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several types for broken markup; the raw text is the fallback
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for tag in list(root.iter(*_DROPPED_TAGS)):
        tag.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _with_entry_metadata(article: Article, entry: Any, outlet: str, link: str) -> Article:
    """The feed's id, title, outlet, link and date win over what was read from the page (the
    id does not depend on whether the link was followed, so a re-read gives the same ids)."""
    article.id = entry_id(entry)
    article.title = _plain(entry.get("title", "")) or article.title
    article.outlet = outlet or article.outlet
    article.url = link or article.url
    published = _entry_date(entry)
    if published is not None:
        article.published, article.published_from = published, "metadata"
    return article


def _entry_date(entry: Any) -> datetime | None:
    """Published, else updated, as naive UTC (feedparser normalises time zones to UTC)."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime(*value[:6])
    return None


def _plain(value: str) -> str:
    return html_to_text(value).replace("\n", " ") if "<" in value else " ".join(value.split())


def _load(source: str, client: httpx.Client | None) -> bytes | Rejected:
    """The feed's bytes from a URL or a local file."""
    if is_url(source):
        result = fetch(source, client, MAX_FEED_BYTES)
        return result if isinstance(result, Rejected) else result[1]
    path = Path(source)
    if not path.is_file():
        return Rejected(source, "no such file" if not path.exists() else "not a regular file")
    if path.stat().st_size > MAX_FEED_BYTES:
        return Rejected(source, f"file is over {MAX_FEED_BYTES // 2**20} MB; not a news feed")
    return path.read_bytes()
