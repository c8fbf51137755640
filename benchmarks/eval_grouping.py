"""Measure event grouping on public data read from ../shared at run time.

    python benchmarks/eval_grouping.py --data ecbplus [--incremental] [--batch-size N]
    python benchmarks/eval_grouping.py --data ecbplus --halves     # robustness check
    python benchmarks/eval_grouping.py --data ecbplus --folds 2 [--incremental] [--per-topic]
    python benchmarks/eval_grouping.py --data ecbplus --topics 18-35 [--incremental]
    python benchmarks/eval_grouping.py --data fakes [--sample 10]
    python benchmarks/eval_grouping.py --data synthetic --size 10000   # speed only
    python benchmarks/eval_grouping.py --data corpus --corpus benchmarks/out/corpus-10000-seed1.jsonl

ECB+ (dev.jsonl): B-cubed precision/recall/F1 against the gold `event`, grouping the whole
file with no topic information. FA-KES: no gold events; prints how many events span
several outlets and a sample of groups to inspect by eye. `synthetic`: articles made in
memory by recombining ECB+ sentences with names and numbers changed, to time the
grouping at sizes ECB+ does not reach. `corpus`: a generated corpus (make_corpus.py, with gold
`event` per record) grouped in batch and fed 500 at a time, pair F1 and CPU ms per article of
the grouping alone (bench_ingest.py measures the whole ingest). Nothing read here is written
anywhere.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path

from rashomon.group import EventIndex, group_articles, near_duplicates
from rashomon.model import Article

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    """../shared beside the repo, or $RASHOMON_SHARED."""
    return Path(os.environ.get("RASHOMON_SHARED", REPO.parent / "shared"))


def require(path: Path) -> Path:
    if not path.exists():
        sys.exit(f"missing {path}: the evaluation data lives in ../shared (set RASHOMON_SHARED to override)")
    return path


def load_ecbplus(path: Path | None = None) -> tuple[list[Article], dict[str, str], dict[str, int]]:
    """ECB+ documents as Articles (no title, no date), gold events and topics by id."""
    path = path or require(shared_dir() / "data" / "ecbplus" / "dev.jsonl")
    articles, gold, topic = [], {}, {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            articles.append(Article(id=row["id"], text=row["text"], url=row.get("url") or ""))
            gold[row["id"]] = row["event"]
            topic[row["id"]] = int(row["topic"])
    articles.sort(key=lambda a: a.id)
    return articles, gold, topic


def load_fakes(path: Path | None = None) -> list[Article]:
    """FA-KES reports as Articles with outlet and publication day (a repeated unit_id gets "#n")."""
    path = path or require(shared_dir() / "data" / "fakes" / "FA-KES-Dataset.csv")
    articles = []
    seen: Counter = Counter()
    with open(path, encoding="utf-8", errors="replace", newline="") as handle:
        for row in csv.DictReader(handle):
            published = datetime.strptime(row["date"].strip(), "%m/%d/%Y")
            seen[row["unit_id"]] += 1
            suffix = f"#{seen[row['unit_id']]}" if seen[row["unit_id"]] > 1 else ""
            articles.append(
                Article(
                    id=row["unit_id"] + suffix, text=row["article_content"], title=row["article_title"],
                    outlet=row["source"], published=published,
                )
            )
    return articles


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over the items of `gold`."""
    by_predicted, by_gold = defaultdict(set), defaultdict(set)
    for item in gold:
        by_predicted[predicted[item]].add(item)
        by_gold[gold[item]].add(item)
    precision = recall = 0.0
    for item in gold:
        overlap = len(by_predicted[predicted[item]] & by_gold[gold[item]])
        precision += overlap / len(by_predicted[predicted[item]])
        recall += overlap / len(by_gold[gold[item]])
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


# The incremental run saves and reloads the index (through JSON) every this many articles,
# as a store would between sessions; doing it after every add would time JSON, not grouping.
RELOAD_EVERY = 100


