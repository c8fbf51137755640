"""Places carried to a figure from the sentence before or after it.

Why: a report often tells one incident over two sentences, and the figure's sentence names no
place: "In X a shell killed five people. The attack left 20 others wounded." (the attack of
the sentence before, so the place before), or "Ten people were killed and 20 wounded. The
blast took place in Y." (the place told next). Left unplaced, such a figure reads as a repeat
of the same number told elsewhere (two incidents with 20 wounded each become one figure).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rashomon.extract.sentences import sentence_index

if TYPE_CHECKING:
    from rashomon.extract.casualty_actors import ArticleContext
    from rashomon.model import CasualtyFact, Sentence

_INCIDENTS = r"(?:attack|blast|bombing|explosion|strike|air ?strike|raid|shelling|bombardment)"
# "The attack left ...": the sentence goes on with the incident of the sentence before.
_GOES_ON = re.compile(rf"(?:The|That|This) {_INCIDENTS}\b")
# "... said that the attack targeted a checkpoint": the incident named again as the subject of a
# reported clause (not "as the explosion coincided with ...", a mere mention in passing).
_GOES_ON_WITHIN = re.compile(rf"\b(?:said|says|reported|added) (?:that )?the {_INCIDENTS}\b")
# "The blast took place in Y": the sentence tells where the incident before happened.
_TOOK_PLACE = re.compile(rf"(?:The|That|This) {_INCIDENTS} (?:took place|happened|occurred|struck|hit) ")


def carry_places(facts: list[CasualtyFact], sentences: list[Sentence], context: ArticleContext) -> None:
    """Give an unplaced figure the place of its incident told in the next or previous sentence."""
    for fact in facts:
        if fact.place:
            continue
        index = sentence_index(sentences, fact.start)
        if index < 0 or fact.start >= sentences[index].end:
            continue
        fact.place = _place_after(sentences, index, context) or _place_before(facts, sentences, index)


def _place_after(sentences: list[Sentence], index: int, context: ArticleContext) -> str:
    """The place of "The blast took place in Y" right after the figure's sentence."""
    if index + 1 >= len(sentences):
        return ""
    text = sentences[index + 1].text
    if not text.startswith(("The ", "That ", "This ")):
        return ""  # cheap test first
    found = _TOOK_PLACE.match(text)
    return context.place(text, (0, found.end() - 1)) if found else ""


def _place_before(facts: list[CasualtyFact], sentences: list[Sentence], index: int) -> str:
    """The place of the last placed figure of the sentence before, when the figure's sentence
    names the incident again ("The attack ...", "... said the attack ...": the same incident)."""
    if index == 0 or not _names_incident_again(sentences[index].text):
        return ""
    before = sentences[index - 1]
    placed = [f.place for f in facts if f.place and before.start <= f.start < before.end]
    return placed[-1] if placed else ""


def _names_incident_again(text: str) -> bool:
    """Whether the sentence refers back to an incident: "The attack ..." as opener, or "the
    attack" as the subject of a reported clause ("The monitor said that the attack ... gave a
    toll of three")."""
    if text.startswith(("The ", "That ", "This ")) and _GOES_ON.match(text):
        return True
    if " the " not in text:
        return False  # cheap test first
    return _GOES_ON_WITHIN.search(text) is not None
