"""Text-level rules of casualty reporting that the dependency tree gets wrong or cannot see.

The parser is trained on punctuated prose; news wires stripped of commas ("killed a nurse a
hospital employee and two soldiers", "150 bodies in X 100 in Y 67 in Z") and headlines
defeat it. These rules read the words around an amount instead:

- list items: an amount coordinated with a figure ("six civilians and five militiamen",
  "22 children along with six teachers") or in an elliptical list under one verb ("150
  bodies were counted in X, 100 in Y") shares that figure's category;
- sub-counts introduced by "including" / "among them" take the category of the figure they
  break down, whatever participle describes them ("14 people including three children
  fleeing");
- a category named right after the counted words ("25 were injured", "11 children among
  the dead").

What else the clause says befell the counted people (held captive, freed, punished) is in
casualty_fates.py.
"""

from __future__ import annotations

import re

from rashomon.extract.casualty_links import EXECUTION_METHOD_LEMMAS
from rashomon.extract.casualty_predicates import phrase_category, resultative

# What joins two items of one list: "and", "as well as", "along with", a comma, or nothing
# at all in the comma-stripped wire copy ("a nurse a hospital employee").
_LIST_JOIN = re.compile(
    r"\s*(?:,\s*)?(?:(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:killed|wounded|injured)\s+"
    r"(?=along|together|as\s+well))?"
    r"(?:(?:and|as well as|along with|together with|with|in addition to|plus|besides|including)\s+)?$",
    re.IGNORECASE,
)
# An item that has a verb or a relative clause of its own is not a list item ("killed 10 and 5
# were arrested", "killing four civilians two residents said", "along with 41 people who ...").
_OWN_VERB = re.compile(
    r"\s+(?:were|was|are|is|have|has|had|got|remain(?:ed)?|said|say|says|told|tell|reported|added|who|which|that)\b",
    re.IGNORECASE,
)


def coordinated(text: str, previous_end: int, start: int, item_end: int) -> bool:
    """Whether an amount (text[start:item_end], its counted words included) is the next item of
    a list whose previous item ends at previous_end."""
    if previous_end > start:
        return False
    if not (_LIST_JOIN.match(text, previous_end, start) or _ALONG_WITH.match(text, previous_end, start)
            or _parallel_phrases(text, previous_end, start, item_end)):
        return False
    if _ADDED_BEFORE.search(text, max(0, start - 20), start) and _RELATIVE_AFTER.match(text, item_end):
        return True  # "in addition to a civilian who was passing by": the clause describes the item
    return not _OWN_VERB.match(text, item_end)


# "two men from X and three men from Y": each item of the list carries a phrase of the same
# preposition, which the parser may take the second item to be coordinated inside.
_PHRASE_GAP = re.compile(r"\s+(from|of|among)\s+[^.;:\d]{1,60}?\s+and\s+", re.IGNORECASE)


def _parallel_phrases(text: str, previous_end: int, start: int, item_end: int) -> bool:
    """Whether the previous item and this one each end in a phrase of one preposition."""
    gap = _PHRASE_GAP.fullmatch(text, previous_end, start)
    return gap is not None and re.match(rf"\s+{gap.group(1)}\s", text[item_end:], re.IGNORECASE) is not None


# "in addition to" and "as well as" add a person to the figure; a relative clause after the
# person then describes them ("along with 41 people who were evacuated" may not: other fates).
_ADDED_BEFORE = re.compile(r"\b(?:in\s+addition\s+to|as\s+well\s+as)\s+$", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"\s+(?:who|that)\s+(?!(?:were|was|had\s+been|have\s+been)\s+\w+ed\b)", re.IGNORECASE)


# "10 fighters were killed in the blast and the battle along with eight militants": "along
# with" adds to the figure before it across the rest of its clause.
# "in addition to" and "as well as" add to it the same way ("killed three workers who lived
# there in addition to one local man").
_ALONG_WITH = re.compile(
    r"[^.;:\d]{0,80}?\b(?:(?:along|together)\s+with|in\s+addition\s+to|as\s+well\s+as)\s+$", re.IGNORECASE
)


