"""The self-contained event reports (HTML and Markdown) and the `report` command."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "web"))
from web_seed import MAIN_EVENT, seeded_db  # noqa: E402

from rashomon.cli import app  # noqa: E402
from rashomon.core import Rashomon  # noqa: E402
from rashomon.report.html import event_report_html  # noqa: E402
from rashomon.report.markdown import event_report_markdown, md  # noqa: E402

HOSTILE_EVENT = "ev-hostile-<b>1</b>"
runner = CliRunner()


@pytest.fixture(scope="module")
def core():
    with Rashomon(seeded_db()) as core:
        yield core


def test_html_report_is_self_contained(core):
    html = event_report_html(core, MAIN_EVENT)
    assert html.startswith("<!doctype html>") and "<style>" in html and ":root" in html  # CSS inline
    assert '"Segoe UI"' in html and "&#34;" not in html.split("</style>")[0]  # CSS not HTML-escaped
    assert "<script" not in html and "<link" not in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)  # nothing fetched from anywhere
    assert 'href="/' not in html  # no links into the web app: the file stands alone
    assert "<svg" in html and "<circle" in html  # the chart, inline
    assert 'class="slot status-conflict"' in html and "<details" in html
    assert "<mark class=\"fact\">At least 18 civilians</mark>" in html


def test_html_report_escapes_hostile_text(core):
    html = event_report_html(core, HOSTILE_EVENT)
    assert "<script" not in html and "<img" not in html and "<b>1</b>" not in html
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html


def test_markdown_report(core):
    text = event_report_markdown(core, MAIN_EVENT)
    assert text.startswith("# Airstrike on Tabqa bakery")
    # "Russian jets struck the building" in the next sentence: the perpetrator is inferred
    assert "| civilian killed by russia-forces (inferred) | **conflict** | 25 (medical sources) |" in text
    assert "> **Twenty\\-five people** were killed" not in text and "> **Twenty-five people** were killed" in text
    assert "Evening Digest (dam\\-reprint)" not in text and "Evening Digest (dam-reprint) copies" in text


def test_markdown_escapes_html_and_table_syntax():
    assert md("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert md("a | b\nc [x](javascript:y)") == "a \\| b c \\[x\\](javascript:y)"


def test_markdown_report_of_hostile_event(core):
    text = event_report_markdown(core, HOSTILE_EVENT)
    assert "<" not in text.replace("&lt;", "")


def test_report_command_writes_files(tmp_path):
    db = str(seeded_db())
    out = tmp_path / "event.html"
    result = runner.invoke(app, ["report", MAIN_EVENT, "--format", "html", "--out", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    assert "<svg" in out.read_text(encoding="utf-8")
    result = runner.invoke(app, ["report", MAIN_EVENT, "--format", "md", "--db", db])
    assert result.exit_code == 0 and result.stdout.startswith("# Airstrike")


def test_report_command_errors(tmp_path):
    db = str(seeded_db())
    unknown = runner.invoke(app, ["report", "nope", "--db", db])
    assert unknown.exit_code == 1 and "no event 'nope'" in unknown.output
    assert runner.invoke(app, ["report", MAIN_EVENT, "--format", "pdf", "--db", db]).exit_code == 2
    missing = runner.invoke(app, ["report", MAIN_EVENT, "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no such database" in missing.output
