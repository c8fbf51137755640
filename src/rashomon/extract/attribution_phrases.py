"""Where a sentence names a source: the shapes of an attribution, found on the sentence text.

Attributions are found with cheap rules (no parse: nearly every news sentence has a "said"),
in these shapes:

- "according to X" (X cleaned of "figures from", "a statement by" ...), and a claim or a
  document with its maker ("the claim by activists", "a video posted by activists");
- "X said/reported/told Y/claimed/identified ..." (X scanned back from the verb, over an
  appositive: "X, a local group that ..., reported"), and a toll verb ("X put the toll at");
- "..., said X, the head of Y" (inverted, after a quote or a comma);
- "Z reported, citing X" / "according to Z, citing X" / "Z quoted X as saying" (primary X, via Z);
- an absolute clause ("with the observatory reporting ..."), a participle after the
  sentence's subject, and a headline's tail or head ("...: monitor", "Defence Ministry: ...");
- a journalist's sighting ("a Reuters photographer at the clinic saw the bodies of ...").

Each gives (start, end, source phrase, intermediary, sentence); resolving the phrase to a
source is attribution_names.py's, and choosing a figure's source is attribution.py's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rashomon.extract.attribution_scope import is_outlet
from rashomon.extract.attribution_words import SOURCE_PREFIX, Found, org_words, word_table
from rashomon.extract.source_citing import cited_at_end, cited_before, relay_between, spoken_to
from rashomon.extract.source_clauses import (
    PARTICIPLE_SAYING,
    clause_participle,
    conjoined_verb_subject,
    coordinated_subject,
    has_participle,
    modified_subject,
    opening_subject,
    place_headed,
    with_modifiers,
    without_place,
)
from rashomon.extract.source_descriptors import unquoted_names
from rashomon.extract.source_ends import (
    clause_end,
    headline_monitor_end,
    inverted_end,
    inverted_name_end,
    name_end,
    named_after,
    outlet_name_start,
)
from rashomon.extract.source_heads import leading_clause_end
from rashomon.extract.source_scan import (
    ON_THE_GROUND,
    after_place,
    behind_place,
    first_conjunct,
    lowercase_after_place,
    source_before,
)
from rashomon.extract.source_shapes import org_before_place, portfolio_owner, with_role
from rashomon.extract.word_trie import trie_pattern
from rashomon.model import Sentence

# Verbs that state a figure only with a toll after them: "the Observatory gave a toll of 36",
# "put the death toll at 58", "updated to 18 its toll", "X gave a lower count of 27", "placed
# the toll at 50", "put the number at 60", "gave a total of 40" (alone, "gave" and "put" say
# nothing). Up to two describing words may stand before the toll noun ("a lower count", "its new
# death toll"); "a number of" is a quantifier ("gave a number of families shelter"), no toll.
_TOLL_VERB = re.compile(
    r"\b(?:gave|gives|give|put|puts|placed|places|updated|raised|revised|lowered)\b(?=\s+(?:to\s+\d+\s+)?"
    r"(?:(?:its|a|an|the|their)\s+)?(?:[a-z-]+\s+){0,2}(?:toll|count|tally|figure|estimate|total|(?<!\ba\s)number)\b)",
    re.IGNORECASE,
)
# "X received reports of 12 killed" / "X has received reports that ...": X passes the reports on
# as its own account, the way "X reported" does; alone, "received" says nothing (a hospital
# "received three victims"), so only with "reports of/that" after it.
_RECEIVED_REPORTS = re.compile(
    r"\b(?:received|receives|receive)\b(?=\s+(?:(?:new|several|many|further|credible)\s+)?reports?\s+(?:of|that)\b)",
    re.IGNORECASE,
)
# A verb right after "reports"/"claims" makes them the subject noun ("reports indicate").
_NOUN_THEN_VERB = re.compile(r"\s+(?:indicate|indicated|suggest|suggested|say|said|show|showed|claim|claimed)\b")
# A preposition and one lowercase word before "reports"/"claims" make them a noun with its
# adjective ("with daily reports of attacks", "amid conflicting claims"): no subject can stand
# between a preposition and its verb, so "daily" is no newspaper there.
_PREPOSITION_THEN_WORD = re.compile(
    r"\b(?:with|amid|amidst|of|despite|after|following|about|among|over|by|from)\s+[a-z][a-z-]*\s+$"
)
# A journalist who saw the dead or wounded: "a Reuters photographer at the clinic saw two
# bodies" is the agency's report of what its reporter saw (GUIDELINES.md section 15:
# bodies an agency's reporter saw are that agency's figure), whatever place follows the
# journalist ("at the medical facility", which the backward scan cannot cross). The subject is
# the journalist with up to two words before it (determiner, agency); a verb of sight with any
# other subject ("the town saw fighting") names no source.
_SIGHTING = re.compile(
    r"((?:(?i:an?|the|another)\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}"
    r"(?i:photographers?|journalists?|correspondents?|reporters?|cameram[ae]n|camera\s+crews?))"
    r"(?:\s+(?i:at|in|near|inside|outside|on)(?:\s+[\w'’-]+){1,4}?)?(?:\s+[a-z]+ly)?"
    r"\s+(?i:saw|witnessed|observed|spotted)\b"
)
# "told SANA reporter", "told the agency's correspondent", "told a Reuters photographer": the
# outlet's own journalist was told, so the outlet passes the claim on just as in "told SANA".
_REPORTER_OF = re.compile(
    r"(?:['’]s)?\s+(?:reporter|correspondent|photographer|journalist|cameram[ae]n|stringer)s?$", re.IGNORECASE
)
# An article before a named outlet ("a Reuters photographer"), and where the teller spoke from
# ("told Reuters from Aleppo", "told AFP by phone"): neither is part of the outlet's name.
_ARTICLE_BEFORE_NAME = re.compile(r"^(?:an?|the)\s+(?=[A-Z])")
_SPOKEN_FROM = re.compile(r"\s+(?:from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|by\s+(?:tele)?phone)$")
_SIGHTING_GATE = re.compile(r"photographer|journalist|correspondent|reporter|cameram[ae]n|crew")
# A sentence without one of these words has no toll frame: checked with `in` before the regex.
_TOLL_GATE = re.compile(r"toll|count|tally|figure|estimate|total|number")
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
# observatory reporting a new barrel bomb attack", "... with state media saying two died" (the
# speaker, up to one lowercase describing word before a speaker head, then a participle of
# saying with an object: "reporting on" is a topic, not a claim). One lowercase describing word
# may also open the name ("with the official X news agency confirming four dead").
_WITH_SAYING = re.compile(
    r"\bwith\s+((?:the\s+)?(?:[a-z][\w-]*\s+(?=[A-Z]))?(?:[A-Z][\w'’-]*\s+){0,4}(?:[a-z][\w-]*\s+)?"
    r"(?:[A-Z][\w'’-]*|monitor|observatory|group|agency|ministry|media|television|sources|officials|activists))"
    r"\s+(?:reporting|saying|claiming|stating|confirming)\b(?!\s+on\b)"
)
# "Activists gave differing tolls, with some saying 30 died": "some" are some of the sentence's
# subject, a plural body that speaks (its plural head), so the subject says the figure.
_WITH_SOME_SAYING = re.compile(
    r"((?:[\w'’-]+\s+){0,4}(?:websites|media|activists|sources|reports|outlets|officials|residents))"
    r"\s+(?:had|gave|reported|offered|put)\b[^.;]*?\bwith\s+some(?:\s+of\s+them)?\s+(saying|reporting|claiming)\b"
)
_CITING = re.compile(r",?\s+(?:citing|quoting)\s+", re.IGNORECASE)
# A lowercase possessive right after where a name was cut ("according to the Fall River district
# attorney's office"): the words kept only qualify the office's holder; the office speaks.
_CUT_AT_POSSESSIVE = re.compile(r"\s+[a-z]+['’]s\s+[a-z]+\b")
# "Z reported the attack, quoting X as ...": a short lowercase object between the verb and the
# participle, a counted object ("reported 15 deaths, citing X") or a day ("reported Wednesday
# citing X"); the cited one is still primary.
_CITING_AFTER_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|its|\d[\d,.]*)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+"
    r"|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+(?:citing|quoting)\s+"
)
# A cited source that says only that it is unnamed ("citing anonymous sources"): it tells nothing
# of who speaks, so the outlet citing it stands behind the claim and stays its source. One that
# names a family ("citing an unnamed security source") is cited as usual.
_BARE_ANONYMOUS = re.compile(r"(?i:an?\s+)?(?i:anonymous|unnamed|undisclosed)\s+sources?[\s.]*")
_QUOTED_AS = re.compile(r"\s+as\s+saying\b", re.IGNORECASE)
# "told a news conference", "told a press briefing": the object's name was cut at "news" or
# "press" (outlet words), but the whole object is a meeting, the speaker's audience, which passes
# nothing on; the speaker alone is the source.
_MEETING_AFTER = re.compile(r"\s*(?:conferences?|briefings?)\b", re.IGNORECASE)
# The passive with the quoting outlet before "as saying": "X was quoted by AFP as saying" (a few
# words, no punctuation); X said it, the outlet passes it on.
_QUOTED_BY_AS = re.compile(r"\s+by\s+((?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)\s+as\s+saying\b", re.IGNORECASE)
# "Z quoted X saying that ...": X (up to a dozen words in the same clause, a relative clause
# after its head allowed) is who said it; the relative clause is cut off X ("residents who fled").
_QUOTED_SAYING = re.compile(r"\s+((?:[\w'’()-]+\s+){1,12}?)saying\b")
_RELATIVE = re.compile(r"\s+(?:who|whom|whose|which|that)\s+", re.IGNORECASE)
# "Z reported X as saying", "Z cited X as saying": X (a few words, no punctuation) is who said it.
_REPORTED_AS = re.compile(r"\s+((?:[\w'’-]+\s+){0,5}[\w'’-]+)\s+as\s+saying\b", re.IGNORECASE)
# A headline (no closing full stop) names its source in a tail ("... kill 20 civilians: monitor",
# "... - activists say") or a head ending in a colon ("Defence Ministry: 100 militants killed").
# Up to three capitalised words may follow the tail: a byline run into the headline.
_HEADLINE_TAIL = re.compile(
    r"(?:\s[-–—:]\s*|:\s*|\s)((?i:monitor|watchdog|activists|rights\s+group|medics|rescuers))"
    r"(?:\s+(?:says?|said))?(?:\s+[A-Z][\w'’-]+){0,3}\s*(?:\|[^|]*)?$"
)
_HEADLINE_HEAD = re.compile(r"^([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5}):\s")


def told_outlet(obj: str) -> str:
    """The outlet in the object of "told": "SANA reporter" -> "SANA"; "the correspondent" names
    none (an unnamed journalist passes nothing on)."""
    obj = _SPOKEN_FROM.sub("", obj)
    if not _REPORTER_OF.search(obj):
        return obj
    outlet = _REPORTER_OF.sub("", obj)
    return "" if outlet.lower() in ("", "the", "a", "an", "our", "its") else _ARTICLE_BEFORE_NAME.sub("", outlet)


def _object_end(text: str, start: int) -> int:
    """End of the object named from `start` ("told Reuters four were killed": Reuters)."""
    return min(clause_end(text, start), name_end(text, start))


@lru_cache(maxsize=1)
def _verb_pattern() -> re.Pattern[str]:
    """The verbs of saying as one prefix trie: scanned over every sentence, and a trie is one
    pass where an alternation of 40 words tries each in turn (same matches, FA-KES: -40% time)."""
    return re.compile(r"\b" + trie_pattern(sorted(word_table()["verb"])) + r"\b")



def sentence_attributions(sentence: Sentence) -> list[Found]:
    """(start, end, source phrase, intermediary, sentence) for each attribution in the sentence."""
    text, base, out = unquoted_names(sentence.text), sentence.start, []  # 'the "Cham" TV network'
    relays: list[tuple[int, int]] = []
    lowered = text.lower()
    according_matches = _ACCORDING.finditer(text) if "accord" in lowered or " by " in lowered else ()
    for match in according_matches:
        prefix = SOURCE_PREFIX.match(text[match.end() :]) or _RECENT.match(text[match.end() :])
        name_start = match.end() + (prefix.end() if prefix else 0)
        phrase_end = name_end(text, name_start)  # "a March report by"
        outlet = outlet_name_start(text, name_start)  # "the semi-official Fars news agency": Fars
        if ground := ON_THE_GROUND.match(text, phrase_end):  # "sources on the ground": local sources
            phrase_end = ground.end()
        elif lead := leading_clause_end(text, phrase_end):  # "according to X, who heads the Y"
            phrase_end = name_end(text, lead)
        if document := _BARE_DOCUMENT.match(text, match.end()):  # "according to report ISIS has executed"
            phrase_end = document.end(1)
        phrase = text[match.end() if outlet is None else outlet : phrase_end]
        if document and " " not in document.group(1):
            phrase = "the " + phrase  # "according to report": the article dropped, a definite report
        via = ""
        if not document and (citing := _CITING.match(text, phrase_end)):  # "according to Z, citing X"
            via, phrase_end = phrase, _cited_end(text, citing.end())
            phrase = text[citing.end() : phrase_end]
        if cut := _CUT_AT_POSSESSIVE.match(text, phrase_end):  # "the sheriff's department"
            phrase_end = cut.end()  # the office's head noun closes the name
            phrase = text[match.end() : phrase_end]
        relay_end = phrase_end
        if not document and not via and " by " in text[phrase_end : phrase_end + 20]:
            via, relay_end = _relayed_by(text, phrase_end)  # "according to X, cited by Y,"
        if phrase.strip():
            out.append((base + match.start(), base + phrase_end, phrase, via, text))
            relays.append((match.start(), relay_end))
    according = [(start - base, end - base) for start, end, *_ in out] + relays
    tolls = _TOLL_VERB.finditer(text) if _TOLL_GATE.search(lowered) else ()
    received = _RECEIVED_REPORTS.finditer(text) if "report" in lowered and "receive" in lowered else ()
    verbs = sorted([*_verb_pattern().finditer(text), *tolls, *received], key=lambda m: m.start())
    for match in verbs:
        if any(start <= match.start() < end for start, end in according):
            continue  # "according to preliminary reports": a noun inside the source, not a verb
        found = _verb_attribution(text, match)
        if found is not None:
            start, end, phrase, via = found
            out.append((base + start, base + end, phrase, via, text))
    if _SIGHTING_GATE.search(lowered):  # "an AFP photographer at the hospital saw the bodies of ..."
        out.extend((base + m.start(), base + m.end(), m.group(1), "", text) for m in _SIGHTING.finditer(text))
    if "with " in lowered and has_participle(lowered):  # "..., with the observatory reporting a new attack"
        out.extend((base + m.start(), base + m.end(), m.group(1), "", text) for m in _WITH_SAYING.finditer(text))
    if "with some" in lowered and (some := _WITH_SOME_SAYING.match(text)):  # "X had tolls, with some saying"
        out.append((base + some.start(2), base + some.end(), some.group(1), "", text))
    participle = PARTICIPLE_SAYING.search(text) if has_participle(lowered) else None
    if participle and (subject := opening_subject(text)[1]):
        out.append((base + participle.start(), base + participle.end(), subject, "", text))  # "X ... after claiming"
    if not out and (clause := clause_participle(text)):  # "X condemned the attack, saying 12 died"
        out.append((base + clause[0], base + clause[1], clause[2], "", text))
    if not out and not re.search(r"[.!?\"”]\s*$", text):
        out.extend((base + start, base + end, phrase, "", text) for start, end, phrase in _headline_cues(text))
    return sorted((start, end, phrase, via, sentence.text) for start, end, phrase, via, _ in out)


def _headline_cues(text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of a headline's source: a generic tail ("a monitor", resolved to
    the monitor the article names next) or an organisation before a colon."""
    tail = _HEADLINE_TAIL.search(text)
    if tail:
        word = tail.group(1).lower()  # "... in Aleppo Monitor": a title-case headline
        return [(tail.start(1), tail.end(1), word if word.endswith("s") else "a " + word)]
    head = _HEADLINE_HEAD.match(text)
    if head and _speaks_in_headline(head.group(1)):
        return [(0, head.end(1), head.group(1))]
    return []


