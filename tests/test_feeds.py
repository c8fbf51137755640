"""sources.feeds: RSS and Atom entries become articles; teasers are completed from the
linked page, over real HTTP on loopback (the server of test_web_sources)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import httpx
import pytest
from test_web_sources import LoopbackServer, serve_fixtures

from rashomon.model import Article, Rejected
from rashomon.sources.feeds import (
    SHORT_SUMMARY_CHARS,
    html_to_text,
    looks_like_feed,
    read_feed,
    read_url,
)
from rashomon.sources.web import new_client, url_id

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"


@pytest.fixture(scope="module")
def running_site() -> Iterator[LoopbackServer]:
    with serve_fixtures() as server:
        yield server


@pytest.fixture()
def site(running_site: LoopbackServer) -> LoopbackServer:
    running_site.requests.clear()
    return running_site


@pytest.fixture()
def client() -> Iterator[httpx.Client]:
    with new_client(connect_timeout=2.0, read_timeout=5.0) as active:
        yield active


def _no_network() -> httpx.Client:
    """A client that fails the test if anything is fetched."""

    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"unexpected fetch of {request.url}")

    return httpx.Client(transport=httpx.MockTransport(refuse))


def test_atom_file_with_full_content() -> None:
    with _no_network() as offline:  # full entries: nothing is fetched even with follow_links
        results = list(read_feed(str(FIXTURES / "atom_full.xml"), client=offline))
    assert all(isinstance(r, Article) for r in results) and len(results) == 2
    fire, water = results
    assert isinstance(fire, Article) and isinstance(water, Article)
    assert fire.title == "Market fire destroys thirty stalls"  # HTML title flattened
    assert fire.outlet == "Valley Courier"
    assert fire.url == "https://valley-courier.example/2024/05/market-fire"
    assert fire.published == datetime(2024, 5, 2, 11, 20)  # 14:20+03:00 as UTC
    assert fire.published_from == "metadata"
    assert fire.id.startswith("feed-") and fire.id != water.id
    lines = fire.text.splitlines()
    assert len(lines) == 4 and lines[0].startswith("A fire swept")  # one line per paragraph
    assert "trackVisit" not in fire.text  # scripts dropped
    assert water.published == datetime(2024, 5, 1, 9, 0)  # only <updated>: used as the date
    assert "pumping station" in water.text
    assert len(water.text) >= SHORT_SUMMARY_CHARS


def test_ids_are_stable_across_reads() -> None:
    first = [r.id for r in read_feed(str(FIXTURES / "atom_full.xml"), follow_links=False)]  # type: ignore[union-attr]
    again = [r.id for r in read_feed(str(FIXTURES / "atom_full.xml"), follow_links=False)]  # type: ignore[union-attr]
    assert first == again


def test_rss_teasers_are_completed_from_linked_pages(site: LoopbackServer, client: httpx.Client) -> None:
    feed_url = f"{site.base}/rss_teasers.xml"
    results = list(read_feed(feed_url, client=client))
    bridge, clinic, council, empty = results
    assert isinstance(bridge, Article) and isinstance(clinic, Article) and isinstance(council, Article)
    assert "At least 40 families" in bridge.text  # the page's full text, not the teaser
    assert bridge.id == url_id(f"{site.base}/pages/bridge.html")  # guid is the link: same id as fetch_url
    assert bridge.title == "Floodwater closes river bridge at Tel Abyad"
    assert bridge.outlet == "Northern Ledger - Region"  # the feed's title
    assert bridge.published == datetime(2024, 3, 11, 8, 15)  # the feed's pubDate, in UTC
    assert "212 patients" in clinic.text
    assert clinic.id.startswith("feed-")  # a non-link guid is hashed
    assert council.text == "The monthly council meeting was moved to next week."  # page 404: teaser kept
    assert isinstance(empty, Rejected)
    assert empty.source == f"{feed_url}#entry4" and "HTTP 404" in empty.reason
    fetched = [path for path, _ in site.requests]
    assert fetched == [
        "/rss_teasers.xml",
        "/pages/bridge.html",
        "/pages/clinic.html",
        "/pages/gone.html",
        "/pages/also-gone.html",
    ]  # each link once, no crawling


def test_follow_links_off_keeps_to_the_feed(site: LoopbackServer, client: httpx.Client) -> None:
    results = list(read_feed(f"{site.base}/rss_teasers.xml", client=client, follow_links=False))
    assert [path for path, _ in site.requests] == ["/rss_teasers.xml"]
    bridge = results[0]
    assert isinstance(bridge, Article) and bridge.text == "The main road bridge was shut after heavy rain."
    assert isinstance(results[3], Rejected) and "follow_links=True" in results[3].reason


def test_read_url_tells_feed_from_page(site: LoopbackServer, client: httpx.Client) -> None:
    feed = list(read_url(f"{site.base}/atom_full.xml", client=client, follow_links=False))
    assert len(feed) == 2 and all(isinstance(r, Article) for r in feed)
    page = list(read_url(f"{site.base}/pages/clinic.html", client=client))
    assert len(page) == 1 and isinstance(page[0], Article) and "212 patients" in page[0].text
    missing = list(read_url(f"{site.base}/nowhere.xml", client=client))
    assert isinstance(missing[0], Rejected) and "HTTP 404" in missing[0].reason


def test_not_a_feed() -> None:
    for name in ("not_a_feed.xml", "pages/bridge.html"):
        results = list(read_feed(str(FIXTURES / name)))
        assert len(results) == 1 and isinstance(results[0], Rejected)
        assert results[0].reason.startswith("not an RSS or Atom feed")
    missing = list(read_feed(str(FIXTURES / "absent.xml")))
    assert isinstance(missing[0], Rejected) and missing[0].reason == "no such file"


def test_feed_url_served_as_html_is_refused(site: LoopbackServer, client: httpx.Client) -> None:
    results = list(read_feed(f"{site.base}/pages/bridge.html", client=client))
    assert isinstance(results[0], Rejected) and "not an RSS or Atom feed" in results[0].reason


def test_a_body_naming_a_local_file_is_not_read_as_that_file(site: LoopbackServer, client: httpx.Client) -> None:
    results = list(read_feed(f"{site.base}/path-body", client=client))
    assert len(results) == 1 and isinstance(results[0], Rejected)
    assert "not an RSS or Atom feed" in results[0].reason


@pytest.mark.parametrize(
    ("content_type", "head", "expected"),
    [
        ("application/rss+xml; charset=utf-8", b"", True),
        ("application/atom+xml", b"<feed/>", True),
        ("text/xml", b'<?xml version="1.0"?>\n<!-- note -->\n<rss version="2.0">', True),
        ("application/xml", b'\xef\xbb\xbf<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', True),
        ("", b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">', True),
        ("text/xml", b'<?xml version="1.0"?><inventory/>', False),
        ("text/html", b"<rss>", False),  # HTML is a page even if it mentions rss
        ("text/plain", b"<!DOCTYPE html><html><head><link type='application/rss+xml'>", False),
        ("image/png", b"\x89PNG", False),
    ],
)
def test_looks_like_feed(content_type: str, head: bytes, expected: bool) -> None:
    assert looks_like_feed(content_type, head) is expected


def test_html_to_text_keeps_paragraphs() -> None:
    text = html_to_text("<p>One <b>bold</b> claim.</p><p>Two<br>lines</p><style>p{}</style><ul><li>item</li></ul>")
    assert text.splitlines() == ["One bold claim.", "Two", "lines", "item"]
    assert html_to_text("   ") == ""
