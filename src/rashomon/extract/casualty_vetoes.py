"""Who an amount's person word is not a victim of: cheap vetoes on the amount token before
the casualty reader follows its links (casualties.py).

Why apart: these read the speaker and the describer out of a sentence ("..., a medic said",
"three adults one wearing a uniform", "a bomber killed 16"), a question of who tells or does
something rather than of what happened to whom, and they grow with the wordings of attribution.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rashomon.extract.casualty_links import trigger_of, victim
from rashomon.extract.casualty_people import described_one, harmed_object, one_of_group
from rashomon.extract.casualty_subcounts import introduces_subcount
from rashomon.extract.casualty_words import casualty_word
from rashomon.extract.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from rashomon.extract.amounts import AmountSpan


def counts_people(doc: Doc, number: Token, span: AmountSpan, singular: bool) -> bool:
    """Cheap vetoes on the amount token before its links are followed."""
    if states_an_age(doc, number):
        return False  # "Jane Roe, 34, was shot": the number is her age
    if counts_games(doc_text(doc), span.start, span.end):
        return False  # "has lost two straight", "lost eight of 10": games, not people
    if counts_page_items(doc_text(doc), span.start, span.end):
        return False  # "... 85 Related <headline>": a page's view count before its link list
    if names_no_count(doc_text(doc), span.start, span.end):
        return False  # "murder of a peace officer" as a charge, "mother of 2", "killing one another"
    if follows_photo_credit(doc, number):
        return False  # "AP Photo Jane Roe Troops Find Graves of 20 ...": another story's headline
    if singular and (number.pos_ not in ("NOUN", "PROPN") or number.idx + len(number.text) != span.end):
        return False  # "a heavy civilian death toll": the person word is not the head
    if singular and number.lower_ == "police":
        return False  # "a deadly police shooting", "a police killing": "a police" counts no one
    if singular and number.dep_ == "compound" and victim(number.head) is None and not _titles_a_name(number):
        return False  # "a refugee camp": the person word names a thing ("a girl child" is a person)
    if singular and agent_of_harm(number):
        return False  # "a bomber killed 16": the subject of an active verb with an object did it
    if singular and (speaks(number, span) or names_a_speaker(number) or informs(number)):
        return False  # "..., a medic said": the person is the one telling it
    if singular and hears(number):
        return False  # "confirmed the toll to a reporter": the person is the one told
    if singular and _describes_a_name(number):
        return False  # "killed Abu X, a rebel leader": the named man is the one killed
    if described_one(doc, number):
        return False  # "three adults one wearing a uniform"
    if singular and pictured_one(number):
        return False  # "An injured boy waits at a clinic": a caption's person, not a toll
    # "one of the wounded", "one of two people killed": a person picked out of a figure, not a
    # count; "one of its soldiers was killed", "one of the rebel commanders": a count of one
    # "including one of its leaders": a count of one inside the figure's breakdown
    return not (number.lower_ == "one" and number.i + 1 < len(doc) and doc[number.i + 1].lower_ == "of"
                and not one_of_group(doc, number) and not breaks_down_a_count(doc, number, span))


# A verb of losing right before a bare number, and after it the words of a win-loss record: a
# streak ("two straight", "three in a row", "four consecutive"), a part of a run of games ("eight
# of 10", "three out of four"), a score ("20-13") or a season ("14 or more the previous season").
_LOSE_BEFORE = re.compile(r"\b(?:lost|lose|loses|losing)\s+$", re.IGNORECASE)
_RECORD_AFTER = re.compile(
    r"(?:-\d+\b|\s+(?:straight|consecutive|in\s+a\s+row|(?:out\s+)?of\s+(?:the\s+|their\s+|its\s+)?(?:last\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s+(?:people|men|soldiers|fighters|crew))"
    r"|(?:or\s+more\s+)?(?:games|matches|(?:the\s+)?(?:previous|last|this)\s+season)))",
    re.IGNORECASE,
)


def counts_games(text: str, start: int, end: int) -> bool:
    """Whether a bare number after "lose" counts a team's defeats, not its dead: sports news says
    "has lost two straight", "lost eight of 10", "lose 20-13"; the words after the number name a
    streak, a run of games or a score, which a count of people killed never has."""
    return bool(_LOSE_BEFORE.search(text, max(0, start - 10), start)) and bool(_RECORD_AFTER.match(text, end))


# A charge named by its legal wording, with no article before "murder" ("charged with
# first-degree murder of a peace officer", "special circumstances of murder of a police
# officer"): the offence, which names its victim with "a"; the news tells a death with "the
# murder of a physician". And a parent's children ("a mother of 2").
_CHARGE_BEFORE = re.compile(
    r"(?:^|[:;,(]|\b(?:of|with|for|and|or))\s+(?:(?:first|second|third)-degree\s+)?murder\s+of\s+$", re.IGNORECASE
)
# Killings only plotted: "conspiracy to commit eight murders".
_PLOTTED_BEFORE = re.compile(
    r"\b(?:conspiracy|conspiring|conspired|plot|plotting|plotted)\s+to\s+commit\s+$", re.IGNORECASE
)
_PARENT_BEFORE = re.compile(r"\b(?:mother|father|parent|grandmother|grandfather|mom|mum|dad)s?\s+of\s+$", re.IGNORECASE)
# "one" as a pronoun: "killing one another", "the one that killed the girl".
_ONE_ANOTHER = re.compile(r"\s+another\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_THAT_AFTER = re.compile(r"\s+(?:that|which)\b", re.IGNORECASE)
# "one" as the generic pronoun of a condition in the present: "when one is killed, all lose".
_CONDITION_BEFORE = re.compile(r"\b(?:when|if|whenever)\s+$", re.IGNORECASE)
_PRESENT_AFTER = re.compile(r"\s+(?:is|gets)\b", re.IGNORECASE)
# One's own kin lost: "I have lost a son", "what it is to lose a daughter". A person's loss is a
# story detail (GUIDELINES.md section 1: "her husband had been killed" is not annotated), not a count.
_LOSS_BEFORE = re.compile(r"\b(?:lost|lose|loses|losing)\s+$", re.IGNORECASE)
_KIN_ONE = re.compile(
    r"(?:a|an|one)\s+(?:son|daughter|child|brother|sister|husband|wife|father|mother|parent)$", re.IGNORECASE
)
# A sports roster's list of hurt players: "12 players on injured reserve", "put on the injured list".
_ROSTER_AFTER = re.compile(r"[^.;]{0,60}\binjured\s+(?:reserve|list)\b", re.IGNORECASE)


def names_no_count(text: str, start: int, end: int) -> bool:
    """Whether the words around an amount make it no count of victims: the legal name of a
    charge ("convicted of murder of a police officer"), killings only plotted ("conspiracy to
    commit eight murders"), a parent's children ("leaves mother of 2 dead": the mother died,
    not the two), one's own kin lost ("I have lost a son"), a team's injured reserve, or "one"
    as a pronoun ("killing one another", "the one that killed the girl" is a gun, "when one is
    killed"). Substring tests first: this runs for every amount."""
    before = text[max(0, start - 40):start]
    if "commit" in before and _PLOTTED_BEFORE.search(before):
        return True
    if "los" in before[-10:] and _LOSS_BEFORE.search(before) and _KIN_ONE.match(text[start:end]):
        return True  # "I have lost a son": one's own loss, not a toll
    if "injured" in text[end : end + 80] and _ROSTER_AFTER.match(text, end):
        return True  # "12 players on injured reserve": a team's roster, not casualties
    if "of" in before:
        if "urder of" in before and text[start:end].lower().startswith(("a ", "an ")) and _CHARGE_BEFORE.search(before):
            return True
        if " " not in text[start:end] and _PARENT_BEFORE.search(before):
            return True  # a bare number: "the mother of a girl killed" counts the girl
    if text[start:end].lower() != "one":
        return False
    if _CONDITION_BEFORE.search(text, max(0, start - 10), start) and _PRESENT_AFTER.match(text, end):
        return True  # "when one is killed, the village grieves": anyone, not a count of one
    return bool(_ONE_ANOTHER.match(text, end)) or (
        bool(_THE_BEFORE.search(text, max(0, start - 5), start)) and bool(_THAT_AFTER.match(text, end)))


# A page label right after a bare number: a flattened web page runs its counters ("85" views,
# "12" comments) into the "Related" list of links to other stories.
_PAGE_LABEL_AFTER = re.compile(r"\s+(?:Related|Views|Comments)\b")


def counts_page_items(text: str, start: int, end: int) -> bool:
    """Whether a bare number is a page counter before a page label ("... 85 Related Daesh
    Commander Killed ..."): the headline that follows belongs to another story, and the number
    counts views or comments, never people. Substring test first: this runs for every amount."""
    tail = text[end:end + 10]
    if "Related" not in tail and "Views" not in tail and "Comments" not in tail:
        return False
    return text[start:end].isdigit() and bool(_PAGE_LABEL_AFTER.match(text, end))


# Short words a headline leaves in lower case ("Graves of Over 20", "Strikes on a Camp").
_HEADLINE_SMALL_WORDS = frozenset({"of", "in", "on", "to", "the", "a", "an", "and", "for", "at", "by", "with"})


def follows_photo_credit(doc: Doc, number: Token) -> bool:
    """Whether a number sits in a headline run right after a photo credit ("AP Photo Jane Roe
    Troops Find Graves of Over 20 ..."): a flattened page sets the caption credit and the link
    to another story in the text, and that headline's figure is not this article's. The run from
    the credit to the number must be all title-case words (small words aside). The whole
    parse's text is read first (built once per parse): this runs for every number, and
    `doc.text` or `number.sent` made a token object per word each time."""
    text = doc_text(doc)
    if "Photo " not in text:
        return False
    before = text[number.sent.start_char:number.idx]
    if "Photo " not in before:
        return False
    words = before[before.index("Photo ") + 6:].split()
    return len(words) >= 4 and all(w[:1].isupper() or w.lower() in _HEADLINE_SMALL_WORDS for w in words)


def states_an_age(doc: Doc, number: Token) -> bool:
    """Whether a bare number set off by commas after a name is that person's age ("Jane Roe,
    34, was shot dead"): news style gives a named person's age in apposition, and the number
    counts years, not victims. A number with a noun of its own ("Homs, 12 dead,") is not bare."""
    i = number.i
    if not (number.pos_ == "NUM" and number.text.isdigit() and int(number.text) < 120 and 1 < i < len(doc) - 1
            and doc[i + 1].text in (",", ")")):
        return False
    if doc[i - 1].lower_ == "both" and doc[i - 2].text == ",":
        return True  # "X and Y, both 51, died": the two named people's age
    return number.dep_ == "appos" and number.head.pos_ == "PROPN" and number.head.i < i and doc[i - 1].text == ","


def pictured_one(word: Token) -> bool:
    """Whether a singular person noun with a fate only as its adjective ("an injured boy",
    "a wounded man") is the subject of a present-tense verb that tells no fate ("waits",
    "sits", "lies"): photo captions describe one person in the scene this way, and GUIDELINES.md
    section 1 counts reported tolls, not people seen in a picture ("a boy dies" keeps its count,
    the verb itself tells the fate)."""
    if not any(c.dep_ == "amod" and trigger_of(c) is not None for c in word.children):
        return False
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.dep_ == "dobj":
        return _handles_a_part(word.head.head)
    verb = word.head
    if word.dep_ != "nsubj" or verb.tag_ != "VBZ" or trigger_of(verb) is not None:
        return False
    return verb.lemma_.lower() not in ("be", "have", "remain")  # "a wounded man remains in hospital": a toll


# Parts of a person a rescuer or mourner handles in a scene ("covered the face of a dead boy").
_PERSON_PARTS = frozenset({"face", "head", "hand", "hands", "arm", "feet", "foot"})


def _handles_a_part(part: Token) -> bool:
    """Whether "the face of a dead boy" is the object of a verb that tells no fate: someone in
    the scene touches or covers the person; a figure never counts people this way."""
    return part.lower_ in _PERSON_PARTS and trigger_of(part.head) is None


def _describes_a_name(word: Token) -> bool:
    """Whether a singular person noun the victim table leaves without a side stands in
    apposition to a name ("killed Abu X, a local leader"): it describes the named man, and
    GUIDELINES.md section 1 leaves named individuals without a count phrase out; a noun with a
    side keeps its count ("executed X, a US aid worker")."""
    if word.dep_ != "appos" or word.head.pos_ != "PROPN":
        return False
    found = victim(word)
    return found is None or not found[2]


def _titles_a_name(word: Token) -> bool:
    """Whether a person noun is the title of the name after it ("reporter Omar Khalil was
    killed"): the parser makes it a compound of the name, the subject of the verb."""
    head = word.head
    return head.pos_ == "PROPN" and head.i > word.i and head.dep_ in ("nsubjpass", "nsubj")


def agent_of_harm(word: Token, named_object: bool = False) -> bool:
    """Whether the counted person is the subject of an active verb that has people as its
    object ("a bomber killed 16", "three gunmen killed two guards"): the subject did the harm.

    With named_object (an amount with its noun) the verb must itself name a harm and its object
    must be counted people with no fate of their own after them: in a headline "12 people
    killed 30 wounded" the parser makes "30" the object of "killed", in "troops taken hostage"
    "hostage" that of "taken". The subject of a verb that opens the clause as its subject
    counts too ("two bombers driving trucks killed 30": the parser makes "driving" the subject
    of "killed")."""
    if any(_harms_in_relative(c) for c in word.children):
        return True  # "an employee who shot and killed two co-workers"
    if word.dep_ != "nsubj":
        return False
    verb = word.head
    if not named_object:
        return any(harmed_object(c) or _named_person(c) or _own_person(c, verb) for c in _objects(verb))
    if verb.dep_ == "csubj":
        verb = verb.head
    if _own_fate(word) or trigger_of(verb) not in _HARM_CATEGORIES:
        return False
    return any(harmed_object(c) and _named_victims(c) for c in _objects(verb))


# Nouns for the one who attacks: killing such a person says the subject fought back.
_ATTACKER_LEMMAS = frozenset({"shooter", "gunman", "attacker", "assailant", "sniper", "bomber", "killer"})


def _named_person(obj: Token) -> bool:
    """An object that is a person named in full ("a sniper killed Dr. Jan Roe") or an attacker
    ("an off-duty policeman killed the shooter"): the subject of that verb did the killing. A
    name of one word is left out: the parser makes a day ("killed Monday") an object."""
    if obj.dep_ != "dobj":
        return False
    if obj.lemma_.lower() in _ATTACKER_LEMMAS:
        return True
    return obj.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children)