def incremental(articles: list[Article], batch_size: int) -> dict[str, str]:
    """Feed articles in the given order, `batch_size` at a time, reloading the state now and then."""
    index = EventIndex()
    result: dict[str, str] = {}
    for start in range(0, len(articles), batch_size):
        result.update(index.add(articles[start : start + batch_size]))
        if (start // batch_size + 1) % max(1, RELOAD_EVERY // batch_size) == 0:
            index = EventIndex.from_state(json.loads(json.dumps(index.to_state())))
    return result


def timed(run: Callable[[], dict[str, str]]) -> tuple[dict[str, str], float]:
    """Run and time it in CPU seconds of this process (wall time swings with other load)."""
    started = time.process_time()
    result = run()
    return result, time.process_time() - started


def report_ecbplus(args: argparse.Namespace) -> dict[str, float]:
    articles, gold, _ = load_ecbplus()
    if args.incremental:
        mode = f"incremental (id order, {args.batch_size} per add, state reloaded every {RELOAD_EVERY})"
        predicted, seconds = timed(lambda: incremental(articles, args.batch_size))
    else:
        mode = "batch"
        predicted, seconds = timed(lambda: group_articles(articles))
    precision, recall, f1 = bcubed(predicted, gold)
    print(f"ECB+ dev, {mode}: {len(articles)} docs, {len(set(predicted.values()))} events "
          f"(gold {len(set(gold.values()))})")
    print(f"B-cubed P={precision:.3f} R={recall:.3f} F1={f1:.3f}  "
          f"CPU {seconds:.2f}s = {len(articles) / seconds:.0f} articles/s")
    return {"precision": precision, "recall": recall, "f1": f1}


def topic_range(text: str) -> set[int]:
    """'1-17' or '3,5,9-12' -> the topic numbers."""
    topics: set[int] = set()
    for part in text.split(","):
        low, _, high = part.partition("-")
        topics.update(range(int(low), int(high or low) + 1))
    return topics


def folds(topics: list[int], count: int) -> list[set[int]]:
    """`count` contiguous runs of the sorted topics, as equal as possible."""
    ordered = sorted(topics)
    size, extra = divmod(len(ordered), count)
    runs, start = [], 0
    for number in range(count):
        end = start + size + (number < extra)
        runs.append(set(ordered[start:end]))
        start = end
    return runs


def per_topic(
    predicted: Mapping[str, str], gold: Mapping[str, str], topic: Mapping[str, int]
) -> dict[int, tuple[float, float, float, int, int]]:
    """B-cubed P/R/F1 of each topic's documents, their count, and how many sit in an event
    mixing topics. Predicted events keep their members from other topics, so a cross-topic
    merge costs the topic precision."""
    by_predicted, by_gold = defaultdict(set), defaultdict(set)
    for item in gold:
        by_predicted[predicted[item]].add(item)
        by_gold[gold[item]].add(item)
    scores = {}
    for number in sorted({topic[i] for i in gold}):
        items = [i for i in gold if topic[i] == number]
        overlaps = [len(by_predicted[predicted[i]] & by_gold[gold[i]]) for i in items]
        precision = sum(o / len(by_predicted[predicted[i]]) for o, i in zip(overlaps, items, strict=True)) / len(items)
        recall = sum(o / len(by_gold[gold[i]]) for o, i in zip(overlaps, items, strict=True)) / len(items)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        mixed = sum(any(topic[j] != number for j in by_predicted[predicted[i]]) for i in items)
        scores[number] = (precision, recall, f1, len(items), mixed)
    return scores


def report_folds(args: argparse.Namespace) -> None:
    """Group each fold of topics on its own (as a held-out set would be) and score it."""
    articles, gold, topic = load_ecbplus()
    chosen = topic_range(args.topics) if args.topics else set(topic.values())
    runs = folds(sorted(chosen), args.folds) if not args.topics else [chosen]
    for run in runs:
        part = [a for a in articles if topic[a.id] in run]
        if args.incremental:
            predicted, seconds = timed(lambda part=part: incremental(part, args.batch_size))
        else:
            predicted, seconds = timed(lambda part=part: group_articles(part))
        part_gold = {a.id: gold[a.id] for a in part}
        precision, recall, f1 = bcubed(predicted, part_gold)
        label = f"{min(run)}-{max(run)}"
        mode = "incremental" if args.incremental else "batch"
        print(f"topics {label} ({mode}, {len(part)} docs, {len(set(predicted.values()))} events, "
              f"gold {len(set(part_gold.values()))}): P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
        if args.per_topic:
            for number, (p, r, f, n, mixed) in per_topic(predicted, part_gold, topic).items():
                flag = "  <--" if f < 0.9 else ""
                print(f"  topic {number:2}: P={p:.3f} R={r:.3f} F1={f:.3f} ({n} docs, {mixed} in mixed-topic events)"
                      + flag)


def report_halves() -> None:
    """Choose the merge threshold on one half of the topics, score it on the other."""
    articles, gold, topic = load_ecbplus()
    halves = {"1-17": [a for a in articles if topic[a.id] <= 17], "18-35": [a for a in articles if topic[a.id] > 17]}
    grid = [0.08, 0.10, 0.125, 0.15, 0.175, 0.20, 0.25]
    scores = {
        name: {t: _f1_at(part, {a.id: gold[a.id] for a in part}, t) for t in grid} for name, part in halves.items()
    }
    for name in halves:
        print(f"topics {name}: " + " ".join(f"{t}:{f:.3f}" for t, f in scores[name].items()))
    for tune, test in (("1-17", "18-35"), ("18-35", "1-17")):
        best = max(grid, key=lambda t: (scores[tune][t], -abs(t - 0.15)))
        print(f"threshold chosen on {tune}: {best} -> F1 on {test} = {scores[test][best]:.3f}")


def _f1_at(articles: list[Article], gold: Mapping[str, str], threshold: float) -> float:
    return bcubed(group_articles(articles, merge_threshold=threshold), gold)[2]


def report_fakes(args: argparse.Namespace) -> None:
    articles = load_fakes()
    by_id = {a.id: a for a in articles}
    predicted, seconds = timed(lambda: group_articles(articles))
    events = defaultdict(list)
    for article_id, event in predicted.items():
        events[event].append(by_id[article_id])
    multi = {e: m for e, m in events.items() if len({a.outlet for a in m}) > 1}
    sizes = Counter(len(m) for m in events.values())
    copies = near_duplicates(articles)
    print(f"FA-KES: {len(articles)} reports -> {len(events)} events, {len(multi)} covered by 2+ outlets "
          f"({sum(len(m) for m in multi.values())} reports); sizes {sorted(sizes.items())}")
    print(f"near-duplicates: {len(copies)} copies; grouping {len(articles) / seconds:.0f} articles/s")
    rng = random.Random(args.seed)
    for event in rng.sample(sorted(multi), min(args.sample, len(multi))):
        print(f"\n== {event}")
        for a in sorted(events[event], key=lambda a: (a.published, a.id)):
            print(f"  {a.published:%Y-%m-%d} {a.outlet:13} {a.title[:90]}")


def synthetic(size: int, seed: int = 7) -> list[Article]:
    """`size` made-up articles: ECB+ sentences recombined, names and numbers changed (in memory only)."""
    articles, _, _ = load_ecbplus()
    rng = random.Random(seed)
    by_doc = [a.text.split("\n") for a in articles]
    made = []
    for number in range(size):
        base = by_doc[number % len(by_doc)]
        lines = base[: rng.randint(1, len(base))] + rng.choice(by_doc)[:2]
        suffix = f"{number // len(by_doc)}"
        text = "\n".join(_disguise(line, suffix, rng) for line in lines)
        made.append(Article(id=f"syn-{number:06d}", text=text))
    return made


def _disguise(line: str, suffix: str, rng: random.Random) -> str:
    line = re.sub(r"\b([A-Z][a-z]{3,})\b", lambda m: m.group(1) + suffix, line)
    return re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randint(0, 3)), line)


