"""Who a source phrase naming a person speaks for: titles, surnames and pronouns.

"SOHR chief Rami X", "Rami X, the head of SOHR" and "Charles X of the Y Centre" give the
organisation as primary source and the person as speaker; "Haddad said" later repeats the
body Haddad spoke for; "he said" repeats the previous source. These rules read the shape of
a person's name and the attributions before it; the organisation named beside a title is
resolved by the caller's resolver (attribution_names.resolve_source), passed in so that this
module does not import it back.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import lru_cache

from rashomon.extract.actors import canonical_actor, normalise_person
from rashomon.extract.attribution_words import clean_name, known_actor, names_body, org_words, word_table
from rashomon.extract.gazetteer import lookup
from rashomon.extract.source_descriptors import field_office
from rashomon.model import AttributionFact, Source

_NAME_PART = r"(?:[A-Z][\w'’.-]*|(?:al|el|bin|ibn|abu|abd)(?:-[A-Z][\w'’-]*)?)"
_PERSON = rf"[A-Z][\w'’.-]*(?:\s+{_NAME_PART}){{0,3}}"
# Ranks English puts before a title ("Vice President", "Deputy Head", "Acting Governor").
_RANK = r"(?i:vice|deputy|acting|assistant)"
NAME_PARTICLE = re.compile(r"(?:al|el|bin|ibn|abu|abd)-[A-Z]")  # "al-Faris": a name word, lowercase first


@lru_cache(maxsize=1)
def _titled_patterns() -> tuple[re.Pattern[str], ...]:
    """"SOHR chief Rami X", "Rami X, the head of SOHR", "Charles X of the Y Centre"."""
    titles = "(?i:" + "|".join(sorted(word_table()["title"], key=len, reverse=True)) + ")"
    # A rank before the title and a second title after it belong to the office, not to the body
    # or the person: "Coalition Vice President X", "the Coalition's Secretary General X".
    office = rf"(?:{_RANK}[\s-]+)?{titles}(?:\s+{titles})?"
    return (
        re.compile(rf"^(?P<org>.+?)\s+(?P<title>{office})\s+(?P<person>{_PERSON})$"),
        re.compile(
            rf"^(?:(?P<person>{_PERSON}),?\s+)?(?:the|a|an)?\s*(?:[\w-]+\s+)?(?P<title>{titles})\s+"
            rf"(?:of|for|at|with)\s+(?P<org>.+?)(?:,\s+(?P<person2>{_PERSON}))?$"
        ),
        re.compile(rf"^(?P<person>{_PERSON})\s+(?:of|from|at|with)\s+(?P<org>(?:the\s+)?[A-Z].+)$"),
        re.compile(rf"^(?P<org>)(?P<title>{titles})\s+(?P<person>{_PERSON})$"),  # "chief Federica M"
    )


def titled_source(
    cleaned: str, earlier: list[AttributionFact], resolve: Callable[[str], Source | None]
) -> Source | None:
    """A person speaking for an organisation: the organisation is primary, the person the speaker
    (`resolve` gives the source an organisation phrase names). None for a phrase the actor table
    knows whole: "the Turkish General Staff" is a body, not a person "Staff" with the title
    "General"."""
    known_whole: bool | None = None
    for pattern in _titled_patterns():
        titled = pattern.match(cleaned)
        if titled is None:
            continue
        if known_whole is None:  # looked up only for a phrase shaped like a titled person
            known_whole = known_actor(cleaned)
        if known_whole:
            return None
        groups = titled.groupdict()
        person, org_phrase = groups.get("person") or groups.get("person2") or "", groups["org"]
        org_phrase = _body_of_possessive(org_phrase)  # "the Coalition's President X": the Coalition
        if person and not is_person(person):
            continue  # "International Committee of the Red Cross" is no person of an organisation
        if not person and groups.get("title") and _ACTION_NOT_BODY.match(org_phrase):
            return Source(primary=groups["title"].lower())  # "the commander of the operations": no body speaks
        if person and groups.get("title") and (office := field_office(person, groups["title"], org_phrase)):
            return Source(primary=office[0], speaker=office[1])  # "Health director for Aleppo Mohammad X"
        if not org_phrase:  # "chief Federica M", "Activist Ahed S": a role of no named body
            return _role_person_source(groups.get("title") or "", person, earlier)
        if not person:  # "the director of the Idlib Relief Council Omar Haddad" (commas lost)
            org_phrase, person = _trailing_person(org_phrase)
        org = resolve(org_phrase)
        if org is not None and groups.get("title") and titled.start("title") > titled.start("org"):
            org = _lost_possessive(org_phrase, org, resolve)
        has_org_word = bool({w.lower().rstrip("s") for w in org_phrase.split()} & org_words())
        if (groups.get("title") or "").lower() in _FAMILY_TITLES and not has_org_word and _describes(org_phrase):
            return Source(primary=f"{clean_name(org_phrase, False)} {groups['title']}", speaker=person)
        if org is not None and (has_org_word or known_actor(org_phrase)):
            return Source(primary=org.primary, speaker=person)
        place_office = (groups.get("title") or "").lower() in _PLACE_TITLES and not has_org_word
        if groups.get("title") and (titled.start("title") > titled.start("org") or place_office):
            return Source(primary=f"{clean_name(org_phrase, False)} {groups['title']}", speaker=person)
        if groups.get("title"):
            return Source(primary=clean_name(org_phrase, True), speaker=person)
    return None


def _body_of_possessive(org_phrase: str) -> str:
    """ "the Coalition's" -> "the Coalition" when what owns the office is a body (an organisation
    word or a known actor); a person's possessive ("Yeltsin's spokesman X") is left as written,
    as the spokesman speaks for a person, not a body called "Yeltsin"."""
    if not org_phrase.endswith(("'s", "’s")):
        return org_phrase
    bare = org_phrase[:-2]
    if names_body(bare):
        return bare
    return org_phrase


def _lost_possessive(org_phrase: str, org: Source, resolve: Callable[[str], Source | None]) -> Source:
    """ "The monitors head N told AFP": flattened text lost the apostrophe of "monitor's", so the
    plural stands for the one body named before; taken only when the singular resolves to a named
    body ("the monitor" -> the Observatory), so "the rebels spokesman" stays the rebels'."""
    words = org_phrase.split()
    last = words[-1]
    if not (last.islower() and last.endswith("s") and not last.endswith("ss")):
        return org
    singular = " ".join([*words[:-1], last[:-1]])
    named = resolve(singular)
    if named is None or named.primary.lower() in (singular.lower(), last[:-1]):
        return org
    return named


