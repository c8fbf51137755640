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

The phrase is then resolved to a primary source and speaker by attribution_names.py; the
backward scan for a name before its verb lives in source_scan.py.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache

from rashomon.extract.attribution_names import resolve_source
from rashomon.extract.attribution_scope import earlier_event, eyewitness, in_scope, is_outlet, reporting_frame
from rashomon.extract.attribution_words import SOURCE_PREFIX, Found, org_words, word_table
from rashomon.extract.gazetteer import trie_pattern
from rashomon.extract.report_openers import opens_new_report
from rashomon.extract.role_names import named_role, own_reporter
from rashomon.extract.source_between import between_source
from rashomon.extract.source_citing import cited_before, via_name
from rashomon.extract.source_clauses import (
    PARTICIPLE_SAYING,
    coordinated_subject,
    has_participle,
    modified_subject,
    opening_subject,
    with_modifiers,
    without_place,
)
from rashomon.extract.source_descriptors import unquoted_names
from rashomon.extract.source_heads import as_titled, leading_clause_end
from rashomon.extract.source_scan import WORD, behind_place, first_conjunct, name_word, source_before
from rashomon.extract.source_shapes import org_before_place, with_role
from rashomon.extract.state_agencies import state_agency, un_agency
from rashomon.model import Article, AttributionFact, Sentence, Source

# How many sentences back a claim without its own attribution borrows one. The FA-KES gold
# (benchmarks/annotations/GUIDELINES.md section 6) carries a source only into the sentence
# that continues the same report; articles there have few line breaks, so a paragraph is no
# guide, and reaching back 5 sentences gave 20+ outlet statements a monitor's name.
MAX_CARRY_SENTENCES = 1
# Attributions a source phrase is resolved against, before it ("he", "Haddad", "the source")
# and after it ("a rights group ..." named next). News articles hold a few dozen at most;
# the bounds keep a pathological text (a megabyte of "X said") linear.
MAX_EARLIER_ATTRIBUTIONS = 50
MAX_LATER_ATTRIBUTIONS = 20

# Verbs that state a figure only with a toll after them: "the Observatory gave a toll of 36",
# "put the death toll at 58", "updated to 18 its toll", "X gave a lower count of 27", "placed
# the toll at 50" (alone, "gave" and "put" say nothing). Up to two describing words may stand
# before the toll noun ("a lower count", "its new death toll").
_TOLL_VERB = re.compile(
    r"\b(?:gave|gives|give|put|puts|placed|places|updated|raised|revised|lowered)\b(?=\s+(?:to\s+\d+\s+)?"
    r"(?:(?:its|a|an|the|their)\s+)?(?:[a-z-]+\s+){0,2}(?:toll|count|tally|figure|estimate)\b)",
    re.IGNORECASE,
)
# A verb right after "reports"/"claims" makes them the subject noun ("reports indicate").
_NOUN_THEN_VERB = re.compile(r"\s+(?:indicate|indicated|suggest|suggested|say|said|show|showed|claim|claimed)\b")
# A sentence without one of these words has no toll frame: checked with `in` before the regex.
_TOLL_GATE = re.compile(r"toll|count|tally|figure|estimate")
# "according to X" (a doubled "to to" is a common slip), a claim noun with its author
# ("the claim by activists in X that ...") and a
# document with its maker ("a photograph taken by activists in Douma showed ...").
_ACCORDING = re.compile(
    r"\b(?:according\s+to(?:\s+to)?|(?:claims?|statements?|allegations?|accounts?)\s+(?:made\s+|issued\s+)?by"
    r"|(?:photo(?:graph)?s?|videos?|footage|images?|pictures?|clips?|reports?)\s+"
    r"(?:taken|posted|filmed|shot|published|released|shared|issued|compiled)\s+by)\s+",
    re.IGNORECASE,
)
# A recency word before a name that owns the figures ("according to the latest SORH estimates"):
# not a name word, so the name scan would stop on it; skipped when a capital follows.
_RECENT = re.compile(
    r"(?:the\s+|its\s+)?(?:latest|newest|most\s+recent|recent|new|updated|last|preliminary|initial|final)\s+(?=[A-Z])"
)
# A document noun with no maker after it, followed by a capital ("according to report ISIS has
# executed ...", commas lost): the capital opens the reported clause, whose subject is who acted,
# not who tells; the document is resolved to its issuer (issuer_sources.py).
_BARE_DOCUMENT = re.compile(r"((?:the\s+|this\s+|that\s+|a\s+)?(?:report|statement))\s+(?-i:(?=[A-Z]))", re.IGNORECASE)
# An absolute clause naming a source: "Government forces pounded the district, with the
# observatory reporting a new barrel bomb attack" (the speaker, then a participle of saying
# with an object: "reporting on" is a topic, not a claim).
_WITH_SAYING = re.compile(
    r"\bwith\s+((?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:[A-Z][\w'’-]*|monitor|observatory|group|agency|ministry))"
    r"\s+(?:reporting|saying|claiming|stating)\b(?!\s+on\b)"
)
# Where an unnamed source stands, kept with it: "sources on the ground" are local sources
# (data/attribution_roles.tsv), not any sources.
_ON_THE_GROUND = re.compile(r"\s+on\s+the\s+ground\b")
_CITING = re.compile(r",?\s+(?:citing|quoting)\s+", re.IGNORECASE)
_QUOTED_AS = re.compile(r"\s+as\s+saying\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?\"“”]|\s(?:who|which|that|as|in a|on|when|after|but|and said|adding|saying)\s")
# A headline (no closing full stop) names its source in a tail ("... kill 20 civilians: monitor",
# "... - activists say") or a head ending in a colon ("Defence Ministry: 100 militants killed").
# Up to three capitalised words may follow the tail: a byline run into the headline.
_HEADLINE_TAIL = re.compile(
    r"(?:\s[-–—:]\s*|:\s*|\s)(monitor|watchdog|activists|rights\s+group|medics|rescuers)"
    r"(?:\s+(?:says?|said))?(?:\s+[A-Z][\w'’-]+){0,3}\s*(?:\|[^|]*)?$"
)
_HEADLINE_HEAD = re.compile(r"^([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5}):\s")


