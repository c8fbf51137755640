"""Score `rashomon.extract.time.find_times` against TimeML gold, TempEval-3 style.

Why: time values anchor every comparison across reports ("retaken on Saturday" in one
report and "on October 21" in another must meet), so detection and normalisation are
measured on public gold data: TempEval-3 training data (TimeBank, AQUAINT) and MEANTIME.
The data is read at run time from ../shared/data (or $RASHOMON_SHARED/data) and never
copied into the project.

    python benchmarks/eval_time.py [--set timebank|aquaint|meantime|all] [--errors N] [--happening]
    python benchmarks/eval_time.py --fakes-speed     # CPU ms per article on FA-KES (no gold)

Scores: detection strict (exact span) and relaxed (overlap) precision/recall/F1; value F1
(relaxed span match whose value also matches, as TempEval-3's "value F1"); type and value
accuracy over the relaxed matches; speed of find_times in articles per second.
"""

from __future__ import annotations

import argparse
import csv
import html
import os
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from rashomon.extract.sentences import split_sentences
from rashomon.extract.time import find_times
from rashomon.model import Article, TimeFact
from rashomon.sources.dateline import parse_dateline

REPO = Path(__file__).resolve().parents[1]


def shared_data() -> Path:
    """The shared data folder: $RASHOMON_SHARED/data, else ../shared/data beside the repo."""
    root = os.environ.get("RASHOMON_SHARED")
    base = Path(root) if root else REPO / ".." / "shared"
    return (base / "data").resolve()


@dataclass
class GoldTimex:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class GoldDoc:
    id: str
    text: str
    anchor: datetime | None
    timexes: list[GoldTimex] = field(default_factory=list)
    scored_until: int | None = None  # offset past which the annotators marked nothing


# ---------------------------------------------------------------- TimeML (.tml) loading


