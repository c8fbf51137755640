"""Where a source phrase named after its cue ends: "according to X ...", "..., said X, the head of Y."

A name that follows its cue runs into the rest of the sentence with nothing but name words to
tell where it stops: up to punctuation or a clause word (not the dots of initials: "the
U.N."), a second determiner opening an apposition, or, past an organisation's head noun, the
capital that opens the next clause's subject ("according to the Observatory DAESH has lost",
commas lost). An inverted source ("said the Observatory.") must close its sentence or
clause. This forward scan mirrors the backward one of source_scan.py and is apart from the
shapes that use it (attribution_phrases.py).
"""

from __future__ import annotations

import re

from rashomon.extract.attribution_words import org_words, word_table
from rashomon.extract.source_heads import leading_clause_end
from rashomon.extract.source_scan import WORD, joins_name, name_word

# "speaking/talking (to)" opens the participle naming who the source spoke to ("said a local
# activist speaking to AFP"): not part of the name (source_citing.spoken_to).
# "adding/noting (that)" opens what else the source said ("said the source noting that the toll
# may rise"): the name ends before it.
CLAUSE_END = re.compile(
    r"[,;:.!?\"“”]|\s(?:who|which|that|as|in a|on|when|after|but|and said|adding|noting|saying|speaking|talking)\s"
)
_INVERTING_VERBS = frozenset({"said", "says", "added", "reported", "stated", "noted", "explained", "warned"})


# "said X also known as Y" / "said X, better known as Y": X is the name, Y another for it.
_ALSO_KNOWN = re.compile(
    r"\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}),?\s+(?:also\s+|better\s+)?known\s+as\b"
)


# A name after "said" followed by its appositions (", 38,", ", who was fired last week,") and
# then a finite verb: the subject of the reported clause ("police said X, 38, shot two"), not a
# speaker named after the verb, whose apposition closes the sentence ("said X, 38, a resident.").
_CLAUSE_SUBJECT = re.compile(
    r"\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}"
    r"(?:,\s+\d{1,3},|,\s+(?:who|whom)\s[^,;]{1,120},)"
    r"\s+(?:is|was|are|were|has|had|have|will|would|could|may|might|[a-z]+ed|shot|hit|struck|stabbed|fled|took|left|ran|drove)\b"
)


def inverted_name_end(text: str, verb: re.Match[str]) -> int:
    """End of a source named after its verb that closes the sentence ("..., said the
    Observatory.", "said X, the head of Y."), or 0."""
    if verb.group(0) not in _INVERTING_VERBS:
        return 0
    if _CLAUSE_SUBJECT.match(text, verb.end()):  # "police said X, 38, shot two": what was said
        return 0
    aka = _ALSO_KNOWN.match(text, verb.end())
    if aka:  # "said the Civil Defence also known as the White Helmets who ...": the first name
        return aka.end(1)
    end = clause_end(text, verb.end())
    if not re.match(r"\s*(?:,|[.!?][\"”’]?\s*$|$|(?:adding|noting|saying|speaking|talking|who|which)\b)", text[end:]):
        return 0
    words = list(re.finditer(r"\S+", text[verb.end() : end]))
    determiners, connectors = word_table()["determiner"], word_table()["connector"]
    cut = next(  # "said X head of the Observatory": a determiner after "of" is inside the name
        (i for i, w in enumerate(words) if i and w.group(0).lower() in determiners
         and words[i - 1].group(0).lower() not in connectors),
        len(words),
    )
    if not words or not _name_words_ok([w.group(0) for w in words[:cut]]):
        return 0
    if cut < len(words):  # "said the Observatory a British-based group.": the name without its apposition
        return verb.end() + words[cut - 1].end()
    return inverted_end(text, verb.end())


