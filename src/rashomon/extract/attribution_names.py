"""What a source phrase names: the primary source and the speaker behind an attribution.

attribution.py finds the phrase ("SOHR chief Omar Haddad", "the monitor", "he",
"a human rights group"); this module decides who it is, so that one monitor quoted under
five names is one source. It is the dispatcher over the kinds of phrase: a document ("the
statement", issuer_sources.py), a role ("a medic", role_sources.py), a person with a title,
a surname or a pronoun (attribution_persons.py), a generic head ("the monitor", "a human
rights group", attribution_generic.py), and else a name, kept as written for the speakers
the guidelines name apart (state television, the political opposition, the military) or
given its canonical form (`canonical_actor`).
"""
from __future__ import annotations

import dataclasses
import re

from rashomon.extract.actors import canonical_actor, story_country
from rashomon.extract.attribution_generic import (
    armed_group_before,
    generic_source,
    outlet_named_before,
    outlet_named_next,
    same_head_before,
    unnamed_monitors,
)
from rashomon.extract.attribution_persons import (
    earlier_speaker,
    is_person,
    person_source,
    pronoun_source,
    titled_source,
)
from rashomon.extract.attribution_words import MAX_SOURCE_WORDS, Found, clean_name, generic_heads, org_words, word_table
from rashomon.extract.issuer_sources import document_head, issuer_source
from rashomon.extract.role_sources import SYRIA_RESCUE, role_family
from rashomon.extract.source_descriptors import figures_owner
from rashomon.extract.source_fragments import (
    common_noun,
    described_common,
    is_fragment,
    is_page_run,
    is_place,
    speaks_for_force,
)
from rashomon.extract.source_scan import without_leading_place
from rashomon.extract.source_typos import misspelt_actor
from rashomon.model import AttributionFact, Sentence, Source

# Two modifiers sharing one plural head (source_scan.first_conjunct keeps both).
_SHARED_HEAD = re.compile(r"^([A-Za-z]+)\s+and\s+[a-z]+\s+(sources|officials)$")
# Head words of a phrase that names figures rather than who gives them.
_NOT_SPEAKERS = frozenset({"data", "figures", "information", "estimates", "statistics", "numbers"})
# State broadcasters and "state media" are sources of their own (GUIDELINES.md section 6:
# state-tv, state-media), not the state news agency an alias table may fold them into.
_STATE_BROADCAST = re.compile(
    r"\b(?:state|official|government)\s+(?:\w+\s+)?(?:television|tv|media|radio|channel|broadcaster)\b", re.IGNORECASE
)
_AGENCY_NAMED = re.compile(r"\b(?:SANA|news\s+agency)\b")
# Phrases naming the political opposition ("opposition groups", "the Syrian opposition"), kept
# as written: an actor table maps them to an armed group, which is not who speaks (GUIDELINES.md
# section 6: opposition figures/groups). A fighting head ("opposition fighters") is armed;
# "opposition forces said" is the opposition side speaking as a whole, kept as written too.
# A name in apposition after lowercase describing words ("the press freedom watchdog Hama Media
# Council", "International aid charity Relief Now"): the name of two or more capitalised words
# is the source; the descriptor says what it is. One capitalised word may open the descriptor.
_DESCRIBED_NAME = re.compile(
    r"^(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){1,3}([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and))*\s+[A-Z][\w'’-]*)$"
)
# A preposition right before a person's name: its first word may be a place run in, commas lost
# ("in Hama Ostrander said"), so it is not compared as a given name.
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|at|near|from|on|to|and)\s+$", re.IGNORECASE)
_POLITICAL = re.compile(r"\bopposition\b", re.IGNORECASE)
_FIGHTING = re.compile(
    r"\b(?:fighters|rebels|factions|militants|militias?|brigades?|army|troops)\b", re.IGNORECASE
)
# A state's army or military speaking is kept as named: the actor table's "government forces"
# names who fights, and the gold (section 6) names the speaker "military".
_MILITARY = re.compile(r"\b(?:army|military)\b", re.IGNORECASE)