def parse_value_date(value: str) -> datetime | None:
    """A DCT value such as 1998-01-08 or 1998-01-08T18:30 as a datetime."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?", value)
    if not m:
        return None
    y, mo, d, h, mi = (int(g) if g else 0 for g in m.groups())
    return datetime(y, mo, d, h, mi)


def load_tml(path: Path) -> GoldDoc:
    """Strip the tags of <TEXT>, keeping the offsets of the gold TIMEX3 spans."""
    root = ET.parse(path).getroot()
    dct = root.find("./DCT/TIMEX3")
    anchor = parse_value_date(dct.get("value", "")) if dct is not None else None
    text_el = root.find("TEXT")
    doc = GoldDoc(id=path.stem, text="", anchor=anchor)
    pieces: list[str] = []
    _walk(text_el, pieces, doc)
    doc.text = "".join(pieces)
    return doc


def _walk(el: ET.Element | None, pieces: list[str], doc: GoldDoc) -> None:
    if el is None:
        return
    start = sum(len(p) for p in pieces)
    if el.text:
        pieces.append(el.text)
    for child in el:
        _walk(child, pieces, doc)
        if child.tail:
            pieces.append(child.tail)
    if el.tag == "TIMEX3" and el.get("functionInDocument") != "CREATION_TIME":
        end = start + len("".join(el.itertext()))
        text = "".join(el.itertext())
        doc.timexes.append(GoldTimex(start, end, el.get("type", ""), el.get("value", ""), text))


def load_tml_set(folder: Path) -> list[GoldDoc]:
    return [load_tml(p) for p in sorted(folder.glob("*.tml"))]


# ---------------------------------------------------------------- MEANTIME loading

# MEANTIME's annotators marked time expressions in the title and the first five sentences
# of each article only (no gold TIMEX3 lies past the sixth sentence in any document), so
# predictions after that are neither right nor wrong and are left out of the scores.
MEANTIME_ANNOTATED_SENTENCES = 6

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "'s", "'", "%", "n't", "''"}


def load_meantime(path: Path) -> GoldDoc:
    """Detokenise the tokens (one sentence a line) and map TIMEX3 token anchors to offsets."""
    root = ET.parse(path).getroot()
    offsets: dict[str, tuple[int, int]] = {}
    out: list[str] = []
    length = 0
    last_sentence = None
    for tok in root.iter("token"):
        word = html.unescape(tok.text or "")
        sentence = tok.get("sentence")
        if last_sentence is not None:
            sep = "\n" if sentence != last_sentence else ("" if word in _NO_SPACE_BEFORE else " ")
            if out and out[-1] in {"(", "$", "``"} and sep == " ":
                sep = ""
            out.append(sep)
            length += len(sep)
        last_sentence = sentence
        offsets[tok.get("t_id", "")] = (length, length + len(word))
        out.append(word)
        length += len(word)
    text = "".join(out)
    doc = GoldDoc(id=path.stem, text=text, anchor=None, scored_until=_line_end(text, MEANTIME_ANNOTATED_SENTENCES))
    for tx in root.iter("TIMEX3"):
        anchors = [a.get("t_id", "") for a in tx.findall("token_anchor")]
        spans = [offsets[a] for a in anchors if a in offsets]
        if tx.get("functionInDocument") == "CREATION_TIME":
            doc.anchor = parse_value_date(tx.get("value", ""))
        if not spans:
            continue  # an implicit TIMEX3 with no words
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        doc.timexes.append(GoldTimex(start, end, tx.get("type", ""), tx.get("value", ""), text[start:end]))
    if doc.anchor is None:
        doc.anchor = parse_dateline(text)[0]  # a few documents lack the creation time: read the dateline
    return doc


def _line_end(text: str, lines: int) -> int:
    """The offset where line number `lines` (0-based) starts: the end of the first `lines` lines."""
    end = -1
    for _ in range(lines):
        end = text.find("\n", end + 1)
        if end < 0:
            return len(text)
    return end


def load_meantime_set(folder: Path) -> list[GoldDoc]:
    return [load_meantime(p) for p in sorted(folder.glob("*/*.xml"))]


# ---------------------------------------------------------------- scoring


@dataclass
class Scores:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    errors: list[str] = field(default_factory=list)

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.pred if self.pred else 0.0
        r = hits / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return 100 * p, 100 * r, 100 * f

    def value_f1(self) -> float:
        return self.prf(self.value)[2]

    def strict_f1(self) -> float:
        return self.prf(self.strict)[2]


def predict(doc: GoldDoc, happening: bool = False) -> list[TimeFact]:
    article = Article(id=doc.id, text=doc.text, published=doc.anchor)
    return find_times(article, split_sentences(doc.text), doc.anchor, with_happening=happening)


def score_doc(doc: GoldDoc, preds: list[TimeFact], scores: Scores) -> None:
    """Match predictions to gold one-to-one by overlap (exact spans first)."""
    if doc.scored_until is not None:
        preds = [p for p in preds if p.start < doc.scored_until]
    scores.gold += len(doc.timexes)
    scores.pred += len(preds)
    used: set[int] = set()
    for g in doc.timexes:
        match = _best_match(g, preds, used)
        if match is None:
            scores.errors.append(f"{doc.id}\tMISS\t{g.text!r}\t{g.type}\t{g.value}\t{_context(doc, g)}")
            continue
        used.add(match)
        p = preds[match]
        scores.relaxed += 1
        scores.strict += (p.start, p.end) == (g.start, g.end)
        scores.type += p.type == g.type
        if p.value == g.value:
            scores.value += 1
        else:
            scores.errors.append(f"{doc.id}\tVALUE\t{g.text!r}\t{g.type}\t{g.value}\tgot {p.text!r} "
                                 f"{p.type} {p.value}\t{_context(doc, g)}")
        if (p.start, p.end) != (g.start, g.end) and p.value == g.value:
            scores.errors.append(f"{doc.id}\tSPAN\t{g.text!r}\tgot {p.text!r}\t{_context(doc, g)}")
    for i, p in enumerate(preds):
        if i not in used:
            scores.errors.append(f"{doc.id}\tEXTRA\t{p.text!r}\t{p.type}\t{p.value}\t{_context(doc, p)}")


def _best_match(g: GoldTimex, preds: list[TimeFact], used: set[int]) -> int | None:
    best, best_overlap = None, 0
    for i, p in enumerate(preds):
        if i in used:
            continue
        overlap = min(g.end, p.end) - max(g.start, p.start)
        if overlap > best_overlap or (overlap > 0 and (p.start, p.end) == (g.start, g.end)):
            best, best_overlap = i, overlap + (1000 if (p.start, p.end) == (g.start, g.end) else 0)
    return best


def _context(doc: GoldDoc, span: GoldTimex | TimeFact) -> str:
    left = doc.text[max(0, span.start - 50):span.start].replace("\n", " ")
    right = doc.text[span.end:span.end + 30].replace("\n", " ")
    return f"...{left}[{doc.text[span.start:span.end]}]{right}..."


def evaluate(docs: list[GoldDoc], happening: bool = False) -> tuple[Scores, float]:
    """Scores over `docs`, and the speed of find_times in articles per CPU second.

    CPU time, not wall time: on a shared machine the wall clock also counts other processes.
    """
    scores = Scores()
    began = time.process_time()
    predictions = [predict(doc, happening) for doc in docs]
    elapsed = time.process_time() - began
    for doc, preds in zip(docs, predictions, strict=True):
        score_doc(doc, preds, scores)
    return scores, len(docs) / elapsed if elapsed else 0.0


def report(name: str, scores: Scores, speed: float, errors: int) -> None:
    sp, sr, sf = scores.prf(scores.strict)
    rp, rr, rf = scores.prf(scores.relaxed)
    vp, vr, vf = scores.prf(scores.value)
    matched = scores.relaxed or 1
    print(f"== {name}: {scores.gold} gold, {scores.pred} predicted, {speed:.0f} articles per CPU second")
    print(f"  strict  P {sp:5.1f} R {sr:5.1f} F1 {sf:5.1f}")
    print(f"  relaxed P {rp:5.1f} R {rr:5.1f} F1 {rf:5.1f}")
    print(f"  value   P {vp:5.1f} R {vr:5.1f} F1 {vf:5.1f}   value accuracy {100 * scores.value / matched:5.1f}")
    print(f"  type accuracy {100 * scores.type / matched:5.1f}")
    for line in scores.errors[:errors]:
        print("   ", line)


def load_set(name: str, data: Path) -> list[GoldDoc]:
    if name == "timebank":
        return load_tml_set(data / "tempeval3" / "train" / "TimeBank")
    if name == "aquaint":
        return load_tml_set(data / "tempeval3" / "train" / "AQUAINT")
    return load_meantime_set(data / "meantime" / "intra_cross-doc_annotation")


def iter_sets(which: str) -> Iterator[str]:
    yield from (["timebank", "aquaint", "meantime"] if which == "all" else [which])


def fakes_speed(data: Path, rounds: int = 3) -> None:
    """CPU milliseconds per FA-KES article for find_times (best of `rounds`), without and with
    the happening parse: the corpus-mode cost on realistic war reports, which have no gold times."""
    path = data / "fakes" / "FA-KES-Dataset.csv"
    if not path.is_file():
        print(f"No FA-KES data at {path}; speed not measured.")
        return
    with path.open(encoding="utf-8", errors="replace") as handle:
        rows = list(csv.DictReader(handle))
    articles = []
    for row in rows:
        try:
            published = datetime.strptime(row["date"], "%m/%d/%Y")
        except ValueError:
            published = None
        text = row["article_content"]
        articles.append((Article(id=row["unit_id"], text=text, published=published), split_sentences(text), published))
    for happening in (False, True):
        best = float("inf")
        for _ in range(rounds):
            began = time.process_time()
            found = sum(len(find_times(a, s, p, with_happening=happening)) for a, s, p in articles)
            best = min(best, time.process_time() - began)
        print(f"== fakes: {len(articles)} articles, {found} times, happening={happening}: "
              f"{1000 * best / len(articles):.2f} ms CPU per article (best of {rounds})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", default="all", choices=["timebank", "aquaint", "meantime", "all"])
    parser.add_argument("--errors", type=int, default=0, help="print the first N errors of each set")
    parser.add_argument("--happening", action="store_true",
                        help="also fill happening/trigger (parses trigger sentences; slower)")
    parser.add_argument("--fakes-speed", action="store_true",
                        help="only measure CPU time per article on the FA-KES reports")
    args = parser.parse_args(argv)
    data = shared_data()
    if args.fakes_speed:
        fakes_speed(data)
        return 0
    if not (data / "tempeval3").is_dir() and not (data / "meantime").is_dir():
        print(f"No evaluation data at {data} (set RASHOMON_SHARED); nothing to score.")
        return 0
    for name in iter_sets(args.set):
        docs = load_set(name, data)
        if not docs:
            print(f"== {name}: no documents found under {data}; skipped.")
            continue
        scores, speed = evaluate(docs, args.happening)
        report(name, scores, speed, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
