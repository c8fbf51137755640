"""The attribution word tables and the cleaned form of a source name.

Every module that reads a source phrase (the scans that find it, the rules that resolve it)
asks the same few questions: which words are verbs of saying, titles, determiners
(data/attribution_words.tsv); which head nouns name a kind of organisation
(data/attribution_generic.tsv); and what a phrase names once its determiner, "figures from",
"-based" and "news agency" are stripped ("the Britain-based SOHR" -> "SOHR", or its canonical
name). They sit apart, below everything else, so that those modules share one answer and
import it without depending on the resolution in attribution_names.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rashomon.extract.actors import canonical_actor
from rashomon.extract.amounts import table_rows
from rashomon.extract.source_descriptors import described
from rashomon.extract.source_fragments import distinct_name

# A source phrase longer than this is a clause, not a name (longest seen in wire copy:
# "the Britain-based Syrian Observatory for Human Rights (SOHR)" = 8 words).
MAX_SOURCE_WORDS = 12

# A document or count noun with its maker, the maker's verb optional: "figures from X", "a statement
# issued by X", "information provided by X", "statistics released by X" (the maker is the source).
# Between the verb and "by" English puts a time ("released Saturday by X", "issued late on Monday
# by X") or the recipient ("handed over to the ministry by X", "sent to reporters by X"): the
# source is still the maker after "by", never the recipient.
_WHEN = r"(?:(?:on|late|early|late\s+on|early\s+on)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)"
_TO_WHOM = r"to\s+(?:[\w-]+\s+){1,8}?"
SOURCE_PREFIX = re.compile(
    r"^(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:statement|figures?|data|reports?|tally|count|"
    r"estimates?|statistics|toll|information|documentation)\s+"
    r"(?:(?:issued|provided|released|published|given|supplied|compiled|handed\s+over|handed|sent|passed\s+on|passed)"
    rf"\s+(?:{_WHEN}\s+)?(?:{_TO_WHOM})?)?(?:by|from|of)\s+",
    re.IGNORECASE,
)
# A photo credit run into the next sentence: "(Photo AFP) Syrian state media says ...".
_PHOTO_CREDIT = re.compile(r"^\((?:photo|file\s+photo)[^()]*\)\s*", re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:the|a|an|another|other|one|its|their|his|her)\s+", re.IGNORECASE)
# A place of two or three words may stand before "-based" ("New York-based", "Abu Dhabi-based").
_BASED = re.compile(
    r"^(?:(?:(?-i:[A-Z])[\w.]*\s+){1,2}[\w.]+-based|[\w.-]+-(?:based|run|owned|backed|affiliated|aligned|linked|controlled)"
    r"|based in \w+,?)\s+",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
NAME_RUN = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’-]+)*(?:\s+\([A-Z][A-Za-z]+\))?")

Found = tuple[int, int, str, str, str]  # (start, end, source phrase, intermediary, sentence)


@lru_cache(maxsize=1)
def word_table() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[1].split()) for row in table_rows("attribution_words.tsv")}


@lru_cache(maxsize=1)
def generic_heads() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[1].split()) for row in table_rows("attribution_generic.tsv")}


@lru_cache(maxsize=1)
def org_words() -> frozenset[str]:
    """Words that make a name an organisation's ("Committee", "Observatory", "Ministry"...)."""
    bodies = {"centre", "center", "institute", "ministry", "command", "commission"}
    return frozenset().union(*generic_heads().values(), bodies)



@lru_cache(maxsize=16384)
def clean_name(phrase: str, canonical: bool) -> str:
    """ "the Agence France-Presse news agency" -> "Agence France-Presse" (or its canonical name).
    Cached, as canonical_actor is: the same phrases come back for every verb of saying."""
    phrase = _PHOTO_CREDIT.sub("", " ".join(phrase.split())).strip(" ,.\"“”'")
    phrase = SOURCE_PREFIX.sub("", phrase)
    phrase = _DETERMINER.sub("", phrase)
    phrase = _BASED.sub("", phrase)
    phrase = re.sub(r"\s+(?:news\s+)?agency$", "", phrase) if re.search(r"[A-Z]", phrase) else phrase
    if canonical:
        heads = {w.lower().rstrip("s") for w in phrase.split()} & org_words()
        for index, candidate in enumerate(name_candidates(phrase)):
            part_only = index >= 2 and heads and not heads & {w.lower().rstrip("s") for w in candidate.split()}
            part_only = part_only and not candidate.isupper()  # "news agency SANA": the acronym names it
            part_only = part_only and not described(phrase, candidate)  # "the humanitarian agency MSF-name"
            if part_only:
                continue  # "National Coalition for ... and Opposition Forces" is no "Opposition Forces"
            known = canonical_actor(candidate)
            if known is not None:
                return phrase if distinct_name(phrase, known[1], known[2]) else known[1]
    return phrase


def known_actor(phrase: str) -> bool:
    """Whether the actor table knows the whole phrase once its determiners, "X-based" and
    "news agency" are cleaned off ("the Turkish General Staff", "the Britain-based SOHR")."""
    return canonical_actor(clean_name(phrase, canonical=False)) is not None


def names_body(phrase: str) -> bool:
    """Whether a phrase names a body that can own an office: an organisation word in it ("the
    Syrian Coalition") or an actor the table knows ("SNHR"); a person ("Yeltsin") does not."""
    return bool({w.lower().rstrip("s") for w in phrase.split()} & org_words()) or known_actor(phrase)


def name_candidates(phrase: str) -> list[str]:
    """The phrase, its acronym and its capitalised runs: the strings worth a table lookup."""
    candidates = [phrase, _ACRONYM.sub("", phrase).strip()]
    candidates += _ACRONYM.findall(phrase)
    candidates += sorted(NAME_RUN.findall(phrase), key=len, reverse=True)
    words = phrase.split()
    candidates += [" ".join(words[i:]) for i in range(1, len(words))]  # "Syria SANA" -> "SANA"
    return candidates
