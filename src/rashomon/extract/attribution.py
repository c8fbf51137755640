"""Who says it, citing whom: attributions ("according to X", "X told AFP") and their sources.

Conflicting casualty figures are often the same monitor quoted through different agencies,
or different monitors: each figure must carry its primary source and the intermediaries
it passed through. Attributions are found with cheap rules on the sentence text (no
parse: nearly every news sentence has a "said"), in four shapes:

- "according to X" (X cleaned of "figures from", "a statement by" ...);
- "X said/reported/told Y/claimed/identified ..." (X scanned back from the verb, over an
  appositive: "X, a local group that ..., reported");
- "..., said X, the head of Y" (inverted, after a quote or a comma);
- "Z reported, citing X" / "Z quoted X as saying" (primary X, via Z).

The source phrase is resolved to a primary source: "ORG chief PERSON" and "PERSON, the
head of ORG" give the organisation and the speaker; a pronoun repeats the previous
source; a surname repeats the organisation that person spoke for earlier; "the monitor"
/ "the group" is the most recent named organisation that fits (coreference by recency);
"a human rights group" is the next named one. Names go through `canonical_actor`.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from rashomon.extract.actors import canonical_actor, normalise_person
from rashomon.extract.amounts import table_rows
from rashomon.model import Article, AttributionFact, Sentence, Source

# A source phrase longer than this is a clause, not a name (longest seen in wire copy:
# "the Britain-based Syrian Observatory for Human Rights (SOHR)" = 8 words).
MAX_SOURCE_WORDS = 12
# An appositive skipped between a source and its verb ("X, a local group that ..., said").
MAX_APPOSITIVE_WORDS = 16
# How many sentences ahead "a human rights group has claimed" looks for the group's name.
CATAPHORA_SENTENCES = 3
# How many sentences back a claim without its own attribution borrows one (a paragraph).
MAX_CARRY_SENTENCES = 5

_WORD = re.compile(r"\(?[A-Za-z0-9][\w'’.&-]*\)?")
_ACCORDING = re.compile(r"\baccording to\s+", re.IGNORECASE)
_CITING = re.compile(r",?\s+(?:citing|quoting)\s+", re.IGNORECASE)
_QUOTED_AS = re.compile(r"\s+as\s+saying\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?\"“”]|\s(?:who|which|that|as|in a|on|when|after|but|and said)\s")
_SOURCE_PREFIX = re.compile(
    r"^(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:statement|figures?|data|reports?|tally|count|"
    r"estimates?|toll|information|documentation)\s+(?:issued\s+)?(?:by|from|of)\s+",
    re.IGNORECASE,
)
_DETERMINER = re.compile(r"^(?:the|a|an|another|one|its|their|his|her)\s+", re.IGNORECASE)
_BASED = re.compile(r"^(?:[\w.-]+-based|based in \w+,?)\s+", re.IGNORECASE)
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’-]+)*(?:\s+\([A-Z][A-Za-z]+\))?")
_ARABIC_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|az|ez|abu|bin|ibn|abd)-?[A-Z]|(?:al|bin|ibn|abu|abd|el|de)$")


Found = tuple[int, int, str, str, str]  # (start, end, source phrase, intermediary, sentence)


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[1].split()) for row in table_rows("attribution_words.tsv")}


@lru_cache(maxsize=1)
def _generic() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[1].split()) for row in table_rows("attribution_generic.tsv")}


@lru_cache(maxsize=1)
def _verb_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(sorted(_words()["verb"])) + r")\b")


def find_attributions(article: Article, sentences: list[Sentence]) -> list[AttributionFact]:
    """Every attribution in the article, in order, each with its resolved source."""
    found: list[Found] = []
    for sentence in sentences:
        found.extend(_sentence_attributions(sentence))
    facts: list[AttributionFact] = []
    for index, (start, end, phrase, via, sentence_text) in enumerate(found):
        source = _resolve(phrase, article.text, start, facts, found[index + 1 :], sentences)
        if source is None:
            continue
        if via:
            source.via.append(_clean(via, canonical=True))
        fact = AttributionFact(article.id, start, end, article.text[start:end], sentence_text, source=source)
        facts.append(fact)
    return facts


def source_at(attributions: list[AttributionFact], sentences: list[Sentence], offset: int) -> Source | None:
    """The source of a claim at `offset`: the nearest attribution in its sentence, else the
    nearest one before it within a paragraph's reach (copied with explicit=False)."""
    index = next((i for i, s in enumerate(sentences) if s.start <= offset < s.end), None)
    if index is None:
        return None
    sentence = sentences[index]
    own = [a for a in attributions if sentence.start <= a.start < sentence.end]
    if own:
        nearest = min(own, key=lambda a: min(abs(a.start - offset), abs(a.end - offset)))
        return nearest.source
    first = sentences[_paragraph_start(sentences, index, previous=True)].start
    earlier = [a for a in attributions if first <= a.start < sentence.start]
    if not earlier:
        return None
    return dataclasses.replace(earlier[-1].source, via=list(earlier[-1].source.via), explicit=False)


