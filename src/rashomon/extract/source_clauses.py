"""The subject of a verb of saying when a clause stands between it and the verb.

source_scan.source_before walks back from the verb over the words a name is made of, so a
subject post-modified by a clause leaves it with the clause's last words: "the Doctors
Association a group that supports clinics in the city said" gives "the city", "rescue
workers operating in opposition-held areas say" and "an official from the forces said" give
nothing, "the aid group that supports it said" gives the object "it". English puts the
subject before its modifiers, so the rule is grammatical, not lexical: when the scan's
phrase is missing or cannot be a speaker, and a relative clause ("that/which/who ..."), a
participle ("operating in ...", "based in ...") or a prepositional phrase ("from the forces")
runs up to the verb, the subject is the speaker-headed phrase before that modifier.

A second shape is the coordinated verb: "the agency did not say when ... and said N were
killed": "said" shares the subject of the first verb (the one before the negation).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rashomon.extract.actors import canonical_actor
from rashomon.extract.attribution_words import clean_name, known_actor, org_words, word_table
from rashomon.extract.issuer_sources import DOCUMENT_NOUNS
from rashomon.extract.nlp import parse_one
from rashomon.extract.source_scan import name_word, source_before
from rashomon.extract.source_shapes import apposition_name
from rashomon.extract.state_agencies import names_state

# Openers of a modifier after a subject noun: a relative pronoun or a participle of place.
_MODIFIER = re.compile(
    r"\s(?:that|which|who|operating|working|based|stationed|living|deployed|active|citing|quoting|relying)\s",
    re.IGNORECASE,
)
# Any other present participle opens a reduced relative clause only right after a speaker's own
# head (_SPEAKER_HEADS: "rescuers responding to the strike said", "doctors treating the wounded
# gave a toll"); after other nouns it is as often the sentence's own verb or an adverbial ("forces
# advancing on the town left 28 dead a monitor said"), and -ing prepositions open none.
_PARTICIPLE = re.compile(
    r"\s(?!(?:including|following|according|regarding|concerning|excluding|during)\s)[a-z]{2,}ing\s"
)
_WORD_BEFORE = re.compile(r"(\w+)$")
_DETERMINER = re.compile(r"(?:a|an|another|one)\s", re.IGNORECASE)
# How many words a modifier between a subject and its verb may hold: a relative clause runs
# longer than an appositive ("X who lives abroad but is from the province where the strike
# took place and keeps contacts there said": 18 words); 24 holds it, and the head before it
# must still be a speaker's.
MAX_MODIFIER_WORDS = 24
# How far before the verb a modifier may open (characters): words of about ten characters;
# the bound keeps the search off the rest of a long sentence.
_MODIFIER_WINDOW = 10 * MAX_MODIFIER_WORDS
# One prepositional phrase of up to three words: "from the forces", "at the governor's office".
_PHRASE = r"\s(?:from|of|for|with|at|in)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+"
# A prepositional phrase of at most three words between a speaker and the verb: "an official
# from the forces said", "a spokesman for the local fighters said".
_PREPOSITION = re.compile(_PHRASE + r"\s*$", re.IGNORECASE)
# How far before the verb the prepositional phrase may open (characters): three words.
_PREPOSITION_WINDOW = 60
# Two stacked prepositional phrases, the second a place: "an official at the governor's office
# in Homs said" (the one-phrase pattern reaches back only to "in Homs", which no speaker heads).
_STACKED_PREPOSITION = re.compile(_PHRASE + r"\s+(?:in|at|near|of)\s+(?:[\w'’-]+\s+)?[\w'’-]+\s*$", re.IGNORECASE)
# How far before the verb the stacked phrases may open (characters): six words.
_STACKED_WINDOW = 100
# A speaker's own heads beyond the organisation words: "official", "workers", "source".
_SPEAKER_HEADS = frozenset(
    {"source", "sources", "official", "officials", "officer", "officers", "spokesman", "spokeswoman", "spokesperson",
     "workers", "worker", "rescuers", "medics", "doctors", "activists", "activist", "residents", "witnesses", "monitor",
     "volunteers", "paramedics", "agency", "media", "network"}
)
# A coordinated verb of saying after "and", whose subject stands before an earlier verb with
# an auxiliary or negation between ("X didn't say when ... and said", "X did not give ... and said").
_AND_BEFORE = re.compile(r"\sand\s+$")
_AUXILIARY = re.compile(
    r"\s(?:did\s+not|didn['’]?t|does\s+not|doesn['’]?t|has\s+not|hasn['’]?t|would\s+not|could\s+not|also|had|has)"
    r"\s+(?:say|said|give|gave|specify|specified|confirm|confirmed|report|reported|identify|identified|elaborate)\b",
    re.IGNORECASE,
)


def modified_subject(text: str, verb_start: int, start: int, phrase: str) -> tuple[int, str]:
    """The subject before a relative clause, participle or preposition that runs to the verb
    (module docstring): the scan's phrase is replaced when it lies inside such a modifier of
    a speaker ("a group that works against the government said"), and a speaker with a
    prepositional phrase is read when the scan found none ("an official from the forces said")."""
    if _made_document(text, start, phrase):
        return start, phrase  # "... that aims to end the war a report by the UN says": the report speaks
    low = max(0, verb_start - _MODIFIER_WINDOW)
    for modifier in reversed(_modifiers(text, low, verb_start)):
        if text.count(" ", modifier.end(), verb_start) > MAX_MODIFIER_WORDS:
            break
        if phrase.strip() and start < modifier.end():
            break  # the phrase holds the modifier: "the monitor which relies on sources said"
        if phrase.strip() and _own_subject(text, verb_start, start, phrase):
            break  # "... an officer who had defected to the rebels the observatory said": a subject after the clause
        if _reporting_body(phrase):
            break  # "... a reporter working for the X daily news agency SANA said": the agency, commas lost
        if not _speaker_word(text, modifier.start()):
            continue  # "the strike that killed ...": the antecedent's head is no speaker's
        if _participle_closed(text, modifier, verb_start):
            continue  # "X operating in Y were killed ... reports said": the participle ended before "were"
        head_start, head = source_before(text, modifier.start())
        if head and _can_speak(head):
            head_start, head = with_modifiers(text, head_start, head)
            return _name_before_apposition(text, head_start, head)
    if phrase.strip() and phrase.split()[-1].lower() not in _PLACE_NOUNS:
        return start, phrase  # a place noun closing the phrase ("in the besieged town said") is no speaker
    return _prepositional_subject(text, verb_start, start, phrase)


def _prepositional_subject(text: str, verb_start: int, start: int, phrase: str) -> tuple[int, str]:
    """A speaker whose prepositional phrase runs to the verb ("an official from the forces said"),
    else one with two stacked phrases ("an official at the governor's office in Homs said");
    else the phrase unchanged."""
    preposition = _PREPOSITION.search(text, max(0, verb_start - _PREPOSITION_WINDOW), verb_start)
    if preposition is not None:
        head_start, head = source_before(text, preposition.start())
        if head and _can_speak(head):
            return head_start, text[head_start:verb_start].rstrip()
    low = max(0, verb_start - _STACKED_WINDOW)
    window = text[low:verb_start].lower()
    places = (" in ", " at ", " near ", " of ")  # the cheap test before the regex (hot path)
    stacked = _STACKED_PREPOSITION.search(text, low, verb_start) if any(p in window for p in places) else None
    if stacked is not None:  # the speaker alone: "office" in the phrases would name the office
        head_start, head = source_before(text, stacked.start())
        if head and _can_speak(head):
            return head_start, head
    return start, phrase


def _modifiers(text: str, low: int, verb_start: int) -> list[re.Match[str]]:
    """The modifier openers between `low` and the verb, in text order: _MODIFIER's, and a
    present participle right after a speaker's head (_PARTICIPLE)."""
    found = list(_MODIFIER.finditer(text, low, verb_start))
    for participle in _PARTICIPLE.finditer(text, low, verb_start):
        head = _WORD_BEFORE.search(text, max(0, participle.start() - 30), participle.start())
        if head is not None and head.group(1).lower() in _SPEAKER_HEADS:
            found.append(participle)
    return sorted(found, key=lambda m: m.start())


