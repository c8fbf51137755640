"""Gazetteer keys: a place name's spelling folded to the strings the index is keyed by.

Why a module of its own: the key functions depend on nothing but the name, and three users
share them: the index builder and `lookup` (gazetteer.py), and the spelling tests of place_choice.py.
English news spells Arabic, Ukrainian, Afghan or African place names in many ways
(Al-Qaryatayn / Qaryatain / Karyatein; Deir ez-Zor / Deir al-Zour / Dayr az Zawr). Two keys
absorb most of that variation without any per-article rule:

* the *exact key*: lowercase, diacritics and Arabic article prefixes stripped, no spaces,
  hyphens or apostrophes ("Al-Qaryatayn" -> "qaryatayn");
* the *loose key*: the exact key with transliteration variation folded per word
  (q->k, th->t, dh->d, ph->f, doubled letters, assimilated articles like "Ezzor", every
  vowel run including medial y/w -> "a", the head word "Kfar"/"Kafar" -> "kafr"): "Qaryatain"
  and "Kariatein" both -> "karatan".

The *skeleton key* (consonants only) is looser still, for names after a place cue alone
("the town of X"), where transliterations add or change a vowel the loose key keeps
("Arabeen"/"Irbin"). The *vowel key* sits between the exact and loose keys (vowel spellings
folded by class, vowel quality kept), for testing whether two spellings are one name.
`deglue` and `construct_form` rewrite a name that no key finds: an Arabic article written
glued on set apart, a construct "t" restored.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Entries kept by the key and lookup caches: far more than the distinct names of a big corpus
# run, small next to the index itself (a few MB).
KEY_CACHE = 65_536

_ARTICLE = re.compile(r"(?<![a-z])(?:al|el|ul|il|ar|as|ad|ash|az|an|at|ath|adh|ed|er|es|ez|en|et|esh)\s+(?=[a-z])")
_APOSTROPHES = re.compile(r"['’‘`ʿʾ´ʻʼ]")
_NON_ALNUM = re.compile(r"[^a-z0-9 ]+")
_SUN_ARTICLE = re.compile(r"^[aeiu]([tdrzsln])\1(?=[a-z]{2})")
_FOLDS = (
    ("sch", "sh"),
    ("tch", "ch"),
    ("dj", "j"),
    ("ck", "k"),
    ("q", "k"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("ee", "i"),
)
_VOWELS = re.compile(r"[aeiouyw]+")
# Vowel spellings that English transliterations of one Arabic (or Persian, Kurdish) vowel
# alternate between, folded to one class each: damma ou/oo/o/u and diphthong aw before a
# consonant, diphthong ei/ai/ey/ay, fatha e/a.
_VOWEL_CLASSES = (
    (re.compile(r"aww?(?![aeiouy])"), "u"),  # diphthong aw, written ou in French style: Talldaww/Taldou
    (re.compile(r"ou|oo|o"), "u"),
    (re.compile(r"[ae]i|ey"), "ay"),
    (re.compile(r"e(?!$)"), "a"),  # not a final, silent English "e" ("Ave" is no "Ava")
)
_FINAL_H = re.compile(r"(?<=[aiu])h$")
_FINAL_VOWEL_H = re.compile(r"(?<=[aeiouyw])h$")
_VOWEL_LETTERS = re.compile(r"[aeiouyw]+")
_SKELETON_VOWELS = re.compile(r"[aeiou]+|[yw](?![aeiou])")
_DIGRAPHS = re.compile(r"[skgcz]h")
# Names of fewer consonant sounds get no skeleton key: two consonants name hundreds of places.
SKELETON_MIN_LEN = 3
# "Al"/"El" glued onto a name that starts with a consonant ("Alghantou", "Alnouman", "Elbab");
# the rest must keep three letters so "Alma" or "Elk" stay whole.
_GLUED = re.compile(r"(?<![A-Za-z])([AaEe][Ll])(?=[b-df-hj-np-tv-z][a-z]{2,})")
_DOUBLE = re.compile(r"([a-z])\1+")
# The Arabic head word "kafr" (village), which English spells with its vowel moved or doubled
# ("Kfar", "Kafar", "Kefr", "Kfer"): once vowels are folded (to "a" in loose keys, e -> a in
# vowel keys) these are "kfar" and "kafar", folded to "kafr" as the first word of a name.
_KAFR = re.compile(r"^ka?far(?=[a-z])")
# A first word of four letters or more ending in "a" (or "ah"/"eh") before a second word that
# opens with an Arabic article ("Maara al-Numan"): the shape of a construct name.
_CONSTRUCT = re.compile(r"^([A-Za-z]{3,}[ae])h?([ \t\-]+(?:[Aa]l|[Ee]l|[Aa][nrsdtz]|[Aa]sh)[ \t\-]+[A-Za-z])")


def ascii_fold(text: str) -> str:
    """Lowercase and strip diacritics ("Ḩamāh" -> "hamah")."""
    if text.isascii():  # nothing to decompose or strip (ASCII is unchanged by NFKD)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=KEY_CACHE)
def _words(name: str) -> tuple[str, ...]:
    """The folded words of a name, shared by its exact and loose keys (computed once)."""
    text = _APOSTROPHES.sub("", ascii_fold(name).replace("-", " "))
    text = _ARTICLE.sub(" ", text)
    return tuple(_NON_ALNUM.sub(" ", text).split())


@lru_cache(maxsize=KEY_CACHE)
def exact_key(name: str) -> str:
    """Lowercase, no diacritics, no Arabic article, no separators: "Deir ez-Zor" -> "deirzor"."""
    return "".join(_words(name))


@lru_cache(maxsize=KEY_CACHE)
def _loose_word(word: str, first: bool) -> str:
    """One word's loose form; memoised, as names share words ("Deir", "Kafr", "Tal")."""
    if not first:
        word = _SUN_ARTICLE.sub(r"\1", word)
    for old, new in _FOLDS:
        word = word.replace(old, new)
    head, rest = (word[0], word[1:]) if word[:1] in ("y", "w") else ("", word)
    rest = _VOWELS.sub("a", rest)
    word = _DOUBLE.sub(r"\1", head + rest)
    # The kafr fold of vowel_key on one word: here the word is whole, so it must equal the
    # head word; vowel_key's joined key has lost the word boundary, so _KAFR asks for letters
    # after it instead. One regex for both would fold a longer first word ("kafarat") here.
    if first and word in ("kfar", "kafar"):  # see _KAFR
        word = "kafr"
    if len(word) > 3 and word.endswith("ah"):
        word = word[:-1]
    return word


