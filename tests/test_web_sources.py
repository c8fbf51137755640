"""sources.web over real HTTP on loopback: a local server plays every kind of web site.

Nothing here touches the internet: the server listens on 127.0.0.1 on a random port, and
the DNS case is played by an in-process transport.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from rashomon.model import Article, Rejected
from rashomon.sources.web import (
    MAX_REDIRECTS,
    decode_body,
    fetch,
    fetch_url,
    new_client,
    url_id,
    user_agent,
)

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
# The slow route answers after this long; tests give the client a much shorter read timeout.
SLOW_SECONDS = 1.5
TYPES = {".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8"}
FEED_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml"}


class FixtureHandler(BaseHTTPRequestHandler):
    """Serves the fixtures, plus routes that misbehave the ways real sites do."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (name fixed by http.server)
        self.server.requests.append((self.path, self.headers.get("User-Agent", "")))  # type: ignore[attr-defined]
        routes = {
            "/redirect": lambda: self._redirect("/pages/bridge.html"),
            "/redirect-twice": lambda: self._redirect("/redirect"),
            "/loop": lambda: self._redirect("/loop"),
            "/to-ftp": lambda: self._redirect("ftp://127.0.0.1/file"),
            "/slow": self._slow,
            "/big-declared": lambda: self._send(200, "text/html", b"<p>x</p>", length=50 * 2**20),
            "/big-stream": self._big_stream,
            "/drip": self._drip,
            "/image.png": lambda: self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
            "/error": lambda: self._send(500, "text/html", b"<h1>boom</h1>"),
            "/path-body": lambda: self._send(200, "text/xml", str(FIXTURES / "atom_full.xml").encode()),
            "/latin1": lambda: self._send(200, "text/plain; charset=iso-8859-1", "Caf\xe9 re-opened".encode("latin-1")),
        }
        route = routes.get(self.path.split("?")[0])
        if route is not None:
            route()
        else:
            self._file()

    def log_message(self, *args: object) -> None:
        """Quiet: the tests assert on requests, not on the log."""

    def _send(self, status: int, content_type: str, body: bytes, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)
        if length is not None:
            self.close_connection = True

    def _redirect(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _slow(self) -> None:
        time.sleep(SLOW_SECONDS)
        self._send(200, "text/html", b"<p>late</p>")

    def _big_stream(self) -> None:
        """11 MB without a Content-Length: only counting the streamed bytes can stop it."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        chunk = b"<p>" + b"filler " * 9000 + b"</p>\n"
        for _ in range(11 * 2**20 // len(chunk) + 2):
            self.wfile.write(chunk)

    def _drip(self) -> None:
        """A byte every 50 ms: never idle long enough for the read timeout to fire."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        for _ in range(40):
            self.wfile.write(b"x")
            self.wfile.flush()
            time.sleep(0.05)

    def _file(self) -> None:
        path = (FIXTURES / self.path.lstrip("/").split("?")[0]).resolve()
        if FIXTURES.resolve() not in path.parents or not path.is_file():
            self._send(404, "text/html", b"<h1>Not found</h1>")
            return
        body = path.read_bytes()
        content_type = TYPES.get(path.suffix, "application/octet-stream")
        if path.suffix == ".xml":
            body = body.replace(b"{base}", self.server.base.encode())  # type: ignore[attr-defined]
            content_type = next((t for k, t in FEED_TYPES.items() if path.name.startswith(k)), "text/xml")
        self._send(200, content_type, body)


class LoopbackServer(ThreadingHTTPServer):
    """A fixture web site on 127.0.0.1 at a free port, recording every request."""

    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), FixtureHandler)
        self.base = f"http://127.0.0.1:{self.server_address[1]}"
        self.requests: list[tuple[str, str]] = []

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up early (timeout, size cap) is what the tests want; anything
        else is a real failure of the fixture and is printed."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def serve_fixtures() -> Iterator[LoopbackServer]:
    """The fixture site, running in a thread for the duration of the block."""
    server = LoopbackServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def running_site() -> Iterator[LoopbackServer]:
    with serve_fixtures() as server:
        yield server


@pytest.fixture()
def site(running_site: LoopbackServer) -> LoopbackServer:
    """The module's server, with an empty request log."""
    running_site.requests.clear()
    return running_site


@pytest.fixture()
def client() -> Iterator[httpx.Client]:
    with new_client(connect_timeout=2.0, read_timeout=5.0) as active:
        yield active


def test_html_page_becomes_article(site: LoopbackServer, client: httpx.Client) -> None:
    url = f"{site.base}/pages/bridge.html"
    article = fetch_url(url, client)
    assert isinstance(article, Article)
    assert article.id == url_id(url) and article.id.startswith("url-") and len(article.id) == 20
    assert article.url == url and article.source == url
    assert "At least 40 families" in article.text
    assert "All rights reserved" not in article.text  # boilerplate left out by trafilatura
    assert article.title == "Floodwater closes river bridge at Tel Abyad"
    assert article.outlet == "Northern Ledger"
    assert article.published is not None and article.published.date().isoformat() == "2024-03-11"


def test_polite_user_agent_is_sent(site: LoopbackServer, client: httpx.Client) -> None:
    fetch_url(f"{site.base}/pages/clinic.html", client)
    assert site.requests[-1][1] == user_agent()
    assert user_agent().startswith("rashomon/0") and user_agent().endswith(")")


