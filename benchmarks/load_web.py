"""Load test of the web app: event pages served from a 10k-article store, on loopback.

Why: the web app must stay responsive for a team browsing a real corpus on one laptop.
The script builds (or reuses) a store of 10k synthetic articles (make_corpus.py, then
`rashomon ingest`), starts `rashomon serve` on 127.0.0.1, sends a bounded number of
requests with bounded concurrency to event pages, and reports requests per second,
p50/p99 latency and errors. Traffic never leaves the machine, and the run stops by itself
(request count and a time limit).

    python benchmarks/load_web.py                      # build benchmarks/out/web-10k.db if missing
    python benchmarks/load_web.py --db benchmarks/out/bench-10000.db --requests 5000 --concurrency 16

The first pass (each event once: data computed and rendered) is reported apart from the
main run (pages then come from the per-store-version cache).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import httpx

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "out"
RASHOMON = str(Path(sys.executable).parent / "rashomon")
HOST = "127.0.0.1"  # loopback only: this script never sends traffic anywhere else
# Distinct events requested: a browsing team's working set (the app caches 512 pages).
EVENTS = 200
TARGET_RPS = 200


def build_store(db: Path, n: int) -> dict:
    """The corpus (make_corpus.py) and the store (`rashomon ingest`), timed."""
    corpus = OUT / f"corpus-{n // 1000}k.jsonl"
    if not corpus.exists():
        subprocess.run([sys.executable, str(REPO / "benchmarks" / "make_corpus.py"), "--n", str(n), "--seed", "1",
                        "--out", str(corpus)], check=True)
    started = time.perf_counter()
    subprocess.run([RASHOMON, "ingest", "--db", str(db), "--json", str(corpus)], check=False,
                   stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    return {"corpus": str(corpus), "ingest_seconds": round(seconds, 1), "articles_per_second": round(n / seconds, 1)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    """`rashomon serve` as a user runs it, waited for until it answers."""
    proc = subprocess.Popen([RASHOMON, "serve", "--db", str(db), "--host", HOST, "--port", str(port)],
                            stderr=subprocess.PIPE, env={**os.environ, "RASHOMON_API_TOKEN": ""})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://{HOST}:{port}/events.json", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"server did not start: {proc.stderr.read().decode() if proc.stderr else ''}")


def pick_events(base: str, count: int, seed: int) -> list[str]:
    """The most reported events plus random others: big pages and ordinary ones."""
    top = httpx.get(f"{base}/api/events", params={"sort": "reports", "per_page": 100}, timeout=30).json()
    total = top["total"]
    ids = [e["id"] for e in top["events"][: count // 2]]
    rng = random.Random(seed)
    pages = max(1, total // 100)
    while len(ids) < count and len(ids) < total:
        page = httpx.get(f"{base}/api/events", params={"page": rng.randint(1, pages), "per_page": 100},
                         timeout=30).json()
        ids += [e["id"] for e in page["events"] if e["id"] not in ids][: count - len(ids)]
    return ids


async def run(base: str, urls: list[str], concurrency: int, max_seconds: float) -> dict:
    """GET every URL with at most `concurrency` in flight; stops at the time limit."""
    latencies: list[float] = []
    errors: dict[str, int] = {}
    queue = list(reversed(urls))
    deadline = time.monotonic() + max_seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def worker(client: httpx.AsyncClient) -> None:
        while queue and time.monotonic() < deadline:
            url = queue.pop()
            started = time.perf_counter()
            try:
                response = await client.get(url)
                if response.status_code != 200:
                    errors[str(response.status_code)] = errors.get(str(response.status_code), 0) + 1
            except httpx.HTTPError as error:
                errors[type(error).__name__] = errors.get(type(error).__name__, 0) + 1
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
    return summarise(latencies, errors, time.perf_counter() - started)


def summarise(latencies: list[float], errors: dict[str, int], seconds: float) -> dict:
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return round(1000 * ordered[min(len(ordered) - 1, int(p * len(ordered)))], 1) if ordered else 0.0

    return {"requests": len(ordered), "seconds": round(seconds, 2),
            "requests_per_second": round(len(ordered) / seconds, 1) if seconds else 0.0,
            "p50_ms": pct(0.50), "p99_ms": pct(0.99), "max_ms": round(1000 * ordered[-1], 1) if ordered else 0.0,
            "errors": errors}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None,
                        help="existing store (default: build benchmarks/out/web-10k.db)")
    parser.add_argument("--n", type=int, default=10_000, help="articles in the store built when --db is not given")
    parser.add_argument("--requests", type=int, default=5000, help="requests in the main run")
    parser.add_argument("--concurrency", type=int, default=16, help="requests in flight at once")
    parser.add_argument("--max-seconds", type=float, default=120, help="time limit of each run")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    report: dict = {"cpus": os.cpu_count()}
    db = args.db or OUT / f"web-{args.n // 1000}k.db"
    if args.db is None and not db.exists():
        report["build"] = build_store(db, args.n)
    port = free_port()
    server = start_server(db, port)
    base = f"http://{HOST}:{port}"
    try:
        report["store"] = httpx.get(f"{base}/events.json", timeout=30).json()["store"]
        events = pick_events(base, EVENTS, args.seed)
        urls = [f"/event/{quote(e, safe='')}" for e in events]
        report["events_requested"] = len(urls)
        report["first_pass"] = asyncio.run(run(base, urls, args.concurrency, args.max_seconds))
        rng = random.Random(args.seed)
        main_urls = [rng.choice(urls) for _ in range(args.requests)]
        report["main"] = asyncio.run(run(base, main_urls, args.concurrency, args.max_seconds))
    finally:
        server.terminate()
        server.wait(10)
    report["target_rps"] = TARGET_RPS
    report["met"] = report["main"]["requests_per_second"] >= TARGET_RPS and not report["main"]["errors"]
    (OUT / "load_web.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