@lru_cache(maxsize=1)
def _verb_pattern() -> re.Pattern[str]:
    """The verbs of saying as one prefix trie: scanned over every sentence, and a trie is one
    pass where an alternation of 40 words tries each in turn (same matches, FA-KES: -40% time)."""
    return re.compile(r"\b" + trie_pattern(sorted(word_table()["verb"])) + r"\b")


def find_attributions(article: Article, sentences: list[Sentence]) -> list[AttributionFact]:
    """Every attribution in the article, in order, each with its resolved source."""
    found: list[Found] = []
    for sentence in sentences:
        found.extend(_sentence_attributions(sentence))
    facts: list[AttributionFact] = []
    for index, (start, end, phrase, via, sentence_text) in enumerate(found):
        later = found[index + 1 : index + 1 + MAX_LATER_ATTRIBUTIONS]
        phrase = state_agency(phrase) or un_agency(phrase) or phrase  # "Turkey's state-run news agency": Anadolu
        phrase = as_titled(phrase)  # "X who heads the Y": X speaking for the Y
        source = resolve_source(phrase, article.text, start, facts[-MAX_EARLIER_ATTRIBUTIONS:], later, sentences)
        if source is None:
            continue
        if via:
            source.via.append(via_name(via, article.text, start, facts[-MAX_EARLIER_ATTRIBUTIONS:], later, sentences))
        source = named_role(source, start, facts)
        if own_reporter(phrase):
            source = Source(primary="", speaker=source.speaker)  # the outlet's own report (source_at)
        fact = AttributionFact(article.id, start, end, article.text[start:end], sentence_text, source=source)
        facts.append(fact)
    return facts


