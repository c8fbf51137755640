"""Where in a block each detection rule needs to look: the time words it holds and their places.

Why: the rule regexes cannot skip ahead to a likely start (they open with optional words), so
each scan tries every character of the block, and a news paragraph is mostly not about time.
One tokenising pass finds the time words ('month', 'unit', 'digit', ...) and where they are; a
rule then runs only when its words are present (the gate), and only within a few dozen
characters of them (the windows). Every expression a rule matches holds one of its words, and
no expression stretches further than `WINDOW_PAD` characters from it, so the hits are the same
as a scan of the whole block.
"""

from __future__ import annotations

import re

_FEATURE_WORDS = {
    "unit": "second minute hour day week weekend fortnight month quarter year decade century centuries",
    "season": "spring summer fall autumn winter",
    "deictic": "today tonight tomorrow yesterday morning afternoon evening night",
    "rel": "last this next past previous preceding coming current following same that",
    "ref": "now currently presently nowadays these present moment recent recently lately future soon term later being",
    "ago": "ago earlier later hence now",
    "narrative": "before after",
    "holiday": "christmas year years thanksgiving easter halloween valentine valentines independence boxing"
    " good palm ash memorial labor labour election veterans armistice bastille may",
    "clock": "noon midday midnight am pm m gmt utc edt est cdt cst mdt mst pdt pst bst cet cest et local",
    "plural": "years months weeks days decades hours minutes centuries quarters",
    "yearword": "year",
    "century": "century",
    "period": "period",
    "end": "end beginning start middle",
    "weekend": "weekend",
    "same": "same corresponding comparable",
    "amount": "once twice times million billion trillion dollar euro pound cent percent",
    "half": "half",
    "set": "daily weekly monthly yearly nightly hourly every each per",
    "spoken": "nineteen eighteen thousand",
    "decade_word": "twenties thirties forties fifties sixties seventies eighties nineties",
    "then": "then time",
    "range": "between from",
}
_WORD_FEATURES: dict[str, set[str]] = {}
for _feature, _words in _FEATURE_WORDS.items():
    for _word in _words.split():
        for _form in (_word, _word + "s"):
            _WORD_FEATURES.setdefault(_form, set()).add(_feature)
_MONTH_PREFIXES = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})
_WEEKDAY_PREFIXES = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})
_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_NONE: frozenset[str] = frozenset()
_DIGIT = frozenset({"digit"})

# How far, in characters, an expression reaches from the nearest of its rule's words: the
# longest reach is a qualifier and a spelled-out number before a unit ("approximately one
# hundred and twenty-five years", about 45) or a weekday and date after a clock time ("9 a.m.
# EST, on Monday, October 21, 2017", about 40). 80 leaves room; checked by comparing the hits
# with whole-block scans on TimeBank, AQUAINT, MEANTIME and FA-KES.
WINDOW_PAD = 80

Positions = dict[str, list[tuple[int, int]]]
_cache: dict[str, frozenset[str]] = {}
# Bound on the word -> features cache; past it the cache starts afresh (hostile input).
MAX_CACHED_WORDS = 50_000


def word_features(word: str) -> frozenset[str]:
    """The kinds of time word `word` is ('month', 'unit', ...), empty for most words."""
    found = _cache.get(word)
    if found is not None:
        return found
    lower = word.lower()
    kinds = set(_WORD_FEATURES.get(lower, ()))
    prefix = lower[:3]
    if prefix in _MONTH_PREFIXES and len(lower) <= 9:
        kinds.add("month")
    if prefix in _WEEKDAY_PREFIXES and (len(lower) <= 5 or lower.endswith(("day", "days"))):
        kinds.add("weekday")
    found = frozenset(kinds) if kinds else _NONE
    if len(_cache) >= MAX_CACHED_WORDS:
        _cache.clear()
    _cache[word] = found
    return found


def scan(text: str, start: int, end: int) -> tuple[set[str], Positions]:
    """The kinds of time words in text[start:end] and where each occurs."""
    present: set[str] = set()
    if text.find("-", start, end) >= 0:
        present.add("dash")
    if text.find(".", start, end) >= 0 or text.find("/", start, end) >= 0:
        present.add("dot")
    positions: Positions = {}
    known = _cache  # looked up here first: a call per word cost more than the lookup
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        if word[0].isdigit():
            kinds = _DIGIT
        else:
            kinds = known.get(word)
            if kinds is None:
                kinds = word_features(word)
        for kind in kinds:
            positions.setdefault(kind, []).append(m.span())
    present.update(positions)
    return present, positions


def windows(positions: Positions, kinds: frozenset[str], start: int, end: int) -> list[tuple[int, int]]:
    """Disjoint stretches of text[start:end] within WINDOW_PAD of a word of one of `kinds`."""
    spans = sorted(span for kind in kinds for span in positions.get(kind, ()))
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        lo, hi = max(start, s - WINDOW_PAD), min(end, e + WINDOW_PAD)
        if merged and lo <= merged[-1][1]:
            if hi > merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged
