"""Who a generic source phrase is: "the monitor", "the group", "a rights group", "local media".

A report names a monitor once and then calls it "the monitor" or "the group"; a lead may say
"a war monitor said" and name it only below. This module resolves such a phrase by recency
over the organisation names of the article (the latest one before that fits the head noun,
data/attribution_generic.tsv) or by cataphora (an indefinite, or unnamed "local media", is
the fitting name given within the next few sentences). It is apart from attribution_names.py
because it is the one family that reads the whole article's text, not the phrase and the
attributions before it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from rashomon.extract.actors import canonical_actor
from rashomon.extract.attribution_words import (
    NAME_RUN,
    Found,
    clean_name,
    generic_heads,
    name_candidates,
    org_words,
    word_table,
)
from rashomon.extract.sentences import sentence_index
from rashomon.model import AttributionFact, Sentence

# How far back "the monitor" looks for the organisation it names: longer than nearly every
# news article (about 3,000 words), short enough to keep a megabyte of text linear.
LOOKBACK_CHARS = 20_000
# How many organisation-like names "the monitor" looks back over (a news article names a
# few dozen; the bound keeps a pathological text linear).
MAX_RUNS_BACK = 100
# How many sentences ahead "a human rights group has claimed" looks for the group's name. 4, not
# 3: a headline's "...: monitor" is followed by a dateline repeat and the lead before the
# monitor is named (FA-KES: +2 attributions, none lost).
CATAPHORA_SENTENCES = 4

# An indefinite article opening a phrase: "a Syrian TV broadcaster" describes an outlet, names none.
_INDEFINITE = re.compile(r"\s*(?:a|an|another)\s", re.IGNORECASE)
# Words of a named outlet ("the Kurdish Hawar news agency", "SANA news agency", "Firat news agency").
_OUTLET_NAMED = re.compile(r"\b[A-Z][\w-]*\s+(?i:news\s+)?(?i:agency|tv|television|channel|newspaper)\b")


def outlet_named_next(text: str, start: int, later: list[Found], sentences: list[Sentence]) -> str | None:
    """"local media" unnamed in a lead is the outlet the article cites within the next few
    sentences ("According to the Kurdish Hawar news agency ..."). An indefinite phrase ("a Syrian
    TV broadcaster reported") names no outlet: it is another unnamed one, never the name."""
    for later_phrase in _phrases_ahead(start, later, sentences):
        if not _INDEFINITE.match(later_phrase) and _OUTLET_NAMED.search(later_phrase):
            return clean_name(later_phrase, canonical=True)
    return None


def _phrases_ahead(start: int, later: list[Found], sentences: list[Sentence]) -> Iterator[str]:
    """The source phrases found after `start` within CATAPHORA_SENTENCES sentences: where a lead's
    unnamed source ("a rights group", "local media") is named."""
    horizon = sentence_end_after(sentences, start, CATAPHORA_SENTENCES)
    for later_start, _, later_phrase, _, _ in later:
        if later_start > horizon:
            return
        yield later_phrase


def generic_source(
    phrase: str, text: str, start: int, later: list[Found], sentences: list[Sentence]
) -> str | None:
    """ "the monitor" -> the latest fitting organisation named before; "a rights group" -> the
    next one named within a few sentences."""
    head = phrase.split()[-1].lower().strip(".,")
    fits = generic_heads()[head]
    if _RELIEF_MODIFIER.search(phrase):
        return _relief_named(text, start)  # "the aid group that supports it": a relief body, never a monitor
    if _INDEFINITE.match(phrase.strip()):
        for later_phrase in _phrases_ahead(start, later, sentences):
            name = fitting_name(later_phrase, fits) or _body_alias(later_phrase, fits)
            if name:
                return name
        if head in _OUTLET_HEADS and (outlet := _one_outlet_ahead(start, later, sentences)):
            return outlet  # "a Turkish broadcaster claims" ... "Haberturk reported": the one outlet named
        ahead = _known_run_after(text, start, fits)
        if ahead:
            return ahead  # "a war monitor said" in a lead, the monitor named later in the text
        return None  # an indefinite introduces a body: none named before it ("An opposition group ...")
    runs = _name_runs(text)
    first = bisect.bisect_left(runs, start - LOOKBACK_CHARS, key=lambda run: run[0])
    last = bisect.bisect_left(runs, start, key=lambda run: run[0])
    unknown = None  # a known monitor beats an unknown name ("Syria Monitor AFP Friday")
    for _, run in reversed(runs[max(first, last - MAX_RUNS_BACK) : last]):
        name = fitting_name(run, fits)
        if name and _known(name):
            return name
        if name and unknown is None and not {w.lower() for w in name.split()} & word_table()["discourse"]:
            unknown = name
    if unknown is None and head in _GROUP_HEADS:
        unknown = _relief_group_before(text, start)
    return unknown or _known_run_after(text, start, fits)  # none before: a lead names it later


def armed_group_before(text: str, start: int, sentences: list[Sentence]) -> str | None:
    """The one known armed group named earlier in the sentence of a bare "the group" ("Israeli
    jets killed six Hezbollah fighters in Quneitra the group said": Hezbollah, speaking of its own
    dead); None when none or two are named (either could be meant)."""
    if not sentences:
        return None
    sentence = sentences[sentence_index(sentences, start)]
    groups = set()
    for match in NAME_RUN.finditer(text, sentence.start, start):
        known = next((k for c in name_candidates(match.group(0)) if (k := canonical_actor(c)) is not None), None)
        if known is not None and known[2] == "armed group":
            groups.add(known[1])
    return groups.pop() if len(groups) == 1 else None


# Plural unnamed monitors ("according to monitors", "monitoring groups said", "rights monitors
# say"), with at most a determiner and a word of what they watch. "independent monitors" and
# "other monitors" are set apart from the body the article names (GUIDELINES.md section 18).
_UNNAMED_MONITORS = re.compile(
    r"(?:the\s+)?(?:(?:war|rights|human\s+rights|conflict)\s+)?(?:monitors|monitoring\s+groups)", re.IGNORECASE
)
_MONITOR_KIND = "monitor"


def unnamed_monitors(phrase: str, text: str, start: int) -> str | None:
    """The one monitor an article names after a lead's plural "monitors" (GUIDELINES.md sections
    21, 27: `sohr` when the article goes on to name only the Observatory). None when it names
    none (`monitors`), two or more (the plural may be all of them), or one before the phrase
    (the lead then says "the monitor" if it means that one)."""
    if "monitor" not in phrase.lower() or not _UNNAMED_MONITORS.fullmatch(phrase.strip()):
        return None
    named = dict(_known_monitors(text))
    if len(set(named.values())) != 1 or min(named) < start:
        return None
    return next(iter(named.values()))


def _known_monitors(text: str) -> Iterator[tuple[int, str]]:
    """(offset, canonical name) of each known monitor the article names ("Human Rights Watch",
    "the Syrian Observatory for Human Rights"), not a relief body whose name holds a monitor's
    word ("International Committee of the Red Cross")."""
    fits = generic_heads()["monitor"]
    for offset, run in _name_runs(text):
        alias = run if run.lower().startswith("the ") else f"the {run}"  # "... the Observatory said"
        name = fitting_name(run, fits) or _body_alias(alias, fits)
        if name and _monitor_kind(name):
            yield offset, name


@lru_cache(maxsize=1024)
def _monitor_kind(name: str) -> bool:
    return any((known := canonical_actor(c)) is not None and known[2] == _MONITOR_KIND for c in name_candidates(name))


def _body_alias(phrase: str, fits: frozenset[str]) -> str | None:
    """The known body a short alias with its determiner names ("the Observatory" for SOHR, in an
    article that never spells the name out), when the alias holds a word of the wanted kind:
    clean_name drops "the", and "Observatory" alone is no name the table knows."""
    known = canonical_actor(phrase.strip())
    if known is None or known[2] not in _BODY_KINDS or not _name_words(phrase) & fits:
        return None
    return known[1]


# Descriptors of a news outlet: a known outlet's name seldom holds the word ("Haberturk").
_OUTLET_HEADS = frozenset({"broadcaster", "channel"})


def _one_outlet_ahead(start: int, later: list[Found], sentences: list[Sentence]) -> str | None:
    """The known news outlet cited within the next few sentences, when exactly one is: two
    outlets ahead leave "a broadcaster" unnamed (either could be the one described)."""
    outlets = set()
    for later_phrase in _phrases_ahead(start, later, sentences):
        known = canonical_actor(clean_name(later_phrase, canonical=True))
        if known is not None and known[2] == "news agency":
            outlets.add(known[1])
    return outlets.pop() if len(outlets) == 1 else None


def same_head_before(head: str, earlier: list[AttributionFact]) -> str | None:
    """The source last named with the generic's head word ("the U.N. health agency said" ...
    "the agency also said") or a word of its kind ("State television said" ... "the broadcaster
    said"), when no organisation name holds the word."""
    fits = generic_heads().get(head, frozenset())
    for fact in reversed(earlier):
        named = fact.source.primary.lower()
        kind = fits & {w.rstrip("s") for w in named.split()}
        if fact.source.explicit and (head in fact.text.lower().split() or kind) and named != head:
            return fact.source.primary
    return None


# A generic source described as a relief body ("the aid group", "a medical charity", "the rescue
# service") names one.
_RELIEF_MODIFIER = re.compile(r"\b(?:aid|relief|medical|humanitarian|charity|rescue)\b", re.IGNORECASE)
_RELIEF_NAME = re.compile(r"\b(?:Medical|Relief|Aid|Doctors|Health|Humanitarian|Red\s+Cro(?:ss|scent))\b")


def _relief_named(text: str, start: int) -> str | None:
    """The relief organisation named nearest before `start` (within the look-back), else the
    first one named after it: a known humanitarian body or a name with a relief word. One named
    only over its staff ("killed ... a Red Crescent driver") is taken last, when no other is
    named: the dead are its people, another body may be the one giving the toll."""
    before = list(NAME_RUN.finditer(text, max(0, start - LOOKBACK_CHARS), start))
    after = NAME_RUN.finditer(text, start, start + LOOKBACK_CHARS)
    staff_body = None
    for match in [*reversed(before), *after]:
        run = match.group(0)
        if len(run.split()) < 2:
            continue
        if not (known := _relief_group(run) or _relief_head(run) or (_RELIEF_NAME.search(run) and run)):
            continue
        if not _STAFF_AFTER.match(text, match.end()):
            return known
        staff_body = staff_body or known
    return staff_body


def _relief_head(run: str) -> str | None:
    """A known relief body opening a longer run: a headline's tail run into its byline ("Red
    Cross AFP Tuesday")."""
    words = run.split()
    for end in range(len(words) - 1, 1, -1):
        if known := _relief_group(" ".join(words[:end])):
            return known
    return None


# A relief body's name modifying its staff ("a Red Crescent volunteer", "two UN staff members"):
# the people, often among the victims, less likely the body that gives the toll than another
# relief body named. One who speaks ("a Red Crescent volunteer said") is read as the body's.
_STAFF_AFTER = re.compile(
    r"\s+(?:staff(?:ers?)?(?:\s+members?)?|volunteers?|workers?|employees?|drivers?|paramedics?)\b"
    r"(?!\s+(?:said|says|told|reported))"
)


def _relief_group_before(text: str, start: int) -> str | None:
    """The latest known relief organisation named before `start` within the look-back (only
    asked when no organisation with a fitting word was named: the common case pays nothing);
    one named only over its staff when no other is."""
    staff_body = None
    for match in reversed(list(NAME_RUN.finditer(text, max(0, start - LOOKBACK_CHARS), start))):
        if len(match.group(0).split()) < 2 or not (name := _relief_group(match.group(0))):
            continue
        if not _STAFF_AFTER.match(text, match.end()):
            return name
        staff_body = staff_body or name
    return staff_body


# "the group", "the organisation" also name a known relief organisation whose name holds no
# such word ("Syria Civil Defence ... the group said"); "the monitor" does not.
_GROUP_HEADS = frozenset({"group", "organisation", "organization"})


@lru_cache(maxsize=4096)
def _relief_group(run: str) -> str | None:
    """The canonical name of a run naming a known humanitarian organisation, else None."""
    known = canonical_actor(clean_name(run, canonical=False))
    return known[1] if known is not None and known[2] == "humanitarian organisation" else None


def _known_run_after(text: str, start: int, fits: frozenset[str]) -> str | None:
    """The first known organisation of the wanted kind named after `start` (an indefinite
    "a monitor" introduces the one the article goes on to name)."""
    runs = _name_runs(text)
    first = bisect.bisect_right(runs, start, key=lambda run: run[0])
    for _, run in runs[first : first + MAX_RUNS_BACK]:
        name = fitting_name(run, fits)
        if name and _known(name):
            return name
    return None


@lru_cache(maxsize=4096)
def _known(name: str) -> bool:
    return any(canonical_actor(c) for c in name_candidates(name))


@lru_cache(maxsize=128)  # per article: must outlast a turn of 32 interleaved articles (workers.py)
def _name_runs(text: str) -> list[tuple[int, str]]:
    """Capitalised runs of an article that could name an organisation, with their offsets
    (computed once per article: every "the monitor" looks back over them)."""
    runs = []
    for match in NAME_RUN.finditer(text):
        words = match.group(0).split()
        if any(w.isupper() and len(w) > 1 for w in words) or {w.lower().rstrip("s") for w in words} & org_words():
            runs.append((match.start(), match.group(0)))
    return runs


# The kinds of known body a descriptor ("the monitor", "a relief group") may stand for.
_BODY_KINDS = ("monitor", "humanitarian organisation")


@lru_cache(maxsize=4096)
def fitting_name(phrase: str, fits: frozenset[str]) -> str | None:
    """The canonical name of `phrase` if it names an organisation of the wanted kind."""
    cleaned = clean_name(phrase, canonical=False)
    words = [w.lower().strip("()") for w in cleaned.split()]
    for candidate in name_candidates(cleaned):
        known = canonical_actor(candidate)
        if known is None:
            continue
        if _name_words(f"{candidate} {known[1]}") & fits:  # not a part of the run that names something else
            return known[1] if known[2] in _BODY_KINDS else None
    if (body := _known_body_first(cleaned, fits)) is not None:
        return body
    plural_common = words[-1].endswith("s") and cleaned.split()[-1].islower()  # "Aid groups" is no name
    if cleaned[:1].isupper() and {w.rstrip("s") for w in words[1:]} & fits and not plural_common:  # not "Monitor AFP"
        return cleaned
    return None


def _known_body_first(run: str, fits: frozenset[str]) -> str | None:
    """A known monitor or relief body that begins a longer run, its words of the wanted kind:
    the body's name run on into its spokesman's ("... Observatory for Human Rights Jane Doe")."""
    words = run.split()
    for end in range(len(words) - 1, 1, -1):
        head = " ".join(words[:end])
        known = canonical_actor(head)
        if known is not None and known[2] in _BODY_KINDS:
            return known[1] if _name_words(head) & fits else None
    return None


def _name_words(name: str) -> set[str]:
    """A name's words as the kind words are written: lower case, no brackets, no plural s."""
    return {w.lower().strip("()").rstrip("s") for w in name.split()}


def sentence_end_after(sentences: list[Sentence], offset: int, count: int) -> int:
    following = [s for s in sentences if s.end > offset][:count]
    return following[-1].end if following else offset


# "the news outlet reported": an anaphor of the outlet named just before, whose name holds no
# word of its kind ("Al-Jazeera ... the news outlet reported"); it looks back one or two
# sentences, never across the article (a far outlet is another story's).
_OUTLET_LOOKBACK = 400


def outlet_named_before(text: str, start: int) -> str | None:
    """The news outlet the actor table knows named nearest before `start` within the look-back."""
    window_start = max(0, start - _OUTLET_LOOKBACK)
    for match in reversed(list(NAME_RUN.finditer(text, window_start, start))):
        for candidate in name_candidates(match.group(0)):
            known = canonical_actor(candidate)
            if known is not None and known[2] == "news agency":
                return known[1]
    return None
