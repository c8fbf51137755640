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
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

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
    """Page data and rendered pages by key, all dropped whenever the store's version changes."""

    def __init__(self, core: Rashomon, size: int = CACHE_SIZE) -> None:
        self.core, self.size = core, size
        self.lock = threading.RLock()  # re-entered: a rendered page computes its data inside
        self.version = -1
        self.pages: OrderedDict[tuple, Any] = OrderedDict()

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        with self.lock:
            version = self.core.version()
            if version != self.version:
                self.pages.clear()
                self.version = version
            if key in self.pages:
                self.pages.move_to_end(key)
                return self.pages[key]
            value = compute()
            self.pages[key] = value
            if len(self.pages) > self.size:
                self.pages.popitem(last=False)
            return value


class SecurityHeaders:
    """Adds SECURITY_HEADERS to every HTTP response (a plain ASGI middleware: cheaper per
    request than Starlette's BaseHTTPMiddleware, which matters at hundreds of pages a second)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).update(SECURITY_HEADERS)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(core: Rashomon, *, api_token: str | None = None) -> FastAPI:
    """The FastAPI app serving `core`'s store; ingest over HTTP only with `api_token`."""
    app = FastAPI(title="rashomon", version="1", docs_url=None, redoc_url=None,
                  description="News reports of one event side by side: events, facts, evidence.")
    cache = PageCache(core)
    app.state.core, app.state.cache = core, cache

    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    _html_routes(app, cache)
    _api_routes(app, cache)
    _ingest_route(app, core, cache, api_token)
    return app


def _serve(cache: PageCache, key: tuple, compute: Callable[[], dict], template: str, as_json: bool) -> Response:
    """A page as HTML or JSON; both the data and the rendered bytes are cached."""

    def body() -> bytes:
        data = cache.get(key, compute)
        if as_json:
            return json.dumps(data, ensure_ascii=False).encode("utf-8")
        return render(template, data, standalone=False).encode("utf-8")

    try:
        content = cache.get((*key, "json" if as_json else "html"), body)
    except views.NotFound as error:
        if as_json:
            return _error(404, str(error))
        return HTMLResponse(render("error.html", {}, status="Not found", message=str(error)), status_code=404)
    return Response(content, media_type="application/json" if as_json else "text/html; charset=utf-8")


def _split_json(path: str) -> tuple[str, bool]:
    """`42.json` -> ("42", True): a trailing .json always asks for JSON."""
    return (path[:-5], True) if path.endswith(".json") else (path, False)


def _filters(text: str, since: str, until: str, place: str, actor: str, sort: str, page: int,
             per_page: int) -> views.EventFilters:
    return views.EventFilters(text=text.strip(), since=since, until=until, place=place.strip(), actor=actor.strip(),
                              sort=sort, page=page, per_page=per_page).clean()


def _events(cache: PageCache, f: views.EventFilters, as_json: bool) -> Response:
    key = ("events", tuple(sorted(vars(f).items())))
    return _serve(cache, key, lambda: views.events_page(cache.core, f), "events.html", as_json)


def _event(cache: PageCache, event_id: str, as_json: bool) -> Response:
    return _serve(cache, ("event", event_id), lambda: views.event_page(cache.core, event_id), "event.html", as_json)


def _article(cache: PageCache, article_id: str, as_json: bool) -> Response:
    return _serve(cache, ("article", article_id), lambda: views.article_page(cache.core, article_id),
                  "article.html", as_json)


def _html_routes(app: FastAPI, cache: PageCache) -> None:
    @app.get("/", include_in_schema=False)
    @app.get("/events", include_in_schema=False)
    @app.get("/events.json", include_in_schema=False)
    def events_html(request: Request, text: str = "", since: str = "", until: str = "", place: str = "",
                    actor: str = "", sort: str = "newest", page: int = 1, per_page: int = views.PAGE_SIZE) -> Response:
        f = _filters(text, since, until, place, actor, sort, page, per_page)
        return _events(cache, f, request.url.path.endswith(".json"))

    @app.get("/event/{event_id:path}", include_in_schema=False)
    def event_html(event_id: str) -> Response:
        return _event(cache, *_split_json(event_id))

    @app.get("/article/{article_id:path}", include_in_schema=False)
    def article_html(article_id: str) -> Response:
        return _article(cache, *_split_json(article_id))


def _api_routes(app: FastAPI, cache: PageCache) -> None:
    @app.get("/api/events", tags=["events"], summary="Events, filtered, sorted and paginated")
    def api_events(text: str = "", since: str = Query("", description="YYYY-MM-DD"),
                   until: str = Query("", description="YYYY-MM-DD"), place: str = "", actor: str = "",
                   sort: str = Query("newest", description="newest, reports or conflicts"), page: int = 1,
                   per_page: int = Query(views.PAGE_SIZE, le=views.MAX_PAGE_SIZE, ge=1)) -> Response:
        return _events(cache, _filters(text, since, until, place, actor, sort, page, per_page), True)

    @app.get("/api/search", tags=["events"], summary="Events whose reports contain the words q")
    def api_search(q: str = Query(..., min_length=1), page: int = 1,
                   per_page: int = Query(views.PAGE_SIZE, le=views.MAX_PAGE_SIZE, ge=1)) -> Response:
        return _events(cache, _filters(q, "", "", "", "", "newest", page, per_page), True)

    @app.get("/api/events/{event_id:path}", tags=["events"], summary="One event compared across its reports")
    def api_event(event_id: str) -> Response:
        return _event(cache, event_id, True)

    @app.get("/api/articles/{article_id:path}/facts", tags=["articles"], summary="The facts of one article")
    def api_facts(article_id: str) -> Response:
        return _serve(cache, ("facts", article_id), lambda: views.facts_page(cache.core, article_id), "", True)

    @app.get("/api/articles/{article_id:path}", tags=["articles"], summary="One article, its text and facts")
    def api_article(article_id: str) -> Response:
        return _article(cache, article_id, True)


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
