"""Sub-counts: amounts that break down the casualty figure before them in the sentence.

Why apart: a breakdown ("killed 25 people, six of them children", "82 people among them 18
children", "killed 37 people in a village near Hama including 9 children") is a figure of its
own (GUIDELINES.md section 2, sub-totals) whose category is the one of the figure it breaks
down, whatever the tree says; the parser often hangs "including" on the nearest noun (a
place), so the words between the two amounts decide instead. casualties.py asks here when
the tree gave an amount no casualty word of its own.
"""

from __future__ import annotations

import re

from rashomon.extract.amounts import AmountSpan
from rashomon.extract.casualty_links import victim_classes
from rashomon.extract.casualty_patterns import category_after, preceding_category
from rashomon.extract.casualty_people import aside_restatement, counted_after
from rashomon.extract.casualty_sentences import CASUALTY_STEMS
from rashomon.model import CasualtyFact, Sentence

_SUBCOUNT_BEFORE = re.compile(
    r"\b(?:including|among\s+(?:them|whom|those|which)|of\s+whom)\s+$", re.IGNORECASE
)
_OF_THEM_AFTER = re.compile(r"\s+(?:of|among)\s+(?:them|those|whom)\b", re.IGNORECASE)  # "a woman among them"
# "12 of them have not been identified", "five of them were released": a passive or perfect
# verb right after the partitive says something else of that part; unless a casualty word
# follows within a few words ("were reported dead"), it is no sub-total of the figure.
_OWN_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:have|has|had|were|was|are|is)\s+(?:(?:not|yet|still|since|now|later|also)\s+)*(?:been\s+)?(?:(?:not|yet)\s+)?"
    r"(\w+ed)\b((?:\s+\w+){0,2})",
    re.IGNORECASE,
)
# "among them 15 children", "of whom 12 were children", "270 bodies of which 96 were children"
_AMONG_THEM_BEFORE = re.compile(
    r"\b(?:(?:among|including)\s+(?:them|those|whom)|of\s+(?:whom|which)|among\s+which)\s+$", re.IGNORECASE
)
# "killed at least 37 people in a rebel-held village near Hama including 9 children": between
# the figure and "including" only a locative or time phrase, no clause of its own (a verb,
# a conjunction or punctuation that closes the phrase). 80 characters hold the place phrases
# seen in the FA-KES sets; longer gaps held another clause every time.
MAX_GAP_TO_INCLUDING = 80
_PHRASE_GAP = re.compile(
    r"(?:\s+(?:in|on|at|near|of|the|a|an|from|across|inside|outside|town|city|village|province|district|area|"
    r"neighbou?rhood|suburb|countryside|camp|region|(?:north|south|east|west)(?:ern)?|rural|"
    r"[A-Z][\w'’-]*|[a-z]+-[a-z]+),?)*\s+including\s+$"
)


# Nouns that count groups, not people (casualties.GROUP_NOUNS, plural as written).
_GROUPS = frozenset({"families", "households", "family", "household"})


def introduces_subcount(text: str, start: int) -> bool:
    """Whether an amount is a breakdown of the figure before it ("including three children")."""
    return bool(_SUBCOUNT_BEFORE.search(text, max(0, start - 25), start))


# Only a comma or "and" between two items of one list ("among them a boy and two men").
_NEXT_ITEM = re.compile(r",?\s+(?:and\s+)?|,\s*")
# How far a breakdown's first item may lie from the figure it breaks down for the next item
# to follow it: "were killed among them " is 23 characters; 40 holds a place or time phrase,
# while a longer gap held another clause with a figure of its own that was not read.
MAX_WHOLE_GAP = 40


def breaks_down(text: str, offset: int, fact: CasualtyFact, before: list[CasualtyFact]) -> bool:
    """ "killed 14 people including three children fleeing": a breakdown keeps the category
    of the figure it breaks down (the last of `before`), unless a participle of its own
    follows it; so does the next item of the breakdown's list, right after a first item of
    the same kind as a whole close before it ("killed, among them a boy and two men, and
    others were hurt": the men are among the dead, whatever the tree hangs them on)."""
    previous = before[-1]
    if fact.category == previous.category or previous.end > fact.start:
        return False
    start = fact.start - offset
    listed = introduces_subcount(text, start)
    if not listed and len(before) == 2 and _NEXT_ITEM.fullmatch(text, previous.end - offset, start):
        whole = before[0]
        listed = (
            whole.category == previous.category
            and 0 <= previous.start - whole.end <= MAX_WHOLE_GAP
            and introduces_subcount(text, previous.start - offset)
        )
    return listed and not category_after(text, fact.end - offset, start=start)


