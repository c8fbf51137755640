"""Source phrases that are not the name they look like: a lone capitalised common noun, a
fragment of a longer name, a distinct organisation an alias table would shorten, and a
government body an actor table files under the force it speaks for.

The backward scan in source_scan.py takes words until one cannot belong to a name, so what it
returns is sometimes not a name at all: "Sources said" opening a sentence is the common noun
"sources", not a body called Sources; "a group that monitors human rights in Syria said" yields
"monitors human rights in Syria", whose head "rights" is what is spoken about, never who speaks.
And the name lookup can over-reach the other way: "Kurdish Red Crescent" is a society of its own,
not the "Red Crescent" a table reaches by dropping (or aliasing away) its first word, while
"Syria SANA" (a place run into an outlet's name) is still SANA. These checks are kept apart from
attribution_names.py, which resolves a phrase once it is known to be a name.
"""

from __future__ import annotations

import re

from rashomon.extract.actors import canonical_actor

# Heads that describe what a body is about or how it is placed, never who speaks: a phrase
# ending in one of them before its first connector ("human rights in Syria", "the eastern
# countryside") is part of a name the scan cut, or no name. Chosen from the modifiers of the
# noun list in data/attribution_words.tsv that can never stand alone as a speaker.
_NOT_HEADS = frozenset(
    {"rights", "human", "monitoring", "humanitarian", "informed", "reliable", "trusted", "preliminary", "initial",
     "rural", "eastern", "western", "northern", "southern", "central", "regional", "countryside"}
)
# Connectors after which the rest of a phrase is a place or a possessor ("X in Syria", "X of Y").
_CONNECTORS = frozenset({"of", "for", "at", "in", "from", "with", "on"})
# Lone common nouns that open a sentence (or are capitalised in a headline) and name no body.
_COMMON_SOURCES = frozenset(
    {"sources", "source", "officials", "official", "activists", "activist", "reports", "report", "witnesses",
     "residents", "medics", "doctors", "rescuers", "monitors", "authorities", "observers", "analysts"}
)
# A nationality or community adjective ("Kurdish", "Iraqi", "Palestinian", "Lebanese"): before an
# organisation's name it names a distinct body of that community, unlike a place noun run into
# the name by a dateline ("Hama Human Rights Watch", "Syria SANA").
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ish|ese|i|can)$")
# A government body that speaks for a fighting force ("the Pentagon", "the Russian Defence
# Ministry"): the actor table files it under the force (who fights), but the speaker is the body,
# and GUIDELINES.md section 6 names it (pentagon, russian-mod), not the force.
_GOVERNMENT_BODY = re.compile(r"\b(?:ministry|department|pentagon)\b", re.IGNORECASE)
_FORCE_KINDS = frozenset({"state forces", "foreign forces"})
_ARMED_KINDS = frozenset({"armed group"})
# A speaker's head after a force's name: the person or office speaking for it.
_SPEAKER_HEAD = re.compile(r"\b(?:official|officials|spokesman|spokeswoman|spokesperson)$", re.IGNORECASE)
# Kinds whose name a place or a credit before it never changes (an outlet is the outlet).
_OUTLET_KINDS = frozenset({"news agency", "media", "outlet"})


def common_noun(cleaned: str) -> str:
    """ "Sources" as a whole source phrase is "sources": a common noun capitalised by its place
    in the sentence, unless a table knows the word as a body's name."""
    if " " in cleaned or not cleaned[:1].isupper() or cleaned.lower() not in _COMMON_SOURCES:
        return cleaned
    return cleaned if canonical_actor(cleaned) is not None else cleaned.lower()


# Place nouns: "the rebel stronghold of X" or "the province of Y" names where something happened
# (the object of a preposition the backward scan read past), never who speaks.
_PLACE_HEADS = frozenset(
    {"town", "village", "city", "stronghold", "province", "governorate", "district", "suburb",
     "neighbourhood", "neighborhood", "region"}
)


_PLACE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_PLACE_HEADS)) + r")\s+of\s+$")


