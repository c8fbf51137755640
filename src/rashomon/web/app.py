"""The web app and JSON API on a store: `create_app(core, api_token=...)`.

Every page is one data function of `views` rendered two ways: `/event/42` as HTML and
`/event/42.json` (and `/api/events/42`, documented in /openapi.json) as JSON. The app
only calls the `Rashomon` core, under one lock (the core owns one database connection),
and caches each page's data by the store's version, so a page is computed once per
ingest batch however often it is read.

Security: article text, titles, outlets and ids are untrusted and only ever reach HTML
through autoescaped templates; every response carries a strict Content-Security-Policy
(scripts and styles from this server's vendored files only), nosniff, frame-ancestors
'none' and a no-referrer policy. Ingest over HTTP (`POST /api/articles`) is off unless a
token was given, and then needs `Authorization: Bearer TOKEN`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from rashomon.core import Rashomon
from rashomon.web import views
from rashomon.web.render import STATIC, render

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
# Pages kept per store version: the events pages people page through and the hot events.
CACHE_SIZE = 512
# The largest ingest request body; an article record is under 5 MB (sources/records.py).
MAX_BODY = 5_000_000
# Records per ingest request: one request is one batch of the store's size.
MAX_RECORDS = 200


class PageCache:
    """Page data by (page, arguments), dropped whenever the store's version changes."""

    def __init__(self, core: Rashomon, size: int = CACHE_SIZE) -> None:
        self.core, self.size = core, size
        self.lock = threading.Lock()
        self.version = -1
        self.pages: OrderedDict[tuple, dict[str, Any]] = OrderedDict()

    def get(self, key: tuple, compute: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        with self.lock:
            version = self.core.version()
            if version != self.version:
                self.pages.clear()
                self.version = version
            if key in self.pages:
                self.pages.move_to_end(key)
                return self.pages[key]
            data = compute()
            self.pages[key] = data
            if len(self.pages) > self.size:
                self.pages.popitem(last=False)
            return data


def create_app(core: Rashomon, *, api_token: str | None = None) -> FastAPI:
    """The FastAPI app serving `core`'s store; ingest over HTTP only with `api_token`."""
    app = FastAPI(title="rashomon", version="1", docs_url=None, redoc_url=None,
                  description="News reports of one event side by side: events, facts, evidence.")
    cache = PageCache(core)
    app.state.core, app.state.cache = core, cache

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable) -> Response:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    _html_routes(app, cache)
    _api_routes(app, cache)
    _ingest_route(app, core, cache, api_token)
    return app


def _page(cache: PageCache, name: str, compute: Callable[[], dict], *key: Any) -> dict[str, Any] | Response:
    try:
        return cache.get((name, *key), compute)
    except views.NotFound as error:
        return error  # type: ignore[return-value]


def _respond(result: Any, template: str, as_json: bool) -> Response:
    if isinstance(result, views.NotFound):
        message = str(result)
        if as_json:
            return JSONResponse({"error": message}, status_code=404)
        return HTMLResponse(render("error.html", {}, status="Not found", message=message), status_code=404)
    if as_json:
        return JSONResponse(result)
    return HTMLResponse(render(template, result, standalone=False))


def _split_json(path: str) -> tuple[str, bool]:
    """`42.json` -> ("42", True): a trailing .json always asks for JSON."""
    return (path[:-5], True) if path.endswith(".json") else (path, False)


def _filters(text: str, since: str, until: str, place: str, actor: str, sort: str, page: int,
             per_page: int) -> views.EventFilters:
    return views.EventFilters(text=text.strip(), since=since, until=until, place=place.strip(), actor=actor.strip(),
                              sort=sort, page=page, per_page=per_page).clean()


def _events(cache: PageCache, f: views.EventFilters) -> Any:
    key = tuple(sorted(vars(f).items()))
    return _page(cache, "events", lambda: views.events_page(cache.core, f), key)


def _html_routes(app: FastAPI, cache: PageCache) -> None:
    @app.get("/", include_in_schema=False)
    @app.get("/events", include_in_schema=False)
    @app.get("/events.json", include_in_schema=False)
    def events_html(request: Request, text: str = "", since: str = "", until: str = "", place: str = "",
                    actor: str = "", sort: str = "newest", page: int = 1, per_page: int = views.PAGE_SIZE) -> Response:
        f = _filters(text, since, until, place, actor, sort, page, per_page)
        return _respond(_events(cache, f), "events.html", request.url.path.endswith(".json"))

    @app.get("/event/{event_id:path}", include_in_schema=False)
    def event_html(event_id: str) -> Response:
        event_id, as_json = _split_json(event_id)
        return _respond(_page(cache, "event", lambda: views.event_page(cache.core, event_id), event_id),
                        "event.html", as_json)

    @app.get("/article/{article_id:path}", include_in_schema=False)
    def article_html(article_id: str) -> Response:
        article_id, as_json = _split_json(article_id)
        return _respond(_page(cache, "article", lambda: views.article_page(cache.core, article_id), article_id),
                        "article.html", as_json)