def source_at(attributions: list[AttributionFact], sentences: list[Sentence], offset: int) -> Source | None:
    """The source of a claim at `offset`: the nearest attribution in its sentence, else the
    nearest one before it within a paragraph's reach (copied with explicit=False).
    `attributions` are in text order, as find_attributions returns them."""
    index = bisect.bisect_right(sentences, offset, key=lambda s: s.start) - 1
    if index < 0 or offset >= sentences[index].end:
        return None
    sentence = sentences[index]
    own_start = bisect.bisect_left(attributions, sentence.start, key=lambda a: a.start)
    own_end = bisect.bisect_left(attributions, sentence.end, key=lambda a: a.start)
    if own_end > own_start:
        own = [a for a in attributions[own_start:own_end] if in_scope(a, sentence, offset)]
        if not own:
            return None  # the sentence's sources speak for other clauses
        nearest = min(own, key=lambda a: min(abs(a.start - offset), abs(a.end - offset)))
        chosen = reporting_frame(own, nearest, sentence).source
        return chosen if chosen.primary else None  # an empty primary: the outlet's own reporter
    first = sentences[_paragraph_start(sentences, index)].start
    if own_start == 0 or attributions[own_start - 1].start < first or opens_new_report(sentence.text):
        return between_source(attributions, sentences, index, own_start, offset)
    if earlier_event(sentence.text, offset - sentence.start):
        return None
    framing = _framing(attributions, sentences, own_start - 1)
    if eyewitness(framing.text) or not framing.source.primary:
        return None  # "..., an AFP photographer reported": what was seen there, not a report going on
    carried = framing.source
    return dataclasses.replace(carried, via=list(carried.via), explicit=False)


def _framing(attributions: list[AttributionFact], sentences: list[Sentence], last: int) -> AttributionFact:
    """The attribution the sentence holding attributions[last] is told under: one opening it
    ("According to MSF, two clinics it supports have reported ...") frames every report inside
    it, so a sentence carrying on takes that, not the embedded one; else the last."""
    index = bisect.bisect_right(sentences, attributions[last].start, key=lambda s: s.start) - 1
    first = last
    while first > 0 and attributions[first - 1].start >= sentences[index].start:
        first -= 1
    opening = attributions[first]
    if first < last and opening.start == sentences[index].start and opening.text.lower().startswith("according to"):
        return opening
    return attributions[last]


def _paragraph_start(sentences: list[Sentence], index: int) -> int:
    """Index of the first sentence of the paragraph before the one holding sentence `index`,
    within MAX_CARRY_SENTENCES. Sentences of one paragraph are one space apart; a wider gap
    is a line break (the splitter keeps no other trace of paragraphs)."""
    breaks = 1
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
    text, base, out = unquoted_names(sentence.text), sentence.start, []  # 'the "Cham" TV network'
    lowered = text.lower()
    according_matches = _ACCORDING.finditer(text) if "accord" in lowered or " by " in lowered else ()
    for match in according_matches:
        prefix = SOURCE_PREFIX.match(text[match.end() :]) or _RECENT.match(text[match.end() :])
        phrase_end = _name_end(text, match.end() + (prefix.end() if prefix else 0))  # "a March report by"
        if ground := _ON_THE_GROUND.match(text, phrase_end):  # "sources on the ground": local sources
            phrase_end = ground.end()
        elif lead := leading_clause_end(text, phrase_end):  # "according to X, who heads the Y"
            phrase_end = _name_end(text, lead)
        if document := _BARE_DOCUMENT.match(text, match.end()):  # "according to report ISIS has executed"
            phrase_end = document.end(1)
        phrase = text[match.end() : phrase_end]
        if document and " " not in document.group(1):
            phrase = "the " + phrase  # "according to report": the article dropped, a definite report
        if phrase.strip():
            out.append((base + match.start(), base + phrase_end, phrase, "", text))
    according = [(start - base, end - base) for start, end, *_ in out]
    tolls = _TOLL_VERB.finditer(text) if _TOLL_GATE.search(lowered) else ()
    verbs = sorted([*_verb_pattern().finditer(text), *tolls], key=lambda m: m.start())
    for match in verbs:
        if any(start <= match.start() < end for start, end in according):
            continue  # "according to preliminary reports": a noun inside the source, not a verb
        found = _verb_attribution(text, match)
        if found is not None:
            start, end, phrase, via = found
            out.append((base + start, base + end, phrase, via, text))
    if "with " in lowered and has_participle(lowered):  # "..., with the observatory reporting a new attack"
        out.extend((base + m.start(), base + m.end(), m.group(1), "", text) for m in _WITH_SAYING.finditer(text))
    participle = PARTICIPLE_SAYING.search(text) if has_participle(lowered) else None
    if participle and (subject := opening_subject(text)[1]):
        out.append((base + participle.start(), base + participle.end(), subject, "", text))  # "X ... after claiming"
    if not out and not re.search(r"[.!?\"”]\s*$", text):
        out.extend((base + start, base + end, phrase, "", text) for start, end, phrase in _headline_cues(text))
    return sorted((start, end, phrase, via, sentence.text) for start, end, phrase, via, _ in out)


