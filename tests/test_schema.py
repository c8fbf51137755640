"""docs/schema.md is the contract for --json: every documented field is present in real
output, and no field appears that the page does not document."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, REPO

DOC = (REPO / "docs" / "schema.md").read_text(encoding="utf-8")


def documented(section: str) -> set[str]:
    """Field names in the table under a heading `### section` (or `## section`)."""
    match = re.search(rf"^#+ {re.escape(section)}\b.*?\n(.*?)(?=^#|\Z)", DOC, re.M | re.S)
    assert match, f"no section {section!r} in docs/schema.md"
    names: set[str] = set()
    for row in re.findall(r"^\| (`[^|]+`) \|", match.group(1), re.M):
        names.update(re.findall(r"`([a-z_]+)`", row))
    return names


def fact_fields(kind: str) -> set[str]:
    """The kind-specific fields in the table under `#### kind fields`."""
    return documented(f"{kind} fields")


@pytest.fixture(scope="module")
def output() -> dict[str, Any]:
    files = sorted(str(p) for p in (EXAMPLES / "market-strike").iterdir())
    run = subprocess.run([sys.executable, "-m", "rashomon.cli", "compare", "--json", *files, "missing.txt"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1, run.stderr  # one input skipped
    return json.loads(run.stdout)


def test_top_level_and_reports(output: dict[str, Any]) -> None:
    assert set(output) == documented("Comparison")
    assert output["schema"] == "rashomon.compare/1"
    for report in output["reports"]:
        assert set(report) == documented("Report")


def test_slots_values_and_sources(output: dict[str, Any]) -> None:
    assert output["slots"]
    for slot in output["slots"]:
        assert set(slot) == documented("Slot")
        for value in slot["values"]:
            assert set(value) == documented("SlotValue")
            if value["source"] is not None:
                assert set(value["source"]) == documented("Source")


def test_facts_by_kind(output: dict[str, Any]) -> None:
    evidence = documented("Fact")
    kinds = {f["kind"] for f in output["facts"]}
    assert {"casualty", "time", "place", "actor", "quote"} <= kinds
    for fact in output["facts"]:
        extra = set(fact) - evidence
        assert extra <= fact_fields(fact["kind"]), (fact["kind"], extra - fact_fields(fact["kind"]))
        assert fact_fields(fact["kind"]) <= set(fact), fact["kind"]


def test_rejected(output: dict[str, Any]) -> None:
    [rejected] = output["rejected"]
    assert set(rejected) == documented("Rejected")
    assert Path(rejected["source"]).name == "missing.txt"
