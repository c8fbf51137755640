"""Casualty figures: how many, of whom, what happened to them, by whom, where, who says so.

The figures are what reports about one incident most often disagree on, so each one is
kept with everything needed to line it up: the interval and qualifier of the amount
(amounts.py), the category, the victims, the perpetrator, the place and the source.

Two passes, for speed: a sentence is parsed only if it holds a head-count amount and a
casualty word (casualty_sentences.py); the candidates of an article are parsed in one batch, and
casualty_links.py follows the tree from each amount to the noun it counts and the word
that says what happened. The words right around the amount correct the tree where wire
copy defeats it (casualty_patterns.py: lists, headline verbs; casualty_predicates.py:
multi-word predicates; casualty_subcounts.py: breakdowns of a figure; casualty_singulars.py:
counts of one person without a number; casualty_vetoes.py: person words that name the
teller or a describer, not a victim). An amount that
links to no casualty word is not a figure ("dozens of fighters retreated"). The perpetrator
comes from casualty_actors.py, the place from casualty_places.py (read against the article's
map of which place lies in which, casualty_place_map.py), the source from the attributions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rashomon.extract.amounts import Amount, AmountSpan, find_amounts
from rashomon.extract.attribution import source_at
from rashomon.extract.casualty_actors import ArticleContext, detained_by_state, perpetrator
from rashomon.extract.casualty_carried import carry_places
from rashomon.extract.casualty_counted import counted, not_counted, noun_after, trailing_hedge, victims_of
from rashomon.extract.casualty_fates import (
    held_captive,
    names_a_practice,
    other_participle,
    punished,
    saved_lives,
    spared,
)
from rashomon.extract.casualty_kinds import (
    CAPTIVE_LEMMAS,
    deadly,
    executed_parts,
    executions_restated,
    executions_told_next,
    refined,
)
from rashomon.extract.casualty_links import link, own_trigger, trigger_of, victim
from rashomon.extract.casualty_patterns import (
    category_after,
    coordinated,
    elliptical,
    listed_before,
    preceding_category,
    toll_category,
)
from rashomon.extract.casualty_people import (
    collective_link,
    described_one,
    refers_back,
)
from rashomon.extract.casualty_places import larger_place_near, province_seat
from rashomon.extract.casualty_predicates import (
    evacuation_route,
    predicate_next,
    them_category,
    toll_named_after,
)
from rashomon.extract.casualty_restated import sources_restated, updates_restated, victims_restated
from rashomon.extract.casualty_sentences import CASUALTY_STEMS, parse_text, source_commas
from rashomon.extract.casualty_singulars import singular_counts
from rashomon.extract.casualty_subcounts import (
    breaks_down,
    dies_as_whole,
    distributed,
    execution_method,
    sub_count,
    whole_before_part,
)
from rashomon.extract.casualty_updated import previous_toll, updated_toll
from rashomon.extract.casualty_vetoes import (
    agent_of_harm,
    attempted,
    counts_people,
    informs,
    owner_of_kin,
    speaks,
    states_an_age,
)
from rashomon.extract.nlp import first_token_from, parse, tokens_overlapping
from rashomon.model import Article, AttributionFact, CasualtyFact, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Nouns that count groups, not people: "five entire families" is no head count (a family of
# six is: that is read by the amount "six").
GROUP_NOUNS = frozenset({"family", "household"})


def find_casualties(
    article: Article, sentences: list[Sentence], attributions: list[AttributionFact]
) -> list[CasualtyFact]:
    """Every casualty figure in the article, in order, with its source."""
    candidates = []
    updates = _updated_tolls(sentences)
    for sentence in sentences:
        if not CASUALTY_STEMS.search(sentence.text) and sentence.start not in updates:
            continue
        singles = singular_counts(sentence.text)
        spans = [s for s in find_amounts(sentence.text) if not s.excluded] + singles
        if spans:
            ones = {(s.start, s.end) for s in singles}
            candidates.append((sentence, sorted(spans, key=lambda s: s.start), ones))
    facts: list[CasualtyFact] = []
    context = ArticleContext(article)
    starts = [a.start for a in attributions]
    texts = [source_commas(parse_text(sentence.text), sentence, starts) for sentence, _, _ in candidates]
    docs = parse(texts)  # one batch, shared cache
    for (sentence, spans, ones), doc in zip(candidates, docs, strict=True):
        for fact in _sentence_figures(article, sentence, doc, spans, ones, (context, updates.get(sentence.start, ""))):
            fact.source = source_at(attributions, sentences, fact.start, article.text)
            if fact.source is not None and _victims_as_source(fact.source.primary, fact.victims):
                fact.source = None
            if not fact.perpetrator and fact.source is not None:
                fact.perpetrator = context.claimed_by(fact.source.primary, fact.victims, fact.victim_class)
            facts.append(fact)
    carry_places(facts, sentences, context)
    if len({fact.place for fact in facts if fact.place}) > 1:
        # Only figures at two or more places need telling apart (a part of a place or a second
        # incident; two spellings or one place), and reading which place lies in which is the
        # costly part: the whole article, name by name.
        for fact in facts:
            fact.place, fact.place_within = context.placed(fact.place)
        _suburbs_within(facts, context.country, context.text)
    executions_told_next(facts, sentences)
    executions_restated(facts)
    executed_parts(facts)
    victims_restated(facts)
    sources_restated(facts)
    updates_restated(facts)
    return facts


def _victims_as_source(primary: str, victims: str) -> bool:
    """Whether the source's name is the figure's own victim noun running on into a phrase
    ("the death of five rescue workers" sourced to "rescue workers in the Civil Defense Corps in
    X Fahd"). Why: the dead are never the source of their own toll; such a name is a speaker
    tag whose subject scan ran back over unmarked quoted words into the victims."""
    head = victims.lower().split()[-1] if victims.strip() else ""
    if not head or head not in primary.lower():
        return False
    name = primary.lower()
    noun = re.split(r" (?:in|of|at|from) ", name, maxsplit=1)[0]
    return noun != name and noun.split()[-1] == head  # the bare noun alone ("activists") may be a misread victim


def _suburbs_within(facts: list[CasualtyFact], country: str, text: str) -> None:
    """A placed figure the article names inside no other place is filed inside a larger place
    of another figure that lies close by (casualty_places.larger_place_near): "near Damascus"
    in the headline and "in Douma" in the body tell one incident, not two. A place the article
    also writes as a province ("Idlib province") is left out: there the name stands for the
    province, and a figure of the province is no restatement of one of its towns."""
    places = {fact.place for fact in facts if fact.place and not _named_province(fact.place, text)}
    for fact in facts:
        if fact.place and not fact.place_within:
            fact.place_within = larger_place_near(fact.place, places, country)
    _towns_within_provinces(facts, country, text)


def _towns_within_provinces(facts: list[CasualtyFact], country: str, text: str) -> None:
    """A figure placed in a town (or in a town's part) the gazetteer files under a province the
    article names as one, where another figure stands ("in Homs" beside "Homs province"), is
    filed inside that province (casualty_places.province_seat), unless it is already filed
    inside a place some other figure stands at: that join is the nearer one. Only a headline's
    province counts: two body figures of a province's towns are two incidents."""
    headline = text.find("\n")
    provinces = {fact.place for fact in facts
                 if fact.place and fact.start < headline and _named_province(fact.place, text)}
    if not provinces:
        return
    places = {fact.place for fact in facts if fact.place}
    for fact in facts:
        if not fact.place or fact.place in provinces or fact.place_within in places:
            continue
        seat = province_seat((fact.place, fact.place_within), provinces, country)
        if seat:
            fact.place_within = seat


def _named_province(place: str, text: str) -> bool:
    """Whether the article writes `place` as a province or governorate ("Hama province", "the
    province of Hama")."""
    return any(f"{place} {word}" in text or f"{word} of {place}" in text
               for word in ("province", "governorate", "Province", "Governorate"))


def _updated_tolls(sentences: list[Sentence]) -> dict[int, str]:
    """Sentence start -> kind of the toll of the sentence before, for each sentence that may
    update it ("... a death toll of 47. This was later updated to 82"): such a sentence names no
    casualty word of its own, so it is read only through this (casualty_updated.py)."""
    found = {}
    for previous, sentence in zip(sentences, sentences[1:], strict=False):
        if " to " in sentence.text and (toll := previous_toll(previous.text)):
            found[sentence.start] = toll
    return found


def _sentence_figures(
    article: Article, sentence: Sentence, doc: Doc, spans: list[AmountSpan], ones: set,
    read_with: tuple[ArticleContext, str],
) -> list[CasualtyFact]:
    """The figures of one sentence: each amount read from the tree, else as the next item of
    a list or a breakdown of the figure before it (casualty_patterns.py). `read_with` holds the
    article's context and the kind of the toll the sentence before told ("" for none)."""
    context, toll_before = read_with
    found: list[CasualtyFact] = []
    left: list[tuple[AmountSpan, bool]] = []
    for span in spans:
        singular = (span.start, span.end) in ones
        previous = found[-1] if found else None
        fact = _figure(article, sentence, doc, span, context, singular)
        if toll_before and (fact is None or not fact.victims):  # "The figure rose to 45": the toll before's kind
            fact = _updated_figure(article, sentence, doc, span, (context, toll_before)) or fact
        if fact is None and previous is not None:
            fact = (
                sub_count(article.id, sentence, span, previous, singular)
                or _list_item(article, sentence, doc, (span, singular), previous, context)
                or _distributed(article.id, sentence, span, found, context)
            )
        elif fact is not None and previous is not None and (
            breaks_down(sentence.text, sentence.start, fact, found[-2:])
            or execution_method(sentence.text, sentence.start, fact, previous)
        ):
            fact.category = previous.category
        if fact is None:
            left.append((span, singular))
        elif not any(f.start == fact.start for f in found):
            found.append(fact)
    for item in reversed(left):  # "four children and one man killed": an item before the figure it is listed with
        after = [f for f in found if f.start >= sentence.start + item[0].end]
        following = min(after, key=lambda f: f.start, default=None)
        fact = _list_item(article, sentence, doc, item, following, context) if following else None
        if fact is None and following is not None:
            fact = _whole_of_part(article.id, sentence, item[0], following, context)
        if fact is not None and not any(f.start == fact.start for f in found):
            found.append(fact)
    found.sort(key=lambda f: f.start)
    for part, whole in zip(found, found[1:], strict=False):
        if dies_as_whole(sentence.text, sentence.start, part, whole):
            part.category = whole.category
    return _elided_classes(found)


def _whole_of_part(
    article_id: str, sentence: Sentence, span: AmountSpan, part: CasualtyFact, context: ArticleContext
) -> CasualtyFact | None:
    """ "11 civilians among them three children were killed": the whole a breakdown splits takes
    the breakdown's category when the tree tore it from the verb (casualty_subcounts.py)."""
    bounds = (part.start - sentence.start, part.end - sentence.start)
    noun = whole_before_part(sentence.text, span, bounds)
    if noun is None:
        return None
    end, victims, victim_class = noun
    return _new_figure(article_id, sentence, (span.start, end), (span.amount, part.category), context,
                       victims=victims, victim_class=victim_class)


def _updated_figure(
    article: Article, sentence: Sentence, doc: Doc, span: AmountSpan, read_with: tuple[ArticleContext, str]
) -> CasualtyFact | None:
    """The new number of the toll of the sentence before ("This was later updated to 82"): a
    figure of that toll's kind with no victims named (casualty_updated.py)."""
    context, toll = read_with
    category = updated_toll(sentence.text, span.start, toll)
    if not category or _amount_token(doc, span) is None:
        return None
    return _new_figure(article.id, sentence, (span.start, span.end), (span.amount, category), context)


def _new_figure(
    article_id: str, sentence: Sentence, bounds: tuple[int, int], read: tuple[Amount, str], context: ArticleContext,
    **fields: str,
) -> CasualtyFact:
    """A figure at `bounds` of the sentence (offsets within it), with its amount and category
    (`read`), placed where the sentence puts it; `fields` are its victims, class, perpetrator."""
    start, end = bounds
    amount, category = read
    return CasualtyFact(
        article_id=article_id,
        start=sentence.start + start,
        end=sentence.start + end,
        text=sentence.text[start:end],
        sentence=sentence.text,
        low=amount.low,
        high=amount.high,
        qualifier=amount.qualifier,
        category=category,
        place=context.place(sentence.text, (start, end)),
        **fields,
    )


def _elided_classes(found: list[CasualtyFact]) -> list[CasualtyFact]:
    """ "killed 44 people and wounded more than 100", "16 civilians were killed while 25 were
    wounded": a figure whose noun is left out counts the group named before it in the sentence
    and takes its class (GUIDELINES.md 12); with none before it, it keeps no class."""
    for index, fact in enumerate(found):
        if not fact.victims and not fact.victim_class:
            fact.victim_class = next((f.victim_class for f in reversed(found[:index]) if f.victim_class), "")
    return found


def _distributed(
    article_id: str, sentence: Sentence, span: AmountSpan, found: list[CasualtyFact], context: ArticleContext
) -> CasualtyFact | None:
    """ "three killed, one in X, a second in Y": one person of the sentence's last total, with
    the place its item names (casualty_subcounts.distributed)."""
    fact = distributed(article_id, sentence, span, _counted_figure(found), found[-1].end)
    if fact is not None:
        fact.place = context.place(sentence.text, (fact.start - sentence.start, fact.end - sentence.start))
    return fact


def _counted_figure(found: list[CasualtyFact]) -> CasualtyFact:
    """The last figure of the sentence that is no count of one: the total that "one in X, a
    second in Y" distribute (each item is found as a figure in turn)."""
    return next((f for f in reversed(found) if (f.low, f.high) != (1, 1)), found[-1])


def _list_item(
    article: Article,
    sentence: Sentence,
    doc: Doc,
    item: tuple[AmountSpan, bool],
    previous: CasualtyFact,
    context: ArticleContext,
) -> CasualtyFact | None:
    """An amount that is an item of a list whose neighbouring item is a figure: "killing six
    civilians and five militiamen", "150 bodies in X 100 in Y", "a man woman and child", "four
    children and one man killed" (`previous` is then the figure after it)."""
    span, singular = item
    number = _amount_token(doc, span)
    if number is None or described_one(doc, number) or states_an_age(doc, number):
        return None  # "Jane Roe, 34, a mother of 12, was shot": an age before a listed person
    noun = number if singular else counted(number)[0]
    found = victim(noun) if noun is not None else None
    if noun is not None and (found is None or (not singular and noun.lemma_.lower() in GROUP_NOUNS)):
        return None  # "killed 4 soldiers and 2 tanks", "85 people including five entire families"
    if singular and noun is not None and noun.dep_ == "compound" and victim(noun.head) is None:
        return None  # "40 militants and a sniper group": the person word names a thing (as in counts_people)
    end = span.end
    if noun is not None and noun.i > number.i:
        end = max(end, noun.idx + len(noun.text))
    text, offset = sentence.text, sentence.start
    if previous.start > offset + span.start:  # the listed figure comes after this item
        named = singular or (noun is not None and noun.i > number.i)  # "six women five children and ..."
        if not listed_before(text, end, previous.start - offset, named):
            return None
    elif not (coordinated(text, previous.end - offset, span.start, end) or elliptical(text, span.start, end)):
        return None
    if not category_after(text, end, start=span.start) and other_participle(doc, text, end) is not None:
        return None  # "three terrorists one identified as X": a verb of its own
    first, last, victim_class = found if found else (None, None, "")
    if singular and noun is not None:
        first = last = noun  # "(a man) woman": the listed noun alone
    victims = text[first.idx : last.idx + len(last.text)] if first is not None and last is not None else ""
    category = category_after(text, end, start=span.start) or previous.category
    return _new_figure(
        article.id, sentence, (span.start, end), (span.amount, category), context,
        victims=victims, victim_class=victim_class,
    )


def _figure(
    article: Article, sentence: Sentence, doc: Doc, span: AmountSpan, context: ArticleContext, singular: bool
) -> CasualtyFact | None:
    """The casualty figure an amount states, or None when it counts something else."""
    number = _amount_token(doc, span)
    if number is None or not counts_people(doc, number, span, singular):
        return None
    noun, anchor = (number, number) if singular else counted(number)
    if noun is not None and not singular and (not_counted(noun, span) or predicate_next(sentence.text, span.end)):
        noun = None  # "18 shot dead": a predicate the tagger read as a noun follows the amount
    if noun is None and not singular:
        noun = noun_after(doc, number)
        anchor = noun if noun is not None else anchor
    if noun is None and not singular and refers_back(sentence.text, span.start, span.end):
        return None  # "executed the 14": the people counted before
    if noun is not None and not singular and noun.i > number.i and owner_of_kin(noun):
        return None  # "executed the families of five rebels": the rebels' kin were killed
    if noun is not None and not singular and (speaks(noun, span) or informs(noun)):
        return None  # "two residents told reporters", "heard it from two doctors": they tell the news
    if noun is not None and not singular and noun.i > number.i and agent_of_harm(noun, named_object=True) \
            and not preceding_category(sentence.text, span.start):
        return None  # "three gunmen killed two guards"; "killed two guards wounded five" lost its commas
    found = victims_of(noun) if noun is not None else None
    if noun is not None and found is None:
        if not toll_category(sentence.text, span.start):
            return None
        noun, anchor = None, number  # "the toll reached 330 overnight civil defence sources told ...": the toll counts
    start, end = span.start, span.end
    if found is not None and found[1].i > number.i:
        end = max(end, found[1].idx + len(found[1].text))
    read = _category(sentence.text, doc, (number, noun, anchor), (start, end))
    if read is None:
        return None
    category, trigger, linked = read
    if category == "abducted" and trigger is not None and detained_by_state(trigger, linked, sentence.start, context):
        return None  # "50 rebels were captured by the army": a detention
    if category == "displaced" and (singular or evacuation_route(sentence.text, end)):
        return None  # "an activist who fled": a story detail; "fled via the corridors": an evacuation
    if noun is not None and not singular and noun.lemma_.lower() in GROUP_NOUNS and category != "displaced":
        return None  # "five entire families were killed"; displacement is counted in families
    first, last, victim_class = found if found else (None, None, "")
    if first is not None and first.idx < span.start:
        first = noun  # "(a man) woman": a word before the amount is not part of its victims
    amount = span.amount
    hedge_end = trailing_hedge(sentence.text, end) if found is not None and amount.qualifier == "exact" else 0
    if hedge_end and not singular:  # "20 civilians at least"
        end, amount = hedge_end, Amount(amount.low, None, "at_least")
    return _new_figure(
        article.id, sentence, (start, end), (amount, category), context,
        victims=sentence.text[first.idx : last.idx + len(last.text)] if first and last else "",  # as written
        victim_class=victim_class,
        perpetrator=perpetrator(trigger, linked, sentence.start, context, noun) if trigger and linked else "",
    )


def _category(
    text: str, doc: Doc, tokens: tuple[Token, Token | None, Token], figure: tuple[int, int]
) -> tuple[str, Token | None, Token | None] | None:
    """(category, trigger word, anchor) of a figure: from the tree, corrected by the words
    right before and after it (casualty_patterns.py); None when nothing says what happened."""
    number, noun, anchor = tokens
    start, end = figure
    if names_a_practice(text, start):
        return None  # "harsh penalties including several executions": a habit, not a toll
    if saved_lives(text, start):
        return None  # "saved the lives of 100 people wounded in raids": a rescue count, not a toll
    # A counted casualty noun says what happened itself ("55 injuries" next to "four deaths").
    noun_trigger = own_trigger(noun, anchor) if noun is not None and noun.i > number.i else None
    if noun_trigger is not None and noun_trigger[0] == "abducted" and link(anchor, 0) is not None:
        noun_trigger = None  # "beheads 3 hostages": what the verb did to the captives counts
    linked_to = noun_trigger or link(anchor, 0) or own_trigger(noun, anchor) or _verb_before(doc, number, start, anchor)
    if linked_to is None and anchor != number:  # a noun found after the number ("including 1733 children")
        linked_to = link(number, 0)
    linked_to = linked_to or collective_link(anchor)
    before = preceding_category(text, start)
    object_of = linked_to is not None and not before and anchor.dep_ == "dobj" and anchor.head == linked_to[1]
    after = category_after(text, end, object_of, start)
    if spared(text, start) and not after and not (noun is not None and noun.i > number.i and trigger_of(noun)):
        return None  # "freed 19 civilians"; "evacuated 30 wounded", "saved 19 people abducted by X" count
    if linked_to is None:
        toll = toll_category(text, start)
        if _modifies_a_noun(anchor, start) and not before and not toll:
            return None  # "a mother of two died", "father to two boys died": the verb is the noun's
        # (a toll noun is the one the amount hangs on in "... and the number of injured at 19")
        after = after or before or toll or _refugees(number, noun) or them_category(text, end)
        after = after or toll_named_after(text, start, end)
        return (after, None, None) if after else None
    category, trigger, linked = linked_to
    if trigger is not None and attempted(trigger):
        return None  # "tried to kill a man", "the attempted murder of a guard": nobody was harmed by it
    subject = anchor.dep_ in ("nsubj", "nsubjpass", "conj")
    other = other_participle(doc, text, end) if subject and not after and not held_captive(text, end) else None
    if other is not None and other != trigger and noun_trigger is None:
        return None  # "another 30 sealed off"; a casualty noun keeps its fate ("five martyrs fell")
    category = refined(category, trigger, anchor)
    of_trigger = anchor.dep_ == "pobj" and anchor.head.head == trigger  # "the lives of N injured ..."
    if not of_trigger or (before == "casualties" and not after):  # "the killing or wounding of N"
        category = _corrected(category, after or before)
    if category == "injured" and deadly(trigger):
        category = "killed"  # "fatally injuring a woman", "shot one man fatally": the word before says "injured"
    captives = noun is not None and noun.lemma_.lower() in CAPTIVE_LEMMAS
    if category == "killed" and (held_captive(text, end) or punished(text, end) or captives):
        category = "executed"  # "massacred 250 troops taken hostage", "killed on charges of ...", "killed two hostages"
    return category, trigger, linked


# Words allowed between a number and "refugees" for the refugees to be what it counts.
MAX_WORDS_TO_REFUGEES = 2


def _modifies_a_noun(anchor: Token, start: int) -> bool:
    """Whether the counted words hang on another noun through a preposition ("mother of two",
    "two of the three victims"): a predicate after them is that noun's. A preposition inside
    the amount is its qualifier misparsed ("... the group over 50 terrorists were neutralized")."""
    prep = anchor.head
    if prep.idx >= start or _name_before_amount(anchor, start) or prep.lower_ == "including":
        return False  # "700 people including 47 wounded": a part of the people, with its own predicate
    return anchor.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON")


def _name_before_amount(anchor: Token, start: int) -> bool:
    """ "in the province of Daraa 16 civilians were killed": with no comma after the place, the
    parser hangs the name on the counted noun and the noun on "of"; the preposition's object is
    the name, and the counted words open the clause."""
    return any(c.pos_ == "PROPN" and c.dep_ in ("nmod", "compound") and c.idx < start for c in anchor.children)


def _refugees(number: Token, noun: Token | None) -> str:
    """ "the 5 million Syrian refugees": refugees are displaced people (GUIDELINES.md)."""
    if noun is None or noun.lemma_.lower() != "refugee" or not 0 < noun.i - number.i <= MAX_WORDS_TO_REFUGEES:
        return ""
    return "displaced"


def _corrected(category: str, word_category: str) -> str:
    """The category a neighbouring casualty word names, unless it only says "killed" of a
    figure the tree already read as a kind of killing (executed, bodies found)."""
    if not word_category or (word_category == "killed" and category in ("executed", "bodies_found")):
        return category
    return word_category


def _verb_before(doc: Doc, number: Token, start: int, anchor: Token) -> tuple[str, Token, Token] | None:
    """ "killing between 1000 and 1800 people" when the parser hangs "between" elsewhere: the
    casualty verb right before the amount says what happened."""
    first = first_token_from(doc, start)
    if first is None or first.i == 0 or number.lower_ == "one":
        return None
    before = doc[first.i - 1]
    if before.lemma_.lower() == "claim" and (anchor.dep_ in ("nsubj", "nsubjpass") or anchor.lemma_ == "member"):
        return None  # "claimed 40 fighters had joined", "claimed 200 new members": no lives claimed
    category = trigger_of(before) if before.lower_.endswith(("ing", "ed")) else None
    return (category, before, anchor) if category else None


def _amount_token(doc: Doc, span: AmountSpan) -> Token | None:
    """The token that heads the amount inside the tree ("116" of "at least 116")."""
    inside = tokens_overlapping(doc, span.start, span.end)
    heads = [t for t in inside if not span.start <= t.head.idx < span.end or t.head == t]
    # "a quarter of a million people": "quarter" is the object, "million" only counts "people"
    core = [t for t in heads if t.dep_ in ("dobj", "nsubj", "nsubjpass") and t.pos_ == "NOUN"]
    if len(heads) > 1 and core:
        return core[0]
    numbers = [t for t in inside if t.pos_ == "NUM" and t.lower_ != "one"]  # "silent over one of ..."
    if heads and heads[-1].pos_ == "ADP" and numbers:  # "kill over 80": "over" parsed as a preposition
        return numbers[-1]
    return heads[-1] if heads else (inside[-1] if inside else None)
