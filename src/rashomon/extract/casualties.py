"""Casualty figures: how many, of whom, what happened to them, by whom, where, who says so.

The figures are what reports about one incident most often disagree on, so each one is
kept with everything needed to line it up: the interval and qualifier of the amount
(amounts.py), the category, the victims, the perpetrator, the place and the source.

Two passes, for speed: a sentence is parsed only if it holds a head-count amount and a
casualty word (CASUALTY_STEMS); the candidates of an article are parsed in one batch, and
casualty_links.py follows the tree from each amount to the noun it counts and the word
that says what happened. An amount that links to no casualty word is not a figure
("dozens of fighters retreated"). The perpetrator is the subject of an active verb or the
"by" agent ("the group" = the latest armed group named before); the place is the
gazetteer place named nearest the figure; the source comes from the attributions.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from rashomon.extract.actors import actor_spans, canonical_actor
from rashomon.extract.amounts import Amount, AmountSpan, find_amounts
from rashomon.extract.attribution import source_at
from rashomon.extract.attribution_names import LOOKBACK_CHARS
from rashomon.extract.casualty_links import (
    MAX_LINK_DEPTH,
    adjacent_category,
    counted,
    link,
    own_trigger,
    preceding_category,
    refined,
    trigger_of,
    victim,
    victim_classes,
)
from rashomon.extract.gazetteer import country_mentions
from rashomon.extract.nlp import parse
from rashomon.extract.places import resolve_place
from rashomon.model import Article, AttributionFact, CasualtyFact, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The cheap pass: word beginnings that can say what happened to people. A sentence without
# one is never parsed. Chosen to cover every trigger in data/casualty_triggers.tsv.
CASUALTY_STEMS = re.compile(
    r"\b(?:kill|dead|die[ds]?\b|dying|death|toll|execut|massacr|slain|slay|slaughter|murder|behead|"
    r"decapitat|crucif|wound|injur|hurt|maim|abduct|kidnap|hostage|captive|captur|missing|bod(?:y|ies)|"
    r"corpse|remains|grave|displac|fled|flee|evacuat|homeless|lives|casualt|fatalit|perish|martyr|"
    r"lost|los[ei]|eliminat|destroy|neutrali[sz])",
    re.IGNORECASE,
)
# How close a named place must be to the gazetteer entry it resolves to (rapidfuzz ratio of
# lowercased, accent-free names, 0-100): "Al-Qaryatain" ~ "Al Qaryatayn" 92, "Khan Sheikhoun" ~
# "Khān Shaykhūn" 81; wrong fuzzy hits seen on FA-KES ("Least" ~ "Leest", "September" ~
# "Septemvri", "Daesh" ~ "Doische") score 80 or less.
MIN_PLACE_SIMILARITY = 81
# A sentence is a headline when this share of its words is capitalised; its casualty words
# are lowercased before parsing (same length, same offsets), or the tagger reads them as names.
HEADLINE_CAPITALISED_SHARE = 0.7


def find_casualties(
    article: Article, sentences: list[Sentence], attributions: list[AttributionFact]
) -> list[CasualtyFact]:
    """Every casualty figure in the article, in order, with its source."""
    candidates = []
    for sentence in sentences:
        if not CASUALTY_STEMS.search(sentence.text):
            continue
        spans = [s for s in find_amounts(sentence.text) if not s.excluded] + singular_counts(sentence.text)
        if spans:
            candidates.append((sentence, sorted(spans, key=lambda s: s.start)))
    facts: list[CasualtyFact] = []
    context = _ArticleContext(article)
    docs = parse([_parse_text(sentence.text) for sentence, _ in candidates])  # one batch, shared cache
    for (sentence, spans), doc in zip(candidates, docs, strict=True):
        previous = ""
        for span in spans:
            fact = _figure(article, sentence, doc, span, context) or _sub_count(article, sentence, span, previous)
            if fact is not None:
                previous = fact.category
                fact.source = source_at(attributions, sentences, fact.start)
                facts.append(fact)
    return facts


# Up to three words allowed between "a"/"an" and the person noun of a singular count ("a young
# girl", "a Syrian air force pilot"); joining and function words end it, so "a woman and her
# child" stays "a woman".
_SINGULAR_MODIFIERS = (
    r"(?:(?!(?:and|or|of|the|her|his|their|its|my|our|your|who|was|were|is|in|on|at|to|by|with|from|as)\b)"
    r"[A-Za-z][\w'-]*\s+){0,3}"
)


@lru_cache(maxsize=1)
def _singular_pattern() -> re.Pattern[str]:
    """ "a child", "an elderly woman", "a Syrian pilot": one person (GUIDELINES.md: a singular
    count phrase counts as 1). Singulars come from the plural victim nouns of the table."""
    nouns = {_singular(noun) for noun, cls in victim_classes().items() if cls} - _NOT_SINGULAR_COUNTS
    alternatives = "|".join(sorted(nouns, key=len, reverse=True))
    return re.compile(rf"\b(?:[Aa]n?|[Aa]nother)\s+{_SINGULAR_MODIFIERS}(?:{alternatives})\b(?!-)")


def _singular(noun: str) -> str:
    """ "families" -> "family", "militiamen" -> "militiaman", "nurses" -> "nurse"."""
    if noun.endswith("men"):
        return noun[:-3] + "man"
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun == "children":
        return "child"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


# Person nouns whose singular does not count a victim ("a people", "a local").
_NOT_SINGULAR_COUNTS = frozenset(
    {"people", "local", "national", "foreigner", "official", "leader", "life", "staff", "family", "other", "dead"}
)


def singular_counts(text: str) -> list[AmountSpan]:
    """Every "a/an + person noun" in a sentence as the amount 1 (exact)."""
    return [
        AmountSpan(m.start(), m.end(), m.group(0), Amount(1, 1, "exact")) for m in _singular_pattern().finditer(text)
    ]


def _parse_text(text: str) -> str:
    """The sentence as the parser should see it: a Title Case headline gets its casualty
    words and victim nouns lowercased (same length, so offsets still hold)."""
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    capitalised = sum(1 for w in words if w[0].isupper())
    if len(words) < 4 or capitalised < HEADLINE_CAPITALISED_SHARE * len(words):
        return text

    def lower(match: re.Match[str]) -> str:
        word = match.group(0)
        known = word.lower() in victim_classes() or CASUALTY_STEMS.match(word) or word.lower() in _COMMON_VERBS
        return word.lower() if known and not word.isupper() else word

    return re.sub(r"[A-Za-z][\w'-]*", lower, text)


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


class _ArticleContext:
    """What a figure borrows from the rest of its article (its main country, earlier actors)."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self._country: str | None = None
        self._armed: list[tuple[int, str]] | None = None

    @property
    def country(self) -> str:
        if self._country is None:
            counts = country_mentions(self.text)
            self._country = max(counts, key=lambda iso: (counts[iso], iso)) if counts else ""
        return self._country

    def latest_armed_actor(self, before: int) -> str:
        """The last armed group named before `before`: what "the group" / "the militants" means."""
        if self._armed is None:  # found once per article
            mentions = actor_spans(self.text, self.country)
            self._armed = [(start, actor.id) for start, _, actor in mentions if actor.role == "armed group"]
        index = bisect.bisect_left(self._armed, before, key=lambda mention: mention[0])
        if index == 0 or self._armed[index - 1][0] < before - LOOKBACK_CHARS:
            return ""
        return self._armed[index - 1][1]


