"""Place cues: the words around a name that say a place is meant there.

Why: small places share names with people and words ("Foley", "Among"), so a small place is
accepted (place_evidence.py) only where a place is expected at least once in the article:
after a locative ("in X", "captured X"), a place noun ("the villages of X", "towns such as
X"), before one ("X province"), or as an item in a list of names that opens after such a cue
("the villages of A, B and C").
"""
from __future__ import annotations

import re

_PLURAL_NOUNS = r"towns|cities|villages|neighbou?rhoods|suburbs|areas|hamlets|camps|districts|localities"
# A plural place noun, perhaps with one modifier, then a word that opens examples: "cities such
# as", "rural towns including", "cities most notably", "villages like" (general English).
_EXAMPLES = (rf"(?:{_PLURAL_NOUNS})(?:\s+[a-z]+)?\s+(?:such\s+as|including|(?:most\s+)?notably|namely|"
             r"especially|particularly|like)\s+(?:the\s+)?$")
_CUE_BEFORE = re.compile(
    r"\b(?:(?:towns?|city|cities|villages?|province|governorate|district|region|neighbou?rhoods?|suburbs?|area|"
    r"countryside|outskirts|capital|municipality|hamlets?|camp|oblast|county|state)\s+of\s+(?:the\s+)?$|"
    rf"{_EXAMPLES})",
    re.IGNORECASE,
)
_CUE_TAILS = frozenset(("of", "as", "including", "notably", "namely", "especially", "particularly", "like"))
# A plural place noun: what follows is a list of places, even when the commas between them were lost.
_PLURAL_CUE = re.compile(rf"\b(?:(?:{_PLURAL_NOUNS})\s+of\s+(?:the\s+)?$|{_EXAMPLES})", re.IGNORECASE)
# "X, a town north of ...", "X a city south of" (commas lost): an apposition that says X is a place.
_APPOSITION = re.compile(
    r"[ \t]*,?[ \t]+an?[ \t]+(?:[a-z]+[ \t]+)?(?:town|city|village|suburb|district|neighbou?rhood|camp)\b"
)
# "X town", "X village" (lower case: "Kansas City" and "Camp David" are names): X is a settlement.
# Not "X neighbourhood" or "X area": the gazetteer lists towns, so a town it finds under a
# neighbourhood's name is mostly a namesake elsewhere ("Buckhead neighborhood").
NOUN_AFTER = re.compile(r"[ \t]+(?:towns?|villages?|city|cities|camps?)\b")
# "Syria's X", and "Syrias X" where the apostrophe was lost.
_POSSESSIVE_GAP = re.compile(r"(?:['’]s|s)[ \t]+$")
CUE_AFTER = re.compile(r"[ \t]+(?:province|governorate|countryside|region|district|oblast)\b", re.IGNORECASE)
# An adjective of nearness before a bare place name ("in nearby X", "and neighbouring X").
_NEARNESS = r"(?:nearby\s+|neighbou?ring\s+)?"
# Words after which a capitalised name is a place: locative prepositions and the verbs of
# fighting over ground ("captured X", "shelled X"), perhaps with an adjective of nearness
# between ("in nearby X", "shelled neighbouring X": English puts it before a bare place name).
LOCATIVE = re.compile(
    r"\b(?:in|near|at|from|into|outside|around|towards?|across|between|through|of|to|on|via|over|inside|"
    r"within|entered|captured|recaptured|retook|seized|besieged|shelled|bombed|stormed|liberated|"
    r"surrounded|encircled|reached|held|controlled|struck|hit|targeted|pounded|raided|attacked|bombarded|overran)\s+(?:the\s+)?(?:[a-z]+-held\s+|[a-z]+-controlled\s+)?"
    rf"{_NEARNESS}(?:(?:al|el)-?\s+)?$",
    re.IGNORECASE,
)
# "Aleppo and X", "Aleppo and nearby X": the adjective of nearness as after a locative.
_LIST_BEFORE = re.compile(rf"(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*/\s*){_NEARNESS}$")
_LIST_AFTER = re.compile(r"\s*,\s*|\s+and\s+|\s+or\s+|\s*/\s*")
# Names listed after a place cue: up to MAX_LIST_ITEMS items of one to three capitalised words
# (with "al-" articles), separated by commas, "and"/"or" or only spaces (text that lost its
# commas), within LIST_WINDOW characters. Chosen so that SANA-style village lists of four or five
# names pass and a cue two clauses back does not.
MAX_LIST_ITEMS = 5
LIST_WINDOW = 120
_LIST_ITEM = r"(?:(?:al|el|ash|ad|ar|as|az|at|an)-)?[A-Z][\w'’‘]*"
_LIST_SEPARATOR = r"\s*,\s*|\s+and\s+|\s+or\s+"
_LIST_ITEMS = re.compile(rf"(?:{_LIST_ITEM}(?:[ \t]+{_LIST_ITEM}){{0,2}}(?:{_LIST_SEPARATOR})){{1,{MAX_LIST_ITEMS}}}$")
_LIST_ITEMS_SPACED = re.compile(rf"(?:{_LIST_ITEM}(?:{_LIST_SEPARATOR}|[ \t]+)){{1,{3 * MAX_LIST_ITEMS}}}$")


