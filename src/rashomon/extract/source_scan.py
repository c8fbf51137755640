"""Backward scan for the source named before a verb of saying ("X said", "X, a local group
that ..., reported", "X and Y said").

Split from attribution.py to keep it under 400 lines: this is the one part that walks the
words before the verb, deciding where a source name begins (a determiner, a connector, an
appositive or a relative clause in between); attribution_phrases.py decides which verbs and frames
carry a source, and source_ends.py what comes after them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rashomon.extract.actors import canonical_actor
from rashomon.extract.attribution_generic import fitting_name
from rashomon.extract.attribution_words import (
    MAX_SOURCE_WORDS,
    clean_name,
    known_actor,
    names_body,
    org_words,
    word_table,
)
from rashomon.extract.gazetteer import lookup
from rashomon.extract.source_bounds import whole_known_name, without_place_noun
from rashomon.extract.source_heads import gerund_body_before, leading_clause_end
from rashomon.extract.source_shapes import CONJUNCT_WINDOW, MAX_APPOSITIVE_WORDS, apposition_name
from rashomon.extract.state_agencies import names_state

# A word of a source phrase: letters and digits with inner apostrophes, dots, ampersands and
# hyphens, and an optional parenthesis around it ("(SOHR)").
WORD = re.compile(r"\(?[A-Za-z0-9][\w'’.&-]*\)?")
# Hyphened modifiers that tie a body to a place or a side and belong to its name ("the
# Britain-based monitor", "the state-run news agency", "the opposition-aligned media centre");
# "-held" is not here: "rebel-held Aleppo" is a place, never a speaker.
_AFFILIATION_SUFFIXES = ("-based", "-run", "-owned", "-backed", "-affiliated", "-aligned", "-linked", "-controlled")
# Particles of Arabic names that stay lower-case inside a name ("al-Asfar", "bin Laden").
_ARABIC_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|az|ez|abu|bin|ibn|abd)-?[A-Z]|(?:al|bin|ibn|abu|abd|el|de)$")

# Heads that name who speaks, never what a relative clause is about: "in Atshan, who is
# nicknamed X, the source confirmed" keeps "the source".
_SPEAKER_NOUNS = frozenset({"source", "sources", "official", "officials", "spokesman", "spokeswoman", "witnesses"})


def source_before(text: str, verb_start: int) -> tuple[int, str]:
    """Scan back from the verb over skippable words ("on Sunday"), then over the words a
    source name is made of; a determiner opens the name unless a connector precedes it
    ("a source at the Police Command")."""
    if "ground" in text and (ground := _ON_THE_GROUND_BEFORE.search(text, 0, verb_start)):
        return _on_the_ground(text, ground)
    if glued := glued_acronym(text, verb_start):
        return glued
    if "," in text[max(0, verb_start - 8) : verb_start] and (age := _AGE_BEFORE.search(text, 0, verb_start)):
        return source_before(text, age.start())  # "Elijah Coleman, 21, told jurors": the name before the age
    if "victim" in text[max(0, verb_start - 60) : verb_start] and (kin := _KIN_OF_VICTIM.search(text, 0, verb_start)):
        return kin.start(1), kin.group(1)  # "the father of one of the victims told X"
    words = list(WORD.finditer(text, 0, verb_start))
    index = len(words) - 1
    while index >= 0 and _skippable(words, index):
        if not _joined(text, words, index, words[index + 1].start() if index + 1 < len(words) else verb_start):
            break
        index -= 1
    end_index = index
    if index >= 1 and (office := _office_before(text, words, index, verb_start)) is not None:
        return office  # "the sheriff's office said", "the coast guard said"
    if index >= 1 and (officer := _body_officer_before(text, words, index, verb_start)) is not None:
        return officer  # "the Syrian Coalition's president said", "the Coalition's media office said"
    if index >= 0 and (body := gerund_body_before(text, words[index].end())) is not None:
        return body  # "The Russian Centre for monitoring the truce in the north said"
    following = words[index + 1].start() if index + 1 < len(words) else verb_start
    pronoun = index >= 0 and words[index].group(0).lower() in word_table()["pronoun"]
    if pronoun and _joined(text, words, index, following):  # '... in the north" he said', '..." They added'
        return words[index].start(), words[index].group(0)  # a pronoun subject, capitalised or not
    while index >= 0 and end_index - index < MAX_SOURCE_WORDS:
        following = words[index + 1].start() if index + 1 < len(words) else verb_start
        joins = index > 0 and joins_name(text, words[index].start(), words[index - 1].group(0))
        joins = joins or index > 0 and _channel_number(words[index].group(0), words[index - 1].group(0))
        joins = joins or index < end_index and _unit_word(words[index].group(0), words[index + 1].group(0))
        joins = joins or _source_family(text, words, index, end_index)  # "a court source said"
        joins = joins or _place_adjective(words, index, end_index)  # "a doctor in the besieged town said"
        if not _joined(text, words, index, following) or not (name_word(words[index].group(0)) or joins):
            break
        if not _collective_fits(words, index, end_index):
            break
        index -= 1
        if words[index + 1].group(0).lower() in word_table()["determiner"] and not _after_connector(words, index):
            break
    first = index + 1
    while first <= end_index and words[first].group(0).lower() in word_table()["connector"]:
        first += 1
    if first > end_index:
        return _after_appositive(text, words, end_index, verb_start)
    first = _head_before_of(text, words, first)
    first = _body_owning_title(text, words, first)
    start = words[first].start()
    phrase = text[start : words[end_index].end()]
    relative = re.search(r"\s(?:which|who)\s+(?!the\s|a\s|an\s|it\s|they\s)(?:\S+\s+){1,5}$", text[:start])
    speaker_head = phrase.split(" of ")[0].split()[-1].lower() in _SPEAKER_NOUNS  # "a network of sources": network
    if relative and not speaker_head:  # "The group which advocates the opposition said": the group
        earlier_start, earlier_phrase = source_before(text, relative.start())
        if earlier_phrase and leading_clause_end(text, relative.start()):  # "X who heads the Y said"
            return earlier_start, text[earlier_start : start + len(phrase)]
        if earlier_phrase:
            return earlier_start, earlier_phrase
    if (owner := _affiliated_owner(text, start)) is not None:
        return owner
    start, phrase = without_place_noun(*whole_known_name(text, start, phrase))
    if (speaker := _speaker_before_accused(text, start)) is not None:
        return speaker  # "A lawyer for murder suspect X said": the lawyer
    return _apposed_name(text, words, first, start, phrase)


def _speaker_before_accused(text: str, start: int) -> tuple[int, str] | None:
    """The noun phrase before "for/against/of <accused> X" when the name found at `start` is
    that accused person (constant above), else None."""
    window = text[max(0, start - 60) : start]
    if not any(word in window for word in _ACCUSED_WORDS):
        return None
    match = _FOR_ACCUSED.search(text, max(0, start - 90), start)
    return (match.start(1), match.group(1)) if match else None


# Bodies named by a lowercase two-word phrase whose head alone is no speaker: "office" only
# after an officer's possessive ("the governor's office": it speaks for the governor; a bare
# "office" is too often a place, "an official at the governors office in Homs"), "guard" only
# in "coast guard" (a "security guard" is a person the role table reads).
_OFFICE_HEADS = frozenset({"office", "guard"})


def _office_before(text: str, words: list[re.Match[str]], index: int, verb_start: int) -> tuple[int, str] | None:
    """ "the mayor's office" / "the mayors office" / "the coast guard" right before a verb of
    saying, as (start, phrase); None for any other word. Only before the verb itself: before "in"
    ("an official at the governors office in Homs said") the office is where the official works."""
    head = words[index].group(0).lower()
    if head not in _OFFICE_HEADS or not _joined(text, words, index - 1, words[index].start()):
        return None
    verb = re.match(r"\s*([a-z]+)", text[verb_start : verb_start + 20])
    if verb is None or verb.group(1) not in word_table()["verb"]:
        return None
    owner = words[index - 1].group(0)
    if head == "guard":
        return (words[index - 1].start(), f"{owner} guard") if owner.lower() == "coast" else None
    stem = re.sub(r"(?:['’]s|s['’]|['’]|s)$", "", owner).lower()
    if words[index].group(0) != "office" or stem not in word_table()["title"] | _OFFICERS:
        return None  # "the District Attorney's Office": a name, which the scan reads whole
    first = index - 1
    while first > 0 and words[first - 1].group(0)[:1].isupper() and owner[:1].isupper():
        first -= 1  # "The City Attorney's office": the office of the named officer
    if words[first].group(0).lower() in word_table()["determiner"]:
        first += 1  # "The" opening the sentence
    return words[first].start(), text[words[first].start() : words[index].end()]


# Officers whose office speaks for them, beyond the title table ("the sheriff's office").
_OFFICERS = frozenset({"mayor", "sheriff", "prosecutor", "coroner", "examiner", "attorney", "premier"})

# A rank or a kind of office between a body's possessive and the officer: "the Coalition's vice
# president", "its deputy head", "the Coalition's media office".
_OFFICE_MODIFIERS = frozenset({"vice", "deputy", "acting", "assistant", "media", "press", "political"})


def _body_officer_before(
    text: str, words: list[re.Match[str]], index: int, verb_start: int
) -> tuple[int, str] | None:
    """ "The Syrian Coalition's president" / "the Coalition's media office" right before a verb
    of saying, as (start, phrase): a lowercase officer or office after a named body's possessive
    speaks for the body. The scan stops at the lowercase title (no name word), so the body was
    lost. Only right before the verb: "a clerk at the Coalition's media office in X said" is the
    clerk's."""
    first = body_officer_start(text, words, index)
    if first is None:
        return None
    verb = re.match(r"\s*([a-z]+)", text[verb_start : verb_start + 20])
    if verb is None or verb.group(1) not in word_table()["verb"]:
        return None
    return words[first].start(), text[words[first].start() : words[index].end()]


