"""Plain-text articles: the title and dates come from the text itself."""

from __future__ import annotations

import re

from rashomon.model import Article
from rashomon.sources.dateline import header_dates, parse_dateline

# A title is a short line near the top; a longer first line is already the story.
MAX_TITLE_WORDS = 25
_ENDS_LIKE_PROSE = re.compile(r"[.:;,]$")


def article_from_text(text: str, article_id: str, source: str) -> Article:
    """An Article from plain text, with title and dateline read from its first lines."""
    published, retrieved = parse_dateline(text)
    return Article(
        id=article_id,
        text=text,
        title=guess_title(text),
        published=published,
        published_from="dateline" if published else "",
        retrieved=retrieved,
        source=source,
    )


def guess_title(text: str) -> str:
    """The first short line that is not a date stamp and does not read as a sentence."""
    for line in text.splitlines()[:12]:
        line = line.strip()
        words = line.split()
        if not words or len(words) > MAX_TITLE_WORDS or _ENDS_LIKE_PROSE.search(line):
            continue
        if header_dates(line) or len(words) < 3 or line.endswith("-"):
            continue
        return line
    return ""