# People named by whose they are ("his wife", "her neighbour"): the object of a harm verb.
_OWN_PEOPLE = frozenset({
    "wife", "husband", "girlfriend", "boyfriend", "partner", "mother", "father", "son", "daughter", "brother",
    "sister", "child", "children", "neighbour", "neighbor", "friend", "colleague", "boss", "stepfather", "stepmother",
})


def _own_person(obj: Token, verb: Token) -> bool:
    """An object named as someone's own ("a man stabbed his girlfriend and his mother to death",
    "shot his wife"): the subject of the harm verb did the harm. Only a harm verb's own object:
    "a man lost his son" tells nothing of who harmed whom."""
    if obj.dep_ != "dobj" or trigger_of(obj.head) not in _HARM_CATEGORIES:
        return False
    for person in (obj, *obj.conjuncts):  # "his ex-girlfriend and his own mother"
        owned = any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in person.children)
        if owned and person.lemma_.lower() in _OWN_PEOPLE:
            return True
    return False


def _harms_in_relative(clause: Token) -> bool:
    """Whether a relative clause on the counted person says that person harmed people ("a woman
    who shot and killed two co-workers"): "who" is the subject of a harm verb with an object."""
    if clause.dep_ != "relcl" or clause.pos_ != "VERB" or trigger_of(clause) not in _HARM_CATEGORIES:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
        return False
    return any(harmed_object(c) for c in _objects(clause))