def _name_words_ok(words: list[str]) -> bool:
    """Whether words read as a source's name: opened by a capital or a determiner, name words only."""
    if not (words[0][:1].isupper() or words[0].lower() in word_table()["determiner"] or _titled_body(words)):
        return False
    return not all(w.lower() in word_table()["skip"] for w in words) and all(name_word(w) for w in words)


def _titled_body(words: list[str]) -> bool:
    """Whether words open on a body in lower case, a title and a capitalised name, with no
    article: "said observatory head Rami Abdel Rahman" reads as "said the observatory head ..."
    (news copy drops the article before a title; the lower-case body word is no name's start)."""
    return (
        len(words) > 2
        and words[0] in org_words()
        and words[1].lower() in word_table()["title"]
        and words[2][:1].isupper()
    )


def named_after(text: str, verb: re.Match[str]) -> int:
    """End of a source's name right after a verb that can invert ("... province says a
    monitoring group"; not "told", whose object follows) when the words there read as a name,
    or 0 ("said five died", "said there were")."""
    if verb.group(0) not in _INVERTING_VERBS:
        return 0
    end = inverted_end(text, verb.end())
    words = text[verb.end() : end].split()
    return end if words and _name_words_ok(words) else 0


# A headline's unnamed monitor after its verb, with no comma before it ("... kills six says
# monitoring group AFP Friday ..."): the bare descriptor, then a capitalised word (the dateline
# or the next headline run in) or the end of the text.
_HEADLINE_MONITOR = re.compile(r"\s+((?:an?\s+)?(?:war\s+)?(?:monitor|monitoring\s+group))(?=\s+[A-Z]|\s*$)")


def headline_monitor_end(text: str, verb: re.Match[str]) -> int:
    """End of a headline's bare "says monitor" / "says monitoring group" after `verb`, or 0:
    who says the headline's figure, though no comma sets the verb off from it."""
    if verb.group(0) not in ("says", "said") or "monitor" not in text[verb.end() : verb.end() + 16]:
        return 0
    found = _HEADLINE_MONITOR.match(text, verb.end())
    return found.end(1) if found else 0


def inverted_end(text: str, start: int) -> int:
    """End of "said X, the head of Y": the name and one appositive after it."""
    end = clause_end(text, start)
    if re.match(r",\s+(?:the|a|an)?\s*(?:\w+\s+){0,2}?(?:" + "|".join(word_table()["title"]) + r")\b", text[end:]):
        end = clause_end(text, end + 1)
    elif lead := leading_clause_end(text, end):  # "said X, who heads the Y."
        end = clause_end(text, lead)
    return end


def name_end(text: str, start: int) -> int:
    """End of the source name that starts at `start` ("according to the Sana news agency the
    strikes ..."): name words only, up to punctuation or a second determiner."""
    end, previous = start, ""
    for index, word in enumerate(WORD.finditer(text, _past_adjectives(text, start), clause_end(text, start))):
        determiner = word.group(0).lower() in word_table()["determiner"]
        opens_apposition = index and determiner and not _connector_at(text, word)
        joins = joins_name(text, word.start(), previous)
        if not (name_word(word.group(0)) or joins) or opens_apposition or _opens_clause(previous, word.group(0)):
            break
        end, previous = word.end(), word.group(0)
    while end > start and text[start:end].split()[-1].lower() in word_table()["connector"]:
        end = start + text[start:end].rstrip().rfind(" ")
    return end


# Up to two lowercase describing words opening a source's noun phrase: "according to independent
# monitors", "according to several unnamed activists" (an adjective is no name word itself).
_DETERMINER_AT = re.compile(r"(?:the|a|an)\s+")
_MAX_ADJECTIVES = 2


