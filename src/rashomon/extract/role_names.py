"""A person named right after an unnamed role source is that source, named.

Wire copy introduces a speaker by role first and by name next: "a local civil defence source
said ... . Raids on the next town left 30 injured, Omar Kassem told Anadolu Agency." The
person has no title or body of their own, so attribution_persons.py keeps them as a person
and their figure lines up with nobody; read as the role's source named (GUIDELINES.md section
6 gives the family: `white-helmets` for "a local civil defense official"), it lines up with
every other civil defence figure. Bounded: the role source must be the attribution just
before, indefinite ("a ... source"), a family the role table knows, within MAX_GAP_CHARS.
"""

from __future__ import annotations

import re

from rashomon.model import AttributionFact, Source

# How far before the person the role source may stand (characters): about two sentences of
# wire copy, so the naming follows the role within the same account.
MAX_GAP_CHARS = 400
# An indefinite role phrase: "a local civil defence source said", "according to a medic".
_INDEFINITE_ROLE = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,4}(?:source|official|worker|volunteer|medic|doctor|rescuer|officer|activist)\b",
    re.IGNORECASE,
)


def named_role(source: Source, start: int, earlier: list[AttributionFact]) -> Source:
    """`source` as the named speaker of the role source just before it, when it is a bare person."""
    if not earlier or not source.speaker or source.primary != source.speaker:
        return source
    last = earlier[-1]
    if start - last.end > MAX_GAP_CHARS or last.source.speaker or not _INDEFINITE_ROLE.search(last.text):
        return source
    return Source(primary=last.source.primary, via=list(source.via), speaker=source.speaker)


# The outlet's own staff: "the reporter noted", "our correspondent in Aleppo said", "SANA's
# correspondent said" in a SANA article. GUIDELINES.md section 6 counts their figures as the
# outlet's own statement (source ""), so an unnamed one gives a figure no source and carries none on.
_REPORTER = re.compile(
    r"^(?:(?i:the|our|its|a|an)\s+)?(?:(?P<owner>[A-Z][\w.&-]*?)(?:['’]?s)?\s+)?(?:own\s+)?(?:reporter|correspondent)s?"
    r"(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?$"
)


def own_reporter(phrase: str) -> bool:
    """Whether a source phrase is a reporter of no named outlet ("the reporter noted", "our
    correspondent said"): the article's own. A named one ("SANA's correspondent") stays its
    outlet's, which is right in any article (in the outlet's own, it is the outlet speaking)."""
    found = _reporter(phrase)
    return found is not None and not found.group("owner")


def named_reporter(name: str) -> bool:
    """Whether a source names a reporter of a named outlet ("SANA's correspondent"): what "the
    correspondent said" refers back to when the article named one before."""
    found = _reporter(name)
    return found is not None and bool(found.group("owner"))


def _reporter(phrase: str) -> re.Match[str] | None:
    """A reporter phrase read whole, spacing and quotes aside."""
    return _REPORTER.match(" ".join(phrase.split()).strip(" ,.\"“”"))