def _objects(verb: Token) -> list[Token]:
    """The verb's children, and those of a harm verb joined to it that shares its subject
    ("two officers shot and killed a teenager": the object hangs on "killed", so "shot" alone
    reads like a headline's "two officers shot")."""
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == verb.tag_
              and not any(g.dep_.startswith("nsubj") for g in c.children) and trigger_of(c) in _HARM_CATEGORIES]
    return [*verb.children, *(g for c in joined for g in c.children)]


_HARM_CATEGORIES = frozenset({"killed", "injured", "executed"})


def _named_victims(obj: Token) -> bool:
    """An object that names its people ("two guards"), with no participle of its own after it."""
    return obj.pos_ != "NUM" and not casualty_word(obj) and not _own_fate(obj)


def _own_fate(noun: Token) -> bool:
    """Whether a casualty word hangs on the noun or follows it ("100 people killed and ...")
    other than the verb the noun is the subject of."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    follows = after is not None and after != noun.head and trigger_of(after) is not None
    return follows or any(trigger_of(c) is not None for c in noun.children)


# Kin and household nouns: "the families of five rebels" are the rebels' kin, not the rebels.
_KIN_LEMMAS = frozenset({
    "family", "household", "relative", "wife", "husband", "widow", "parent", "mother", "father", "son",
    "daughter", "brother", "sister", "kin",
})


def owner_of_kin(noun: Token) -> bool:
    """Whether the counted people are named as those whose kin the sentence is about ("executed
    the families of five rebels", "the wives of two officers were killed"): the kin noun before
    "of" is who the casualty word is about, the people counted after it are not its victims.
    "a family of six people" gives the size of one family instead: those six are its members."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i > prep.i:
        return False
    kin = prep.head
    sized = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kin.children)
    return kin.lemma_.lower() in _KIN_LEMMAS and not sized


