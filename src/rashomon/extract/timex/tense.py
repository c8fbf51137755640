"""Guess whether a time expression points back or ahead, from the words around it.

"Friday" in "the army retook the town on Friday" is the last Friday; in "ministers will
meet on Friday" it is the next one. A parse would tell the tense of the governing verb, but
detection must stay parser-free, so the nearest tense marker in the same sentence decides.
"""

from __future__ import annotations

import re

# How far around an expression to look for a tense marker, in characters. About a clause
# on either side in news prose; wider windows pick up the tense of a neighbouring clause.
WINDOW_BEFORE = 90
WINDOW_AFTER = 60
# A date that opens its sentence ("On Tuesday, the Rights Action League plans to ...") has its
# verb after the whole subject, which may run past WINDOW_AFTER; there the window reaches this
# far. Two lines of news prose: a long subject, not the next sentence.
WINDOW_AFTER_FRONTED = 160

_FUTURE = (
    r"will|won't|wo n't|'ll|shall|going\s+to|gonna|is\s+to|are\s+to|scheduled|due\s+to|plans?\s+to|planning"
    r"|expected\s+to|expects|set\s+to|upcoming|next(?!\s+to\b)|intends?\s+to|would|hopes?\s+to"
    r"|as\s+(?:soon|early)\s+as"
    # News writes a timetable in the present: "the summit opens Thursday", "the ban takes effect
    # Jan. 1", "results are due Friday". Only verbs that are rarely nouns or states.
    r"|opens|begins|resumes|convenes|expires|kicks\s+off|takes?\s+effect|comes\s+into\s+force"
    r"|(?:is|are)\s+due|(?:starts|ends|closes|finishes)(?=\s+on\b)|forecast\s+to|slated\s+to|poised\s+to"
    # A modal not followed by "have" looks ahead ("should be completed in October"); lower-case
    # only, so that the month May is not read as one.
    r"|(?-i:should|might|may)(?!\s+(?:not\s+)?have\b)"
)
_PAST = (
    r"had\s+(?:been\s+)?(?:due|scheduled|expected|set|planned)(?:\s+to)?"
    # "were planning to", "was expected to": the plan's words decide, not the auxiliary's tense.
    r"|(?:was|were)(?!\s+(?:planning|expected|due|scheduled|set|going)\b)"
    r"|had|did|said|told|ago|last|yesterday|earlier|(?!(?:scheduled|expected|planned|need|indeed|"
    r"proceed|exceed|succeed|speed|feed|seed|bed|red|shed|bleed|breed)\b)[a-z]{2,}ed|took|began|came|went|"
    r"fell|found|made|gave|saw|met|left|held|fled|won|lost|struck|killed|died|got|ran|sent|spent|led"
    # Irregular past forms, grouped by first letter: as a flat list they cost 1.5% of find_times.
    r"|b(?:r(?:ought|oke)|ought|uilt|ecame|ent)|c(?:aught|hose)|d(?:rove|rew|ealt)|f(?:elt|lew|ought)|grew"
    r"|h(?:eard|it)|k(?:ept|new)|lent|meant|paid|rose|s(?:old|ought|tood|poke|tole|hot|wore)"
    r"|t(?:hought|aught|hrew)|wrote"
)
# A plan in the pluperfect ("had been due to expire Friday") is one that was overtaken: its
# date is behind the report, whatever the future words after "had been".
# "planned to" looks ahead only to a date after it ("the team planned to leave on Thursday");
# a date before it is when the plan was made ("On Friday, the government planned to pay").
_MARKER = re.compile(rf"\b(?:(?P<future>{_FUTURE})|(?P<plan>planned\s+to)|(?P<past>{_PAST}))\b", re.IGNORECASE)


# A word right before a date that makes it a deadline or a start still ahead, whatever the
# verb's tense: "the dividend is payable Jan. 2", "said it would pay down the loan by February".
_DEADLINE_BEFORE = re.compile(r"\b(by|until|till|effective|payable|ahead\s+of(?:\s+the)?)\s+$", re.IGNORECASE)
_LIMIT_WORDS = frozenset(["by", "until", "till"])


# "they had not called him a suspect until Thursday", "members had filed reports by Wednesday":
# a deadline seen from after it (the pluperfect) is behind the report, not ahead of it.
_PLUPERFECT = re.compile(
    r"\bhad(?:\s+(?:not|never|already|only|just|all|long))?\s+"
    r"(?!(?:to|a|an|the|no|some|any|his|her|its|their|been\s+(?:due|scheduled|expected|set|planned))\b)[a-z]{3,}\b",
    re.IGNORECASE,
)