# Who a news headline credits before a colon besides an organisation: "Sheriff: shooting kills
# 1", "Police: 2 hurt in crash", "Officials: 30 dead" (a title from the title table as well).
_HEADLINE_SPEAKERS = frozenset(
    {"police", "cops", "sheriff", "coroner", "officials", "authorities", "prosecutors", "witnesses", "doctors",
     "medics"}
)


def _speaks_in_headline(head: str) -> bool:
    """Whether the words before a headline's colon name a speaker: an organisation word, a
    title, or a speaker noun (_HEADLINE_SPEAKERS), not a place or a topic ("Syria: ...")."""
    lowered = [word.lower() for word in head.split()]
    return bool(
        {word.rstrip("s") for word in lowered} & org_words()
        or set(lowered) & (_HEADLINE_SPEAKERS | word_table()["title"])
    )


# "and" right before a source phrase the steps above settled: a second conjunct whose modifiers
# ("medical workers in the rebel-held area") kept the first conjunct out of the scan's reach.
_AND_BEFORE = re.compile(r"(?:,\s*|\s)and\s+$")
# "claimed responsibility", "claimed the lives of": an attack, not a statement. Asked of a verb
# "claim" only: "X said the attacks claimed the lives of" is a statement by X.
_CLAIMED_ATTACK = re.compile(r"\s+(?:responsibility\b|(?:the\s+)?(?:[\w-]+\s+){0,4}?li(?:fe|ves)\b)")


