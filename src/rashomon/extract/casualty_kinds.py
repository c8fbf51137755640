"""Kinds of killing the clause of a killed figure names: executed, bodies found.

Why apart: the trigger word of a figure says "killed" more often than the report means it:
"were found killed" or "the bodies of" are bodies found, an execution word in the trigger's
own clause (not in a clause hanging from it: "killed 43 people after a pilot was executed")
makes it an execution, and so does killing people described as captives (GUIDELINES.md,
"executed"). casualties.py asks here once the tree gave the figure its trigger.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rashomon.extract.casualty_links import FINDING_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from rashomon.model import CasualtyFact, Sentence

# Words that turn "killed" into "executed" when they sit in the trigger's clause.
EXECUTION_LEMMAS = frozenset({"execute", "execution", "behead", "beheading", "decapitate", "crucify"})
BODY_LEMMAS = frozenset({"body", "corpse", "remains", "grave"})
# Words that describe people as held captive: killing them is an execution (GUIDELINES.md).
CAPTIVE_LEMMAS = frozenset({"hostage", "captive", "kidnap", "abduct"})


def refined(category: str, trigger: Token, anchor: Token) -> str:
    """Killed becomes executed with an execution word in the clause, bodies_found with a
    finding verb or a body noun; a wound "fatally" or "mortally" dealt is a death."""
    if category == "injured" and trigger is not None and deadly(trigger):
        category = "killed"  # "fatally shot eight people", "two shoppers were fatally shot"
    if category not in ("killed", "executed"):
        return category
    finder = anchor.head if anchor.dep_ in ("nsubjpass", "dobj") else trigger.head
    if finder == trigger.head and (_time_clause(trigger) or _own_subject(anchor, trigger)):
        finder = trigger  # "the boy was found after eight people drowned": another's finding
    if finder.lemma_.lower() in FINDING_LEMMAS or trigger.lemma_.lower() in BODY_LEMMAS:
        return "bodies_found"
    if trigger.pos_ in ("VERB", "AUX") and any(t.lemma_.lower() in EXECUTION_LEMMAS for t in _own_clause(trigger)):
        return "executed"
    if trigger.pos_ == "VERB" and _executed_meanwhile(trigger):
        return "executed"
    if category == "killed" and _captive(anchor):
        return "executed"  # "massacred 250 troops taken hostage": killing captives is an execution
    return category


def _time_clause(trigger: Token) -> bool:
    """Whether the harm verb heads a clause opened by "after", "before", "when" or "while": the
    verb above it is another event, so a finding verb there found someone else."""
    return any(c.dep_ == "mark" and c.lower_ in ("after", "before", "when", "while") for c in trigger.children)


def _own_subject(anchor: Token, trigger: Token) -> bool:
    """Whether the counted people are the subject of a harm verb joined to a verb with a subject
    of its own ("X was found ... and eight people drowned"): that verb tells of X."""
    verb = trigger.head
    return anchor.dep_ == "nsubj" and anchor.head == trigger and trigger.dep_ == "conj" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c != anchor for c in verb.children)


def deadly(trigger: Token) -> bool:
    """Whether the harm verb carries an adverb saying the harm killed ("fatally shot"), or
    "dead" right after it ("were shot dead"): the tree may hang "dead" far from the figure,
    so the phrase readers after the amount miss it when a long apposition sits between."""
    for child in trigger.children:
        if child.dep_ == "advmod" and child.lower_ in ("fatally", "mortally"):
            return True
        if child.lower_ == "dead" and child.i == trigger.i + 1:
            return True
    return False


# Children that open another clause: an execution word there is another event ("killed 43
# people after a pilot was executed", "killed and executed 270": the first verb says).
_OTHER_CLAUSE_DEPS = frozenset({"conj", "advcl", "relcl", "ccomp", "acl", "xcomp", "parataxis"})


def _own_clause(trigger: Token) -> list[Token]:
    """The trigger's words without the clauses hanging from it."""
    words, stack = [], [trigger]
    while stack:
        token = stack.pop()
        words.append(token)
        stack += [c for c in token.children if c.dep_ not in _OTHER_CLAUSE_DEPS]
    return words


# Conjunctions of a clause telling what happened at the same time as the killing.
_MEANWHILE_WORDS = frozenset({"when", "as", "while"})


def _executed_meanwhile(trigger: Token) -> bool:
    """ "30 people killed when soldiers executed four families": a clause of the same moment
    whose verb is an execution tells how the people died, unlike a clause of another moment
    ("killed 43 people after a pilot was executed")."""
    for clause in trigger.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in EXECUTION_LEMMAS:
            continue
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in _MEANWHILE_WORDS for c in clause.children):
            return True
    return False


def _captive(anchor: Token) -> bool:
    """Whether the counted people are described as captives ("troops taken hostage")."""
    for child in anchor.children:
        if child.dep_ in ("acl", "relcl") and any(t.lemma_.lower() in CAPTIVE_LEMMAS for t in child.subtree):
            return True
    return False


