"""Counts of one person written without a number: "a child", "a member of the police", "his wife".

Why apart: GUIDELINES.md section 1 counts a singular count phrase as 1, and wire copy names
single victims in several shapes no number finder sees: "a/an + person noun" ("an elderly
woman"), bare person nouns listed after one ("a man woman and child died"), a possessive
person listed right after one ("a man and his wife", "one mother and her child"), "a member
of" a group, an official or leader inside a breakdown ("including a senior official"), and
ordinals that pick out one more of a group ("one in X, a second in Y", "killing three
brothers and injuring a fourth"). Each is returned as an amount of one; casualties.py reads
it like any other amount.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rashomon.extract.amounts import Amount, AmountSpan
from rashomon.extract.casualty_links import victim_classes

# Up to three words allowed between "a"/"an" and the person noun of a singular count ("a young
# girl", "a Syrian air force pilot", "a 10-year-old boy"); joining and function words end it,
# so "a woman and her child" stays "a woman", an article starts a new phrase ("a nurse a
# hospital employee"), and so does a core person noun ("a man woman and child" is three people).
_SINGULAR_MODIFIERS = (
    r"(?:(?!(?:and|or|of|the|a|an|another|her|his|their|its|my|our|your|who|was|were|is|in|on|at|to|by|with|"
    r"from|as|man|woman|child|boy|girl|person)\b)(?:[A-Za-z][\w'-]*|\d+-[a-z]+-old)\s+){0,3}"
)
# Person nouns whose singular does not count a victim ("a people", "a local"), and attackers
# ("a bomber", "an attacker": GUIDELINES.md, bombers who blew themselves up are no figure).
_NOT_SINGULAR_COUNTS = frozenset(
    {"people", "local", "foreigner", "official", "life", "staff", "family", "other", "dead",
     "bomber", "attacker", "gunman", "case"}
)


# Person nouns the victim table leaves without a class (one may be on either side), that still
# count one person in the singular: "a local leader was killed", "injured a leader of the group"
# (a leader who speaks is vetoed as a speaker, as "a medic said" is).
_CLASSLESS_SINGULARS = frozenset({"leader"})


@lru_cache(maxsize=1)
def _singular_nouns() -> str:
    nouns = {_singular(noun) for noun, cls in victim_classes().items() if cls} - _NOT_SINGULAR_COUNTS
    nouns |= _CLASSLESS_SINGULARS
    return "|".join(sorted(nouns, key=len, reverse=True))


@lru_cache(maxsize=1)
def _singular_pattern() -> re.Pattern[str]:
    """ "a child", "an elderly woman", "a Syrian pilot": one person. Singulars come from the
    plural victim nouns of the table."""
    return re.compile(rf"\b(?:[Aa]n?|[Aa]nother)\s+{_SINGULAR_MODIFIERS}(?:{_singular_nouns()})\b(?!-)")


@lru_cache(maxsize=1)
def _listed_pattern() -> re.Pattern[str]:
    """A bare person noun listed right after a singular count: "(a man) woman and child"."""
    return re.compile(rf"(?:\s*,\s*|\s+)(?:and\s+)?({_singular_nouns()})\b(?!-)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _one_person_pattern() -> re.Pattern[str]:
    """ "one mother", "One elderly man": the numeral with a singular person noun."""
    return re.compile(rf"\b[Oo]ne\s+{_SINGULAR_MODIFIERS}(?:{_singular_nouns()})\b(?!-)")


@lru_cache(maxsize=1)
def _kin_pattern() -> re.Pattern[str]:
    """ "a man and his wife", "a doctor and her driver": a possessive singular person noun
    listed right after a singular count is one more person of the enumeration (GUIDELINES.md
    section 14), though "her husband had been killed" alone is a story detail."""
    return re.compile(rf"\s+and\s+((?:his|her|their)\s+{_SINGULAR_MODIFIERS}(?:{_singular_nouns()}))\b(?!-)")


@lru_cache(maxsize=1)
def _kin_clause_pattern() -> re.Pattern[str]:
    """ "a driver was killed and his wife was injured": a possessive singular person noun that is
    the subject of a second casualty clause coordinated with a first one is one more victim of
    the same event, as in the listed form "a driver and his wife were hurt" (_kin_pattern);
    "her husband had been killed" standing alone stays a story detail."""
    return re.compile(
        rf"\b(?:was|were)\s+{_HARMED}(?:\s+\w+){{0,3}}?\s+and\s+((?:his|her|their)\s+{_SINGULAR_MODIFIERS}"
        rf"(?:{_singular_nouns()}))\s+(?:was|had\s+been|has\s+been)\s+(?:also\s+)?{_HARMED}\b"
    )


@lru_cache(maxsize=1)
def _plural_kin_pattern() -> re.Pattern[str]:
    """ "three brothers and their father", "killing the four siblings and their father": a
    possessive singular person noun listed right after a count of people is one more of them."""
    plurals = "|".join(sorted((n for n, cls in victim_classes().items() if cls and n.endswith(("s", "men"))),
                              key=len, reverse=True))
    return re.compile(rf"\b\w+\s+(?:\w+\s+)?(?:{plurals})\s+and\s+((?:his|her|their)\s+{_SINGULAR_MODIFIERS}"
                      rf"(?:{_singular_nouns()}))\b(?!-)", re.IGNORECASE)


def _singular(noun: str) -> str:
    """ "families" -> "family", "militiamen" -> "militiaman", "nurses" -> "nurse", "wives" -> "wife"."""
    if noun.endswith("men"):
        return noun[:-3] + "man"
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun == "children":
        return "child"
    if noun.endswith("ives"):  # "wives" -> "wife"
        return noun[:-3] + "fe"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def singular_counts(text: str) -> list[AmountSpan]:
    """Every "a/an + person noun" in a sentence, and every bare person noun listed after one,
    as the amount 1 (exact)."""
    one = Amount(1, 1, "exact")
    spans = []
    for match in _singular_pattern().finditer(text):
        chain, position = [], match.end()
        while listed := _listed_pattern().match(text, position):
            chain.append(listed)
            position = listed.end()
        # a list ends with "and"/a comma: "a man woman and child"; "a girl child" is one person
        if chain and re.match(r"\s*(?:,|and\b)", text[chain[-1].start() :]):
            spans.append(AmountSpan(match.start(), match.end(), match.group(0), one))
            spans += [AmountSpan(m.start(1), m.end(1), m.group(1), one) for m in chain]
        elif len(chain) == 1 and text[match.end() : chain[0].start(1)] == " ":
            # "a girl child", "a boy soldier": one person named by a noun compound, whose head
            # is its last noun (a comma or "and" between them would list two people)
            spans.append(AmountSpan(match.start(), chain[0].end(1), text[match.start() : chain[0].end(1)], one))
        else:
            spans.append(AmountSpan(match.start(), match.end(), match.group(0), one))
        if kin := _kin_pattern().match(text, chain[-1].end() if chain else match.end()):
            spans.append(AmountSpan(kin.start(1), kin.end(1), kin.group(1), one))
    if " and their " in text or " and his " in text or " and her " in text:
        for pattern in (_plural_kin_pattern(), _kin_clause_pattern()):
            known = {span.start for span in spans}
            spans += [AmountSpan(m.start(1), m.end(1), m.group(1), one) for m in pattern.finditer(text)
                      if m.start(1) not in known]
    if "including" in text:
        spans += [AmountSpan(m.start(1), m.end(1), m.group(1), one) for m in _INCLUDED_ONE.finditer(text)]
    spans += [AmountSpan(m.start(), m.end(), m.group(0), one) for m in _ORDINAL_ONE.finditer(text)]
    spans += [AmountSpan(m.start(1), m.end(1), m.group(1), one) for m in _VERB_ORDINAL.finditer(text)]
    for match in _one_person_pattern().finditer(text):  # "one mother and her child"
        if kin := _kin_pattern().match(text, match.end()):
            spans.append(AmountSpan(kin.start(1), kin.end(1), kin.group(1), one))
    if _HEADLINE_VERB.search(text):  # "Blast Kills Village Imam": headlines drop the article
        spans += [AmountSpan(m.start(1), m.end(1), m.group(1), one) for m in _headline_pattern().finditer(text)]
    if headline := _bare_headline_pattern().match(text):  # "Rebel leader killed in X"
        spans.append(AmountSpan(headline.start(1), headline.end(1), headline.group(1), one))
    if " was " in text:  # "the group's leader Abu X was killed": one named person, counted by the role noun
        known = {span.start for span in spans}
        spans += [AmountSpan(m.start(1), m.end(1), m.group(1), one) for m in _titled_name_pattern().finditer(text)
                  if m.start(1) not in known]
    if "member" in text:
        spans += [AmountSpan(m.start(), m.end(), m.group(0), one) for m in _MEMBER_OF.finditer(text)]
        spans += [AmountSpan(m.start(), m.end(), m.group(0), one) for m in _GROUP_MEMBER.finditer(text)]
    return spans


# A casualty verb in title case, as headlines write it ("Blast Kills Village Imam").
_TITLE_VERBS = r"\b(?:Kills?|Killed|Wounds?|Wounded|Injures?|Injured|Beheads?|Beheaded|Executes?|Executed)"
_HEADLINE_VERB = re.compile(_TITLE_VERBS + r"\s+[A-Z]")


@lru_cache(maxsize=1)
def _headline_pattern() -> re.Pattern[str]:
    """ "Strike Kills Senior Commander", "Blast Kills Grand Mosque Imam": headlines drop the
    article, so a title-case singular person noun (up to three title-case modifiers before it)
    right after a title-case casualty verb counts one person, as "a senior commander" would."""
    return re.compile(
        _TITLE_VERBS + r"\s+((?:[A-Z][\w'-]*\s+){0,3}(?=[A-Z])(?i:" + _singular_nouns() + r"))\b(?![-'])"
    )


@lru_cache(maxsize=1)
def _bare_headline_pattern() -> re.Pattern[str]:
    """ "Rebel leader killed in X", "Local reporter wounded in shelling": a headline written in
    sentence case drops the article too, so a singular person noun that opens the sentence
    (up to three modifiers before it, the first capitalised) as the subject of a bare
    participle of harm counts one person, as "a rebel leader was killed" would."""
    return re.compile(
        rf"^((?=[A-Z])(?:(?!(?i:and|or|of|the|a|an|his|her|their|its|in|on|at|to|by|with|from)\b)[\w'-]+\s+){{0,3}}"
        rf"(?:{_singular_nouns()}))\s+(?:killed|wounded|injured|kidnapped|abducted|executed)\s+(?:in|by|at|near)\b",
    )


@lru_cache(maxsize=1)
def _titled_name_pattern() -> re.Pattern[str]:
    """ "agency reporter Omar Khalil was killed", "the group's leader Abu Salim was wounded": a
    singular person noun written as the title of a name (no comma between them) that is the
    subject of a passive verb of harm names one victim."""
    return re.compile(
        rf"\b({_SINGULAR_MODIFIERS}(?:{_singular_nouns()}))\s+(?:[A-Z][\w'-]*\s+){{1,4}}"
        rf"(?:was|has\s+been|had\s+been)\s+(?:also\s+)?{_HARMED}\b"
    )


# Participles of harm that head the two clauses of "X was killed and his son was injured".
_HARMED = r"(?:killed|wounded|injured|hurt|kidnapped|abducted)"
# "three were killed, one in X, a second in Y and a third in Z": an ordinal with an indefinite
# article and no noun picks out one more of the people just counted, where or how each died.
_ORDINAL_ONE = re.compile(
    r"\b[Aa]\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
    r"(?=\s+(?:in|at|near|outside|inside|from)\b)"
)
# "killing three brothers and injuring a fourth": an ordinal as the object of a casualty verb
# is one more person of the group counted before.
_VERB_ORDINAL = re.compile(
    r"\b(?:kill|wound|injur|kidnap|abduct|execut)\w*\s+(a\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth))\b(?!\s+(?:time|round|day|attack|strike|wave)\b)",
    re.IGNORECASE,
)
# "a member of the security forces", "an active member of the civil defence": "member" counts
# one person of the group named after "of" (the table leaves "members" without a class, so it
# is no singular count by itself).
_MEMBER_OF = re.compile(rf"\b(?:[Aa]n?|[Aa]nother)\s+{_SINGULAR_MODIFIERS}member(?=\s+of\b)")
# "a staff member", "a crew member", "a family member": a compound whose head is "member"
# counts one person of the group its modifier names (the modifier is a noun: "a new member"
# is no group); the name of the body may stand before it ("a UN staff member").
_GROUP_MEMBER = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[A-Z][\w'-]*\s+){0,3}(?:staff|crew|family|team|council|committee|party)"
    r"\s+member\b(?!s)"
)


# "killed 22 volunteers including a senior official": an official or a leader inside a figure's
# breakdown is one of the people counted, though "an official said" is no count.
_INCLUDED_ONE = re.compile(rf"\bincluding\s+((?:an?)\s+{_SINGULAR_MODIFIERS}(?:official|leader))\b(?!-)")
