"""Read one report from a URL: fetch it politely and safely, then read it like a file.

A URL is the one input the user does not control: the server may be slow, send a 2 GB
video, loop redirects or vanish. Every such case ends as a `Rejected` with a reason the
user can act on ("HTTP 404 Not Found", "timed out after 20 s"), never as an exception, so
one dead link never stops an ingest of many.
"""

from __future__ import annotations

import hashlib
import re
import socket
import time
from importlib import metadata
from urllib.parse import urlsplit

import httpx

from rashomon.model import Article, Rejected
from rashomon.sources.address import ALLOWED_SCHEMES, is_url  # noqa: F401  (is_url: public here too)
from rashomon.sources.html import article_from_html
from rashomon.sources.text import article_from_text

# Seconds to open the connection: a reachable news site answers in well under a second;
# 10 s tolerates a slow mobile link without hanging a batch on a dead host.
CONNECT_TIMEOUT = 10.0
# Seconds allowed between two received chunks (not for the whole body): generous enough for a
# slow, heavy page, short enough that a stalled server is given up on within a batch.
READ_TIMEOUT = 20.0
# Seconds for the whole download: READ_TIMEOUT bounds each wait, this bounds a server that
# drips a byte every few seconds forever. A 10 MB page on a 2 Mbit/s link takes ~40 s.
TOTAL_TIMEOUT = 60.0
# Same cap as for local files (sources.files.MAX_FILE_BYTES): no single news page is near
# 10 MB of HTML, so anything bigger is a download, not an article. The body is streamed and
# dropped past this size, never held whole.
MAX_BYTES = 10 * 1024 * 1024
# Redirect hops followed: http->https->www->canonical and a feed proxy use 3-4; more is a loop.
MAX_REDIRECTS = 8
# Said to a site operator who sees our requests when the package names no project URL
# (pyproject's [project.urls] "Homepage" is used as soon as there is one).
ABOUT = "news report comparison tool"
# Content types read as an article page; feeds are recognised separately (sources.feeds).
HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain"}

_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.I)
# Bytes of a page searched for a <meta charset> when the server names none.
CHARSET_SNIFF_BYTES = 4096


def user_agent() -> str:
    """`rashomon/<version> (+<project url>)`: names the tool and where to read about it."""
    try:
        meta = metadata.metadata("rashomon")
    except metadata.PackageNotFoundError:
        return f"rashomon/dev ({ABOUT})"
    urls = [u.split(",", 1)[-1].strip() for u in meta.get_all("Project-URL") or []] + [meta.get("Home-page") or ""]
    url = next((u for u in urls if u.startswith("http")), "")
    return f"rashomon/{meta['Version']} ({'+' + url if url else ABOUT})"


def new_client(connect_timeout: float = CONNECT_TIMEOUT, read_timeout: float = READ_TIMEOUT) -> httpx.Client:
    """A client with our timeouts, redirect limit and user agent; reuse it for many URLs."""
    timeout = httpx.Timeout(read_timeout, connect=connect_timeout)
    return httpx.Client(
        timeout=timeout,
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={
            "User-Agent": user_agent(),
            "Accept": "text/html,application/xhtml+xml,application/xml,"
            "application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5",
        },
    )


def url_id(url: str) -> str:
    """A stable article id for a URL: the same link always gives the same id."""
    return "url-" + hashlib.sha1(url.strip().encode("utf-8")).hexdigest()[:16]


def fetch(
    url: str, client: httpx.Client | None = None, max_bytes: int = MAX_BYTES, total_timeout: float = TOTAL_TIMEOUT
) -> tuple[str, bytes] | Rejected:
    """(content type, body) of `url`, or why it could not be fetched.

    The content type is the header as sent ("text/html; charset=iso-8859-1", "" if none):
    its charset is needed to decode the body (`decode_body`)."""
    problem = address_problem(url)
    if problem:
        return Rejected(url, problem)
    own = client is None
    active = client or new_client()
    try:
        return _stream(url.strip(), active, max_bytes, total_timeout)
    except httpx.HTTPError as error:
        return Rejected(url, describe_error(error, active.timeout))
    except (httpx.InvalidURL, ValueError) as error:  # ValueError covers bad IDNA host names
        return Rejected(url, f"not a valid web address ({error})")
    finally:
        if own:
            active.close()


