"""Predicates that name a casualty category in more than one word, read after the counted words.

Why apart: the dependency tree sees one verb per figure, but wire copy states what happened
in phrases whose head verb is no casualty word (GUIDELINES.md section 1): "were stoned to
death", "have fallen victims", "were transferred for treatment", "suffered from
suffocation", "experienced breathing difficulties", "have starved to death", "have gone
missing", "rounded up hundreds and executed them". casualty_patterns.category_after asks
here first.
"""

from __future__ import annotations

import re

# Predicates that name a category in more than one word (GUIDELINES.md section 1): "were
# stoned to death", "have fallen victims", "were transferred for treatment", "suffered from
# suffocation", "the fate of 250 others was unknown".
# A word between the counted people and their predicate: not a verb of another clause ("four
# people died and many suffered ...", "killing four and leaving many suffering ..." say
# nothing of the four).
_GAP = r"(?:(?!(?:died|dead|killed|were|was|while|but|saw|had|have|has|left)\b)(?!(?!including\b)\w+ing\b)\w+\s+)"
_PHRASE_AFTER: tuple[tuple[str, str], ...] = (  # (pattern, category), tried in order, all re.I
    (r"\s+(?:were|was|have\s+been|had\s+been)\s+stoned\s+to\s+death\b", "executed"),
    (r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?shot\s+dead\b", "killed"),
    (r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:shot|stabbed|beaten|burned|burnt|tortured)\s+to\s+death\b",
     "killed"),
    (r"\s+(?:more\s+)?(?:(?:have|has|had)\s+(?:also\s+)?)?(?:been\s+)?starved\s+to\s+death\b",
     "killed"),
    (r"\s+(?:more\s+|others?\s+)?(?:(?:have|has|had)\s+(?:also\s+)?gone|went)\s+missing\b",
     "missing"),
    (r"\s+(?:who\s+)?(?:(?:have|has|had)\s+)?(?:sustained|suffered)\s+(?:\w+\s+)?(?:injuries|wounds)\b", "injured"),
    # "12 received wounds", "three soldiers received serious injuries": "receive" as a synonym of
    # "sustain" with a noun of harm as its object (general English).
    (r"\s+(?:who\s+)?(?:(?:have|has|had)\s+)?received\s+(?:\w+\s+)?(?:injuries|wounds)\b", "injured"),
    # "all five people on board were presumed dead": a death taken as certain without a body found.
    (r"\s+(?:are|were|is|was|have\s+been|has\s+been|had\s+been)\s+(?:all\s+)?(?:presumed|assumed)\s+dead\b", "killed"),
    (r"\s+(?:(?:have|has|had)\s+)?(?:been\s+|were\s+|was\s+)?(?:driven|forced|uprooted)\s+(?:out\s+)?"
     r"(?:of|from)\s+their\s+homes?\b", "displaced"),
    (r"\s+(?:have|has|had)\s+(?:fallen|fell)\s+victims?\b", "killed"),
    # "40 civilians remain in captivity", "dozens of residents were taken as human shields"
    (r"\s+(?:remain(?:s|ed)?|are|were|is|was)\s+(?:still\s+)?(?:held\s+)?in\s+captivity\b",
     "abducted"),
    (r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:taken|used|held)\s+as\s+human\s+shields?\b",
     "abducted"),
    # "500 families reached the town and registered as displaced": registered refugees fled
    (r"\s+(?:(?:have|has|had)\s+)?(?:[\w-]+\s+){0,8}?(?:(?:were|was|have\s+been|had\s+been|been)\s+)?"
     r"registered\s+as\s+(?:internally\s+)?(?:displaced|refugees|IDPs)\b", "displaced"),
    # "5000 people have sought refuge in Turkey": people who found refuge elsewhere fled
    (r"\s+(?:(?:have|has|had)\s+)?(?:sought|found|seeking|finding)\s+refuge\b", "displaced"),
    # "15 people with serious injuries", "left 12 people with burns"
    (r"\s+with\s+(?:\w+\s+){0,2}?(?:injuries|wounds|burns)\b", "injured"),
    # "nine soldiers succumbed to their wounds", "seven villagers were burned alive"
    (r"\s+(?:(?:have|has|had)\s+(?:since\s+|later\s+)?)?(?:later\s+|since\s+)?succumbed\s+to\s+"
     r"(?:their|his|her)\s+(?:\w+\s+)?(?:injuries|wounds)\b", "killed"),
    (r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:burned|burnt|buried)\s+alive\b",
     "killed"),
    (rf"\s+{_GAP}{{0,5}}?(?:suffer|experienc|show)(?:ed|ing)\s+(?:from\s+)?(?:\w+\s+)?"
     r"(?:suffocation|breathing|respiratory|"
     r"symptoms|asphyxiation|convulsions|burns)", "injured"),
    # "over 30 cases of asphyxiation", "12 cases of suffocation": cases of harm are people hurt
    (r"\s+of\s+(?:\w+\s+)?(?:asphyxiation|suffocation|poisoning|choking)\b", "injured"),
    # "dozens more have received treatment", "30 people received first aid": treated people are hurt
    (r"\s+(?:(?:others?|more)\s+)?(?:(?:have|has|had)\s+(?:also\s+)?)?(?:received|receive)\s+(?:\w+\s+)?"
     r"(?:treatment|first\s+aid)\b", "injured"),
    # "a youth affected by the gas", "40 people affected by what doctors said was chlorine"
    # "33 people mostly women and children were affected by the gas": a gap as for "suffered";
    # any passive tense ("have been affected by the gas")
    (rf"\s+{_GAP}{{0,5}}?(?:who\s+)?(?:(?:were|was|(?:have|has|had)\s+been)\s+)?affected\s+by\b"
     r"[^.;]{0,50}?\b"
     r"(?:gas|chemicals?|"
     r"chlorine|sarin|toxic|nerve\s+agents?)\b", "injured"),
    (rf"\s+{_GAP}{{0,4}}?(?:were|was)\s+(?:still\s+|also\s+)?(?:receiving|taken|transferred|brought|"
     r"rushed|admitted)\b[^.;]{0,40}?\b(?:for|receiving|receive)\s+(?:\w+\s+)?treatment\b",
     "injured"),
    (r"\s+(?:were|was)\s+(?:still\s+)?receiving\s+(?:\w+\s+)?treatment\b", "injured"),
    # "three boys being treated for wounds", "12 people were treated in hospital"
    (r"\s+(?:(?:were|was|are|is)\s+)?(?:still\s+)?(?:being\s+)?treated\s+(?:for|in|at)\b", "injured"),
    # "several victims came to the hospital", "12 people were rushed to a field clinic" (not bodies)
    (r"(?<!bodies)(?<!corpses)(?<!dead)\s+(?:came|arrived|(?:(?:were|was)\s+)?(?:brought|taken|rushed|"
     r"admitted|transferred))\s+(?:in)?to\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+)?"
     r"(?:hospitals?|clinics?)\b",
     "injured"),
)


