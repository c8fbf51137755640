"""Who said each quotation, and speaker keys that match one speaker across reports.

Split from quotes.py: finding quote marks and deciding who speaks are separate jobs with
separate failure modes. The speaker comes from cheap patterns in the words around the quote
("..., said X", "X told AFP: ..."); the spaCy parser is asked only about sentences that
have words outside the quote but no speaker those patterns see; a bare quote takes its
neighbour's speaker. Reading the speaker out of the words is in speaker_phrases.py.

Decisions (documented because the model has no field for them):
- An unnamed speaker ("one resident of the town", "a government official") is kept as
  written in `speaker` with `speaker_key` "": a descriptive key would split "a resident"
  from "one local man" and so would block matches the text supports.
- "he"/"she" ("he added") take the most recent named person speaker of the article, "it"
  the most recent organisation; "they"/"we" stay as written with key "". A surname alone
  ("Abdelrahman said") takes the fuller name the article gives elsewhere.
- Speaker keys come from `rashomon.extract.actors`: `normalise_person` for people, the
  canonical actor id for organisations it knows ("SOHR" = "the Syrian Observatory ...").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from rashomon.extract import nlp
from rashomon.extract.actors import canonical_actor, normalise_person
from rashomon.extract.sentences import sentence_at
from rashomon.extract.speaker_phrases import Candidate, after_verb, classify, subject
from rashomon.model import QuoteFact, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

# A key this long that ends another ("abdelrahman" in "ramiabdelrahman") is read as the
# same person's surname; shorter ones ("ali") end too many unrelated names.
MIN_SURNAME_KEY = 5

# How far before the opening mark and after the closing mark the speaker is looked for.
LEAD_CHARS = 300
TAIL_CHARS = 200

# A sentence that follows a quote ending in a full stop is read as its attribution
# ("... knives." Abdelrahman said.) only when it is this short.
SHORT_FRAGMENT_CHARS = 80

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
PARSER_SPEECH_LEMMAS = frozenset(
    """say tell add state note explain warn claim insist stress write tweet ask reply continue argue
    confirm announce declare allege admit recall comment remark urge report call describe term dub
    label brand condemn denounce accuse deny vow promise pledge threaten""".split()
)
# Word forms of those lemmas: the parser is only asked when one of them is in the sentence.
_PARSER_HINT = re.compile(
    r"\b(?:sa(?:y|ys|id)|t[oe]ll?s?|told|add|state|note|explain|warn|claim|insist|stress|wr[io]te|tweet"
    r"|ask|repl(?:y|ie)|continue|argue|confirm|announce|declare|allege|admit|recall|comment|remark"
    r"|urge|report|call|describ|term|dub|label|brand|condemn|denounce|accus|den(?:y|ie)|vow|promis"
    r"|pledg|threaten)\w*"
)
LISTENER_VERBS = frozenset({"told", "tells"})
# Before a quote, "said X:" names the speaker only when X is all that is left before the
# quote; longer ("said the ministry was still trying to ...") it is a reported clause.
INVERTED_LEAD_WORDS = 6
# A bare quote takes a neighbour's speaker only this close (characters between the two).
NEIGHBOUR_CHARS = 300
# Fewer words than this around a quote in its sentence and it stands bare: it takes the
# speaker of the quote beside it ('"A," he said. "B."') and is not worth a parse.
BARE_QUOTE_WORDS = 3
TAIL_SUBJECT_WORDS = 14  # "..., Karim Al-Hassan, head of the monitoring group, told AFP"

_VERB = re.compile(r"\b(" + "|".join(SPEECH_VERBS).replace("according to", r"[Aa]ccording\s+to") + r")\b")
_CLAUSE_CUT = re.compile(r"[;:“”\"«»()\[\]—–]")


def attribute(text: str, sentences: list[Sentence], quotes: list[QuoteFact]) -> None:
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


def _rule_speaker(text: str, sentences: list[Sentence], quotes: list[QuoteFact], i: int) -> Candidate | None:
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


def _from_tail(tail: str) -> Candidate | None:
    """'..., said X' / '..., X said' / '..., he added' / '..., X, the head of Y, said'."""
    m = _VERB.search(tail)
    if m is None:
        return None
    before, after = tail[: m.start()], tail[m.end() :]
    if m.group(1) == "quoted" and not after.lstrip().startswith(("as ", "by ")):
        return after_verb(after)  # "SANA quoted a police source as saying": the source speaks
    if not before.strip(" ,—–-"):
        return None if m.group(1) in LISTENER_VERBS else after_verb(after)
    if len(before.split()) > TAIL_SUBJECT_WORDS or _CLAUSE_CUT.search(before):
        return None
    return subject(before.lstrip(" ,—–-"))


def _from_lead(lead: str) -> Candidate | None:
    """'X said: ...' / 'X told AP, ...' / 'according to X, ...' / 'an official told AP that it was a'."""
    verbs = list(_VERB.finditer(lead))
    if not verbs:
        return None
    m = verbs[-1]
    rest = lead[m.end() :]
    if m.group(1).lower().startswith("according"):
        return after_verb(rest)
    if m.group(1) == "quoted" and not rest.lstrip().startswith(("as ", "by ")):
        return after_verb(rest)  # "SANA quoted a military source as saying the army ..."
    found = subject(_CLAUSE_CUT.split(lead[: m.start()])[-1])
    if found is None and m.group(1) not in LISTENER_VERBS and len(rest.split()) <= INVERTED_LEAD_WORDS:
        found = after_verb(rest)  # "said Rami Abdel Rahman: ..."
        if found is not None and found[1] == "pron":
            return None  # "X ... said it had ...": a clause, not an inverted speaker
    return found


def _outside(q: QuoteFact) -> str:
    """The words of the quote's sentence around the quotation (within the attribution windows)."""
    at = q.sentence.find(q.text, 0, len(q.sentence))
    if at < 0:
        return ""
    return q.sentence[max(0, at - LEAD_CHARS) : at] + " " + q.sentence[at + len(q.text) :][:TAIL_CHARS]


def _parse(texts: list[str]) -> list[Doc]:
    """Parse in one batch through the shared cache (other extractors may have parsed them)."""
    return nlp.parse(texts)


def _parser_speaker(doc: Doc, lo: int, hi: int) -> Candidate | None:
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
            return subject(doc[subjects[0].left_edge.i : subjects[0].i + 1].text)  # no relative clause
    return None


def _resolve(text: str, quotes: list[QuoteFact], candidates: list[Candidate | None]) -> None:
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
    found = classify(m.group(0).split())
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
