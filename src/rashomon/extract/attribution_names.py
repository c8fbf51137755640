"""What a source phrase names: the primary source and the speaker behind an attribution.

attribution.py finds the phrase ("SOHR chief Omar Haddad", "the monitor", "he",
"a human rights group"); this module decides who it is, so that one monitor quoted under
five names is one source: "ORG chief PERSON" / "PERSON, the head of ORG" give the
organisation (primary) and the speaker; a pronoun repeats the previous source; a surname
repeats the organisation that person spoke for before; "the monitor" / "the group" is the
latest named organisation that fits (coreference by recency, data/attribution_generic.tsv);
"a human rights group" is the next one named. Names go through `canonical_actor`.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache

from rashomon.extract.actors import canonical_actor, normalise_person
from rashomon.extract.amounts import table_rows
from rashomon.extract.issuer_sources import document_head, issuer_source
from rashomon.extract.role_sources import role_family
from rashomon.extract.source_descriptors import described, field_office, figures_owner
from rashomon.extract.source_fragments import common_noun, distinct_name, is_fragment, speaks_for_force
from rashomon.extract.source_typos import misspelt_actor
from rashomon.model import AttributionFact, Sentence, Source

# A source phrase longer than this is a clause, not a name (longest seen in wire copy:
# "the Britain-based Syrian Observatory for Human Rights (SOHR)" = 8 words).
MAX_SOURCE_WORDS = 12
# How far back "the monitor" looks for the organisation it names: longer than nearly every
# news article (about 3,000 words), short enough to keep a megabyte of text linear.
LOOKBACK_CHARS = 20_000
# How many organisation-like names "the monitor" looks back over (a news article names a
# few dozen; the bound keeps a pathological text linear).
MAX_RUNS_BACK = 100
# How many sentences ahead "a human rights group has claimed" looks for the group's name. 4, not
# 3: a headline's "...: monitor" is followed by a dateline repeat and the lead before the
# monitor is named (FA-KES: +2 attributions, none lost).
CATAPHORA_SENTENCES = 4

SOURCE_PREFIX = re.compile(
    r"^(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:statement|figures?|data|reports?|tally|count|"
    r"estimates?|toll|information|documentation)\s+(?:issued\s+)?(?:by|from|of)\s+",
    re.IGNORECASE,
)
# Two modifiers sharing one plural head (source_scan.first_conjunct keeps both).
_SHARED_HEAD = re.compile(r"^([A-Za-z]+)\s+and\s+[a-z]+\s+(sources|officials)$")
# Head words of a phrase that names figures rather than who gives them.
_NOT_SPEAKERS = frozenset({"data", "figures", "information", "estimates", "statistics", "numbers"})
# A photo credit run into the next sentence: "(Photo AFP) Syrian state media says ...".
_PHOTO_CREDIT = re.compile(r"^\((?:photo|file\s+photo)[^()]*\)\s*", re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:the|a|an|another|other|one|its|their|his|her)\s+", re.IGNORECASE)
_BASED = re.compile(
    r"^(?:[\w.-]+-(?:based|run|owned|backed|affiliated|aligned|linked|controlled)|based in \w+,?)\s+", re.IGNORECASE
)
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’-]+)*(?:\s+\([A-Z][A-Za-z]+\))?")


# State broadcasters and "state media" are sources of their own (GUIDELINES.md section 6:
# state-tv, state-media), not the state news agency an alias table may fold them into.
_STATE_BROADCAST = re.compile(
    r"\b(?:state|official|government)\s+(?:\w+\s+)?(?:television|tv|media|radio|channel|broadcaster)\b", re.IGNORECASE
)
_AGENCY_NAMED = re.compile(r"\b(?:SANA|news\s+agency)\b")
# Phrases naming the political opposition ("opposition groups", "the Syrian opposition"), kept
# as written: an actor table maps them to an armed group, which is not who speaks (GUIDELINES.md
# section 6: opposition figures/groups). A fighting head ("opposition fighters") is armed.
_POLITICAL = re.compile(r"\bopposition\b", re.IGNORECASE)
_FIGHTING = re.compile(
    r"\b(?:forces|fighters|rebels|factions|militants|militias?|brigades?|army|troops)\b", re.IGNORECASE
)
# A state's army or military speaking is kept as named: the actor table's "government forces"
# names who fights, and the gold (section 6) names the speaker "military".
_MILITARY = re.compile(r"\b(?:army|military)\b", re.IGNORECASE)


Found = tuple[int, int, str, str, str]  # (start, end, source phrase, intermediary, sentence)


@lru_cache(maxsize=1)
def word_table() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[1].split()) for row in table_rows("attribution_words.tsv")}


@lru_cache(maxsize=1)
def generic_heads() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[1].split()) for row in table_rows("attribution_generic.tsv")}


_NAME_PART = r"(?:[A-Z][\w'’.-]*|(?:al|el|bin|ibn|abu|abd)(?:-[A-Z][\w'’-]*)?)"
_PERSON = rf"[A-Z][\w'’.-]*(?:\s+{_NAME_PART}){{0,3}}"
_PARTICLE = re.compile(r"(?:al|el|bin|ibn|abu|abd)-[A-Z]")  # "al-Faris": a name word, lowercase first


@lru_cache(maxsize=1)
def _titled_patterns() -> tuple[re.Pattern[str], ...]:
    """"SOHR chief Rami X", "Rami X, the head of SOHR", "Charles X of the Y Centre"."""
    titles = "(?i:" + "|".join(sorted(word_table()["title"], key=len, reverse=True)) + ")"
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
        if person and groups.get("title") and (office := field_office(person, groups["title"], org_phrase)):
            return Source(primary=office[0], speaker=office[1])  # "Health director for Aleppo Mohammad X"
        if not org_phrase:  # "chief Federica M", "Activist Ahed S": a role of no named body
            return _role_person_source(groups.get("title") or "", person, earlier)
        if not person:  # "the director of the Idlib Relief Council Omar Haddad" (commas lost)
            org_phrase, person = _trailing_person(org_phrase)
        org = resolve_source(org_phrase, text, start, earlier, later, sentences)
        has_org_word = bool({w.lower().rstrip("s") for w in org_phrase.split()} & org_words())
        if (groups.get("title") or "").lower() in _FAMILY_TITLES and not has_org_word and _describes(org_phrase):
            return Source(primary=f"{clean_name(org_phrase, False)} {groups['title']}", speaker=person)
        if org is not None and (has_org_word or canonical_actor(clean_name(org_phrase, False)) is not None):
            return Source(primary=org.primary, speaker=person)
        if groups.get("title") and titled.start("title") > titled.start("org"):
            return Source(primary=f"{clean_name(org_phrase, False)} {groups['title']}", speaker=person)
        if groups.get("title"):
            return Source(primary=clean_name(org_phrase, True), speaker=person)
    return None


# Titles that name a family of sources by themselves (GUIDELINES.md section 6: activists,
# journalist): "Activist X said" is an activist's figure, "chief X said" is only X's.
_FAMILY_TITLES = frozenset({"activist", "journalist", "correspondent", "reporter"})


def _describes(phrase: str) -> bool:
    """Whether a phrase before a role title describes a side rather than names a body
    ("Opposition activist X", "Kurdish journalist X"): no table knows it, or only as an armed side."""
    known = canonical_actor(clean_name(phrase, False))
    return known is None or known[2] == "armed group"


def _role_person_source(title: str, person: str, earlier: list[AttributionFact]) -> Source:
    """A person named with a role and no body: the body they spoke for before, else the role's
    family when the role names one, else the person."""
    known = _person_source(person, earlier)
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
        if _is_person(person) and (org_ends or canonical_actor(clean_name(org, False)) is not None):
            return org, person
    return phrase, ""


@lru_cache(maxsize=1)
def org_words() -> frozenset[str]:
    """Words that make a name an organisation's ("Committee", "Observatory", "Ministry"...)."""
    return frozenset().union(*generic_heads().values(), {"centre", "center", "institute", "ministry", "command"})


def resolve_source(
    phrase: str,
    text: str,
    start: int,
    earlier: list[AttributionFact],
    later: list[Found],
    sentences: list[Sentence],
) -> Source | None:
    """The source a phrase names, using what the article said before (and just after)."""
    cleaned = clean_name(phrase, canonical=False)
    if shared := _SHARED_HEAD.match(cleaned):  # "Local and media sources": the first, local sources
        phrase = cleaned = f"{shared.group(1)} {shared.group(2)}"
    if (common := common_noun(cleaned)) != cleaned:  # "Sources said": the common noun sources
        phrase = cleaned = common
    if not cleaned or len(cleaned.split()) > MAX_SOURCE_WORDS or cleaned.lower() in word_table()["determiner"]:
        return None
    if is_fragment(cleaned):
        return None  # "human rights in Syria": part of a name the scan cut, nobody who speaks
    if cleaned.split()[-1].lower() in _NOT_SPEAKERS:
        if (owner := figures_owner(cleaned)) is not None:  # "the latest SOHR estimates": SOHR's
            return resolve_source(owner, text, start, earlier, later, sentences)
        return None  # "according to preliminary data": what is counted, not who counts
    if cleaned.lower() in word_table()["pronoun"]:
        return _pronoun_source(cleaned.lower(), earlier)
    if document_head(phrase.strip()):  # "the statement said": who issued it, or nobody
        def issuer(name: str) -> Source | None:
            return resolve_source(name, text, start, earlier, later, sentences)

        return issuer_source(phrase.strip(), text, start, earlier, issuer)
    if (family := role_family(cleaned)) is not None:
        return Source(primary=family)  # "a medic", "residents": the family they speak for
    titled = _titled_source(cleaned, text, start, earlier, later, sentences)
    if titled is not None:
        return titled
    head = cleaned.split()[-1].lower()
    if cleaned == cleaned.lower() and re.match(r"the\s", phrase.strip(), re.IGNORECASE):
        for fact in reversed(earlier):  # "the source added": the source named before
            named = {w.rstrip("s") for w in fact.source.primary.lower().split()}
            if fact.source.explicit and head.rstrip("s") in named:  # "the source" after "military sources"
                return dataclasses.replace(fact.source, via=list(fact.source.via))
    if head == "media" and cleaned == cleaned.lower():
        outlet = _outlet_named_next(text, start, later, sentences)
        if outlet:
            return Source(primary=outlet)  # "according to local media" ... "the Hawar news agency said"
    common = cleaned.replace("TV", "tv").lower() == cleaned.replace("TV", "tv")  # "the TV network": no name
    if head in generic_heads() and common or len(cleaned.split()) == 1 and head in generic_heads():
        named = _generic_source(phrase, text, start, later, sentences) or _same_head_before(head, earlier)
        return Source(primary=named or cleaned)
    if _is_person(cleaned) and not set(phrase.lower().split()) & word_table()["outlet"]:  # not "Aamaq news agency"
        return _person_source(cleaned, earlier)
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
    if known is None and (speaker := _earlier_speaker(cleaned, earlier)) is not None:
        return speaker  # "... in Hama and Deir al-Zor Moumtzis said": the place run into the surname
    if known is None and (typo := misspelt_actor(canonical)) is not None:
        return Source(primary=typo)  # "the Syrian Obervatory for Human Rights"
    return Source(primary=canonical)