# "rounded up hundreds of tribesmen and executed them": a casualty verb on "them" later in
# the clause says what happened to the people counted; 60 characters keep it in one clause.
_THEM_AFTER = re.compile(
    r"[^.;:]{0,60}?\band\s+(?:later\s+|then\s+|subsequently\s+)?(killed|executed|beheaded|massacred|"
    r"slaughtered|kidnapped|abducted|injured|wounded)\s+(?:all\s+(?:of\s+)?)?them\b",
    re.IGNORECASE,
)
_THEM_CATEGORY = {
    "killed": "killed", "massacred": "killed", "slaughtered": "killed", "executed": "executed",
    "beheaded": "executed", "kidnapped": "abducted", "abducted": "abducted", "injured": "injured",
    "wounded": "injured",
}


# A resultative: a verb of violence before its object and the state it left them in after it,
# "beat two men to death", "shot three farmers dead", "stoned a woman to death". The verbs
# (general English: ways of doing violence to a person) kill only with the result phrase;
# without it they hurt ("shot a boy in the leg") or say nothing of harm ("beat the rebels").
_VIOLENCE_BEFORE = re.compile(
    r"\b(?:(shot|shoot(?:s|ing)?|beat(?:s|ing|en)?|stab(?:s|bed|bing)?|hack(?:s|ed|ing)|club(?:s|bed|bing)|"
    r"bludgeon(?:s|ed|ing)?|batter(?:s|ed|ing)|kick(?:s|ed|ing)|whip(?:s|ped|ping)|flog(?:s|ged|ging)|"
    r"tortur(?:e|es|ed|ing)|burn(?:s|ed|t|ing)|crush(?:es|ed|ing)|trampl(?:e|es|ed|ing)|starv(?:e|es|ed|ing)|"
    r"chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing))|(ston(?:e|es|ed|ing)|hang(?:s|ed|ing)?))\s+$",
    re.IGNORECASE,
)
_RESULT_AFTER = re.compile(r"\s+(?:to\s+death|dead)\b", re.IGNORECASE)