def address_problem(url: str) -> str:
    """Why `url` cannot be fetched as written ("" when it can be tried)."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError as error:
        return f"not a valid web address ({error})"
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        return f"only http and https addresses can be fetched, not {parts.scheme or 'a bare path'!r}"
    if not host:
        return "no host name in the address"
    if any(c.isspace() for c in url.strip()):
        return "the address contains spaces (copy the link again, or encode them as %20)"
    return ""


def fetch_url(url: str, client: httpx.Client | None = None, max_bytes: int = MAX_BYTES) -> Article | Rejected:
    """The article at `url`: an HTML page through the HTML reader, plain text as text."""
    result = fetch(url, client, max_bytes)
    if isinstance(result, Rejected):
        return result
    content_type, body = result
    return article_from_body(url, content_type, body)


def article_from_body(url: str, raw_type: str, body: bytes) -> Article | Rejected:
    """An already fetched page as an Article (content type as sent, charset included)."""
    kind = media_type(raw_type)
    if kind not in HTML_TYPES | TEXT_TYPES:
        shown = kind or "no content type"
        return Rejected(url, f"not an HTML or text page ({shown}); give the address of the article page")
    text = decode_body(raw_type, body)
    if not text.strip():
        return Rejected(url, "the page is empty")
    if kind in TEXT_TYPES:
        article = article_from_text(text, url_id(url), url)
        article.url = url
        return article
    return article_from_html(text, url_id(url), url, url=url)


def media_type(content_type: str) -> str:
    """The bare, lower-case media type of a Content-Type header: "text/html"."""
    return content_type.split(";")[0].strip().lower()


def decode_body(raw_type: str, body: bytes) -> str:
    """Text of a body: the charset the server names, else the page's <meta charset>, else
    UTF-8, else Windows-1252 (what undeclared Western pages almost always are)."""
    for charset in (_header_charset(raw_type), _meta_charset(body)):
        if charset:
            try:
                return body.decode(charset)
            except (LookupError, UnicodeDecodeError):
                continue
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        return body.decode("cp1252", errors="replace")


def _header_charset(raw_type: str) -> str:
    for part in raw_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'")
    return ""


def _meta_charset(body: bytes) -> str:
    match = _META_CHARSET.search(body[:CHARSET_SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else ""


def _stream(url: str, client: httpx.Client, max_bytes: int, total_timeout: float) -> tuple[str, bytes] | Rejected:
    """The body, read chunk by chunk and abandoned as soon as it passes `max_bytes` or the deadline."""
    deadline = time.monotonic() + total_timeout
    with client.stream("GET", url, follow_redirects=True) as response:
        if response.status_code >= 400:
            phrase = response.reason_phrase or ""
            return Rejected(url, f"HTTP {response.status_code} {phrase}".strip() + _status_hint(response.status_code))
        too_big = Rejected(url, f"the page is larger than {max_bytes / 2**20:.0f} MB; not a news article")
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            return too_big
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > max_bytes:
                return too_big
            if time.monotonic() > deadline:
                return Rejected(url, f"the download took over {total_timeout:g} s; the server is too slow")
            chunks.append(chunk)
        return response.headers.get("Content-Type", ""), b"".join(chunks)


def _status_hint(status: int) -> str:
    if status in (401, 403):
        return " (the site refuses access; save the page from a browser and give the file instead)"
    if status in (404, 410):
        return " (no page at this address; check the link)"
    if status == 429:
        return " (the site asks to slow down; try again later)"
    if status >= 500:
        return " (the server failed; try again later)"
    return ""


def describe_error(error: httpx.HTTPError, timeout: httpx.Timeout | None = None) -> str:
    """One line saying what went wrong on the network, from the exception and its causes."""
    if isinstance(error, httpx.TimeoutException):
        limit = _limit_for(error, timeout)
        return f"timed out{limit}: the server did not answer in time"
    if isinstance(error, httpx.TooManyRedirects):
        return f"more than {MAX_REDIRECTS} redirects (a redirect loop?)"
    if isinstance(error, httpx.UnsupportedProtocol):
        return "redirected to an address that is not http or https"
    if isinstance(error, httpx.ConnectError):
        return _connect_reason(error)
    return f"network error: {type(error).__name__}: {error}".rstrip(": ")


def _limit_for(error: httpx.TimeoutException, timeout: httpx.Timeout | None) -> str:
    if timeout is None:
        return ""
    seconds = timeout.connect if isinstance(error, httpx.ConnectTimeout) else timeout.read
    what = "connecting" if isinstance(error, httpx.ConnectTimeout) else "waiting for data"
    return f" {what} after {seconds:g} s" if seconds is not None else ""


def _connect_reason(error: BaseException) -> str:
    """DNS failure and refused connections told apart by the OS error under httpx's."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, socket.gaierror):
            return "DNS lookup failed: no such host (check the address, or the network is offline)"
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused: nothing is listening at this address and port"
        cause = cause.__cause__ or cause.__context__
    text = str(error).lower()
    if "name or service not known" in text or "nodename nor servname" in text or "name resolution" in text:
        return "DNS lookup failed: no such host (check the address, or the network is offline)"
    if "refused" in text:
        return "connection refused: nothing is listening at this address and port"
    return f"could not connect: {error}"
