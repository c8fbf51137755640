"""Who "he" or "she" is when no source was named before: the person a recent sentence is about.

'Ahmad X runs the clinic. "The shelling killed 12 people" he said.' English refers the pronoun
back to the person the sentences before are about, and a figure in a quotation takes its
speaker (benchmarks/annotations/GUIDELINES.md section 29). The pronoun otherwise repeats the
last source named (attribution_persons.pronoun_source), which is right when one was named since;
so this looks back only over sentences that name no source, within the paragraph.
"""

from __future__ import annotations

import re

from rashomon.extract.attribution_persons import NAME_PARTICLE, is_person
from rashomon.extract.attribution_words import Found, word_table
from rashomon.extract.gazetteer import lookup
from rashomon.extract.nlp import parse_one
from rashomon.extract.sentences import sentence_index
from rashomon.extract.source_scan import source_before
from rashomon.model import Sentence

# How many sentences back the person may be named ("X runs the clinic. He walked through the
# ruins. '...' he said"): farther, another person may have come between unnoticed.
MAX_SENTENCES_BACK = 2
# Common nouns that name one person who can speak, besides the title words ("the governor").
_PERSON_NOUNS = frozenset(
    {"mayor", "doctor", "nurse", "medic", "surgeon", "envoy", "witness", "resident", "ambassador"}
)


def person_antecedent(phrase: str, start: int, found: list[Found], sentences: list[Sentence]) -> str:
    """The person "he"/"she" at `start` stands for when no source is named in the pronoun's
    sentence before it nor in the sentences back to that person's; "" otherwise."""
    if phrase.strip().lower() not in ("he", "she"):
        return ""
    index = sentence_index(sentences, start)
    if index < 1 or any(sentences[index].start <= other[0] < start for other in found):
        return ""
    for back in range(index - 1, max(-1, index - 1 - MAX_SENTENCES_BACK), -1):
        previous = sentences[back]
        if sentences[back + 1].start - previous.end > 1:
            return ""  # a paragraph break: the person was someone else's topic
        if any(previous.start <= other[0] < previous.end for other in found):
            return ""  # a source named since: the pronoun repeats it
        if subject := _person_subject(previous.text):
            return "" if _named_before(subject, start, found) else subject
    return ""


# Words an opening person phrase may hold besides names, titles and person nouns ("The governor
# of Homs Talal X", "On Sunday the mayor").
_OPENING_GLUE = frozenset({"the", "a", "an", "of", "for", "on", "in", "at"})
# How many words the opening phrase is read over: a title, a name and a time phrase before them.
MAX_OPENING_WORDS = 10


def _opens_with_person(text: str) -> bool:
    """Whether the words before a sentence's first plain lowercase word could name one person:
    a title or person noun among them ("the mayor", "Interior Minister X"), two capitalised words
    that no table knows as a body ("Dr Leila X"), or one that is no place either ("Papandreou").
    A cheap look before parsing."""
    person_words = word_table()["title"] | _PERSON_NOUNS
    capitals: list[str] = []
    for word in text.split()[:MAX_OPENING_WORDS]:
        bare = word.strip("\"“”'‘’.,:;()")
        lowered = bare.lower()
        if lowered in person_words:
            return True
        if bare[:1].isupper() or NAME_PARTICLE.match(bare):
            capitals.append(bare)
        elif lowered not in _OPENING_GLUE:
            break
    if capitals and is_person(" ".join(capitals[-3:])) and (len(capitals) >= 2 or not lookup(capitals[0])[0]):
        return True  # "Dr Leila X ...", "Papandreou expressed ..." (a surname, not a place)
    return any(_names_person(run) for run in _FULL_NAME.findall(text))  # "Anchorage lawyer William X"


# Two or three capitalised words in a row: a person's full name, or a place's or a body's.
_FULL_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2}\b")


def _names_person(run: str) -> bool:
    """Whether a run of capitalised words is a person's name: no body the tables know, no place."""
    return is_person(run) and not lookup(run)[0]


def _named_before(subject: str, start: int, found: list[Found]) -> bool:
    """Whether an earlier source phrase names the person again ("local official Leys X told
    AFP ... X described the attack ... He said"): the pronoun then repeats that source, whose
    resolution carries the body the person speaks for and the outlet told."""
    surname = subject.split()[-1].lower()
    return any(surname in other[2].lower().split() for other in found if other[0] < start)


def _person_subject(text: str) -> str:
    """The subject of a sentence's main verb when it names one person ("Dr Leila X", "The
    governor of Homs Talal X", "the mayor"); "" for a pronoun, a thing or a body."""
    if not _opens_with_person(text):
        return ""  # most sentences open on a thing, a place or a body: no parse spent on them
    doc = parse_one(text)
    root = next((token for token in doc if token.dep_ == "ROOT"), None)
    subject = next((t for t in root.children if t.dep_ == "nsubj"), None) if root is not None else None
    if subject is None or subject.pos_ == "PRON":
        return ""
    named = doc[subject.left_edge.i : subject.right_edge.i + 1]
    head = subject.text.lower()
    names = [t.text for t in named if t.pos_ == "PROPN"]
    if head not in word_table()["title"] and head not in _PERSON_NOUNS and not (
        subject.pos_ == "PROPN" and is_person(" ".join(names[-3:]))
    ):
        return ""
    scanned = source_before(text, root.idx)[1].strip()  # the phrase "<subject> said" would give
    return scanned or named.text