def sub_count(
    article_id: str, sentence: Sentence, span: AmountSpan, figure: CasualtyFact, singular: bool = False
) -> CasualtyFact | None:
    """ "killed 25 people, six of them children", "82 people among them 18 children": a part of
    the figure before it in the sentence, of the same category (GUIDELINES.md: sub-totals are
    figures of their own); "hundreds of people - by one count as many as 900 -": another
    estimate of it in an aside, of the same category too."""
    text, previous = sentence.text, figure.category
    before = text[max(0, span.start - 30) : span.start]
    among = _AMONG_THEM_BEFORE.search(before)
    far = _including_after_place(text, figure.end - sentence.start, span.start)
    of_them = _OF_THEM_AFTER.match(text, span.end)
    part = of_them or among or far
    if not previous or not (part or aside_restatement(text, figure.end - sentence.start, span.start, span.end)):
        return None
    if of_them and _other_state(text, of_them.end()):
        return None  # "12 of them have not been identified"
    if among and _other_state(text, span.end):
        return None  # "of whom 12 were released"
    end, victims, victim_class = span.end, "", ""
    if among or far:
        noun = _singular_noun(text, span) if singular else _counted_after_amount(text, span)
        if noun is not None and far and noun[1].split()[-1].lower() in _GROUPS:
            return None  # "85 people including five entire families": families are no head count
        if noun is not None:
            end, victims, victim_class = noun  # "among them 15 children": the children are counted
        elif far:
            return None  # "including 11 vehicles": no person counted
    return CasualtyFact(
        article_id=article_id, start=sentence.start + span.start, end=sentence.start + end, text=text[span.start : end],
        sentence=text, low=span.amount.low, high=span.amount.high, qualifier=span.amount.qualifier, category=previous,
        victims=victims, victim_class=victim_class,
    )


def _other_state(text: str, end: int) -> bool:
    """Whether "N of them" is followed by a participle that says no casualty (_OWN_PARTICIPLE_AFTER)."""
    found = _OWN_PARTICIPLE_AFTER.match(text, end)
    return found is not None and not CASUALTY_STEMS.search(found.group(1) + found.group(2))


_OF_NEXT = re.compile(r"\s+of(?=\s)", re.IGNORECASE)


def _counted_after_amount(text: str, span: AmountSpan) -> tuple[int, str, str] | None:
    """The people a bare amount counts ("including 20 children"); a vague amount names them
    after "of" ("including dozens of children", "among them scores of women")."""
    found = counted_after(text, span.end)
    if found is None and span.amount.qualifier == "vague" and (of := _OF_NEXT.match(text, span.end)):
        found = counted_after(text, of.end())
    return found


def _singular_noun(text: str, span: AmountSpan) -> tuple[int, str, str] | None:
    """(end, victims, class) of a singular count ("a 10-year-old child"): its last word."""
    word = text[span.start : span.end].split()[-1]
    known = victim_classes().get(word.lower()) or victim_classes().get(word.lower() + "s")
    return (span.end, word, known) if known else None


# "eight civilians were killed by the coalition airstrikes including a child": the figure's
# own passive predicate, then a phrase with no clause of its own before "including"; the
# predicate may be a bare result ("left 60 people dead including 20 children").
_PASSIVE_GAP = re.compile(
    r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|executed|kidnapped|abducted)"
    r"|(?:dead|killed|wounded|injured))"
    r"(?:\s+(?!(?:and|but|while|whereas|who|which|that|as|after|when|said|says|told|were|was)\b)[\w'’-]+,?){0,10}"
    r"\s+including\s+$",
    re.IGNORECASE,
)


def _including_after_place(text: str, previous_end: int, start: int) -> bool:
    """Whether "including" before the amount follows the previous figure across only a place
    or time phrase ("37 people in a rebel-held village near Hama, Syria, including 9 children"),
    or the figure's passive predicate and such a phrase ("were killed by air strikes including")."""
    if not 0 < start - previous_end <= MAX_GAP_TO_INCLUDING or text[previous_end:start].split() == ["including"]:
        return False
    return bool(_PHRASE_GAP.fullmatch(text, previous_end, start) or _PASSIVE_GAP.fullmatch(text, previous_end, start)
                or _ASIDE_GAP.fullmatch(text, previous_end, start))


# "left 23 people - including nine children - dead": a breakdown set off as an aside by a dash
# or a parenthesis right after the figure, which the parser may tear from its predicate.
_ASIDE_GAP = re.compile(r"\s*(?:[-–—(]|--)\s*including\s+$", re.IGNORECASE)


# How an execution was carried out, right after the counted people: "executed 19 men, 18 shot
# dead and one beheaded" breaks the execution down by method (GUIDELINES.md: executed).
_METHOD_AFTER = re.compile(
    r"\s+(?:shot(?:\s+dead)?|hanged|hung|by\s+firing\s+squad|stoned\s+to\s+death)\b", re.I
)


def execution_method(text: str, offset: int, fact: CasualtyFact, previous: CasualtyFact) -> bool:
    """Whether a killed figure after an executed one in the sentence names how those were
    executed ("were executed on Thursday, 18 shot dead and one beheaded")."""
    return (
        previous.category == "executed"
        and fact.category == "killed"
        and previous.end <= fact.start
        and bool(_METHOD_AFTER.match(text, fact.end - offset))
    )



# Between a part and the whole right after it: "ten boys were among 30 villagers executed".
_AMONG_WHOLE_GAP = re.compile(r"\s+(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?", re.IGNORECASE)