# A document with its maker ("a report from the UN", "the statement by the ministry"): what a
# body issues says things, so right before a verb of saying it is the subject, not the object of
# a relative clause run on before it (commas lost: "a coalition that seeks peace a report by the
# UN says"); issuer_sources.py gives it its maker.
_MADE_DOCUMENT = re.compile(r"(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(\w+)\s+(?:from|by)\s+\S", re.IGNORECASE)
# ... or the document and its preposition just before the scan's phrase ("a report by [the UN]").
_DOCUMENT_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(\w+)\s+(?:from|by)\s+$", re.IGNORECASE)
# How far before the phrase that document may open (characters): four words.
_DOCUMENT_WINDOW = 50


def _made_document(text: str, start: int, phrase: str) -> bool:
    """Whether the phrase at `start` is, or is the maker of, a document named with its maker
    (constants above)."""
    made = _MADE_DOCUMENT.match(phrase) or _DOCUMENT_BEFORE.search(text, max(0, start - _DOCUMENT_WINDOW), start)
    return made is not None and made.group(1).lower() in DOCUMENT_NOUNS


# A finite verb form: a participle phrase ("operating in Iraq") holds none, so one after it opens
# the sentence's own predicate ("... were killed in clashes reports said").
_FINITE = re.compile(r"\s(?:was|were|is|are|has|have|had|will)\s", re.IGNORECASE)
_RELATIVE = frozenset({"that", "which", "who"})


