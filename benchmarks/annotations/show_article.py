"""Print one sampled FA-KES article (title, date, outlet, content) for the human annotator.

Why: the article text must never be stored in the repo, so the annotator reads it from
../shared at run time. Usage: python show_article.py INDEX_OR_UNIT_ID [MORE ...]
(an argument shorter than 6 digits is an index, otherwise a unit_id). Indices run over the
whole pool (0-159 gold, 160-183 held-out), the second held-out set (184-218), then the
second development set (219-287), the third held-out set (288-318), the fourth held-out
set (319-348), the fifth (349-375), the sixth (376-428), the seventh (429-455), the eighth
(456-503), the ninth (504-545), the tenth (546-580), the eleventh (581-615), the
twelfth (616-650), the thirteenth (651-679), the fourteenth (680-705), then the fifteenth
(706-723).
"""

import sys

from sample_fakes import DEFAULT_CSV, EXTENSIONS, draw_extension, draw_sample, load_rows

UNIT_ID_MIN_LEN = 6  # sample indexes are < 1000, FA-KES unit_ids are 10 digits.


def show(key: str, sample: list[dict[str, str]]) -> None:
    """Print the article chosen by sample index or unit_id."""
    if not key.isdigit():
        sys.exit(__doc__)
    if len(key) < UNIT_ID_MIN_LEN:
        if int(key) >= len(sample):
            sys.exit(f"show_article: no index {key} (the samples hold {len(sample)} articles)")
        index = int(key)
        row = sample[index]
    else:
        found = [(i, r) for i, r in enumerate(sample) if r["unit_id"] == key]
        if not found:
            sys.exit(f"show_article: unit_id {key} is in no drawn sample")
        index, row = found[0]
    print(f"=== [{index}] {row['unit_id']} | {row['source']} | {row['date']} | loc={row['location']}")
    print(f"TITLE: {row['article_title']}")
    print(row["article_content"])
    print()


def main() -> None:
    """Show each article named on the command line."""
    rows = load_rows(DEFAULT_CSV)
    sample = draw_sample(rows, size=len(rows))
    for span in EXTENSIONS.values():
        sample += draw_extension(rows, span)
    for key in sys.argv[1:]:
        show(key, sample)


if __name__ == "__main__":
    main()