# Words of a named outlet ("the Kurdish Hawar news agency", "SANA news agency", "Firat news agency").
_OUTLET_NAMED = re.compile(r"\b[A-Z][\w-]*\s+(?i:news\s+)?(?i:agency|tv|television|channel|newspaper)\b")


def _outlet_named_next(text: str, start: int, later: list[Found], sentences: list[Sentence]) -> str | None:
    """"local media" unnamed in a lead is the outlet the article cites within the next few
    sentences ("According to the Kurdish Hawar news agency ...")."""
    horizon = _sentence_end_after(sentences, start, CATAPHORA_SENTENCES)
    for later_start, _, later_phrase, _, _ in later:
        if later_start > horizon:
            break
        if _OUTLET_NAMED.search(later_phrase):
            return clean_name(later_phrase, canonical=True)
    return None


def _pronoun_source(pronoun: str, earlier: list[AttributionFact]) -> Source | None:
    """"he said" repeats the previous source; "it said" after "X said, citing trusted sources"
    is X (a singular pronoun names no plural "sources")."""
    if not earlier:
        return None
    last = earlier[-1].source
    if pronoun == "it" and _plural(last.primary) and last.via:
        return Source(primary=last.via[-1])
    if pronoun == "it" and _plural(last.primary):  # "X said medical sources reported ... . It said": X
        last = next((f.source for f in reversed(earlier) if f.source.primary and not _plural(f.source.primary)), last)
    return dataclasses.replace(last, via=list(last.via))