def _paragraph_start(sentences: list[Sentence], index: int, previous: bool) -> int:
    """Index of the first sentence of the paragraph holding sentence `index` (or of the one
    before it), within MAX_CARRY_SENTENCES. Sentences of one paragraph are one space apart;
    a wider gap is a line break (the splitter keeps no other trace of paragraphs)."""
    breaks = 1 if previous else 0
    first = index
    while first > 0 and index - first < MAX_CARRY_SENTENCES:
        if sentences[first].start - sentences[first - 1].end > 1:
            if breaks == 0:
                break
            breaks -= 1
        first -= 1
    return first


def _sentence_attributions(sentence: Sentence) -> list[Found]:
    """(start, end, source phrase, intermediary, sentence) for each attribution in the sentence."""
    text, base, out = sentence.text, sentence.start, []
    for match in _ACCORDING.finditer(text):
        phrase_end = _name_end(text, match.end())
        phrase = text[match.end() : phrase_end]
        if phrase.strip():
            out.append((base + match.start(), base + phrase_end, phrase, "", text))
    for match in _verb_pattern().finditer(text):
        found = _verb_attribution(text, match)
        if found is not None:
            start, end, phrase, via = found
            out.append((base + start, base + end, phrase, via, text))
    return sorted(out)


def _verb_attribution(text: str, verb: re.Match[str]) -> tuple[int, int, str, str] | None:
    """The source before the verb (or after it, when inverted), and the intermediary if any."""
    if re.match(r"\s+responsibility\b", text[verb.end() :]):
        return None  # "claimed responsibility" attributes an attack, not a statement
    start, phrase = _source_before(text, verb.start())
    end = verb.end()
    inverted = _inverted_name_end(text, verb)
    if inverted:  # "... in Deir Ezzor said the Syrian Observatory for Human Rights."
        phrase, start, end = text[verb.end() : inverted], verb.start(), inverted
    elif not phrase and re.search(r"[,\"”’]\s*$", text[: verb.start()]):
        phrase_end = _inverted_end(text, verb.end())
        phrase, start, end = text[verb.end() : phrase_end], verb.start(), phrase_end
    if not phrase.strip():
        return None
    via = ""
    if verb.group(0) in ("told", "tells"):
        object_end = _clause_end(text, verb.end())
        obj = text[verb.end() : object_end].strip()
        if _is_outlet(obj):
            via, end = obj, object_end
    citing = _CITING.match(text, end)
    if citing:  # "Reuters reported, citing the health ministry": the cited one is primary
        cited_end = _clause_end(text, citing.end())
        via, phrase, end = phrase, text[citing.end() : cited_end], cited_end
    elif verb.group(0) == "quoted" and (as_saying := _QUOTED_AS.search(text, verb.end())):
        via, phrase, end = phrase, text[verb.end() : as_saying.start()], as_saying.end()
    return start, end, phrase, via


def _source_before(text: str, verb_start: int) -> tuple[int, str]:
    """Scan back from the verb over skippable words ("on Sunday"), then over the words a
    source name is made of; a determiner opens the name unless a connector precedes it
    ("a source at the Police Command")."""
    words = list(_WORD.finditer(text, 0, verb_start))
    index = len(words) - 1
    skip = _words()["skip"]
    while index >= 0 and words[index].group(0).lower() in skip:
        if not _joined(text, words, index, words[index + 1].start() if index + 1 < len(words) else verb_start):
            break
        index -= 1
    end_index = index
    while index >= 0 and end_index - index < MAX_SOURCE_WORDS:
        following = words[index + 1].start() if index + 1 < len(words) else verb_start
        if not _joined(text, words, index, following) or not _name_word(words[index].group(0)):
            break
        index -= 1
        if words[index + 1].group(0).lower() in _words()["determiner"] and not _after_connector(words, index):
            break
    first = index + 1
    while first <= end_index and words[first].group(0).lower() in _words()["connector"]:
        first += 1
    if first > end_index:
        return _after_appositive(text, words, end_index, verb_start)
    start = words[first].start()
    phrase = text[start : words[end_index].end()]
    relative = re.search(r"\s(?:which|who)\s+(?:\S+\s+){0,5}$", text[:start])
    if relative:  # "The group which advocates the opposition said": the group, not the opposition
        earlier_start, earlier_phrase = _source_before(text, relative.start())
        if earlier_phrase:
            return earlier_start, earlier_phrase
    return _apposed_name(text, words, first, start, phrase)


def _name_word(word: str) -> bool:
    """Whether a word can belong to a source name ("Syrian", "monitoring", "of", "(SOHR)")."""
    lowered = word.lower().strip("()")
    if lowered in _words()["stop"] or lowered in _words()["discourse"]:
        return False
    kinds = ("noun", "connector", "determiner", "outlet")
    if _ARABIC_PARTICLE.match(word):  # "al-Asfar", "bin Laden"
        return True
    return word[:1].isupper() or word[:1] == "(" or lowered.endswith("-based") or any(
        lowered in _words()[kind] for kind in kinds
    )


def _after_connector(words: list[re.Match[str]], index: int) -> bool:
    return index >= 0 and words[index].group(0).lower() in _words()["connector"]


def _apposed_name(text: str, words: list[re.Match[str]], first: int, start: int, phrase: str) -> tuple[int, str]:
    """"The Local Coordination Committees another monitoring group says": a generic phrase
    right after a capitalised name is an apposition, and the name is the source."""
    lowered = phrase.lower().split(" of ")[0].split()  # "a network of activists": head "network"
    if lowered[0] not in _words()["determiner"] or phrase != phrase.lower() or lowered[-1] not in _generic():
        return start, phrase
    index = first - 1
    while index >= 0 and _joined(text, words, index, words[index + 1].start()):
        word = words[index].group(0)
        if not (word[:1].isupper() or word[:1] == "(" or word.lower() in ("of", "for", "and")):
            break
        index -= 1
    if index + 1 < first and words[index + 1].group(0)[:1].isupper():
        name_start = words[index + 1].start()
        name = text[name_start : words[first - 1].end()]
        if _fitting_name(name, _org_words()):
            return name_start, name
    return start, phrase


def _joined(text: str, words: list[re.Match[str]], index: int, next_start: int) -> bool:
    """Whether only spaces separate word `index` from what follows (no comma, no quote)."""
    return text[words[index].end() : next_start].strip() == ""


def _after_appositive(text: str, words: list[re.Match[str]], end_index: int, verb_start: int) -> tuple[int, str]:
    """ "X, a local group that supports ..., reported": the source is X (or the name after
    "known as")."""
    between = text[:verb_start].rstrip()
    if not between.endswith(","):
        relative = list(re.finditer(r"\s(?:which|who)\s", between))
        if relative:  # "The Observatory which relies on ... said" (commas dropped)
            start, phrase = _source_before(text, relative[-1].start())
            if phrase and len(between[relative[-1].end() :].split()) <= MAX_APPOSITIVE_WORDS:
                return start, phrase
        return verb_start, ""
    comma = between[:-1].rfind(",")
    if comma < 0:
        return verb_start, ""
    appositive = between[comma + 1 : -1].strip()
    if len(appositive.split()) > MAX_APPOSITIVE_WORDS:
        return verb_start, ""
    named = re.match(r"(?:known as|called|named)\s+(.+)$", appositive, re.IGNORECASE)
    if named:
        return comma + 1 + appositive.find(named.group(1)) + 1, named.group(1)
    if not re.match(r"(?:a|an|the|which|who|based|its|one)\b", appositive, re.IGNORECASE):
        return verb_start, ""
    start, phrase = _source_before(text, comma)
    return (start, phrase) if phrase else (verb_start, "")


