"""The foundation's acceptance case: `rashomon compare --json` on the two seed reports.

The seeds are third-party text: they are read from ../shared at run time (the tests skip,
saying so, when it is absent) and nothing of them is kept here. The first seed is the
report giving 128, the second the one giving "at least 116".
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.seeds

SOHR = "syrian observatory for human rights"


@pytest.fixture(scope="module")
def result(request: pytest.FixtureRequest) -> dict[str, Any]:
    from conftest import SEEDS, need

    files = sorted(need(SEEDS).glob("*.txt"))
    assert len(files) == 2
    run = subprocess.run(
        [sys.executable, "-m", "rashomon.cli", "compare", "--json", *map(str, files)],
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    data["ids"] = [Path(f).stem for f in files]
    return data


def facts_by_id(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["id"]: f for f in result["facts"]}


def value_of(slot: dict[str, Any], article_id: str) -> dict[str, Any] | None:
    return next((v for v in slot["values"] if v["article_id"] == article_id), None)


def casualty_slots(result: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for s in result["slots"] if s["kind"] == "casualty"]


def test_128_and_at_least_116_are_one_slot_in_conflict_both_from_sohr(result: dict[str, Any]) -> None:
    first, second = result["ids"]
    slot = next(s for s in casualty_slots(result)
                if (value_of(s, first) or {}).get("low") == 128 and (value_of(s, second) or {}).get("low") == 116)
    assert slot["status"] == "conflict"
    assert (slot["low"], slot["high"]) == (116, 128)
    a, b = value_of(slot, first), value_of(slot, second)
    assert a is not None and b is not None
    assert b["high"] is None  # "at least 116": open above
    assert SOHR in a["source"]["primary"].lower() and SOHR in b["source"]["primary"].lower()
    assert any("agence france-presse" in via.lower() or via.lower() == "afp" for via in b["source"]["via"])
    assert slot["reason"] == "same_source_different_figures"
    facts = facts_by_id(result)
    categories = {facts[fid]["category"] for v in slot["values"] for fid in v["facts"]}
    assert categories == {"executed"}
    assert {facts[fid]["victim_class"] for v in slot["values"] for fid in v["facts"]} == {"civilian"}


def test_palmyra_committee_figures_are_separate_and_differently_scoped(result: dict[str, Any]) -> None:
    first, second = result["ids"]
    sohr_slot = next(s for s in casualty_slots(result) if (value_of(s, first) or {}).get("low") == 128)
    facts = facts_by_id(result)
    bodies = next(s for s in casualty_slots(result) if (value_of(s, first) or {}).get("low") == 35)
    killed = next(s for s in casualty_slots(result) if (value_of(s, second) or {}).get("low") == 67)
    for slot, category in ((bodies, "bodies_found"), (killed, "killed")):
        assert slot["id"] != sohr_slot["id"]
        [value] = slot["values"]
        assert "palmyra coordination committee" in value["source"]["primary"].lower()
        assert {facts[f]["category"] for f in value["facts"]} == {category}
    assert killed["id"] in sohr_slot["related"] or bodies["id"] in sohr_slot["related"]


def test_twelve_killed_by_government_forces_is_a_one_outlet_fact(result: dict[str, Any]) -> None:
    first, _ = result["ids"]
    slot = next(s for s in casualty_slots(result) if (value_of(s, first) or {}).get("low") == 12)
    assert slot["status"] == "single" and len(slot["values"]) == 1
    facts = facts_by_id(result)
    [fid] = slot["values"][0]["facts"][:1]
    assert facts[fid]["perpetrator"] == "syria-government"
    assert facts[fid]["category"] == "killed"


def test_town_resolves_to_one_place_with_coordinates(result: dict[str, Any]) -> None:
    first, second = result["ids"]
    town = next(s for s in result["slots"] if s["kind"] == "place" and "qaryat" in s["label"].lower())
    assert {v["article_id"] for v in town["values"]} == {first, second}
    assert town["status"] == "agree"
    facts = facts_by_id(result)
    place = facts[town["values"][0]["facts"][0]]
    assert place["geonameid"] is not None and place["country"] == "SY"
    assert abs(place["latitude"] - 34.2) < 0.2 and abs(place["longitude"] - 37.2) < 0.2
    spellings = {v["value"] for v in town["values"]}
    assert len(spellings) == 2  # each report's own spelling, one place


def test_daesh_and_isis_are_one_actor(result: dict[str, Any]) -> None:
    first, second = result["ids"]
    slot = next(s for s in result["slots"] if s["kind"] == "actor"
                and {v["article_id"] for v in s["values"]} == {first, second}
                and {v["value"] for v in s["values"]} == {"Daesh", "ISIS"})
    assert slot["status"] == "agree"


def test_recapture_dated_21_october_2017_in_both(result: dict[str, Any]) -> None:
    first, second = result["ids"]
    slot = next(s for s in result["slots"] if s["kind"] == "time" and s["label"].startswith("recapture")
                and {v["value"] for v in s["values"]} == {"2017-10-21"})
    assert {v["article_id"] for v in slot["values"]} == {first, second}
    assert slot["status"] == "agree"


def test_publication_date_and_later_scrape_date_kept_apart(result: dict[str, Any]) -> None:
    report = result["reports"][0]
    assert report["published"].startswith("2017-10-23")
    assert report["retrieved"].startswith("2021-09-18")
    undated = result["reports"][1]
    assert undated["published"] is None and undated["anchor_from"] == "inferred"


def test_one_speaker_and_the_bodies_quote_matched(result: dict[str, Any]) -> None:
    first, second = result["ids"]
    speaker = next(s for s in result["slots"] if s["kind"] == "speaker"
                   and {v["article_id"] for v in s["values"]} == {first, second})
    assert {v["value"] for v in speaker["values"]} == {"Rami Abdel Rahman", "Rami Abdelrahman"}
    quote = next(s for s in result["slots"] if s["kind"] == "quote"
                 and {v["article_id"] for v in s["values"]} == {first, second}
                 and all("bodies" in v["value"] and "streets" in v["value"] for v in s["values"]))
    assert quote["status"] == "agree"


def test_every_fact_points_at_its_words(result: dict[str, Any]) -> None:
    from conftest import SEEDS

    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    assert result["facts"]
    for fact in result["facts"]:
        text = texts[fact["article_id"]]
        assert text[fact["start"]:fact["end"]] == fact["text"]
        assert fact["text"] in fact["sentence"] or fact["kind"] == "quote"