def _figure(
    article: Article, sentence: Sentence, doc: Doc, span: AmountSpan, context: _ArticleContext
) -> CasualtyFact | None:
    """The casualty figure an amount states, or None when it counts something else."""
    number = _amount_token(doc, span)
    if number is None:
        return None
    singular = span.text[:2].lower() in ("a ", "an")
    if singular and (number.pos_ not in ("NOUN", "PROPN") or number.idx + len(number.text) != span.end):
        return None  # "a heavy civilian death toll": the person word is not the head
    if singular and number.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in number.head.children):
        return None  # "a bomber killed 16": the subject of an active verb with an object did it
    if number.lower_ == "one" and number.i + 1 < len(doc) and doc[number.i + 1].lower_ == "of":
        return None  # "one of the wounded", "one of two people killed": a person picked out, not a count
    noun, anchor = (number, number) if singular else counted(number)
    victims, victim_class = "", ""
    if noun is not None:
        found = victim(noun)
        if found is None:
            return None
        first, last, victim_class = found
        victims = sentence.text[first.idx : last.idx + len(last.text)]  # as written, not as parsed
    # A counted casualty noun says what happened itself ("55 injuries" next to "four deaths").
    noun_trigger = own_trigger(noun, anchor) if noun is not None and noun.i > number.i else None
    linked_to = noun_trigger or link(anchor, 0) or own_trigger(noun, anchor) or _verb_before(doc, number, span, anchor)
    if linked_to is None:
        return None
    category, trigger, linked = linked_to
    category = refined(category, trigger, anchor)
    start, end = span.start, span.end
    if noun is not None and noun.i > number.i:
        end = max(end, noun.idx + len(noun.text))
    category = adjacent_category(sentence.text, end) or preceding_category(sentence.text, start) or category
    return CasualtyFact(
        article_id=article.id,
        start=sentence.start + start,
        end=sentence.start + end,
        text=sentence.text[start:end],
        sentence=sentence.text,
        low=span.amount.low,
        high=span.amount.high,
        qualifier=span.amount.qualifier,
        category=category,
        victims=victims,
        victim_class=victim_class,
        perpetrator=_perpetrator(trigger, linked, sentence.start, context),
        place=_place(sentence.text, (start, end), context.country),
    )