# What a title may lead without naming a body that speaks: an action, in lowercase words ("the
# commander of the operations", "the commander of the battle"); the titled person speaks alone.
_ACTION_NOT_BODY = re.compile(
    r"^(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}(?:operations?|battles?|offensives?|campaigns?|assaults?|attacks?|fighting)$"
)


# Titles that name a family of sources by themselves (GUIDELINES.md section 6: activists,
# journalist): "Activist X said" is an activist's figure, "chief X said" is only X's.
_FAMILY_TITLES = frozenset({"activist", "journalist", "correspondent", "reporter"})
# Titles held over a place, not a body: "the governor of Homs" speaks as Homs' governor (GUIDELINES.md
# section 6: `governor`), not for a body named Homs.
_PLACE_TITLES = frozenset({"governor"})


def _describes(phrase: str) -> bool:
    """Whether a phrase before a role title describes a side rather than names a body
    ("Opposition activist X", "Kurdish journalist X"): no table knows it, or only as an armed side."""
    known = canonical_actor(clean_name(phrase, False))
    return known is None or known[2] == "armed group"


def _role_person_source(title: str, person: str, earlier: list[AttributionFact]) -> Source:
    """A person named with a role and no body: the body they spoke for before, else the role's
    family when the role names one, else the person."""
    known = person_source(person, earlier)
    if known.primary != person or title.lower() not in _FAMILY_TITLES:
        return known
    return Source(primary=title.lower(), speaker=person)


def _trailing_person(phrase: str) -> tuple[str, str]:
    """Split "Idlib Relief Council Omar Haddad" into the organisation
    (a known actor, or a name ending in an organisation word) and the person after it."""
    words = phrase.split()
    for size in range(2, min(4, len(words) - 1) + 1):
        org, person = " ".join(words[:-size]), " ".join(words[-size:])
        org_ends = org.split()[-1].lower().rstrip("s") in org_words()
        if is_person(person) and (org_ends or known_actor(org)):
            return org, person
    return phrase, ""


def pronoun_source(pronoun: str, earlier: list[AttributionFact]) -> Source | None:
    """"he said" repeats the previous source; "it said" after "X said, citing trusted sources"
    is X (a singular pronoun, "it", "he" or "she", names no plural "sources" or "groups"); "they"
    after one person speaking alone is the plural source named before that person, if any."""
    if not earlier:
        return None
    last = earlier[-1].source
    if pronoun == "it" and _plural(last.primary) and last.via:
        return Source(primary=last.via[-1])
    if pronoun in ("it", "he", "she") and _plural(last.primary):  # "X said medical sources reported ... . It said": X
        last = next((f.source for f in reversed(earlier) if f.source.primary and not _plural(f.source.primary)), last)
    elif pronoun == "they" and _one_person(last):  # "according to prosecutors ... Rosa Ortiz said ... they said"
        last = next((f.source for f in reversed(earlier) if f.source.primary and _plural(f.source.primary)), last)
    return dataclasses.replace(last, via=list(last.via))


def _one_person(source: Source) -> bool:
    """Whether a source is one person named in full and speaking for no body ("Rosa Ortiz"):
    "they" cannot point back to her, so it goes to the plural source before her."""
    return bool(source.speaker) and source.primary == source.speaker and len(source.speaker.split()) >= 2