def report_speed(size: int) -> None:
    for n in (size // 4, size // 2, size):
        articles = synthetic(n)
        result, seconds = timed(lambda articles=articles: group_articles(articles))
        events = len(set(result.values()))
        print(f"synthetic {n} articles: {events} events, CPU {seconds:.1f}s = {n / seconds:.0f} articles/s")


def pair_scores(predicted: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 (the measure bench_ingest.py reports for a corpus)."""
    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    true = pairs(Counter((predicted[a], gold[a]) for a in gold))
    found, wanted = pairs(Counter(predicted[a] for a in gold)), pairs(Counter(gold.values()))
    precision, recall = (true / found if found else 1.0), (true / wanted if wanted else 1.0)
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


# Articles per add when a corpus is fed incrementally: the ingest batch size.
CORPUS_BATCH = 500


def report_corpus(path: Path) -> None:
    """Batch and incremental grouping of a generated corpus: pair P/R/F1, CPU ms per article."""
    articles, gold = [], {}
    with open(require(path), encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            published = datetime.fromisoformat(row["published"]) if row.get("published") else None
            articles.append(Article(id=row["id"], text=row["text"], title=row.get("title") or "",
                                    outlet=row.get("outlet") or "", published=published))
            gold[row["id"]] = row["event"]
    runs = {"batch": lambda: group_articles(articles), f"incremental ({CORPUS_BATCH} per add)": lambda: _fed(articles)}
    for mode, run in runs.items():
        predicted, seconds = timed(run)
        precision, recall, f1 = pair_scores(predicted, gold)
        print(f"{path.name} {mode}: {len(articles)} articles, {len(set(predicted.values()))} events "
              f"(gold {len(set(gold.values()))}); pair P={precision:.4f} R={recall:.4f} F1={f1:.4f}; "
              f"CPU {1000 * seconds / len(articles):.2f} ms/article")


def _fed(articles: list[Article]) -> dict[str, str]:
    index, result = EventIndex(), {}
    for start in range(0, len(articles), CORPUS_BATCH):
        result.update(index.add(articles[start : start + CORPUS_BATCH]))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", choices=["ecbplus", "fakes", "synthetic", "corpus"], default="ecbplus")
    parser.add_argument("--incremental", action="store_true")
    parser.add_argument("--batch-size", type=int, default=1)
    parser.add_argument("--halves", action="store_true", help="ECB+: tune on one half of topics, test on the other")
    parser.add_argument("--folds", type=int, default=0, help="ECB+: group each of N topic folds on its own")
    parser.add_argument("--topics", help="ECB+: group only these topics, e.g. 36-45 or 1-17")
    parser.add_argument("--per-topic", action="store_true", help="ECB+ folds: B-cubed of every topic")
    parser.add_argument("--sample", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--corpus", type=Path, default=REPO / "benchmarks" / "out" / "corpus-10000-seed1.jsonl")
    args = parser.parse_args()
    if args.data == "ecbplus":
        if args.halves:
            report_halves()
        elif args.folds or args.topics:
            report_folds(args)
        else:
            report_ecbplus(args)
    elif args.data == "fakes":
        report_fakes(args)
    elif args.data == "corpus":
        report_corpus(args.corpus)
    else:
        report_speed(args.size)


if __name__ == "__main__":
    main()
