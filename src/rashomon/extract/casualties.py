"""Casualty figures: how many, of whom, what happened to them, by whom, where, who says so.

The figures are what reports about one incident most often disagree on, so each one is
kept with everything needed to line it up: the interval and qualifier of the amount
(amounts.py), the category, the victims, the perpetrator, the place and the source.

Two passes, for speed: a sentence is parsed only if it holds a head-count amount and a
casualty word (CASUALTY_STEMS); then the dependency tree links each amount to the noun it
counts and to the word that says what happened (data/casualty_triggers.tsv):
"12 residents were killed by X" (passive: perpetrator from the agent), "X executed 128
residents" (active: perpetrator = subject), "67 civilians killed" (participle), "the death
toll rose to 54" (a toll noun), "the bodies of 35 people", "23 people, including seven
children" (a second figure inheriting the first one's category). An amount that links to
no casualty word is not a figure ("dozens of fighters retreated").

Categories: killed, executed, injured, abducted, missing, bodies_found, displaced; an
execution word in the clause turns killed into executed, and a finding verb ("were
found", "recovered") or a body noun turns it into bodies_found.

Victim classes (data/casualty_victims.tsv), from the counted noun: civilian (civilians,
residents, people, villagers, children, women ...), combatant (militants, fighters,
rebels ...), security (soldiers, troops, police ...), "" (victims, bodies, members or no
noun). The noun itself is kept in `victims`, so subsets like "children" stay visible.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from rashomon.extract.actors import actor_spans, canonical_actor
from rashomon.extract.amounts import AmountSpan, find_amounts, table_rows
from rashomon.extract.attribution import source_at
from rashomon.extract.gazetteer import country_mentions
from rashomon.extract.nlp import pipeline
from rashomon.extract.places import resolve_place
from rashomon.model import Article, AttributionFact, CasualtyFact, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The cheap pass: word beginnings that can say what happened to people. A sentence without
# one is never parsed. Chosen to cover every trigger in data/casualty_triggers.tsv.
CASUALTY_STEMS = re.compile(
    r"\b(?:kill|dead|die[ds]?\b|dying|death|toll|execut|massacr|slain|slay|slaughter|murder|behead|"
    r"decapitat|crucif|wound|injur|hurt|maim|abduct|kidnap|hostage|captive|captur|missing|bod(?:y|ies)|"
    r"corpse|remains|grave|displac|fled|flee|evacuat|homeless|lives|casualt|fatalit|perish|martyr)",
    re.IGNORECASE,
)
# How far up the tree (prepositions, conjunctions, "including") a figure is followed to
# its casualty word; deeper links were wrong in every case seen while writing this.
MAX_LINK_DEPTH = 3
# Words that turn "killed" into "executed" when they sit in the trigger's clause.
EXECUTION_LEMMAS = frozenset({"execute", "execution", "behead", "beheading", "decapitate", "crucify"})
# Verbs that turn a figure into bodies found ("35 of the slain were found", "recovered 12").
FINDING_LEMMAS = frozenset({"find", "discover", "recover", "unearth", "exhume", "retrieve", "pull"})
BODY_LEMMAS = frozenset({"body", "corpse", "remains", "grave"})
# Verbs that only carry a casualty word in their complement ("were reported killed",
# "were found dead", "left 12 dead", "12 remain missing").
CARRIER_LEMMAS = frozenset(
    {"be", "report", "confirm", "find", "leave", "believe", "fear", "remain", "feared", "say", "list", "declare"}
)
# Verbs whose subject or object can be a toll noun holding the figure ("toll rose to 54").
TOLL_LEMMAS = frozenset({"toll", "death", "number", "casualty", "fatality", "dead"})
# Sentences parsed per batch: spaCy's default; an article rarely has more candidates.
PARSE_BATCH = 64
# How close a named place must be to the gazetteer entry it resolves to (rapidfuzz ratio of
# lowercased, accent-free names, 0-100): "Al-Qaryatain" ~ "Al Qaryatayn" 92, "Khan Sheikhoun" ~
# "Khān Shaykhūn" 81; wrong fuzzy hits seen on FA-KES ("Least" ~ "Leest", "September" ~
# "Septemvri", "Daesh" ~ "Doische") score 80 or less.
MIN_PLACE_SIMILARITY = 81
# A sentence is a headline when this share of its words is capitalised; its casualty words
# are lowercased before parsing (same length, same offsets), or the tagger reads them as names.
HEADLINE_CAPITALISED_SHARE = 0.7


@lru_cache(maxsize=1)
def _triggers() -> dict[tuple[str, str], str]:
    return {(row[0], row[2]): row[1] for row in table_rows("casualty_triggers.tsv")}


@lru_cache(maxsize=1)
def _victims() -> dict[str, str]:
    return {row[0]: (row[1] if len(row) > 1 else "") for row in table_rows("casualty_victims.tsv")}


def find_casualties(
    article: Article, sentences: list[Sentence], attributions: list[AttributionFact]
) -> list[CasualtyFact]:
    """Every casualty figure in the article, in order, with its source."""
    candidates = []
    for sentence in sentences:
        spans = [s for s in find_amounts(sentence.text) if not s.excluded]
        if spans and CASUALTY_STEMS.search(sentence.text):
            candidates.append((sentence, spans))
    facts: list[CasualtyFact] = []
    context = _ArticleContext(article)
    docs = _parse([_parse_text(sentence.text) for sentence, _ in candidates])
    for (sentence, spans), doc in zip(candidates, docs, strict=True):
        for span in spans:
            fact = _figure(article, sentence, doc, span, context)
            if fact is not None:
                fact.source = source_at(attributions, sentences, fact.start)
                facts.append(fact)
    return facts


def _parse(texts: list[str]) -> list[Doc]:
    """Parse the candidate sentences of an article in one batch, without the entity
    recogniser: batching and skipping NER make the parse about four times faster
    (measured on FA-KES candidate sentences), and places come from the gazetteer."""
    if not texts:
        return []
    return list(pipeline().pipe(texts, batch_size=PARSE_BATCH, disable=["ner"]))


def _parse_text(text: str) -> str:
    """The sentence as the parser should see it: a Title Case headline gets its casualty
    words and victim nouns lowercased (same length, so offsets still hold)."""
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    capitalised = sum(1 for w in words if w[0].isupper())
    if len(words) < 4 or capitalised < HEADLINE_CAPITALISED_SHARE * len(words):
        return text

    def lower(match: re.Match[str]) -> str:
        word = match.group(0)
        known = word.lower() in _victims() or CASUALTY_STEMS.match(word) or word.lower() in _COMMON_VERBS
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

    @property
    def country(self) -> str:
        if self._country is None:
            counts = country_mentions(self.text)
            self._country = max(counts, key=lambda iso: (counts[iso], iso)) if counts else ""
        return self._country

    def latest_armed_actor(self, before: int) -> str:
        """The last armed group named before `before`: what "the group" / "the militants" means."""
        found = ""
        for _, _, actor in actor_spans(self.text[:before], country=self.country):
            if actor.role in ("armed group",):
                found = actor.id
        return found


def _figure(
    article: Article, sentence: Sentence, doc: Doc, span: AmountSpan, context: _ArticleContext
) -> CasualtyFact | None:
    """The casualty figure an amount states, or None when it counts something else."""
    number = _amount_token(doc, span)
    if number is None:
        return None
    noun, anchor = _counted(number)
    victims, victim_class = "", ""
    if noun is not None:
        counted = _victim(noun)
        if counted is None:
            return None
        first, last, victim_class = counted
        victims = sentence.text[first.idx : last.idx + len(last.text)]  # as written, not as parsed
    link = _link(anchor, 0) or _own_trigger(noun, anchor)
    if link is None:
        return None
    category, trigger, linked = link
    category = _refined(category, trigger, anchor)
    start, end = span.start, span.end
    if noun is not None and noun.i > number.i:
        end = max(end, noun.idx + len(noun.text))
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


def _amount_token(doc: Doc, span: AmountSpan) -> Token | None:
    """The token that heads the amount inside the tree ("116" of "at least 116")."""
    inside = [t for t in doc if t.idx < span.end and t.idx + len(t.text) > span.start]
    heads = [t for t in inside if not span.start <= t.head.idx < span.end or t.head == t]
    return heads[-1] if heads else (inside[-1] if inside else None)


def _counted(number: Token) -> tuple[Token | None, Token]:
    """(counted noun, token whose place in the tree says what happened to them)."""
    head = number.head
    modifies = number.dep_ in ("nummod", "quantmod", "amod", "compound", "det")
    counts_head = head.pos_ in ("NOUN", "PROPN") or (head.pos_ == "ADJ" and _trigger_of(head) is not None)
    if modifies and counts_head and head.i > number.i:  # "12 civilians", "a toll of 112 dead"
        return head, head
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0], number
    return None, number


def _victim(noun: Token) -> tuple[Token, Token, str] | None:
    """(first and last word of the victims, victim class) when the noun counts people."""
    table = _victims()
    lowered, lemma = noun.lower_, noun.lemma_.lower()
    if lemma in ("hostage", "captive", "prisoner"):  # "200 Christians hostage"
        for child in noun.children:
            if child.dep_ == "compound" and child.lower_ in table:
                return child, child, table[child.lower_]
    compounds = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i]
    first = compounds[0] if compounds else noun
    for key in (lowered, lemma, lemma + "s"):
        if key in table:
            return first, noun, table[key]
    if _trigger_of(noun) is not None or noun.ent_type_ == "NORP" or noun.tag_ == "NNPS":
        return first, noun, ""
    return None


def _trigger_of(token: Token) -> str | None:
    """The casualty category a single word names, if any."""
    table = _triggers()
    lemma, lowered = token.lemma_.lower(), token.lower_
    if token.pos_ in ("VERB", "AUX"):
        return table.get((lemma, "verb")) or table.get((lowered, "adj"))
    if token.pos_ in ("NOUN", "PROPN"):
        return table.get((lemma, "noun")) or table.get((lowered, "adj"))
    if token.pos_ == "ADJ":
        return table.get((lowered, "adj")) or table.get((lemma, "verb"))
    return None


Link = tuple[str, "Token", "Token"]  # (category, trigger word, anchor the trigger governs)


def _link(anchor: Token, depth: int) -> Link | None:
    """Follow the tree from the counted words to the word saying what happened to them."""
    head = anchor.head
    if anchor.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
        found = _verb_trigger(head, anchor)
        if found is not None:
            return found
    for child in anchor.children:
        if child.dep_ in ("acl", "amod", "relcl") and (category := _trigger_of(child)):
            return category, child, anchor
    if depth >= MAX_LINK_DEPTH or head == anchor:
        return None
    if anchor.dep_ == "pobj":
        return _prep_link(anchor, head, depth)
    if anchor.dep_ in ("conj", "appos", "compound"):  # compound: "200 Christians hostage"
        return _link(head, depth + 1) or _own_trigger(head, head)
    return None


def _prep_link(anchor: Token, prep: Token, depth: int) -> Link | None:
    """ "the bodies of 35 people", "the toll rose to 54", "23 people, including 7 children"."""
    governor = prep.head
    if prep.lower_ in ("including", "among"):
        return _link(governor, depth + 1) or _own_trigger(governor, governor)
    if governor.pos_ in ("NOUN", "PROPN") and (category := _trigger_of(governor)):
        return category, governor, anchor
    if governor.pos_ in ("VERB", "AUX"):
        for child in governor.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lemma_.lower() in TOLL_LEMMAS:
                category = _trigger_of(child) or _toll_words(child)
                if category:
                    return category, child, anchor
    return None


def _toll_words(noun: Token) -> str | None:
    """ "the number of dead": a casualty word inside the noun phrase."""
    for token in noun.subtree:
        if token != noun and (category := _trigger_of(token)):
            return category
    return None


def _own_trigger(noun: Token | None, anchor: Token) -> Link | None:
    """A counted noun that is itself a casualty word ("12 deaths", "35 of the slain")."""
    if noun is None or (category := _trigger_of(noun)) is None:
        return None
    return category, noun, anchor


def _verb_trigger(verb: Token, anchor: Token) -> Link | None:
    """A verb of which the figure is subject or object: "killed", "lost their lives", "were
    taken hostage", "were found dead", "were reported killed"."""
    lemma = verb.lemma_.lower()
    objects = {c.lemma_.lower() for c in verb.children}
    if lemma == "claim" and anchor.lemma_.lower() != "life":
        return None  # "claimed" is a reporting verb unless it claims lives
    if (category := _trigger_of(verb)) is not None:
        return category, verb, anchor
    if lemma == "lose" and "life" in objects:
        return "killed", verb, anchor
    if lemma in ("take", "hold") and objects & {"hostage", "captive", "prisoner"}:
        return "abducted", verb, anchor
    if lemma in CARRIER_LEMMAS or lemma in FINDING_LEMMAS:
        for child in verb.children:
            if child.dep_ in ("acomp", "xcomp", "oprd", "attr", "ccomp") and (category := _trigger_of(child)):
                return category, child, anchor
            if child.dep_ == "prep" and child.lower_ == "among":  # "7 children were among those killed"
                return _among(child, anchor)
    return None


def _among(prep: Token, anchor: Token) -> Link | None:
    """"among the dead", "among those killed", "among the 126 people killed"."""
    for group in (c for c in prep.children if c.dep_ == "pobj"):
        if (category := _trigger_of(group)) is not None:
            return category, group, anchor
        for child in group.children:
            if child.dep_ in ("acl", "amod", "relcl") and (category := _trigger_of(child)):
                return category, child, anchor
    return None


def _refined(category: str, trigger: Token, anchor: Token) -> str:
    """Killed becomes executed with an execution word in the clause, bodies_found with a
    finding verb or a body noun."""
    if category not in ("killed", "executed"):
        return category
    finder = anchor.head if anchor.dep_ in ("nsubjpass", "dobj") else trigger.head
    if finder.lemma_.lower() in FINDING_LEMMAS or trigger.lemma_.lower() in BODY_LEMMAS:
        return "bodies_found"
    if trigger.pos_ in ("VERB", "AUX") and any(t.lemma_.lower() in EXECUTION_LEMMAS for t in trigger.subtree):
        return "executed"
    return category


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
        return ""
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
