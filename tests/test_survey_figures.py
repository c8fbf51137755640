"""The outside-news survey lists each figure with its line and source (benchmarks/survey_figures.py)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import survey_figures as sf  # noqa: E402

from rashomon.model import Article  # noqa: E402


def test_survey_prints_each_figure_with_its_line(monkeypatch) -> None:
    text = ("Storm floods the valley\n"
            "Floods killed 14 villagers on Sunday, the regional governor said.\n"
            "Dana Holt, 44, who runs the shelter, said roads were closed.")
    monkeypatch.setattr(sf, "_articles", lambda data: iter([Article(id="t1", text=text)]))
    out = io.StringIO()
    assert sf.survey("ecbplus", out) == 1
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("== ecbplus t1 |")
    assert "14-14 exact killed '14 villagers'" in lines[1] and "governor" in lines[1]
    assert lines[2].strip() == "| Floods killed 14 villagers on Sunday, the regional governor said."


def test_a_long_line_is_cut_around_the_figure() -> None:
    text = "x" * 1000 + " 7 soldiers were killed " + "y" * 1000
    fact = type("F", (), {"start": 1001, "end": 1024})()
    shown = sf._line_around(text, fact)
    assert len(shown) == sf._WIDTH and "7 soldiers were killed" in shown
