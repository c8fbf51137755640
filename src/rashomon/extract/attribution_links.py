"""Which report a casualty figure without its own "X said" belongs to, across sentences.

A figure whose sentence names no source is either the outlet's own statement or part of
a report whose source is named in a neighbouring sentence. benchmarks/annotations/GUIDELINES.md
section 6 draws the line, and the rules here follow ordinary news-writing grammar:

- carrying back: a sentence continues the report of the sentence before (and borrows its
  source) unless it opens a new one (report_openers.py); this is asked per sentence by
  attribution.source_at, which weighs a sentence's own attributions with attribution_scope.py;
- looking ahead: a figure stated first without a source and restated with one ("Two people
  were killed ... ." then "A police source said ... killing two people") is that source's
  figure; a headline's figure is the one its article restates with a source anywhere below.
  Sentences between that hold neither a figure nor a source (a caption, a line of
  description) do not count as the one sentence of distance.
  A lead figure is not given the source the next sentence names unless that sentence
  restates it: GUIDELINES.md section 6 carries a source back, never forward, and a
  look-ahead for leads was right on 11 of 12 figures of the articles it was written on but
  wrong on all 7 of the held-out articles annotated blind (a fit to one annotation pass).
  A next sentence that refers back to the figure's victims ("These civilians were targeted
  ..., said the Observatory", "Those killed were ...") restates it, and gives its source.
  A later figure of the same number that counts other people (civilians first, fighters
  after) is another figure: it restates nothing and lends no source.

- a breakdown running on: a figure in a sentence that continues the one before takes the
  source that sentence's figures carried ("Two others were killed in a similar attack." then
  "Rocket attacks on X left one dead."), so a report's list of incidents keeps its source.

- an agency's figure handed on: a figure credited to an agency or its reporter, restated in
  the next sentence by a body that told that reporter ("The reporter quoted a police source
  ..."), is the body's figure.

- what carries nothing on: the outlet's own unnamed reporter ("the reporter noted": the
  outlet speaking, source "").

The looking ahead needs every figure of the article and runs once over them
(`restated_sources`), after the figures are found.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Iterator

from rashomon.extract.casualty_restated import stated_number
from rashomon.extract.report_openers import opens_new_report, opens_on_other_place
from rashomon.model import AttributionFact, CasualtyFact, Sentence, Source

# How many sentences after a figure its restatement with a source may come: the next one
# ("... were injured." then "A police source said ... injuring three"). Two sentences on, the
# same number was another incident's in the FA-KES articles read while writing this.
RESTATE_SENTENCES = 1
# How many sentences with neither a figure nor a source a restatement may lie beyond: 3 holds a
# photo caption, its credit and a line of background between a lead and the body's sourced toll.
MAX_SKIPPED_SENTENCES = 3
# How many sentences before a breakdown sentence hold the report it may continue: the sourced
# one and a carried one between ("X said 23 died in Idlib. Among them were eight children.").
BREAKDOWN_REPORT_SENTENCES = 2


def restated_sources(
    facts: list[CasualtyFact], sentences: list[Sentence], attributions: list[AttributionFact] | None = None
) -> list[CasualtyFact]:
    """Give a figure with no source of its own the source of its restatement (module
    docstring): the same number and category with an explicit source in the next sentence,
    or anywhere below for a figure of the title; else the source a breakdown carries on. `facts` and `attributions`
    are in text order; changed in place."""
    if not sentences or not facts:
        return facts
    attributions = attributions or []
    index_of = _sentence_index(sentences)
    where = [index_of(fact.start) for fact in facts]  # sentence index of each figure
    attributed = {index_of(a.start) for a in attributions}
    own_report = {index_of(a.start) for a in attributions if not a.source.primary}  # "the reporter said"
    with_figures = set(where)
    for position, fact in enumerate(facts):
        here = where[position]
        if fact.source is not None and fact.source.explicit:
            horizon = _restate_horizon(here, with_figures, attributed, len(sentences))
            fact.source = _relayed_source(fact, facts, where, position, horizon, sentences) or fact.source
            continue
        if here in own_report:
            continue  # the outlet's own reporter speaks for it: no source to find elsewhere
        horizon = len(sentences) if here == 0 else _restate_horizon(here, with_figures, attributed, len(sentences))
        found = _restatement(fact, facts, where, position, horizon)
        if found is None and fact.source is None and here > 1 and here not in attributed:
            found = _breakdown_source(facts, where, position, sentences)
        if found is None and fact.source is None and here + 1 < len(sentences):
            found = _anaphor_source(sentences[here + 1], attributions)
        if found is not None:
            fact.source = found
    _told_again_below(facts, sentences[0].end)
    return facts


def _told_again_below(facts: list[CasualtyFact], lead_end: int) -> None:
    """A figure still with no source takes the source of the next later mention of the same
    figure (number whatever its hedge, kind, not other people) anywhere below: GUIDELINES.md
    section 2 annotates mentions that differ only in the hedge once, with the named source over
    the unattributed repeat ("at least 22 people were killed" in the lead, "22 people were
    killed" in the Observatory's paragraph). Single deaths, "dozens" and "about 20" repeat by
    chance or tell another estimate, so they are left alone; a single death is kept only where it
    is told in the article's first line (the title or lead an article then restates) or both
    mentions describe the victim in the same words ("a British man" ... "the death of a British
    man")."""
    later: dict[tuple, list[CasualtyFact]] = {}
    for fact in facts:
        if fact.source is not None and fact.source.primary:
            later.setdefault((stated_number(fact), fact.category), []).append(fact)
    for fact in facts:
        key = (stated_number(fact), fact.category)
        if fact.source is not None or key not in later or fact.qualifier in LOOSE_HEDGES:
            continue
        other = next((o for o in later[key] if o.start > fact.start), None)
        if other is None or other.source is None or not _told_again(fact, other):
            continue
        if key[0] != (1, 1) or fact.start < lead_end or _same_single_victim(fact, other):
            fact.source = dataclasses.replace(other.source, via=list(other.source.via), explicit=False)


# Hedges that give an estimate of their own, not a restatement: "about twenty", "dozens".
LOOSE_HEDGES = frozenset({"about", "vague"})
# Victim nouns of groups a reader never takes for one another: six children are not six teachers.
# Written as _victim_head leaves them, the plural "s" stripped ("babies" -> "babie").
_VICTIM_GROUP_HEADS = frozenset({"children", "child", "women", "woman", "men", "man", "teacher", "student",
                                 "pupil", "girl", "boy", "babie", "baby", "infant"})
# "two more people", "dozens more civilians": people besides those counted before.
_MORE_PEOPLE = re.compile(r"\bmore\s+(?!than\b)", re.IGNORECASE)


def _told_again(fact: CasualtyFact, other: CasualtyFact) -> bool:
    """Whether the later mention restates the figure: no loose hedge, no "more" people, and not
    plainly other people (civilians and fighters, children and teachers)."""
    if other.qualifier in LOOSE_HEDGES or _other_victims(fact, other):
        return False
    if "more" in other.text.lower() and _MORE_PEOPLE.search(other.text):
        return False
    head, other_head = _victim_head(fact), _victim_head(other)
    return head == other_head or not ({head, other_head} & _VICTIM_GROUP_HEADS)


def _same_single_victim(fact: CasualtyFact, other: CasualtyFact) -> bool:
    """Whether two single deaths are told in the same words with a describing word ("an
    11-year-old girl" twice, "A British man" and "a British man"): a bare "one child" or "a man"
    repeats by chance in a round-up of incidents, a described victim is the same person."""
    words = _described_victim(fact.text)
    return len(words) > 1 and words == _described_victim(other.text)


def _described_victim(text: str) -> list[str]:
    """The words of a single victim's mention, lowercase, without its leading article."""
    words = text.lower().split()
    return words[1:] if words and words[0] in _SINGLE_ARTICLES else words


_SINGLE_ARTICLES = frozenset({"a", "an", "one", "the"})


def _victim_head(fact: CasualtyFact) -> str:
    """The last word of the victim noun, lowercase, without a plural s."""
    words = fact.victims.lower().split()
    return words[-1].rstrip("s") if words else ""


def _restate_horizon(here: int, with_figures: set[int], attributed: set[int], count: int) -> int:
    """The last sentence a figure of sentence `here` may be restated in: RESTATE_SENTENCES on,
    not counting the sentences between that hold neither a figure nor a source ("... killed
    at least 44 people." "It was the deadliest attack on the town." "State media gave a toll
    of 44 dead."): a sentence of description does not end the account the figure opens."""
    horizon, skipped = here + RESTATE_SENTENCES, 0
    while horizon < count and skipped < MAX_SKIPPED_SENTENCES:
        if horizon in with_figures or horizon in attributed:
            break
        horizon, skipped = horizon + 1, skipped + 1
    return horizon


# The next sentence refers back to the figure's victims and names who says so: "At least 15
# civilians were killed ... . These civilians were targeted ..., said the Observatory", "Those
# killed were mostly residents of ..., the Observatory said".
_VICTIM_ANAPHOR = re.compile(
    r"(?:These|Those)\s+(?:civilians|people|victims|dead|killed|wounded|injured|who\s+(?:were|had\s+been)\s+\w+)\b"
)


def _anaphor_source(following: Sentence, attributions: list[AttributionFact]) -> Source | None:
    """The explicit source of the next sentence when it opens by referring back to the victims."""
    if not _VICTIM_ANAPHOR.match(following.text.lstrip(" \"“'")):
        return None
    own = [a for a in attributions if following.start <= a.start < following.end and a.source.primary]
    if not own:
        return None
    return dataclasses.replace(own[0].source, via=list(own[0].source.via), explicit=False)


def _breakdown_source(
    facts: list[CasualtyFact], where: list[int], position: int, sentences: list[Sentence]
) -> Source | None:
    """A breakdown runs on over several sentences: a figure whose sentence continues the one
    before (no source of its own, no new-report opener) takes the carried source of the
    figures in that sentence ("Two others were killed in a similar attack." then
    "Rocket attacks on X left one person dead."). Not a sentence opening on a place the report's
    last sentences did not name ("In Hama ..." after an Idlib toll and its breakdown): another
    incident."""
    here = where[position]
    before = position - 1
    while before >= 0 and where[before] == here:
        before -= 1
    if before < 0 or where[before] != here - 1:
        return None
    last = facts[before].source
    text = sentences[here].text
    if last is None or last.explicit or opens_new_report(text):
        return None
    if text.startswith("In "):  # a cheap gate before the report's text is joined
        report = " ".join(s.text for s in sentences[max(0, here - BREAKDOWN_REPORT_SENTENCES) : here])
        if opens_on_other_place(report, text):
            return None
    return dataclasses.replace(last, via=list(last.via), explicit=False)


def _restatement(
    fact: CasualtyFact, facts: list[CasualtyFact], where: list[int], position: int, horizon: int
) -> Source | None:
    """The explicit source of the first later mention of the same figure within the horizon."""
    for other, _ in _later_mentions(fact, facts, where, position, horizon):
        return dataclasses.replace(other.source, via=list(other.source.via), explicit=False)
    return None


def _later_mentions(
    fact: CasualtyFact, facts: list[CasualtyFact], where: list[int], position: int, horizon: int
) -> Iterator[tuple[CasualtyFact, int]]:
    """The later mentions of the same figure (number and category) with an explicit source, in
    other sentences up to the horizon, each with its sentence index. The search starts at the
    next sentence's first figure (figures are in text order): a sentence of thousands of
    figures must not make every figure walk past all the others."""
    key = (stated_number(fact), fact.category)
    here = where[position]
    for other_position in range(bisect.bisect_right(where, here, position + 1), len(facts)):
        there = where[other_position]
        if there > horizon:
            break
        other = facts[other_position]
        if there == here or other.source is None or not other.source.explicit:
            continue
        if (stated_number(other), other.category) == key and not _other_victims(fact, other):
            yield other, there


# Victim classes a reader never takes for one another: civilians are not fighters.
_ARMED_CLASSES = frozenset({"combatant", "security"})


def _other_victims(fact: CasualtyFact, other: CasualtyFact) -> bool:
    """Whether two figures of one number count plainly different people, one civilians and the
    other fighters ("Five civilians were also killed in ... ." then "Activists said five
    crewmen ..."): the later one is another figure, not a restatement, so it lends no source."""
    classes = {fact.victim_class, other.victim_class}
    return "civilian" in classes and bool(classes & _ARMED_CLASSES)


def _relayed_source(
    fact: CasualtyFact,
    facts: list[CasualtyFact],
    where: list[int],
    position: int,
    horizon: int,
    sentences: list[Sentence],
) -> Source | None:
    """An agency's figure that the next sentence restates from the body that told the agency
    ("... were injured, according to the agency's reporter." then "A police source told the
    reporter ... injuring six"): the body is the source (GUIDELINES.md section 6 and the
    sections after it: a reporter quoting the police is the police via the agency)."""
    relayer = fact.source.primary if fact.source is not None and not fact.source.via else ""
    if not relayer:
        return None
    for other, there in _later_mentions(fact, facts, where, position, horizon):
        through = any(_same_agency(relayer, via) for via in other.source.via)
        if through or _REPORTER_BACK.search(sentences[there].text):
            return dataclasses.replace(other.source, via=_via_agency(other.source.via, relayer))
    return None


# A sentence that refers back to the reporter credited before ("A police source told the
# correspondent ...", "The reporter quoted ..."): its source spoke through that reporter.
_REPORTER_BACK = re.compile(r"\b[Tt]he\s+(?:reporter|correspondent)\b")
# A via that only refers back to the reporter of the sentence before.
_REPORTER_WORDS = frozenset({"reporter", "correspondent"})


def _via_agency(via: list[str], relayer: str) -> list[str]:
    """The chain of a handed-on figure: the agency credited first, where the restatement names
    no agency of its own or only "the reporter" (the police via the agency, not via "reporter")."""
    named = [v for v in via if v.lower() not in _REPORTER_WORDS]
    return named or [relayer]


def _same_agency(relayer: str, via: str) -> bool:
    """Whether a later source spoke through the agency credited first: the agency itself, or
    its reporter referred back to ("according to the agency's reporter. The reporter quoted ...")."""
    return relayer == via or via.lower() in _REPORTER_WORDS


def _sentence_index(sentences: list[Sentence]) -> Callable[[int], int]:
    """offset -> index of the sentence holding it (sentences are in text order)."""
    starts = [s.start for s in sentences]
    return lambda offset: bisect.bisect_right(starts, offset) - 1