def _body_owning_title(text: str, words: list[re.Match[str]], first: int) -> int:
    """The scan's first word moved back to the body owning the lowercase title at or right before
    it: "the SNHR's chairman Fadel Haddad", "the White Helmets' deputy head" (the scan stops at a
    title that is no name word, or takes "head" and stops at "deputy"); else `first`."""
    if words[first].group(0).islower():
        title_at = first
    elif first >= 2 and words[first - 1].group(0).islower() and _joined(text, words, first - 1, words[first].start()):
        title_at = first - 1
    else:
        return first
    owner = body_officer_start(text, words, title_at)
    return first if owner is None else owner


def body_officer_start(text: str, words: list[re.Match[str]], index: int) -> int | None:
    """The index of the first word of "the Syrian Coalition's" when word `index` is a lowercase
    title or "office" owned by it (a rank or kind of office between: "vice", "media"), else None.
    Only a body (an organisation word or a known actor) owns it: "Yeltsin's spokesman" stays the
    scan's. The lowercase-title test comes first and keeps this off the common path."""
    head = words[index].group(0)
    if not head.islower() or (head != "office" and head not in word_table()["title"]):
        return None
    owner_at = index - 1
    if owner_at >= 1 and words[owner_at].group(0) in _OFFICE_MODIFIERS:
        owner_at -= 1  # "the Coalition's vice president"
    owner = words[owner_at].group(0)
    if owner_at < 0 or not owner.endswith(("'s", "’s", "s'", "s’")) or not owner[:1].isupper():
        return None  # "the Coalition's", "the White Helmets'"
    if any(not _joined(text, words, k, words[k + 1].start()) for k in range(owner_at, index)):
        return None
    first = owner_at
    while first > 0 and words[first - 1].group(0)[:1].isupper():
        if not _joined(text, words, first - 1, words[first].start()):
            break
        first -= 1  # "the Syrian Coalition's": the whole name
    if words[first].group(0).lower() in word_table()["determiner"]:
        first += 1  # "The" opening the sentence
    body = text[words[first].start() : words[owner_at].end() - (1 if owner[-1] in "'’" else 2)]
    if not names_body(body):
        return None
    return first


