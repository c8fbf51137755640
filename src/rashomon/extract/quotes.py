"""Direct quotations, who said them, and the same quotation found in several reports.

Quotes are the one fact that different outlets copy word for word, so they show which
reports rely on the same source and whether one of them edited the words. Finding them is
a linear scan over quote marks, one paragraph (line) at a time; the speaker comes from cheap
patterns around the quote ("..., said X", "X told AFP: ..."), and the spaCy parser is asked
only about sentences that have words outside the quote but no speaker those patterns see.

Decisions (documented because the model has no field for them):
- An unnamed speaker ("one resident of the town", "a government official") is kept as
  written in `speaker` with `speaker_key` "": a descriptive key would split "a resident"
  from "one local man" and so would block matches the text supports.
- A quote of fewer than PARTIAL_QUOTE_WORDS words (a scare quote, "a 'shocking massacre'")
  is still returned, with its speaker; `is_partial` tells it apart, and `match_quotes`
  matches such quotes only word for word, never as a subset of a longer one.
- "he"/"she" ("he added") take the most recent named person speaker of the article, "it"
  the most recent organisation; "they"/"we" stay as written with key "". A surname alone
  ("Abdelrahman said") takes the fuller name the article gives elsewhere.
- Speaker keys come from `rashomon.extract.actors`: `normalise_person` for people, the
  canonical actor id for organisations it knows ("SOHR" = "the Syrian Observatory ...").
- Two quotes stating different figures are never the same quotation, and a one-word quote
  is never matched at all.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from rashomon.extract import nlp
from rashomon.extract.actors import canonical_actor, normalise_person
from rashomon.extract.sentences import sentence_at
from rashomon.model import Article, QuoteFact, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Fewer words than this inside the marks and the quote is a partial or scare quote. Four
# words: "shocking massacre", "a crime against humanity" read as labels, "we will not
# surrender" already reads as a statement.
PARTIAL_QUOTE_WORDS = 4

# Two quotations whose normalised texts score at least this (0..1) are the same. Chosen
# on FA-KES (804 reports, every cross-article pair of quotes of 4+ words): copied quotes
# score 0.89-1.0 ("will not"/"would not go unpunished", "Hasakah"/"Hasakeh"), the closest
# different statements 0.73 (one speaker's two ways of saying the toll may rise); 0.85
# sits in that gap, leaving room for a changed word or spelling in a long quote.
QUOTE_MATCH_THRESHOLD = 0.85

# A one-word quote ("terrorists", "caliphate") is a label that many outlets put in quote
# marks, not a quotation to trace: it is returned by find_quotes but never matched.
MIN_MATCH_WORDS = 2

# A quote of at least this many words may match a longer one that contains it (a report
# quoting a part of the statement). Shorter fragments share words with too many unrelated
# quotes: on FA-KES, 6- and 7-word fragments ("because of the intensity of the ...")
# matched different statements.
CONTAINED_MIN_WORDS = 8

# Number words and their values: a quotation with another figure is another quotation,
# and "five" in one report is "5" in another.
NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
        sixteen seventeen eighteen nineteen twenty""".split()
    )
} | {word: str(10 * k) for k, word in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)}

# A quote running longer than this without its closing mark is dropped: it is a stray
# mark, and the cap keeps a line full of unmatched marks linear. About 600 words, longer
# than any paragraph-long quotation in news text.
MAX_QUOTE_CHARS = 4000

# A key this long that ends another ("abdelrahman" in "ramiabdelrahman") is read as the
# same person's surname; shorter ones ("ali") end too many unrelated names.
MIN_SURNAME_KEY = 5

# How far before the opening mark and after the closing mark the speaker is looked for.
LEAD_CHARS = 300
TAIL_CHARS = 200

# A sentence that follows a quote ending in a full stop is read as its attribution
# ("... knives." Abdelrahman said.) only when it is this short.
SHORT_FRAGMENT_CHARS = 80