def resolve_source(
    phrase: str,
    text: str,
    start: int,
    earlier: list[AttributionFact],
    later: list[Found],
    sentences: list[Sentence],
) -> Source | None:
    """The source a phrase names, using what the article said before (and just after)."""

    def resolve(name: str) -> Source | None:  # another phrase of the same place in the article
        return resolve_source(name, text, start, earlier, later, sentences)

    cleaned = clean_name(phrase, canonical=False)
    if shared := _SHARED_HEAD.match(cleaned):  # "Local and media sources": the first, local sources
        phrase = cleaned = f"{shared.group(1)} {shared.group(2)}"
    if (common := common_noun(cleaned)) != cleaned:  # "Sources said": the common noun sources
        phrase = cleaned = common
    if not cleaned or len(cleaned.split()) > MAX_SOURCE_WORDS or cleaned.lower() in word_table()["determiner"]:
        return None
    if is_fragment(cleaned):
        return None  # "human rights in Syria": part of a name the scan cut, nobody who speaks
    if is_place(cleaned, text[max(0, start - 40) : start], org_words()):
        return None  # "the rebel stronghold of Kafr Dael": where it happened, nobody who speaks
    if (speaker := without_leading_place(cleaned, text[max(0, start - 12) : start])) != cleaned:
        phrase = cleaned = speaker  # "kill 22 in Aleppo monitor says": the monitor, not Aleppo's
    if is_page_run(cleaned):
        return None  # "Related <headline>": a page's links run into the text, nobody who speaks
    if cleaned.split()[-1].lower() in _NOT_SPEAKERS:
        if (owner := figures_owner(cleaned)) is not None:  # "the latest SOHR estimates": SOHR's
            return resolve(owner)
        return None  # "according to preliminary data": what is counted, not who counts
    if cleaned.lower() in word_table()["pronoun"]:
        return pronoun_source(cleaned.lower(), earlier)
    if document_head(phrase.strip()):  # "the statement said": who issued it, or nobody
        return issuer_source(phrase.strip(), text, start, earlier, resolve)
    if (family := role_family(cleaned)) is not None:
        if family == SYRIA_RESCUE and _set_outside_syria(text):
            return Source(primary=cleaned)  # "a rescue worker" at a Texas flood: no White Helmets there
        return Source(primary=family)  # "a medic", "residents": the family they speak for
    titled = titled_source(cleaned, earlier, resolve)
    if titled is not None:
        return titled
    head = cleaned.split()[-1].lower()
    if cleaned.lower().startswith("same ") and (last := _last_explicit(earlier)) is not None:
        return last  # "the same source said": whoever was named last, whatever their name
    if cleaned == cleaned.lower() and re.match(r"the\s", phrase.strip(), re.IGNORECASE):
        for fact in reversed(earlier):  # "the source added": the source named before
            if not fact.source.explicit:
                continue
            if head.rstrip("s") in _head_words(fact.source.primary):  # "the source" after "military sources"
                return dataclasses.replace(fact.source, via=list(fact.source.via))
            passer = next((via for via in fact.source.via if head.rstrip("s") in _head_words(via)), None)
            if passer:  # "X's correspondent quoted a police source" ... "the correspondent said"
                return Source(primary=passer)
    if cleaned == cleaned.lower() and (named := _role_named_before(head, earlier)) is not None:
        return named  # "said X, owner of the boat" ... "the boat's owner said": X
    if head == "media" and cleaned == cleaned.lower():
        outlet = outlet_named_next(text, start, later, sentences)
        if outlet:
            return Source(primary=outlet)  # "according to local media" ... "the Hawar news agency said"
    common = cleaned.replace("TV", "tv").lower() == cleaned.replace("TV", "tv")  # "the TV network": no name
    if head == "outlet" and common and (outlet := outlet_named_before(text, start)):
        return Source(primary=outlet)  # "Al-Jazeera ... the news outlet reported"
    if re.match(r"(?:the|an?)\s", phrase.strip(), re.IGNORECASE) and described_common(cleaned):
        common = True  # "the London-based Syrian opposition organization", "a Turkish broadcaster": no name
    if head in generic_heads() and common or len(cleaned.split()) == 1 and head in generic_heads():
        named = generic_source(phrase, text, start, later, sentences) or same_head_before(head, earlier)
        if named is None and cleaned.lower() == "group":
            named = armed_group_before(text, start, sentences)  # "six Hezbollah fighters ... the group said"
        if named is None and head == "agency":
            named = outlet_named_before(text, start)  # "Reuters reported ... the agency added"
        return Source(primary=named or cleaned)
    if (monitor := unnamed_monitors(cleaned, text, start)) is not None:
        return Source(primary=monitor)  # "according to monitors" ... "the Syrian Observatory ... said"
    if is_person(cleaned) and not set(phrase.lower().split()) & word_table()["outlet"]:  # not "Aamaq news agency"
        person = person_source(cleaned, earlier, _bounded(text, start))
        if person.primary == cleaned and (full := _full_name_before(cleaned, text, start)):
            return Source(primary=full, speaker=full)  # "Yanis Varoufakis, a professor" ... "Professor Varoufakis"
        return person
    if _STATE_BROADCAST.search(cleaned) and not _AGENCY_NAMED.search(cleaned):
        return Source(primary=cleaned)  # "Syrian state television" is not the state news agency
    canonical = clean_name(phrase, canonical=True)
    known = canonical_actor(canonical)
    if _POLITICAL.search(cleaned) and not _FIGHTING.search(cleaned) and (known is None or known[2] == "armed group"):
        return Source(primary=cleaned)  # "the Syrian opposition": the political opposition, no armed group
    if known is not None and speaks_for_force(cleaned, known[2]):
        return Source(primary=cleaned)  # "the Pentagon said": the body speaking, not the force
    if _MILITARY.search(cleaned) and (known is None or known[2] == "state forces"):
        return Source(primary=cleaned)  # "the army of the regime said": the military speaking, not "forces"
    if known is None and (speaker := earlier_speaker(cleaned, earlier, _bounded(text, start))) is not None:
        return speaker  # "... in Hama and Deir al-Zor Moumtzis said": the place run into the surname
    if known is None and (named := _DESCRIBED_NAME.match(cleaned)) and _describing(cleaned[: named.start(1)]):
        return resolve(named.group(1))  # "watchdog Hama Media Council": the name, not its descriptor
    if known is None and (typo := misspelt_actor(canonical)) is not None:
        return Source(primary=typo)  # "the Syrian Obervatory for Human Rights"
    return Source(primary=canonical)


