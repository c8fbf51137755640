"""Plain-text articles: the title and dates come from the text itself."""

from __future__ import annotations

import re

from rashomon.model import Article
from rashomon.sources.dateline import header_dates, parse_dateline

# A title is a short line near the top; a longer first line is already the story.
MAX_TITLE_WORDS = 25
# Headlines have at least this many words; a shorter line above one is a name (the outlet).
MIN_HEADLINE_WORDS = 5
MAX_OUTLET_WORDS = 4
_ENDS_LIKE_PROSE = re.compile(r"[.:;,]$")


def article_from_text(text: str, article_id: str, source: str) -> Article:
    """An Article from plain text, with title and dateline read from its first lines."""
    published, retrieved = parse_dateline(text)
    title, outlet = guess_title_and_outlet(text)
    return Article(
        id=article_id,
        text=text,
        title=title,
        outlet=outlet,
        published=published,
        published_from="dateline" if published else "",
        retrieved=retrieved,
        source=source,
    )


def guess_title_and_outlet(text: str) -> tuple[str, str]:
    """The headline (the first headline-length line that is not a date stamp and does not
    read as a sentence), and the outlet when a short name line stands alone above it."""
    lines = [line.strip() for line in text.splitlines()[:12] if line.strip()]
    candidates = [n for n, line in enumerate(lines) if _could_be_title(line)]
    if not candidates:
        return "", ""
    title_at = next((n for n in candidates if len(lines[n].split()) >= MIN_HEADLINE_WORDS), candidates[0])
    first = lines[0]
    outlet = first if title_at > 0 and _could_be_outlet(first) else ""
    return lines[title_at], outlet


def _could_be_title(line: str) -> bool:
    words = line.split()
    if len(words) < 3 or len(words) > MAX_TITLE_WORDS or _ENDS_LIKE_PROSE.search(line):
        return False
    return not header_dates(line) and not line.endswith("-")


def _could_be_outlet(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= MAX_OUTLET_WORDS
        and all(w[:1].isupper() for w in words)
        and not header_dates(line)
        and not any(c.isdigit() for c in line)
    )
