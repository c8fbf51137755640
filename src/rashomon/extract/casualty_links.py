"""From an amount to what happened to whom: the dependency-tree links of a casualty figure.

Each amount is followed to the noun it counts and to the word that says what happened
(data/casualty_triggers.tsv):
"12 residents were killed by X" (passive: perpetrator from the agent), "X executed 128
residents" (active: perpetrator = subject), "67 civilians killed" (participle), "the death
toll rose to 54" (a toll noun), "the bodies of 35 people", "23 people, including seven
children" (a second figure inheriting the first one's category). An amount that links to
no casualty word is not a figure ("dozens of fighters retreated").

Categories: killed, executed, injured, abducted, missing, bodies_found, displaced, and
casualties (a combined count of dead and wounded, GUIDELINES.md); casualty_kinds.py
turns killed into executed or bodies_found from the trigger's clause.

Victim classes (data/casualty_victims.tsv), from the counted noun: civilian (civilians,
residents, people, villagers, children, women ...), combatant (militants, fighters,
rebels ...), security (soldiers, troops, police ...), "" (victims, bodies, members or no
noun). The noun itself is kept in `victims`, so subsets like "children" stay visible. Both
tables are read in casualty_words.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rashomon.extract.casualty_words import trigger_of, victim, victim_classes

if TYPE_CHECKING:
    from spacy.tokens import Token

# How far up the tree (prepositions, conjunctions, "including") a figure is followed to
# its casualty word; deeper links were wrong in every case seen while writing this.
MAX_LINK_DEPTH = 3
# Verbs that turn a figure into bodies found ("35 of the slain were found", "recovered 12").
FINDING_LEMMAS = frozenset({"find", "discover", "recover", "unearth", "exhume", "retrieve", "pull"})
# Verbs that only carry a casualty word in their complement ("were reported killed",
# "were found dead", "left 12 dead", "12 remain missing", "forced 3,000 people to flee").
CARRIER_LEMMAS = frozenset(
    {"be", "report", "confirm", "find", "leave", "believe", "fear", "remain", "say", "list", "declare", "force",
     "pronounce", "render", "make"}
)
# Ways of putting people to death (general English): "killed and beheaded" is an execution.
EXECUTION_METHOD_LEMMAS = frozenset({"behead", "decapitate", "crucify", "stone", "hang"})
# Verbs whose subject or object can be a toll noun holding the figure ("toll rose to 54").
# Verbs that say fighters were killed when their object is fighters or troops ("lost 15
# fighters", "eliminated 40 terrorists", "destroyed over 60 militants"), but not with other
# objects ("lost 3 tanks", "destroyed 20 homes"): military communiqué wording.
COMBATANT_LOSS_LEMMAS = frozenset({"lose", "eliminate", "destroy", "neutralize", "neutralise", "elimination", "wipe"})
# Verbs that take lives: "cost 500 lives", "took the lives of ..." ("claim" is in the table).
LIFE_TAKING_LEMMAS = frozenset({"cost", "take"})
# Qualifier words the parser takes for a preposition governing the number ("kill over 80").
QUALIFIER_PREPS = frozenset({"over", "about", "around", "nearly", "some", "almost", "up"})
# Verbs whose object is a part of the casualty group named by their subject ("the dead included").
INCLUDING_LEMMAS = frozenset({"include", "comprise"})
TOLL_LEMMAS = frozenset({"toll", "death", "number", "casualty", "fatality", "dead"})
# Casualty verbs whose subject, not their object, is the one it happens to ("fleeing the war").
SUBJECT_UNDERGOES_LEMMAS = frozenset({"flee", "escape"})
# Verbs of telling: a person after their "to" was told the toll the verb's subject names, and
# is not counted in it ("the toll was confirmed to a correspondent", "gave the toll to a doctor").
TELLING_LEMMAS = frozenset({"confirm", "tell", "say", "report", "announce", "explain", "give", "reveal", "disclose"})


Link = tuple[str, "Token", "Token"]  # (category, trigger word, anchor the trigger governs)


def link(anchor: Token, depth: int) -> Link | None:
    """Follow the tree from the counted words to the word saying what happened to them."""
    head = anchor.head
    verb_like = head.pos_ in ("VERB", "AUX") or head.lower_.endswith("ing")  # "killing" tagged NOUN
    subject_or_object = anchor.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "oprd")
    if subject_or_object and verb_like and not _counts_another(anchor, head):
        found = _verb_trigger(head, anchor)
        if found is not None:
            return _first_verb(found)
    if anchor.dep_ == "appos" and depth < MAX_LINK_DEPTH:  # "executed X, a US aid worker kidnapped in 2013"
        renamed = link(head, depth + 1)
        if renamed is not None:
            return renamed
    described = _participle(anchor)
    if described is not None and not _attributive(described):
        return _died_fleeing(anchor, described, depth) or described
    if depth >= MAX_LINK_DEPTH or head == anchor:
        return described
    if anchor.dep_ == "pobj":
        return _prep_link(anchor, head, depth) or described
    if _amount_of_more(anchor):  # '"hundreds" more were wounded': the amount hangs on "more"
        return link(head, depth + 1) or described
    if anchor.dep_ in ("conj", "appos", "compound"):  # compound: "200 Christians hostage"
        shared = link(head, depth + 1) or (own_trigger(head, head) if not _uncounted_group(head) else None)
        return shared or _lost_with(head, anchor) or described
    return described


def _died_fleeing(anchor: Token, described: Link, depth: int) -> Link | None:
    """The death of people listed with others who are described as fleeing ("his mother and 10
    other people fleeing Cuba drowned"): "fleeing" says who they were, the verb the list is the
    subject of says what befell them (a subject alone reaches that verb first, in link())."""
    word = described[1]
    if described[0] != "displaced" or anchor.dep_ != "conj" or depth >= MAX_LINK_DEPTH:
        return None
    if word is None or word.dep_ != "acl" or word.head != anchor or word.i < anchor.i:
        return None  # "killed thousands and displaced millions": the verb is the second item's own
    shared = link(anchor.head, depth + 1)
    return shared if shared is not None and shared[0] == "killed" else None


def _amount_of_more(anchor: Token) -> bool:
    """ '"hundreds" more were wounded': a quoted amount before "more" is parsed as its adverbial
    modifier, and "more" takes the amount's place as the verb's subject or object."""
    return anchor.dep_ == "npadvmod" and anchor.head.lower_ == "more" and anchor.i < anchor.head.i


def _counts_another(anchor: Token, verb: Token) -> bool:
    """ "700 people including 47 wounded had crossed": a participle right after the amount of a
    breakdown ("including"/"among" N) is that amount's ("47 wounded"), whatever head the parser
    gave the first noun ("family of six die": the amount of the figure itself is no breakdown)."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return (
        before is not None and anchor.i < before.i and before.like_num
        and before.head.lower_ in ("including", "among")
    )