def _plural(primary: str) -> bool:
    """Whether a source is a plural common noun ("medical sources", "activists"): no antecedent of "it"."""
    return primary == primary.lower() and primary.endswith("s")


def _generic_source(
    phrase: str, text: str, start: int, later: list[Found], sentences: list[Sentence]
) -> str | None:
    """ "the monitor" -> the latest fitting organisation named before; "a rights group" -> the
    next one named within a few sentences."""
    head = phrase.split()[-1].lower().strip(".,")
    fits = generic_heads()[head]
    if _RELIEF_MODIFIER.search(phrase):
        return _relief_named(text, start)  # "the aid group that supports it": a relief body, never a monitor
    if re.match(r"(?:a|an|another)\s", phrase.strip(), re.IGNORECASE):
        horizon = _sentence_end_after(sentences, start, CATAPHORA_SENTENCES)
        for later_start, _, later_phrase, _, _ in later:
            if later_start > horizon:
                break
            name = fitting_name(later_phrase, fits)
            if name:
                return name
        ahead = _known_run_after(text, start, fits)
        if ahead:
            return ahead  # "a war monitor said" in a lead, the monitor named later in the text
        return None  # an indefinite introduces a body: none named before it ("An opposition group ...")
    runs = _name_runs(text)
    first = bisect.bisect_left(runs, start - LOOKBACK_CHARS, key=lambda run: run[0])
    last = bisect.bisect_left(runs, start, key=lambda run: run[0])
    unknown = None  # a known monitor beats an unknown name ("Syria Monitor AFP Friday")
    for _, run in reversed(runs[max(first, last - MAX_RUNS_BACK) : last]):
        name = fitting_name(run, fits)
        if name and _known(name):
            return name
        if name and unknown is None and not {w.lower() for w in name.split()} & word_table()["discourse"]:
            unknown = name
    if unknown is None and head in _GROUP_HEADS:
        unknown = _relief_group_before(text, start)
    return unknown or _known_run_after(text, start, fits)  # none before: a lead names it later


def _same_head_before(head: str, earlier: list[AttributionFact]) -> str | None:
    """The source last named with the generic's head word ("the U.N. health agency said" ...
    "the agency also said") or a word of its kind ("State television said" ... "the broadcaster
    said"), when no organisation name holds the word."""
    fits = generic_heads().get(head, frozenset())
    for fact in reversed(earlier):
        named = fact.source.primary.lower()
        kind = fits & {w.rstrip("s") for w in named.split()}
        if fact.source.explicit and (head in fact.text.lower().split() or kind) and named != head:
            return fact.source.primary
    return None