# The smallest count a killed mention must state to be read as restating an execution of the
# same count: a single death ("a woman", "one") repeats too often by chance.
MIN_RESTATED_EXECUTION = 2
# Victim nouns that name no group: "40 people killed" may restate "executed 40 gunmen", while
# "48 rebels killed" beside "48 people executed" (or "six civilians" beside "six young men")
# may be another group of the same size.
UNNAMED_VICTIMS = frozenset({"", "people", "person", "persons", "others", "victims"})


def executions_restated(facts: list[CasualtyFact]) -> None:
    """A killed figure stating exactly the count of an execution the same article reports, of
    the same people or of people it does not name, is that execution told with the general
    verb (a headline's "kills 40 people" over the body's "executed 40 gunmen", "massacre 250
    troops" for 250 troops put to death): executed is a kind of killing, and the gold labels
    the figure once, with the specific kind (GUIDELINES.md, "executed"). Only exact counts of
    two or more are read so; vague amounts and single deaths repeat by chance."""
    executed = [f for f in facts if f.category == "executed" and f.qualifier == "exact"]
    for fact in facts:
        if fact.category != "killed" or fact.qualifier != "exact" or fact.low is None:
            continue
        if fact.low < MIN_RESTATED_EXECUTION:
            continue
        victims = fact.victims.lower()
        if any(
            (e.low, e.high) == (fact.low, fact.high) and (victims in UNNAMED_VICTIMS or victims == e.victims.lower())
            for e in executed
        ):
            fact.category = "executed"


# "were among the dead", "was also among those killed", "among the victims": a part that points
# back, with the definite article, to a toll the article told before; a count ("among 14 dead")
# or a day ("among Friday's dead") names its own toll instead.
_AMONG_THE_DEAD = re.compile(
    r"\b(?:were|was)\s+(?:also\s+)?among\s+(?:the|those)\s+(?:dead|killed|victims|executed)\b", re.IGNORECASE
)


def executed_parts(facts: list[CasualtyFact]) -> None:
    """A killed figure said to be "among the dead" of an earlier toll is part of that toll and
    has its kind: when the figure the article told just before, in an earlier sentence, is an
    execution ("regime forces executed six families ... Five women were among the dead"), the
    part was executed too (GUIDELINES.md: "executing the families" makes the whole toll
    executed). The earlier figure must be a killing of some kind: a wounded count is no toll
    the dead are among; two parts in one sentence point back to the same toll."""
    told: CasualtyFact | None = None  # the last killing figure of an earlier sentence
    latest: CasualtyFact | None = None
    for fact in facts:
        if fact.category not in ("killed", "executed"):
            continue
        if latest is not None and latest.sentence != fact.sentence:
            told = latest
        if fact.category == "killed" and told is not None and told.category == "executed" and _among_the_dead(fact):
            fact.category = "executed"
        latest = fact


def _among_the_dead(fact: CasualtyFact) -> bool:
    """Whether the figure's sentence says, after the figure, that it is among the dead."""
    at = fact.sentence.find(fact.text)
    return at >= 0 and _AMONG_THE_DEAD.search(fact.sentence, at + len(fact.text)) is not None


# An execution word as the next sentence tells how the people died; "executive" is no such word.
_EXECUTION_WORD = re.compile(
    r"\b(?:execut(?:e|ed|es|ing|ion|ions)|behead\w*|decapitat\w*|crucif\w*|slit\w*\s+(?:the\s+|their\s+)?throats?)\b",
    re.IGNORECASE,
)
# How far from the execution word the words naming its people may sit.
_REACH = 40


def executions_told_next(facts: list[CasualtyFact], sentences: list[Sentence]) -> None:
    """A killed figure whose next sentence tells, of the same people named back with the
    definite article, that they were put to death ("killed 30 men. They slit the throats of
    the men", "shot three farmers. The three victims were crucified", "execution of the
    pilot") is an execution (GUIDELINES.md, "executed"): the next sentence says how those
    deaths were dealt. The people must be named back by the figure's own noun or "the
    victims"; an execution of others ("executed 48 people", "most were executed") is another
    toll or a part, and a bare count ("executed the 14") may be a part of a larger toll."""
    position: dict[str, int] = {}
    for at, sentence in enumerate(sentences):
        position.setdefault(sentence.text, at)
    for fact in facts:
        at = position.get(fact.sentence)
        if fact.category != "killed" or fact.qualifier == "vague" or at is None or at + 1 >= len(sentences):
            continue
        if not _EXECUTION_WORD.search(fact.sentence) and _named_back(fact, sentences[at + 1].text):
            fact.category = "executed"


def _named_back(fact: CasualtyFact, text: str) -> bool:
    """Whether an execution word of the text has the figure's people, named back, near it."""
    matches = list(_EXECUTION_WORD.finditer(text))
    if not matches:
        return False
    words = fact.victims.lower().split()[-1:] + ["victims"]
    back = re.compile(r"\bthe\s+(?:\w+\s+)?(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
    return any(back.search(text, max(0, match.start() - _REACH), match.end() + _REACH) for match in matches)
