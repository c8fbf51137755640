"""Which sentences may state a casualty figure, and how the parser should see them.

Why apart: speed and the parser's training. Parsing is the costly step, so a sentence is
parsed only if it holds a word that can say what happened to people (CASUALTY_STEMS); and
the tagger, trained on prose, reads the casualty words of a Title Case headline as names, so
those words are lowercased first (same length: every offset still holds).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from rashomon.extract.actors import IS_PARSER_SPELLING, names_islamic_state
from rashomon.extract.casualty_links import victim_classes
from rashomon.extract.casualty_people import blank_brackets
from rashomon.model import Sentence

# The cheap pass: word beginnings that can say what happened to people. A sentence without
# one is never parsed. Chosen to cover every trigger in data/casualty_triggers.tsv.
CASUALTY_STEMS = re.compile(
    r"\b(?:kill|dead|die[ds]?\b|dying|death|toll|execut|massacr|slain|slay|slew|gass|stoned|victim|treatment|"
    r"suffocat|fate|slaughter|murder|behead|"
    r"decapitat|crucif|wound|injur|hurt|maim|abduct|kidnap|hostage|captive|captur|missing|bod(?:y|ies)|"
    r"corpse|remains|grave|displac|fled|flee|evacuat|homeless|homes|refugee|lives|casualt|fatalit|perish|martyr|"
    r"lost|los[ei]|eliminat|destroy|neutrali[sz]|human shield|unaccounted|first aid|affected by|symptom|asphyxia|"
    r"treated|hospital|starv|breathing|deceas|gunned\s+down|"
    # ways of killing, executing, taking and driving out added from general English
    r"assassinat|liquidat|annihilat|exterminat|drown|strangl|lynch|butcher|electrocut|gunn(?:ed|ing)\b|"
    r"hang(?:ed|ing|s)?\b|ston(?:e|es|ing)\b|snatch|enslav|uproot|evict|disappear|vanish|succumb|"
    r"(?:burned|burnt|buried)\s+alive|wip(?:e|es|ed|ing)\s+out|shot\b|shoot|stab|harm\b|burns\b|poison|refuge|captivity|(?:taken|took|take|taking|held|hold|holding)\s+prisoners?\b|"
    # "the battle claimed several persons": a claim whose object is an amount (of people)
    r"claim(?:s|ed|ing)?\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+)?"
    r"(?:\d|several|dozens|scores|hundreds|thousands|tens|a\s+few|two|three|four|five|six|seven|eight|nine|ten))",
    re.IGNORECASE,
)
# A sentence is a headline when this share of its words is capitalised; its casualty words
# are lowercased before parsing (same length, same offsets), or the tagger reads them as names.
HEADLINE_CAPITALISED_SHARE = 0.7


@lru_cache(maxsize=4096)
def title_case(text: str) -> bool:
    """Whether a sentence is a Title Case headline (most of its words capitalised). Memoised:
    the figure and place code ask it of one sentence many times."""
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(words) >= 4 and capitalised >= HEADLINE_CAPITALISED_SHARE * len(words)


def parse_text(text: str) -> str:
    """The sentence as the parser should see it: a Title Case headline gets its casualty
    words and victim nouns lowercased, bracketed insertions are blanked, the group "IS" is
    spelled as a name (same length, so offsets still hold)."""
    text = group_acronyms(blank_brackets(text))
    if not title_case(text):
        return text

    def lower(match: re.Match[str]) -> str:
        word = match.group(0)
        known = word.lower() in victim_classes() or CASUALTY_STEMS.match(word) or word.lower() in _COMMON_VERBS
        return word.lower() if known and not word.isupper() else word

    return re.sub(r"[A-Za-z][\w'-]*", lower, text)


# The group "IS" as the parser should see it: a name. Spelled "IS" it is read as the verb
# "is" even before a noun ("killed 12 IS fighters": "12" becomes a subject, "fighters" an
# attribute), so the figure loses its people or its verb; same length, so offsets hold.
_IS_WORD = re.compile(r"\bIS\b")


def group_acronyms(text: str) -> str:
    """The text with each "IS" that names the group (actors.names_islamic_state) respelled
    actors.IS_PARSER_SPELLING for the parser (actors read it back as the group). The figure's
    words are read from the sentence itself, so "IS fighters" stays as written."""
    if "IS" not in text:
        return text

    def respell(match: re.Match[str]) -> str:
        return IS_PARSER_SPELLING if names_islamic_state(text, match.start(), match.end()) else match.group(0)

    return _IS_WORD.sub(respell, text)


# Words that already open a new noun phrase for the parser: no compound is read across them.
_OPENS_NOUN_PHRASE = frozenset({"the", "a", "an", "it", "he", "she", "they", "we", "this", "these", "those"})


def source_commas(text: str, sentence: Sentence, starts: list[int]) -> str:
    """The text with a comma in place of the space before each attribution that opens on a
    name inside the sentence ("... killed 13 people MSF said on Monday"): the FA-KES copy has
    lost its commas, and without one the parser reads the count's noun as a modifier of the
    name ("people MSF": compound), so the figure loses its verb. A determiner or pronoun
    ("... 13 people the monitor said") already opens a noun phrase of its own and needs none.
    Same length, so offsets hold. `starts` are the attributions' article offsets, in order."""
    first = bisect.bisect_right(starts, sentence.start)
    last = bisect.bisect_left(starts, sentence.end)
    chars = list(text)
    for start in starts[first:last]:
        space = start - sentence.start - 1
        if space < 1 or text[space] != " " or not text[space - 1].isalnum() or not text[space + 1].isupper():
            continue
        if text[space + 1 :].split(maxsplit=1)[0].lower() not in _OPENS_NOUN_PHRASE:
            chars[space] = ","
    return "".join(chars)


# Headline verbs that are not casualty words but must read as verbs ("Militants Take 30 Hostage").
_COMMON_VERBS = frozenset(
    {
        "take",
        "takes",
        "took",
        "taken",
        "hold",
        "holds",
        "found",
        "find",
        "finds",
        "leave",
        "leaves",
        "left",
        "lose",
        "loses",
        "lost",
        "reach",
        "reaches",
        "rises",
        "rise",
    }
)
