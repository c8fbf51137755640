"""How `rashomon ingest` scales: speed, peak memory and grouping quality at 1k, 10k, 100k.

Why: corpus mode must keep up with a monitor's daily intake on a laptop (target 100
articles/second end to end on 2 cores) and must not slow down as the store grows. Each
size runs the real command in a fresh process on a fresh database, over a synthetic corpus
from make_corpus.py (generated on first use, same seed), and reports:

    articles/second   reports read / wall-clock seconds of the whole command
    per CPU-second    reports read / CPU seconds of the ingest process (steadier on a busy machine)
    main / workers    CPU milliseconds per report of the ingest's main process and of its
                      extraction workers together (where to look when it is slow)
    peak RSS          the ingest process's maximum resident memory (os.wait4)
    growth            time ratio between consecutive sizes (10x more articles: ~10 is linear)
    grouping          pairwise precision/recall/F1 of the stored events against the gold
                      `event` ids (reprints and near-duplicates count as their event's reports)

    python benchmarks/bench_ingest.py [--sizes 1000,10000,100000] [--seed 1]

Results go to benchmarks/out/bench_ingest.json (generated data: gitignored).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from common import FAKES, REPO, fakes_rows
from make_corpus import generate, write_corpus

OUT = REPO / "benchmarks" / "out"
DEFAULT_SIZES = "1000,10000,100000"
MEMBERS_PER_QUERY = 500  # event ids per membership query (SQLite's parameter limit is 999+)
# Runs the command's own entry point and, at exit (after the worker pool is joined), writes
# the CPU seconds of the main process and of its reaped children to the file in argv[1].
CPU_SPLIT = """
import atexit, json, resource, sys
out = sys.argv.pop(1)
def write():
    me, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    with open(out, "w") as f:
        json.dump({"main": me.ru_utime + me.ru_stime, "workers": kids.ru_utime + kids.ru_stime}, f)