def is_place(cleaned: str, before: str, body_words: frozenset[str]) -> bool:
    """Whether a phrase is a place's own name right after its place noun and "of" in `before`,
    the text preceding it ("the rebel stronghold of | Kafr Dael reported ..."): the object of a
    preposition the backward scan read up to, not who speaks. Every word must be a name's word
    ("al-Joz" included): a lowercase word ("... of Aleppo state television") shows a speaker
    follows the place, and so does an organisation's word (`body_words`) or an acronym in
    brackets. A name a table knows is never a place."""
    words = cleaned.split()
    if not words or not _PLACE_BEFORE.search(before) or canonical_actor(cleaned) is not None:
        return False
    if {word.lower().strip("()").rstrip("s") for word in words} & body_words:
        return False  # "... of Aleppo Syria Live Network": an organisation's name follows the place
    return all(any(char.isupper() for char in word) and word[:1] != "(" for word in words)


def is_fragment(cleaned: str) -> bool:
    """Whether a phrase's head (its last word before the first connector) only describes: "human
    rights in Syria" is no source. A name a table knows is never a fragment."""
    words = cleaned.split()
    cut = next((i for i, word in enumerate(words) if i and word.lower() in _CONNECTORS), len(words))
    if not cut:
        return False
    head = words[cut - 1]
    describing = head.lower() == "rights" or (head == head.lower() and head in _NOT_HEADS)
    return describing and canonical_actor(cleaned) is None


# Labels of a web page's furniture ("Related", "Print", "Tweet"): a flattened page runs them into
# the headlines of other stories, whose words the backward scan then reads as a speaker.
_PAGE_LABELS = frozenset({"related", "print", "tweet", "share", "views", "comments", "advertisement"})


def is_page_run(cleaned: str) -> bool:
    """Whether a phrase is page furniture, not a speaker: it opens with a page label ("Related
    X says ...": the headline of another story the page links to). A name a table knows is never
    a page run."""
    words = cleaned.split()
    if len(words) < 2 or canonical_actor(cleaned) is not None:
        return False
    return words[0][:1].isupper() and words[0].lower() in _PAGE_LABELS


def distinct_name(phrase: str, display: str, kind: str) -> bool:
    """Whether `phrase` names a body distinct from the table's `display` name it ends in:
    "Kurdish Red Crescent" (community adjective + name) is kept whole; an outlet is never split."""
    words, named = phrase.split(), display.split()
    if kind in _OUTLET_KINDS or len(words) <= len(named):
        return False
    if [w.lower() for w in words[-len(named) :]] != [w.lower() for w in named]:
        return False
    return bool(_DEMONYM.match(words[-len(named) - 1]))


def speaks_for_force(cleaned: str, kind: str) -> bool:
    """Whether a government body is named where the table knows only the force it speaks for
    ("the Pentagon said" is the Pentagon, not the US-led coalition): kept as written."""
    if kind in _FORCE_KINDS | _ARMED_KINDS and _SPEAKER_HEAD.search(cleaned):
        return True  # "the NDF official told": an official speaking, not the militia fighting
    return kind in _FORCE_KINDS and _GOVERNMENT_BODY.search(cleaned) is not None


# Hyphened modifiers that place or tie a body ("London-based", "state-run"), capitalised or not.
_AFFILIATED = re.compile(r"^[\w]+-(?:based|run|owned|backed|affiliated|aligned|linked)$", re.IGNORECASE)


# Heads a nationality only describes ("a Syrian monitoring group"), unlike a state body it
# picks out ("the Turkish health ministry" is one ministry, not the last ministry named).
_DESCRIBED_HEADS = frozenset(
    {"monitor", "observatory", "watchdog", "group", "organisation", "organization", "network", "ngo", "broadcaster"}
)


def described_common(cleaned: str) -> bool:
    """Whether a definite phrase whose head is a lowercase common noun is a description, not a
    name: its capitalised words are only nationalities or places a hyphened modifier ties it to
    ("the London-based Syrian opposition organization"). A name capitalises its head ("the Syrian
    Opposition Organization"); a description refers back to a body named before."""
    words = cleaned.split()
    if len(words) < 2 or words[-1] not in _DESCRIBED_HEADS:
        return False
    capitalised = [w for w in words[:-1] if w[:1].isupper()]
    return bool(capitalised) and all(_DEMONYM.match(w) or _AFFILIATED.match(w) for w in capitalised)