# A source right after "the/these/those" + a plural common noun, whose "say" is followed by the
# clause's gap ("they face", "remain") speaks inside a relative clause on that noun ("the risks
# officials say remain", "the problems prosecutors say they face"): it reports the noun's claim,
# not the sentence's figures. Only "say" with such a gap: with punctuation lost, "the strikes
# RIA reported" or "the process AMN reported." still end a report.
_CONTACT_HEAD = re.compile(r"\b(?:the|these|those)\s+([a-z]+[^s\W]s)\s+$")
_GAP_AFTER_SAY = re.compile(r"\s+(?:they|he|she|it|we|remain|remains|is|are|was|were|exist|exists)\b")


# A source right after "whom" ("her co-workers, whom she accused of spraying her", "the man whom
# he told to leave"): the verb's object is the relative pronoun, a person accused or spoken to,
# so the clause tells no claim of the sentence's, and "she" is the sentence's subject, not a
# speaker named before.
# Only verbs whose object is a person: with "say" the "whom" is a slip for "who" ("police, whom
# residents say make ..."), and the residents still say it.
_WHOM_BEFORE = re.compile(r"\bwhom\s+$", re.IGNORECASE)
_PERSON_OBJECT_VERBS = frozenset({"accused", "accusing", "told", "tells", "warned", "quoted", "cited"})


