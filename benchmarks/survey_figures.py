"""Every casualty figure rashomon finds in unlabelled news from outside FA-KES, for reading by eye.

The casualty gold covers FA-KES only, and rules written against its errors did not always carry
over to fresh articles. ECB+ (shootings, earthquakes, piracy, fires, trials), TempEval-3
(TimeBank, AQUAINT) and MEANTIME are news nobody here tuned the casualty rules on: listing each
figure with its sentence and source lets a reader spot classes of wrong figures or sources
(a person's age read as a count, an attempted killing read as a killing, "no-one hurt" read as
one) and count them before and after a change. There is no gold here, so the script prints, it
does not score.

    .venv/bin/python benchmarks/survey_figures.py --data ecbplus > ecb.txt
    .venv/bin/python benchmarks/survey_figures.py --data tempeval3 --data meantime > tml.txt
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from eval_grouping import load_ecbplus
from eval_time import load_meantime_set, load_tml_set, shared_data

from rashomon.extract import extract_article
from rashomon.model import Article, CasualtyFact

_WIDTH = 400  # characters of a long line shown around the figure


def _articles(data: str) -> Iterator[Article]:
    """The chosen corpus as Articles (TempEval-3 and MEANTIME anchored at their creation time)."""
    if data == "ecbplus":
        yield from load_ecbplus()[0]
        return
    root = shared_data()
    folders = {"tempeval3": [root / "tempeval3" / "train" / "TimeBank", root / "tempeval3" / "train" / "AQUAINT"],
               "meantime": [root / "meantime" / "intra_cross-doc_annotation"]}[data]
    for folder in folders:
        if not folder.exists():
            print(f"skipped: {folder} is absent (public data is read from ../shared at run time)")
            continue
        load = load_meantime_set if data == "meantime" else load_tml_set
        for doc in load(folder):
            yield Article(id=doc.id, text=doc.text, published=doc.anchor)


def _line_around(text: str, fact: CasualtyFact) -> str:
    """The line (a sentence in these corpora) that holds the figure, cut to _WIDTH around it."""
    start = text.rfind("\n", 0, fact.start) + 1
    end = text.find("\n", fact.end)
    line = text[start:len(text) if end < 0 else end]
    if len(line) > _WIDTH:
        left = max(0, fact.start - start - _WIDTH // 2)
        line = line[left:left + _WIDTH]
    return line


def survey(data: str, out=sys.stdout) -> int:
    """Print each article's figures with kind, victims, source and line; return how many."""
    count = 0
    for article in _articles(data):
        facts = extract_article(article).casualties
        if not facts:
            continue
        out.write(f"== {data} {article.id} | {article.text.strip()[:100]!r}\n")
        for fact in facts:
            source = f"{fact.source.primary!r} via {fact.source.via}" if fact.source else "''"
            out.write(f"  [{fact.start}] {fact.low}-{fact.high} {fact.qualifier} {fact.category} {fact.text!r} "
                      f"victims={fact.victims!r} src={source}\n      | {_line_around(article.text, fact)}\n")
            count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", action="append", choices=["ecbplus", "tempeval3", "meantime"],
                        help="corpus to list (repeatable; default ecbplus)")
    args = parser.parse_args()
    for data in args.data or ["ecbplus"]:
        print(f"{data}: {survey(data)} figures", file=sys.stderr)


if __name__ == "__main__":
    main()
