"""`rashomon extract` as a user runs it: the real command in a subprocess.

Why a subprocess: the contract is what a person at a terminal sees, including that a user
mistake never prints a traceback and that the exit code tells a script what happened.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

# Generous bound for the pathological inputs: the point is that they end, not how fast.
PATHOLOGICAL_TIMEOUT_S = 240

ARTICLE = (
    "Shelling kills five in a northern town\n\n"
    "Five people were killed on Sunday when shells hit a market in Kafr Nabl, the civil defence said.\n"
    "The town had been quiet since March.\n"
)


def run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rashomon.cli", "extract", *args], capture_output=True, text=True, timeout=timeout
    )


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def facts_of(stdout: str) -> list[dict[str, Any]]:
    data = json.loads(stdout)
    assert data["schema"] == "rashomon.extract/1"
    return data["facts"]


def test_published_anchors_relative_dates_and_time_fields(tmp_path: Path) -> None:
    path = write(tmp_path, "shelling.txt", ARTICLE)
    result = run(str(path), "--published", "2017-10-23T10:00", "--json")
    assert result.returncode == 0, result.stderr
    facts = facts_of(result.stdout)
    text = path.read_text(encoding="utf-8")
    for fact in facts:
        assert text[fact["start"] : fact["end"]] == fact["text"]
        assert fact["text"] in fact["sentence"]
    times = {f["text"]: f for f in facts if f["kind"] == "time"}
    assert times["Sunday"]["type"] == "DATE" and times["Sunday"]["value"] == "2017-10-22"
    assert times["March"]["value"] == "2017-03"
    casualties = [f for f in facts if f["kind"] == "casualty"]
    assert any(f["low"] == f["high"] == 5 and f["category"] == "killed" for f in casualties)


def test_published_changes_the_anchor(tmp_path: Path) -> None:
    path = write(tmp_path, "shelling.txt", ARTICLE)
    later = facts_of(run(str(path), "--published", "2019-01-02", "--json").stdout)
    sunday = next(f for f in later if f["kind"] == "time" and f["text"] == "Sunday")
    assert sunday["value"] == "2018-12-30"


def test_missing_file_is_one_line_and_exit_1(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nowhere.txt"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert any("nowhere.txt" in line and "no such file" in line for line in lines)


def test_empty_and_binary_files_are_named(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    for path, reason in ((empty, "empty file"), (binary, "binary file")):
        result = run(str(path), "--json")
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert path.name in result.stderr and reason in result.stderr


def test_bad_published_is_a_usage_error(tmp_path: Path) -> None:
    path = write(tmp_path, "shelling.txt", ARTICLE)
    result = run(str(path), "--published", "last week")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "--published" in result.stderr


def test_pathological_inputs_finish(tmp_path: Path) -> None:
    numbers = "Killed were " + " ".join(str(i) for i in range(10_000)) + " people.\n"
    long_line = ("On Monday 12 people were killed in the town, the monitor said, and " * 20_000)[:1_000_000]
    for name, text in (("numbers.txt", "Numbers\n\n" + numbers), ("long.txt", "A long line\n\n" + long_line)):
        path = write(tmp_path, name, text)
        result = run(str(path), "--json", timeout=PATHOLOGICAL_TIMEOUT_S)
        assert result.returncode == 0, result.stderr[-500:]
        assert "Traceback" not in result.stderr
        facts = facts_of(result.stdout)
        assert all(text[f["start"] : f["end"]] == f["text"] for f in facts)
