"""Actors: every alias of a known actor mapped to one canonical actor, in one regex pass.

Why: reports name the same side in many ways (Daesh / ISIS / IS / Islamic State group;
regime forces / Syrian army / government forces), and figures can only be lined up across
outlets once those collapse to one id. The table (data/actors.json) is general conflict
vocabulary, not keyed to any article.

Matching is a single pass of two compiled trie regexes over the text: one
case-insensitive for names (then each capitalised word of the alias must be capitalised in
the text, so "amnesty" the noun is not Amnesty International), one case-sensitive for
acronyms. Ambiguous aliases are gated: "IS" only as a capitalised token in an actor
context ("IS fighters", "by IS", "IS-held") and never in an all-caps sentence; generic
aliases ("government forces", "the regime", "rebels") resolve through the article's main
country ("the regime" is dropped when no country with a known state actor is named).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rashomon.extract.sentences import sentence_at
from rashomon.extract.word_trie import trie_pattern
from rashomon.model import ActorFact, Article, Sentence

_DATA = Path(__file__).resolve().parent.parent / "data" / "actors.json"
# Words after "IS" that make it the group, and words before it that do.
_IS_AFTER = re.compile(
    r"\s*(?:-|\s)(?:group|fighters?|militants?|jihadists?|extremists?|terrorists?|members?|"
    r"held|controlled|linked|affiliated|inspired|claimed|commanders?|leaders?|positions?|"
    r"strongholds?|cells?|attacks?|suicide|snipers?|'s|’s|"
    r"said|says|has|had|was|took|seized|captured|launched|killed|executed|attacked|withdrew|lost|"
    r"controls|retook|beheaded|kidnapped|abducted|released|published|posted)\b|['’]s\b"
)
_IS_BEFORE = re.compile(
    r"\b(?:the|by|against|from|of|with|and|to|on|for|fighting|between|versus|vs\.?|join(?:ed)?|"
    r"defeat(?:ed)?|ousted?|expelled?)\s+$",
    re.IGNORECASE,
)
# Acronyms that are also English words: never matched inside an all-caps (headline) sentence.
_WORD_ACRONYMS = frozenset({"IS", "WHO"})
# A sentence whose letters are more than this share upper case is a shouted headline.
_SHOUTING_SHARE = 0.6
# Characters either side of an acronym looked at for that (a headline is shorter than this).
_SHOUT_WINDOW = 80
_DETERMINERS = re.compile(
    r"^(?:the|a|an|its|their|our)\s+|^(?:[\w.]+-based|[\w.]+-headquartered|[\w.]+-run)\s+",
    re.IGNORECASE,
)
_ABD = re.compile(r"\babd(?:el|ul|al|ol|u|e|i)?\s*(?:(?:al|el|ul)\s+)?")


@dataclass(frozen=True)
class Actor:
    """A canonical actor of the table."""

    id: str
    name: str
    role: str
    country: str = ""


@dataclass
class _Table:
    names: re.Pattern[str]
    acronyms: re.Pattern[str]
    by_alias: dict[str, tuple[str, tuple[bool, ...]]]  # key -> (actor id, capital flags)
    by_acronym: dict[str, str]
    actors: dict[str, Actor]
    generic: dict[str, str]  # alias key -> generic class ("state", "rebels")
    by_country: dict[str, dict[str, str]]
    fallback: dict[str, Actor]


# Runs of spaces and hyphens, as one space in keys (compiled once: `_key_words` runs for every
# actor name matched).
_SPACES_HYPHENS = re.compile(r"[\s\-]+")


@lru_cache(maxsize=8192)
def _key(alias: str) -> str:
    """Lowercase, apostrophes unified, hyphens and runs of spaces as one space (cached: every
    actor-like run of every sentence is looked up)."""
    text = unicodedata.normalize("NFKC", alias).replace("’", "'").replace("‘", "'")
    return _SPACES_HYPHENS.sub(" ", text).strip().lower()


def _flags(alias: str) -> tuple[bool, ...]:
    return tuple(word[:1].isupper() for word in _key_words(alias))


def _key_words(text: str) -> list[str]:
    return _SPACES_HYPHENS.sub(" ", text).strip().split(" ")


def _merge_flags(old: tuple[bool, ...], new: tuple[bool, ...]) -> tuple[bool, ...]:
    return tuple(a and b for a, b in zip(old, new, strict=False)) if len(old) == len(new) else old


@lru_cache(maxsize=1)
def _table() -> _Table:
    doc = json.loads(_DATA.read_text(encoding="utf-8"))
    actors: dict[str, Actor] = {}
    by_alias: dict[str, tuple[str, tuple[bool, ...]]] = {}
    by_acronym: dict[str, str] = {}
    for entry in doc["actors"]:
        actors[entry["id"]] = Actor(entry["id"], entry["name"], entry["role"], entry.get("country", ""))
        for alias in entry["aliases"]:
            key, flags = _key(alias), _flags(alias)
            old = by_alias.get(key)
            by_alias[key] = (entry["id"], _merge_flags(old[1], flags) if old else flags)
        for acronym in entry["acronyms"]:
            by_acronym[acronym] = entry["id"]
    generic: dict[str, str] = {}
    by_country: dict[str, dict[str, str]] = {}
    fallback: dict[str, Actor] = {}
    for kind, spec in doc["generic"].items():
        for alias in spec["aliases"]:
            generic[_key(alias)] = kind
        by_country[kind] = spec["by_country"]
        fallback[kind] = Actor(*spec["fallback"])
    names = trie_pattern(sorted({*by_alias, *generic}))
    acronyms = trie_pattern(sorted(by_acronym))
    return _Table(
        names=re.compile(rf"(?<![\w'’-])(?:{names})(?!\w)", re.IGNORECASE),
        acronyms=re.compile(rf"(?<![\w.-])(?:{acronyms})(?!\w)"),
        by_alias=by_alias,
        by_acronym=by_acronym,
        actors=actors,
        generic=generic,
        by_country=by_country,
        fallback=fallback,
    )


def _capitals_ok(matched: str, flags: tuple[bool, ...]) -> bool:
    words = _key_words(matched)
    if len(words) != len(flags):
        return True
    return all(word[:1].isupper() or not flag for word, flag in zip(words, flags, strict=True))


def _shouting(sentence: str) -> bool:
    letters = [c for c in sentence if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > _SHOUTING_SHARE


def _is_group(text: str, start: int, end: int) -> bool:
    """ "IS" is the group only in an actor context: "IS fighters", "by IS", "IS-held", "IS's"."""
    return bool(_IS_AFTER.match(text, end)) or bool(_IS_BEFORE.search(text[max(0, start - 30) : start]))


def _main_country(text: str) -> str:
    """The country the story is set in, from its places (see places.main_country)."""
    from rashomon.extract.places import main_country  # place_runs imports this module for its masks

    return main_country(text)


def story_country(text: str) -> str:
    """The country a story is set in, as actor_spans(text) resolves generic aliases by it."""
    return _main_country(text)


def _resolve_name(table: _Table, matched: str, country: str) -> Actor | None:
    key = _key(matched)
    if key in table.by_alias:
        actor_id, flags = table.by_alias[key]
        return table.actors[actor_id] if _capitals_ok(matched, flags) else None
    kind = table.generic.get(key)
    if kind is None:
        return None
    actor_id = table.by_country[kind].get(country)
    if actor_id:
        return table.actors[actor_id]
    return None if key == "the regime" else table.fallback[kind]


@lru_cache(maxsize=128)  # per article: must outlast a turn of 32 interleaved articles (workers.py)
def actor_spans(text: str, country: str | None = None) -> tuple[tuple[int, int, Actor], ...]:
    """Every actor mention in `text` as (start, end, actor), longest first on overlaps.

    `country` is the ISO code generic aliases resolve against; by default the country the
    text names most often.
    """
    table = _table()
    text = _IS_PARSER_WORD.sub("IS", text) if IS_PARSER_SPELLING in text else text
    if country is None:
        country = _main_country(text)
    found: list[tuple[int, int, Actor]] = []
    for match in table.names.finditer(text):
        actor = _resolve_name(table, match.group(0), country)
        if actor is not None:
            found.append((match.start(), match.end(), actor))
    for match in table.acronyms.finditer(text):
        acronym = match.group(0)
        if acronym in _WORD_ACRONYMS and not _acronym_ok(text, match.start(), match.end()):
            continue
        found.append((match.start(), match.end(), table.actors[table.by_acronym[acronym]]))
    return tuple(_drop_overlaps(found))


# How the group "IS" is spelled for the parser (casualty_sentences.group_acronyms: as a name,
# not the verb "is"). Words cut from such a parse ("IZ members") are read back as the group.
IS_PARSER_SPELLING = "IZ"
_IS_PARSER_WORD = re.compile(rf"\b{IS_PARSER_SPELLING}\b")


def names_islamic_state(text: str, start: int, end: int) -> bool:
    """Whether the "IS" at text[start:end] names the group, not the verb: an actor context
    ("IS fighters", "by IS") outside a shouted headline."""
    return text[start:end] == "IS" and _acronym_ok(text, start, end)


def _acronym_ok(text: str, start: int, end: int) -> bool:
    low, high = max(0, start - _SHOUT_WINDOW), min(len(text), end + _SHOUT_WINDOW)
    line_start = max(low, text.rfind("\n", low, start) + 1)
    line_end = text.find("\n", end, high)
    if _shouting(text[line_start:line_end if line_end >= 0 else high]):
        return False
    return text[start:end] != "IS" or _is_group(text, start, end)


def _drop_overlaps(found: list[tuple[int, int, Actor]]) -> list[tuple[int, int, Actor]]:
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, Actor]] = []
    for span in found:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


def actor_role(actor_id: str) -> str:
    """The role of a canonical actor id ("armed group", "state forces" ...); "" when unknown."""
    table = _table()
    actor = table.actors.get(actor_id) or next((a for a in table.fallback.values() if a.id == actor_id), None)
    return actor.role if actor else ""


def resolve_generic(kind: str, country: str) -> str:
    """The actor id a generic side ("state", "rebels") stands for in a story set in `country`:
    its actor for that country, else the unspecified fallback."""
    table = _table()
    if kind not in table.by_country:
        return ""
    return table.by_country[kind].get(country) or table.fallback[kind].id


def find_actors(article: Article, sentences: list[Sentence]) -> list[ActorFact]:
    """Every mention of a known actor in the article, in order of appearance."""
    text = article.text
    facts: list[ActorFact] = []
    for start, end, actor in actor_spans(text):
        sentence = sentence_at(sentences, start)
        facts.append(
            ActorFact(
                article_id=article.id,
                start=start,
                end=end,
                text=text[start:end],
                sentence=sentence.text if sentence else "",
                actor=actor.id,
                name=actor.name,
                role=actor.role,
            )
        )
    return facts


@lru_cache(maxsize=16384)
def canonical_actor(name: str, country: str = "") -> tuple[str, str, str] | None:
    """(actor id, display name, role) when the whole span names a known actor, else None.

    Cached: attribution asks for the same few hundred names thousands of times per batch (each
    candidate source phrase, its runs and its acronym), and the answer depends on the tables only.

    Leading determiners and "X-based" qualifiers are dropped first, so "the Britain-based
    Syrian Observatory for Human Rights" is SOHR. `country` (ISO code) resolves generic
    aliases such as "government forces"; without it they map to the unspecified fallback.
    """
    span = name.strip().strip(".,;:()\"'“”")
    table = _table()
    while span:
        if span in table.by_acronym:  # the caller already took the span for a name
            actor = table.actors[table.by_acronym[span]]
            return actor.id, actor.name, actor.role
        for start, end, actor in actor_spans(span, country=country):
            if start == 0 and end == len(span):
                return actor.id, actor.name, actor.role
        stripped = _DETERMINERS.sub("", span)
        if stripped == span:
            return None
        span = stripped
    return None


@lru_cache(maxsize=1)
def _person_titles() -> frozenset[str]:
    return frozenset(json.loads(_DATA.read_text(encoding="utf-8"))["person_titles"])


@lru_cache(maxsize=4096)
def normalise_person(name: str) -> str:
    """A key for one person across reports: "Rami Abdel Rahman" == "Rami Abdelrahman".

    Lowercase, no diacritics, no titles ("Dr", "General"...), Arabic "Abd el-/Abdul/Abd al-"
    folded to "abd", and no spaces, hyphens, apostrophes or dots.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’‘`.]", "", text)
    words = [w for w in re.split(r"[\s\-]+", text) if w]
    while words and words[0] in _person_titles():
        words = words[1:]
    text = _ABD.sub("abd", " ".join(words) + " ")
    return re.sub(r"[^a-z0-9]", "", text)