# A courtesy title or rank before a surname alone ("Professor Varoufakis", "Mr Papandreou").
_TITLED_SURNAME = re.compile(r"^(?:Professor|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+([A-Z][a-z'’-]{3,})$")


def _full_name_before(name: str, text: str, start: int) -> str:
    """The full name ("Yanis Varoufakis") a titled surname ("Professor Varoufakis") stands for,
    when the article introduced the person earlier without quoting them then (so no earlier
    attribution holds the name); "" when the text before names no given name with it."""
    titled = _TITLED_SURNAME.match(name)
    if titled is None or titled.group(1) not in text[:start]:
        return ""
    for full in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(titled.group(1))}\b", text[:start]):
        if _given_word(full.group(1)):
            return full.group(0)
    return ""


# Capitalised words before a surname that are no given name: a title, or a sentence opening on
# a determiner or adjective ("Other Bush administration officials", "Former Smith aides").
_NOT_GIVEN = frozenset({
    "professor", "prof", "mr", "mrs", "ms", "dr", "other", "another", "former", "both", "each", "every",
    "many", "some", "most", "all", "only", "even", "then", "now", "late", "young", "old", "senior", "junior",
})


def _given_word(word: str) -> bool:
    """Whether a capitalised word before a surname can be a given name (see _NOT_GIVEN)."""
    lowered = word.lower()
    tables = word_table()
    known = lowered in tables["stop"] or lowered in tables["discourse"] or lowered in tables["title"]
    return not known and lowered not in tables["determiner"] and lowered not in _NOT_GIVEN


def _bounded(text: str, start: int) -> bool:
    """Whether no preposition stands right before a name at `start` (see _PREPOSITION_BEFORE)."""
    return _PREPOSITION_BEFORE.search(text, max(0, start - 8), start) is None


def _role_named_before(head: str, earlier: list[AttributionFact]) -> Source | None:
    """The person an earlier attribution named with the role `head` in apposition ("said Ana
    Diaz, owner of the boat", "Ana Diaz, the boat's owner, said"): "the owner said" later is
    that person, not a new unnamed owner. Only a person's own words (speaker and source one)."""
    for fact in reversed(earlier):
        speaker = fact.source.speaker
        if not speaker or speaker != fact.source.primary or head not in fact.sentence:
            continue
        role = rf"{re.escape(speaker)},\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){{0,2}}?{re.escape(head)}\b"
        if re.search(role, fact.sentence):
            return Source(primary=fact.source.primary, speaker=speaker)
    return None


def _set_outside_syria(text: str) -> bool:
    """Whether the story is placed in a country other than Syria: "Syria" in the text settles it
    cheaply; else the places decide (cached per article), and a text with no known place (an
    Idlib village only) stays Syrian, as wire copy on the war is."""
    return "Syria" not in text and story_country(text) not in ("", "SY")


def _last_explicit(earlier: list[AttributionFact]) -> Source | None:
    """A copy of the last source named in the article before ("the same source" points back to it)."""
    for fact in reversed(earlier):
        if fact.source.explicit and fact.source.primary:
            return dataclasses.replace(fact.source, via=list(fact.source.via))
    return None


def _describing(words: str) -> bool:
    """Whether lowercase words before a name only describe it ("press freedom watchdog"), with
    no preposition or clause word that makes the name a place or an object ("source at X")."""
    closed = word_table()["connector"] | word_table()["stop"] | word_table()["determiner"] | word_table()["skip"]
    return not {w for w in words.split() if w.islower()} & closed


def _head_words(name: str) -> set[str]:
    """The lowercase words of a source's name without a plural -s ("military sources": source)."""
    return {w.rstrip("s") for w in name.lower().split()}