def _participle_closed(text: str, modifier: re.Match[str], verb_start: int) -> bool:
    """Whether a participle modifier ends before the verb of saying: a finite verb between them
    belongs to the clause the participle's noun is in, not to the participle phrase (a relative
    clause, "who had defected", holds its own finite verb and is not asked)."""
    if modifier.group(0).strip().lower() in _RELATIVE:
        return False
    finite = _FINITE.search(text, modifier.end() - 1, verb_start)
    if finite is None:
        return False
    between = text[modifier.end() - 1 : finite.start() + 1].lower().split()
    return not _RELATIVE & set(between)  # "citing medics who were there": the relative clause's verb


# Kinds of a known body that reports: named right before a verb of saying, it is the verb's
# subject, not the object that ends a modifier ("a group that works against the government").
_REPORTING_KINDS = frozenset({"news agency", "monitor"})


def _reporting_body(phrase: str) -> bool:
    """Whether a phrase ends in the name of a known news agency or monitor (the actor table):
    "state-run news agency SANA" ends in SANA."""
    words = clean_name(phrase, canonical=False).split()
    for first in range(len(words)):
        known = canonical_actor(" ".join(words[first:]))
        if known is not None:
            return known[2] in _REPORTING_KINDS
    return False


def _own_subject(text: str, verb_start: int, start: int, phrase: str) -> bool:
    """Whether a speaking phrase after a modifier is the verb's own subject, not the modifier's
    object: "a defector who joined rebel units the observatory said" (a noun phrase run on after the
    clause, commas lost) against "a group that works against the government said" (object of
    "against"). Words alone cannot tell a noun ending the clause from a verb taking an object, so
    the parse decides, asked only here: a phrase that can speak after a speaker's modifier."""
    if not _can_speak(phrase) or not (phrase[:1].isupper() or _THE.match(phrase)):
        return False
    doc = parse_one(text)
    verb = next((t for t in doc if t.idx == verb_start), None)
    if verb is None:
        return False
    end = start + len(phrase)
    heads = [t for t in doc if start <= t.idx < end and not start <= t.head.idx < end]
    return len(heads) == 1 and heads[0].dep_ in ("nsubj", "nsubjpass") and heads[0].head.i == verb.i


