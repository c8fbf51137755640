"""The spaCy attribute ruler's matching, done by dictionary lookups.

Why: in en_core_web_sm the attribute ruler (179 rules that map fine tags to coarse
part-of-speech tags, morphology and a few lemmas) runs spaCy's general token Matcher over
every parsed sentence, which costs about a fifth of the whole parse. Its rules are all one-
or two-token patterns on TAG, LOWER, DEP and IS_SPACE, so each token only needs the rules
indexed under its tag or its lower-cased form (plus the few keyed on neither). `match`
returns exactly what `AttributeRuler.match` returns - the same (rule, match id, start, end)
list in the same order - and spaCy's own `set_annotations` applies it, so every token ends
up with the same attributes (checked token by token against the unmodified pipeline in
tests/test_nlp_rules.py). A rule using anything else makes `RuleIndex` refuse the ruler,
and the pipeline keeps spaCy's matcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# Token attributes the rules test, as columns of `Doc.to_array` (string attributes come as
# their hashes, so a test is an integer comparison).
COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")
Row = tuple[int, ...]
# Distinct token rows remembered by `RuleIndex._row_rules` before the memo is emptied: about
# 6,000 distinct rows occur in 300 FA-KES articles, so this bounds memory without refilling often.
ROW_CACHE_SIZE = 200_000
Test = Callable[[Row], bool]


class UnsupportedRule(ValueError):
    """A rule this index cannot reproduce exactly."""


class RuleIndex:
    """The rules of one AttributeRuler, indexed by a value their first token must have."""

    def __init__(self, ruler: Any) -> None:
        self.strings = ruler.vocab.strings
        self.indexed: dict[tuple[int, int], list[tuple[int, list[Test]]]] = {}
        self.anywhere: list[tuple[int, list[Test]]] = []
        for rule, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                tests = [self._token_test(spec) for spec in pattern]
                keys = self._keys(pattern[0])
                if keys is None:
                    self.anywhere.append((rule, tests))
                for key in keys or []:
                    self.indexed.setdefault(key, []).append((rule, tests))
        self.ids = [self.strings[str(rule)] for rule in range(len(ruler.patterns))]
        self._by_row: dict[Row, tuple[list[int], list[tuple[int, list[Test]]]]] = {}
        self.attrs, self.indices = ruler.attrs, ruler.indices
        self._merged: dict[tuple[int, ...], dict] = {}

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(rule, match id, start, end) of every match, sorted: `AttributeRuler.match`."""
        rows: list[Row] = [tuple(row) for row in doc.to_array(list(COLUMNS)).tolist()]
        found = set()
        ids, size = self.ids, len(rows)
        for i, row in enumerate(rows):
            single, longer = self._row_rules(row)
            for rule in single:
                found.add((rule, ids[rule], i, i + 1))
            for rule, tests in longer:
                end = i + len(tests)
                if end <= size and all(test(rows[i + k]) for k, test in enumerate(tests[1:], 1)):
                    found.add((rule, ids[rule], i, end))
        return sorted(found)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """`AttributeRuler.set_annotations`, one write per token: each token gets the merged
        attributes of the rules that hit it, in match order (a later rule's value wins, as
        when spaCy writes them one by one). Same attributes; spaCy made a Span and indexed it
        twice per match, about three matches per token. The rules set only token attributes
        (part of speech, tag, dependency, morphology, lemma), never lexeme ones, so the order
        of writes across tokens does not matter."""
        hits: dict[int, list[int]] = {}
        for rule, _, start, end in matches:
            index = self.indices[rule]
            if not -(end - start) <= index < end - start:
                raise ValueError(f"attribute ruler rule {rule}: index {index} outside its match {start}-{end}")
            hits.setdefault((start if index >= 0 else end) + index, []).append(rule)
        for position, rules in hits.items():
            set_token_attrs(doc[position], self._merged_attrs(tuple(rules)))

    def _merged_attrs(self, rules: tuple[int, ...]) -> dict:
        """The attributes of `rules` applied in order, as one dict (memoised per rule tuple)."""
        merged = self._merged.get(rules)
        if merged is None:
            merged = {}
            for rule in rules:
                merged.update(self.attrs[rule])
            self._merged[rules] = merged
        return merged

    def _row_rules(self, row: Row) -> tuple[list[int], list[tuple[int, list[Test]]]]:
        """For a token row: the one-token rules it matches, and the longer rules whose first
        token it matches. A pure function of the row, memoised: most rows recur (the same
        tag, word and dependency), so each distinct row is tested once."""
        known = self._by_row.get(row)
        if known is not None:
            return known
        candidates = [*self.anywhere]
        for column, value in enumerate(row):
            candidates += self.indexed.get((column, value), ())
        single: list[int] = []
        longer: list[tuple[int, list[Test]]] = []
        for rule, tests in candidates:  # one pass, in candidate order for both lists
            if tests[0](row):
                if len(tests) == 1:
                    single.append(rule)
                else:
                    longer.append((rule, tests))
        if len(self._by_row) >= ROW_CACHE_SIZE:
            self._by_row.clear()
        self._by_row[row] = (single, longer)
        return single, longer

    def _value(self, column: int, value: Any) -> int:
        if COLUMNS[column] == "IS_SPACE":
            if not isinstance(value, bool):
                raise UnsupportedRule(f"IS_SPACE {value!r}")
            return int(value)
        return self.strings.add(value)

    def _token_test(self, spec: Mapping[str, Any]) -> Test:
        """A predicate on one token's row, with the Matcher's semantics."""
        checks = []
        for key, value in spec.items():
            if key not in COLUMNS:
                raise UnsupportedRule(f"attribute {key}")
            checks.append(self._check(COLUMNS.index(key), value))
        if len(checks) == 1:
            return checks[0]  # most specs test one attribute: no generator per call
        return lambda row: all(check(row) for check in checks)

    def _check(self, column: int, value: Any) -> Test:
        if not isinstance(value, dict):
            wanted = self._value(column, value)
            return lambda row: row[column] == wanted
        if len(value) != 1:
            raise UnsupportedRule(f"predicate {value}")
        ((op, arg),) = value.items()
        if op in ("IN", "NOT_IN"):
            values = {self._value(column, v) for v in arg}
            if op == "IN":
                return lambda row: row[column] in values
            return lambda row: row[column] not in values
        if op == "REGEX" and COLUMNS[column] != "IS_SPACE":
            return self._regex(column, re.compile(arg))
        raise UnsupportedRule(f"predicate {op}")

    def _regex(self, column: int, pattern: re.Pattern[str]) -> Test:
        seen: dict[int, bool] = {}  # per string hash; the vocabulary is finite in practice

        def test(row: Row) -> bool:
            key = row[column]
            if key not in seen:
                seen[key] = pattern.search(self.strings[key]) is not None
            return seen[key]

        return test

    def _keys(self, spec: Mapping[str, Any]) -> list[tuple[int, int]] | None:
        """The (column, value) keys a pattern's first token is found under, or None."""
        for column, key in enumerate(COLUMNS):
            value = spec.get(key)
            if isinstance(value, str | bool):
                return [(column, self._value(column, value))]
            if isinstance(value, dict) and list(value) == ["IN"]:
                return [(column, self._value(column, v)) for v in value["IN"]]
        return None
