"""A person named with the organisation they head, in a clause: the organisation speaks.

GUIDELINES.md section 6 gives "Observatory director X said" to the Observatory, and the
titled shapes ("X, the head of Y", "said X, head of Y") are resolved that way by
attribution_persons.titled_source. The same relation is also written as a relative clause
whose verb is one of leading an organisation ("X who heads the Y said", "X, who runs the Y,
said", "said X, who founded the Y") or as an appositive with a title ("X, the director of
the Y, said"). The backward scan keeps only the person before such a clause (it is skipped
like any appositive), so the organisation was lost. Here the clause is recognised and
rewritten into the titled form the resolver knows: "X, head of the Y".

The verbs are the closed set English uses for holding an office over a body (head, lead,
run, direct, chair, manage, found, represent, speak for), in the present (one who "headed" a
body no longer speaks for it; "founded" stays: a founder goes on speaking for it); a title noun
with "of/for" ("the director of", "a spokesman for") is the same relation as a noun.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rashomon.extract.attribution_words import word_table

# Verbs of holding an office over a body, in the present ("who heads", "who co-founded").
_LEADING_VERB = (
    r"(?:heads|leads|runs|directs|chairs|manages|(?:co-?)?founded|represents|speaks\s+for)"
)


@lru_cache(maxsize=1)
def _leading_clause() -> re.Pattern[str]:
    """ "who heads", "who is the director of", ", the head of", "a spokesman for": the relation
    of a person to the body named right after it (at the start of the text given)."""
    titles = "|".join(sorted(word_table()["title"], key=len, reverse=True))
    title_of = rf"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:{titles})\s+(?:of|for|at)"
    return re.compile(
        rf"^,?\s*(?:(?:who|which)\s+(?:is\s+|was\s+)?(?:also\s+)?(?:{_LEADING_VERB}|{title_of})|{title_of})\s+"
        r"(?=(?:the\s+)?(?-i:[A-Z]))",  # the body is a name: "who heads the Lakeside Committee"
        re.IGNORECASE,
    )


def leading_clause_end(text: str, start: int) -> int:
    """End of a clause of leading at `start` ("who heads ", ", the head of "), or 0."""
    found = _leading_clause().match(text[start:])
    return start + found.end() if found else 0


def as_titled(phrase: str) -> str:
    """The phrase with a clause of leading made the titled apposition the resolver reads:
    "Omar Haddad who runs the Lakeside Committee" -> "Omar Haddad, head of the Lakeside Committee".
    A phrase without such a clause after its first words is returned unchanged."""
    for who in re.finditer(r",?\s+(?:who|which)\s", phrase):
        found = _leading_clause().match(phrase[who.start() :])
        if found is not None:
            return f"{phrase[: who.start()].rstrip(' ,')}, head of {phrase[who.start() + found.end() :]}"
    return phrase


# A body whose name goes on in lowercase after "for" and a gerund: "the Russian Centre for
# monitoring the truce in the north", "a Committee for protecting journalists". The backward
# scan stops at the first lowercase word it does not know, so the name was lost; the head is a
# capitalised organisation noun, the complement has no punctuation and no clause word in it.
_GERUND_BODY = re.compile(
    r"(?<![\w-])((?:(?:The|the)\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:Center|Centre|Committee|Commission|Office|Council|Agency|Organi[sz]ation|Foundation|Institute|Bureau)"
    r"\s+for\s+[a-z]+ing(?:\s+[\w'’-]+){0,12}?)\s*$"
)


def gerund_body_before(text: str, end: int) -> tuple[int, str] | None:
    """A body named with a lowercase gerund complement ending at `end` ("The Russian Centre for
    monitoring the truce in the north"), as (start, phrase), or None."""
    found = _GERUND_BODY.search(text, max(0, end - 160), end)
    if found is None:
        return None
    complement = found.group(1).split(" for ", 1)[1].lower().split()
    if set(complement) & (word_table()["stop"] - {"and"}):
        return None  # "the Office for X which said", "... that was": a clause, not the name
    name = _TRAILING_PLACE.sub("", found.group(1))  # "... the truce in Syria": where it works, not its name
    return found.start(1), name


# "in Syria", "in the North Region" closing such a name: the place it works in.
_TRAILING_PLACE = re.compile(r"\s+in\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*)+$")