# An affiliation between a speaker and its verb, commas dropped: "The Amaq news agency affiliated
# with Daesh claimed": the scan stops at the body it belongs to, which is not who speaks. Only a
# speaker with a name of its own is taken; an unnamed one ("militants linked to X") stays X's.
_AFFILIATED = re.compile(r"\s(?:affiliated\s+with|linked\s+to)\s+(?:the\s+)?$")
_AFFILIATED_WINDOW = 25


def _affiliated_owner(text: str, start: int) -> tuple[int, str] | None:
    """The speaker before "affiliated with <the name found>", or None; a substring test first
    keeps the regex off the common path."""
    window = text[max(0, start - _AFFILIATED_WINDOW) : start]
    if "affiliated" not in window and "linked" not in window:
        return None
    found = _AFFILIATED.search(text, max(0, start - _AFFILIATED_WINDOW), start)
    if found is None:
        return None
    earlier_start, earlier_phrase = source_before(text, found.start())
    if not any(word[:1].isupper() for word in earlier_phrase.split()[1:]):
        return None  # "Militants linked to al-Qaeda said", "A news agency linked to X": no name of its own
    return earlier_start, earlier_phrase


# An agency acronym glued to the word before it ("... in the first wave of the attackFNA
# reports."): the flattened text dropped the space, and the words before the acronym end
# the claim, not the source's name. Two to six capitals right after a lowercase letter.
_GLUED_ACRONYM = re.compile(r"(?<=[a-z])[A-Z]{2,6}\s+$")
# Characters looked back over for it: the acronym and the space before the verb.
_GLUED_WINDOW = 10


def glued_acronym(text: str, verb_start: int) -> tuple[int, str] | None:
    """The acronym glued to the word before the verb, as (start, name), or None. Why: the scan
    reads "attackFNA" as one lowercase word, no name, and the source is lost."""
    if not text[max(0, verb_start - 2) : verb_start].strip()[-1:].isupper():
        return None  # cheap test: the word before the verb must end in a capital
    glued = _GLUED_ACRONYM.search(text, max(0, verb_start - _GLUED_WINDOW), verb_start)
    if glued is None:
        return None
    return glued.start(), glued.group(0).strip()


# Where an unnamed source stands, kept with it: "sources on the ground" are local sources
# (data/attribution_roles.tsv), not any sources. "A source on the ground said": the scan stops at
# "ground", so the phrase is cut and added back; "according to sources on the ground" reads it
# after the name (attribution_phrases.py).
ON_THE_GROUND = re.compile(r"\s+on\s+the\s+ground\b")
# A speaker named by a role and a preposition before the accused ("A lawyer for murder suspect
# X said", "A key witness against defendant X identified him"): the name after the accused's
# label is who the role serves or faces, the role is who speaks.
_ACCUSED_WORDS = ("suspect", "defendant", "accused", "gunman", "shooter", "killer", "convict", "inmate")
_FOR_ACCUSED = re.compile(
    r"\b((?i:an?|the)\s+(?:[a-z-]+\s+){0,2}?[a-z]+)\s+(?:for|against|of|representing)\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,3}?(?:suspect|defendant|accused|gunman|shooter|killer|convict|inmate)\s+$"
)
# A person's age in commas between the name and the verb ("John Grant, 45, said", US and wire
# style): the number is no word of a name, so the backward scan stopped on it and found nobody.
_AGE_BEFORE = re.compile(r"(?<=[A-Za-z]),\s*\d{1,3},\s*$")
# A victim's relative speaking ("the father of one of the victims said", "a cousin of a victim
# told"): "victims" is no word of a source's name, so the backward scan stops on it and finds
# nobody; the whole phrase, relative and victim, is who speaks.
_KIN_OF_VICTIM = re.compile(
    r"\b((?i:the|an?)\s+(?i:father|mother|parents?|brother|sister|son|daughter|husband|wife|widow|uncle|aunt"
    r"|cousin|nephew|niece|grand(?:father|mother|son|daughter)|relatives?|family(?:\s+members?)?)"
    r"\s+of\s+(?:(?:one|two|some|several|many)\s+of\s+)?(?:the\s+|an?\s+)?(?:[a-z-]+\s+)?victims?)"
    r"(?:\s+(?:also|later))?\s*$"
)
_ON_THE_GROUND_BEFORE = re.compile(ON_THE_GROUND.pattern + r"[\s,]*$")


def _on_the_ground(text: str, ground: re.Match[str]) -> tuple[int, str]:
    """The source before "on the ground" with the phrase kept on it ('' when none stands there)."""
    start, phrase = source_before(text, ground.start())
    if not phrase:
        return start, phrase
    return start, phrase + " on the ground"


# Collective nouns of people at work: "a hospital staff said", "a hospital staff member told", "the
# rescue team said". Inside a run of nouns they are the head or stand before "member(s)"; anywhere
# else they close a victim phrase that ran on into the speaker, no comma between ("shelling
# wounded six of the clinic staff residents said": the residents speak).
_COLLECTIVES = frozenset({"staff", "staffers", "crew", "crews", "team", "teams"})


def _collective_fits(words: list[re.Match[str]], index: int, end_index: int) -> bool:
    """Whether word `index` may join the source phrase as far as collective nouns go: any word
    that is not one, the phrase's head, or a collective right before "member(s)"."""
    if index == end_index or words[index].group(0).lower() not in _COLLECTIVES:
        return True
    return words[index + 1].group(0).lower() in ("member", "members")


# Document nouns in the skip list stand for "in a statement" between a source and its verb;
# alone they are the subject ("The statement said"), resolved to its issuer by issuer_sources.py.
_DOCUMENT_SKIPS = frozenset({"statement"})


def _head_before_of(text: str, words: list[re.Match[str]], first: int) -> int:
    """ "opponents of President X say": a lowercase plural noun before "of" is the head the name
    after it belongs to (the scan stopped at it); its index, else `first` unchanged."""
    if first < 2 or words[first - 1].group(0).lower() != "of":
        return first
    if not _joined(text, words, first - 2, words[first - 1].start()):
        return first
    head = words[first - 2].group(0)
    plural_noun = head.islower() and head.endswith("s") and not head.endswith(("ss", "ings", "ous"))
    return first - 2 if plural_noun and head not in word_table()["stop"] and name_word(head) is False else first


