"""One regex for a list of words or phrases, built as a prefix trie.

Why a module of its own: the country names (country_names.py), the actor aliases (actors.py)
and the attribution phrases (attribution_phrases.py) each match hundreds of fixed phrases in
every article; one trie-shaped regex scans the text once however many phrases there are, and
it depends on nothing else in extract/.
"""

from __future__ import annotations

import re


def trie_pattern(words: list[str]) -> str:
    """A regex matching exactly `words`, as a prefix trie: one pass over the text however many
    words, and greedy, so the longest word wins. Spaces match runs of spaces or hyphens and
    apostrophes match either apostrophe."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict) -> str:
    ends = "" in node
    branches = [_char(c) + _emit(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def _char(char: str) -> str:
    if char == " ":
        return r"[\s\-]+"
    if char == "'":
        return "['’]"
    return re.escape(char)
