"""A document named as a source ("the statement said", "according to the report") is its issuer.

A document or medium whose owner is named with it ("a Defense Ministry statement", "an
ISIS-affiliated Facebook page", "the group's website") is its owner's.

"The statement", "the report", "the video", "its website" cannot speak: kept as written, the
figure's source is a word no reader can check. Wire copy names the issuer first ("The Health
Ministry issued a statement ... The statement said") or in the same breath as the document
("SOHR said in a statement ..."). The issuer is found from what the article said before; when
none is found the phrase names nobody and gives no source (better none than a junk name).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rashomon.model import AttributionFact, Source

# Nouns for what a body issues, never who speaks.
DOCUMENT_NOUNS = frozenset(
    {"statement", "statements", "report", "communique", "communiqué", "bulletin", "release", "video", "footage",
     "website", "site", "page", "tweet", "post", "account", "letter", "announcement"}
)
# How far back the issuer of "the statement" is looked for: a few paragraphs (about 300 words);
# an issuer named earlier than that is a different document more often than not.
ISSUER_LOOKBACK_CHARS = 2_000
# "X issued a statement", "X released a video on Monday", "X posted a report": X is the issuer.
_ISSUED = re.compile(
    r"((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’-]*)*|(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?)"
    r"\s+(?:\w+\s+)?(?:issued|released|published|posted|put\s+out|sent)\s+(?:a|an|its|their|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(\w+)\b"
)
_POSSESSIVE = re.compile(r"^(.+?)['’]s?\s+\w+$")
# Only a definite document refers back ("the statement", "its report"); "a report" is a new one.
_DOCUMENT_HEAD = re.compile(r"^(?:the|its|their|this|that)\s+(?:[a-z-]+\s+){0,2}?(\w+)$", re.IGNORECASE)

# A named body's document or medium: "a Defense Ministry statement", "the Hawar News report".
_NAMED_DOCUMENT = re.compile(
    r"^(?:(?i:a|an|the)\s+)?(?!(?i:the|a|an|this|that|its|their)\s)((?:[A-Z][\w'’.-]*\s+)+)(\w+)$"
)
# A medium run by a body named in its hyphened modifier: "an ISIS-affiliated Facebook page", "a
# Rebel-run website"; a platform's name may stand before the medium noun.
_AFFILIATED = re.compile(
    r"^(?:(?i:a|an|the)\s+)?([\w'’.]+(?:\s+[A-Z][\w'’.]*)*)-(?:affiliated|linked|run|owned|controlled|aligned|allied)"
    r"\s+(?:(?:Facebook|Twitter|Telegram|YouTube|Instagram|social\s+media|online|news)\s+)?(\w+)$"
)

# An acronym with a bare "s" is its possessive with the apostrophe lost ("the UNs report",
# "ISs statement"): the owner is the acronym.
_ACRONYM_POSSESSIVE = re.compile(r"\b([A-Z]{2,})s$")

Resolver = Callable[[str], Source | None]


def document_head(phrase: str) -> str | None:
    """The document noun a lowercase phrase names ("the statement", "its latest report"), else None."""
    words = phrase.split()
    if not words or words[-1].lower() not in DOCUMENT_NOUNS:
        return None
    if _DOCUMENT_HEAD.match(phrase) or _POSSESSIVE.match(phrase) or _owner_named(phrase):
        return words[-1].lower()
    return None


def _owner_named(phrase: str) -> str | None:
    """The body a document or medium phrase names as its own ("a Defense Ministry statement" ->
    "Defense Ministry", "an ISIS-affiliated Facebook page" -> "ISIS"), else None."""
    affiliated = _AFFILIATED.match(phrase)
    if affiliated and affiliated.group(2).lower() in DOCUMENT_NOUNS:
        return affiliated.group(1)
    named = _NAMED_DOCUMENT.match(phrase)
    if named and named.group(2).lower() in DOCUMENT_NOUNS and named.group(2).islower():
        return _ACRONYM_POSSESSIVE.sub(r"\1", named.group(1).strip())
    return None


def issuer_source(
    phrase: str, text: str, start: int, earlier: list[AttributionFact], resolve: Resolver
) -> Source | None:
    """Who issued the document `phrase` names: a possessor ("the group's website"), the body
    the article said issued such a document, or the latest source that spoke through one."""
    noun = document_head(phrase)
    if noun is None:
        return None
    owner = _POSSESSIVE.match(phrase.strip())
    if owner:
        return resolve(owner.group(1))
    if (named := _owner_named(phrase.strip())) is not None:
        return resolve(named)
    window_start = max(0, start - ISSUER_LOOKBACK_CHARS)
    same = noun.rstrip("s")
    issued = [m for m in _ISSUED.finditer(text, window_start, start) if m.group(2).lower().rstrip("s") == same]
    mention = re.compile(rf"\b{re.escape(same)}s?\b", re.IGNORECASE)
    speaking = [f for f in earlier if f.start >= window_start and f.source.explicit and mention.search(f.sentence)]
    latest_issue = issued[-1].start() if issued else -1
    if speaking and speaking[-1].start > latest_issue:
        return Source(primary=speaking[-1].source.primary, speaker=speaking[-1].source.speaker)
    return resolve(issued[-1].group(1)) if issued else None