_PLAIN_JOIN = re.compile(r"\s*(?:,\s*|\s(?:and|as well as|along with|together with)\s+)$", re.IGNORECASE)


def listed_before(text: str, item_end: int, figure_start: int, named: bool = False) -> bool:
    """Whether an amount ending at item_end is listed right before a figure ("four children and
    one man killed"): they share its predicate. Only an item that names its people, a singular
    count or an amount with its person noun ("a girl a woman and two men dead", "six women five
    children and three men", wire copy stripped of commas), may be joined by a bare space: "URL
    1195 Over 100 militants" is no list."""
    if item_end > figure_start:
        return False
    joined = _PLAIN_JOIN.match(text, item_end, figure_start)
    return bool(joined) or (named and not text[item_end:figure_start].strip())


# "150 bodies were counted in X 100 in Y": an amount after a named place that is itself
# followed by a locative and a name, in a sentence that already gave a figure.
# The place may be introduced by its kind ("in the neighbourhood of X", "in the town X").
_ELLIPSIS_BEFORE = re.compile(
    r"\b(?:in|at|near)\s+(?:the\s+)?(?:(?:neighbou?rhood|district|town|village|city|suburb|camp|area)\s+(?:of\s+)?)?"
    r"(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*\s*,?\s*(?:and\s+)?$"
)
_ELLIPSIS_AFTER = re.compile(r"\s+(?:in|at|near)\s+(?:the\s+)?[A-Z]")


def elliptical(text: str, start: int, end: int) -> bool:
    """Whether an amount is an item of "N in X, M in Y" under one earlier verb."""
    return bool(_ELLIPSIS_BEFORE.search(text, max(0, start - 60), start) and _ELLIPSIS_AFTER.match(text, end))


# A category named right after the counted words: a participle ("killed", "were injured",
# "others wounded") or a group the people are among ("among the dead", "among 14 dead", "among
# the victims", "also among Friday's dead": a day's dead or victims are those it killed).
# An adverb of manner may come between ("a nurse critically wounded"), and a report verb
# ("have been reported as wounded", "were confirmed dead", "are estimated to have died").
_AFTER_TRIGGER = re.compile(
    r"\s+(?:others?\s+|more\s+)?(?:(?:were|was|are|is|have\s+been|had\s+been|has\s+been|got|get|remain(?:s|ed)?)\s+"
    r"(?:also\s+|all\s+|still\s+)?"
    r"(?:(?:reported|confirmed|listed|declared)\s+(?:as\s+)?|"
    r"(?:estimated|believed|thought|said|feared|known|reported)\s+to\s+have\s+(?:been\s+)?)?)?(?:(?!only)[a-z]+ly\s+)?"
    r"(killed|dead|died|injured|wounded|hurt|executed|beheaded|crucified|kidnapped|abducted|missing|displaced|"
    r"neutrali[sz]ed|hospitali[sz]ed|unaccounted\s+for)\b",
    re.IGNORECASE,
)
_AMONG_AFTER = re.compile(
    r"\s+(?:were\s+|was\s+)?(?:also\s+)?(?:among|(?:made|make|makes)\s+up\s+(?:the\s+rest\s+of\s+)?)\s*"
    r"(?:the|those|(?:at\s+least\s+|more\s+than\s+|over\s+)?\d[\d,]*|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day'?s)\s+"
    r"(?:\w+\s+)?(dead|deceased|killed|wounded|injured|kidnapped|missing|victims)\b",
    re.IGNORECASE,
)
# "left 35 people including 22 children dead": a state a few words after a figure left so.
_LEFT_BEFORE = re.compile(r"\b(?:left|leaving|leaves|leave)\s+$", re.IGNORECASE)
# "driving tens of thousands ... from their homes": people forced out are displaced.
_DRIVEN_BEFORE = re.compile(r"\b(?:driving|drove|driven|drives|forcing|forced|forces|uprooting|uprooted)\s+$", re.I)
_HOMES_AFTER = re.compile(
    r"[^.;]{0,100}?\b(?:from|out\s+of|to\s+(?:flee|leave))\s+their\s+(?:homes?|houses?|villages?)\b", re.I
)
_STATE_AFTER = re.compile(
    r"(?:\s+(?!(?:and|or|dead|killed|wounded|injured)\b)[\w-]+){0,5}?\s+(dead|killed|wounded|injured|homeless|missing)\b",
    re.IGNORECASE,
)
_WORD_CATEGORY = {
    "killed": "killed", "dead": "killed", "died": "killed", "injured": "injured", "wounded": "injured",
    "hurt": "injured", "executed": "executed", "beheaded": "executed", "crucified": "executed",
    "neutralized": "killed", "neutralised": "killed", "hospitalized": "injured", "hospitalised": "injured",
    "deceased": "killed", "victims": "killed", "kidnapped": "abducted",
    "abducted": "abducted", "missing": "missing", "displaced": "displaced", "unaccounted for": "missing",
}
# A participle followed by an amount is a verb taking that amount ("kidnapped 900 executed 18
# people"): it says nothing about the amount before it.
# The number may be spelled out ("killed two patients injured eight others": commas lost); an
# amount that is the subject of a verb of its own opens a new clause ("among 25 injured eight
# were in critical condition").
_AMOUNT_NEXT = re.compile(
    r"\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+)?(?:\d|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)\b)(?![\d,]*\s+(?:were|was|are|is)\b)",
    re.IGNORECASE,
)
# A bare participle followed by a vague amount takes it as object too ("claimed N lives wounded
# many others"); after a finite one it opens an aside ("80 were injured many of whom severely").
_VAGUE_NEXT = re.compile(r"\s+(?:many|several|dozens|scores|hundreds|thousands|tens)\b", re.IGNORECASE)


