"""Score casualty-figure sources on news no attribution rule was written for (ECB+, TimeBank, AQUAINT).

Why: the FA-KES sets are Syrian war reports from fifteen outlets, and every development
article has been read while writing the attribution rules. This check asks whether those
rules carry to other English news (shootings, bombings, shipwrecks, earthquakes): the
twenty-ninth session's helpers labelled, without seeing the system's answers, the source of
every figure the system found in these articles (`annotations/side_sources.jsonl`: document,
character offsets, whether the span is a casualty figure at all, source and via as written,
"" when the outlet states the figure itself; rules of GUIDELINES.md section 6). Article text
is read from ../shared at run time.

    python benchmarks/eval_side_sources.py [--errors N]

Scores only labelled spans that are figures and that the system still finds (same offsets, or a
wider reading of the same number around them: "1, 400" where "400" was labelled):
a source is right when both are empty, or when the content words of one are a subset of the
other's ("police" and "state police"), compared with the system's primary source and with its
speaker (the annotators wrote "Sgt. X" where the system gives X's police department as the
source and X as the speaker). "Hospital officials" and "medical sources" are not matched, so
the figure is a floor. Spans the system no longer finds are counted apart; figures the
system finds now that were never labelled are not scored (this is a check of attribution,
not of figure recall). It also counts the spans labelled as no casualty figure at all ("charged
with murder", a shooter, an age) that the system still finds: 48 of 48 on the code the labels
were made for, a check of figure precision outside FA-KES.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from common import require
from eval_grouping import load_ecbplus
from eval_time import load_set, shared_data

from rashomon.extract import extract_article
from rashomon.model import Article, CasualtyFact

LABELS = Path(__file__).parent / "annotations" / "side_sources.jsonl"
# Words that say what kind of speaker a source is, not which one ("police sources" is "police"),
# and honorifics ("Mr Papandreou" is "George Papandreou", "Insp Gaskin" is "Inspector Dave Gaskin").
GENERIC = {"the", "a", "an", "of", "in", "at", "for", "s", "to", "local", "sources", "source",
           "officials", "official", "spokesman", "spokeswoman", "said", "told", "according",
           "mr", "mrs", "ms", "dr", "sgt", "insp", "inspector", "const", "constable", "lt", "capt", "col"}


def words(name: str) -> set[str]:
    """The content words of a source name, case-folded."""
    return {w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in GENERIC}


def same_source(gold: str, system: str) -> bool:
    """Both empty, or one's content words within the other's."""
    g, s = words(gold), words(system)
    if not g or not s:
        return not g and not s and bool(gold.strip()) == bool(system.strip())
    return g <= s or s <= g


def load_articles() -> dict[str, Article]:
    """ECB+ documents and the TempEval-3 training documents (TimeBank, AQUAINT), by id."""
    articles = {a.id: a for a in load_ecbplus()[0]}
    for name in ("timebank", "aquaint"):
        for doc in load_set(name, shared_data()):
            articles[doc.id] = Article(id=doc.id, text=doc.text, published=doc.anchor)
    return articles


def system_names(fact: CasualtyFact) -> list[str]:
    """The figure's primary source and, when named, its speaker; [""] for no source."""
    if not fact.source or not fact.source.primary:
        return [""]
    return [fact.source.primary] + ([fact.source.speaker] if fact.source.speaker else [])


def found_at(found: dict[tuple[int, int], CasualtyFact], start: int, end: int) -> CasualtyFact | None:
    """The system's figure at a labelled span: at the same offsets, or one reading the same
    number wider around it ("1, 400" where the labels hold the "400" an older extractor read)."""
    exact = found.get((start, end))
    if exact is not None:
        return exact
    return next((fact for (s, e), fact in found.items() if s <= start and end <= e), None)


def score(labels: list[dict], articles: dict[str, Article]) -> tuple[int, int, int, int, list[str]]:
    """(right, scored, no longer found, spans labelled not a figure still found, mismatch lines)."""
    right = scored = lost = false_found = 0
    wrong: list[str] = []
    docs = sorted({row["doc"] for row in labels})
    found = {doc: {(c.start, c.end): c for c in extract_article(articles[doc]).casualties} for doc in docs}
    for row in labels:
        if not row["figure"]:
            false_found += (row["start"], row["end"]) in found[row["doc"]]
            continue
        fact = found_at(found[row["doc"]], row["start"], row["end"])
        if fact is None:
            lost += 1
            continue
        scored += 1
        names = system_names(fact)
        if any(same_source(row["source"], name) for name in names):
            right += 1
        else:
            got = " / ".join(names)
            wrong.append(f"[{row['doc']} {row['start']}] {fact.text!r} gold {row['source']!r} system {got!r}"
                         f"\n    | {fact.sentence.strip()}")
    return right, scored, lost, false_found, wrong


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N mismatches")
    args = parser.parse_args(argv)
    require(shared_data() / "ecbplus" / "dev.jsonl")
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    right, scored, lost, false_found, wrong = score(labels, load_articles())
    figures = sum(row["figure"] for row in labels)
    print(f"labelled spans {len(labels)}, figures {figures}; scored {scored}, no longer found {lost}; "
          f"spans labelled not a figure still found {false_found} of {len(labels) - figures}")
    print(f"attribution {right / max(1, scored):.3f} ({right}/{scored})")
    for line in wrong[: args.errors]:
        print(line)


if __name__ == "__main__":
    main()