def _past_adjectives(text: str, start: int) -> int:
    """Where the scan for a name starting at `start` begins: past up to two lowercase words that
    are no name words when a lowercase name word (the head noun, "monitors") follows them; else
    `start`."""
    named = outlet_name_start(text, start)
    if named is not None:
        return named
    determiner = _DETERMINER_AT.match(text, start)
    words = list(WORD.finditer(text, determiner.end() if determiner else start, clause_end(text, start)))
    stops = word_table()["stop"] | word_table()["discourse"] | word_table()["connector"]
    for count in range(1, min(_MAX_ADJECTIVES, len(words) - 1) + 1):
        adjective = words[count - 1].group(0)
        if not adjective.islower() or name_word(adjective) or adjective in stops:
            return start
        head = words[count].group(0)
        if head.islower() and name_word(head) and head not in stops:
            return words[count].start()
    return start


def outlet_name_start(text: str, start: int) -> int | None:
    """Where an outlet's own name starts after up to two lowercase describing words ("the
    semi-official Fars news agency", "the student ISNA news agency": at "Fars", "ISNA"), else
    None. The describing word is no name word, and the scan would stop at it; the outlet word
    after the capitalised name shows the name is the source, and the description is not part of it."""
    determiner = _DETERMINER_AT.match(text, start)
    if determiner is None:
        return None
    words = list(WORD.finditer(text, determiner.end(), clause_end(text, start)))
    for count in range(1, min(_MAX_ADJECTIVES, len(words) - 1) + 1):
        adjective = words[count - 1].group(0)
        if not adjective.islower() or name_word(adjective) or adjective in word_table()["stop"]:
            return None
        if words[count].group(0)[:1].isupper() and _outlet_after(words, count):
            return words[count].start()
    return None


# How many name words after a capitalised name an outlet's head word may come ("the
# semi-official Fars news agency": "agency" two words after "Fars").
_OUTLET_REACH = 3


def _outlet_after(words: list[re.Match[str]], index: int) -> bool:
    """Whether an outlet's head word ("agency", "television") closes the name that opens with
    capitalised word `index`: "the student ISNA news agency", "the semi-official Fars news
    agency". A describing word before an outlet's own name is no name word, and the scan would
    stop at it; an outlet word after the name shows the capital opens the source."""
    for word in words[index + 1 : index + 1 + _OUTLET_REACH]:
        lowered = word.group(0).lower()
        if lowered in word_table()["outlet"]:
            return True
        if not name_word(word.group(0)):
            return False
    return False


def _opens_clause(previous: str, word: str) -> bool:
    """Whether `word` opens the clause after a name that ended on an organisation's head noun
    ("according to the Observatory DAESH has lost ...", commas lost): a capitalised word after
    "Observatory", "Ministry", "agency" ... that is no title starts the next clause's subject."""
    if not previous or not word[:1].isupper() or word.lower() in word_table()["title"]:
        return False
    bare = re.sub(r"['’]s?$", "", word.lower())
    if bare.rstrip("s") in org_words() or bare in word_table()["outlet"]:
        return False  # "Monitoring Group", "News Agency": the name goes on
    return previous.lower().rstrip("s") in org_words() and previous[:1].isupper() == word[:1].isupper()


def _connector_at(text: str, word: re.Match[str]) -> bool:
    """Whether the word before `word` is a connector ("figures from the ministry")."""
    before = text[: word.start()].split()
    return bool(before) and before[-1].lower() in word_table()["connector"]


# Dotted initials ("U.N.", "U.S."): their dots end no clause.
_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}")


def clause_end(text: str, start: int) -> int:
    """Where a name phrase starting at `start` ends: at punctuation or a clause word (not at the
    dots of initials: "according to the U.N." names the U.N.)."""
    match = CLAUSE_END.search(text, start)
    while match and match.group(0) == "." and (initials := _INITIALS.search(text, max(start, match.start() - 2))):
        if not initials.start() <= match.start() < initials.end():
            break
        match = CLAUSE_END.search(text, initials.end())
    end = match.start() if match else len(text)
    while end > start and text[end - 1] in " ":
        end -= 1
    # a parenthesised acronym belongs to the name: "(SOHR)" ends in ")" not in CLAUSE_END
    return end