# "on patrol since March", "the highest since Friday": the start of a state that holds now, so
# behind the report whatever verb comes next ("... and was scheduled to return").
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def tense_near(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """'future', 'past' or '' for the expression text[start:end] in the sentence text[lo:hi]."""
    if _SINCE_BEFORE.search(text, max(lo, start - 8), start):
        return "past"
    deadline = _DEADLINE_BEFORE.search(text, max(lo, start - 16), start)
    if deadline:
        seen_after = deadline[1].lower() in _LIMIT_WORDS and _PLUPERFECT.search(
            text, max(lo, start - WINDOW_BEFORE), min(hi, end + WINDOW_AFTER))
        return "past" if seen_after else "future"
    left = max(lo, start - WINDOW_BEFORE)
    right = min(hi, end + (WINDOW_AFTER_FRONTED if _fronted(text, start, end, lo) else WINDOW_AFTER))
    best, best_distance = "", 10**9
    for m in _MARKER.finditer(text, left, start):
        if _adjectival(text, m):
            continue
        distance = start - m.end()
        if distance < best_distance:
            best, best_distance = ("past" if m.group("past") else "future"), distance
    for m in _MARKER.finditer(text, end, right):
        if _adjectival(text, m) or m.group("plan"):
            continue
        # Markers after the expression count for a little less: the verb usually comes first.
        distance = (m.start() - end) * 2
        if distance < best_distance:
            best, best_distance = ("future" if m.group("future") else "past"), distance
    return best


# Words that may stand before a date opening its sentence: "[On] Tuesday, ...", "[Late] Monday, ...".
_FRONT_WORDS = frozenset(["on", "in", "by", "at", "early", "late", "earlier", "later", "and", "but", "also", "then"])


def _fronted(text: str, start: int, end: int, lo: int) -> bool:
    """The expression opens its sentence and a comma closes it: the main clause, and its verb,
    come after ("On Tuesday, the league plans to hold ...")."""
    if text[end:end + 1] != ",":
        return False
    before = text[lo:start].strip(" \t\n\"'`“‘(").lower().split()
    return all(word in _FRONT_WORDS for word in before)


# Words before an -ed form that make it an adjective or a present passive, not a past verb:
# "the reduced dividend", "is payable ... estimated".
_NOT_PAST_BEFORE = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "is", "are", "be", "been", "being", "'s"]
)


# "un-...-ed" words are adjectives ("an unspecified date", "unidentified gunmen", "unconfirmed
# reports") except these verbs.
_UN_VERBS = frozenset(["unveiled", "unleashed", "uncovered", "unloaded", "unlocked", "unfolded", "united",
                       "unraveled", "unravelled", "unrolled", "unearthed", "unplugged", "unsealed", "unblocked"])


# Irregular participles ("will be held", "is being made") are past verbs only without these.
_PASSIVE_BEFORE = frozenset(["be", "been", "being", "is", "are"])
_ADVERBS = frozenset(["still", "also", "not", "yet", "now", "then", "just", "only", "already", "never"])
_IRREGULAR_PARTICIPLES = frozenset(["held", "made", "found", "given", "sent", "spent", "led", "met", "left",
                                    "struck", "killed", "lost", "won", "taken", "seen", "done", "brought",
                                    "bought", "sold", "paid", "built", "kept", "sought", "caught", "thought",
                                    "taught", "heard", "shot", "hit", "fought", "dealt", "meant", "lent", "felt"])


def _adjectival(text: str, m: re.Match[str]) -> bool:
    past = (m.group("past") or "").lower()
    if past in _IRREGULAR_PARTICIPLES:
        before = [w.lower() for w in text[max(0, m.start() - 24):m.start()].split()]
        while before and before[-1] in _ADVERBS:
            before.pop()  # "will still be held", "is not yet made"
        return bool(before) and before[-1] in _PASSIVE_BEFORE
    if not past.endswith("ed"):
        return False
    word = past
    if word.startswith("un") and word not in _UN_VERBS:
        return True
    before = text[max(0, m.start() - 12):m.start()].split()
    return bool(before) and before[-1].lower() in _NOT_PAST_BEFORE