def _in_contact_relative(text: str, start: int, verb: re.Match[str]) -> bool:
    """True when the source at `start` says inside a relative clause with no relative pronoun."""
    if verb.group(0) not in ("say", "says", "said"):
        return False
    head = _CONTACT_HEAD.search(text, max(0, start - 40), start)
    if head is None or head.group(1) in word_table()["noun"] or head.group(1) in word_table()["skip"]:
        return False
    return bool(_GAP_AFTER_SAY.match(text, verb.end()))


def _after_preposition_word(text: str, at: int) -> bool:
    """Whether a preposition and one lowercase word stand right before `at`: the verb-looking
    word there is a noun with its adjective ("with daily reports"), no subject and verb."""
    return _PREPOSITION_THEN_WORD.search(text, max(0, at - 40), at) is not None


# "Z said (that) X had told it": X is the source, Z, which the pronoun names, passes it on.
_TOLD_IT = re.compile(r"\s+it\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|reported|reports)\s+(?:that\s+)?$")


def _told_it_teller(text: str, start: int, verb: re.Match[str]) -> str:
    """The one that says X "told it" ("the agency said police had told it"), when it is an
    outlet, a monitor or a group that relays; "" when none is named right before X."""
    if not _TOLD_IT.match(text, verb.end()):
        return ""
    said = _SAID_BEFORE.search(text, 0, start)
    if said is None:
        return ""
    return source_before(text, said.start())[1].strip()