# A generic source described as a relief body ("the aid group", "a medical charity") names one.
_RELIEF_MODIFIER = re.compile(r"\b(?:aid|relief|medical|humanitarian|charity)\b", re.IGNORECASE)
_RELIEF_NAME = re.compile(r"\b(?:Medical|Relief|Aid|Doctors|Health|Humanitarian|Red\s+Cro(?:ss|scent))\b")


def _relief_named(text: str, start: int) -> str | None:
    """The relief organisation named nearest before `start` (within the look-back), else the
    first one named after it: a known humanitarian body or a name with a relief word."""
    before = list(_NAME_RUN.finditer(text, max(0, start - LOOKBACK_CHARS), start))
    after = _NAME_RUN.finditer(text, start, start + LOOKBACK_CHARS)
    for match in [*reversed(before), *after]:
        run = match.group(0)
        if len(run.split()) > 1 and (known := _relief_group(run) or (_RELIEF_NAME.search(run) and run)):
            return known
    return None


def _relief_group_before(text: str, start: int) -> str | None:
    """The latest known relief organisation named before `start` within the look-back (only
    asked when no organisation with a fitting word was named: the common case pays nothing)."""
    window = text[max(0, start - LOOKBACK_CHARS) : start]
    for match in reversed(list(_NAME_RUN.finditer(window))):
        if len(match.group(0).split()) > 1 and (name := _relief_group(match.group(0))):
            return name
    return None


# "the group", "the organisation" also name a known relief organisation whose name holds no
# such word ("Syria Civil Defence ... the group said"); "the monitor" does not.
_GROUP_HEADS = frozenset({"group", "organisation", "organization"})


@lru_cache(maxsize=4096)
def _relief_group(run: str) -> str | None:
    """The canonical name of a run naming a known humanitarian organisation, else None."""
    known = canonical_actor(clean_name(run, canonical=False))
    return known[1] if known is not None and known[2] == "humanitarian organisation" else None


def _known_run_after(text: str, start: int, fits: frozenset[str]) -> str | None:
    """The first known organisation of the wanted kind named after `start` (an indefinite
    "a monitor" introduces the one the article goes on to name)."""
    runs = _name_runs(text)
    first = bisect.bisect_right(runs, start, key=lambda run: run[0])
    for _, run in runs[first : first + MAX_RUNS_BACK]:
        name = fitting_name(run, fits)
        if name and _known(name):
            return name
    return None


@lru_cache(maxsize=4096)
def _known(name: str) -> bool:
    return any(canonical_actor(c) for c in _name_candidates(name))


@lru_cache(maxsize=128)  # per article: must outlast a turn of 32 interleaved articles (workers.py)
def _name_runs(text: str) -> list[tuple[int, str]]:
    """Capitalised runs of an article that could name an organisation, with their offsets
    (computed once per article: every "the monitor" looks back over them)."""
    runs = []
    for match in _NAME_RUN.finditer(text):
        words = match.group(0).split()
        if any(w.isupper() and len(w) > 1 for w in words) or {w.lower().rstrip("s") for w in words} & org_words():
            runs.append((match.start(), match.group(0)))
    return runs


@lru_cache(maxsize=4096)
def fitting_name(phrase: str, fits: frozenset[str]) -> str | None:
    """The canonical name of `phrase` if it names an organisation of the wanted kind."""
    cleaned = clean_name(phrase, canonical=False)
    words = [w.lower().strip("()") for w in cleaned.split()]
    for candidate in _name_candidates(cleaned):
        known = canonical_actor(candidate)
        if known is None:
            continue
        named = {w.lower().strip("()").rstrip("s") for w in f"{candidate} {known[1]}".split()}
        if named & fits:  # not a part of the run that names something else
            return known[1] if known[2] in ("monitor", "humanitarian organisation") else None
    plural_common = words[-1].endswith("s") and cleaned.split()[-1].islower()  # "Aid groups" is no name
    if cleaned[:1].isupper() and {w.rstrip("s") for w in words[1:]} & fits and not plural_common:  # not "Monitor AFP"
        return cleaned
    return None


