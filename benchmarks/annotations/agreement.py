"""How far two annotators agree on a casualty figure's source and perpetrator.

Why: on articles the rules were not written on, attribution stays near 0.80 and perpetrator
near 0.70. Before reading that as system error, one must know how reliable the labels are: if
two careful annotators disagreed on a fifth of the sources, no system could score 0.90. So 40
development articles (218 figures, drawn with random.Random(7) from the 319) were given to a
second annotator as figures only (number, kind, victims, cue) with the guidelines, and they
labelled `source`, `via` and `perpetrator` without seeing the first labels
(second_annotation.jsonl, GUIDELINES section 17). In the eighth session the whole blind
seventh held-out set (137 figures) got a second annotation the same way
(second_annotation_heldout7.jsonl, section 19). In the thirtieth the three blind sets (fifth,
fourteenth, sixteenth: 347 figures) got one too, and the figures where the two differ were
adjudicated (second_annotation_blind.jsonl, adjudication_blind.jsonl, section 30). This script
compares each with the first.

    python agreement.py    (from benchmarks/annotations, with the project's Python)
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Each second annotation with the gold files it is compared with: 40 development articles
# (seventh session), the whole blind seventh held-out set (eighth session: does the blind
# attribution gap come from the labels?), and the three blind sets of the thirtieth session.
STUDIES = {
    "second_annotation.jsonl": ("fakes_casualties.jsonl", "fakes_casualties_heldout.jsonl",
                                "fakes_casualties_dev2.jsonl", "fakes_casualties_heldout2.jsonl",
                                "fakes_casualties_heldout3.jsonl"),
    "second_annotation_heldout7.jsonl": ("fakes_casualties_heldout7.jsonl",),
    "second_annotation_blind.jsonl": ("fakes_casualties_heldout5.jsonl", "fakes_casualties_heldout14.jsonl",
                                      "fakes_casualties_heldout16.jsonl"),
}


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def compare(second: list[dict], gold: dict[str, dict]) -> dict[str, object]:
    """Share of figures on which both annotations give the same source, perpetrator; the
    disagreements as (first, second) pairs."""
    same_source = same_perpetrator = 0
    sources: Counter = Counter()
    perpetrators: Counter = Counter()
    for label in second:
        first = gold[label["unit_id"]]["figures"][label["n"]]
        if first["source"] == label["source"]:
            same_source += 1
        else:
            sources[(first["source"] or "-", label["source"] or "-")] += 1
        if first["perpetrator"] == label["perpetrator"]:
            same_perpetrator += 1
        else:
            perpetrators[(first["perpetrator"] or "-", label["perpetrator"] or "-")] += 1
    total = max(1, len(second))
    return {"figures": len(second), "articles": len({label["unit_id"] for label in second}),
            "source": round(same_source / total, 3), "perpetrator": round(same_perpetrator / total, 3),
            "source_disagreements": sources.most_common(), "perpetrator_disagreements": perpetrators.most_common()}


def main() -> None:
    for second, gold_files in STUDIES.items():
        gold = {record["unit_id"]: record for name in gold_files for record in load(HERE / name)}
        result = compare(load(HERE / second), gold)
        print(f"{second}: {result['figures']} figures in {result['articles']} articles: "
              f"same source {result['source']:.3f}, same perpetrator {result['perpetrator']:.3f}")
        for field in ("source", "perpetrator"):
            pairs = ", ".join(f"{a} / {b} x{n}" for (a, b), n in result[f"{field}_disagreements"])
            print(f"  {field} disagreements (first / second): {pairs or 'none'}")


if __name__ == "__main__":
    main()
