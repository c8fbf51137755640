"""Whether an input is a web address: a question every ingest asks of every input, kept
apart from sources/web.py so that reading local files does not import the HTTP client
(httpx costs about 0.2 s of start-up)."""

from __future__ import annotations

from urllib.parse import urlsplit

ALLOWED_SCHEMES = {"http", "https"}


def is_url(text: str) -> bool:
    """Whether an input names a web address rather than a local path."""
    return urlsplit(text.strip()).scheme.lower() in ALLOWED_SCHEMES