def breaks_down_a_count(doc: Doc, number: Token, span: AmountSpan) -> bool:
    """ "28 killed including one of their leaders": "one of" after "including" is a count of
    one when a number before it gives the figure broken down ("so many people including one
    of our colleagues" breaks down no figure)."""
    return introduces_subcount(doc_text(doc), span.start) and any(t.like_num for t in doc[: number.i - 1])


# Verbs whose subject tells the news rather than suffers it ("a medic said", "two residents told").
SPEECH_LEMMAS = frozenset({"say", "tell", "report", "add", "state", "announce", "explain", "recount", "describe"})


def speaks(word: Token, span: AmountSpan) -> bool:
    """Whether the counted person is the subject of a verb of saying. Only a phrase that opens
    its clause (sentence start or after a comma) counts: in wire copy stripped of commas,
    "killed 1102 people said the Observatory" parses the victims as the subject of "said"."""
    if word.dep_ != "nsubj" or word.head.lemma_.lower() not in SPEECH_LEMMAS:
        return False
    before = doc_text(word.doc)[: span.start].rstrip()
    return not before or before[-1] in ",;:"


# Verbs and nouns of news received: a person they come "from" told it ("received the
# information from a lawyer", "heard from two doctors", "a report from a nurse").
INFORMATION_LEMMAS = frozenset(
    {"receive", "hear", "learn", "get", "obtain", "gather", "information", "news", "report", "word", "account"}
)