_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|those|whom)\b", re.IGNORECASE)
_AMONG_THEM_BEFORE = re.compile(r"\b(?:among|including)\s+(?:them|those|whom)\s+$", re.IGNORECASE)


def _sub_count(article: Article, sentence: Sentence, span: AmountSpan, previous: str) -> CasualtyFact | None:
    """ "killed 25 people, six of them children", "82 people among them 18 children": a part of
    the figure before it in the sentence, of the same category (GUIDELINES.md: sub-totals are
    figures of their own)."""
    text = sentence.text
    before = text[max(0, span.start - 30) : span.start]
    if not previous or not (_OF_THEM_AFTER.match(text, span.end) or _AMONG_THEM_BEFORE.search(before)):
        return None
    return CasualtyFact(
        article_id=article.id, start=sentence.start + span.start, end=sentence.start + span.end, text=span.text,
        sentence=text, low=span.amount.low, high=span.amount.high, qualifier=span.amount.qualifier, category=previous,
    )


def _verb_before(doc: Doc, number: Token, span: AmountSpan, anchor: Token) -> tuple[str, Token, Token] | None:
    """ "killing between 1000 and 1800 people" when the parser hangs "between" elsewhere: the
    casualty verb right before the amount says what happened."""
    first = next((t for t in doc if t.idx >= span.start), None)
    if first is None or first.i == 0 or number.lower_ == "one":
        return None
    before = doc[first.i - 1]
    category = trigger_of(before) if before.lower_.endswith(("ing", "ed")) else None
    return (category, before, anchor) if category else None


def _amount_token(doc: Doc, span: AmountSpan) -> Token | None:
    """The token that heads the amount inside the tree ("116" of "at least 116")."""
    inside = [t for t in doc if t.idx < span.end and t.idx + len(t.text) > span.start]
    heads = [t for t in inside if not span.start <= t.head.idx < span.end or t.head == t]
    # "a quarter of a million people": "quarter" is the object, "million" only counts "people"
    core = [t for t in heads if t.dep_ in ("dobj", "nsubj", "nsubjpass") and t.pos_ == "NOUN"]
    if len(heads) > 1 and core:
        return core[0]
    numbers = [t for t in inside if t.pos_ == "NUM" and t.lower_ != "one"]  # "silent over one of ..."
    if heads and heads[-1].pos_ == "ADP" and numbers:  # "kill over 80": "over" parsed as a preposition
        return numbers[-1]
    return heads[-1] if heads else (inside[-1] if inside else None)


_GENERIC_ARMED = frozenset({"group", "militants", "jihadists", "terrorists", "extremists", "fighters", "insurgents"})


