"""The toll of an event a speaker blames on someone is not the speaker's figure.

"The envoy blamed France for the massacre that claimed the lives of 1,100": what the envoy
claims is the blame; the toll sits in a relative clause on the event noun, background the
outlet (or the record) supplies. GUIDELINES.md section 6 gives such a figure no source
(FA-KES gold: a diplomat's "bears responsibility for a chemical attack that killed 58", an
envoy's blame for a massacre). attribution_scope.in_scope asks this for a figure after its
sentence's source; split out to keep that module short.
"""

from __future__ import annotations

import re

from rashomon.extract.attribution_words import word_table

# A further figure of the same toll, later in the relative clause on the event noun: a part of it
# ("that killed 58 people in a town in Idlib including 11 children") or a second count joined by
# "and" ("that killed 87 and left hundreds suffering"). It is as much background as the first; the
# connective keeps a figure of the sentence's own main clause out.
SAME_TOLL_GOES_ON = r"(?:(?:[\w'’-]+\s+){0,12}?(?:including|and\s+(?:left|wounded|injured))\s+(?:[\w'’-]+\s+){0,3})?"

# The toll of an event a speaker blames on someone, in a relative clause on the event noun after
# "for/of" ("blamed France for the massacre that claimed the lives of 1,100", "bears responsibility
# for a chemical attack that killed 58", "accused X of an attack which killed ..."): background to
# a claim of blame. A body that counts the dead (a monitor, rights group, activists, medics) stands
# behind the toll it cites even there (FA-KES gold: "activists accused forces of launching an
# attack that killed 213" is the activists' figure), and a verb of saying inside the relative
# clause ("which it estimates killed") makes the toll the speaker's own.
_BLAMED_EVENT = re.compile(
    r"(?:\b(?:responsib\w*|blam\w*|accus\w*|condemn\w*|denounc\w*)\b[^.;]{0,80}?\b(?:for|of)"
    r"|\b(?:was|were|is|are|being)\s+behind)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:attacks?|strikes?|raids?|bombings?|massacres?|assaults?|blasts?|explosions?|shelling)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:that|which)\s+((?:[\w'’-]+\s+){0,2}?)(?:killed|kills|left|claimed|wounded|injured)\s+"
    r"(?:[\w'’-]+\s+){0,4}" + SAME_TOLL_GOES_ON + "$",
    re.IGNORECASE,
)
_COUNTING_BODY = re.compile(
    r"observatory|monitor|rights|activist|medic|doctor|hospital|health|civil\s+defen|white\s+helmets|rescue"
    r"|network|committee|watch|amnesty|sources|coordination",
    re.IGNORECASE,
)


def blamed_event(between: str, primary: str) -> bool:
    """Whether the text from a source to a figure after it ends in the toll of an event the
    source blames on someone, and the source is no counting body (above)."""
    gate = "for" in between or "of" in between or "behind" in between
    found = _BLAMED_EVENT.search(between) if gate else None
    if found is None or _COUNTING_BODY.search(primary):
        return False
    return not set(re.findall(r"[a-z]+", found.group(1).lower())) & word_table()["verb"]


# A claim of responsibility: "X claimed a March 3 car bomb attack on a checkpoint that killed 17".
# What X claims is the attack; the toll in the relative clause on the event noun is background,
# as for blame. A noun then a verb ("claimed the attack was staged") is a stated clause instead,
# and no "that/which" stands between them there. The toll may also close the relative clause
# after its own verb, in a participle ("claimed the attack that hit a police station on Monday
# killing 17"): still inside the clause on the event noun, unless a verb of saying stands there.
_CLAIMED = re.compile(r"\bclaim(?:s|ed)\s*$", re.IGNORECASE)
_CLAIMED_EVENT = re.compile(
    r"^\s*(?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:attacks?|strikes?|raids?|bombings?|massacres?|assaults?|blasts?|explosions?|ambush(?:es)?)\s+"
    r"(?:[\w'’-]+\s+){0,8}?(?:that|which)\s+"
    r"(?:(?:killed|kills|left|claimed|wounded|injured)\s+|(?:[\w'’-]+\s+){1,12}?(?:killing|leaving|wounding|injuring)\s+)"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)


def claimed_event(source_text: str, between: str, primary: str) -> bool:
    """Whether a figure after "X claimed" is the toll of the attack X claims (above), X being
    no counting body."""
    if not _CLAIMED.search(source_text) or _COUNTING_BODY.search(primary):
        return False
    found = _CLAIMED_EVENT.match(between)
    if found is None:
        return False
    clause = re.split(r"\b(?:that|which)\b", between.lower(), maxsplit=1)[-1]
    said = set(re.findall(r"[a-z]+", clause)) & word_table()["verb"] - {"claimed"}  # "that claimed the lives of"
    return not said  # "... which the monitor reported killing 17": the toll is said there

