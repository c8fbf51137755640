"""Reading inputs: formats, metadata, and a clear reason for every bad input."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import EXAMPLES

from rashomon.model import Article, Rejected
from rashomon.sources import read_inputs
from rashomon.sources.dateline import parse_dateline


def read_all(*paths: Path | str, recursive: bool = False) -> tuple[list[Article], list[Rejected]]:
    results = list(read_inputs([str(p) for p in paths], recursive=recursive))
    return [r for r in results if isinstance(r, Article)], [r for r in results if isinstance(r, Rejected)]


def test_plain_text_gets_title_outlet_and_dateline() -> None:
    [article], _ = read_all(EXAMPLES / "market-strike" / "wire-report.txt")
    assert article.title.startswith("Shelling kills at least 23 civilians")
    assert article.outlet == "Levant Wire Service"
    assert article.published is not None and article.published.isoformat() == "2019-03-12T18:40:00"
    assert article.published_from == "dateline"


def test_html_metadata_read_by_trafilatura() -> None:
    [article], _ = read_all(EXAMPLES / "market-strike" / "local-news.html")
    assert article.title == "Death toll in Kafranbel market shelling rises to 31"
    assert article.outlet == "Idlib Today"
    assert article.published is not None and article.published.date().isoformat() == "2019-03-13"
    assert "Home" not in article.text.split("\n")[0]  # navigation is not article text
    assert "nine children" in article.text


def test_json_record_metadata_wins() -> None:
    [article], _ = read_all(EXAMPLES / "market-strike" / "state-media.json")
    assert article.id == "damascus-daily-market"
    assert article.outlet == "Damascus Daily"
    assert article.published is not None and article.published.hour == 21


def test_scrape_stamp_kept_apart_from_publication_date() -> None:
    text = "March 2, 2024, 10:00\n\nTitle of the story here today\nAgency 08:15 05.06.2019\n\nBody text."
    published, retrieved = parse_dateline(text)
    assert published is not None and published.isoformat() == "2019-06-05T08:15:00"
    assert retrieved is not None and retrieved.isoformat() == "2024-03-02T10:00:00"


def test_dates_inside_sentences_are_not_datelines() -> None:
    assert parse_dateline("Photo: Marchers in Paris on March 3, 2015, hold flags.") == (None, None)


def test_bad_inputs_each_get_one_reason_and_the_rest_is_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A headline of five words here\n\nTwo people were hurt on Monday, police said.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 attack kills two".encode("latin-1"))
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (tmp_path / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (tmp_path / "folder").mkdir()
    inputs = [good, tmp_path / "missing.txt", tmp_path / "folder", tmp_path / "empty.txt",
              tmp_path / "binary.txt", tmp_path / "latin1.txt", big, tmp_path / "menu.html"]
    articles, rejected = read_all(*inputs)
    assert [a.id for a in articles] == ["good"]
    reasons = {Path(r.source).name: r.reason for r in rejected}
    assert reasons["missing.txt"] == "no such file"
    assert reasons["folder"].startswith("is a directory")
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.txt"].startswith("binary file")
    assert reasons["latin1.txt"].startswith("not UTF-8 text")
    assert "MB" in reasons["big.txt"]
    assert reasons["menu.html"].startswith("no article text")
    assert all("\n" not in r.line() for r in rejected)


def test_jsonl_bad_line_reported_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "Three soldiers were killed in an ambush on Friday.", "outlet": "X"}),
        "{not json",
        json.dumps({"id": "a3", "title": "no text here"}),
        json.dumps({"id": "a4", "text": "A bomb wounded five people.", "published": "yesterday"}),
        json.dumps({"id": "a5", "text": "Ten families fled the village.", "published": "2020-01-05"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    articles, rejected = read_all(path)
    assert [a.id for a in articles] == ["a1", "a5"]
    assert articles[1].published is not None and articles[1].published.year == 2020
    assert [r.source for r in rejected] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert "not valid JSON" in rejected[0].reason


def test_directory_read_recursively_when_asked(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text("First report of the day\n\nFour people died.")
    (tmp_path / "two.txt").write_text("Second report of the day\n\nFive people died.")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    articles, rejected = read_all(tmp_path, recursive=True)
    assert sorted(a.id for a in articles) == ["one", "two"] and not rejected


def test_repeated_ids_are_made_unique(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text("A report with the same file name\n\nText.")
    articles, _ = read_all(tmp_path / "a" / "same.txt", tmp_path / "b" / "same.txt")
    assert [a.id for a in articles] == ["same", "same~2"]