_FATE_BEFORE = re.compile(r"\bfate\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# Harm done to people named before them: "inflicted harm on an additional 200 civilians",
# "caused serious injuries to 12 people".
_HARM_BEFORE = re.compile(
    r"\b(?:inflict(?:ed|ing|s)?|caus(?:ed|ing|es))\s+(?:\w+\s+)?(?:harm|injuries|wounds)\s+(?:on|upon|to)\s+"
    r"(?:an?\s+(?:additional|further)\s+|another\s+|some\s+)?$",
    re.IGNORECASE,
)
_UNKNOWN_AFTER = re.compile(r"[^.;]{0,40}?\b(?:is|was|remains|remained)\s+(?:still\s+)?unknown\b", re.IGNORECASE)


# "took some 2000 civilians ... to serve as human shields": taken as human shields is an
# abduction (GUIDELINES.md, "abducted").
_TAKEN_BEFORE = re.compile(r"\b(?:took|taken|take|takes|taking|used|using|uses|held|holding)\s+$", re.IGNORECASE)
_SHIELDS_AFTER = re.compile(r"[^.;]{0,60}?\bas\s+(?:a\s+)?human\s+shields?\b", re.IGNORECASE)


def category_after(text: str, end: int, object_of_verb: bool = False, start: int = 0) -> str:
    """The category a participle or "among the dead" right after the figure names, or "".

    For the object of a casualty verb a bare participle only describes the people ("executed
    X, an aid worker kidnapped in 2013"): only a finite one ("were injured") counts then."""
    if phrase := phrase_category(text, end) or resultative(text, start, end):
        return phrase
    if _COMBINED_AFTER.match(text, end):
        return "casualties"
    if _LEFT_BEFORE.search(text, max(0, start - 10), start) and (state := _STATE_AFTER.match(text, end)):
        return _WORD_CATEGORY.get(state.group(1).lower(), "displaced")
    if _DRIVEN_BEFORE.search(text, max(0, start - 10), start) and _HOMES_AFTER.match(text, end):
        return "displaced"
    if _TAKEN_BEFORE.search(text, max(0, start - 10), start) and _SHIELDS_AFTER.match(text, end):
        return "abducted"
    found = _AFTER_TRIGGER.match(text, end) or _AMONG_AFTER.match(text, end)
    if found is None or _AMOUNT_NEXT.match(text, found.end()):
        return ""
    if _VAGUE_NEXT.match(text, found.end()) and not _FINITE.match(text, end):
        return ""
    if object_of_verb and found.re is _AFTER_TRIGGER and not _FINITE.match(text, end):
        return ""
    return _WORD_CATEGORY[found.group(1).lower()]


_FINITE = re.compile(r"\s+(?:others?\s+|more\s+)?(?:were|was|are|is|have|had|has|got|get)\b", re.IGNORECASE)


# A casualty verb right before the figure names its category whatever the parse says: in
# "killed 10 people and wounded several others" the parser hangs "others" on "killed", and in
# "massacred 250 troops taken hostage" it makes the troops the subject of "taken".
_PRECEDING_VERBS = (
    r"(kill|kills|killing|killed|massacred|slew|execute|executes|executed|executing|beheaded|beheads|behead|"
    r"crucified|crucifies|crucify|wound|wounds|wounded|"
    r"wounding|injure|injures|injured|injuring|kidnap|kidnaps|kidnapped|kidnapping|abducted|abducting|"
    r"lost|lose|loses|losing|(?:shot|shoots?)\s+dead|gunned\s+down|"
    r"(?:shot|stabbed|beaten|beat|burned|burnt|tortured)\s+to\s+death)"
)
# "killed and executed 270 people": of two coordinated verbs the first names the figure,
# unless the second is a method of execution ("killed and beheaded").
_PRECEDING_TRIGGER = re.compile(rf"(?:\b{_PRECEDING_VERBS}\s+and\s+)?\b{_PRECEDING_VERBS}\s+$", re.IGNORECASE)
# Ways of putting people to death (casualty_links' lemmas, as word stems: "crucif" for
# "crucified"): second in "killed and X", they still name an execution.
_METHOD = re.compile("|".join(sorted(lemma.rstrip("ey") for lemma in EXECUTION_METHOD_LEMMAS)), re.IGNORECASE)
_VERB_CATEGORY = {
    "beheads": "executed", "behead": "executed", "crucifies": "executed", "crucify": "executed",
    "kill": "killed", "execute": "executed", "executes": "executed", "wound": "injured", "wounds": "injured",
    "injure": "injured", "injures": "injured", "kidnap": "abducted", "kidnaps": "abducted",
    "killing": "killed", "kills": "killed", "massacred": "killed", "slew": "killed", "executing": "executed",
    "wounding": "injured", "injuring": "injured", "kidnapping": "abducted", "abducting": "abducted",
    # "the SDF has lost at least 89": a side's losses are its dead (people only: a counted
    # noun that is no person vetoes the figure first)
    "lost": "killed", "lose": "killed", "loses": "killed", "losing": "killed",
}


# A toll stated before its number: "put the death toll at 494", "the toll stands at 30",
# "raising the number of dead to 42", "the number of soldiers killed in X to 18" (a people
# noun of up to six words before the participle), "a death toll of 17", "the toll could be as
# high as 5000", "put the toll from the war at as high as 9000" (up to five words of its own: where
# and what it is the toll of), "estimates of the toll (in the weeks of the siege) vary from
# 300 to 900" (eight words before a verb of estimates); "death count" and "body count" are
# synonyms of the death toll, and so is a bare "number" that a source "put at" an amount
# ("another group put the number at 45": the idiom of estimating a toll; general English).
_TOLL_BEFORE = re.compile(
    r"\b(?:(?:death\s+)?toll|(?:death|body)\s+count|figure|tally|(?:(?<=put\s)|(?<=puts\s)|(?<=putting\s))(?:the\s+)?number(?=\s+at\s)|"
    r"number\s+of\s+(dead|deaths|victims|fatalities|killed|those\s+killed|"
    r"wounded|injured|injuries|(?:[\w-]+\s+){1,6}?(?:killed|wounded|injured)))\s+(?:(?:[\w-]+\s+){0,8}?"
    r"(?:at|to|of|(?:may|might|could|would|will)\s+(?:now\s+)?be|is|was|reached|reaches|hit|topped|exceeded)|"
    r"(?:[\w-]+\s+){0,8}?(?:var(?:y|ies|ied)|rang(?:e|es|ed|ing))(?:\s+from)?)\s+$",
    re.IGNORECASE,
)


# A verb of telling right before "to": who follows was told the toll, not counted in it ("the
# death toll was confirmed to a correspondent", "gave the toll to a doctor").
_TOLD_TO = re.compile(r"\b(?:confirmed|told|said|reported|announced|explained|given|gave|revealed|disclosed)\s+to\s+$",
                      re.IGNORECASE)


# A death toll that "has risen to" a number after a long account of what it is the toll of
# ("the death toll in a car bomb attack on buses carrying evacuees from two towns has risen
# to 112"): the verb of an updated toll is specific enough to let up to twenty words lie
# between the noun and it, where _TOLL_BEFORE allows eight (the empty group stands for
# _TOLL_BEFORE's counted noun: a death toll counts the killed). A source that "raised the death
# toll" from a long account of the attack "to 61" updates it the same way, verb before the noun.
_TOLL_RISEN = re.compile(r"\bdeath\s+toll()\s+(?:[\w-]+\s+){9,20}?(?:has\s+|had\s+)?(?:risen|rose|rises)\s+to\s+$|"
                         r"\b(?:raised|raising|raises|raise)\s+(?:the|its|their)\s+death\s+toll\s+"
                         r"(?:[\w-]+\s+){9,20}?to\s+$",
                         re.IGNORECASE)
# How far before a figure a long toll phrase may start.
TOLL_RISEN_REACH = 200


def _nearest_toll(text: str, start: int) -> re.Match[str] | None:
    """The toll phrase that ends right before the figure and starts nearest it: in "put the
    death toll at four and the number of injured at 19" the figure 19 is the number of injured,
    though "toll ... at" spans the whole run too."""
    found, position = None, max(0, start - 100)
    while (match := _TOLL_BEFORE.search(text, position, start)) is not None:
        found, position = match, match.start() + 1
    if found is None and text.endswith(" to ", 0, start):  # cheap test before the long pattern
        found = _TOLL_RISEN.search(text, max(0, start - TOLL_RISEN_REACH), start)
    return found


def toll_category(text: str, start: int) -> str:
    """The category of a toll phrase right before the figure, or ""."""
    found = _nearest_toll(text, start)
    if found is None or _TOLD_TO.search(text, found.start(), start):
        return ""
    counted = (found.group(1) or "").lower().split()
    return "injured" if counted and counted[-1] in ("wounded", "injured", "injuries") else "killed"


# A combined count of dead and wounded (GUIDELINES.md kind `casualties`): "killing and
# injuring scores", "Attack Kills Wounds Dozens", "88 Killed & Injured", "dead or injured".
_KILL_WORDS = r"(?:kill|kills|killed|killing|dead)"
_HURT_WORDS = r"(?:wound|wounds|wounded|wounding|injure|injures|injured|injuring)"
# "killing and wounding 20", and the gerunds as nouns: "the killing or wounding of 20 people"
_COMBINED_BEFORE = re.compile(rf"\b{_KILL_WORDS}\s+(?:(?:and|or|&)\s+)?{_HURT_WORDS}\s+(?:of\s+)?$", re.IGNORECASE)
_COMBINED_AFTER = re.compile(
    rf"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?{_KILL_WORDS}\s+(?:(?:and|or|&)\s+)?{_HURT_WORDS}\b"
    rf"(?!\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?\d)",
    re.IGNORECASE,
)


# A casualty noun with "of" before the figure: "the death of five crewmen", "the corpses of
# dozens of fighters", "the abduction of 20 workers", "(the death of one man and) injury of 11
# others" (the parser may hang the second "of" on the first figure's noun).
_NOMINAL_BEFORE = re.compile(
    r"\b(deaths?|killings?|murders?|massacre|executions?|beheadings?|abductions?|kidnappings?|bodies|corpses|"
    r"remains|injury|injuries|woundings?)\s+of\s+(?:the\s+|some\s+)?$",
    re.IGNORECASE,
)
_NOUN_CATEGORY = {
    "death": "killed", "killing": "killed", "murder": "killed", "massacre": "killed", "execution": "executed",
    "beheading": "executed", "abduction": "abducted", "kidnapping": "abducted", "bodie": "bodies_found",
    "corpse": "bodies_found", "remain": "bodies_found",
    "injury": "injured", "injurie": "injured", "wounding": "injured",
}


# A hospital that received or treated people received the hurt ("the hospital received three
# victims"), unless they were bodies.
_RECEIVED_BEFORE = re.compile(
    r"\b(?:hospitals?|clinics?)\b(?:\s+[\w-]+){0,4}?\s+(?:received|receives|receiving|treated|treats|treating)\s+$",
    re.IGNORECASE,
)
# People a doctor or medic treated were hurt ("he treated 16 of 29 cases", "medics treated 40 people").
_TREATED_BEFORE = re.compile(r"\btreat(?:ed|s|ing)\s+$", re.IGNORECASE)
_BODIES_AHEAD = re.compile(r"[^.;]{0,40}?\b(?:bodies|corpses|dead)\b", re.IGNORECASE)
# "treats 200 patients a day": a rate says what a hospital can do, not who was hurt.
_RATE_AHEAD = re.compile(r"[^.;]{0,40}?\b(?:a|per|each|every)\s+(?:day|week|month|year)\b", re.IGNORECASE)


# Lives taken by a verb before the figure: "claimed hundreds of lives", "costing 500 lives".
_LIVES_TAKEN_BEFORE = re.compile(r"\b(?:claim(?:s|ed|ing)?|cost(?:s|ing)?|t(?:ook|ake|akes|aking))\s+$", re.I)
_LIVES_AHEAD = re.compile(r"[^.;,]{0,30}?\blives\b", re.IGNORECASE)


def preceding_category(text: str, start: int) -> str:
    """The category of a casualty verb or casualty noun + "of" right before the figure, the
    fate of people before "unknown" (missing), or ""."""
    if _FATE_BEFORE.search(text, max(0, start - 16), start) and _UNKNOWN_AFTER.match(text, start):
        return "missing"
    if _COMBINED_BEFORE.search(text, max(0, start - 30), start):
        return "casualties"
    if _HARM_BEFORE.search(text, max(0, start - 60), start):
        return "injured"
    near = text[max(0, start - 60) : start].lower()  # cheap gates before the searches below
    if "of" in near[-12:] and (nominal := _NOMINAL_BEFORE.search(text, max(0, start - 24), start)):
        return _NOUN_CATEGORY[nominal.group(1).lower().removesuffix("s")]
    if ("hospital" in near or "clinic" in near) and _RECEIVED_BEFORE.search(text, max(0, start - 60), start):
        return "" if _BODIES_AHEAD.match(text, start) or _RATE_AHEAD.match(text, start) else "injured"
    if "treat" in near[-12:] and _TREATED_BEFORE.search(text, max(0, start - 12), start):
        return "" if _BODIES_AHEAD.match(text, start) or _RATE_AHEAD.match(text, start) else "injured"
    if _LIVES_TAKEN_BEFORE.search(text, max(0, start - 16), start) and _LIVES_AHEAD.match(text, start):
        return "killed"  # "claimed hundreds of lives", "cost 500 lives", whatever verb follows
    found = _PRECEDING_TRIGGER.search(text, max(0, start - 30), start)
    if found is None:
        return ""
    word = (found.group(1) or found.group(2)).lower()
    if found.group(1) and _METHOD.match(found.group(2)):
        word = found.group(2).lower()  # "killed and crucified": the method of execution says
    if " " in word or "\n" in word:  # "shot dead", "gunned down", "beaten to death"
        return "killed"
    return _VERB_CATEGORY.get(word) or _WORD_CATEGORY[word]