def resultative(text: str, start: int, end: int) -> str:
    """ "killed" for a figure that is the object of a verb of violence with a result phrase
    after it ("beat two men to death"), "executed" when the verb is a punishment (stoning,
    hanging); "" otherwise."""
    if not _RESULT_AFTER.match(text, end):
        return ""
    found = _VIOLENCE_BEFORE.search(text, max(0, start - 16), start)
    if found is None:
        return ""
    return "executed" if found.group(2) else "killed"


# The predicates as one alternation, a named group each in their order: a match anchored at the
# end takes the first alternative that matches, which is what trying each predicate in turn
# found, and the predicates are parsed once at import instead of twice (each on its own and in a
# prefilter alternation: about a third of the start-up regex growth of session 31).
_ANY_PHRASE_AFTER = re.compile("|".join(f"(?P<p{index}>{pattern})" for index, (pattern, _) in enumerate(_PHRASE_AFTER)),
                               re.I)
_PHRASE_GROUP_CATEGORY = {f"p{index}": category for index, (_, category) in enumerate(_PHRASE_AFTER)}


def phrase_category(text: str, end: int) -> str:
    """The category a multi-word predicate right after the counted words names, or ""."""
    found = _ANY_PHRASE_AFTER.match(text, end)
    return _PHRASE_GROUP_CATEGORY[found.lastgroup] if found and found.lastgroup else ""


def them_category(text: str, end: int) -> str:
    """The category of a casualty verb on "them" later in the clause ("rounded up 20 men and
    executed them"), or "": for figures no other word says anything of."""
    found = _THEM_AFTER.match(text, end)
    return _THEM_CATEGORY[found.group(1).lower()] if found else ""


# A predicate right after an amount, whose first word the tagger may read as the counted noun.
_PREDICATE_NEXT = re.compile(r"\s+(?:shot\s+dead|starved\s+to\s+death|stoned\s+to\s+death)\b", re.IGNORECASE)


def predicate_next(text: str, end: int) -> bool:
    """Whether the words right after an amount are a predicate ("18 shot dead"), not a noun."""
    return bool(_PREDICATE_NEXT.match(text, end))


# "brought to 49 the number killed", "raising to 30 the death toll", "took to 70 the number of
# civilians killed" (a people noun of up to three words before the participle, as in the toll
# named before the figure): the toll named after the figure that a verb of change brings it to
# (wire copy translated from French or Arabic).
_TO_BEFORE = re.compile(r"\b(?:brought|bringing|brings|bring|raising|raised|raises|pushing|pushed|taking|took)"
                        r"\s+(?:the\s+(?:total|toll)\s+)?to\s+$", re.IGNORECASE)
_TOLL_NAMED_AFTER = re.compile(
    r"\s+the\s+(?:(?:death\s+)?toll|number\s+(?:of\s+)?(dead|deaths|killed|those\s+killed|victims|"
    r"wounded|injured|injuries|(?:[\w-]+\s+){1,3}?(?:killed|wounded|injured)))\b",
    re.IGNORECASE,
)


def toll_named_after(text: str, start: int, end: int) -> str:
    """The category of a toll named after a figure it was brought to, or ""."""
    if not _TO_BEFORE.search(text, max(0, start - 40), start):
        return ""
    found = _TOLL_NAMED_AFTER.match(text, end)
    if found is None:
        return ""
    counted = (found.group(1) or "").lower()
    return "injured" if counted.endswith(("wounded", "injured", "injuries")) else "killed"



# "dozens of civilians had fled via these corridors": flight through an announced route out of
# a besieged area is an evacuation (GUIDELINES.md section 1 and 14: not annotated), whatever
# verb says it. The route follows the predicate within a few words; a border crossing is no
# such route (refugees who cross it are displaced).
_EVACUATION_ROUTE = re.compile(
    r"[^.;]{0,50}?\b(?:via|through|using|by\s+way\s+of)\s+(?:the\s+|these\s+|those\s+|a\s+|an\s+|two\s+|three\s+)?"
    r"(?:\w+\s+){0,2}?(?:corridors?|passages?|safe\s+routes?)\b",
    re.IGNORECASE,
)


def evacuation_route(text: str, end: int) -> bool:
    """Whether people said to have fled or left did so through an evacuation corridor."""
    return bool(_EVACUATION_ROUTE.match(text, end))
