"""Articles per second for extraction and `compare`, on the examples and on FA-KES.

    python benchmarks/bench_extract.py [--limit N] [--repeat R] [--turns CORPUS.jsonl]

Prints one line per measurement. Model loading is timed apart (it happens once per
process). FA-KES (804 Syrian-war reports) is read from ../shared at run time.

--turns times extraction the way an ingest worker runs it (rashomon.workers.extract_run:
articles in turns whose parses are pooled) over lines TURNS_LINES of a make_corpus.py corpus,
as CPU milliseconds per article (time.process_time): steadier than a rate when other
processes share the cores, which is how speed before and after a change is compared.
--turns-articles N limits it to N of those articles; under valgrind's callgrind, the instructions
of N articles less those of 0 (loading only) count the extraction's work exactly, with no noise
from other processes or the machine's hour:

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        .venv/bin/python benchmarks/bench_extract.py --turns CORPUS --turns-articles 60
"""

from __future__ import annotations

import argparse
import itertools
import time
from datetime import datetime
from pathlib import Path

from common import REPO, fakes_rows

from rashomon.extract import extract_article
from rashomon.extract.nlp import clear_cache, pipeline
from rashomon.model import Article
from rashomon.pipeline import compare_articles, read
from rashomon.sources.records import articles_from_jsonl
from rashomon.workers import extract_run

# 500 lines from the middle of the corpus (past its first stories, which the 1k corpus repeats);
# the first is extracted untimed so that models and tables are loaded.
TURNS_LINES = (3000, 3501)


def fakes_articles(limit: int) -> list[Article]:
    articles = []
    for row in fakes_rows():
        published = datetime.strptime(row["date"], "%m/%d/%Y") if row.get("date") else None
        articles.append(Article(id=row["unit_id"], text=row["article_content"], title=row["article_title"],
                                outlet=row["source"], published=published))
        if len(articles) >= limit:
            break
    return articles


def timed(label: str, count: int, work) -> None:  # type: ignore[no-untyped-def]
    clear_cache()  # each measurement parses from scratch
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    print(f"{label:<44} {count:>5} articles  {seconds:7.2f} s  {count / seconds:8.1f} articles/s")


def turns_cpu(corpus: Path, count: int | None = None) -> None:
    """CPU milliseconds per article of extract_run over TURNS_LINES of `corpus` (the first
    `count` articles after the untimed one, when given)."""
    with corpus.open(encoding="utf-8") as handle:
        lines = list(itertools.islice(handle, *TURNS_LINES))
    articles = [a for a in articles_from_jsonl(iter(lines), str(corpus), "bench") if isinstance(a, Article)]
    extract_article(articles[0])
    timed_articles = articles[1:] if count is None else articles[1 : 1 + count]
    if not timed_articles:
        return  # models and tables loaded only: the baseline an instruction count subtracts
    start = time.process_time()
    extract_run(extract_article, timed_articles)
    per_article = (time.process_time() - start) / len(timed_articles) * 1000
    label = f"extract (worker turns): {corpus.name}"
    print(f"{label:<44} {len(timed_articles):>5} articles  {per_article:7.2f} CPU ms/article")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000, help="at most this many FA-KES articles")
    parser.add_argument("--repeat", type=int, default=20, help="repeat the small example set this often")
    parser.add_argument("--turns", type=Path, metavar="CORPUS", help="only the worker-turns CPU measure on CORPUS")
    parser.add_argument("--turns-articles", type=int, metavar="N",
                        help="with --turns, only the first N articles (0: load only), e.g. under valgrind")
    args = parser.parse_args()
    if args.turns:
        turns_cpu(args.turns, args.turns_articles)
        return

    start = time.perf_counter()
    pipeline()
    print(f"{'model load (once per process)':<44} {time.perf_counter() - start:7.2f} s")

    examples, _ = read(sorted(str(p) for p in (REPO / "examples" / "market-strike").iterdir()))
    timed("compare: examples/market-strike (x repeat)", len(examples) * args.repeat,
          lambda: [compare_articles(examples) for _ in range(args.repeat)])
    articles = fakes_articles(args.limit)
    timed("extract: FA-KES", len(articles), lambda: [extract_article(a) for a in articles])
    timed("compare: FA-KES in groups of 4", len(articles),
          lambda: [compare_articles(articles[i:i + 4]) for i in range(0, len(articles), 4)])


if __name__ == "__main__":
    main()
