"""Who did it, and where: what a casualty figure borrows from the rest of its article.

The perpetrator is the subject of an active casualty verb, the "by" agent of a passive one
or of a noun ("executions by X"), or the actor named in the attack that caused the deaths
("killed in Russian air strikes"); "the group" / "the militants" mean the latest armed group
named before. When the clause names none, the first attacker the sentence names in an attack
(casualty_attackers.py: "... were killed when rebels blew up a tunnel") is taken. Joint
attackers give the first named, alternatives ("regime or Russian jets") none (GUIDELINES.md
section 5). The article's main country (for actor and place look-ups) and its armed
groups are found once per article, only when a figure needs them.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from rashomon.extract.actors import actor_role, actor_spans, canonical_actor
from rashomon.extract.attribution_names import LOOKBACK_CHARS
from rashomon.extract.casualty_attackers import (
    attack_mentions,
    disputed,
    last_attacker,
    mentions_between,
    refers_back,
)
from rashomon.extract.casualty_links import MAX_LINK_DEPTH
from rashomon.extract.casualty_places import exact_place_countries, figure_place
from rashomon.extract.gazetteer import country_mentions

if TYPE_CHECKING:
    from spacy.tokens import Token

    from rashomon.model import Article


class ArticleContext:
    """What a figure borrows from the rest of its article (its main country, earlier actors)."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self._country: str | None = None
        self.countries: frozenset[str] = frozenset()
        self._place_countries: frozenset[str] | None = None
        self._armed: list[tuple[int, str]] | None = None

    @property
    def country(self) -> str:
        if self._country is None:
            counts = country_mentions(self.text)
            self.countries = frozenset(counts)
            self._country = max(counts, key=lambda iso: (counts[iso], iso)) if counts else ""
        return self._country

    def place(self, sentence: str, figure: tuple[int, int]) -> str:
        """The place of a figure (casualty_places.py), checked against the article's countries
        (those of the places it names exactly when it names none)."""
        country = self.country
        if not self.countries and self._place_countries is None:  # read once per article
            self._place_countries = exact_place_countries(self.text, country)
        return figure_place(sentence, figure, country, self.countries or self._place_countries or frozenset())

    def latest_armed_actor(self, before: int) -> str:
        """The last armed group named before `before`: what "the group" / "the militants" means."""
        if self._armed is None:  # found once per article
            mentions = actor_spans(self.text, self.country)
            self._armed = [(start, actor.id) for start, _, actor in mentions if actor.role == "armed group"]
        index = bisect.bisect_left(self._armed, before, key=lambda mention: mention[0])
        if index == 0 or self._armed[index - 1][0] < before - LOOKBACK_CHARS:
            return ""
        return self._armed[index - 1][1]

    def attacker(self, start: int, end: int, victims: tuple[int, int]) -> str:
        """The attacker the sentence [start, end) names first (casualty_attackers.py); a
        mention among the victims' own words ("35 IS jihadists") is not the attacker, and one
        given only as an alternative ("regime or Russian jets") names no one."""
        mentions = attack_mentions(self.text)
        inside = [m for m in mentions_between(mentions, start, end) if not victims[0] <= m.start < victims[1]]
        if inside:
            return "" if inside[0].alternative else inside[0].actor
        if not refers_back(self.text, start, end):
            return ""
        return last_attacker(self.text, mentions, start)


_GENERIC_ARMED = frozenset({"group", "militants", "jihadists", "terrorists", "extremists", "fighters", "insurgents"})


def perpetrator(trigger: Token, anchor: Token, sentence_start: int, context: ArticleContext) -> str:
    """The canonical actor who did it: named in the figure's clause, else the attacker the
    sentence names, else the attacker of the incident named before in the article."""
    sentence_end = sentence_start + len(trigger.doc.text)
    if disputed(context.text, sentence_start, sentence_end):
        return ""
    found = clause_perpetrator(trigger, anchor, sentence_start, context)
    if found is not None:
        return found
    victims = (sentence_start + anchor.left_edge.idx, sentence_start + anchor.right_edge.idx + len(anchor.right_edge))
    return context.attacker(sentence_start, sentence_end, victims)


# Verbs of taking people that are detention when a state's forces do it (GUIDELINES.md
# section 1: capture by a state or coalition force is not annotated; by an armed group it is
# an abduction).
_TAKING_LEMMAS = frozenset({"capture", "seize", "snatch"})
_STATE_ROLES = frozenset({"state forces", "foreign forces"})