# "according to X, cited by Y," / "according to X, as quoted by Y,": Y passes X's account on.
_RELAYED_BY = re.compile(r",?\s+(?:as\s+)?(?:cited|quoted)\s+by\s+", re.IGNORECASE)


def _relayed_by(text: str, phrase_end: int) -> tuple[str, int]:
    """(Y, end of Y) for "cited by Y" right after an "according to X" phrase, else ("", phrase_end):
    the participle relays X's account, so Y is the intermediary, never a source of its own."""
    relay = _RELAYED_BY.match(text, phrase_end)
    if relay is None:
        return "", phrase_end
    relay_end = name_end(text, relay.end())
    return text[relay.end() : relay_end].strip(), relay_end


def _bare_participle(text: str, verb: re.Match[str]) -> bool:
    """Whether "quoted by" or "cited by" follows its noun with no comma ("officials quoted by
    AFP"); set off by a comma (", cited by AFP") it relays the attribution before it, as read
    elsewhere."""
    return text.startswith(" by ", verb.end()) and not text[: verb.start()].rstrip().endswith(",")


def _quoted_as(text: str, verb: re.Match[str]) -> bool:
    """Whether the verb can be the passive of a quotation: "quoted", or "cited as" ("X was cited
    as saying"); "was cited by Y" names Y, so a bare "cited" stays active."""
    return verb.group(0) == "quoted" or verb.group(0) == "cited" and text.startswith(" as ", verb.end())


