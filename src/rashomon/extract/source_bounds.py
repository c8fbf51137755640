"""Where a scanned speaker phrase starts, corrected at its two commonest slips.

A place noun run in: FA-KES text has lost its commas, so "... a checkpoint in a northwestern
province activists said" scans back to "province activists". A common noun of place or region
(with its compass adjective and an "of X" name) opening the phrase, before a lowercase head
of a group that speaks from outside any office (activists, residents, witnesses, monitors),
ends the locative phrase before it and is no part of the speaker. "city officials" and
"provincial council" keep their noun: there the place says whose officials they are.

A name with lowercase words in it: the backward scan stops at the first lowercase word it does
not know, so a body whose registered name holds a verb or a particle ("X is Being Y", "Z of the
W") is cut to its tail. When the words just before the cut and the tail together are a name the
actor table knows, the whole name is the speaker.
"""

from __future__ import annotations

import re

from rashomon.extract.actors import canonical_actor

_PLACE_RUN_IN = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?:north|south|east|west)[\w-]*\s+)?"
    r"(?:province|governorate|region|countryside|district|city|town|village|area|neighbou?rhood|suburb|camp)"
    r"(?:\s+of\s+(?:[A-Z][\w'’-]*\s+){1,3})?\s+"
    r"(?=(?:[a-z][\w-]*\s+)?(?:activists|residents|locals|witnesses|monitors|observers)$)"
)
# Words looked at before a cut name: a registered name is rarely longer than six words.
_MAX_NAME_BACK = 4
_WORD = re.compile(r"[\w'’-]+")


def without_place_noun(start: int, phrase: str) -> tuple[int, str]:
    """The phrase with a run-in place noun dropped ("province activists" -> "activists")."""
    found = _PLACE_RUN_IN.match(phrase)
    if found is None:
        return start, phrase
    return start + found.end(), phrase[found.end() :]


def whole_known_name(text: str, start: int, phrase: str) -> tuple[int, str]:
    """The phrase grown back over up to four words when the longer run is a name the actor
    table knows and the phrase alone is not ("Slaughtered Silently" -> "Raqqa is Being
    Slaughtered Silently"); else unchanged."""
    if not phrase[:1].isupper() or canonical_actor(phrase) is not None:
        return start, phrase
    before = list(_WORD.finditer(text, max(0, start - 60), start))
    end = start + len(phrase)
    for back in range(len(before) - 1, max(-1, len(before) - 1 - _MAX_NAME_BACK), -1):
        first = before[back]
        if not first.group(0)[:1].isupper():
            continue
        longer = text[first.start() : end]
        if re.search(r"[,.;:!?\"“”]", longer):
            break
        if canonical_actor(longer) is not None:
            return first.start(), longer
    return start, phrase
