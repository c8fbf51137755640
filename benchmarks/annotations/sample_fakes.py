"""Re-draw the stratified FA-KES sample used for the hand-annotated casualty gold set.

Why: the gold set (fakes_casualties.jsonl) only stores labels, so anyone must be able to
re-create exactly which articles were annotated from the public FA-KES CSV.

Procedure: group the 804 articles by outlet (`source` column), sort each group by unit_id,
shuffle it with random.Random(SEED), keep the first PER_OUTLET (or all, if the outlet has
fewer). The kept articles are then interleaved round-robin across outlets (outlets in
alphabetical order) so that any prefix of the list is still roughly balanced. FA-KES repeats
9 unit_ids with identical text (only `location` differs); a unit_id already taken is skipped.
The gold set is the first SAMPLE_SIZE articles of that list.

The second held-out set continues the same shuffle: positions EXTENSION of each outlet's
shuffled group (the next three after the pool), interleaved the same way, skipping unit_ids
already drawn. Outlets whose groups are used up (tass, asharqalawsat) give nothing.
The second development set (DEV2) is drawn the same way from the six positions after that,
the third held-out set (HELDOUT3) from the three after DEV2, the fourth (HELDOUT4) from the
three after that, the fifth (HELDOUT5) from the three after those, the sixth (HELDOUT6)
from the six after those, the seventh (HELDOUT7) from the three after those, the eighth
(HELDOUT8) from the six after those, the ninth (HELDOUT9) from the six after those, the
tenth (HELDOUT10) from the six after those, the eleventh (HELDOUT11) from the seven after
those, the twelfth (HELDOUT12) from the seven after those, the thirteenth (HELDOUT13)
from the seven after those, the fourteenth (HELDOUT14) from the seven after those, the
fifteenth (HELDOUT15) from the seven after those, and the sixteenth (HELDOUT16) from the ten
after those.
Usage: python sample_fakes.py [--heldout2 | --dev2 | --heldout3 | --heldout4 | --heldout5 | --heldout6 |
       --heldout7 | --heldout8 | --heldout9 | --heldout10 | --heldout11 | --heldout12 | --heldout13 |
       --heldout14 | --heldout15 | --heldout16]
       [path/to/FA-KES-Dataset.csv]
  -> prints "index<TAB>unit_id<TAB>outlet".
"""

import csv
import random
import sys
from collections import defaultdict
from pathlib import Path

SEED = 20261123  # fixed seed: the annotation date; any value works, it must just never change.
PER_OUTLET = 13  # pool: 13 per outlet, capped by small outlets (tass 5, asharqalawsat 11) -> 184 articles.
SAMPLE_SIZE = 160  # annotated prefix of the interleaved pool (about 11 per outlet, all 5 tass).
# Second held-out set: the next 3 per outlet after the pool -> 39 articles from 13 outlets,
# enough to read attribution to about +-0.05 while one annotator can label it in a session.
EXTENSION = (PER_OUTLET, PER_OUTLET + 3)
# Second development set: the next 6 per outlet after that (about 70 articles), labelled in
# the third session to give the rules fresh errors to learn from.
DEV2 = (PER_OUTLET + 3, PER_OUTLET + 9)
# Third held-out set: the next 3 per outlet after DEV2, drawn in the fourth session because the
# second held-out set's errors were then looked at (it became development data).
HELDOUT3 = (PER_OUTLET + 9, PER_OUTLET + 12)
# Fourth held-out set: the next 3 per outlet, drawn in the fifth session when the third
# held-out set's errors were looked at (it became development data).
HELDOUT4 = (PER_OUTLET + 12, PER_OUTLET + 15)
# Fifth held-out set: the next 3 per outlet, drawn in the seventh session to check a change
# of method (learned components) on articles nobody had seen; 27 articles from the 9 outlets
# that still have them.
HELDOUT5 = (PER_OUTLET + 15, PER_OUTLET + 18)
# Sixth held-out set: the next 6 per outlet, drawn in the eighth session to read the blind
# figures on more than 27 articles (53 articles from the same 9 outlets).
HELDOUT6 = (PER_OUTLET + 18, PER_OUTLET + 24)
# Seventh held-out set: the next 3 per outlet, drawn in the eighth session when the sixth set's
# errors were read after its blind measurement (27 articles from the same 9 outlets).
HELDOUT7 = (PER_OUTLET + 24, PER_OUTLET + 27)
# Eighth held-out set: the next 6 per outlet, drawn in the ninth session when the seventh set's
# errors were read after its blind measurement (50 articles from the 9 outlets that have them).
HELDOUT8 = (PER_OUTLET + 27, PER_OUTLET + 33)
# Ninth held-out set: the next 6 per outlet, drawn in the tenth session when the eighth set's
# errors were read after its blind measurement (42 articles from the 7 outlets that have them).
HELDOUT9 = (PER_OUTLET + 33, PER_OUTLET + 39)
# Tenth held-out set: the next 6 per outlet, drawn in the eleventh session when the ninth set's
# errors were read after its blind measurement (only 7 outlets have articles this far down).
HELDOUT10 = (PER_OUTLET + 39, PER_OUTLET + 45)
# Eleventh held-out set: the next 7 per outlet, drawn in the twelfth session when the tenth set's
# errors were read after its blind measurement (only 5 outlets have articles this far down, so
# 7 each keeps the set as large as the tenth).
HELDOUT11 = (PER_OUTLET + 45, PER_OUTLET + 52)
# Twelfth held-out set: the next 7 per outlet, drawn in the thirteenth session when the eleventh
# set's errors were read after its blind measurement (the same 5 outlets).
HELDOUT12 = (PER_OUTLET + 52, PER_OUTLET + 59)
# Thirteenth held-out set: the next 7 per outlet, drawn in the fourteenth session when the
# twelfth set's errors were read after its blind measurement (29 articles: dailysabah has only
# 2 left, and one alalam row repeats a unit_id drawn before).
HELDOUT13 = (PER_OUTLET + 59, PER_OUTLET + 66)
# Fourteenth held-out set: the next 7 per outlet, drawn in the fifteenth session when the
# thirteenth set's errors were read after its blind measurement (26 articles: dailysabah has
# none left, alaraby 5).
HELDOUT14 = (PER_OUTLET + 66, PER_OUTLET + 73)
# Fifteenth held-out set: the next 7 per outlet, drawn in the twenty-sixth session to read the
# blind figures on more articles than the 53 of the fifth and fourteenth sets, which had been
# measured blind for eleven sessions (only ahram, manar and alalam have articles left).
HELDOUT15 = (PER_OUTLET + 73, PER_OUTLET + 80)
# Sixteenth held-out set: the next 10 per outlet, drawn in the twenty-seventh session when the
# fifteenth set's errors were read after its blind measurement (only ahram and manar have
# articles left).
HELDOUT16 = (PER_OUTLET + 80, PER_OUTLET + 90)
# The sets drawn after the pool, by name: their command-line flags here and in build_gold.py
# (`--<name>`, which reads raw_<name>/ and writes fakes_casualties_<name>.jsonl), in the
# order show_article.py numbers them after the pool.
EXTENSIONS = {"heldout2": EXTENSION, "dev2": DEV2, "heldout3": HELDOUT3, "heldout4": HELDOUT4,
              "heldout5": HELDOUT5, "heldout6": HELDOUT6, "heldout7": HELDOUT7,
              "heldout8": HELDOUT8, "heldout9": HELDOUT9, "heldout10": HELDOUT10,
              "heldout11": HELDOUT11, "heldout12": HELDOUT12,
              "heldout13": HELDOUT13, "heldout14": HELDOUT14, "heldout15": HELDOUT15,
              "heldout16": HELDOUT16}