def _perpetrator(trigger: Token, anchor: Token, sentence_start: int, context: _ArticleContext) -> str:
    """The canonical actor who did it: the subject of an active verb, the "by" agent of a
    passive one or of a noun ("executions by X"); "" when the clause does not say."""
    doer = None
    by = [c for c in trigger.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"]
    if by:
        doer = next((c for c in by[0].children if c.dep_ == "pobj"), None)
    elif trigger.pos_ == "VERB" and anchor.dep_ == "dobj" and anchor.head == trigger:
        doer = _subject(trigger)
    if doer is None:
        return _attack_actor(trigger, context)
    words = doer.doc[doer.left_edge.i : doer.i + 1]
    for candidate in (words.text, doer.text):
        known = canonical_actor(candidate, country=context.country)
        if known is not None:
            return known[0]
    agents = [words]  # and "airstrikes by the US-led coalition", "fighters of ISIS"
    for prep in (c for c in doer.children if c.lower_ in ("by", "of")):
        agents += [doer.doc[c.left_edge.i : c.right_edge.i + 1] for c in prep.children]
    for span in agents:
        found = actor_spans(span.text, context.country)
        if found:
            return found[-1][2].id  # the actor nearest the head: "Syrian regime airstrikes"
    if doer.lower_ in _GENERIC_ARMED and any(c.lower_ in ("the", "these", "those") for c in doer.children):
        return context.latest_armed_actor(sentence_start + doer.idx)
    return ""


_ATTACKER_ROLES = frozenset({"armed group", "state forces", "foreign forces"})
# Nouns of an attack whose modifiers name who carried it out ("killed in Russian air strikes").
_ATTACK_LEMMAS = frozenset(
    {"strike", "airstrike", "raid", "shelling", "bombardment", "attack", "bombing", "bomb", "fire", "barrage", "shell"}
)


def _attack_actor(trigger: Token, context: _ArticleContext) -> str:
    """The actor named in the attack that caused the casualties ("killed in regime air raids",
    "died from Russian shelling"); "" when no attack noun or no known actor is there."""
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "from", "during", "after")):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _ATTACK_LEMMAS):
            words = noun.doc[noun.left_edge.i : noun.right_edge.i + 1]
            found = actor_spans(words.text, context.country)
            armed = [a for _, _, a in found if a.role in _ATTACKER_ROLES]
            if armed:
                return armed[0].id
    return ""


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is coordinated with ("X stormed and killed 12")."""
    for token in (verb, verb.head):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("conj", "xcomp"):
            break
    if verb.dep_ == "acl":  # "ISIS has over a period of 20 days executed 116": a misattached verb
        governor = verb.head
        for _ in range(MAX_LINK_DEPTH):
            if governor.pos_ in ("VERB", "AUX"):
                return next((c for c in governor.children if c.dep_ == "nsubj"), None)
            governor = governor.head
    return None


_PLACE_CUE = re.compile(
    r"\b(?:in|near|at|outside|around|across|from|of|into|on)\s+(?:the\s+)?"
    r"((?:(?:al|el|ad|ar|as|ash|az|ez|ed)-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|ad|ar|as|az|ez)-)?[A-Z][\w'’-]+){0,3})"
)


_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _place(sentence: str, figure: tuple[int, int], country: str) -> str:
    """The place named after a locative word ("in Al-Qaryatain") nearest to the figure, as the
    gazetteer names it; months, known actors and loose fuzzy matches are skipped."""
    cues = sorted(_PLACE_CUE.finditer(sentence), key=lambda m: abs(m.start() - figure[0]))
    for match in cues:
        name = match.group(1)
        if match.start(1) < figure[1] and match.end(1) > figure[0]:
            continue  # "at Least 12": a word of the figure itself
        if name.split()[0].lower() in _CALENDAR or canonical_actor(name, country=country) is not None:
            continue
        resolved = resolve_place(name, country_hint=country)
        if resolved is not None and fuzz.ratio(_plain(name), _plain(resolved.name)) >= MIN_PLACE_SIMILARITY:
            return resolved.name
    return ""


def _plain(name: str) -> str:
    """Lowercase, accents and punctuation dropped: "Khān Shaykhūn" -> "khan shaykhun"."""
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", letters).strip()