def _api_routes(app: FastAPI, cache: PageCache) -> None:
    @app.get("/api/events", tags=["events"], summary="Events, filtered, sorted and paginated")
    def api_events(text: str = "", since: str = Query("", description="YYYY-MM-DD"),
                   until: str = Query("", description="YYYY-MM-DD"), place: str = "", actor: str = "",
                   sort: str = Query("newest", description="newest, reports or conflicts"), page: int = 1,
                   per_page: int = Query(views.PAGE_SIZE, le=views.MAX_PAGE_SIZE, ge=1)) -> Response:
        return _respond(_events(cache, _filters(text, since, until, place, actor, sort, page, per_page)), "", True)

    @app.get("/api/search", tags=["events"], summary="Events whose reports contain the words q")
    def api_search(q: str = Query(..., min_length=1), page: int = 1,
                   per_page: int = Query(views.PAGE_SIZE, le=views.MAX_PAGE_SIZE, ge=1)) -> Response:
        return _respond(_events(cache, _filters(q, "", "", "", "", "newest", page, per_page)), "", True)

    @app.get("/api/events/{event_id:path}", tags=["events"], summary="One event compared across its reports")
    def api_event(event_id: str) -> Response:
        return _respond(_page(cache, "event", lambda: views.event_page(cache.core, event_id), event_id), "", True)

    @app.get("/api/articles/{article_id:path}/facts", tags=["articles"], summary="The facts of one article")
    def api_facts(article_id: str) -> Response:
        return _respond(_page(cache, "facts", lambda: views.facts_page(cache.core, article_id), article_id), "", True)

    @app.get("/api/articles/{article_id:path}", tags=["articles"], summary="One article, its text and facts")
    def api_article(article_id: str) -> Response:
        return _respond(_page(cache, "article", lambda: views.article_page(cache.core, article_id), article_id),
                        "", True)


def _error(status: int, message: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers or None)


def _ingest_route(app: FastAPI, core: Rashomon, cache: PageCache, api_token: str | None) -> None:
    @app.post("/api/articles", tags=["articles"], status_code=201,
              summary="Ingest articles: a JSON record or a list of them (the JSONL record format); needs a token")
    async def api_ingest(request: Request) -> Response:
        if not api_token:
            return _error(403, "ingest over HTTP is off; start `rashomon serve` with --api-token to turn it on")
        given = request.headers.get("authorization", "")
        if not hmac.compare_digest(given.encode(), f"Bearer {api_token}".encode()):
            return _error(401, "missing or wrong token: send 'Authorization: Bearer TOKEN'",
                          **{"WWW-Authenticate": "Bearer"})
        body = await _read_body(request)
        if isinstance(body, JSONResponse):
            return body
        records = _records(body)
        if isinstance(records, JSONResponse):
            return records
        return await run_in_threadpool(_ingest, core, cache, records)


async def _read_body(request: Request) -> bytes | JSONResponse:
    """The body, refused as soon as it passes MAX_BODY (declared or actual length)."""
    too_big = _error(413, f"body larger than {MAX_BODY:,} bytes; send fewer or shorter articles per request")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        return too_big
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            return too_big
        chunks.append(chunk)
    return b"".join(chunks)


def _records(body: bytes) -> list[dict] | JSONResponse:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return _error(400, f"body is not UTF-8 JSON ({error})")
    records = data if isinstance(data, list) else [data]
    if not records or not all(isinstance(r, dict) for r in records):
        return _error(422, "expected a JSON object with 'text' (or 'html'), or a non-empty list of them")
    if len(records) > MAX_RECORDS:
        return _error(413, f"{len(records)} records; send at most {MAX_RECORDS} per request")
    return records


def _fallback_id(record: dict) -> str:
    """An id for a record that has none: from its content, so a resend is recognised."""
    content = str(record.get("text") or record.get("html") or "")
    return "api-" + hashlib.sha256(content.encode("utf-8")).hexdigest()[:12]


def _ingest(core: Rashomon, cache: PageCache, records: list[dict]) -> JSONResponse:
    from rashomon.model import Article
    from rashomon.sources.records import article_from_record

    items = [article_from_record(r, f"request[{n}]", _fallback_id(r)) for n, r in enumerate(records)]
    rejected = [i for i in items if not isinstance(i, Article)]
    if rejected:
        return JSONResponse({"error": "some records cannot be read; nothing was stored",
                             "rejected": [{"source": r.source, "reason": r.reason} for r in rejected]},
                            status_code=422)
    with cache.lock:
        summary = core.ingest_items(items)
    ids = [i.id for i in items if isinstance(i, Article)]
    return JSONResponse({**summary.to_json(), "articles": ids}, status_code=201)