def cue_before(text: str, start: int) -> bool:
    """A place noun and "of" just before `start` ("the town of "), or examples after a plural
    place noun ("towns such as ")."""
    before = text[max(0, start - 40):start]
    return _cue_tail(before) and bool(_CUE_BEFORE.search(before))


def _cue_tail(before: str) -> bool:
    """The last word before a name (past a "the") is one that ends a cue: a cheap test that
    spares the cue regexes most names (asked ~40,000 times over FA-KES)."""
    word = _last_word(before)
    if word == "the":
        word = _last_word(before.rstrip()[:-3])
    return word in _CUE_TAILS


def _last_word(text: str) -> str:
    text = text.rstrip()
    return text[max(text.rfind(" "), text.rfind("\t"), text.rfind("\n")) + 1:].lower()


def listed_before(text: str, end: int, starts: set[int]) -> bool:
    """A name ending at `end` listed right before a place starting at one of `starts`
    ("A and B towns", where B is the evidenced place)."""
    gap = _LIST_AFTER.match(text, end)
    return bool(gap) and gap.end() in starts


def list_cue_before(text: str, start: int) -> bool:
    """A plural place noun and "of" just before `start` ("the towns of "): a list follows."""
    before = text[max(0, start - 40):start]
    return _cue_tail(before) and bool(_PLURAL_CUE.search(before))


def place_expected(text: str, start: int, end: int, ends: set[int], spaced: bool,
                   possessors: frozenset[int] | set[int] = frozenset()) -> bool:
    """Whether text[start:end] stands where a place is expected: after a cue, before "province",
    a lower-case settlement noun ("X village") or an apposition ("X, a town"), listed right
    after a name ending at one of `ends` ("Aleppo and X"), possessed by a country or region
    ending at one of `possessors` ("Syria's X"; a city's possessive is too often a person's or
    a team's: "Louisville's Earl Clark"), or in a list opened by a cue (`spaced`: see
    _listed_after_cue)."""
    before = text[max(0, start - 40):start]
    if LOCATIVE.search(before) or cue_before(text, start) or CUE_AFTER.match(text, end):
        return True
    if _APPOSITION.match(text, end) or NOUN_AFTER.match(text, end):
        return True
    listed = _LIST_BEFORE.search(before)
    if listed and start - len(listed.group(0)) in ends:
        return True
    possessive = _POSSESSIVE_GAP.search(before)
    if possessive and start - len(possessive.group(0)) in possessors:
        return True
    return _listed_after_cue(text, start, spaced)


def _listed_after_cue(text: str, start: int, spaced: bool) -> bool:
    """A name in a list of names that opens after a place cue ("the villages of A, B and C"):
    a few short capitalised items, then the cue. `spaced` also accepts items separated by
    spaces only (text that lost its commas, "in A B and C"); callers allow it only for names
    spelled like the gazetteer's own, since "at Tabqa Dam" must not make "Dam" a place."""
    before = text[max(0, start - LIST_WINDOW):start]
    items = (_LIST_ITEMS_SPACED if spaced else _LIST_ITEMS).search(before)
    if items is None:
        return False
    head = before[:items.start()]
    return bool(LOCATIVE.search(head) or _CUE_BEFORE.search(head))


# "the al-Midan neighbourhood", "Shahba neighborhood of Aleppo", "al-Qusor and Hrabesh neighborhoods".
_NEIGHBOURHOOD_AFTER = re.compile(
    rf"(?:(?:{_LIST_SEPARATOR}){_LIST_ITEM}(?:[ \t]+{_LIST_ITEM})?){{0,3}}[ \t]+neighbou?rhoods?\b")
# "the neighbourhood of X", "the neighborhoods of A, B and X".
_NEIGHBOURHOOD_BEFORE = re.compile(
    rf"\bneighbou?rhoods?[ \t]+of[ \t]+(?:the[ \t]+)?(?:{_LIST_ITEM}(?:{_LIST_SEPARATOR}|[ \t]+)){{0,6}}$")


def named_as_neighbourhood(text: str, start: int, end: int) -> bool:
    """text[start:end] is written as the name of a neighbourhood ("the al-Midan neighbourhood",
    "the neighbourhoods of al-Mazraa and ..."). Why: a town the gazetteer finds under a
    neighbourhood's name is a namesake elsewhere ("al-Midan" in Damascus is not Ma'dan on the
    Euphrates); callers ask only for names that are no big city, since "the Aleppo neighbourhood
    of X" names the city that holds it."""
    return bool(_NEIGHBOURHOOD_AFTER.match(text, end)
                or _NEIGHBOURHOOD_BEFORE.search(text[max(0, start - LIST_WINDOW):start]))