# Lowercase words in -ly that are nouns, not adverbs: "the daily said", "a regime ally said".
_LY_NOUNS = frozenset(
    {"daily", "weekly", "monthly", "quarterly", "yearly", "ally", "family", "assembly", "rally", "supply", "elderly"}
)


def _skippable(words: list[re.Match[str]], index: int) -> bool:
    """Whether word `index` lies between a source and its verb ("on Sunday", "in a statement",
    an adverb in -ly: "the monitor recently reported", "the ministry officially announced")."""
    word = words[index].group(0)
    if _adverb(word):
        return True
    word = word.lower()
    if word not in word_table()["skip"]:
        return False
    if word not in _DOCUMENT_SKIPS:
        return True
    before = [w.group(0).lower() for w in words[max(0, index - 2) : index]]
    return "in" in before  # "in a statement", "in statement": the statement is where, not who


def _adverb(word: str) -> bool:
    """Whether a word is an adverb in -ly ("recently", "separately"): lowercase, not an -ly noun."""
    return word.islower() and len(word) > 4 and word.endswith("ly") and word not in _LY_NOUNS


# "X and Y said", "X as well as Y said": several sources name the figure, the first is kept
# (GUIDELINES.md section 6); at most four words of the second conjunct stand before the verb.
_AND = r"(?:,\s*|\s)(?:and|as\s+well\s+as)\s+"  # what joins two conjuncts
_CONJUNCTION = re.compile(_AND + r"(?:[\w'’-]+\s+){0,3}[\w'’-]*\s*$", re.IGNORECASE)
# Heads of a first conjunct that name who speaks ("a hospital and a civil defence group said",
# "a charity and an aid worker said"), not what was hit ("bombed the town and the monitor said"
# keeps the monitor).
_SPEAKING_HEADS = frozenset(
    {"monitor", "observatory", "group", "groups", "activists", "activist", "hospital", "hospitals", "medics",
     "doctors", "residents", "witnesses", "witness", "sources", "source", "official", "officials", "media", "agency",
     "ministry", "army", "police", "rebels", "committee", "network", "organisation", "organization", "watchdog",
     "rescuers", "authorities", "council", "coalition", "military", "opposition", "reports", "charity", "charities"}
)


def first_conjunct(text: str, start: int, phrase: str) -> tuple[int, str] | None:
    """The first of coordinated sources before the verb, when it names a speaker."""
    end = start + len(phrase)
    conjunction = _CONJUNCTION.search(text, max(0, end - CONJUNCT_WINDOW), end)
    if conjunction is None or conjunction.start() >= end or _new_phrase_after(text, conjunction, start, phrase):
        return None
    first_start, first = source_before(text, conjunction.start())
    if not first.strip() or text[first_start + len(first) : conjunction.start()].strip(" ,"):
        return None  # "The army shelled the town and activists said": the army is no conjunct
    first_start, first = _first_of_list(text, first_start, first)
    second = text[conjunction.end() - len(conjunction.group(0).lstrip(", ")) :].split()[1:2]
    named = clean_name(first, canonical=False)
    if named[:1].isupper() and second and second[0][:1].isupper() and fitting_name(named, org_words()):
        return first_start, text[first_start:end]  # "National Coalition for Syrian Revolution and Opposition Forces"
    if _SHARED_HEAD.match(text[first_start:end]):
        return first_start, text[first_start:end]  # "Local and media sources said": local sources first
    head = first.split()[-1].lower().strip("()")
    titled = any(word.lower() in word_table()["title"] for word in first.split())  # "YPG spokesman X and ..."
    known = titled or known_actor(first) or names_state(first)
    speaking = head in _SPEAKING_HEADS or head.rstrip("s") in org_words()  # "the X Media Center and the Y"
    return (first_start, first) if speaking or known else None


_CONJUNCTION_WORD = re.compile(_AND, re.IGNORECASE)


def _new_phrase_after(text: str, conjunction: re.Match[str], start: int, phrase: str) -> bool:
    """Whether the source opens its own noun phrase after the second conjunct, so the "and"
    joins something else ("fighting both the regime and the rebels a monitor said", commas
    lost): a determiner opens the source with words between it and the "and"."""
    opener = phrase.split()[0].lower() if phrase.split() else ""
    if opener not in ("a", "an", "the"):
        return False
    joined = _CONJUNCTION_WORD.match(text, conjunction.start())
    return joined is not None and bool(text[joined.end() : start].strip())


# Two modifiers sharing one plural head ("Local and media sources", "medical and security
# officials"): the first modifier with the head is the first source named.
_SHARED_HEAD = re.compile(r"^[A-Za-z]+\s+and\s+[a-z]+\s+(?:sources|officials)$")


# Speaker heads that are also nouns of an institution or side, which English puts before another
# noun as its modifier ("opposition activists", "police sources", "hospital officials", "army
# medics", "charity officials"): such a pair is one item, its second word the head. A person noun ("monitor",
# "witness") or a plural ("activists") modifies nothing, so "a war monitor medics" is two items.
_ATTRIBUTIVE_HEADS = frozenset(
    {"opposition", "army", "police", "military", "media", "hospital", "coalition", "council", "ministry",
     "agency", "network", "committee", "organisation", "organization", "observatory", "charity"}
)


# How many earlier items of a list without commas are walked back over ("opposition activists
# former residents and a war monitor said": three items); and how far back one may start.
MAX_LIST_ITEMS = 3
_LIST_WINDOW = 40


def _first_of_list(text: str, start: int, phrase: str) -> tuple[int, str]:
    """The first item of a list of speakers whose commas were lost: two speaker heads in a row
    end an item ("a war monitor medics" -> "a war monitor"), and a speaker head right before the
    phrase (one modifier between) is an earlier item ("activists former residents" -> "activists")."""
    pair = re.search(r"\b([\w'’-]+)\s+([\w'’-]+)\b", phrase)
    while pair is not None:
        first, second = pair.group(1).lower(), pair.group(2).lower()
        if first in _SPEAKING_HEADS and second in _SPEAKING_HEADS and first not in _ATTRIBUTIVE_HEADS:
            phrase = phrase[: pair.end(1)]
            break
        pair = re.compile(r"\b([\w'’-]+)\s+([\w'’-]+)\b").search(phrase, pair.start(2))
    for _ in range(MAX_LIST_ITEMS):
        window = max(0, start - _LIST_WINDOW)
        before = re.search(r"([\w'’-]+)\s+(?:[a-z][\w-]*\s+)?$", text[window:start])
        if before is None or before.group(1).lower() not in _SPEAKING_HEADS:
            break
        earlier_start, earlier = source_before(text, window + before.end(1))
        if not earlier:
            break
        start, phrase = earlier_start, earlier
    return start, phrase