# What follows an inverted "said" is a reported clause, not the speaker's name, when it holds a
# finite verb ("..., said two helicopters were evacuating").
_CLAUSE_VERB = re.compile(r"\s(?:were|was|are|is|had|have|has|been|will|would)\s")
# The sentence opens with a name and its role set off by commas: "Shahram Alamdari, head of the
# rescue unit for the Red Crescent, said": the named person speaks.
_NAMED_APPOSITIVE = re.compile(
    r"^([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}),\s+(?:the\s+|a\s+|an\s+)?[^,;\"“”]{0,80}\b(?:"
    + "|".join(word_table()["title"])
    + r")\b[^,;\"“”]{0,80},\s*$"
)
# "Two accused gangbangers", "three alleged gunmen": the participle is an adjective on the noun
# after it, and the count before it is no speaker.
_COUNT_WORD = re.compile(
    r"(?i:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many|dozens)"
)


# "Reports reaching here said", "reports reaching Beirut say": the reports are the source; the
# place they reached is where the outlet sits, not who speaks (GUIDELINES.md section 6: media
# reports are a source).
_REPORTS_REACHING = re.compile(
    r"\b((?i:reports|news|word)\s+reaching\s+(?:here|us|(?:the\s+)?[A-Z][\w'’-]*))\s*$"
)


def _reports_reaching(text: str, verb_start: int) -> tuple[int, str] | None:
    """(start, phrase) for a report noun modified by "reaching X" right before the verb."""
    if "reaching" not in text:  # a cheap gate
        return None
    found = _REPORTS_REACHING.search(text, max(0, verb_start - 60), verb_start)
    return (found.start(1), found.group(1)) if found else None


# "Reports from the battlefield said", "FNA dispatches from the front said": the reports (or the
# agency's dispatches) are the source; the front is where they come from, and its lowercase noun
# stopped the backward scan, so the figure had no source at all (GUIDELINES.md section 6: media
# reports; section 23: "FNA reports" give `fna`). Only an acronym may own them: a capitalised word
# before a trailing "reports from the front said" is the place the sentence ended on.
_REPORTS_FROM_FRONT = re.compile(
    r"\b((?:[A-Z]{2,}\s+)?(?i:reports|dispatches))\s+from\s+(?:the\s+)?"
    r"(?i:battle\s?fields?|front\s?lines?|fronts?|ground|field|scene)\s*$"
)


def _reports_from_front(text: str, verb_start: int) -> tuple[int, str] | None:
    """(start, phrase) for a report noun coming "from the battlefield" right before the verb."""
    if " from " not in text[max(0, verb_start - 40) : verb_start]:  # a cheap gate
        return None
    found = _REPORTS_FROM_FRONT.search(text, max(0, verb_start - 60), verb_start)
    return (found.start(1), found.group(1)) if found else None


def _adjective_participle(text: str, verb: re.Match[str], phrase: str) -> bool:
    """True when "accused"/"alleged" stands between a bare count and a lowercase noun."""
    if verb.group(0) not in ("accused", "alleged") or not _COUNT_WORD.fullmatch(phrase.strip()):
        return False
    return re.match(r" (?!that\b)[a-z]", text[verb.end() : verb.end() + 6]) is not None  # not "two alleged that"


# "Speaking to", "talking to", "in an interview with" just before a scanned subject: with no comma
# the scan from the verb runs over the outlet spoken to ("Al Arabiya a rebel commander").
_SPOKEN_OPENING = re.compile(r"(?i:(?:speaking|talking)\s+(?:to|with)|in\s+an?\s+interview\s+with)\s+$")


def _outlet_then_speaker(text: str, start: int, phrase: str) -> tuple[int, str, str]:
    """(start, phrase, outlet): an outlet spoken to, written without a comma before its speaker
    ("Speaking to Al Arabiya a rebel commander said"), split off the subject: the speaker is the
    source and the outlet its relay (GUIDELINES.md section 6, like "told Al Arabiya")."""
    if all(text.find(word, 0, start) < 0 for word in ("alking", "peaking", "nterview")):
        return start, phrase, ""  # a cheap gate
    if not _SPOKEN_OPENING.search(text, max(0, start - 30), start):
        return start, phrase, ""
    outlet_end = name_end(text, start)
    speaker = text[outlet_end:start + len(phrase)].strip()
    outlet = told_outlet(text[start:outlet_end].strip())
    if not speaker or not re.match(r"(?i:an?|the)\s", speaker) or not is_outlet(outlet):
        return start, phrase, ""
    return start + len(phrase) - len(speaker), speaker, outlet


