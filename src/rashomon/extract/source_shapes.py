"""Shapes of a source phrase that the backward scan (source_scan.py) cuts short.

The scan stops at punctuation and lowercase words, which is right for most wire copy but
leaves three shapes with the wrong words: a person after a lowercase role ("opposition
figure George Sabra said": the role is kept), an organisation whose name ends "... in
<place>" (the place alone is kept by the scan), and an organisation followed by an
apposition whose commas were lost ("Syria Civil Defence a Syrian rescue service ... said").
with_role and org_before_place take the text, where the scan's phrase starts and the
phrase, and return the corrected (start, phrase); apposition_name returns the organisation's
(start, name) or None.
"""

from __future__ import annotations

import re

from rashomon.extract.attribution_generic import fitting_name
from rashomon.extract.attribution_words import generic_heads, known_actor, org_words, word_table

# An appositive skipped between a source and its verb ("X, a local group that ..., said").
MAX_APPOSITIVE_WORDS = 16

# How far back (characters) a coordinated source or a role before a name is looked for: four
# words of a second conjunct, or three role words and "identified as", fit in it.
CONJUNCT_WINDOW = 80
_ROLE = re.compile(
    r"(?:^|\s)((?:^[A-Z][a-z-]*\s+)?(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*))\s+(?:(?:identified|known)\s+as\s+)?$"
)


# "the Russian centre for reconciliation of the warring parties in Syria said": the scan stops
# at lowercase words and keeps only the place; an organisation word shortly before "in"
# names the speaker. Bounded to 80 characters before "in".
_ORG_BEFORE_IN = re.compile(
    r"((?:[A-Z][\w'’-]*\s+)+(?:center|centre|ministry|committee|council|command|office|directorate|commission)"
    r"\b[^,.;\"“”]{0,80}?)\s+in\s+$"
)


def org_before_place(text: str, start: int, phrase: str) -> tuple[int, str]:
    """The organisation whose name ends "... in <place>", when the scan kept only the place."""
    if not phrase or not re.search(r"\sin\s+$", text[max(0, start - 4) : start]):
        return start, phrase
    found = _ORG_BEFORE_IN.search(text, max(0, start - 160), start)
    if found is None:
        return start, phrase
    return found.start(1), text[found.start(1) : start + len(phrase)]


def with_role(text: str, start: int, phrase: str) -> tuple[int, str]:
    """"local journalist Zouhir X", "leading opposition figure George Y": a person named after
    a lowercase role keeps the role (the title makes it the primary, attribution_persons.py)."""
    if not phrase or not phrase[:1].isupper():
        return start, phrase
    role = _ROLE.search(text, max(0, start - CONJUNCT_WINDOW), start)
    if role is None or role.group(2) not in word_table()["title"]:
        return start, phrase
    return role.start(1), text[role.start(1) : start + len(phrase)]


# Between an organisation's name and its unpunctuated apposition: "X however a Beirut-based NGO".
_APPOSITION_OPEN = re.compile(r"\s+(?:(?:however|also)\s+)?(?:a|an|the|another|one)\s", re.IGNORECASE)
_APPOSITION_STOP = re.compile(r"[,;:.!?\"“”]|\b(?:that|said|says|and)\b")
_ORG_RUN = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’-]+)*(?:\s+\([A-Z][A-Za-z]+\))?")


def apposition_name(text: str, opens: int, end: int) -> tuple[int, str] | None:
    """The organisation named right before an apposition that runs from `opens` to the verb at
    `end` with its commas lost ("Valley Rescue Corps a volunteer group that digs in the
    hills said"): a known actor or a name with an organisation word."""
    window = max(0, opens - 120)
    for run in reversed(list(_ORG_RUN.finditer(text, window, opens))):
        rest = text[run.end() : end]
        if not _APPOSITION_OPEN.match(rest) or run.end() > opens:
            continue
        if len(rest.split()) > MAX_APPOSITIVE_WORDS or _APPOSITION_STOP.search(rest):
            return None
        name = run.group(0)
        if _OBJECT_BEFORE.search(text, max(0, run.start() - 12), run.start()):
            return None  # "In a statement to SANA a source at the Police Command said": SANA is addressed
        if fitting_name(name, org_words()) or known_actor(name):
            return run.start(), name
        return None
    return None


# A name right after one of these is an object (who was told), never the head an apposition
# describes: "a statement to SANA a source at X said".
_OBJECT_BEFORE = re.compile(r"\b(?:to|told|tells)\s+(?:the\s+)?$", re.IGNORECASE)


# "the watchdog's deputy director for the Middle East told AP": the backward scan stops at the
# lowercase role and keeps the capitalised portfolio after "for" (a region, a file), which is
# what the role covers, never who speaks. A possessive before the role names the body the
# person speaks for, which GUIDELINES.md section 6 makes the source ("Observatory director X
# said" -> the Observatory). FA-KES text loses the apostrophe ("the watchdogs deputy"), so a
# bare "-s" is read as a possessive only on a generic head noun (data/attribution_generic.tsv).
_PORTFOLIO_ROLE = re.compile(
    r"((?:\b[Tt]he\s+)?(?:[\w-]+\s+){0,2}?([A-Za-z][\w-]*?))(['’]s|['’]|s)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s+for\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w-]*){0,5}$"
)
# The head nouns of an office held for a region or file: the title table plus these.
_PORTFOLIO_HEADS = frozenset({"deputy", "envoy", "ambassador", "adviser", "advisor", "aide", "negotiator"})


def _speaking_body(stem: str, mark: str) -> bool:
    """True for a lowercase body that speaks through its officers ("the army's commander for the
    North", "the police's chief for the South"): a real apostrophe on a speaker noun, so the
    region after "for" is the command's area and the body is the source."""
    return mark != "s" and stem.islower() and stem in word_table()["noun"]


def _kept_whole(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The owner of "<known body>'s <role> for <region>" when the scan kept the whole phrase
    (a role noun that can speak alone, "envoy", "representative", lets the scan run on to the
    possessive): the body speaks, as when the scan stops at the role. None otherwise."""
    found = _PORTFOLIO_ROLE.fullmatch(text, start, end)
    if found is None or found.group(3) == "s" or found.group(4) not in word_table()["title"] | _PORTFOLIO_HEADS:
        return None
    owner = found.group(1)
    return (start, owner) if owner[:1].isupper() and known_actor(owner) else None


def portfolio_owner(text: str, start: int, phrase: str) -> tuple[int, str]:
    """The body whose officer "for <region>" speaks, when the scan kept only the region."""
    end = start + len(phrase)
    window = max(0, start - CONJUNCT_WINDOW - 40)
    # The pattern needs a literal "for": a substring test spares the regex on most speakers.
    if not phrase or "for" not in text[window:end]:
        return start, phrase
    if found := _kept_whole(text, start, end):  # "Human Rights Watch's envoy for Syria"
        return found
    if known_actor(phrase):
        return start, phrase
    found = _PORTFOLIO_ROLE.search(text[:end], window)
    if found is None or found.start(1) >= start or found.group(4) not in word_table()["title"] | _PORTFOLIO_HEADS:
        return start, phrase
    stem, mark = found.group(2), found.group(3)
    owner_speaks = stem.lower() in generic_heads() or _speaking_body(stem, mark)
    if not owner_speaks and (mark == "s" or not (stem[:1].isupper() and known_actor(found.group(1)))):
        return start, phrase
    return found.start(1), found.group(1)
