"""A toll restated by the next sentence through a pronoun or a bare figure noun.

"The death toll from the bombing stood at 50. This was later updated to 82, including 58
civilians." The second sentence names no victims and no kind: its subject ("This", "It", "The
figure", "The number") points back to the toll of the sentence before, and the update verb
("was updated to", "was raised to", "rose to", "climbed to") gives that toll a new number. So the
number is a figure of that toll's kind, and the rest of the sentence breaks it down as usual.
"""

from __future__ import annotations

import re

# The opening of an update whose subject points back: up to the "to" before the number.
_UPDATE_OPENING = re.compile(
    r"^\s*(?:this|it|that|the\s+(?:figure|number|toll|tally|count|total))\s+"
    r"(?:(?:was|has\s+been|had\s+been|is|has|had)\s+)?(?:(?:later|since|subsequently|then|now|further)\s+)?"
    r"(?:updated|raised|revised(?:\s+up(?:ward)?)?|rose|risen|climbed|increased|jumped)\s+to\s+$",
    re.IGNORECASE,
)
# A toll the sentence before told: a death toll (the killed) or a count of the wounded.
_TOLL_BEFORE = re.compile(
    r"\b(?:death\s+toll|toll\s+of\s+(?:the\s+)?dead|number\s+of\s+(?:dead|deaths|killed|fatalities)|"
    r"(?:initial|preliminary|first)\s+toll|(number|count)\s+of\s+(?:the\s+)?(?:wounded|injured))\b",
    re.IGNORECASE,
)


def previous_toll(previous: str) -> str:
    """The kind of toll a sentence tells ("killed", "injured"), or "" when it tells none; a
    sentence that tells both leaves the kind open, so it gives none."""
    lowered = previous.lower()
    if "toll" not in lowered and "number" not in lowered and "count" not in lowered:
        return ""  # cheap test before the pattern
    kinds = {"injured" if match.group(1) else "killed" for match in _TOLL_BEFORE.finditer(previous)}
    return kinds.pop() if len(kinds) == 1 else ""


def updated_toll(text: str, start: int, toll: str) -> str:
    """The kind of the figure at `start` when the sentence opens by updating the toll of the
    sentence before (`toll`, its kind) to it, else ""."""
    if not toll or not text.endswith("to ", 0, start):
        return ""
    return toll if _UPDATE_OPENING.match(text[:start]) else ""