def dies_as_whole(text: str, offset: int, part: CasualtyFact, whole: CasualtyFact) -> bool:
    """Whether a killed figure is a part of the next figure of the sentence ("ten boys were
    among 30 villagers killed when militiamen executed ..."), which the tree read as a kind of
    killing (executed, bodies found): the part died as the whole did."""
    return (
        part.category == "killed"
        and whole.category in ("executed", "bodies_found")
        and part.end <= whole.start
        and bool(_AMONG_WHOLE_GAP.fullmatch(text, part.end - offset, whole.start - offset))
    )


# "three people were killed, one in X, a second in Y and a third in Z": the people of a figure
# distributed one by one over places (GUIDELINES.md: a total broken down by place is one
# figure per part; one by day is a story detail). Each item is "one" or an ordinal with "a"
# right before a preposition of place; between the figure and the item only such phrases, no clause of
# their own (a finite verb, a relative pronoun or a conjunction that starts one).
_DISTRIBUTED_ITEM = re.compile(
    r"(?:one|[Aa]\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))"
    r"\s+(?:in|at|near|outside|inside|from)\s+(?!one\b|\d)"
)
_CLAUSE_IN_GAP = re.compile(
    r"\b(?:were|was|is|are|had|has|have|said|says|told|who|which|that|while|whereas|but|after|when)\b|[.;]",
    re.IGNORECASE,
)
# The figure's own predicate, which may stand between it and its first item ("three people
# were killed in strikes elsewhere one in X").
_OWN_PREDICATE = re.compile(
    r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:\w+ly\s+)?"
    r"(?:killed|died|dead|wounded|injured|hurt|executed|kidnapped|abducted)\b",
    re.IGNORECASE,
)
# Characters allowed between the figure and a distributed item: three items of place phrases
# ("one in Homs province a second in Raqqa province and a third in ...") fit in 160.
MAX_GAP_TO_DISTRIBUTED = 160


def distributed(
    article_id: str, sentence: Sentence, span: AmountSpan, figure: CasualtyFact, previous_end: int
) -> CasualtyFact | None:
    """One person of the figure before it, placed by a distributive item ("one in X", "a
    second in Y"): a count of one of the same category (GUIDELINES.md: a total broken down by
    place is one figure per part). previous_end: where the figure or the item before ends."""
    text = sentence.text
    gap = text[previous_end - sentence.start : span.start]
    if not 0 < len(gap) <= MAX_GAP_TO_DISTRIBUTED:
        return None
    if _ORDINAL.match(text, span.start) and (category := _verb_right_before(text, span.start)):
        return _one_of(article_id, sentence, span, category, figure.victim_class)  # "... and injuring a fourth"
    predicate = _OWN_PREDICATE.match(gap) if previous_end == figure.end else None
    if _CLAUSE_IN_GAP.search(gap, predicate.end() if predicate else 0):
        return None
    if figure.low == 1 or span.amount.low != 1 or span.amount.high != 1:
        return None  # a figure of one distributes nobody
    if not _DISTRIBUTED_ITEM.match(text, span.start):
        return None
    return _one_of(article_id, sentence, span, figure.category, figure.victim_class)


def _one_of(
    article_id: str, sentence: Sentence, span: AmountSpan, category: str, victim_class: str = ""
) -> CasualtyFact:
    """A count of one person of the given category at the span."""
    return CasualtyFact(
        article_id=article_id, start=sentence.start + span.start, end=sentence.start + span.end,
        text=sentence.text[span.start : span.end], sentence=sentence.text, low=1, high=1, qualifier="exact",
        category=category, victim_class=victim_class,
    )


_ORDINAL = re.compile(r"[Aa]\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b")


def _verb_right_before(text: str, start: int) -> str:
    """The category of a casualty verb right before an ordinal ("injuring a fourth"), or ""."""
    return preceding_category(text, start) if not _OWN_PREDICATE.match(text, start) else ""


# Between the whole's counted people and its breakdown: "11 civilians among them three
# children were killed" (FA-KES strips the commas, so the parser tears the whole from the verb).
_BREAKDOWN_OPEN = re.compile(r",?\s+(?:among\s+them|including)\s+,?\s*$", re.IGNORECASE)
# The breakdown is the subject of a finite verb right after it: the verb is the whole's too.
_SUBJECT_VERB_NEXT = re.compile(r",?\s+(?:were|was|have\s+been|had\s+been|are|is)\s+", re.IGNORECASE)


def whole_before_part(text: str, span: AmountSpan, part_bounds: tuple[int, int]) -> tuple[int, str, str] | None:
    """ "At least 11 civilians among them three children were killed": (end, victims, class) of
    an amount the tree gave no casualty word, whose people a breakdown right after it splits
    (`part_bounds`, offsets in the sentence), when that breakdown is the subject of the verb
    that follows; the whole then takes the breakdown's category."""
    if "among" not in text and "including" not in text:
        return None  # cheap prefilter: no breakdown word in the sentence
    noun = counted_after(text, span.end)
    if noun is None or not _BREAKDOWN_OPEN.fullmatch(text, noun[0], part_bounds[0]):
        return None
    return noun if _SUBJECT_VERB_NEXT.match(text, part_bounds[1]) else None