_INVERTING_VERBS = frozenset({"said", "says", "added", "reported", "stated", "noted", "explained", "warned"})


def _inverted_name_end(text: str, verb: re.Match[str]) -> int:
    """End of a source named after its verb that closes the sentence ("..., said the
    Observatory.", "said X, the head of Y."), or 0."""
    if verb.group(0) not in _INVERTING_VERBS:
        return 0
    end = _clause_end(text, verb.end())
    if not re.match(r"\s*(?:,|[.!?][\"”’]?\s*$|$)", text[end:]):
        return 0
    words = list(re.finditer(r"\S+", text[verb.end() : end]))
    cut = next((i for i, w in enumerate(words) if i and w.group(0).lower() in _words()["determiner"]), len(words))
    if not words or not _name_words_ok([w.group(0) for w in words[:cut]]):
        return 0
    if cut < len(words):  # "said the Observatory a British-based group.": the name without its apposition
        return verb.end() + words[cut - 1].end()
    return _inverted_end(text, verb.end())


def _name_words_ok(words: list[str]) -> bool:
    """Whether words read as a source's name: opened by a capital or a determiner, name words only."""
    if not (words[0][:1].isupper() or words[0].lower() in _words()["determiner"]):
        return False
    return not all(w.lower() in _words()["skip"] for w in words) and all(_name_word(w) for w in words)


def _inverted_end(text: str, start: int) -> int:
    """End of "said X, the head of Y": the name and one appositive after it."""
    end = _clause_end(text, start)
    if re.match(r",\s+(?:the|a|an)?\s*(?:\w+\s+){0,2}?(?:" + "|".join(_words()["title"]) + r")\b", text[end:]):
        end = _clause_end(text, end + 1)
    return end


def _name_end(text: str, start: int) -> int:
    """End of the source name that starts at `start` ("according to the Sana news agency the
    strikes ..."): name words only, up to punctuation or a second determiner."""
    end = start
    for index, word in enumerate(_WORD.finditer(text, start, _clause_end(text, start))):
        opens_apposition = index and word.group(0).lower() in _words()["determiner"] and not _connector_at(text, word)
        if not _name_word(word.group(0)) or opens_apposition:
            break
        end = word.end()
    while end > start and text[start:end].split()[-1].lower() in _words()["connector"]:
        end = start + text[start:end].rstrip().rfind(" ")
    return end


def _connector_at(text: str, word: re.Match[str]) -> bool:
    """Whether the word before `word` is a connector ("figures from the ministry")."""
    before = text[: word.start()].split()
    return bool(before) and before[-1].lower() in _words()["connector"]


def _clause_end(text: str, start: int) -> int:
    """Where a name phrase starting at `start` ends: at punctuation or a clause word."""
    match = _CLAUSE_END.search(text, start)
    end = match.start() if match else len(text)
    while end > start and text[end - 1] in " ":
        end -= 1
    # a parenthesised acronym belongs to the name: "(SOHR)" ends in ")" not in _CLAUSE_END
    return end


def _is_outlet(phrase: str) -> bool:
    """Whether the object of "told" passes the claim on (an agency, not "reporters")."""
    if not phrase or phrase.lower().startswith(("reporters", "journalists", "a news conference")):
        return False
    known = canonical_actor(_clean(phrase, canonical=False))
    if known is not None:
        return known[2] in ("news agency", "media", "outlet")
    lowered = set(phrase.lower().split())
    return bool(lowered & _words()["outlet"]) or bool(re.search(r"\b[A-Z]", phrase))