def test_same_url_same_id() -> None:
    assert url_id("https://a.example/x") == url_id(" https://a.example/x ")
    assert url_id("https://a.example/x") != url_id("https://a.example/y")


def test_plain_text_page(site: LoopbackServer, client: httpx.Client) -> None:
    article = fetch_url(f"{site.base}/pages/bulletin.txt", client)
    assert isinstance(article, Article)
    assert article.title == "Plain text bulletin"
    assert "ferry service" in article.text


def test_charset_from_header_is_used(site: LoopbackServer, client: httpx.Client) -> None:
    result = fetch(f"{site.base}/latin1", client)
    assert not isinstance(result, Rejected)
    content_type, body = result
    assert "iso-8859-1" in content_type
    assert decode_body(content_type, body) == "Caf\u00e9 re-opened"


def test_404_names_the_status(site: LoopbackServer, client: httpx.Client) -> None:
    result = fetch_url(f"{site.base}/pages/nothing-here.html", client)
    assert isinstance(result, Rejected)
    assert result.reason.startswith("HTTP 404 Not Found")
    assert result.source.endswith("/pages/nothing-here.html")


def test_500_names_the_status(site: LoopbackServer, client: httpx.Client) -> None:
    result = fetch_url(f"{site.base}/error", client)
    assert isinstance(result, Rejected) and result.reason.startswith("HTTP 500")
    assert "try again later" in result.reason


def test_timeout_is_reported_with_its_limit(site: LoopbackServer) -> None:
    with new_client(connect_timeout=1.0, read_timeout=0.3) as quick:
        started = time.monotonic()
        result = fetch_url(f"{site.base}/slow", quick)
        elapsed = time.monotonic() - started
    assert isinstance(result, Rejected)
    assert "timed out" in result.reason and "0.3 s" in result.reason
    assert elapsed < SLOW_SECONDS  # gave up before the server answered


def test_slow_drip_hits_the_total_deadline(site: LoopbackServer, client: httpx.Client) -> None:
    started = time.monotonic()
    result = fetch(f"{site.base}/drip", client, total_timeout=0.4)
    assert isinstance(result, Rejected) and "took over 0.4 s" in result.reason
    assert time.monotonic() - started < 1.5  # the drip would last 2 s


def test_declared_oversize_is_refused_without_reading(site: LoopbackServer, client: httpx.Client) -> None:
    result = fetch_url(f"{site.base}/big-declared", client)
    assert isinstance(result, Rejected) and "larger than 10 MB" in result.reason


def test_streamed_oversize_is_cut_off(site: LoopbackServer, client: httpx.Client) -> None:
    result = fetch_url(f"{site.base}/big-stream", client)
    assert isinstance(result, Rejected) and "larger than 10 MB" in result.reason
    small = fetch(f"{site.base}/pages/bridge.html", client, max_bytes=100)
    assert isinstance(small, Rejected) and "larger than" in small.reason


def test_non_html_content_is_refused(site: LoopbackServer, client: httpx.Client) -> None:
    result = fetch_url(f"{site.base}/image.png", client)
    assert isinstance(result, Rejected)
    assert "not an HTML or text page (image/png)" in result.reason
    raw = fetch(f"{site.base}/image.png", client)  # the low-level fetch still returns it
    assert not isinstance(raw, Rejected) and raw[0] == "image/png" and raw[1].startswith(b"\x89PNG")


def test_redirects_are_followed(site: LoopbackServer, client: httpx.Client) -> None:
    url = f"{site.base}/redirect-twice"
    article = fetch_url(url, client)
    assert isinstance(article, Article)
    assert "At least 40 families" in article.text
    assert article.url == url and article.id == url_id(url)  # the address the user gave
    assert [path for path, _ in site.requests] == ["/redirect-twice", "/redirect", "/pages/bridge.html"]


def test_redirect_loop_is_bounded(site: LoopbackServer, client: httpx.Client) -> None:
    result = fetch_url(f"{site.base}/loop", client)
    assert isinstance(result, Rejected) and "redirects" in result.reason
    assert len(site.requests) == MAX_REDIRECTS + 1


def test_redirect_to_other_scheme_is_refused(site: LoopbackServer, client: httpx.Client) -> None:
    result = fetch_url(f"{site.base}/to-ftp", client)
    assert isinstance(result, Rejected) and "not http or https" in result.reason


def test_only_http_schemes() -> None:
    for url in ("ftp://example.org/a.html", "file:///etc/passwd", "javascript:alert(1)"):
        result = fetch_url(url)
        assert isinstance(result, Rejected) and "only http and https" in result.reason


def test_malformed_addresses_are_refused_before_any_request() -> None:
    expected = {
        "http://": "no host name",
        "http://[::1": "not a valid web address",
        "http://exa mple.org/": "contains spaces",
    }
    for url, reason in expected.items():
        result = fetch(url)
        assert isinstance(result, Rejected) and reason in result.reason, url


def test_refused_connection() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago has no listener
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = fetch_url(f"http://127.0.0.1:{port}/")
    assert isinstance(result, Rejected) and result.reason.startswith("connection refused")


def test_dns_failure_is_named() -> None:
    def no_such_host(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -2] Name or service not known") from socket.gaierror(
            -2, "Name or service not known"
        )

    with httpx.Client(transport=httpx.MockTransport(no_such_host)) as offline:
        result = fetch_url("https://no-such-host.invalid/story", offline)
    assert isinstance(result, Rejected) and result.reason.startswith("DNS lookup failed")
