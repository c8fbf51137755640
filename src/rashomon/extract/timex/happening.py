"""What happened at a date: the event class of the verb or noun that governs the expression.

"The army retook the village on Saturday" dates a recapture; "officials said on Monday"
dates an announcement. Lining up dates across reports needs that distinction. A cheap word
check picks the sentences that hold a trigger from the lexicon (data/time_happenings.json);
only those are parsed, one sentence at a time, and the dependency path from the date upward
is followed to the first trigger of the same clause.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from rashomon.extract.nlp import tokens_overlapping
from rashomon.extract.sentences import sentence_at
from rashomon.model import Sentence, TimeFact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How many steps up the dependency tree to look for a trigger. Three covers
# date -> preposition -> verb and date -> preposition -> noun -> verb; more reaches other clauses.
MAX_STEPS = 4

# How many words before an editorial insertion may hold its trigger ("retook it [..]").
INSERTION_REACH = 4

LEXICON_PATH = Path(__file__).resolve().parents[2] / "data" / "time_happenings.json"
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")
# Distinct words whose lemma is remembered (news vocabulary; bounds memory on hostile input).
LEMMA_CACHE_SIZE = 16_384


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, dict[str, str]], dict[str, str]]:
    """(single lemma -> class, first lemma -> {second word -> class}, irregular form -> lemma)."""
    raw = json.loads(LEXICON_PATH.read_text("utf-8"))
    single: dict[str, str] = {}
    multi: dict[str, dict[str, str]] = {}
    for cls, lemmas in raw["classes"].items():
        for lemma in lemmas:
            words = lemma.split()
            if len(words) == 1:
                single.setdefault(words[0], cls)
            else:
                multi.setdefault(words[0], {})[words[1]] = cls
    return single, multi, raw["forms"]


@lru_cache(maxsize=LEMMA_CACHE_SIZE)
def lemma_of(word: str) -> str:
    """A cheap lemma: irregular forms from the table, else -s/-ed/-ing stripped. Memoised: a
    pure function of the word, asked for every word of every dated sentence."""
    word = word.lower()
    forms = _lexicon()[2]
    if word in forms:
        return forms[word]
    single, multi, _ = _lexicon()
    for suffix, replacements in (
        ("ies", ("y",)),
        ("ing", ("", "e")),
        ("ed", ("", "e")),
        ("es", ("", "e")),
        ("s", ("",)),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            for tail in replacements:
                if stem + tail in single or stem + tail in multi:
                    return stem + tail
            if len(stem) > 2 and stem[-1] == stem[-2] and (stem[:-1] in single or stem[:-1] in multi):
                return stem[:-1]
    return word


# Classes that alone do not make a sentence worth parsing: "said on Monday" is in nearly
# every dated news sentence, and the date of a statement is not lined up across reports.
# Measured: gating on them sent most dated sentences to the parser (TimeBank 636 -> 40
# articles per second).
CHEAP_CLASSES = {"announce"}


def has_trigger(sentence: str) -> bool:
    single, multi, _ = _lexicon()
    for word in _WORD.findall(sentence):
        lemma = lemma_of(word)
        if lemma in multi or (lemma in single and single[lemma] not in CHEAP_CLASSES):
            return True
    return False


def add_happenings(facts: list[TimeFact], text: str, sentences: list[Sentence]) -> None:
    """Fill `happening` and `trigger` of the DATE facts whose sentence names a happening.

    The sentences that need it are parsed together, in one batch."""
    if not sentences:
        return
    from rashomon.extract.nlp import parse

    checked: dict[int, bool] = {}
    wanted: list[tuple[TimeFact, Sentence]] = []
    for fact in facts:
        if fact.type != "DATE" or fact.value.endswith("_REF"):
            continue
        sentence = sentence_at(sentences, fact.start)
        if sentence is None:
            continue
        if sentence.start not in checked:
            checked[sentence.start] = has_trigger(sentence.text)
        if checked[sentence.start]:
            wanted.append((fact, sentence))
    docs = parse([sentence.text for _, sentence in wanted])
    for (fact, sentence), doc in zip(wanted, docs, strict=True):
        _fill(fact, sentence, doc)


def _fill(fact: TimeFact, sentence: Sentence, doc: Doc) -> None:
    lo, hi = fact.start - sentence.start, fact.end - sentence.start
    inside = tokens_overlapping(doc, lo, hi)  # by bisection: no token object per token
    if not inside:
        return
    head = next((t for t in inside if not (lo <= t.head.idx < hi) or t.head == t), inside[-1])
    found = _trigger_before_insertion(doc, sentence.text, lo, hi) or _trigger_above(head)
    if found is not None:
        fact.happening, fact.trigger = found[0], found[1].text


def _trigger_before_insertion(doc: Doc, text: str, lo: int, hi: int) -> tuple[str, Token] | None:
    """A date in an editor's square brackets ("retook it [on Saturday]") dates the words just
    before the bracket, whatever the parser attached it to."""
    opening = text.rfind("[", 0, lo)
    if opening < 0 or "]" in text[opening:lo] or text.find("]", hi) < 0:
        return None
    before = [t for t in doc if t.idx < opening][-INSERTION_REACH:]
    for token in reversed(before):
        cls = _class_of(token)
        if cls:
            return cls, token
    return None


def _trigger_above(token: Token) -> tuple[str, Token] | None:
    current = token
    for _ in range(MAX_STEPS):
        if current.head == current:
            return None
        current = current.head
        cls = _class_of(current)
        if cls:
            return cls, current
        if current.pos_ in {"VERB", "AUX"} and current.dep_ not in {"aux", "auxpass"}:
            return None  # the clause's own verb names no happening of the lexicon
    return None


def _class_of(token: Token) -> str:
    single, multi, _ = _lexicon()
    lemmas = {token.lemma_.lower(), lemma_of(token.text)}
    for lemma in lemmas:
        if lemma in multi:
            for child in token.children:
                cls = multi[lemma].get(child.lemma_.lower()) or multi[lemma].get(child.text.lower())
                if cls:
                    return cls
    for lemma in lemmas:
        if lemma in single:
            return single[lemma]
    return ""