def _clean(phrase: str, canonical: bool) -> str:
    """ "the Agence France-Presse news agency" -> "Agence France-Presse" (or its canonical name)."""
    phrase = " ".join(phrase.split()).strip(" ,.\"“”'")
    phrase = _SOURCE_PREFIX.sub("", phrase)
    phrase = _DETERMINER.sub("", phrase)
    phrase = _BASED.sub("", phrase)
    phrase = re.sub(r"\s+(?:news\s+)?agency$", "", phrase) if re.search(r"[A-Z]", phrase) else phrase
    if canonical:
        for candidate in _name_candidates(phrase):
            known = canonical_actor(candidate)
            if known is not None:
                return known[1]
    return phrase


def _name_candidates(phrase: str) -> list[str]:
    """The phrase, its acronym and its capitalised runs: the strings worth a table lookup."""
    candidates = [phrase, _ACRONYM.sub("", phrase).strip()]
    candidates += _ACRONYM.findall(phrase)
    candidates += sorted(_NAME_RUN.findall(phrase), key=len, reverse=True)
    words = phrase.split()
    candidates += [" ".join(words[i:]) for i in range(1, len(words))]  # "Syria SANA" -> "SANA"
    return candidates


_NAME_PART = r"(?:[A-Z][\w'’.-]*|(?:al|el|bin|ibn|abu|abd)(?:-[A-Z][\w'’-]*)?)"
_PERSON = rf"[A-Z][\w'’.-]*(?:\s+{_NAME_PART}){{0,3}}"


@lru_cache(maxsize=1)
def _titled_patterns() -> tuple[re.Pattern[str], ...]:
    """"SOHR chief Rami X", "Rami X, the head of SOHR", "Charles X of the Y Centre"."""
    titles = "(?i:" + "|".join(sorted(_words()["title"], key=len, reverse=True)) + ")"
    return (
        re.compile(rf"^(?P<org>.+?)\s+(?P<title>{titles})\s+(?P<person>{_PERSON})$"),
        re.compile(
            rf"^(?:(?P<person>{_PERSON}),?\s+)?(?:the|a|an)?\s*(?:[\w-]+\s+)?(?P<title>{titles})\s+"
            rf"(?:of|for|at|with)\s+(?P<org>.+?)(?:,\s+(?P<person2>{_PERSON}))?$"
        ),
        re.compile(rf"^(?P<person>{_PERSON})\s+(?:of|from|at|with)\s+(?P<org>(?:the\s+)?[A-Z].+)$"),
        re.compile(rf"^(?P<org>)(?P<title>{titles})\s+(?P<person>{_PERSON})$"),  # "chief Federica M"
    )


def _titled_source(
    cleaned: str, text: str, start: int, earlier: list[AttributionFact], later: list[Found], sentences: list[Sentence]
) -> Source | None:
    """A person speaking for an organisation: the organisation is primary, the person the speaker."""
    for pattern in _titled_patterns():
        titled = pattern.match(cleaned)
        if titled is None:
            continue
        groups = titled.groupdict()
        person, org_phrase = groups.get("person") or groups.get("person2") or "", groups["org"]
        if person and not _is_person(person):
            continue  # "International Committee of the Red Cross" is no person of an organisation
        if not org_phrase:
            return _person_source(person, earlier)
        if not person:  # "the Director of the Syrian Observatory for Human Rights Rami Abdel Rahman"
            org_phrase, person = _trailing_person(org_phrase)
        org = _resolve(org_phrase, text, start, earlier, later, sentences)
        org_words = {w.lower().rstrip("s") for w in org_phrase.split()} & _org_words()
        if org is not None and (org_words or canonical_actor(_clean(org_phrase, False)) is not None):
            return Source(primary=org.primary, speaker=person)
        if groups.get("title") and titled.start("title") > titled.start("org"):
            return Source(primary=f"{_clean(org_phrase, False)} {groups['title']}", speaker=person)
        if groups.get("title"):
            return Source(primary=_clean(org_phrase, True), speaker=person)
    return None


def _trailing_person(phrase: str) -> tuple[str, str]:
    """Split "Syrian Observatory for Human Rights Rami Abdel Rahman" into the organisation
    (a known actor, or a name ending in an organisation word) and the person after it."""
    words = phrase.split()
    for size in range(2, min(4, len(words) - 1) + 1):
        org, person = " ".join(words[:-size]), " ".join(words[-size:])
        org_ends = org.split()[-1].lower().rstrip("s") in _org_words()
        if _is_person(person) and (org_ends or canonical_actor(_clean(org, False)) is not None):
            return org, person
    return phrase, ""


@lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    """Words that make a name an organisation's ("Committee", "Observatory", "Ministry"...)."""
    return frozenset().union(*_generic().values(), {"centre", "center", "institute", "ministry", "command"})


def _resolve(
    phrase: str,
    text: str,
    start: int,
    earlier: list[AttributionFact],
    later: list[Found],
    sentences: list[Sentence],
) -> Source | None:
    """The source a phrase names, using what the article said before (and just after)."""
    cleaned = _clean(phrase, canonical=False)
    if not cleaned or len(cleaned.split()) > MAX_SOURCE_WORDS:
        return None
    if cleaned.lower() in _words()["pronoun"]:
        return dataclasses.replace(earlier[-1].source, via=list(earlier[-1].source.via)) if earlier else None
    titled = _titled_source(cleaned, text, start, earlier, later, sentences)
    if titled is not None:
        return titled
    head = cleaned.split()[-1].lower()
    if cleaned == cleaned.lower() and re.match(r"the\s", phrase.strip(), re.IGNORECASE):
        for fact in reversed(earlier):  # "the source added": the source named before
            if fact.source.explicit and head in fact.source.primary.lower().split():
                return dataclasses.replace(fact.source, via=list(fact.source.via))
    if head in _generic() and cleaned == cleaned.lower() or len(cleaned.split()) == 1 and head in _generic():
        return Source(primary=_generic_source(phrase, text, start, later, sentences) or cleaned)
    if _is_person(cleaned):
        return _person_source(cleaned, earlier)
    return Source(primary=_clean(phrase, canonical=True))


def _generic_source(
    phrase: str, text: str, start: int, later: list[Found], sentences: list[Sentence]
) -> str | None:
    """ "the monitor" -> the latest fitting organisation named before; "a rights group" -> the
    next one named within a few sentences."""
    fits = _generic()[phrase.split()[-1].lower().strip(".,")]
    if re.match(r"(?:a|an|another)\s", phrase.strip(), re.IGNORECASE):
        horizon = _sentence_end_after(sentences, start, CATAPHORA_SENTENCES)
        for later_start, _, later_phrase, _, _ in later:
            if later_start > horizon:
                break
            name = _fitting_name(later_phrase, fits)
            if name:
                return name
    best = None
    for match in _NAME_RUN.finditer(text, 0, start):
        name = _fitting_name(match.group(0), fits)
        best = name or best
    return best


def _fitting_name(phrase: str, fits: frozenset[str]) -> str | None:
    """The canonical name of `phrase` if it names an organisation of the wanted kind."""
    cleaned = _clean(phrase, canonical=False)
    words = [w.lower().strip("()") for w in cleaned.split()]
    for candidate in _name_candidates(cleaned):
        known = canonical_actor(candidate)
        if known is None:
            continue
        named = {w.lower().strip("()").rstrip("s") for w in f"{candidate} {known[1]}".split()}
        if named & fits:  # not a part of the run that names something else
            return known[1] if known[2] in ("monitor", "humanitarian organisation") else None
    if cleaned[:1].isupper() and {w.rstrip("s") for w in words[1:]} & fits:  # not "Monitor AFP"
        return cleaned
    return None


def _sentence_end_after(sentences: list[Sentence], offset: int, count: int) -> int:
    following = [s for s in sentences if s.end > offset][:count]
    return following[-1].end if following else offset


def _is_person(name: str) -> bool:
    """A capitalised name of one to four words that no organisation table knows."""
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    org_words = frozenset().union(*_generic().values())
    return canonical_actor(name) is None and not any(w.lower() in org_words for w in words)


def _person_source(name: str, earlier: list[AttributionFact]) -> Source:
    """A person alone speaks for the organisation they spoke for earlier ("Abdelrahman said")."""
    key = normalise_person(name)
    for fact in reversed(earlier):
        speaker = normalise_person(fact.source.speaker)
        if speaker and (speaker.endswith(key) or key.endswith(speaker)):
            return Source(primary=fact.source.primary, speaker=fact.source.speaker)
    return Source(primary=name, speaker=name)
