"""Articles per second for extraction and `compare`, on the examples and on FA-KES.

    python benchmarks/bench_extract.py [--limit N] [--repeat R]

Prints one line per measurement. Model loading is timed apart (it happens once per
process). FA-KES (804 Syrian-war reports) is read from ../shared at run time.
"""

from __future__ import annotations

import argparse
import time
from datetime import datetime

from common import REPO, fakes_rows

from rashomon.extract import extract_article
from rashomon.extract.nlp import clear_cache, pipeline
from rashomon.model import Article
from rashomon.pipeline import compare_articles, read


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000, help="at most this many FA-KES articles")
    parser.add_argument("--repeat", type=int, default=20, help="repeat the small example set this often")
    args = parser.parse_args()

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
