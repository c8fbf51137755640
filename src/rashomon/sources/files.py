"""Read paths: decide what a file is, refuse what cannot be a news report, say why."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from rashomon.model import Article, Rejected
from rashomon.sources.html import article_from_html
from rashomon.sources.records import articles_from_json, articles_from_jsonl
from rashomon.sources.text import article_from_text

# One report is rarely over 1 MB of text; 10 MB leaves room for bloated HTML pages. A bigger
# single file is a dump, not an article (JSONL streams are read line by line, without this cap).
MAX_FILE_BYTES = 10 * 1024 * 1024
# Bytes sniffed to tell text from binary and HTML from plain text.
SNIFF_BYTES = 8192
# Suffixes read when walking a directory.
ARTICLE_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".json", ".jsonl", ".ndjson"}

_HTML_START = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.I)


def read_path(path: Path, recursive: bool = False) -> Iterator[Article | Rejected]:
    """The articles in one path; a directory only when `recursive` (ingest), else refused."""
    label = str(path)
    if not path.exists():
        yield Rejected(label, "no such file")
    elif path.is_dir():
        if not recursive:
            yield Rejected(label, "is a directory; give the files inside it (or use `rashomon ingest`)")
        else:
            yield from read_directory(path)
    elif not path.is_file():
        yield Rejected(label, "not a regular file")
    else:
        yield from read_file(path)


def read_directory(folder: Path) -> Iterator[Article | Rejected]:
    """Every article file below `folder`, in a stable (sorted) order."""
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.suffix.lower() in ARTICLE_SUFFIXES and not path.name.startswith("."):
            yield from read_file(path)


def read_file(path: Path) -> Iterator[Article | Rejected]:
    """One file, in whatever format its name and first bytes say it is."""
    label, suffix = str(path), path.suffix.lower()
    size = path.stat().st_size
    if size == 0:
        yield Rejected(label, "empty file")
        return
    if suffix in {".jsonl", ".ndjson"}:
        yield from _read_jsonl(path)
        return
    if size > MAX_FILE_BYTES:
        yield Rejected(
            label,
            f"file is {size / 1e6:.0f} MB; one article should be under "
            f"{MAX_FILE_BYTES // 2**20} MB (for many articles use JSONL)",
        )
        return
    content = decode(path.read_bytes(), label)
    if isinstance(content, Rejected):
        yield content
        return
    article_id = path.stem
    if suffix == ".json":
        yield from articles_from_json(content, label, article_id)
    elif suffix in {".html", ".htm"} or _HTML_START.match(content[:SNIFF_BYTES].encode()):
        yield article_from_html(content, article_id, label)
    elif not content.strip():
        yield Rejected(label, "holds only white space")
    else:
        yield article_from_text(content, article_id, label)


def decode(raw: bytes, label: str) -> str | Rejected:
    """UTF-8 text, or the reason it is not (binary, another encoding)."""
    if b"\x00" in raw[:SNIFF_BYTES]:
        return Rejected(label, "binary file, not text (a news report must be text, HTML or JSON)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return Rejected(
            label,
            f"not UTF-8 text (invalid byte at position {err.start}); convert it first, e.g. `iconv -f latin1 -t utf-8`",
        )


def _read_jsonl(path: Path) -> Iterator[Article | Rejected]:
    label = str(path)
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if b"\x00" in head:
        yield Rejected(label, "binary file, not JSONL text")
        return
    with path.open("r", encoding="utf-8", errors="strict") as handle:
        try:
            yield from articles_from_jsonl(iter(handle), label, path.stem)
        except UnicodeDecodeError as err:
            yield Rejected(label, f"not UTF-8 text (invalid byte at position {err.start}); rest of file skipped")