def _headline_cues(text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of a headline's source: a generic tail ("a monitor", resolved to
    the monitor the article names next) or an organisation before a colon."""
    tail = _HEADLINE_TAIL.search(text)
    if tail:
        word = tail.group(1)
        return [(tail.start(1), tail.end(1), word if word.endswith("s") else "a " + word)]
    head = _HEADLINE_HEAD.match(text)
    if head and {w.lower().rstrip("s") for w in head.group(1).split()} & org_words():
        return [(0, head.end(1), head.group(1))]
    return []


# "and" right before a source phrase the steps above settled: a second conjunct whose modifiers
# ("medical workers in the rebel-held area") kept the first conjunct out of the scan's reach.
_AND_BEFORE = re.compile(r"(?:,\s*|\s)and\s+$")
# "claimed responsibility", "claimed the lives of": an attack, not a statement.
_CLAIMED_ATTACK = re.compile(r"\s+(?:responsibility\b|(?:the\s+)?(?:[\w-]+\s+){0,4}?li(?:fe|ves)\b)")


def _verb_attribution(text: str, verb: re.Match[str]) -> tuple[int, int, str, str] | None:
    """The source before the verb (or after it, when inverted), and the intermediary if any."""
    if _CLAIMED_ATTACK.match(text, verb.end()):
        return None  # "claimed responsibility", "claimed the lives of": an attack, not a statement
    if verb.group(0) in ("reports", "claims") and _NOUN_THEN_VERB.match(text, verb.end()):
        return None  # "... in Raqqa reports indicate": the noun "reports", not a verb after a place
    passive = re.search(r"\b(?:was|were)\s+$", text[: verb.start()]) if verb.group(0) == "quoted" else None
    start, phrase = source_before(text, passive.start() if passive else verb.start())  # "X was quoted as saying"
    start, phrase = first_conjunct(text, start, phrase) or with_role(text, start, phrase)
    start, phrase = org_before_place(text, start, phrase)
    start, phrase = behind_place(text, start, phrase)
    start, phrase = modified_subject(text, passive.start() if passive else verb.start(), start, phrase)
    start, phrase = without_place(text, start, phrase)
    if phrase.strip() and _AND_BEFORE.search(text, max(0, start - 8), start):  # "a monitor and medics in X said"
        start, phrase = with_modifiers(text, *(first_conjunct(text, start, "") or (start, phrase)))
    if not phrase.strip():  # "X did not say when ... and said"
        start, phrase = coordinated_subject(text, verb.start())
    if phrase.lower() in ("it", "they") and start > 0:  # "Washington blames X for the attack which it says ..."
        phrase = opening_subject(text)[1] or phrase
    end = verb.end()
    inverted = _inverted_name_end(text, verb)
    if inverted:  # "... in Deir Ezzor said the Syrian Observatory for Human Rights."
        phrase, start, end = text[verb.end() : inverted], verb.start(), inverted
    elif not phrase and verb.group(0) != "accusing" and text[: verb.start()].rstrip()[-1:] in (",", '"', "”", "’"):
        phrase_end = _inverted_end(text, verb.end())
        phrase, start, end = text[verb.end() : phrase_end], verb.start(), phrase_end
    if not phrase.strip():
        return None
    via = ""
    if verb.group(0) in ("told", "tells"):
        object_end = _clause_end(text, verb.end())
        obj = text[verb.end() : object_end].strip()
        if is_outlet(obj):
            via, end = obj, object_end
    citing = _CITING.match(text, end)
    before = cited_before(text, start, phrase, verb.start()) if not inverted and not via else None
    if before:  # "Citing medics, the monitor said", "The monitor, citing medics, said"
        start, phrase, via = before
    elif citing:  # "Reuters reported, citing the health ministry": the cited one is primary
        cited_end = _clause_end(text, citing.end())
        via, phrase, end = phrase, text[citing.end() : cited_end], cited_end
    elif passive and (by := re.match(r"\s+as\s+saying\s+by\s+", text[end:])):
        via_end = _clause_end(text, end + by.end())
        via, end = text[end + by.end() : via_end], via_end
    elif not passive and verb.group(0) == "quoted" and (as_saying := _QUOTED_AS.search(text, verb.end())):
        via, phrase, end = phrase, text[verb.end() : as_saying.start()], as_saying.end()
    return start, end, phrase, via


_INVERTING_VERBS = frozenset({"said", "says", "added", "reported", "stated", "noted", "explained", "warned"})


# "said X also known as Y" / "said X, better known as Y": X is the name, Y another for it.
_ALSO_KNOWN = re.compile(
    r"\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}),?\s+(?:also\s+|better\s+)?known\s+as\b"
)


def _inverted_name_end(text: str, verb: re.Match[str]) -> int:
    """End of a source named after its verb that closes the sentence ("..., said the
    Observatory.", "said X, the head of Y."), or 0."""
    if verb.group(0) not in _INVERTING_VERBS:
        return 0
    aka = _ALSO_KNOWN.match(text, verb.end())
    if aka:  # "said the Civil Defence also known as the White Helmets who ...": the first name
        return aka.end(1)
    end = _clause_end(text, verb.end())
    if not re.match(r"\s*(?:,|[.!?][\"”’]?\s*$|$|(?:adding|saying|who|which)\b)", text[end:]):
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
    return _inverted_end(text, verb.end())


def _name_words_ok(words: list[str]) -> bool:
    """Whether words read as a source's name: opened by a capital or a determiner, name words only."""
    if not (words[0][:1].isupper() or words[0].lower() in word_table()["determiner"]):
        return False
    return not all(w.lower() in word_table()["skip"] for w in words) and all(name_word(w) for w in words)


def _inverted_end(text: str, start: int) -> int:
    """End of "said X, the head of Y": the name and one appositive after it."""
    end = _clause_end(text, start)
    if re.match(r",\s+(?:the|a|an)?\s*(?:\w+\s+){0,2}?(?:" + "|".join(word_table()["title"]) + r")\b", text[end:]):
        end = _clause_end(text, end + 1)
    elif lead := leading_clause_end(text, end):  # "said X, who heads the Y."
        end = _clause_end(text, lead)
    return end


def _name_end(text: str, start: int) -> int:
    """End of the source name that starts at `start` ("according to the Sana news agency the
    strikes ..."): name words only, up to punctuation or a second determiner."""
    end, previous = start, ""
    for index, word in enumerate(WORD.finditer(text, start, _clause_end(text, start))):
        determiner = word.group(0).lower() in word_table()["determiner"]
        opens_apposition = index and determiner and not _connector_at(text, word)
        if not name_word(word.group(0)) or opens_apposition or _opens_clause(previous, word.group(0)):
            break
        end, previous = word.end(), word.group(0)
    while end > start and text[start:end].split()[-1].lower() in word_table()["connector"]:
        end = start + text[start:end].rstrip().rfind(" ")
    return end


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


def _clause_end(text: str, start: int) -> int:
    """Where a name phrase starting at `start` ends: at punctuation or a clause word (not at the
    dots of initials: "according to the U.N." names the U.N.)."""
    match = _CLAUSE_END.search(text, start)
    while match and match.group(0) == "." and (initials := _INITIALS.search(text, max(start, match.start() - 2))):
        if not initials.start() <= match.start() < initials.end():
            break
        match = _CLAUSE_END.search(text, initials.end())
    end = match.start() if match else len(text)
    while end > start and text[end - 1] in " ":
        end -= 1
    # a parenthesised acronym belongs to the name: "(SOHR)" ends in ")" not in _CLAUSE_END
    return end
