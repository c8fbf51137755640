"""Reading a speaker out of the words next to a speech verb: a name, an organisation, an
unnamed description ("one resident of the town") or a pronoun.

Split from quotes.py so that the word lists and the noun-phrase rules that use them sit
together, apart from the code that decides which words around a quote to look at
(speakers.py). Everything here is plain string work on a handful of words; no parser.
"""

from __future__ import annotations

import re


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words before a name that say what the person is, not who ("Foreign Minister Walid Muallem").
TITLE_WORDS = _wordset("""mr mrs ms dr prof president minister spokesman spokeswoman spokesperson chief head director
    commander general gen lieutenant lt colonel col major maj captain capt sergeant sgt brigadier
    sheikh sheik imam bishop father pope king queen prince emir ambassador envoy secretary
    secretary-general governor gov mayor senator sen representative rep deputy premier chairman
    chairwoman founder leader official activist monitor correspondent coordinator adviser advisor""")
# A capitalised name holding one of these is an organisation, not a person.
ORG_WORDS = _wordset("""observatory ministry army group committee council organization organisation agency forces
    network coalition union office command government state news press rights watch commission
    department authority authorities police militia front brigade brigades party nations
    institute center centre foundation association corps movement""")
# Capitalised at the start of a sentence, but nobody's name: "Witnesses said".
COMMON_SPEAKERS = _wordset("""witnesses witness residents resident activists activist officials official sources source
    medics doctors doctor survivors survivor locals people police rebels soldiers observers""")
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})
PARTICLES = frozenset({"al", "al-", "el", "bin", "ibn", "abu", "abdel", "de", "van", "von", "da", "di"})
NAME_JOINERS = frozenset({"for", "of", "and"})  # inside a name: "Observatory for Human Rights"
DETERMINERS = _wordset("a an the one another two three several some many most other his her their this")
# A phrase starting with one of these is not a subject: "... 'massacre' and residents said".
NOT_SUBJECT = _wordset("and but or that which who whom as if when while because so then")
# Before a capitalised run these make it a place or a time, not the speaker.
PREPOSITIONS = _wordset("in on at from by with to during since throughout across near into last this next until")
CALENDAR_WORDS = _wordset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday"""
)
# After a name these open an apposition even when the commas are lost ("X the head of Y").
APPOSITION_STARTS = frozenset({"the", "a", "an"})
# Trailing words between a subject and its verb: "X also said", "X has told".
SUBJECT_FILLERS = _wordset(
    "also later further then has have had earlier again previously reportedly was is were went on to would will"
)
# Sentence openers that are not part of the subject ("But X said", "However, ...").
CONNECTIVES = _wordset("but and however meanwhile also yet so still then now later")
SUBJECT_MAX_WORDS = 10
# Inside a subject these show a clause instead ("... Tuesday but did not say").
CLAUSE_WORDS = _wordset("but not if when because while did does")
# Words that make a phrase a clause rather than a subject noun phrase ("did not").
NOT_NOUNS = _wordset("did does do not had has have was were is are be been would could should will can may might")

_AFTER_CUT = re.compile(r"[,.;:!?“”\"«»()\[\]—–\n]")
_ABBREVIATION_DOT = re.compile(r"\b(Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Rev|Gov|Sen|Rep|St|[A-Z])\.")
_PREFIXED_NAME = re.compile(r"[a-z]{1,3}-[A-Z]")  # "al-Assad", "el-Sisi"

# (phrase, kind): kind is "person", "org", "desc" (an unnamed speaker) or "pron"
Candidate = tuple[str, str]


def subject(phrase: str) -> Candidate | None:
    """The speaker in the words before a speech verb, past an apposition ('X, the head of Y,')."""
    segments = phrase.split(",")
    chosen = segments[-3] if len(segments) >= 3 and not segments[-1].strip() else segments[-1]
    words = chosen.split()
    while words and words[0].lower() in CONNECTIVES | PREPOSITIONS | CALENDAR_WORDS and words[0][0].isupper():
        words = words[1:]  # "But Kremlin spokesman Dmitry Peskov said", "On Tuesday X said"
    while words and (words[-1].lower() in SUBJECT_FILLERS | CALENDAR_WORDS or words[-1].isdigit()):
        words.pop()  # "X also said", "the sources went on to say", "Officials on Tuesday said"
        if words and words[-1].lower() in PREPOSITIONS:
            words.pop()
    if words and (words[-1].lower() in NOT_SUBJECT or any(w.lower() in CLAUSE_WORDS for w in words)):
        return None  # "groups which had declared", "Tuesday but did not say": a clause
    lead = _name_run(words)
    if 1 < len(lead) < len(words) and (words[len(lead)].lower() in APPOSITION_STARTS or _is_title(words[len(lead)])):
        return classify(lead)  # "Ammar al-Selmo the head of the rescue service" (commas lost)
    return classify(words[-SUBJECT_MAX_WORDS:])


def after_verb(rest: str) -> Candidate | None:
    """The speaker after an inverted verb: 'said Rami Abdel Rahman, the head of SOHR'."""
    rest = _ABBREVIATION_DOT.sub(r"\1", rest)  # "said Dr. Mona Salem", "George W. Bush"
    words = _AFTER_CUT.split(rest, maxsplit=1)[0].split()[:SUBJECT_MAX_WORDS]
    if not words:
        return None
    if words[0].lower() in PRONOUNS:
        return classify(words[:1])
    if words[0].lower() in DETERMINERS:
        cut = next((k for k in range(1, len(words)) if _ends_description(words, k)), None)
        return classify(words[:cut])
    return classify(_name_run(words))


def _ends_description(words: list[str], k: int) -> bool:
    """Does words[k] end "the statement" in "according to the statement UNICEF continues"?"""
    w, before = words[k], words[k - 1].lower()
    if w.lower() in NOT_SUBJECT | PREPOSITIONS or w.endswith("ing"):
        return True
    return _capitalised(w) and not _capitalised(words[k - 1]) and before not in DETERMINERS | NAME_JOINERS | TITLE_WORDS


def _name_run(words: list[str]) -> list[str]:
    """The leading capitalised words, with joiners and titles between them ('Observatory head Rami')."""
    run: list[str] = []
    for k, w in enumerate(words):
        low, nxt = w.lower(), words[k + 1] if k + 1 < len(words) else ""
        if (_capitalised(w) and low not in DETERMINERS) or (low in TITLE_WORDS | PARTICLES and _capitalised(nxt)):
            run.append(w)
        elif (
            run
            and (low in NAME_JOINERS or (low == "the" and run[-1].lower() in NAME_JOINERS))
            and (_capitalised(nxt) or nxt.lower() == "the")
        ):
            run.append(w)  # "Organisation for the Prohibition of Chemical Weapons"
        else:
            break
    while run and not _capitalised(run[-1]):
        run.pop()
    return run


def classify(words: list[str]) -> Candidate | None:
    """Name (person or organisation), unnamed description, or pronoun — or not a subject."""
    if not words or words[0].lower() in NOT_SUBJECT:
        return None
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return (words[0], "pron")
    if not _capitalised(words[-1]):
        return _description(words)
    start = len(words) - 1
    while start > 0 and _in_name(words, start - 1):
        start -= 1
    before = words[start - 1].lower() if start > 0 else ""
    if before == "the" and start > 1:
        before = words[start - 2].lower()  # "in the Middle East"
    named = _name(words[start:])
    if named and named[1] == "person" and _is_org(words[start:]):
        return named  # "the director of the Syrian Observatory Rami Abdel Rahman" (commas lost)
    if before in ("of", "for") or (len(words) - start == 1 and words[-1].lower() in COMMON_SPEAKERS):
        return _description(words)  # "the head of SOHR", "Witnesses"
    if before in PREPOSITIONS or words[-1].lower() in CALENDAR_WORDS:
        return None  # "in the Middle East said", "last September said": not the subject
    return named or _description(words)


def _description(words: list[str]) -> Candidate | None:
    """An unnamed speaker: the noun phrase from its last determiner outside a prepositional
    phrase ("one resident of the town", "throughout Raqa the statement")."""
    starts = [
        k
        for k, w in enumerate(words)
        if w.lower() in DETERMINERS and (k == 0 or words[k - 1].lower() not in PREPOSITIONS | NAME_JOINERS)
    ]
    if starts:
        return (" ".join(words[starts[-1] :]), "desc")
    person = _name(_name_run(words)) if words[0][0].isupper() else None
    if person and person[1] == "person" and len(person[0].split()) > 1:
        return person  # "Zakaria Malahifji of the Aleppo-based Fastaqim opposition group"
    plain = all(w.lower() not in PREPOSITIONS | NOT_SUBJECT | NAME_JOINERS | NOT_NOUNS for w in words)
    if words[-1].lower() in COMMON_SPEAKERS or words[0][0].isupper() or (plain and len(words) <= 3):
        return (" ".join(words), "desc")  # "state media said", "medical sources said"
    return None


def _name(run: list[str]) -> Candidate | None:
    """A capitalised run as a speaker's name, without titles ("Foreign Minister") or "X-based"."""
    titles = [k for k, w in enumerate(run) if _is_title(w)]
    words = run[titles[-1] + 1 :] if titles else run
    if titles and words and words[0].lower() in NAME_JOINERS:
        words = words[1:]  # "Secretary of State John Kerry": the title goes on to the last two words
        while len(words) > 2 and words[0].lower() not in PARTICLES:
            words = words[1:]
    while words and (words[0].lower() in NAME_JOINERS | {"the"} or words[0].lower().endswith("-based")):
        words = words[1:]
    orgs = [k for k, w in enumerate(words) if _is_org([w])]
    after_org = words[orgs[-1] + 1 :] if orgs else []
    if len(after_org) >= 2 and not any(w.lower() in NAME_JOINERS | {"the"} for w in after_org):
        words = words[orgs[-1] + 1 :]  # "SOHR Rami Abdel Rahman": the person speaking for it
    joins = [k for k, w in enumerate(words) if w.lower() in NAME_JOINERS]
    if joins and joins[0] >= 2 and not _is_org(words[: joins[0]]):
        words = words[: joins[0]]  # "Yasser al-Youssef of the Zinki faction": the person
    if not words:
        return None
    name = re.sub(r"[’']s$", "", " ".join(words))
    return (name, "org" if _is_org(words) else "person")


def _is_title(word: str) -> bool:
    return any(part in TITLE_WORDS for part in word.lower().rstrip(".").split("-"))


def _in_name(words: list[str], k: int) -> bool:
    """Does words[k] belong to the capitalised name that follows it?"""
    w, before = words[k].lower(), words[k - 1] if k > 0 else ""
    if w in DETERMINERS:  # "... in Aleppo The Syrian Observatory": a new name starts after "The"
        return w == "the" and before.lower() in NAME_JOINERS
    if _capitalised(words[k]):
        return True
    return w in NAME_JOINERS | PARTICLES and (_capitalised(before) or before.lower() == "the")


def _capitalised(word: str) -> bool:
    return bool(word) and (word[0].isupper() or bool(_PREFIXED_NAME.match(word)))


def _is_org(words: list[str]) -> bool:
    return any(w.lower() in ORG_WORDS or (len(w) >= 2 and w.isupper()) for w in words)