@lru_cache(maxsize=KEY_CACHE)
def loose_key(name: str) -> str:
    """The exact key with transliteration variation folded: "Kariatein" -> "karatan"."""
    return "".join(_loose_word(w, i == 0) for i, w in enumerate(_words(name)))


@lru_cache(maxsize=KEY_CACHE)
def vowel_key(name: str) -> str:
    """The exact key with consonant digraphs (q/k, th/t...) and vowel spellings folded to one
    per class, doubled letters single and a final "h" after a vowel dropped, but vowel quality
    kept: "Jebleh" and "Jablah" -> "jabla", "Beiji" and "Bayji" -> "bayji"; "Omar" -> "umar"
    stays apart from "Emar" -> "amar". Why: a finer test than the loose key (which folds every
    vowel) of whether two spellings are one name."""
    word = exact_key(name)
    for old, new in _FOLDS:
        word = word.replace(old, new)
    for pattern, new in _VOWEL_CLASSES:
        word = pattern.sub(new, word)
    # The head word "kafr" folded on the joined key (no word boundary left: _KAFR asks for
    # letters after it); _loose_word folds it on the whole first word instead.
    return _FINAL_H.sub("", _DOUBLE.sub(r"\1", _KAFR.sub("kafr", word)))


@lru_cache(maxsize=KEY_CACHE)
def skeleton_key(name: str) -> str:
    """The consonants of the exact key, with "a" for a final vowel: digraphs folded (q/k,
    th/t...), doubled letters single, a final "h" after a vowel dropped, "y"/"w" kept only
    before a vowel (a consonant there, a diphthong elsewhere): "Rahibeh" and "Ruhaybah" ->
    "rhba", "Arabeen" and "Irbin" -> "rbn"; "Salma" ("slma") stays apart from "Salamiyah"
    ("slmya"), "Masqan" ("mskn") from "Maskanah" ("mskna"). Why: English spellings of one
    Arabic name differ by an epenthetic or changed vowel more often than by a consonant or an
    ending; only a name after a place noun is matched this loosely (place_choice.py). Names of
    fewer than SKELETON_MIN_LEN consonants get "" (no key)."""
    word = exact_key(name)
    for old, new in _FOLDS:
        word = word.replace(old, new)
    word = _FINAL_VOWEL_H.sub("", _DOUBLE.sub(r"\1", word))
    consonants = _SKELETON_VOWELS.sub("", word)
    if len(_DIGRAPHS.sub("h", consonants)) < SKELETON_MIN_LEN:  # "sh", "kh": one sound each
        return ""
    return consonants + ("a" if word[-1:] in ("a", "e", "i", "o", "u", "y") else "")


def vowel_runs(name: str) -> int:
    """How many vowel runs (about, syllables) the exact key has: "Arabeen" 3, "Irbin" 2."""
    return len(_VOWEL_LETTERS.findall(exact_key(name)))


def construct_form(name: str) -> str:
    """`name` with the "t" of a first word's feminine ending restored before the next word:
    "Maara al-Numan" -> "Maarat al-Numan", "Qalaa al-Madiq" -> "Qalaat al-Madiq". Why: Arabic
    pronounces that "t" only in a construct (two-word) name, and English spellings drop it as
    often as they keep it (Maarat/Maara, Qalaat/Qalaa); the gazetteer mostly keeps it."""
    return _CONSTRUCT.sub(r"\1t\2", name, count=1)


def deglue(name: str) -> str:
    """`name` with an Arabic article written glued on set apart ("Alghantou" -> "Al Ghantou")."""
    return _GLUED.sub(r"\1 ", name)