@lru_cache(maxsize=8192)
def name_word(word: str) -> bool:
    """Whether a word can belong to a source name ("Syrian", "monitoring", "of", "(SOHR)")."""
    bare = word.strip("()")
    lowered = bare.lower()
    if len(bare) > 1 and bare.isupper() and bare.isalpha():
        return True  # an acronym, bare or in brackets: "IS said", "the Islamic State (IS) group said" (not "is", "us")
    if lowered in word_table()["stop"] or lowered in word_table()["discourse"]:
        return False
    kinds = ("noun", "connector", "determiner", "outlet")
    if _ARABIC_PARTICLE.match(word):  # "al-Asfar", "bin Laden"
        return True
    if lowered.rstrip("s") in org_words():  # "the Hama media center", "the military media unit"
        return True
    if word.startswith(("pro-", "anti-")) and word.islower():  # "a pro-opposition source": a side
        return True  # ("anti-ISIS" stays out: the name inside would be read as the speaker)
    if lowered.endswith("s") and lowered[:-1] in word_table()["outlet"]:
        return True  # a plural outlet word: "pro-government media outlets said", "two newspapers reported"
    if "-" in lowered and _titled_compound(lowered):
        return True  # "the governor-general of X province": a title joined to a title
    return word[:1].isupper() or word[:1] == "(" or lowered.endswith(_AFFILIATION_SUFFIXES) or any(
        lowered in word_table()[kind] for kind in kinds
    )


def _titled_compound(lowered: str) -> bool:
    """Whether a hyphenated word joins titles only ("governor-general", "secretary-general"):
    English writes some offices as one compound, whose parts the title table knows apart."""
    return all(part in word_table()["title"] for part in lowered.split("-"))


# "the Committee to Defend Writers", "a Commission to Investigate Abuses": "to" inside a body's name, between
# its capitalised head noun and a capitalised verb. Elsewhere "to" ends a name (a stop word).
_NAME_TO = re.compile(r"to\s+[A-Z][a-z]+\s+[A-Z]")


def joins_name(text: str, start: int, previous: str) -> bool:
    """Whether the word at `start` is the "to" of a body's name: after a capitalised organisation word and
    before two capitalised words ("the Committee to Defend Writers said")."""
    if not previous[:1].isupper() or previous.lower().rstrip("s") not in org_words():
        return False
    return bool(_NAME_TO.match(text, start))


def _channel_number(word: str, previous: str) -> bool:
    """Whether `word` is the number in a broadcaster's name ("Channel 9", "France 24", "Channel 4
    News said"): digits after a capitalised outlet word. A bare number is a count, never a name."""
    if not word.isdigit() or len(word) > 3 or not previous[:1].isupper():
        return False
    return previous.lower() in word_table()["outlet"] or previous == "France"


# The ordinal in a military unit's name ("the army's 4th division", "the 5th Corps"), and the
# rank word of a command ("the army general command", "the high command").
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_UNIT_WORDS = frozenset({"division", "brigade", "corps", "regiment", "battalion", "army", "squadron", "fleet"})
_COMMAND_RANKS = frozenset({"general", "high", "supreme"})
_COMMAND_WORDS = frozenset({"command", "staff", "headquarters"})


def _unit_word(word: str, following: str) -> bool:
    """Whether `word` is part of the unit or command named by the word after it ("4th division",
    "general command"): a bare number would be a count and "general" a title, both ending the
    source.

    Why: "The commander of the 5th Corps said" stopped at "5th", and "the Syrian army general
    command said" at "general", so the figure lost its source or kept only "command"."""
    if following.lower() in _UNIT_WORDS:
        return _ORDINAL.fullmatch(word) is not None
    return following.lower() in _COMMAND_WORDS and word.lower() in _COMMAND_RANKS


def _after_connector(words: list[re.Match[str]], index: int) -> bool:
    return index >= 0 and words[index].group(0).lower() in word_table()["connector"]