_THE = re.compile(r"the\s", re.IGNORECASE)


# Place nouns that end a locative phrase run into the source after it ("a marketplace in the
# rebel-held province local civil defence official X told": the province is where, not who).
_PLACE_NOUNS = frozenset(
    {"province", "city", "town", "village", "district", "governorate", "countryside", "area", "neighbourhood",
     "neighborhood", "region", "suburb", "suburbs"}
)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|on|from|inside|outside)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def without_place(text: str, start: int, phrase: str) -> tuple[int, str]:
    """The source phrase without a place noun that closes a locative phrase before it."""
    words = phrase.split()
    if len(words) < 3 or words[0] not in _PLACE_NOUNS or not words[1].islower():
        return start, phrase
    if not _LOCATIVE_BEFORE.search(text, max(0, start - 60), start):
        return start, phrase
    rest = phrase[len(words[0]) :].lstrip()
    return start + len(phrase) - len(rest), rest


def place_headed(phrase: str) -> bool:
    """Whether a scanned phrase ends in a lowercase place noun ("... in the eastern X province
    says a monitor"): the place the figure is in, never the speaker, who follows the verb."""
    words = phrase.split()
    return bool(words) and words[-1] in _PLACE_NOUNS


def coordinated_subject(text: str, verb_start: int) -> tuple[int, str]:
    """The subject of "X did not say ... and said": (start, phrase), or (verb_start, "")."""
    window = text[:verb_start]
    if not _AND_BEFORE.search(window):
        return verb_start, ""
    first = _AUXILIARY.search(window)
    if first is None:
        return verb_start, ""
    head_start, head = source_before(text, first.start())
    return (head_start, head) if head and _subject_can_speak(head) else (verb_start, "")


_AND_THEN_VERB = re.compile(r"\sand\s+$")


def conjoined_verb_subject(text: str, verb_start: int, start: int, phrase: str) -> tuple[int, str]:
    """"The monitor relies on a network of sources and says ...": a verb of saying joined by "and"
    to an earlier verb shares that verb's subject; the phrase the scan found before "and" is
    the earlier verb's object, and a lowercase one is none at all. The parse decides, asked only
    when "and" opens the verb; a coordinated subject ("the monitor and medics said") is kept."""
    if start > verb_start or not _AND_THEN_VERB.search(text, 0, verb_start):
        return start, phrase
    doc = parse_one(text)
    verb = next((t for t in doc if t.idx == verb_start), None)
    if verb is None or verb.dep_ != "conj" or verb.head.pos_ != "VERB" or verb.head.i > verb.i:
        return start, phrase
    subject = next((t for t in verb.head.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or (phrase and subject.idx >= start):
        return start, phrase
    left, right = subject.left_edge, subject.right_edge
    named = text[left.idx : right.idx + len(right)]
    return (left.idx, named) if _subject_can_speak(named) else (start, phrase)


# A state body named by its common noun alone ("The army denied this and said ..."): it speaks as
# the subject of a clause, though the backward scan's head words leave it out (it names a force).
_STATE_BODY_HEADS = frozenset({"army", "military", "police", "government"})


def _subject_can_speak(phrase: str) -> bool:
    """Whether the subject of an earlier verb, sharing it with a verb of saying, can speak:
    as _can_speak, or a state body by its common noun (constant above)."""
    return _can_speak(phrase) or phrase.split()[-1].lower() in _STATE_BODY_HEADS


# How many lowercase modifiers before a head noun are taken in ("the aid group", "civil
# defence emergency workers"): a determiner or a capitalised word must open them.
MAX_MODIFIERS = 3
_LOWER_RUN = r"(?:[a-z][\w-]*\s+){%d,%d}$"
# A determiner opens them ("the aid group"), else a capitalised word ("Civil defence workers").
_MODIFIERS_BEFORE = (
    re.compile(r"\b(?:the|a|an)\s+" + _LOWER_RUN % (0, MAX_MODIFIERS - 1), re.IGNORECASE),
    re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*\s+" + _LOWER_RUN % (1, MAX_MODIFIERS - 1)),
)


def with_modifiers(text: str, start: int, phrase: str) -> tuple[int, str]:
    """The head phrase with the modifiers the scan stopped at ("group" -> "the aid group")."""
    if not phrase[:1].islower():
        return start, phrase  # a name or a determined phrase is whole: "the Hill Relief Union"
    for pattern in _MODIFIERS_BEFORE:
        found = pattern.search(text, max(0, start - 60), start)
        if found is None or found.start() == start:
            continue
        words = text[found.start() : start].lower().split()
        if any(w in word_table()["determiner"] for w in words[1:]):
            return start, phrase
        if any(w in word_table()["stop"] or w in word_table()["verb"] for w in words[1:]):
            return start, phrase
        return found.start(), text[found.start() : start + len(phrase)]
    return start, phrase


# A capitalised run of two to six words right before an indefinite apposition: its name.
_RUN_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’-]*){1,5})\s+$")
_RUN_WINDOW = 80