_BRACKETED = re.compile(r"\[[^\]]*\]")
_THOUSANDS = re.compile(r"(?<=\d)[,.](?=\d{3}\b)")
_NON_WORD = re.compile(r"[^\w]+")


def find_quotes(article: Article, sentences: list[Sentence]) -> list[QuoteFact]:
    """Every quotation in the article, in order, with its speaker where one is found."""
    text = article.text
    spans = list(_scan(text))
    found: list[QuoteFact] = []
    for start, end, pieces in spans:
        quote = " ".join(text[a:b].strip() for a, b in pieces).strip()
        if not any(ch.isalnum() for ch in quote):
            continue
        sentence = _sentence_span(text, sentences, start, end)
        found.append(QuoteFact(article.id, start, end, text[start:end], sentence, quote=quote))
    _attribute(text, sentences, found)
    return found


def is_partial(quote: QuoteFact) -> bool:
    """True for a scare quote or a fragment too short to be a statement on its own."""
    return len(_words(quote.quote)) < PARTIAL_QUOTE_WORDS


def normalise_quote(quote: str) -> str:
    """The words of a quote for comparison: no editorial [insertions], marks or punctuation."""
    quote = _THOUSANDS.sub("", _BRACKETED.sub(" ", quote))  # "1,000" = "1000"
    quote = quote.replace("’", "").replace("'", "").replace("…", " ")
    return _NON_WORD.sub(" ", quote.lower()).strip()


def same_quote(a: QuoteFact, b: QuoteFact) -> float:
    """How alike two quotations' words are, 0..1, ignoring the speakers.

    The better of a character-level ratio over the whole quotes (spelling, a changed word)
    and, when the shorter quote has CONTAINED_MIN_WORDS words or more, the share of its
    words found in order in the longer one (a report that trimmed or extended the quote).
    Quotes that state different figures are different quotations: 0.
    """
    return _similarity(_prepared(a), _prepared(b))


# A quote ready for comparison: its normalised words, those words joined, its figures.
_Prepared = tuple[list[str], str, frozenset[str]]


def _prepared(q: QuoteFact) -> _Prepared:
    words = _words(q.quote)
    figures = frozenset(NUMBER_WORDS.get(w, w) for w in words if w.isdigit() or w in NUMBER_WORDS)
    return words, " ".join(words), figures


def _similarity(a: _Prepared, b: _Prepared, cutoff: float = 0.0) -> float:
    """same_quote on prepared quotes; scores below `cutoff` may come back as 0 (faster)."""
    (short, short_text, short_figures), (long, long_text, long_figures) = sorted((a, b), key=lambda p: len(p[0]))
    if not short or not short_figures <= long_figures:
        return 0.0
    score = fuzz.ratio(short_text, long_text, score_cutoff=cutoff * 100) / 100.0
    if len(short) >= CONTAINED_MIN_WORDS:
        shared = LCSseq.similarity(short, long, score_cutoff=math.ceil(cutoff * len(short)))
        score = max(score, shared / len(short))
    return score


def match_quotes(quotes_by_article: dict[str, list[QuoteFact]]) -> list[list[QuoteFact]]:
    """Groups of quotes from different articles that are one quotation.

    Pairs scoring at least QUOTE_MATCH_THRESHOLD (partial quotes: word for word) are joined
    best first; a join is refused when the group would hold two quotes of one article or
    two different known speakers. Members are ordered by (article id, offset), groups by
    their first member.
    """
    ordered = sorted(
        (q for quotes in quotes_by_article.values() for q in quotes), key=lambda q: (q.article_id, q.start, q.end)
    )
    group_of = list(range(len(ordered)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(ordered))}
    for _score, i, j in _scored_pairs(ordered):
        gi, gj = group_of[i], group_of[j]
        if gi == gj or not _can_join(ordered, members[gi], members[gj]):
            continue
        for k in members[gj]:
            group_of[k] = gi
        members[gi].extend(members.pop(gj))
    groups = [sorted(m) for m in members.values() if len(m) > 1]
    return [[ordered[k] for k in g] for g in sorted(groups)]


