"""Turning the views' dicts into HTML: the Jinja2 environment and the few helpers the
templates need (marked article text, the casualty chart's geometry, safe links).

Everything from an article (text, titles, outlets, ids, URLs) is untrusted: autoescape is
always on, ids go into URLs percent-encoded, and a link is only made from an http(s) URL.
The chart is computed here as plain numbers and drawn as inline SVG by the template,
so it needs no script and no external request.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
# Chart geometry in SVG user units: wide enough for a table column, labels in the margins.
CHART_WIDTH, CHART_HEIGHT = 640, 240
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 56, 16, 16, 36
Y_TICKS = 5  # with tops of 1, 2, 2.5, 5 x 10^n every tick is a whole number from 5 up
# Series colours, distinguishable for the common colour-vision deficiencies (Okabe-Ito).
# Filter values left out of links because they are the defaults (keeps URLs short).
DEFAULT_FILTERS = {"page": 1, "per_page": 20, "sort": "newest"}
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The one Jinja2 environment of the web app and the HTML report."""
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(q=quote_id, day=day, minute=minute)
    env.globals.update(marked=marked_segments, chart=chart_geometry, safe_url=safe_url, page_link=page_link)
    return env


def render(template: str, data: dict[str, Any], **extra: Any) -> str:
    return environment().get_template(template).render(data=data, **extra)


def quote_id(value: str) -> str:
    """An id as one URL path segment ("/" and "?" included are percent-encoded)."""
    return quote(str(value), safe="")


def day(value: str | None) -> str:
    return value[:10] if value else "-"


def minute(value: str | None) -> str:
    return value[:16].replace("T", " ") if value else "unknown"


def safe_url(url: str) -> str | None:
    """The URL if it is a plain web link, else None (no javascript:, data: or relative tricks)."""
    parts = urlsplit(url or "")
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def page_link(filters: dict[str, Any], **changes: Any) -> str:
    """The events page's query string with some filters changed (pagination, sort)."""
    merged = {**filters, **changes}
    keep = {k: v for k, v in merged.items() if v not in ("", None) and DEFAULT_FILTERS.get(k) != v}
    return "?" + urlencode(keep) if keep else "?"


def marked_segments(text: str, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text cut at every fact boundary; each piece lists the facts covering it and the
    anchors that start there, so overlapping facts still mark every word exactly once."""
    bounds = {0, len(text)}
    for f in facts:
        if 0 <= f["start"] < f["end"] <= len(text):
            bounds |= {f["start"], f["end"]}
    cuts = sorted(bounds)
    starts: dict[int, list[str]] = {}
    for f in facts:
        starts.setdefault(f["start"], []).append(f["anchor"])
    pieces = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        covering = [f for f in facts if f["start"] <= left and right <= f["end"]]
        pieces.append({
            "text": text[left:right],
            "kinds": sorted({f["kind"] for f in covering}),
            "label": "; ".join(sorted({f"{f['kind']}: {f['text']}" for f in covering})),
            "anchors": sorted(set(starts.get(left, []))),
        })
    return pieces


def chart_geometry(chart: dict[str, Any]) -> dict[str, Any]:
    """Pixel positions for a chart's series: x by publication time, y by figure from 0."""
    points = [p for s in chart["series"] for p in s["points"]]
    times = [datetime.fromisoformat(p["published"]).timestamp() for p in points]
    low_t, high_t = min(times), max(times)
    top = max(p["figure"] for p in points) or 1
    top = _nice_ceiling(top)
    plot_w = CHART_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_h = CHART_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

    def x(t: float) -> float:
        share = 0.5 if high_t == low_t else (t - low_t) / (high_t - low_t)
        return round(MARGIN_LEFT + share * plot_w, 1)

    def y(v: float) -> float:
        return round(MARGIN_TOP + plot_h - v / top * plot_h, 1)

    series = []
    for n, s in enumerate(chart["series"]):
        drawn = [{**p, "x": x(datetime.fromisoformat(p["published"]).timestamp()), "y": y(p["figure"])}
                 for p in s["points"]]
        lines: dict[str, list[dict]] = {}
        for p in drawn:  # a line joins one slot's figures; a source's other slots get their own
            lines.setdefault(p.get("slot_id", ""), []).append(p)
        paths = [" ".join(f"{p['x']},{p['y']}" for p in line) for line in lines.values() if len(line) > 1]
        series.append({"source": s["source"], "colour": PALETTE[n % len(PALETTE)], "points": drawn, "paths": paths})
    ticks = [{"value": round(top * i / Y_TICKS), "y": y(top * i / Y_TICKS)} for i in range(Y_TICKS + 1)]
    return {
        "width": CHART_WIDTH, "height": CHART_HEIGHT, "left": MARGIN_LEFT, "right": CHART_WIDTH - MARGIN_RIGHT,
        "top": MARGIN_TOP, "bottom": CHART_HEIGHT - MARGIN_BOTTOM, "series": series, "y_ticks": ticks,
        "x_first": minute(datetime.fromtimestamp(low_t).isoformat()),
        "x_last": minute(datetime.fromtimestamp(high_t).isoformat()), "single_time": high_t == low_t,
    }


def _nice_ceiling(value: float) -> float:
    """The axis top: the figure rounded up to 1, 2, 2.5 or 5 times a power of ten."""
    power = 10 ** max(0, len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return step * power
    return value


def stylesheet() -> str:
    """The vendored CSS, for reports that must carry it inline."""
    return (STATIC / "style.css").read_text(encoding="utf-8")