def _name_before_apposition(text: str, start: int, phrase: str) -> tuple[int, str]:
    """ "the Hill Doctors Association a group of surgeons that ...": the name, not the apposition."""
    if not _DETERMINER.match(phrase):
        return start, phrase
    named = apposition_name(text, start, start + len(phrase))
    if named is not None:
        return named
    run = _RUN_BEFORE.search(text, max(0, start - _RUN_WINDOW), start)
    if run is None:
        return start, phrase
    return run.start(1), run.group(1).strip()


# The last words before a modifier, where its antecedent's head stands ("a group of local
# surgeons that ...": the head "group" is three words back).
_LAST_WORDS = re.compile(r"((?:[\w'’()-]+\s+){0,3}[\w'’()-]+)\s*$")


def _speaker_word(text: str, end: int) -> bool:
    """Whether one of the words right before `end` can belong to a speaker's phrase (a name
    word of the backward scan, or a speaker's head): a cheap gate before the scan."""
    last = _LAST_WORDS.search(text, max(0, end - 60), end)
    if last is None:
        return False
    return any(name_word(word) or word.lower() in _SPEAKER_HEADS for word in last.group(1).split())


@lru_cache(maxsize=4096)
def _can_speak(phrase: str) -> bool:
    """Whether a phrase can name who speaks: a speaker's or an organisation's head word, a
    title, or a name a table knows; no pronoun (the object of a clause: "that supports it")."""
    words = phrase.lower().replace("(", " ").replace(")", " ").split()
    if not words or words[-1] in word_table()["pronoun"]:
        return False
    head = phrase.split(" of ")[0].split()[-1].lower()
    if head in _SPEAKER_HEADS or head.rstrip("s") in org_words() or head in word_table()["title"]:
        return True
    if set(words) & word_table()["title"] and phrase.split()[-1][:1].isupper():
        return True  # "opposition activist Omar X": a titled person
    return known_actor(phrase)


# The named subject opening a sentence ("Washington blames ...", "Russia has also called ..."):
# a capitalised run of up to six words before a finite verb or an auxiliary.
_OPENING_SUBJECT = re.compile(
    r"^\s*(?:[Tt]he\s+)?([A-Z][\w'’.-]*(?:\s+(?:of|for|the|[A-Z][\w'’.-]*)){0,5})\s+"
    r"(?:has|have|had|is|was|were|are|also|would|will|said|[a-z]+(?:s|ed))\b"
)
# The same with a lowercase head noun after the capitalised words ("The X Today Facebook page
# posted ...", "The Y Media Centre network reported ...").
_OPENING_NAMED_HEAD = re.compile(
    r"^\s*(?:[Tt]he\s+)?([A-Z][\w'’.-]*(?:\s+(?:of|for|the|[A-Z][\w'’.-]*)){0,5}\s+[a-z]+)\s+"
    r"(?:has|have|had|is|was|were|are|also|would|will|[a-z]+(?:s|ed))\b"
)
# A participle of saying in a time clause with no subject of its own: "... after claiming 60 died".
PARTICIPLE_SAYING = re.compile(
    r"\b(?:after|before|while|when)\s+(?:claiming|saying|reporting|announcing|stating)\b", re.IGNORECASE
)


