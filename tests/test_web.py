"""The web app in-process (FastAPI TestClient): pages, the JSON API, ingest over HTTP,
security headers, and hostile article text rendered as text."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "web"))
from web_seed import HOSTILE_ARTICLE, MAIN_EVENT, seeded_db  # noqa: E402

from rashomon.core import Rashomon  # noqa: E402
from rashomon.web.app import MAX_BODY, create_app  # noqa: E402
from rashomon.web.render import marked_segments, safe_url  # noqa: E402

TOKEN = "test-token-123"
HOSTILE_URL = "/article/" + quote(HOSTILE_ARTICLE, safe="")


@pytest.fixture(scope="module")
def core():
    with Rashomon(seeded_db()) as core:
        yield core


@pytest.fixture(scope="module")
def client(core) -> TestClient:
    return TestClient(create_app(core))


@pytest.fixture
def writable(tmp_path) -> TestClient:
    """An app with ingest on, over a copy of the seeded store (tests write to it)."""
    path = tmp_path / "copy.db"
    shutil.copy(seeded_db(), path)
    core = Rashomon(path)
    yield TestClient(create_app(core, api_token=TOKEN))
    core.close()


def ids(response) -> list[str]:
    return [e["id"] for e in response.json()["events"]]


def test_events_page_lists_every_event(client):
    page = client.get("/events")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "7 events match" in page.text
    data = client.get("/events.json").json()
    assert data["total"] == 7 and len(data["events"]) == 7
    assert ids(client.get("/events.json"))[0] == "ev-quake-1"  # newest first report first


@pytest.mark.parametrize(("query", "expected"), [
    ("sort=reports", MAIN_EVENT),
    ("sort=conflicts", MAIN_EVENT),
    ("text=ferry", "ev-ferry-a"),
    ("actor=russian", MAIN_EVENT),
    ("place=kano", "ev-fire-1"),
    ("since=2022-01-01&until=2022-12-31", "ev-flood-1"),
])
def test_events_filters_and_sorts(client, query, expected):
    data = client.get(f"/events.json?{query}").json()
    assert data["events"][0]["id"] == expected
    if not query.startswith("sort"):
        assert data["total"] == 1


def test_events_pagination(client):
    first = client.get("/events.json?per_page=3").json()
    third = client.get("/events.json?per_page=3&page=3").json()
    assert first["pages"] == 3 and len(first["events"]) == 3 and len(third["events"]) == 1
    everything = set(ids(client.get("/events.json")))
    pages = [ids(client.get(f"/events.json?per_page=3&page={n}")) for n in (1, 2, 3)]
    assert set(sum(pages, [])) == everything
    html = client.get("/events?per_page=3&page=2").text
    assert 'rel="next" href="/events?page=3&amp;per_page=3"' in html and 'rel="prev" href="/events?per_page=3"' in html


def test_bad_filter_values_fall_back(client):
    data = client.get("/events.json?sort=nonsense&since=yesterday&page=-4&per_page=100000").json()
    assert data["filters"]["sort"] == "newest" and data["filters"]["since"] == ""
    assert data["filters"]["page"] == 1 and data["filters"]["per_page"] == 100 and data["total"] == 7


def test_event_page_shows_conflict_evidence_chart_graph(client):
    html = client.get(f"/event/{MAIN_EVENT}").text
    conflict = re.search(r'<tr class="slot status-conflict".*?</tr>', html, re.S)
    assert conflict and "civilian killed" in conflict.group()
    assert "<mark class=\"fact\">Twenty-five people</mark>" in conflict.group()  # the evidence sentence
    assert 'href="/article/dam-capital#fact-casualty-' in conflict.group()
    assert html.count("<svg") >= 2 and "<circle" in html and "<polyline" not in html.split("chart")[0]
    assert "Syrian Observatory for Human Rights (SOHR)" in html.split('id="attribution"')[1]
    copies = html.split('id="copies"')[1].split("<h2")[0]
    assert "Evening Digest" in copies and "dam-reprint" in copies
    framing = html.split('id="framing"')[1]
    assert all(w in framing for w in ("Russian jets", "Russian forces", "Russian warplanes"))


def test_event_json_is_the_page_data(client):
    page = client.get(f"/event/{MAIN_EVENT}.json").json()
    assert page == client.get(f"/api/events/{MAIN_EVENT}").json()
    assert page["event"]["conflicts"] == 1 and len(page["columns"]) == 3  # the copy is not a column
    conflict = [s for sec in page["sections"] for s in sec["slots"] if s["status"] == "conflict"][0]
    values = {c["value"] for c in conflict["cells"].values()}
    assert values == {"25", "At least 18 civilians"}
    killed = next(c for c in page["charts"] if c["category"] == "killed")
    assert {s["source"] for s in killed["series"]} >= {"medical sources", "Syrian Observatory for Human Rights (SOHR)"}


def test_evidence_words_are_the_fact_words(client, core):
    page = client.get(f"/event/{MAIN_EVENT}.json").json()
    for section in page["sections"]:
        for slot in section["slots"]:
            for cell in slot["cells"].values():
                for ev in cell["evidence"]:
                    text = core.article(ev["article_id"]).article.text
                    assert text[ev["start"]:ev["end"]] == ev["text"] == ev["words"]


def test_article_page_marks_facts_by_offsets(client, core):
    html = client.get("/article/dam-wire").text
    ex = core.article("dam-wire")
    assert html.count('<span class="anchor" id="fact-') == len(ex.facts())
    assert '<mark class="k-casualty ' in html
    data = client.get("/article/dam-wire.json").json()
    assert data["event_id"] == MAIN_EVENT and data["text"] == ex.article.text
    assert client.get("/api/articles/dam-wire/facts").json()["facts"] == data["facts"]


def test_hostile_article_renders_as_text(client):
    for url in (HOSTILE_URL, "/events", "/event/ev-hostile-%3Cb%3E1%3C%2Fb%3E"):
        html = client.get(url).text
        assert html.count("<script") == 1 and '<script src="/static/app.js" defer></script>' in html
        assert "<img" not in html and "<svg onload" not in html and "<b>1</b>" not in html
        assert 'href="javascript' not in html.lower()
        assert re.search(r"<[^>]+\son\w+=", html) is None  # no event-handler attribute anywhere
    article = client.get(HOSTILE_URL).text
    assert "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;" in article
    assert 'href="javascript:' not in article and "<code>javascript:alert(&#39;url&#39;)</code>" in article


def test_security_headers_on_every_response(client):
    for url in ("/events", "/events.json", f"/event/{MAIN_EVENT}", "/event/nope", "/static/style.css",
                "/openapi.json"):
        headers = client.get(url).headers
        csp = headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert headers["x-content-type-options"] == "nosniff" and headers["referrer-policy"] == "no-referrer"


def test_unknown_pages_are_404(client):
    assert client.get("/event/nope").status_code == 404
    missing = client.get("/event/nope.json")
    assert missing.status_code == 404 and "no event" in missing.json()["error"]
    assert client.get("/api/articles/nope").status_code == 404


def test_openapi_describes_the_api(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles/{article_id}",
                 "/api/articles/{article_id}/facts", "/api/search", "/api/articles"):
        assert path in paths
    assert "post" in paths["/api/articles"]
    assert ids(client.get("/api/search?q=quarry")) == [] and ids(client.get("/api/search?q=Kasenyi")) == ["ev-ferry-a"]


def test_ingest_is_off_without_a_token(client):
    response = client.post("/api/articles", json={"id": "x", "text": "Two people died."})
    assert response.status_code == 403 and "--api-token" in response.json()["error"]


def test_ingest_needs_the_right_token(writable):
    record = {"id": "x", "text": "Two people died."}
    assert writable.post("/api/articles", json=record).status_code == 401
    wrong = writable.post("/api/articles", json=record, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"


def test_ingest_rejects_bad_bodies(writable):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    malformed = writable.post("/api/articles", content=b"{not json", headers=auth)
    assert malformed.status_code == 400 and "not UTF-8 JSON" in malformed.json()["error"]
    empty = writable.post("/api/articles", content=b'{"id": "x"}', headers=auth)
    assert empty.status_code == 422 and "no 'text'" in empty.json()["rejected"][0]["reason"]
    assert writable.post("/api/articles", content=b"[1, 2]", headers=auth).status_code == 422
    big = json.dumps({"id": "big", "text": "word " * (MAX_BODY // 5 + 10)}).encode()
    too_big = writable.post("/api/articles", content=big, headers=auth)
    assert too_big.status_code == 413 and "larger than" in too_big.json()["error"]


def test_ingest_stores_and_pages_update(writable):
    assert writable.get("/events.json").json()["total"] == 7  # cached now
    record = {"id": "storm-1", "title": "Hailstorm in Arusha injures 12", "outlet": "Kilimanjaro Post",
              "published": "2024-03-02T10:00:00",
              "text": "A hailstorm hit Arusha in Tanzania on Friday and injured 12 people, police said."}
    created = writable.post("/api/articles", json=[record], headers={"Authorization": f"Bearer {TOKEN}"})
    assert created.status_code == 201 and created.json()["new"] == 1 and created.json()["articles"] == ["storm-1"]
    after = writable.get("/events.json").json()
    assert after["total"] == 8 and after["events"][0]["title"] == "Hailstorm in Arusha injures 12"
    assert writable.get("/article/storm-1.json").json()["article"]["outlet"] == "Kilimanjaro Post"


def test_marked_segments_cover_overlaps_once():
    text = "At least 18 civilians died in Tabqa."
    facts = [{"start": 0, "end": 21, "kind": "casualty", "text": text[0:21], "anchor": "a"},
             {"start": 12, "end": 21, "kind": "actor", "text": text[12:21], "anchor": "b"},
             {"start": 30, "end": 35, "kind": "place", "text": "Tabqa", "anchor": "c"}]
    pieces = marked_segments(text, facts)
    assert "".join(p["text"] for p in pieces) == text
    assert [(p["text"], p["kinds"]) for p in pieces if p["kinds"]] == [
        ("At least 18 ", ["casualty"]), ("civilians", ["actor", "casualty"]), ("Tabqa", ["place"])]


def test_only_web_links_become_links():
    assert safe_url("https://example.org/a") == "https://example.org/a"
    for bad in ("javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "//evil", "/relative", ""):
        assert safe_url(bad) is None


def test_serve_command_answers_on_loopback(tmp_path):
    """`rashomon serve` as a user runs it: loopback by default, ingest off, pages answer."""
    import socket
    import subprocess
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    rashomon = str(Path(sys.executable).parent / "rashomon")
    proc = subprocess.Popen([rashomon, "serve", "--db", str(seeded_db()), "--port", str(port)],
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline, answer = time.monotonic() + 30, None
        while answer is None and time.monotonic() < deadline:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/events.json", timeout=2)
            except httpx.HTTPError:
                time.sleep(0.2)
        assert answer is not None and answer.json()["total"] == 7
        assert httpx.post(f"http://127.0.0.1:{port}/api/articles", json={}).status_code == 403
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/" in stderr and "ingest API off" in stderr