atexit.register(write)
from rashomon.cli import main
sys.argv[0] = "rashomon"
main()
"""


def ingest_command() -> list[str]:
    """The `rashomon` command beside this Python, else on PATH; exits if it has no `ingest`."""
    local = Path(sys.executable).parent / "rashomon"
    command = str(local) if local.exists() else shutil.which("rashomon")
    if command:
        check = subprocess.run([command, "ingest", "--help"], capture_output=True, text=True)
        if check.returncode == 0:
            return [sys.executable, "-c", CPU_SPLIT, "ingest"]
    print(
        "rashomon ingest not available (install the package: `pip install -e .`; the command "
        "must accept `rashomon ingest --db FILE --json INPUT...`)",
        file=sys.stderr,
    )
    sys.exit(1)


def corpus_file(size: int, seed: int) -> Path:
    """The synthetic corpus of `size` reports, generated once per (size, seed)."""
    path = OUT / f"corpus-{size}-seed{seed}.jsonl"
    if not path.exists():
        started = time.perf_counter()
        write_corpus(generate(size, seed, list(fakes_rows())), path)
        print(f"generated {path.name} in {time.perf_counter() - started:.1f} s")
    return path


def run_ingest(command: list[str], db: Path, corpus: Path) -> dict[str, Any]:
    """Ingest `corpus` into a new `db` in a child process: seconds, peak RSS, its summary."""
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    log = db.with_suffix(".log")
    split = db.with_suffix(".cpu.json")
    split.unlink(missing_ok=True)
    command = [*command[:3], str(split), *command[3:]] if command[1:2] == ["-c"] else command
    started = time.perf_counter()
    with log.open("w") as errors:
        child = subprocess.Popen(
            [*command, "--db", str(db), "--json", str(corpus)], stdout=subprocess.PIPE, stderr=errors, text=True
        )
        output = child.stdout.read() if child.stdout else ""
        _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    try:
        summary = json.loads(output)
    except json.JSONDecodeError:
        summary = {}
    if not summary:
        tail = log.read_text(errors="replace")[-800:]
        raise SystemExit(f"ingest of {corpus.name} failed (exit {child.returncode}); end of {log}:\n{tail}")
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    peak_mb = usage.ru_maxrss / (2**20 if sys.platform == "darwin" else 2**10)
    cpu = json.loads(split.read_text()) if split.exists() else {}
    articles = max(1, summary.get("new", 0) + summary.get("duplicates", 0))
    return {
        "main_cpu_ms_per_article": round(1000 * cpu["main"] / articles, 2) if cpu else None,
        "workers_cpu_ms_per_article": round(1000 * cpu["workers"] / articles, 2) if cpu else None,
        "seconds": round(seconds, 2),
        # CPU time of the ingest process: the figure to compare when the machine is shared.
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_rss_mb": round(peak_mb, 1),
        "exit": child.returncode,
        "summary": {k: v for k, v in summary.items() if k != "skipped"},
        "skipped": len(summary.get("skipped", [])),
    }


def grouping_scores(db: Path, corpus: Path) -> dict[str, Any]:
    """Pairwise precision, recall and F1 of the stored events against the gold event ids."""
    gold: dict[str, str] = {}
    first_with_text: dict[str, str] = {}
    same_text: dict[str, str] = {}
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            gold[record["id"]] = record["event"]
            same_text[record["id"]] = first_with_text.setdefault(record["text"], record["id"])
    predicted = stored_events(db)
    for article in gold.keys() - predicted.keys():
        # An exact copy is not stored again: it belongs where its first copy went; anything
        # else missing counts as a group of its own.
        predicted[article] = predicted.get(same_text[article], f"alone:{article}")
    both = Counter((predicted[a], gold[a]) for a in gold)
    true_pairs = sum(n * (n - 1) // 2 for n in both.values())
    predicted_pairs = sum(n * (n - 1) // 2 for n in Counter(predicted[a] for a in gold).values())
    gold_pairs = sum(n * (n - 1) // 2 for n in Counter(gold.values()).values())
    precision = true_pairs / predicted_pairs if predicted_pairs else 1.0
    recall = true_pairs / gold_pairs if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "gold_events": len(set(gold.values())),
        "predicted_events": len(set(predicted.values())),
        "pair_precision": round(precision, 4),
        "pair_recall": round(recall, 4),
        "pair_f1": round(f1, 4),
    }


def stored_events(db: Path) -> dict[str, str]:
    """article id -> event id, as the store holds them."""
    from rashomon.core import Rashomon

    with Rashomon(str(db), must_exist=True) as core:
        event_ids = [e.event.id for e in core.events()]
        members: dict[str, str] = {}
        for start in range(0, len(event_ids), MEMBERS_PER_QUERY):
            for event, articles in core.store.members(event_ids[start : start + MEMBERS_PER_QUERY]).items():
                members.update(dict.fromkeys(articles, event))
    return members


def print_table(results: list[dict[str, Any]]) -> None:
    print(
        f"{'articles':>9} {'seconds':>9} {'art/s':>7} {'art/cpu-s':>9} {'main ms':>8} {'work ms':>8} {'peak MB':>8} "
        f"{'growth':>7} {'events':>13} {'pair P':>7} {'pair R':>7} {'pair F1':>7}"
    )
    for row in results:
        q = row.get("grouping", {})
        growth = f"{row['growth']:.1f}x" if row.get("growth") else "-"
        events = f"{q.get('predicted_events', '-')}/{q.get('gold_events', '-')}"
        print(
            f"{row['size']:>9,} {row['seconds']:>9.1f} {row['articles_per_second']:>7.1f} "
            f"{row.get('articles_per_cpu_second', '-'):>9} "
            f"{row.get('main_cpu_ms_per_article') or '-':>8} {row.get('workers_cpu_ms_per_article') or '-':>8} "
            f"{row['peak_rss_mb']:>8.0f} {growth:>7} {events:>13} {q.get('pair_precision', '-'):>7} "
            f"{q.get('pair_recall', '-'):>7} {q.get('pair_f1', '-'):>7}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help=f"comma-separated corpus sizes ({DEFAULT_SIZES})")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (make_corpus.py --seed)")
    parser.add_argument("--no-grouping", action="store_true", help="skip the grouping-quality scores")
    parser.add_argument("--score-only", action="store_true", help="re-score the databases of an earlier run")
    args = parser.parse_args(argv)
    if not FAKES.exists():
        print(f"skipped: {FAKES} is absent; the benchmark corpus is built from it at run time")
        return 0
    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    report = OUT / "bench_ingest.json"
    if args.score_only:
        results = [
            {**row, "grouping": grouping_scores(OUT / f"bench-{row['size']}.db", corpus_file(row["size"], args.seed))}
            for row in merged(report, args.seed, [])
            if row["size"] in sizes
        ]
    else:
        results = [measure(ingest_command(), size, args.seed, not args.no_grouping) for size in sizes]
    results = with_growth(merged(report, args.seed, results))
    print_table(results)
    report.write_text(json.dumps({"seed": args.seed, "cpus": os.cpu_count(), "results": results}, indent=2) + "\n")
    print(f"results -> {report}")
    return 0


def measure(command: list[str], size: int, seed: int, grouping: bool) -> dict[str, Any]:
    """One size: ingest into a fresh database, then (optionally) score its events."""
    corpus = corpus_file(size, seed)
    db = OUT / f"bench-{size}.db"
    print(f"ingesting {size:,} articles ...", flush=True)
    row: dict[str, Any] = {"size": size, **run_ingest(command, db, corpus)}
    row["articles_per_second"] = round(size / row["seconds"], 1)
    row["articles_per_cpu_second"] = round(size / max(row["cpu_seconds"], 1e-9), 1)
    if grouping:
        row["grouping"] = grouping_scores(db, corpus)
    return row


def merged(report: Path, seed: int, new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Earlier results of the same seed kept for sizes not re-run (the 100k run is long)."""
    rows: dict[int, dict[str, Any]] = {}
    if report.exists():
        earlier = json.loads(report.read_text())
        if earlier.get("seed") == seed:
            rows = {r["size"]: r for r in earlier.get("results", [])}
    rows.update({r["size"]: r for r in new})
    return [rows[size] for size in sorted(rows)]


def with_growth(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Time ratio to the next smaller size: ~10 for 10x the articles means linear."""
    for smaller, row in zip(results, results[1:], strict=False):
        row["growth"] = round(row["seconds"] / smaller["seconds"], 2)
        row["growth_of"] = f"{row['size']}/{smaller['size']}"
    return results


if __name__ == "__main__":
    sys.exit(main())