def detained_by_state(trigger: Token, anchor: Token, sentence_start: int, context: ArticleContext) -> bool:
    """Whether people were captured by forces of a state its clause names ("50 rebels were
    captured by the army"): a detention, no abduction."""
    if trigger.lemma_.lower() not in _TAKING_LEMMAS:
        return False
    doer = clause_perpetrator(trigger, anchor, sentence_start, context)
    return bool(doer) and actor_role(doer) in _STATE_ROLES


def clause_perpetrator(trigger: Token, anchor: Token, sentence_start: int, context: ArticleContext) -> str | None:
    """The subject of an active verb, the "by" agent of a passive one or of a noun
    ("executions by X"), the actor of the attack noun; None when the clause does not say,
    "" when it names alternatives ("by regime or Russian jets")."""
    doer = None
    by = [c for c in trigger.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"]
    if by:
        doer = next((c for c in by[0].children if c.dep_ == "pobj"), None)
    elif trigger.pos_ == "VERB" and anchor.dep_ == "dobj" and anchor.head == trigger:
        doer = _subject(trigger)
    if doer is None:
        return _attack_actor(trigger, sentence_start, context)
    named = _named_in(doer.left_edge, doer.right_edge, sentence_start, context)
    if named is not None:
        return named
    words = doer.doc[doer.left_edge.i : doer.i + 1]
    for candidate in (words.text, doer.text):
        known = canonical_actor(candidate, country=context.country)
        if known is not None:
            return known[0]
    agents = [words]  # and "fighters of ISIS"
    for prep in (c for c in doer.children if c.lower_ in ("by", "of")):
        agents += [doer.doc[c.left_edge.i : c.right_edge.i + 1] for c in prep.children]
    for span in agents:
        found = actor_spans(span.text, context.country)
        if found:
            return found[-1][2].id  # the actor nearest the head: "Syrian regime airstrikes"
    if doer.lower_ in _GENERIC_ARMED and any(c.lower_ in ("the", "these", "those") for c in doer.children):
        return context.latest_armed_actor(sentence_start + doer.idx) or None
    return None


def _named_in(first: Token, last: Token, sentence_start: int, context: ArticleContext) -> str | None:
    """The attacker of the first attack mention (casualty_attackers.py) within the words
    first..last: joint attackers give the first named ("Russian and regime warplanes"),
    alternatives none (""); None when the words hold no mention."""
    low = sentence_start + first.idx
    high = sentence_start + last.idx + len(last.text)
    inside = mentions_between(attack_mentions(context.text), low, high)
    if not inside:
        return None
    return "" if inside[0].alternative else inside[0].actor


_ATTACKER_ROLES = frozenset({"armed group", "state forces", "foreign forces"})
# Nouns of an attack whose modifiers name who carried it out ("killed in Russian air strikes").
_ATTACK_LEMMAS = frozenset(
    {"strike", "airstrike", "raid", "shelling", "bombardment", "attack", "bombing", "bomb", "fire", "barrage", "shell"}
)


def _attack_actor(trigger: Token, sentence_start: int, context: ArticleContext) -> str | None:
    """The actor named in the attack that caused the casualties ("killed in regime air raids",
    "died from Russian shelling", "in air strikes carried out by the coalition"); None when
    no attack noun or no known actor is there."""
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "from", "during", "after")):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _ATTACK_LEMMAS):
            named = _named_in(noun.left_edge, noun.right_edge, sentence_start, context)
            if named is not None:
                return named
            words = noun.doc[noun.left_edge.i : noun.i + 1]
            found = actor_spans(words.text, context.country)
            armed = [a for _, _, a in found if a.role in _ATTACKER_ROLES]
            if armed:
                return armed[0].id
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is coordinated with ("X stormed and killed 12")."""
    for token in (verb, verb.head):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("conj", "xcomp"):
            break
    by_doing = verb.dep_ == "pcomp" and verb.head.lower_ == "by"  # "counters by killing 17"
    if verb.tag_ == "VBG" and (verb.dep_ == "advcl" or by_doing):  # "rebels attacked X, killing six"
        governor = verb.head.head if by_doing else verb.head
        if governor.pos_ in ("VERB", "AUX"):
            return next((c for c in governor.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "acl":  # "ISIS has over a period of 20 days executed 116": a misattached verb
        governor = verb.head
        for _ in range(MAX_LINK_DEPTH):
            if governor.pos_ in ("VERB", "AUX"):
                return next((c for c in governor.children if c.dep_ == "nsubj"), None)
            governor = governor.head
    return None
