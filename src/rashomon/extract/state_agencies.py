"""States as speakers: a state's news agency named by its state ("Turkey's state-run news
agency" is Anadolu), a UN agency named by its field ("the U.N. health agency" is the WHO),
and a state named by its country or capital ("Washington said").

Wire copy names a state agency by its owner more often than by its name ("Syria's official
news agency", "the Iranian state news agency"); with the possessive's apostrophe lost
("Syrias state-run") the phrase resolves to no actor and reads as a fragment. A state with
one state agency (data/attribution_state_agencies.tsv) makes the owner enough: the phrase is
replaced by the agency's name before it is resolved (attribution.find_attributions).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rashomon.extract.country_names import demonyms
from rashomon.extract.gazetteer import lookup

_DATA = Path(__file__).resolve().parent.parent / "data" / "attribution_state_agencies.tsv"
# "[the] <owner>['s|s] state[-run|-owned]|official|government[-run] [news] agency", or the owner
# after the ownership word ("the official Syrian news agency"), nothing else.
_OWNED_AGENCY = re.compile(
    r"^(?:the\s+)?(?:([A-Z][a-z]+?)(?:['’]s|s)?\s+(?:state|official|government)(?:[- ](?:run|owned|controlled))?"
    r"|(?:state|official|government)(?:[- ](?:run|owned|controlled))?\s+([A-Z][a-z]+))"
    r"\s+(?:news\s+)?agency$"
)


@lru_cache(maxsize=1)
def _agencies() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        owners, agency = line.split("\t")
        table.update({owner: agency for owner in owners.split()})
    return table


def state_agency(phrase: str) -> str | None:
    """The agency a phrase names by its state ("Syria's state-run news agency" -> "SANA"), else None."""
    found = _OWNED_AGENCY.match(" ".join(phrase.split()).strip(" ,.\"“”"))
    if found is None:
        return None
    return _agencies().get((found.group(1) or found.group(2)).lower())


# A state broadcaster or agency described by its ownership closes a source phrase: "state-run TV",
# "state-owned news agency SANA". Words before it that are no owner belong to the clause before,
# run in with its commas lost ("... killing the imam Sheikh X state-run TV reported").
_STATE_MEDIA = re.compile(
    r"\s((?:state|government)[- ](?:run|owned|controlled)\s+"
    r"(?:news\s+agency(?:\s+[A-Z][\w-]*)?|TV|television|media|radio|broadcaster))$"
)
_OWNER = re.compile(r"^(?:the\s+)?[A-Z][a-z]+(?:['’]s)?$")  # "Syria's", "Syrias", "the Iranian"


def state_media_tail(phrase: str) -> str | None:
    """The state medium that ends a phrase when the words before it are not its owner
    ("Syria's", "the Iranian"): "the Imam Sheikh X state-run TV" -> "state TV"; else None."""
    text = " ".join(phrase.split()).strip(" ,.\"“”")
    found = _STATE_MEDIA.search(text)
    if found is None:
        return None
    before = text[: found.start()].strip()
    owner = before.split()[-1] if _OWNER.match(before) else ""
    if not before or owner and (names_state(owner.rstrip("'’s")) or owner in demonyms()):
        return None
    return re.sub(r"^\w+[- ]\w+", "state", found.group(1))  # "state TV": a state broadcaster (attribution_names)


# A state agency named by its ownership alone, no owner: "state-run news agency said", "the
# official news agency" (or state_media_tail's "state news agency").
_UNOWNED_AGENCY = re.compile(
    r"^(?:the\s+)?(?:state|official|government)(?:[- ](?:run|owned|controlled))?\s+(?:news\s+)?agency$",
    re.IGNORECASE,
)


def unowned_agency(phrase: str, text: str) -> str | None:
    """The state agency an ownerless "state-run news agency" stands for: the one state agency of
    the table that the article names anywhere ("... state-run news agency said. ... SANA
    reporter quoted ..."), as a second mention refers back (or forward) to the one agency named
    in full; None when the article names none or several (then no state can be told)."""
    if _UNOWNED_AGENCY.match(" ".join(phrase.split()).strip(" ,.\"“”")) is None:
        return None
    named = {agency for agency in set(_agencies().values()) if re.search(rf"\b{re.escape(agency)}\b", text)}
    return named.pop() if len(named) == 1 else None


# Wire style names a UN agency by its field on second mention ("the U.N. health agency said",
# "the UN children's agency"): the field names one agency, given here by its acronym.
_UN_AGENCY = re.compile(
    r"^(?:the\s+)?(?:U\.?N\.?|United\s+Nations)(?:['’]s?)?\s+(health|food|children['’]?s?|refugee|humanitarian|"
    r"human\s+rights)\s+(?:agency|body|office|organi[sz]ation|fund)$",
    re.IGNORECASE,
)
_UN_FIELDS = {"health": "WHO", "food": "WFP", "children": "UNICEF", "refugee": "UNHCR", "humanitarian": "OCHA",
              "human rights": "OHCHR"}


def un_agency(phrase: str) -> str | None:
    """The acronym of the UN agency a phrase names by its field ("the U.N. health agency" -> "WHO")."""
    found = _UN_AGENCY.match(" ".join(phrase.split()).strip(" ,\"“”"))
    if found is None:
        return None
    field = " ".join(found.group(1).lower().split())
    return _UN_FIELDS["children" if field.startswith("child") else field]


# Capitals that stand for their governments in news copy ("Washington said", "Moscow denied").
_CAPITALS = frozenset(
    {"washington", "moscow", "damascus", "ankara", "tehran", "london", "paris", "beijing", "riyadh", "berlin",
     "amman", "beirut", "baghdad", "doha", "cairo", "jerusalem"}
)


@lru_cache(maxsize=4096)
def names_state(name: str) -> bool:
    """Whether a name is a country (the gazetteer's feature) or a capital standing for its government."""
    if name.lower() in _CAPITALS:
        return True
    places, quality = lookup(name)
    return quality == "exact" and any(place.feature == "country" for place in places)
