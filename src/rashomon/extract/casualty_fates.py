"""What else the words around a casualty figure say befell the counted people.

Why a module of its own: these rules do not name a figure's category from a casualty word
(casualty_patterns.py) but change or cancel it from the rest of the clause: people held
captive or killed as a punishment were executed (GUIDELINES.md, "executed"); people freed,
rescued, evacuated or arrested are no casualty figure; a participle right after the counted
words ("another 30 sealed off") says something else happened to them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rashomon.extract.casualty_links import CARRIER_LEMMAS, trigger_of
from rashomon.extract.nlp import first_token_from

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Captives: killing people described as held is an execution (GUIDELINES.md, "executed").
_CAPTIVE_AFTER = re.compile(
    r"\s+(?:who\s+(?:were|had\s+been)\s+|(?:previously|earlier)\s+)?"
    r"(?:taken|held)\s+(?:as\s+)?(?:hostages?|captives?|prisoners?)\b",
    re.IGNORECASE,
)


def held_captive(text: str, end: int) -> bool:
    """Whether the counted words are followed by "taken hostage" / "held captive"."""
    return bool(_CAPTIVE_AFTER.match(text, end))


def other_participle(doc: Doc, text: str, end: int) -> Token | None:
    """The verb right after the counted words when it says something else happened to them
    ("another 30 sealed off", "8000 people trapped"), else None. The word is found by
    bisection over the parse's offsets, not by walking its tokens."""
    following = first_token_from(doc, end)
    if following is None or following.idx - end > 1:
        return None
    if following.tag_ not in ("VBN", "VBD") or following.pos_ != "VERB" or _reduced_relative(following):
        return None
    return following if trigger_of(following) is None and following.lemma_.lower() not in CARRIER_LEMMAS else None


def _reduced_relative(participle: Token) -> bool:
    """ "three children trapped under the rubble died", "two men accused of spying were shot":
    a participle that hangs on a noun which is the subject of a casualty verb is a reduced
    relative clause saying who they were, not what else happened to them; it is the figure's
    own predicate only when the noun has no verb of its own ("and another 30 sealed off")."""
    noun = participle.head
    return (
        participle.dep_ == "acl"
        and noun.dep_ in ("nsubj", "nsubjpass")
        and noun.head.pos_ in ("VERB", "AUX")
        and trigger_of(noun.head) is not None
    )


# Verbs whose object is no casualty figure (GUIDELINES.md: detentions, evacuations and rescues
# are not annotated): "Troops Kill 30 Terrorists Free 19 Civilians", "saved the lives of N".
_SPARED_BEFORE = re.compile(
    r"\b(?:free[sd]?|freeing|rescue[sd]?|rescuing|release[sd]?|releasing|evacuate[sd]?|evacuating|arrest(?:s|ed|ing)?|"
    r"detain(?:s|ed|ing)?|save[sd]?|saving)\s+(?:the\s+lives\s+of\s+)?$",
    re.IGNORECASE,
)


def spared(text: str, start: int) -> bool:
    """Whether the figure is the object of a verb of freeing, rescue, evacuation or arrest."""
    return bool(_SPARED_BEFORE.search(text, max(0, start - 30), start))


# "saved the lives of more than 100 people wounded in raids": a rescue count, whatever fate
# the words after it tell; the people named are those saved, not a toll (GUIDELINES.md).
_LIVES_SAVED_BEFORE = re.compile(
    r"\bsav(?:e[sd]?|ing)\s+the\s+lives\s+of\s+(?:(?:more\s+than|over|at\s+least|about|nearly|almost|some|up\s+to)\s+)?$",
    re.IGNORECASE,
)


def saved_lives(text: str, start: int) -> bool:
    """Whether the figure counts lives saved; the substring test keeps the regex off most figures."""
    window = text[max(0, start - 45):start]
    return "lives of" in window.lower() and bool(_LIVES_SAVED_BEFORE.search(window))


# Killings described as punishments are executions (GUIDELINES.md, "executed"): "killed on
# charges of collaboration", "shot for apostasy", "sentenced to death".
_PUNISHMENT_AFTER = re.compile(
    r"[^.;]{0,160}?\b(?:on\s+charges?\s+of|convicted\s+of|sentenced\s+to\s+death|"
    r"for\s+(?:apostasy|adultery|blasphemy|sorcery|witchcraft|treason|spying|homosexuality))\b",
    re.IGNORECASE,
)


def punished(text: str, end: int) -> bool:
    """Whether the clause after a killed figure says it was a punishment."""
    return bool(_PUNISHMENT_AFTER.match(text, end))


# "carrying out harsh penalties including several executions": the figure names kinds of a
# practice the group carries out, a habit told with no toll of its own.
_PRACTICE_BEFORE = re.compile(
    r"\b(?:penalties|punishments|abuses|practices)\s+(?:including|such\s+as)\s+$",
    re.IGNORECASE,
)


def names_a_practice(text: str, start: int) -> bool:
    """Whether the figure lists a group's habitual penalties; the substring test is cheap."""
    window = text[max(0, start - 40):start]
    return ("including" in window or "such as" in window) and bool(_PRACTICE_BEFORE.search(window))
