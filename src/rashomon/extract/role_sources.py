"""Unnamed speakers named by their role: "a medic said", "residents told", "a police source".

Wire copy often names no organisation, only who spoke: a medic, a rescuer, a hospital
official, residents. Kept as written ("a medic"), such sources never line up across outlets;
mapped to their family (medical sources, the civil defence, police, military, local sources)
they do, and the family is what a monitor compares (GUIDELINES.md section 6 gives one id per
family). The table is data/attribution_roles.tsv; this module only reads a phrase against it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rashomon.extract.actors import canonical_actor
from rashomon.extract.amounts import table_rows
from rashomon.extract.gazetteer import lookup

# The rescuers' family (data/attribution_roles.tsv) names Syria's civil defence: an article that
# never says "Syria" (a flood in Texas, a quake in Turkey) keeps its rescuers as written.
SYRIA_RESCUE = "White Helmets (Syria Civil Defence)"

# A role phrase longer than this is a clause ("a doctor at the hospital in the north of the
# town where ..."): the longest role seen in wire copy, "a doctor at a field hospital in the
# town", is 8 words.
MAX_ROLE_WORDS = 8
# Heads a role phrase ends in: who speaks, not what was hit ("the hospital" alone is a place
# in "shelling hit the hospital"; "the hospital said" is kept by its head "hospital" too).
_SPEAKER_HEADS = frozenset(
    {"source", "sources", "official", "officials", "worker", "workers", "volunteer", "volunteers", "officer",
     "officers", "staff", "spokesman", "spokeswoman", "spokesperson", "director", "chief", "member", "members",
     "team", "teams", "hospital", "hospitals", "medic", "medics", "paramedic", "paramedics", "doctor", "doctors",
     "nurse", "nurses", "surgeon", "surgeons", "physician", "physicians",
     "neurologist", "pediatrician", "paediatrician", "anaesthetist", "anesthetist", "rescuer", "rescuers", "police",
     "policeman", "policemen", "resident", "residents", "villager", "villagers", "locals", "inhabitants",
     "witness", "witnesses", "eyewitness", "eyewitnesses", "defence", "defense", "helmets", "agencies"}
)
# A place or a time after the head belongs to the role, not the name ("a doctor at the
# hospital", "residents of the town", "a medic in Douma"): the head is read before it.
_TRAILER = re.compile(r"\s+(?:at|in|of|from|on|near|inside|with)\s+.*$")

# "at/of/from/with" before a capital names the body the role belongs to ("a source at the Police
# Command"), which attribution_names resolves; "in/near" before a capital is a place ("a medic in Douma").
_NAMED_BODY = re.compile(r"\s+(?:at|of|from|with)\s+(?:the\s+)?[A-Z]")


# Heads that say where people live: "villagers of X" live in X, whatever X is (a hamlet no
# gazetteer knows), and never speak for a body called X.
_DWELLERS = frozenset({"resident", "residents", "villager", "villagers", "inhabitants", "locals"})

# A source or official "at/in/of <X> province" speaks for the province's administration.
_UNNAMED_HEADS = frozenset({"source", "sources", "official", "officials"})
_ADMINISTRATION = re.compile(
    r"^\s+(?:at|in|of|from)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:province|governorate|municipality)$"
)


@lru_cache(maxsize=1)
def _families() -> tuple[tuple[str, frozenset[str]], ...]:
    rows = table_rows("attribution_roles.tsv")
    return tuple((row[0], frozenset(w.replace("_", " ") for w in row[1].split())) for row in rows)


@lru_cache(maxsize=4096)
def role_family(cleaned: str) -> str | None:
    """The family primary of a role phrase ("a medic" -> "medical sources", "Residents" opening
    a sentence -> "local sources (residents)"), else None. The role itself must be lowercase: a
    capital inside it makes it a name ("Doctors Without Borders"); a place after it may be
    capitalised ("a medic in Douma")."""
    words = cleaned.split()
    if not words or len(words) > MAX_ROLE_WORDS:
        return None
    head_part = _TRAILER.sub("", cleaned)
    head_part = head_part[:1].lower() + head_part[1:]  # "Residents said": a sentence's capital
    head_words = head_part.split()
    if head_part != head_part.lower() or not head_words or head_words[-1] not in _SPEAKER_HEADS:
        return None
    trailer = cleaned[len(head_part) :]
    if head_words[-1] in _UNNAMED_HEADS and _ADMINISTRATION.search(trailer):
        return "official sources"  # "a source at Aleppo province": the province's administration
    named = _NAMED_BODY.match(trailer) if head_words[-1] not in _DWELLERS else None
    if named and not _names_place(trailer[named.end() - 1 :]):
        return None  # "a medical source at Aleppo Health Directorate": the body named is the source
    # "an official at the hospital": a lowercase place after the role names its family too
    padded = f" {head_part}{trailer if trailer == trailer.lower() else ''} "
    for primary, fitting in _families():
        if any(f" {phrase} " in padded for phrase in fitting):
            return primary
    return None


def _names_place(rest: str) -> bool:
    """Whether the capitalised words opening `rest` name a place ("Daraya near Damascus"): then
    "residents of Daraya" are residents, not a body called Daraya."""
    name = re.match(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", rest)
    if name is None or canonical_actor(name.group(0)) is not None:
        return False
    return lookup(name.group(0))[1] in ("exact", "loose")