def _sentence_end_after(sentences: list[Sentence], offset: int, count: int) -> int:
    following = [s for s in sentences if s.end > offset][:count]
    return following[-1].end if following else offset


def _is_person(name: str) -> bool:
    """A capitalised name of one to four words that no organisation table knows."""
    words = name.split()
    if not 1 <= len(words) <= 4 or not all((w[:1].isupper() or _PARTICLE.match(w)) and not w.isupper() for w in words):
        return False
    org_words = frozenset().union(*generic_heads().values())
    return canonical_actor(name) is None and not any(w.lower() in org_words for w in words)


# A surname shorter than this ("Ali", "Omar") is also a given name: it repeats no one for sure.
MIN_SURNAME_LETTERS = 4


def _earlier_speaker(phrase: str, earlier: list[AttributionFact]) -> Source | None:
    """The earlier speaker whose surname closes an unknown phrase: a person named again by the
    surname alone, with the words before it run in from the clause (commas lost)."""
    surname = phrase.split()[-1]
    if len(surname) < MIN_SURNAME_LETTERS or not surname[:1].isupper() or len(phrase.split()) < 2:
        return None
    for fact in reversed(earlier):
        if fact.source.speaker.split()[-1:] == [surname]:
            return Source(primary=fact.source.primary, speaker=fact.source.speaker)
    return None


def _person_source(name: str, earlier: list[AttributionFact]) -> Source:
    """A person alone speaks for the organisation they spoke for earlier ("Haddad said")."""
    key = normalise_person(name)
    surname = name.split()[-1].lower()
    for fact in reversed(earlier):
        speaker = normalise_person(fact.source.speaker)
        same_surname = len(surname) > 3 and fact.source.speaker.split()[-1:] == [name.split()[-1]]
        if speaker and (speaker.endswith(key) or key.endswith(speaker) or same_surname):
            return Source(primary=fact.source.primary, speaker=fact.source.speaker)
    return Source(primary=name, speaker=name)
def clean_name(phrase: str, canonical: bool) -> str:
    """ "the Agence France-Presse news agency" -> "Agence France-Presse" (or its canonical name)."""
    phrase = _PHOTO_CREDIT.sub("", " ".join(phrase.split())).strip(" ,.\"“”'")
    phrase = SOURCE_PREFIX.sub("", phrase)
    phrase = _DETERMINER.sub("", phrase)
    phrase = _BASED.sub("", phrase)
    phrase = re.sub(r"\s+(?:news\s+)?agency$", "", phrase) if re.search(r"[A-Z]", phrase) else phrase
    if canonical:
        heads = {w.lower().rstrip("s") for w in phrase.split()} & org_words()
        for index, candidate in enumerate(_name_candidates(phrase)):
            part_only = index >= 2 and heads and not heads & {w.lower().rstrip("s") for w in candidate.split()}
            part_only = part_only and not candidate.isupper()  # "news agency SANA": the acronym names it
            part_only = part_only and not described(phrase, candidate)  # "the humanitarian agency MSF-name"
            if part_only:
                continue  # "National Coalition for ... and Opposition Forces" is no "Opposition Forces"
            known = canonical_actor(candidate)
            if known is not None:
                return phrase if distinct_name(phrase, known[1], known[2]) else known[1]
    return phrase


def _name_candidates(phrase: str) -> list[str]:
    """The phrase, its acronym and its capitalised runs: the strings worth a table lookup."""
    candidates = [phrase, _ACRONYM.sub("", phrase).strip()]
    candidates += _ACRONYM.findall(phrase)
    candidates += sorted(_NAME_RUN.findall(phrase), key=len, reverse=True)
    words = phrase.split()
    candidates += [" ".join(words[i:]) for i in range(1, len(words))]  # "Syria SANA" -> "SANA"
    return candidates