def _cited_end(text: str, start: int) -> int:
    """Where the cited name after "according to Z citing" ends: at the clause's end, or, when
    no comma closes it and the claim runs on ("according to the agency quoting the ministry 16
    people were killed"), where the name's words stop."""
    end = clause_end(text, start)
    return name_end(text, start) if any(c.isdigit() for c in text[start:end]) else end


def _saying_between(text: str, start: int, end: int) -> bool:
    """Whether another verb of saying or an "according to" stands in `start`..`end`."""
    return _verb_pattern().search(text, start, end) is not None or "ccording to" in text[start:end]


def _verb_attribution(text: str, verb: re.Match[str]) -> tuple[int, int, str, str] | None:
    """The source before the verb (or after it, when inverted), and the intermediary if any."""
    if verb.group(0).startswith("claim") and _CLAIMED_ATTACK.match(text, verb.end()):
        return None  # "claimed responsibility", "claimed the lives of": an attack, not a statement
    if verb.group(0) in ("reports", "claims") and _NOUN_THEN_VERB.match(text, verb.end()):
        return None  # "... in Raqqa reports indicate": the noun "reports", not a verb after a place
    if verb.group(0) in ("reports", "claims") and _after_preposition_word(text, verb.start()):
        return None  # "with daily reports of attacks": a noun after its adjective, not "the daily reports"
    passive = re.search(r"\b(?:was|were)\s+$", text[: verb.start()]) if _quoted_as(text, verb) else None
    bare = passive is None and verb.group(0) in ("quoted", "cited") and _bare_participle(text, verb)
    if bare:  # "(according to) sources quoted by Y (as saying)": a participle after its noun, a passive
        passive = re.search(r"$", text[: verb.start()])
    relay = relay_between(text, verb.start())  # "X, as cited by Y, said": X is read before the commas
    subject_end = relay[0] if relay else passive.start() if passive else verb.start()
    start, phrase = source_before(text, subject_end)  # "X was quoted as saying"
    if phrase and (_in_contact_relative(text, start, verb) or _adjective_participle(text, verb, phrase)):
        return None
    whom = phrase and verb.group(0) in _PERSON_OBJECT_VERBS and "whom" in text
    if whom and _WHOM_BEFORE.search(text, max(0, start - 12), start):
        return None  # "co-workers, whom she accused of ...": the verb's object is a person, no claim told
    if (reaching := _reports_reaching(text, verb.start())) and (not phrase or start > reaching[0]):
        start, phrase = reaching  # "Reports reaching Beirut said": the reports, not the city
    elif not phrase and (from_front := _reports_from_front(text, verb.start())):
        start, phrase = from_front  # "Reports from the battlefield said": the reports, not the front
    start, phrase = first_conjunct(text, start, phrase) or with_role(text, start, phrase)
    start, phrase = org_before_place(text, start, phrase)
    start, phrase = portfolio_owner(text, start, phrase)
    start, phrase = behind_place(text, start, phrase)
    start, phrase = after_place(start, phrase)
    start, phrase = lowercase_after_place(start, phrase)  # "40 rebels in Qusayr activists said"
    start, phrase = modified_subject(text, passive.start() if passive else verb.start(), start, phrase)
    start, phrase = without_place(text, start, phrase)
    start, phrase = conjoined_verb_subject(text, verb.start(), start, phrase)  # "X relies on Y and says"
    if phrase.strip() and _AND_BEFORE.search(text, max(0, start - 8), start):  # "a monitor and medics in X said"
        start, phrase = with_modifiers(text, *(first_conjunct(text, start, "") or (start, phrase)))
    if not phrase.strip():  # "X did not say when ... and said"
        start, phrase = coordinated_subject(text, verb.start())
    if phrase.lower() in ("it", "they") and start > 0:  # "Washington blames X for the attack which it says ..."
        phrase = opening_subject(text)[1] or phrase
    end = verb.end()
    opens = phrase.strip() and not text[:start].strip()  # "Lynch reported the X team ... offered": nothing said before
    inverted = 0 if opens else inverted_name_end(text, verb)
    if not inverted and place_headed(phrase):  # "... in the eastern X province says a monitor": where, not who
        inverted = named_after(text, verb)
    if inverted:  # "... in Deir Ezzor said the Syrian Observatory for Human Rights."
        phrase, start, end = text[verb.end() : inverted], verb.start(), inverted
    elif not phrase and verb.group(0) != "accusing" and text[: verb.start()].rstrip()[-1:] in (",", '"', "”", "’"):
        phrase_end = inverted_end(text, verb.end())
        phrase, start, end = text[verb.end() : phrase_end], verb.start(), phrase_end
        if _CLAUSE_VERB.search(phrase):  # "X, head of Y, said two people were killed": a clause, no name
            named = _NAMED_APPOSITIVE.match(text[: verb.start()])
            if named is None:
                return None
            phrase, start, end = named.group(1), named.start(1), verb.end()
    if not phrase.strip() and (monitor_end := headline_monitor_end(text, verb)):
        phrase, start, end = text[verb.end() : monitor_end], verb.start(), monitor_end  # "says monitoring group AFP"
    if not phrase.strip():
        return None
    start, phrase, spoken_outlet = _outlet_then_speaker(text, start, phrase)
    via = ""
    if verb.group(0) in ("told", "tells"):
        object_start = verb.end() + len(text[verb.end() :]) - len(text[verb.end() :].lstrip())
        object_end = min(clause_end(text, verb.end()), name_end(text, object_start))  # "told Reuters four were killed"
        obj = told_outlet(text[verb.end() : object_end].strip())
        if is_outlet(obj) and not _MEETING_AFTER.match(text, object_end):
            via, end = obj, object_end
        elif teller := _told_it_teller(text, start, verb):  # "The agency said police had told it"
            via = teller
    elif spoken := spoken_to(text, start, end, _object_end):  # "In a statement to SANA a source said"
        obj = told_outlet(spoken[0].strip())
        if is_outlet(obj):
            via, end = obj, spoken[1]
            if phrase.startswith(obj) and phrase[len(obj) :].strip():  # "Speaking to Daily Sabah X said"
                phrase = phrase[len(obj) :].strip()
    elif relay and is_outlet(told_outlet(relay[1].strip())):
        via = told_outlet(relay[1].strip())
    elif spoken_outlet:  # "Speaking to Al Arabiya a rebel commander said"
        via = spoken_outlet
    citing = _CITING.match(text, end) or (
        _CITING_AFTER_OBJECT.match(text, end) if verb.group(0) in ("reported", "reports") else None
    )
    before = cited_before(text, start, phrase, verb.start()) if not inverted and not via else None
    if before:  # "Citing medics, the monitor said", "The monitor, citing medics, said"
        start, phrase, via = before
    elif citing and not _BARE_ANONYMOUS.fullmatch(text, citing.end(), clause_end(text, citing.end())):
        # "Reuters reported, citing the health ministry": the cited one is primary
        cited_end = clause_end(text, citing.end())
        via, phrase, end = phrase, text[citing.end() : cited_end], cited_end
    elif (
        not inverted
        and not via  # "X told Reuters ... citing Y": the outlet told stays the relay, X the source
        and (cited := cited_at_end(text, end, _saying_between))
        and not _BARE_ANONYMOUS.fullmatch(cited)
    ):
        via, phrase = phrase, cited  # "AFP reported that 21 died ... citing the Observatory"
    elif passive and (by := re.match(r"\s+as\s+saying\s+by\s+", text[end:])):
        via_end = clause_end(text, end + by.end())
        via, end = text[end + by.end() : via_end], via_end
    elif passive and (by := _QUOTED_BY_AS.match(text, end)):  # "X was quoted by AFP as saying"
        via, end = by.group(1), by.end()
    elif bare:  # "sources quoted by the Herald": the sources, via the Herald
        via_end = _object_end(text, end + len(" by "))
        via, end = text[end + len(" by ") : via_end], via_end
    elif not passive and verb.group(0) == "quoted" and (as_saying := _QUOTED_AS.search(text, verb.end())):
        via, phrase, end = phrase, text[verb.end() : as_saying.start()], as_saying.end()
    elif not passive and verb.group(0) == "quoted" and (saying := _QUOTED_SAYING.match(text, verb.end())):
        via, end = phrase, saying.end()  # "Z quoted residents who fled saying that": the residents, via Z
        phrase = _RELATIVE.split(saying.group(1).strip())[0]
    elif not passive and verb.group(0) in ("reported", "reports", "cited") and (
        as_saying := _REPORTED_AS.match(text, verb.end())
    ):  # "Z reported residents as saying": the residents are primary, Z passes it on
        via, phrase, end = phrase, re.split(r"\s+(?:and|as\s+well\s+as)\s+", as_saying.group(1))[0], as_saying.end()
    return start, end, phrase, via