# A person's name (two to four capitalised words, Arabic particles allowed) right before an
# apposition that gives their title: "Omar Haddad a spokesman for the X Centre told".
_PERSON_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?:\s+(?:(?:al|bin|abu|ibn)[- ])?[A-Z][\w'’-]+){1,3})\s+$")
_PERSON_WINDOW = 60


def _apposed_name(text: str, words: list[re.Match[str]], first: int, start: int, phrase: str) -> tuple[int, str]:
    """"The Local Coordination Committees another monitoring group says": a phrase opened by
    a determiner right after an organisation's name is an apposition, and the name is the source.
    So is a bare organisation head the scan reached alone, stopped by a describing word it does
    not know ("X a London-based independent organization said": only "organization")."""
    bare_head = phrase.islower() and len(phrase.split()) == 1 and phrase.rstrip("s") in org_words()
    if phrase.split()[0].lower() not in word_table()["determiner"] and not bare_head:
        return start, phrase  # a bare head: "X a Beirut-based independent organization has put"
    person = _PERSON_BEFORE.search(text, max(0, start - _PERSON_WINDOW), start)
    titled = bool(set(phrase.lower().split()) & word_table()["title"])
    if person and titled and not org_words() & set(person.group(1).lower().split()):
        return person.start(1), text[person.start(1) : start + len(phrase)]  # "Omar X a spokesman for Y"
    named = apposition_name(text, start, start + len(phrase))
    return named if named is not None else (start, phrase)


# The source nouns a lowercase word right before may qualify: "a court source", "judicial sources".
_FAMILY_HEADS = frozenset({"source", "sources"})
# Words before "sources" that count or withhold them and name no family ("several sources").
_NO_FAMILY = frozenset(
    {"several", "many", "some", "other", "few", "various", "numerous", "multiple", "both", "all", "most",
     "two", "three", "four", "five", "unnamed", "anonymous", "undisclosed", "such", "these", "those", "his", "her"}
)


def _source_family(text: str, words: list[re.Match[str]], index: int, end_index: int) -> bool:
    """Whether word `index` is a lowercase noun or adjective right before the scan's final
    "source(s)": the word says which family the unnamed source belongs to ("a court source",
    "judicial sources"), as "security" does in "a security source"; without it the source
    names no one. Words that end a name (stop, discourse, skip words), counts, participles
    ("highly placed") and the tail of a hyphenated word ("well-placed") never qualify."""
    if index != end_index - 1 or words[end_index].group(0) not in _FAMILY_HEADS:
        return False
    word = words[index].group(0)
    hyphenated = text[max(0, words[index].start() - 1) : words[index].start()] == "-"
    if hyphenated or not (word.isalpha() and word.islower()) or word in _NO_FAMILY or word.endswith("ed"):
        return False
    return not any(word in word_table()[kind] for kind in ("stop", "discourse", "skip"))


# A participle or "-held" adjective between "in/of/at/from the" and a place noun ("a doctor in
# the besieged town", "a resident of the rebel-held city of X"): the place tells where the
# speaker is, and the adjective is no verb ending the name; without this the scan stopped at it
# and took "town" (or "of X") for the speaker. Only when the place closes the name or an "of X"
# follows it: in "in the divided city local activists said" the place is where the figure is.
_PLACE_ADJECTIVE = re.compile(r"[a-z]+(?:-[a-z]+)*(?:ed|-held|-torn|-hit)")
_PLACE_NOUNS = frozenset(
    {"town", "city", "village", "district", "province", "area", "neighbourhood", "neighborhood", "camp",
     "suburb", "suburbs", "countryside", "enclave", "region", "towns", "villages", "areas", "cities"}
)
_PLACE_CONNECTORS = frozenset({"in", "of", "at", "from"})


def _place_adjective(words: list[re.Match[str]], index: int, end_index: int) -> bool:
    """Whether word `index` is an adjective of a place inside a speaker's description: it
    follows "in the" (or "of/at/from the") and precedes a place noun that ends the name or has
    "of" after it (constants above)."""
    if index < 2 or index + 1 > end_index or words[index + 1].group(0).lower() not in _PLACE_NOUNS:
        return False
    if index + 1 < end_index and words[index + 2].group(0) != "of":
        return False
    if words[index - 1].group(0).lower() != "the" or words[index - 2].group(0).lower() not in _PLACE_CONNECTORS:
        return False
    return _PLACE_ADJECTIVE.fullmatch(words[index].group(0)) is not None


def _joined(text: str, words: list[re.Match[str]], index: int, next_start: int) -> bool:
    """Whether only spaces separate word `index` from what follows (no comma, no quote)."""
    return text[words[index].end() : next_start].strip() == ""


# What an appositive between a source and its verb may open with: a determiner or relative
# word ("X, a local group that ..., said"), or an affiliation ("X, affiliated with Y, claimed":
# X speaks, Y is what it belongs to). A bare title ("X, head of the Y, said") is a clause of
# leading (source_heads.py). Anything else may be a place or a time after a claim, not a speaker.
_APPOSITIVE_OPENER = re.compile(
    r"(?:a|an|the|which|who|based|its|one|citing|quoting|affiliated\s+with|linked\s+to|close\s+to)\b",
    re.IGNORECASE,
)
# "X, also known as Y, said": Y is the name the source goes by.
_KNOWN_AS = re.compile(r"(?:(?:also|better|commonly)\s+)?(?:known as|called|named)\s+(.+)$", re.IGNORECASE)
# A bare title over a body named with "the" ("head of the Russian Reconciliation Center"): a
# body written without it ("director of Fish and Wildlife", "Governor of Qeshm island") is too
# often a place or a name the resolver splits, so it is left as before.
_TITLE_OF_THE = re.compile(r"(?:[\w-]+\s+){1,2}(?:of|for|at)\s+the\s")


def _bare_title(text: str, comma: int, appositive: str) -> bool:
    """Whether the appositive is a title over a body ("X, head of the Y, said"): X speaks for Y."""
    return _TITLE_OF_THE.match(appositive) is not None and leading_clause_end(text, comma) > 0


def _after_appositive(text: str, words: list[re.Match[str]], end_index: int, verb_start: int) -> tuple[int, str]:
    """ "X, a local group that supports ..., reported": the source is X (or the name after
    "known as")."""
    between = text[:verb_start].rstrip()
    if not between.endswith(",") and (named := apposition_name(text, verb_start, verb_start)) is not None:
        return named
    if not between.endswith(","):
        relative = list(re.finditer(r"\s(?:which|who)\s", between))
        if relative:  # "The Observatory which relies on ... said" (commas dropped)
            start, phrase = source_before(text, relative[-1].start())
            if phrase and len(between[relative[-1].end() :].split()) <= MAX_APPOSITIVE_WORDS:
                return start, phrase
        return _before_participle(text, between, verb_start)
    comma = between[:-1].rfind(",")
    if comma < 0:
        return verb_start, ""
    appositive = between[comma + 1 : -1].strip()
    if len(appositive.split()) > MAX_APPOSITIVE_WORDS:
        return verb_start, ""
    named = _KNOWN_AS.match(appositive)
    if named:
        return comma + 1 + appositive.find(named.group(1)) + 1, named.group(1)
    if _PERSON_APPOSITIVE.fullmatch(appositive):  # "the governor of X, John Smith, said"
        return _role_before_name(text, comma, verb_start)
    if not _APPOSITIVE_OPENER.match(appositive) and not _bare_title(text, comma, appositive):
        return verb_start, ""
    start, phrase = source_before(text, comma)
    if phrase and _place_object(text, start):
        return verb_start, ""  # "operators in Kenya and Tanzania, which have beaches, say": not Tanzania
    if phrase and leading_clause_end(text, comma):  # "X, who heads the Y, said": the person with the body
        return start, between[start:-1].rstrip()
    return (start, phrase) if phrase else (verb_start, "")


# A preposition of place, maybe with a first conjunct, right before a phrase: "in Kenya and
# [Tanzania]", "near [Homs]". What it governs is where the subject is, not the subject.
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|near|inside|across)\s+(?:[A-Z][\w'’-]*\s+(?:and|or)\s+)?$")
# How far before the phrase the preposition may stand (characters): a two-word first conjunct.
_PLACE_PREPOSITION_WINDOW = 40


def _place_object(text: str, start: int) -> bool:
    """Whether the phrase at `start`, before an appositive, is the object of a preposition of
    place ("tour operators in Kenya and Tanzania, which ..., say"): the speaker is the noun the
    place modifies, and the appositive describes the place."""
    return _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - _PLACE_PREPOSITION_WINDOW), start) is not None