def has_participle(lowered: str) -> bool:
    """A substring gate before PARTICIPLE_SAYING (most sentences hold none of these words)."""
    return "claiming" in lowered or "saying" in lowered or "reporting" in lowered or "stating" in lowered or (
        "announcing" in lowered or "confirming" in lowered
    )


def opening_subject(text: str) -> tuple[int, str]:
    """The named subject that opens a sentence, when it can speak: the subject of a pronoun
    ("... the attack which it says killed 1,400") or a participle ("after claiming") later in
    it. (start, phrase), or (0, "")."""
    found = _OPENING_SUBJECT.match(text)
    if found is None or not found.group(1)[:1].isupper():
        return 0, ""
    name = found.group(1)
    return (found.start(1), name) if _speaking_name(name) else (0, "")


# A participle of saying after a main clause whose subject speaks ("The UN envoy condemned the
# attack stressing that 60 civilians died", "The ministry denounced the raid, saying 12 died"):
# the subject says what follows. Besides "saying", only with "that" ("adding to the toll" says
# nothing).
_CLAUSE_PARTICIPLE = re.compile(
    r"(?:,\s*|\s)(?:saying|(?:stressing|noting|adding|pointing\s+out|explaining|warning|indicating|stating)\s+that)\b"
)
_PARTICIPLE_WORDS = (
    "saying", "stressing", "noting", "adding", "pointing out", "explaining", "warning", "indicating", "stating"
)
# An opening subject with a lowercase head ("The governor condemned", "The UN envoy denounced").
_OPENING_COMMON = re.compile(
    r"^\s*((?:[Tt]he|[Aa]n?)\s+(?:[\w'’.-]+\s+){0,2}?[a-z]+)\s+(?:has\s+|have\s+|had\s+)?[a-z]+ed\b"
)


def clause_participle(text: str) -> tuple[int, int, str] | None:
    """(start, end, subject) of a participle of saying after a main clause whose opening subject
    can speak (constants above); None when the sentence holds none."""
    lowered = text.lower()
    if not any(word in lowered for word in _PARTICIPLE_WORDS):
        return None  # the cheap test: most sentences hold no such participle
    participle = _CLAUSE_PARTICIPLE.search(text)
    if participle is None:
        return None
    found = _OPENING_NAMED_HEAD.match(text) or _OPENING_SUBJECT.match(text) or _OPENING_COMMON.match(text)
    if found is None or found.end() > participle.start() or not _can_speak(found.group(1)):
        return None
    return participle.start(), participle.end(), found.group(1)


def _speaking_name(name: str) -> bool:
    """A known actor, or a state named by its country or capital (state_agencies.names_state)."""
    return known_actor(name) or names_state(name)


def speaking_subject(text: str) -> str:
    """The subject opening a sentence when it names a body that can speak, with or without a
    lowercase head ("The X Today Facebook page posted ...", "The Observatory relies on ..."):
    the antecedent of an "It said" opening the next sentence. "" when there is none."""
    found = _OPENING_NAMED_HEAD.match(text) or _OPENING_SUBJECT.match(text)
    if found is None:
        return ""
    name = found.group(1)
    head = name.split()[-1].lower()
    if head in word_table()["outlet"] or head in word_table()["noun"] - _PLACE_HEADS or _speaking_name(name):
        return name  # "page", "network", "observatory": a body; not "the Idlib province"
    return ""


# Nouns of the source-word table that name a place a source is at, not a body.
_PLACE_HEADS = frozenset({"province", "city", "town", "village", "district", "governorate", "state", "local"})
