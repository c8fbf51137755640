"""The detection gate (`timex.gate`) only saves time: a rule skipped for want of its words, or
scanned only near them, must find what a scan of the whole line finds. Each sentence below holds
an expression whose rule word is easy to forget in the gate's tables. Sentences are our own.
"""

from __future__ import annotations

import pytest

from rashomon.extract.timex import detect as grammar
from rashomon.extract.timex.accept import accept


def whole_line_scan(text: str) -> list[tuple[int, int, str]]:
    """Every rule over the whole text, no gate and no windows."""
    hits = []
    for name, pattern in grammar._COMPILED.items():
        for m in pattern.finditer(text):
            s, e = grammar._trim(text, grammar._span_start(name, m), m.end())
            if e > s and grammar._word_bounded(text, s, e) and accept(name, text, m):
                hits.append(grammar.Hit(s, e, name, m))
    return [(h.start, h.end, h.rule) for h in grammar._longest_first(hits)]


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose at the start of the month.",
        "Rents fell at the beginning of the year, and again in the middle of the week.",
        "Shelling resumed at 14:00 local time in the north.",
        "The vote will be held two weeks from now, the minister said.",
        "Police had raided the flat the preceding Friday.",
        "The dam was sealed in 2009 and breached two years after.",
        "The strike began in the first week of 2016.",
        "A convoy arrives every two weeks.",
    ],
)
def test_gate_finds_what_a_whole_line_scan_finds(text: str) -> None:
    gated = [(h.start, h.end, h.rule) for h in grammar.detect(text)]
    assert gated == whole_line_scan(text)
    assert gated, "the sentence should hold a time expression"