# A person's name set off by commas right before the verb: two to five capitalised words
# ("Mehdi Irannejad", "Rami Abdel Rahman", "Mehdi iran-Nejad"; a particle may be lowercase);
# not "The X" (an appositive with a determiner is read by the determiner rule).
_PERSON_APPOSITIVE = re.compile(
    r"(?!(?:The|An?)\s)[A-Z][\w'’.-]+(?:\s+(?:(?:al|el|bin|abu|ibn|de|van)\s)?[\w'’.-]*[A-Z][\w'’.-]*){1,4}"
)


def _role_before_name(text: str, comma: int, verb_start: int) -> tuple[int, str]:
    """ "the governor of X, John Smith, said": the name only says who holds the role, so the
    role phrase before the first comma is the subject (a title or an organisation head ends
    it); without one ("Smith's brother, John Smith, said"), no source phrase."""
    start, phrase = source_before(text, comma)
    lowered = set(re.findall(r"[a-z]+", phrase.lower()))
    if not phrase or not (lowered & word_table()["title"] or {w.rstrip("s") for w in lowered} & org_words()):
        return _named_after_relation(text, comma, verb_start)
    return start, phrase


# Someone's relation or employee before a comma: "Smith's campaign manager", "the mayor's lawyer".
_RELATION_BEFORE = re.compile(r"[\w'’-]*\w['’]s\s+(?:[a-z-]+\s+){0,2}[a-z]+\s*$")
# How far before the comma the possessive may stand (characters): four words.
_RELATION_WINDOW = 50


def _named_after_relation(text: str, comma: int, verb_start: int) -> tuple[int, str]:
    """ "Smith's campaign manager, Tom Reed, said": the role says whose man he is, not a body he
    speaks for, so the named person is the source; no source phrase after any other phrase."""
    if not _RELATION_BEFORE.search(text, max(0, comma - _RELATION_WINDOW), comma):
        return verb_start, ""
    name = text[comma + 1 : verb_start].strip().rstrip(",").strip()
    return text.index(name, comma), name


# A participle phrase between an unnamed speaker and the verb, commas absent: "A doctor going by
# the name of Y for fear of reprisal said", "a nurse speaking on condition of anonymity told".
_PARTICIPLE_CUES = ("going by", "speaking on", "speaking from", "asking not to")
_PARTICIPLE = re.compile(
    r"\s(?:" + "|".join(cue.replace(" ", r"\s+") for cue in _PARTICIPLE_CUES) + r")\s[^;:\"“”]{0,120}$", re.IGNORECASE
)
_PARTICIPLE_WINDOW = 160


def _before_participle(text: str, between: str, verb_start: int) -> tuple[int, str]:
    """The speaker before a participle phrase that runs up to the verb, or no phrase; the
    substring test keeps this off the common path."""
    window = between[max(0, len(between) - _PARTICIPLE_WINDOW) :]
    if not any(cue in window.lower() for cue in _PARTICIPLE_CUES):
        return verb_start, ""
    found = _PARTICIPLE.search(between, max(0, len(between) - _PARTICIPLE_WINDOW))
    if found is None:
        return verb_start, ""
    start, phrase = source_before(text, found.start())
    return (start, phrase) if phrase else (verb_start, "")


# A place right after a locative preposition (up to two modifiers between: "in rebel-held",
# "based in") is where the speaker is, never the speaker: "a civil defence worker in rebel-held
# Aleppo told", "the Observatory based in Britain said", "residents of Daraya near Damascus said".
# 60 characters hold the preposition and two modifiers.
_LOCATIVE = re.compile(r"(?:\bbased\s+)?\b(?:in|at|near|from|outside|inside)\s+(?:[a-z][\w-]*\s+){0,2}$")
_LOCATIVE_WINDOW = 60
_COMPASS = re.compile(
    r"^(?:the\s+)?(?:north|south|east|west|northern|southern|eastern|western|central)\S*\s+", re.IGNORECASE
)


def behind_place(text: str, start: int, phrase: str) -> tuple[int, str]:
    """The speaker a place phrase after a locative preposition belongs to (the name before the
    preposition, with the place as its trailer), or no phrase when none is named."""
    loc = _LOCATIVE.search(text, max(0, start - _LOCATIVE_WINDOW), start) if phrase else None
    if loc is None or not _is_place(phrase):
        return start, phrase
    before_start, before = source_before(text, loc.start())
    if before:
        return before_start, text[before_start : start + len(phrase)]
    return start, ""


# A locative phrase ending a scanned run, its capitalised words after the preposition: "... district
# in Aleppo Ibrahim X told", commas lost between the place and the speaker after it.
# The place noun must end the words before the preposition: "a source at Aleppo Police Command"
# is a speaker placed in an office, not a place run into a name.
_LOCATIVE_TAIL = re.compile(
    r"\s(?:district|neighbou?rhood|town|city|village|area|province|countryside|suburb|camp|region)"
    r"\s+(?:in|at|near|of)\s+((?:[A-Z][\w'’-]*\s+){1,6}[A-Z][\w'’-]*)$"
)