def _uncounted_group(noun: Token) -> bool:
    """ "the injured", "the dead": a casualty group named with "the" and no amount. People
    listed with it ("wash down the injured as well as two men with foam on their mouths") are
    added to those being handled, not counted as harmed: only a casualty verb over both says so."""
    children = list(noun.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and not any(
        c.dep_ == "nummod" for c in children
    )


def _attributive(described: Link) -> bool:
    """ "the lives of a family of six displaced people": an adjective before the counted noun
    describes the people; what the clause above says happened to them comes first."""
    word = described[1]
    before = word.doc[word.i - 1] if word.i > 0 else None  # "six displaced people", "of displaced people"
    return word.dep_ == "amod" and word.i < word.head.i and before is not None and (
        before.like_num or before.lower_ == "of"
    )


def _lost_with(head: Token, anchor: Token) -> Link | None:
    """ "a command post and 80 fighters were destroyed": fighters listed with a thing share
    the combatant-loss verb of the list, though the thing itself is no casualty; so do
    fighters counted in it ("a camp including 40 militants was destroyed", "destroyed a post
    with 30 fighters": what happens to a post happens to the fighters in it)."""
    verb = head.head
    if head.dep_ in ("nsubjpass", "dobj") and verb.lemma_.lower() in COMBATANT_LOSS_LEMMAS and _fighters(anchor):
        return "killed", verb, anchor
    return None


def _first_verb(found: Link) -> Link:
    """ "killed and executed 270 people": of two coordinated casualty verbs sharing the
    object, the first names the figure (the second adds a detail), unless the second is a
    method of execution ("killed and crucified five men" were executed)."""
    category, verb, anchor = found
    first = verb.head
    if verb.lemma_.lower() in EXECUTION_METHOD_LEMMAS:
        return found
    if anchor.dep_ == "dobj" and verb.dep_ == "conj" and first.i == verb.i - 2 and first.pos_ == "VERB":
        first_category = trigger_of(first)
        if first_category is not None:
            return first_category, first, anchor
    return found


def _participle(anchor: Token) -> Link | None:
    """"67 civilians killed", "10 people, mostly schoolchildren, killed", "hundreds of
    civilians killed": a participle or adjective on the counted words."""
    nouns = [anchor]
    for child in anchor.children:
        if child.dep_ == "appos":
            nouns.append(child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            nouns += [c for c in child.children if c.dep_ == "pobj"]
    for noun in nouns:
        for child in noun.children:
            if child.dep_ in ("acl", "amod", "relcl") and not _acts_on_others(child) and not _of_another(child) and (
                not _counts_another(noun, child)
            ) and (category := trigger_of(child)):
                return category, child, anchor
    following = anchor.nbor(1) if anchor.i + 1 < len(anchor.doc) else None
    if following is not None and following.pos_ == "ADJ" and (category := trigger_of(following)):
        return category, following, anchor  # "leaving 27 people dead", however the parser attached "dead"
    return None


def _acts_on_others(participle: Token) -> bool:
    """ "the lives of four farmers, injuring nine others": a present participle with a direct
    object of its own says what was done to that object, not to the noun it hangs on (the
    parser attaches the clause to the nearest noun). Not so for verbs whose subject is the one
    it happens to ("thousands of people fleeing the fighting" are displaced)."""
    return (
        participle.tag_ == "VBG"
        and participle.lemma_.lower() not in SUBJECT_UNDERGOES_LEMMAS
        and any(c.dep_ == "dobj" for c in participle.children)
    )


def _of_another(clause: Token) -> bool:
    """ "a man whose son was killed": a relative clause whose subject is possessed by "whose"
    tells what happened to that other person, not to the noun the clause describes."""
    return any(
        subject.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "whose" for c in subject.children)
        for subject in clause.children
    )


def _alongside(prep: Token) -> bool:
    """ "was killed along with two others", "died together with four guards": "with" after
    "along"/"together" on a casualty verb without an object of its own adds more people who
    underwent it, not an instrument or a manner."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    joined = prep.lower_ == "alongside" or (
        prep.lower_ == "with" and before is not None and before.lower_ in ("along", "together"))
    return joined and not any(c.dep_ == "dobj" for c in prep.head.children)


def _joined_subject(prep: Token) -> bool:
    """ "the commander alongside nine of his comrades were killed": "alongside" / "along with"
    on the subject of a passive casualty verb adds more people who underwent it (the verb
    agrees with them all)."""
    subject = prep.head
    return subject.dep_ == "nsubjpass" and subject.head.pos_ in ("VERB", "AUX") and _alongside(prep)


def _prep_link(anchor: Token, prep: Token, depth: int) -> Link | None:
    """ "the bodies of 35 people", "the toll rose to 54", "23 people, including 7 children"."""
    governor = prep.head
    if prep.lower_ in ("including", "with") and (lost := _lost_with(governor, anchor)) is not None:
        return lost  # "a camp including 40 militants was destroyed", "destroyed a post with 30 fighters"
    if prep.lower_ == "with" and governor.lemma_.lower() in COMBATANT_LOSS_LEMMAS and _fighters(anchor):
        return "killed", governor, anchor  # the same with "with" hung on the verb
    if prep.lower_ in ("including", "among"):
        return link(governor, depth + 1) or own_trigger(governor, governor)
    if governor.lower_ == "according" and (found := _source_inserted(prep, anchor)) is not None:
        return found  # "killing according to the latest toll 44 civilians"
    if governor.pos_ in ("NOUN", "PROPN") and (category := trigger_of(governor)):
        return category, governor, anchor
    if governor.lemma_.lower() == "life" and prep.lower_ == "of":  # "claimed the lives of 200 people"
        return "killed", governor, anchor
    if governor.lemma_.lower() in ("family", "household", "total") and prep.lower_ == "of":
        return link(governor, depth + 1) or _participle(governor)  # "a family of six died", "a total of 24 ..."
    if governor.lemma_.lower() in COMBATANT_LOSS_LEMMAS and prep.lower_ == "of" and _fighters(anchor):
        return "killed", governor, anchor  # "the elimination of 34 terrorists"
    if _joined_subject(prep) and (category := trigger_of(governor.head)):
        return category, governor.head, anchor  # "X alongside nine of his comrades were killed"
    if governor.pos_ in ("VERB", "AUX") and _alongside(prep) and (category := trigger_of(governor)):
        return category, governor, anchor  # "he was killed along with two other people"
    if governor.pos_ in ("VERB", "AUX") and prep.lower_ in QUALIFIER_PREPS and prep.i == anchor.i - 1:
        return _verb_trigger(governor, anchor)  # "strikes kill over 80": "over" parsed as a preposition
    if governor.pos_ in ("VERB", "AUX") and not (prep.lower_ == "to" and governor.lemma_.lower() in TELLING_LEMMAS):
        for child in governor.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lemma_.lower() in TOLL_LEMMAS:
                category = trigger_of(child) or _toll_words(child)
                if category:
                    return category, child, anchor
    return None


def _source_inserted(prep: Token, anchor: Token) -> Link | None:
    """ "killing according to the latest toll 44 civilians": an "according to X" inserted between
    a casualty verb and its object; the parser makes the counted words the object of "to".
    A noun must stand between "to" and the amount ("according to 3 witnesses" counts speakers)."""
    verb = prep.head.head
    numbers = [c for c in anchor.children if c.dep_ == "nummod"]
    if not numbers or verb.i > prep.i:
        return None
    between = anchor.doc[prep.i + 1 : numbers[0].i]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in between):
        return None  # "according to the two doctors": the amount counts the source itself
    category = trigger_of(verb) if verb.pos_ == "VERB" else None
    return (category, verb, anchor) if category else None


def _toll_words(noun: Token) -> str | None:
    """ "the number of dead": a casualty word inside the noun phrase; "the number of victims"
    is a death toll (GUIDELINES.md: "fallen victims" are the killed)."""
    for token in noun.subtree:
        if token != noun and (category := trigger_of(token)):
            return category
    if any(t.lemma_.lower() == "victim" and t.head.head == noun for t in noun.subtree):
        return "killed"
    return None


def own_trigger(noun: Token | None, anchor: Token) -> Link | None:
    """A counted noun that is itself a casualty word ("12 deaths", "35 of the slain")."""
    if noun is None or (category := trigger_of(noun)) is None:
        return None
    return category, noun, anchor


def _verb_trigger(verb: Token, anchor: Token) -> Link | None:
    """A verb of which the figure is subject or object: "killed", "lost their lives", "were
    taken hostage", "were found dead", "were reported killed"."""
    lemma = verb.lemma_.lower()
    objects = {c.lemma_.lower() for c in verb.children}
    if lemma == "claim" and not _claims_lives(anchor, objects):
        return None  # "claimed" reports, unless it claims lives or people ("claimed 12 people")
    if lemma == "shoot" and anchor.dep_ == "nsubj" and "dobj" in {c.dep_ for c in verb.children}:
        return None  # "a fighter shoots his weapon": who shoots something is not hit ("a girl shot in X" is)
    shared = _shared_participle(verb) if anchor.dep_ == "nsubjpass" else None
    if (category := trigger_of(verb)) is not None and not (category == "injured" and shared == "killed"):
        return category, verb, anchor  # "were shot and killed": the second verb says how it ended
    if shared is not None:
        return shared, verb, anchor  # "were ambushed and wounded"
    if (lemma == "lose" and "life" in objects) or (lemma == "fall" and "victim" in objects):
        return "killed", verb, anchor  # "lost their lives", "have fallen victims"
    if anchor.dep_ in ("dobj", "attr") and (toll := _toll_subject(verb)) is not None:
        return toll  # "the death toll reached at least 112 people"
    if lemma in LIFE_TAKING_LEMMAS and anchor.lemma_.lower() == "life" and anchor.dep_ == "dobj":
        return "killed", verb, anchor
    if lemma in COMBATANT_LOSS_LEMMAS and anchor.dep_ in ("dobj", "nsubjpass") and _fighters(anchor):
        return "killed", verb, anchor
    if lemma in INCLUDING_LEMMAS and anchor.dep_ == "dobj":
        return _included_in(verb, anchor)  # "those killed included 11 people", "the dead included ..."
    if lemma == "be" and anchor.dep_ == "attr" and (named := _included_in(verb, anchor)) is not None:
        return named  # "the dead were 5 soldiers": people a casualty group is said to be
    held = objects | {c.lemma_.lower() for c in anchor.children if c.dep_ == "amod"}  # "holding 25 people captive"
    if lemma in ("take", "hold") and held & {"hostage", "captive", "prisoner"}:
        return "abducted", verb, anchor
    if lemma in CARRIER_LEMMAS or lemma in FINDING_LEMMAS:
        for child in verb.children:
            if child.dep_ in ("acomp", "xcomp", "oprd", "attr", "ccomp") and (category := trigger_of(child)):
                return category, child, anchor
            if child.dep_ == "prep" and child.lower_ == "among":  # "7 children were among those killed"
                return _among(child, anchor)
    return None


def _shared_participle(verb: Token) -> str | None:
    """The category of a casualty participle coordinated with a passive verb that has no
    subject of its own: "four men were shot and killed" says the men were killed; "ten were
    detained and two others killed" gives the second verb its own subject."""
    for child in verb.children:
        if child.dep_ != "conj" or child.tag_ != "VBN":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            continue
        if (category := trigger_of(child)) is not None:
            return category
    return None


def _claims_lives(anchor: Token, objects: set[str]) -> bool:
    """Whether "claim" takes lives: "lives" in its object, or people as its object."""
    if "life" in {t.lemma_.lower() for t in anchor.subtree} | objects:
        return True
    return anchor.dep_ == "dobj" and _counts_people(anchor)


def _counts_people(anchor: Token) -> bool:
    """Whether the counted words name people: the noun itself, or the one after "of" ("dozens
    of civilians"); a claim that takes them as its object took their lives."""
    nouns = [anchor] + [c for p in anchor.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children]
    return any(victim(n) is not None and n.lemma_.lower() not in _NOT_PEOPLE for n in nouns)


# Victim-table words a claim can take as its object without taking lives ("claimed responsibility"
# is no person; "members" may be a membership claim).
_NOT_PEOPLE = frozenset({"member", "responsibility"})


def _included_in(verb: Token, anchor: Token) -> Link | None:
    """ "those killed included 11 people", "the wounded include five children": the object of
    "include" is a part of the casualty group its subject names (GUIDELINES.md: sub-totals);
    "the victims" of a toll are its dead (as in "the number of victims")."""
    for subject in _partitive_groups(_subjects(verb)):
        if (category := trigger_of(subject)) is not None:
            return category, subject, anchor
        if subject.lemma_.lower() == "victim" and subject.lower_ == "victims":
            return "killed", subject, anchor  # "the victims included 25 civilians": a toll's victims
        for child in subject.children:
            if child.dep_ in ("acl", "amod", "relcl") and (category := trigger_of(child)):
                return category, child, anchor
    return None


def _partitive_groups(subjects: list[Token]) -> list[Token]:
    """Each subject, then the group a partitive subject is a part of: "most of the dead were
    civilians but included ten fighters" speaks of the dead."""
    found = []
    for subject in subjects:
        found.append(subject)
        for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"):
            found += [c for c in prep.children if c.dep_ == "pobj"]
    return found


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects; for a conjoined verb with none of its own ("the victims were mostly
    civilians and included 20 children"), or with a pronoun that refers back to them ("... but
    they also included"), those of the clauses it hangs on, nearest first (the parser may hang
    it on an aside such as "it said", whose subject then comes first)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if (subjects and not all(c.lower_ in ("they", "these", "those") for c in subjects)) or verb.dep_ != "conj":
        return subjects
    found, token = [], verb
    for _ in range(MAX_LINK_DEPTH):
        token = token.head
        found += [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if token.head == token:
            break
    return found


def _toll_subject(verb: Token) -> Link | None:
    """The category of a toll that is the verb's subject ("the death toll reached ...")."""
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lemma_.lower() in ("toll", "number", "tally"):
            category = trigger_of(child) or _toll_words(child)
            if category:
                return category, child, child
    return None


def _fighters(noun: Token) -> bool:
    """Whether a noun counts fighters or troops (victim class combatant or security), itself or
    after "of" ("scores of terrorists")."""
    table = victim_classes()
    nouns = [noun] + [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children]
    return any(table.get(key) in ("combatant", "security") for n in nouns for key in (n.lower_, n.lemma_.lower()))


def _among(prep: Token, anchor: Token) -> Link | None:
    """"among the dead", "among those killed", "among the 126 people killed", "among Friday's
    victims" (the victims of a day's attacks are its dead)."""
    for group in (c for c in prep.children if c.dep_ == "pobj"):
        if (category := trigger_of(group) or ("killed" if group.lemma_.lower() == "victim" else None)) is not None:
            return category, group, anchor
        for child in group.children:
            if child.dep_ in ("acl", "amod", "relcl") and (category := trigger_of(child)):
                return category, child, anchor
    return None