def _scored_pairs(ordered: list[QuoteFact]) -> list[tuple[float, int, int]]:
    """Every matching pair across articles with compatible speakers, best first."""
    prepared = [_prepared(q) for q in ordered]
    partial = [len(p[0]) < PARTIAL_QUOTE_WORDS for p in prepared]
    usable = [len(p[0]) >= MIN_MATCH_WORDS for p in prepared]
    pairs = []
    for i, a in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            b = ordered[j]
            if not (usable[i] and usable[j]) or a.article_id == b.article_id:
                continue
            if not same_speaker(a.speaker_key, b.speaker_key):
                continue
            needed = 1.0 if partial[i] or partial[j] else QUOTE_MATCH_THRESHOLD
            score = _similarity(prepared[i], prepared[j], needed)
            if score >= needed:
                pairs.append((score, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


def _can_join(ordered: list[QuoteFact], left: list[int], right: list[int]) -> bool:
    if {ordered[k].article_id for k in left} & {ordered[k].article_id for k in right}:
        return False
    keys = {ordered[k].speaker_key for k in left + right if ordered[k].speaker_key}
    return all(same_speaker(x, y) for x in keys for y in keys)


def _words(text: str) -> list[str]:
    return normalise_quote(text).split()


def _sentence_span(text: str, sentences: list[Sentence], start: int, end: int) -> str:
    """The sentence holding the quote; for a longer quote, first sentence start to last end."""
    first = sentence_at(sentences, start)
    last = sentence_at(sentences, max(start, end - 1))
    if first is None or last is None:
        lo, hi = max(0, start - LEAD_CHARS), min(len(text), end + TAIL_CHARS)
        line_start = text.rfind("\n", lo, start) + 1 or lo
        line_end = text.find("\n", end, hi)
        return text[line_start : hi if line_end < 0 else line_end]
    return text[first.start : max(first.end, last.end)]


# --- quote marks -----------------------------------------------------------------------------

_OPENERS = {"“": "double", '"': "double", "«": "angle", "‘": "single"}
_CLOSERS = {"double": '”"', "angle": "»", "single": "’"}
_RESTARTS = {"double": "“", "angle": "«", "single": '“"«'}  # an opener that means the open one never closed
_MARK = re.compile(r"[“”\"«»‘’]")
_LINE = re.compile(r"[^\n]+")

# (opening mark offset, family, finished content pieces, start of the current piece)
_Open = tuple[int, str, list[tuple[int, int]], int]
_Span = tuple[int, int, list[tuple[int, int]]]


def _scan(text: str) -> Iterable[_Span]:
    """(start, end, content pieces) of each quotation; a paragraph-long one may span lines."""
    pending: _Open | None = None
    for line in _LINE.finditer(text):
        a, b = line.start(), line.end()
        if pending is not None:  # _continues promised this line opens with a quote mark
            a += len(line.group()) - len(line.group().lstrip()) + 1
            pending = (pending[0], pending[1], pending[2], a)
        found, state = _scan_line(text, a, b, pending)
        yield from found
        pending = None
        if state is None:
            continue
        pieces = [*state[2], (state[3], b)]
        if state[1] != "single" and b - state[0] <= MAX_QUOTE_CHARS and _continues(text, b):
            pending = (state[0], state[1], pieces, b)
        elif state[0] < line.start():  # last paragraph of a long quote left its mark out
            end = b
            while text[end - 1].isspace():  # a "\r" before the newline is not part of the quote
                end -= 1
            yield (state[0], end, [*state[2], (state[3], end)])


def _scan_line(text: str, a: int, b: int, state: _Open | None) -> tuple[list[_Span], _Open | None]:
    """Pair the marks of one line, left to right; also return the quote left open at its end."""
    found: list[_Span] = []
    for m in _MARK.finditer(text, a, b):
        p, mark = m.start(), m.group()
        if state is not None and p - state[0] > MAX_QUOTE_CHARS:
            state = None
        if state is None:
            state = _open(text, p, mark)
        elif (mark in _CLOSERS[state[1]] or _reversed(text, p, mark, state[1])) and _closes(text, p, b, state[1]):
            found.append((state[0], p + 1, [*state[2], (state[3], p)]))
            state = None
        elif mark in _RESTARTS[state[1]]:
            state = _open(text, p, mark)
    return found, state


def _reversed(text: str, p: int, mark: str, family: str) -> bool:
    """A “ typed where ” belongs (or the reverse): judged by the spaces around it."""
    before = text[p - 1] if p > 0 else " "
    after = text[p + 1] if p + 1 < len(text) else " "
    if mark == "“" and family == "double":
        return not before.isspace() and not after.isalnum()  # 'tired,“ said X'
    return mark == "”" and before.isspace() and after.isalnum()  # ' ”We are tired'


def _open(text: str, p: int, mark: str) -> _Open | None:
    family = "double" if _reversed(text, p, mark, "") else _OPENERS.get(mark)
    if family is None or not _opens(text, p):
        return None
    return (p, family, [], p + 1)


def _opens(text: str, p: int) -> bool:
    """An opening mark has something after it; a single one also has a boundary before it."""
    after = text[p + 1] if p + 1 < len(text) else " "
    if after.isspace():
        return False
    if text[p] != "‘":
        return True
    before = text[p - 1] if p > 0 else " "
    return (before.isspace() or before in '([—–-“"') and after.isalnum()


def _closes(text: str, p: int, line_end: int, family: str) -> bool:
    """A closing ’ is not an apostrophe: no letter follows it ("town’s", "don’t")."""
    if family != "single":
        return True
    return p + 1 >= line_end or not text[p + 1].isalnum()


def _continues(text: str, line_end: int) -> bool:
    """Does the next non-empty line open with a quote mark (news convention for a long quote)?"""
    rest = text[line_end : line_end + 200].lstrip()
    return bool(rest) and rest[0] in '“"«'


# --- speakers ------------------------------------------------------------------------------


# Verbs that introduce what someone said. "told X" names the listener, so only the other
# verbs may put the speaker after them ("said Rami Abdel Rahman").
SPEECH_VERBS = (
    "said", "says", "told", "tells", "added", "adds", "stated", "noted", "explained", "warned",
    "claimed", "insisted", "stressed", "wrote", "tweeted", "asked", "replied", "continued",
    "argued", "confirmed", "announced", "declared", "alleged", "admitted", "recalled",
    "commented", "remarked", "urged", "reported", "responded", "say", "quoted", "according to",
)  # fmt: skip
# Verbs (lemmas) the parser may take a quote's speaker from: speech, and naming something
# ("called it a 'massacre'", "described the raid as 'barbaric'").
PARSER_SPEECH_LEMMAS = _wordset(
    """say tell add state note explain warn claim insist stress write tweet ask reply continue argue
    confirm announce declare allege admit recall comment remark urge report call describe term dub
    label brand condemn denounce accuse deny vow promise pledge threaten"""
)
# Word forms of those lemmas: the parser is only asked when one of them is in the sentence.
_PARSER_HINT = re.compile(
    r"\b(?:sa(?:y|ys|id)|t[oe]ll?s?|told|add|state|note|explain|warn|claim|insist|stress|wr[io]te|tweet"
    r"|ask|repl(?:y|ie)|continue|argue|confirm|announce|declare|allege|admit|recall|comment|remark"
    r"|urge|report|call|describ|term|dub|label|brand|condemn|denounce|accus|den(?:y|ie)|vow|promis"
    r"|pledg|threaten)\w*"
)
LISTENER_VERBS = frozenset({"told", "tells"})
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
# Before a quote, "said X:" names the speaker only when X is all that is left before the
# quote; longer ("said the ministry was still trying to ...") it is a reported clause.
INVERTED_LEAD_WORDS = 6
# A bare quote takes a neighbour's speaker only this close (characters between the two).
NEIGHBOUR_CHARS = 300
# Inside a subject these show a clause instead ("... Tuesday but did not say").
CLAUSE_WORDS = _wordset("but not if when because while did does")
# Words that make a phrase a clause rather than a subject noun phrase ("did not").
NOT_NOUNS = _wordset("did does do not had has have was were is are be been would could should will can may might")
# Fewer words than this around a quote in its sentence and it stands bare: it takes the
# speaker of the quote beside it ('"A," he said. "B."') and is not worth a parse.
BARE_QUOTE_WORDS = 3
TAIL_SUBJECT_WORDS = 14  # "..., Karim Al-Hassan, head of the monitoring group, told AFP"

_VERB = re.compile(r"\b(" + "|".join(SPEECH_VERBS).replace("according to", r"[Aa]ccording\s+to") + r")\b")
_CLAUSE_CUT = re.compile(r"[;:“”\"«»()\[\]—–]")
_AFTER_CUT = re.compile(r"[,.;:!?“”\"«»()\[\]—–\n]")
_ABBREVIATION_DOT = re.compile(r"\b(Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Rev|Gov|Sen|Rep|St|[A-Z])\.")
_PREFIXED_NAME = re.compile(r"[a-z]{1,3}-[A-Z]")  # "al-Assad", "el-Sisi"

# (phrase, kind): kind is "person", "org", "desc" (an unnamed speaker) or "pron"
_Candidate = tuple[str, str]


def _attribute(text: str, sentences: list[Sentence], quotes: list[QuoteFact]) -> None:
    """Fill speaker and speaker_key: patterns, then the parser, then the paragraph's other quotes."""
    candidates = [_rule_speaker(text, sentences, quotes, i) for i in range(len(quotes))]
    bare = [False] * len(quotes)  # no words of its own sentence around the quote
    to_parse: list[tuple[int, Sentence]] = []
    for i, q in enumerate(quotes):
        sentence = sentence_at(sentences, q.start)
        if candidates[i] is None and sentence is not None:
            around = _outside(q)
            bare[i] = len(around.split()) < BARE_QUOTE_WORDS
            if not bare[i] and _PARSER_HINT.search(around):
                to_parse.append((i, sentence))
    docs = _parse([sentence.text for _, sentence in to_parse])
    for (i, sentence), doc in zip(to_parse, docs, strict=True):
        candidates[i] = _parser_speaker(doc, quotes[i].start - sentence.start, quotes[i].end - sentence.start)
    _resolve(text, quotes, candidates)
    for i, q in enumerate(quotes):
        if not q.speaker and bare[i]:
            _copy_neighbour(text, quotes, i)


def _rule_speaker(text: str, sentences: list[Sentence], quotes: list[QuoteFact], i: int) -> _Candidate | None:
    q = quotes[i]
    line_start = text.rfind("\n", max(0, q.start - LEAD_CHARS), q.start) + 1
    first = sentence_at(sentences, q.start)
    lead_from = max(line_start, first.start if first else 0, q.start - LEAD_CHARS)
    if i > 0 and quotes[i - 1].end > lead_from:
        lead_from = quotes[i - 1].end
    tail_to = _tail_end(text, sentences, q)
    if i + 1 < len(quotes) and quotes[i + 1].start < tail_to:
        tail_to = quotes[i + 1].start
    return _from_tail(text[q.end : tail_to]) or _from_lead(text[lead_from : q.start])


def _tail_end(text: str, sentences: list[Sentence], q: QuoteFact) -> int:
    """Where the attribution after a quote may run to: its sentence's end, or a short next one."""
    line_end = text.find("\n", q.end, q.end + TAIL_CHARS)
    line_end = min(len(text), q.end + TAIL_CHARS) if line_end < 0 else line_end
    last = sentence_at(sentences, q.end - 1)
    end = last.end if last else line_end
    if end <= q.end:
        nxt = sentence_at(sentences, _skip_space(text, q.end))
        if nxt and nxt.end <= line_end and len(nxt.text) <= SHORT_FRAGMENT_CHARS:
            end = nxt.end
    return min(end, line_end, q.end + TAIL_CHARS)


def _skip_space(text: str, p: int) -> int:
    while p < len(text) and text[p] in " \t":
        p += 1
    return p


def _from_tail(tail: str) -> _Candidate | None:
    """'..., said X' / '..., X said' / '..., he added' / '..., X, the head of Y, said'."""
    m = _VERB.search(tail)
    if m is None:
        return None
    before, after = tail[: m.start()], tail[m.end() :]
    if m.group(1) == "quoted" and not after.lstrip().startswith(("as ", "by ")):
        return _after_verb(after)  # "SANA quoted a police source as saying": the source speaks
    if not before.strip(" ,—–-"):
        return None if m.group(1) in LISTENER_VERBS else _after_verb(after)
    if len(before.split()) > TAIL_SUBJECT_WORDS or _CLAUSE_CUT.search(before):
        return None
    return _subject(before.lstrip(" ,—–-"))


def _from_lead(lead: str) -> _Candidate | None:
    """'X said: ...' / 'X told AP, ...' / 'according to X, ...' / 'an official told AP that it was a'."""
    verbs = list(_VERB.finditer(lead))
    if not verbs:
        return None
    m = verbs[-1]
    rest = lead[m.end() :]
    if m.group(1).lower().startswith("according"):
        return _after_verb(rest)
    if m.group(1) == "quoted" and not rest.lstrip().startswith(("as ", "by ")):
        return _after_verb(rest)  # "SANA quoted a military source as saying the army ..."
    found = _subject(_CLAUSE_CUT.split(lead[: m.start()])[-1])
    if found is None and m.group(1) not in LISTENER_VERBS and len(rest.split()) <= INVERTED_LEAD_WORDS:
        found = _after_verb(rest)  # "said Rami Abdel Rahman: ..."
        if found is not None and found[1] == "pron":
            return None  # "X ... said it had ...": a clause, not an inverted speaker
    return found


def _subject(phrase: str) -> _Candidate | None:
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
        return _classify(lead)  # "Ammar al-Selmo the head of the rescue service" (commas lost)
    return _classify(words[-SUBJECT_MAX_WORDS:])


def _after_verb(rest: str) -> _Candidate | None:
    """The speaker after an inverted verb: 'said Rami Abdel Rahman, the head of SOHR'."""
    rest = _ABBREVIATION_DOT.sub(r"\1", rest)  # "said Dr. Mona Salem", "George W. Bush"
    words = _AFTER_CUT.split(rest, maxsplit=1)[0].split()[:SUBJECT_MAX_WORDS]
    if not words:
        return None
    if words[0].lower() in PRONOUNS:
        return _classify(words[:1])
    if words[0].lower() in DETERMINERS:
        cut = next((k for k in range(1, len(words)) if _ends_description(words, k)), None)
        return _classify(words[:cut])
    return _classify(_name_run(words))


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


def _classify(words: list[str]) -> _Candidate | None:
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


def _description(words: list[str]) -> _Candidate | None:
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


def _name(run: list[str]) -> _Candidate | None:
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


def _outside(q: QuoteFact) -> str:
    """The words of the quote's sentence around the quotation (within the attribution windows)."""
    at = q.sentence.find(q.text, 0, len(q.sentence))
    if at < 0:
        return ""
    return q.sentence[max(0, at - LEAD_CHARS) : at] + " " + q.sentence[at + len(q.text) :][:TAIL_CHARS]


def _parse(texts: list[str]) -> list[Doc]:
    """Parse in one batch through the shared cache (other extractors may have parsed them)."""
    return nlp.parse(texts)


def _parser_speaker(doc: Doc, lo: int, hi: int) -> _Candidate | None:
    """The subject of the speech verb that governs the quote at doc characters lo..hi."""
    inside = [t for t in doc if lo <= t.idx < hi]
    root = next((t for t in inside if t.head is t or not lo <= t.head.idx < hi), None)
    if root is None:
        return None
    chain = []  # the quote's governors, nearest first
    node = root.head
    while node is not root and node not in chain and len(chain) < 8:
        chain.append(node)
        node = node.head
    speech = next((k for k, t in enumerate(chain) if t.pos_ == "VERB" and t.lemma_ in PARSER_SPEECH_LEMMAS), None)
    if speech is None:
        return None  # the quote belongs to a clause that is not speech: no speaker to find
    for verb in chain[speech:]:  # "X placed the toll lower, saying '...'": the subject of "placed"
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not lo <= c.idx < hi]
        if subjects:
            return _subject(doc[subjects[0].left_edge.i : subjects[0].i + 1].text)  # no relative clause
    return None


def _resolve(text: str, quotes: list[QuoteFact], candidates: list[_Candidate | None]) -> None:
    """Turn candidates into speakers: pronouns to the last named speaker, surnames to full names."""
    people = {speaker_key(c[0]): c[0] for c in candidates if c and c[1] == "person" and len(c[0].split()) > 1}
    full_names: dict[str, str] = {}
    last: dict[str, tuple[str, str]] = {}
    for q, found in zip(quotes, candidates, strict=True):
        if found is None:
            continue
        phrase, kind = found
        if kind == "pron":
            target = {"he": "person", "she": "person", "it": "org"}.get(phrase.lower(), "")
            q.speaker, q.speaker_key = last.get(target, (phrase, ""))
            continue
        if kind == "person":
            if phrase not in full_names:
                full_names[phrase] = _full_name(text, phrase, people)
            phrase = full_names[phrase]
        q.speaker, q.speaker_key = phrase, speaker_key(phrase, kind) if kind != "desc" else ""
        if kind != "desc":
            last[kind] = (q.speaker, q.speaker_key)


def _full_name(text: str, name: str, people: dict[str, str]) -> str:
    """A surname alone ("Abdelrahman said") as the fuller name the article gives elsewhere."""
    key = speaker_key(name)
    longer = sorted({p for k, p in people.items() if len(k) > len(key) and k.endswith(key)})
    if len(longer) == 1:
        return longer[0]
    if len(name.split()) > 1 or longer:
        return name
    m = re.search(r"\b((?:[A-Z][\w’'-]+ ){1,3})" + re.escape(name) + r"\b", text)
    if m is None:
        return name
    found = _classify(m.group(0).split())
    return found[0] if found and found[1] == "person" else name


def _copy_neighbour(text: str, quotes: list[QuoteFact], i: int) -> None:
    """A bare quote takes the speaker of a quote next to it in the same paragraph."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(quotes) and quotes[j].speaker:
            first, second = sorted((quotes[i], quotes[j]), key=lambda q: q.start)
            if second.start - first.end <= NEIGHBOUR_CHARS and "\n" not in text[first.end : second.start]:
                quotes[i].speaker, quotes[i].speaker_key = quotes[j].speaker, quotes[j].speaker_key
                return


@lru_cache(maxsize=4096)
def speaker_key(name: str, kind: str = "person") -> str:
    """Key matching one speaker across spellings ("Abdel Rahman" = "Abdelrahman").

    People get the shared person key; an organisation its canonical actor id when the
    actor table knows it ("SOHR" and "the Syrian Observatory for Human Rights" alike).
    """
    if kind == "org":
        actor = canonical_actor(name)
        if actor is not None:
            return actor[0]
    return normalise_person(name)


def same_speaker(a: str, b: str) -> bool:
    """Could two speaker keys be one person? Unknown ("") matches anyone; a surname its full name."""
    if not a or not b or a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= MIN_SURNAME_KEY and long.endswith(short)