def after_place(start: int, phrase: str) -> tuple[int, str]:
    """The person named right after a place that ends a locative phrase ("the Bab X district in
    Aleppo Ibrahim Y told Anadolu": Ibrahim Y): the place's longest leading run of words the
    gazetteer knows, then two or more capitalised words that name no organisation or actor;
    else the phrase unchanged."""
    tail = _LOCATIVE_TAIL.search(phrase)
    if tail is None:
        return start, phrase
    words = tail.group(1).split()
    for cut in range(len(words) - 2, 0, -1):
        rest = words[cut:]
        if _is_place(" ".join(words[:cut])) and _names_person(rest):
            return start + phrase.rindex(" ".join(rest)), " ".join(rest)
    return start, phrase


# A lowercase source run on after a place that closes a locative phrase, commas lost: "killed 40
# rebels in Qusayr activists said", "... in Douma state television reported". The head noun must
# be one that speaks.
_PLACE_THEN_SOURCE = re.compile(
    r"\s(?:in|near|at|outside)\s+((?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?(?:[A-Z][\w'’-]*\s+){1,3}?)"
    r"((?:[a-z][\w-]*\s+){0,2}"
    r"(?:activists|media|television|tv|sources|officials|residents|medics|doctors|rescuers|monitors))$"
)


def lowercase_after_place(start: int, phrase: str) -> tuple[int, str]:
    """The lowercase source after a known place ending a locative phrase ("rebels in Qusayr state
    television": state television); else the phrase unchanged. The scan back from the verb ran
    over the place and the victims before it."""
    if " in " not in phrase and " near " not in phrase and " at " not in phrase and " outside " not in phrase:
        return start, phrase  # a cheap gate
    tail = _PLACE_THEN_SOURCE.search(phrase)
    if tail is None or not _is_place(tail.group(1).strip()):
        return start, phrase
    return start + tail.start(2), tail.group(2)


def _names_person(words: list[str]) -> bool:
    """Two to four capitalised words with no organisation word, naming no known actor."""
    if not 2 <= len(words) <= 4 or any(w.lower().rstrip("s") in org_words() for w in words):
        return False
    return canonical_actor(" ".join(words)) is None


# A headline's place owned by its country: "Syria's Hama", "Iraq's Mosul".
_COUNTRY_OWNER = re.compile(r"^([A-Z][\w-]*)['’]s\s+(?=[A-Z])")


@lru_cache(maxsize=4096)
def _is_place(phrase: str) -> bool:
    """Whether a phrase names only a place the gazetteer knows ("Aleppo", "northern Syria"),
    or one owned by a place ("Syria's Hama": headlines write it so)."""
    bare = _COMPASS.sub("", phrase.strip())
    if "'" in bare or "’" in bare:
        owner = _COUNTRY_OWNER.match(bare)
        if owner is not None:
            return _is_place(owner.group(1)) and _is_place(bare[owner.end() :])
    if not bare[:1].isupper() or canonical_actor(bare) is not None:
        return False
    places, quality = lookup(bare)
    if bare.isupper() and len(bare) >= MIN_ACRONYM_PLACE:  # "AMN reported": a gazetteer code is no place
        return quality == "exact" and any(place.feature == "country" for place in places)
    return quality in ("exact", "loose")


# From this length an upper-case word is an acronym, read as a place only when it names a
# country ("UAE"): the gazetteer's codes and alternate names make "AMN", "SDF", "YPG" towns.
MIN_ACRONYM_PLACE = 3


# A place read into the speaker's name after a preposition, commas lost: "... kill 22 in Aleppo
# monitor says", "... of Eastern Ghouta activists said".
_PLACE_LED = re.compile(r"^((?:[A-Z][\w'’-]*\s+){1,3})((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|near|at|around|outside|across)\s+$")


def without_leading_place(cleaned: str, before: str) -> str:
    """The lowercase speaker of a phrase that opens with a place the gazetteer knows, right
    after a locative preposition ("in | Aleppo monitor"): the place is where, not who.

    Why: FA-KES headlines drop the comma before "monitor says", and the place then reads as
    part of a name that no later mention of the monitor matches."""
    if not cleaned[:1].isupper() or not _PREPOSITION_BEFORE.search(before):
        return cleaned
    led = _PLACE_LED.match(cleaned)
    if led is None or canonical_actor(cleaned) is not None or not _is_place(led.group(1).strip()):
        return cleaned
    return led.group(2)


# A victim phrase, a locative preposition and a place run into an outlet's name, commas lost:
# "killed 48 militants in Homs Fars news agency reported". The place ends the incident phrase,
# the outlet after it is who reports.
_LOCATIVE_IN_PHRASE = re.compile(r"\b[a-z][\w-]*\s+(?:in|near|outside|around)\s+")
_MAX_PLACE_WORDS = 3


def outlet_after_place(phrase: str, before: str) -> int | None:
    """Where the outlet's name starts in a phrase that runs "<noun> in <place> <outlet>" (or
    "<place> <outlet>" after "in" in the text before), or None.

    Why: Al-Alam and FNA-style texts end a sentence "... in Eastern Homs Fars news agency
    reported"; the backward scan reads the victims and the place into the source, and the
    figure then counts as part of its own source, or as the armed group it names."""
    place_start = None
    if " in " in phrase or " near " in phrase or " outside " in phrase or " around " in phrase:
        for locative in _LOCATIVE_IN_PHRASE.finditer(phrase):
            place_start = locative.end()  # the last preposition: the place right before the outlet
    if place_start is None and _PREPOSITION_BEFORE.search(before):
        place_start = 0
    if place_start is None:
        return None
    words = list(re.finditer(r"\S+", phrase[place_start:]))
    for count in range(1, min(_MAX_PLACE_WORDS, len(words) - 1) + 1):
        place = phrase[place_start : place_start + words[count - 1].end()]
        rest = phrase[place_start + words[count].start() :]
        if rest[:1].isupper() and _names_outlet(rest) and _is_place(place):
            return place_start + words[count].start()
    return None


def _names_outlet(name: str) -> bool:
    """Whether a capitalised run names a news outlet: its own word says so ("Fars news agency",
    "Press TV") or the actor table knows it as one."""
    outlet_words = word_table()["outlet"]
    if any(word in outlet_words for word in name.lower().split()) or "news agency" in name.lower():
        return True
    known = canonical_actor(name)
    return known is not None and known[2] == "news agency"