DEFAULT_CSV = Path(__file__).resolve().parents[3] / "shared" / "data" / "fakes" / "FA-KES-Dataset.csv"


def load_rows(path: Path) -> list[dict[str, str]]:
    """Read the FA-KES CSV with the csv module (articles contain quoted newlines)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def shuffled_groups(rows: list[dict[str, str]]) -> dict[str, list[dict[str, str]]]:
    """Each outlet's articles, sorted by unit_id then shuffled by one shared generator."""
    by_outlet: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_outlet[row["source"]].append(row)
    rng = random.Random(SEED)
    groups: dict[str, list[dict[str, str]]] = {}
    for outlet in sorted(by_outlet):
        group = sorted(by_outlet[outlet], key=lambda r: r["unit_id"])
        rng.shuffle(group)
        groups[outlet] = group
    return groups


def interleave(picked: dict[str, list[dict[str, str]]], taken: set[str]) -> list[dict[str, str]]:
    """Round-robin across outlets (alphabetical), skipping unit_ids in `taken` (updated)."""
    sample: list[dict[str, str]] = []
    for rank in range(max(len(group) for group in picked.values())):
        for outlet in sorted(picked):
            if rank < len(picked[outlet]) and picked[outlet][rank]["unit_id"] not in taken:
                sample.append(picked[outlet][rank])
                taken.add(picked[outlet][rank]["unit_id"])
    return sample


def draw_sample(rows: list[dict[str, str]], size: int = SAMPLE_SIZE) -> list[dict[str, str]]:
    """Return the first `size` rows of the stratified, interleaved pool (deterministic for a CSV)."""
    groups = shuffled_groups(rows)
    picked = {outlet: group[:PER_OUTLET] for outlet, group in groups.items()}
    return interleave(picked, set())[:size]


def draw_extension(rows: list[dict[str, str]], span: tuple[int, int] = EXTENSION) -> list[dict[str, str]]:
    """Positions `span` of each outlet's shuffle, minus articles drawn before that span.

    EXTENSION is the second held-out set, DEV2 the second development set, HELDOUT3, HELDOUT4
    HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13,
    HELDOUT14, HELDOUT15 and HELDOUT16 the third to sixteenth held-out sets."""
    groups = shuffled_groups(rows)
    taken = {row["unit_id"] for row in draw_sample(rows, size=len(rows))}
    if span[0] > EXTENSION[0]:
        taken |= {row["unit_id"] for row in draw_extension(rows, (EXTENSION[0], span[0]))}
    picked = {outlet: group[span[0]:span[1]] for outlet, group in groups.items()}
    return interleave(picked, taken)


def named_extension(argv: list[str]) -> str | None:
    """The name of the drawn set a command line asks for (`--dev2` -> "dev2"), if any."""
    return next((name for name in EXTENSIONS if f"--{name}" in argv), None)


def main() -> None:
    """Print the sample, one article per line."""
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    path = Path(args[0]) if args else DEFAULT_CSV
    rows = load_rows(path)
    name = named_extension(sys.argv)
    sample = draw_extension(rows, EXTENSIONS[name]) if name else draw_sample(rows)
    for index, row in enumerate(sample):
        print(f"{index}\t{row['unit_id']}\t{row['source']}")


if __name__ == "__main__":
    main()