def informs(word: Token) -> bool:
    """Whether the counted person is where news came from, not one it tells of. The parser may
    hang "from" on what the news is about ("the information about the killings from a lawyer")."""
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ != "from":
        return False
    told = prep.head
    if told.dep_ == "pobj" and told.head.lower_ in ("about", "of", "on"):
        told = told.head.head
    return told.lemma_.lower() in INFORMATION_LEMMAS


# Verbs whose recipient ("to a reporter", "told a journalist") hears the news: with "say" and
# its kin, "confirm", "speak", "talk", "deny", "reveal" and "disclose" take one too.
HEARING_LEMMAS = SPEECH_LEMMAS | {"confirm", "speak", "talk", "deny", "reveal", "disclose"}


def hears(word: Token) -> bool:
    """Whether the counted person is the one a verb of saying tells it to ("a source confirmed
    the toll to an AFP correspondent", "told a reporter"): the recipient of the news, who is
    no victim of it."""
    if word.dep_ == "dative":
        return word.head.lemma_.lower() in HEARING_LEMMAS
    prep = word.head
    return (word.dep_ == "pobj" and prep.lower_ == "to" and prep.dep_ in ("prep", "dative")
            and prep.head.lemma_.lower() in HEARING_LEMMAS)


def names_a_speaker(word: Token) -> bool:
    """ "..., said Omar Khaled, a local nurse": a person noun in apposition to the named subject
    of a verb of saying that closes the sentence describes the one telling it, who is no
    victim ("Omar Khaled, a nurse, said he was wounded" tells of his own wound)."""
    head = word.head
    return (word.dep_ == "appos" and head.pos_ == "PROPN" and head.dep_ == "nsubj"
            and head.head.lemma_.lower() in SPEECH_LEMMAS and head.head.i < head.i)


# Verbs whose infinitive names a harm not (yet) done: "tried to kill", "threatened to kill",
# "intended to kill", "conspiring to kill".
_ATTEMPT_VERBS = frozenset({"try", "attempt", "threaten", "plot", "plan", "seek", "intend", "conspire"})


def attempted(trigger: Token) -> bool:
    """Whether the harm word names a harm only tried, planned or threatened ("tried to kill a
    man", "attempting to murder three people", "the attempted murder of a guard", "threatened
    to kill him"): the verb says nothing about what befell the people, so the amount states no
    casualty figure (a wound from the attempt is told by its own words)."""
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in _ATTEMPT_VERBS:
        return True
    if trigger.lower_ == "shot" and _shot_at(trigger):
        return True  # "three doctors were shot at": fired upon, not hit
    return any(child.dep_ in ("amod", "compound") and child.lemma_.lower() in ("attempt", "attempted")
               for child in trigger.children)


def _shot_at(trigger: Token) -> bool:
    """Whether "shot" is "shot at" with nothing after "at" but the clause's end or its agent
    ("were shot at.", "shot at by snipers"): the people were fired upon; "shot at a checkpoint"
    names a place."""
    doc = trigger.doc
    nxt = doc[trigger.i + 1] if trigger.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ != "at":
        return False
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    return after is None or after.is_punct or after.lower_ in ("by", "but", "and")
