"""Who did it, and where: what a casualty figure borrows from the rest of its article.

The perpetrator is the subject of an active casualty verb, the "by" agent of a passive one
or of a noun ("executions by X"), or the actor named in the attack that caused the deaths
("killed in Russian air strikes"); "the group" / "the militants" mean the latest armed group
named before. When the clause names none, the first attacker the sentence names in an attack
(casualty_attackers.py: "... were killed when rebels blew up a tunnel") is taken. Joint
attackers give the first named, alternatives ("regime or Russian jets") none (GUIDELINES.md
section 5). Fighters of two sides counted together, or killed in fighting, were killed by
the other side; a state's forces that report enemy fighters killed report their own kills
(the figure's source, from attribution). The article's main country (for actor and place
look-ups) and its armed groups are found once per article, only when a figure needs them.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from rashomon.extract.actors import actor_role, actor_spans, canonical_actor
from rashomon.extract.attribution_generic import LOOKBACK_CHARS
from rashomon.extract.casualty_area_names import PlaceParts, as_spelled, outer_place
from rashomon.extract.casualty_attack_kinds import attack_kind, attack_kinds, names_own_class_before
from rashomon.extract.casualty_attackers import (
    ATTACKER_ROLES,
    Mention,
    attack_mentions,
    attack_words,
    disputed,
    first_named,
    last_attacker,
    mentions_between,
    named_side,
    refers_back,
)
from rashomon.extract.casualty_links import MAX_LINK_DEPTH
from rashomon.extract.casualty_place_map import article_place_parts
from rashomon.extract.casualty_places import exact_place_countries, figure_place
from rashomon.extract.country_names import country_mentions
from rashomon.extract.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from rashomon.model import Article


class ArticleContext:
    """What a figure borrows from the rest of its article (its main country, earlier actors)."""

    def __init__(self, article: Article) -> None:
        self.text = article.text
        self._country: str | None = None
        self.countries: frozenset[str] = frozenset()
        self._place_countries: frozenset[str] | None = None
        self._place_parts: PlaceParts | None = None
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
        return figure_place(sentence, figure, self.country, self._countries())

    def placed(self, place: str) -> tuple[str, str]:
        """(place in the article's first spelling of it, the larger place the article names it
        inside: casualty_area_names.as_spelled and outer_place)."""
        if not place:
            return "", ""
        place = as_spelled(place, self._parts())
        return place, outer_place(place, self._parts())

    def _countries(self) -> frozenset[str]:
        if not self.countries and self._place_countries is None:  # read once per article
            self._place_countries = exact_place_countries(self.text, self.country)
        return self.countries or self._place_countries or frozenset()

    def _parts(self) -> PlaceParts:
        if self._place_parts is None:  # read once per article
            self._place_parts = article_place_parts(self.text, self.country, self._countries())
        return self._place_parts

    def latest_armed_actor(self, before: int) -> str:
        """The last armed group named before `before`: what "the group" / "the militants" means."""
        if self._armed is None:  # found once per article
            mentions = actor_spans(self.text, self.country)
            self._armed = [(start, actor.id) for start, _, actor in mentions if actor.role == "armed group"]
        index = bisect.bisect_left(self._armed, before, key=lambda mention: mention[0])
        if index == 0 or self._armed[index - 1][0] < before - LOOKBACK_CHARS:
            return ""
        return self._armed[index - 1][1]

    def opponent(self, side: str, end: int) -> str:
        """The side `side` fought: the armed side not allied with it named last before `end`
        ("SDF fighters were killed fighting IS"; "... killed in the clashes" after "IS attacked
        SDF positions"), within the look-back; "" for none."""
        if not side:
            return ""
        spans = actor_spans(self.text[max(0, end - LOOKBACK_CHARS) : end], self.country)
        others = [actor.id for _, _, actor in spans if actor.role in ATTACKER_ROLES and not _allied(actor.id, side)]
        return others[-1] if others else ""

    def claimed_by(self, source: str, victims: str, victim_class: str) -> str:
        """A state's forces reporting enemy fighters killed ("the Russian Defence Ministry said
        50 terrorists were killed") report their own kills: the source's forces, when the
        victims are combatants not of its side; "" otherwise."""
        if victim_class != "combatant" or not source:
            return ""
        known = canonical_actor(source, country=self.country)
        if known is None or known[2] not in _STATE_ROLES:
            return ""
        side = named_side(victims, self.country)
        if (side and _allied(side, known[0])) or (not side and not _HOSTILE.search(victims)):
            return ""
        return known[0]

    def attacker(self, start: int, end: int, victims: tuple[int, int]) -> str:
        """The attacker the sentence [start, end) names first (casualty_attackers.py); a
        mention among the victims' own words ("35 IS jihadists") is not the attacker, and one
        given only as an alternative ("regime or Russian jets") names no one."""
        mentions = attack_mentions(self.text)
        inside = [m for m in mentions_between(mentions, start, end) if not victims[0] <= m.start < victims[1]]
        if inside:
            return "" if inside[0].alternative else inside[0].actor
        if refers_back(self.text, start, end):
            return last_attacker(self.text, mentions, start)
        return self._same_kind_attacker(start, end, mentions)

    def _same_kind_attacker(self, start: int, end: int, mentions: tuple[Mention, ...]) -> str:
        """The one attacker the article named before the sentence [start, end) in an attack of
        the kind the sentence speaks of without naming who ("killed in air strikes" after
        "Russian jets bombed"; casualty_attack_kinds.py); "" when two attackers did that kind
        of attack or the sentence names its side or its attacker's class."""
        if names_own_class_before(self.text, end) or mentions_between(mentions, start, end):
            return ""  # "terrorists fired ..." (here or before); the victims' own side named
        kinds = attack_kinds(self.text, start, end)
        if not kinds:
            return ""
        earlier = first_named(self.text, tuple(m for m in mentions if m.start < start))
        same = {
            "" if m.alternative else m.actor
            for m in earlier
            if attack_kind(attack_words(self.text, m.start, m.end)) in kinds
        }
        return same.pop() if len(same) == 1 else ""  # alternatives ("") or two attackers: no one


# Words a side uses for the enemy fighters it reports killed.
_HOSTILE = re.compile(r"\b(?:terrorists?|militants?|mercenar\w+|jihadists?|extremists?|insurgents?)\b", re.IGNORECASE)
# Forces of a state: their reports of enemy dead are their own kills, their captures detentions.
_STATE_ROLES = frozenset({"state forces", "foreign forces"})
# Sides that fight on the same side: none is the other's opponent.
_ALLIES = (
    frozenset({"syria-government", "russia-forces", "iran-forces", "hezbollah"}),
    frozenset({"sdf", "ypg"}),
    frozenset({"hts", "al-qaeda"}),
)


def _allied(one: str, other: str) -> bool:
    """Whether two sides are one or fight on the same side (no one's opponent)."""
    return one == other or any(one in bloc and other in bloc for bloc in _ALLIES)


_GENERIC_ARMED = frozenset({"group", "militants", "jihadists", "terrorists", "extremists", "fighters", "insurgents"})


def perpetrator(
    trigger: Token, anchor: Token, sentence_start: int, context: ArticleContext, noun: Token | None = None
) -> str:
    """The canonical actor who did it: named in the figure's clause, else the other side of
    fighters counted with the figure's own (`noun`, its victims' noun), else the attacker the
    sentence names, else the attacker of the incident named before in the article, else, for
    fighters of a side killed in fighting, the side they fought (GUIDELINES.md section 5)."""
    sentence_end = sentence_start + len(doc_text(trigger.doc))
    if disputed(context.text, sentence_start, sentence_end):
        return ""
    found = clause_perpetrator(trigger, anchor, sentence_start, context)
    if found is not None:
        return found
    other = _other_side(noun, context) if noun is not None else ""
    if other:
        return other
    victims = (sentence_start + anchor.left_edge.idx, sentence_start + anchor.right_edge.idx + len(anchor.right_edge))
    found = context.attacker(sentence_start, sentence_end, victims)
    if found or noun is None or not _killed_fighting(trigger):
        return found
    own = named_side(noun.doc[noun.left_edge.i : noun.i + 1].text, context.country)
    return context.opponent(own, sentence_end)


def _killed_fighting(trigger: Token) -> bool:
    """Whether the casualty verb's own clause says it happened in fighting ("killed in the
    clashes", "killed fighting IS"), not a clause under another verb ("killed amid reports
    that others died in clashes"). The parse's text is searched first: most hold no such word,
    and walking the subtree made a token object per word."""
    if not _FIGHTING_ANYWHERE.search(doc_text(trigger.doc)):
        return False
    for token in trigger.subtree:
        if token.i == trigger.i or not _FIGHTING.fullmatch(token.text):
            continue
        head = token.head
        while head.i != trigger.i and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.i == trigger.i:
            return True
    return False


# Fighting between sides: fighters of one side killed in it were killed by the other.
_FIGHTING = re.compile(r"clash(?:es)?|fighting|battles?|combat", re.IGNORECASE)
# What every word `_FIGHTING` takes in full holds somewhere inside it.
_FIGHTING_ANYWHERE = re.compile(r"clash|fighting|battle|combat", re.IGNORECASE)


def _other_side(noun: Token, context: ArticleContext) -> str:
    """For fighters of one side counted together with another side's dead ("30 regime
    soldiers and 39 rebel fighters were killed", "45 IS militants and 20 Kurdish fighters"),
    the other side: combatants killed fighting each other were killed by the other
    side (GUIDELINES.md section 5). "" when either phrase names no side or both name the same."""
    own = named_side(_own_words(noun).text, context.country)
    if not own:
        return ""
    for other in noun.conjuncts:
        side = named_side(_own_words(other).text, context.country)
        if side and side != own:
            return side
    return ""


def _own_words(noun: Token) -> Span:
    """The words of a noun phrase less its conjuncts ("30 regime soldiers" of "30 regime
    soldiers and 39 rebel fighters")."""
    stop = next((c.left_edge.i for c in noun.children if c.dep_ in ("cc", "conj", "prep") and c.i > noun.i), None)
    end = stop if stop is not None else noun.right_edge.i + 1
    return noun.doc[noun.left_edge.i : end]


# Verbs of taking people that are detention when a state's forces do it (GUIDELINES.md
# section 1: capture by a state or coalition force is not annotated; by an armed group it is
# an abduction).
_TAKING_LEMMAS = frozenset({"capture", "seize", "snatch"})


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
            armed = [a for _, _, a in found if a.role in ATTACKER_ROLES]
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
