"""A source cited before the verb of saying: "Citing medical sources, the monitor said",
"The monitor, citing medical sources, said". The cited one is primary and the one citing it
is the intermediary (GUIDELINES.md section 6: "citing medical sources the monitoring group
said" gives `medical` via the monitor), as attribution_phrases.py already reads the participle after
the verb ("the monitor said, citing medics"). Split from attribution.py to keep it short.

An intermediary written as a descriptor ("the Britain-based monitoring group") is resolved
to the body it refers to, like a source; a name is kept in its canonical form.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from rashomon.extract.actors import canonical_actor
from rashomon.extract.amounts import find_amounts
from rashomon.extract.attribution_names import resolve_source
from rashomon.extract.attribution_scope import known_outlet
from rashomon.extract.attribution_words import Found, clean_name, name_candidates, org_words, word_table
from rashomon.extract.sentences import sentence_index
from rashomon.model import AttributionFact, Sentence

# The participle fronted before the subject ("Citing medical sources(,) the monitor said"),
# opening the sentence or a clause.
_FRONTED_CITING = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?i:citing|quoting)\s+([^,;:\"“”]+?)[\s,]*$")
# ... or set off by commas between the subject and its verb: "The monitor, citing medics, said".
_INSIDE_CITING = re.compile(r",\s*(?i:citing|quoting)\s+([^,;:\"“”]+?),\s*")
# ... or with the commas dropped, as in text that strips them: "SANA citing a police source said".
# The participle still stands between the subject and its verb, so it says whose the claim is.
_INSIDE_CITING_BARE = re.compile(r"\s+(?i:citing|quoting)\s+([^,;:\"“”]+?)\s+")
# Who a source spoke to, named beside the verb of saying: "In a statement to SANA(,) a police
# source said", "Speaking to AFP on Monday the governor said", "X said in an interview with Y",
# "said a local activist speaking to AFP". The outlet spoken to passes the claim on, as in "X told
# SANA" (GUIDELINES.md section 6: "told Anadolu Agency" gives via Anadolu). So does the outlet
# that ran the statement: "X said in a statement carried by state media" (the caller still
# asks that it be an outlet: "a statement published by the army" names its maker, no relay).
_SPOKEN_TO = (
    r"(?i:in\s+(?:a|an)\s+(?:statement|interview|remarks?|comments?)\s+"
    r"(?:to|with|(?:carried|published|broadcast|aired|quoted|cited)\s+by)"
    r"|(?:speaking|talking)\s+(?:to|with))\s+"
)
_SPOKEN_BEFORE = re.compile(r"(?:^|[,;:]\s*|\s)" + _SPOKEN_TO)
_SPOKEN_AFTER = re.compile(r",?\s+" + _SPOKEN_TO)
# An outlet set off by commas between the subject and its verb: "The governor, as cited by AFP,
# said", "A local official, speaking to SANA, said". The subject is the source, the outlet its relay.
_RELAY_BETWEEN = re.compile(
    r",\s*(?i:(?:speaking|talking)\s+(?:to|with)|as\s+(?:cited|quoted|reported)\s+by)\s+([^,;:\"“”]{2,60}?),\s*$"
)
# ... or unset, a participle right after the subject: "Local officials quoted by AFP said".
_RELAY_BARE = re.compile(r"\s(?i:cited|quoted)\s+by\s+([^,;:\"“”]{2,60}?)\s+$")
# How far back from the verb the set-off relay is looked for (characters).
_RELAY_REACH = 90
# What may stand between the fronted outlet and the subject: a comma, a day ("on Wednesday").
_FRONTED_GAP = re.compile(r"[\s,]*(?:on\s+[A-Z][a-z]+[\s,]*)?")
# Words a fronted cited source may hold ("local medical sources in the town"): a longer run is
# a clause, not a name.
MAX_CITED_WORDS = 8
# Things cited that are not who says it: "Citing an example, the sergeant said", "Citing security
# concerns, the army said". The one citing them speaks for himself.
_CITED_THINGS = re.compile(
    r"(?i:.*\b(?:examples?|cases?|instances?|concerns?|reasons?|grounds|precedents?|evidence|fears?))\s*$"
)

# ... or opening a phrase cited without commas, a clause after it ("citing security concerns for
# not giving names"); data and reports among them ("citing figures compiled from clinics",
# "citing reports from the ground"): the one citing weighed them and stays the source.
_THING_OPENING = re.compile(
    r"(?i:(?:[\w'’-]+\s+){0,2}(?:examples?|cases?|instances?|concerns?|reasons?|grounds|precedents?|evidence|fears?"
    r"|figures|data|statistics|numbers|records|tallies|documents|reports?|accounts?|information|estimates?"
    r"|testimon(?:y|ies)|footage|videos?|images?|photos?|pictures?))\b"
)


def cited_before(text: str, start: int, phrase: str, verb_start: int) -> tuple[int, str, str] | None:
    """(start, cited phrase, intermediary) when a citing participle names a source before the
    verb whose subject `phrase` (at `start`) is; else None. The span start stays the subject's
    when the participle follows it."""
    if "iting" not in text and "uoting" not in text:  # a cheap gate: "Citing", "quoting"
        return None
    subject_end = start + len(phrase)
    inside = _INSIDE_CITING.fullmatch(text, subject_end, verb_start) or _bare_inside(text, subject_end, verb_start)
    if inside and not _CITED_THINGS.match(inside.group(1)):
        return start, inside.group(1), phrase
    fronted = _FRONTED_CITING.search(text, 0, start)
    if fronted and len(fronted.group(1).split()) <= MAX_CITED_WORDS and not _CITED_THINGS.match(fronted.group(1)):
        return fronted.start(1), fronted.group(1), phrase
    return None


# The participle closing the sentence, after the claim: "AFP reported that 21 died in the strike
# citing the Observatory", "X said 55 died this week citing its local councils". A day may close it.
_TRAILING_CITING = re.compile(
    r"\s(?i:citing|quoting)\s+([^,;:\"“”]{2,80}?)(?:\s+on\s+[A-Z][a-z]+day)?[\s.!?\"”’]*$"
)


def cited_at_end(text: str, verb_end: int, next_verb: Callable[[str, int, int], bool]) -> str:
    """The source a sentence-closing "citing X" names for the verb of saying ending at
    `verb_end`, or "". The participle hangs on the last verb of saying: `next_verb` tells whether
    another one stands between (then that one cites X). A cited thing ("citing security
    concerns") or a long clause names no source."""
    if text.find("citing", verb_end) < 0 and text.find("quoting", verb_end) < 0:  # a cheap gate
        return ""
    trailing = _TRAILING_CITING.search(text, verb_end)
    if trailing is None or next_verb(text, verb_end, trailing.start()):
        return ""
    cited = trailing.group(1)
    if len(cited.split()) > MAX_CITED_WORDS or _CITED_THINGS.match(cited) or _THING_OPENING.match(cited):
        return ""
    return cited if names_speaker(cited) else ""


# Where a cited phrase's head noun ends: before a place, an owner or a relative clause ("a
# commander in the Free Syrian Army", "staff at a hospital it supports").
_HEAD_END = re.compile(r"\s(?:in|at|from|of|on|near|with|who|which|that)\s")


def names_speaker(cited: str) -> bool:
    """Whether a phrase cited without commas names who speaks: its head noun is a name
    (capitalised) or a speaking noun ("a police source", "its local councils", "medics"), not a
    thing ("expected losses in its shipping business")."""
    words = _HEAD_END.split(cited, maxsplit=1)[0].split()
    if not words:
        return False
    head = words[-1].strip("()'’").lower()
    if words[-1][:1].isupper() or words[-1][:1] == "(":
        return True
    speaking = word_table()["noun"] | word_table()["title"] | org_words()
    return head in speaking or head.rstrip("s") in speaking


def _bare_inside(text: str, subject_end: int, verb_start: int) -> re.Match[str] | None:
    """The comma-less participle between subject and verb ("SANA citing a police source said"),
    when what it cites is short enough to be a name, not a clause."""
    inside = _INSIDE_CITING_BARE.fullmatch(text, subject_end, verb_start)
    if inside is None or len(inside.group(1).split()) > MAX_CITED_WORDS or _THING_OPENING.match(inside.group(1)):
        return None
    return inside if names_speaker(inside.group(1)) else None


def spoken_to(text: str, start: int, end: int, object_end: Callable[[str, int], int]) -> tuple[str, int] | None:
    """(object, end of the object) when the source whose phrase spans `start`..`end` spoke to
    someone named next to it ("In a statement to SANA a source said", "said in an interview
    with AFP"); else None. `object_end` finds where the named object stops (a name scan). The
    caller decides whether the object is an outlet."""
    if "peaking" not in text and "alking" not in text and " in a" not in text and "In a" not in text:
        return None  # a cheap gate
    after = _SPOKEN_AFTER.match(text, end)
    if after:
        obj_end = object_end(text, after.end())
        return text[after.end() : obj_end], obj_end
    for before in _SPOKEN_BEFORE.finditer(text, 0, start):
        if outlet := _outlet_before_speaker(text, before.end(), start, end):
            return outlet, end
        obj_end = object_end(text, before.end())
        if obj_end <= start and _FRONTED_GAP.fullmatch(text, obj_end, start):
            return text[before.end() : obj_end], end
    return None


# The speaker's own name between the fronted outlet and the subject's description: "Speaking to
# Daily Sabah Mustafa Sejari an FSA official said" (commas stripped, as FA-KES writes it).
_SPEAKER_NAME_GAP = re.compile(r"\s*(?:(?:[A-Z][\w'’-]*|al|bin|abu)\s+){0,4}")
# Words a fronted outlet's name may hold.
MAX_OUTLET_WORDS = 4


def _outlet_before_speaker(text: str, at: int, start: int, end: int) -> str:
    """The known outlet opening the words from `at` on, when the name scan ran on over the
    subject: with the commas stripped "Speaking to Daily Sabah Mustafa Sejari an FSA official"
    reads as one name. The longest run of up to MAX_OUTLET_WORDS words that the actor table
    knows as an outlet, followed only by a speaker's name up to the subject at `start`, or
    opening the subject itself (then the caller cuts it off); else ""."""
    stop = start if start > at else end
    words = list(re.finditer(r"\S+", text[at:stop]))[:MAX_OUTLET_WORDS]
    for count in range(len(words), 0, -1):
        name = text[at : at + words[count - 1].end()]
        known = canonical_actor(name)
        if known is None or known[2] not in ("news agency", "media", "outlet"):
            continue
        if start <= at or _SPEAKER_NAME_GAP.fullmatch(text, at + words[count - 1].end(), start):
            return name
        return ""
    return ""


def relay_between(text: str, verb_start: int) -> tuple[int, str] | None:
    """(where the set-off relay begins, the relay) when an outlet stands between the subject and
    the verb at `verb_start` ("X, as cited by Y, said", "X quoted by Y said"); else None. The subject is
    then read before that comma, where a scan from the verb would stop at the commas and find no
    one. The caller decides whether the relay is an outlet."""
    reach = max(0, verb_start - _RELAY_REACH)
    if text[:verb_start].rstrip().endswith(","):  # a cheap gate: a comma just before the verb
        found = _RELAY_BETWEEN.search(text, reach, verb_start)
    elif " by " in text[reach:verb_start]:  # a cheap gate for the bare participle
        found = _RELAY_BARE.search(text, reach, verb_start)
    else:
        return None
    return (found.start(), found.group(1)) if found else None


def via_name(
    via: str, text: str, start: int, earlier: list[AttributionFact], later: list[Found], sentences: list[Sentence]
) -> str:
    """The intermediary's name: a descriptor is the body it refers to, resolved like a source;
    a name is kept as written (its canonical form)."""
    name = clean_name(via, canonical=True)
    if name != name.lower():
        return name
    resolved = resolve_source(via, text, start, earlier, later, sentences)
    return resolved.primary if resolved is not None and resolved.primary else name


# What may follow an outlet's attribution that closes its sentence: a day ("..., SANA reported on
# Monday."), closing punctuation.
_SENTENCE_CLOSE = re.compile(r"(?:\s+(?:on|late|early)\s+[A-Z]?[a-z]+)?[\s.!?\"”’)]*")


def passed_on(facts: list[AttributionFact], text: str, sentences: list[Sentence]) -> list[AttributionFact]:
    """The attributions with an outlet closing their sentence added as their intermediary: "X
    said five died ..., the official news agency reported." / "According to X ..., Press TV
    reported." The outlet reports a clause that already names its source, so it passes that
    source's claim on (GUIDELINES.md section 6), as "Z reported, citing X" does. Only a known
    outlet that closes the sentence (it reports all of it), and only to sources with no via of
    their own that are not outlets themselves."""
    out = list(facts)
    for index, last in enumerate(facts):
        if index == 0 or not known_outlet(last.source.primary) or last.source.via:
            continue
        sentence = sentences[sentence_index(sentences, last.start)]
        if not _SENTENCE_CLOSE.fullmatch(text, last.end, sentence.end):
            continue
        for earlier in range(index - 1, -1, -1):
            source = out[earlier].source
            if out[earlier].start < sentence.start:
                break
            if source.via or not source.primary or source.primary == last.source.primary:
                continue
            if known_outlet(source.primary):
                continue  # "Reuters said ..., AFP reported": two outlets side by side
            passed = dataclasses.replace(source, via=[last.source.primary])
            out[earlier] = dataclasses.replace(out[earlier], source=passed)
    return out


# A source brought in as someone indefinite: "a civil defense official said", "according to a
# local source". A named body ("the Observatory reported") is no one to be named later.
_INDEFINITE = re.compile(r"(?i:according\s+to\s+)?(?i:a|an)\s")


def named_next(facts: list[AttributionFact], sentences: list[Sentence]) -> list[AttributionFact]:
    """An indefinite speaker ("a civil defense official said") takes the intermediary of the
    attribution that names them in the next sentence: the same source, now with a speaker, who
    told an outlet ("Civil defense official X told the agency ..."). The lead sums up the account
    the outlet was given. Only the very next attribution, one sentence on, and only when it is
    the same primary source."""
    out = list(facts)
    for index, fact in enumerate(facts[:-1]):
        after = facts[index + 1]
        if fact.source.via or fact.source.speaker or not after.source.via or not after.source.speaker:
            continue
        if not _INDEFINITE.match(fact.text):
            continue
        if fact.source.primary != after.source.primary or not fact.source.primary:
            continue
        if sentence_index(sentences, after.start) != sentence_index(sentences, fact.start) + 1:
            continue
        out[index] = dataclasses.replace(fact, source=dataclasses.replace(fact.source, via=list(after.source.via)))
    return out


def told_next(facts: list[AttributionFact], sentences: list[Sentence]) -> list[AttributionFact]:
    """An outlet reporting a claim ("... were injured according to SANA") whose next attribution,
    one sentence on, is a source speaking to that same outlet ("A police source told SANA ...",
    "In a statement to SANA a source said ...") and restates one of its numbers: the outlet is
    passing on what that source gave it, so its claim takes the source as primary and the outlet
    as intermediary, as the second sentence spells out (GUIDELINES.md section 6: the outlet a
    source told is the via). Without a shared number the source tells a part or another count
    ("killed five ... . X told SANA three were ...") and the outlet's sum stays its own."""
    out = list(facts)
    for index, fact in enumerate(facts[:-1]):
        after = facts[index + 1]
        outlet = fact.source.primary
        if fact.source.via or not outlet or not known_outlet(outlet) or after.source.via != [outlet]:
            continue
        if not after.source.primary or after.source.primary == outlet:
            continue
        if sentence_index(sentences, after.start) != sentence_index(sentences, fact.start) + 1:
            continue
        if not _numbers(fact.sentence) & _numbers(after.sentence):
            continue
        given = dataclasses.replace(after.source, via=[outlet], explicit=fact.source.explicit)
        out[index] = dataclasses.replace(fact, source=given)
    return out


def _numbers(text: str) -> set[int]:
    """The head-count numbers a sentence states ("Seven", "at least 14"), not vague amounts ("dozens")."""
    return {
        span.amount.low for span in find_amounts(text)
        if not span.excluded and span.amount.low is not None and span.amount.qualifier != "vague"
    }


# Bare words for an unnamed report ("... were killed, reports say", "a report says"): they name
# no one, and an article that opens so names the body behind the figure right after.
_BARE_REPORT = frozenset({"report", "reports", "a report", "media reports", "the report"})
# The known bodies a bare report may stand for: a monitor or relief group, not an outlet
# (README: a forward carry to the agency named next broke right answers).
_NAMED_KINDS = frozenset({"monitor", "humanitarian organisation"})


def report_named_next(facts: list[AttributionFact], sentences: list[Sentence]) -> list[AttributionFact]:
    """A figure told under a bare "reports say" / "a report says" takes the source the very next
    sentence names when that is a known monitor or relief body speaking in its own name ("... were
    killed, reports say. The X Observatory said the strikes hit ..."): the lead sums up that body's
    account, and the sentence after it says whose it is (GUIDELINES.md section 6: the named body is
    primary). Only one sentence on, and only the next attribution."""
    out = list(facts)
    for index, fact in enumerate(facts[:-1]):
        if fact.source.primary.lower() not in _BARE_REPORT or fact.source.via or fact.source.speaker:
            continue
        after = facts[index + 1]
        if sentence_index(sentences, after.start) != sentence_index(sentences, fact.start) + 1:
            continue
        if not after.source.explicit or after.source.via or not _named_body(after.source.primary):
            continue
        out[index] = dataclasses.replace(fact, source=dataclasses.replace(after.source, explicit=fact.source.explicit))
    return out


def _named_body(name: str) -> bool:
    """Whether `name` is a monitor or relief body the actor table knows."""
    return any((known := canonical_actor(c)) is not None and known[2] in _NAMED_KINDS for c in name_candidates(name))