def _plural(primary: str) -> bool:
    """Whether a source is a plural common noun ("medical sources", "activists"): no antecedent of "it"."""
    return primary == primary.lower() and primary.endswith("s")


def is_person(name: str) -> bool:
    """A capitalised name of one to four words that no organisation table knows."""
    words = name.split()
    name_words = all((w[:1].isupper() or NAME_PARTICLE.match(w)) and not w.isupper() for w in words)
    if not 1 <= len(words) <= 4 or not name_words:
        return False
    return canonical_actor(name) is None and not any(w.lower() in org_words() for w in words)


# A surname shorter than this ("Ali", "Omar") is also a given name: it repeats no one for sure.
MIN_SURNAME_LETTERS = 4


def earlier_speaker(phrase: str, earlier: list[AttributionFact], bounded: bool = False) -> Source | None:
    """The earlier speaker whose surname closes an unknown phrase: a person named again by the
    surname alone, with the words before it run in from the clause (commas lost). Another given
    name before the surname ("Rosa Ortiz" after "Chela Ortiz", "Rosa" also a place) is another
    person of the family, not the one named before."""
    surname = phrase.split()[-1]
    if len(surname) < MIN_SURNAME_LETTERS or not surname[:1].isupper() or len(phrase.split()) < 2:
        return None
    for fact in reversed(earlier):
        speaker = fact.source.speaker
        if speaker.split()[-1:] == [surname] and not _other_given_name(phrase, speaker, bounded):
            return Source(primary=fact.source.primary, speaker=fact.source.speaker)
    return None


def _other_given_name(name: str, speaker: str, bounded: bool = False) -> bool:
    """Whether two full names that share a surname open with different given names ("Doug
    McDermott" after "Greg McDermott": the son after his father). Only the initial is
    compared, so a given name spelt two ways ("Mohammed", "Mohamed") is still one person. A
    name `bounded` (no preposition before it, so no place run in) is compared with its first
    word even when that is also a place, and so is the earlier speaker's, who was named whole:
    "Rosa Ortiz" after "Chela Ortiz", "Jeremy Ortiz" after "Rosa Ortiz"."""
    first, other = _given_name(name), _given_name(speaker)
    if bounded:  # a place's name opening either name is a given name here
        first, other = _given_name(name, keep_places=True), _given_name(speaker, keep_places=True)
    return bool(first and other) and first[:1] != other[:1]


# Words that open a name without being a given name: ranks and honorifics ("Inspector Gaskin").
_HONORIFICS = frozenset({
    "inspector", "insp", "sergeant", "sgt", "detective", "officer", "constable", "const", "lt", "lieutenant",
    "capt", "captain", "col", "colonel", "gen", "dr", "mr", "mrs", "ms", "prof", "professor", "judge", "sheriff",
    "the", "sen", "senator", "rep", "gov", "mayor", "chief", "deputy",
})


def _given_name(name: str, keep_places: bool = False) -> str:
    """The given name opening a full personal name ("Rosa" of "Rosa Ortiz"), "" when the name
    is a surname alone or opens with a rank or a title ("Inspector Gaskin") or holds a
    possessive ("The Center's Murray") or a lowercase word ("Deir al-Zor Moumtzis", commas
    lost: a place before a surname); lowercase words before it are passed ("17-year-old X").
    With keep_places a place's name is kept: when both names compared open with one, two places
    run into one surname is far rarer than two relatives whose given names are also places."""
    if "'" in name or "’" in name:
        return ""  # "The Center's Murray": a body's person, no given name
    words = name.split()
    while words and not words[0][:1].isupper():
        words = words[1:]  # past "17-year-old"
    if any(not word[:1].isupper() for word in words):
        return ""  # "Deir al-Zor Moumtzis": a place run into a surname, or a particle
    first = words[0] if len(words) > 1 else ""
    if not first.isalpha() or first.lower() in _HONORIFICS | word_table()["title"]:
        return ""
    if not keep_places and lookup(first)[1] == "exact":
        return ""  # "Hama Ostrander": a place run into a surname (commas lost) as often as a given name
    return first.lower()


def person_source(name: str, earlier: list[AttributionFact], bounded: bool = False) -> Source:
    """A person alone speaks for the organisation they spoke for earlier ("Haddad said").
    `bounded`: no preposition stands right before the name (see _other_given_name)."""
    key = normalise_person(name)
    surname = name.split()[-1].lower()
    for fact in reversed(earlier):
        speaker = normalise_person(fact.source.speaker)
        same_surname = len(surname) > 3 and fact.source.speaker.split()[-1:] == [name.split()[-1]]
        same_surname = same_surname and not _other_given_name(name, fact.source.speaker, bounded)
        if speaker and (speaker.endswith(key) or key.endswith(speaker) or same_surname):
            return Source(primary=fact.source.primary, speaker=fact.source.speaker)
    return Source(primary=name, speaker=name)
