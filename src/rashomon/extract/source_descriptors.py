"""Descriptions around a source's name that are not its name.

Wire copy wraps a source in words that say what it is: "the humanitarian agency Doctors
Without Borders", "the latest SOHR estimates", "Health director for Aleppo Mohammad X". Kept in
the name, the description makes a source no table knows, and the figure no longer lines up
with the same body's figures elsewhere. attribution_names.py resolves names; this module only
says which part of such a phrase is the name (split out to keep that module short).
"""

from __future__ import annotations

import re

from rashomon.extract.gazetteer import lookup

# A name before the figures noun owns them: "the latest SOHR estimates", "UN figures", "the
# Observatory's data", "Syrian Observatory for Human Rights figures" (up to three lowercase
# modifiers before the name are dropped; "of/for/the/and" may stand inside it).
_FIGURES_OWNER = re.compile(
    r"^(?:[a-z][\w-]*\s+){0,3}([A-Z][\w.&-]*?(?:\s+(?:(?:for|of|the|and)\s+)*[A-Z][\w.&-]*?){0,6})(?:['’]s?)?\s+[a-z]+$"
)
# A person's name after a place: two to four capitalised words.
_PERSON = re.compile(r"^[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|abu|ibn|abd)-?)?[A-Z][\w'’-]+){1,3}$")
# How many words of a place may open "Aleppo Mohammad X" ("Deir Ezzor", "Idlib province").
MAX_PLACE_WORDS = 2


def figures_owner(cleaned: str) -> str | None:
    """The capitalised name before a figures noun ("latest SORH estimates" -> "SORH"), else None."""
    match = _FIGURES_OWNER.match(cleaned)
    return match.group(1) if match else None


def described(phrase: str, candidate: str) -> bool:
    """Whether `candidate` closes `phrase` after lowercase describing words only ("humanitarian
    agency Doctors Without Borders", "medical charity MSF"): a descriptor, not a larger name
    ("National Coalition for ... and Opposition Forces" is no "Opposition Forces")."""
    head = phrase[: len(phrase) - len(candidate)] if phrase.endswith(candidate) else ""
    return bool(head.strip()) and head == head.lower()


def field_office(field: str, title: str, rest: str) -> tuple[str, str] | None:
    """("<field> <title> of <place>", person) for "Health director for Aleppo Mohammad X": a
    one-word field before the title (read as a person by the title patterns), then a place the
    gazetteer knows, then a person's name; else None."""
    if " " in field or not field[:1].isupper():
        return None
    words = rest.split()
    for size in range(1, min(MAX_PLACE_WORDS, len(words) - 2) + 1):
        place, person = " ".join(words[:size]), " ".join(words[size:])
        if _PERSON.match(person) and lookup(place)[1] == "exact":
            return f"{field} {title.lower()} of {place}", person
    return None


# A short quoted name inside a source's noun phrase, followed by the noun of its kind: 'the
# opposition "Cham" TV network', 'the pro-government "Sham FM" radio', 'the "Amaq" news agency'.
# The quotes mark the name, not speech; the backward scan and the name scan stop at them.
_QUOTED_NAME = re.compile(
    r"(?<=\s)[\"“]([A-Z][\w'’.& -]{0,30}?)[\"”](?=\s+(?:[A-Z][\w-]*\s+)?(?i:tv|television|channel|network|radio"
    r"|news|agency|newspaper|daily|website|station|broadcaster|group|brigades?|battalion|movement|front)\b)"
)


def unquoted_names(text: str) -> str:
    """The text with the quotes around such names blanked (same length: offsets hold)."""
    if '"' not in text and "“" not in text:
        return text
    return _QUOTED_NAME.sub(lambda m: f" {m.group(1)} ", text)
