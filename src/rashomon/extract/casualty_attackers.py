"""Attack mentions: where an article says who attacked, whether or not a figure hangs on it.

Why: reports rarely put the attacker in the clause of the figure. "At least 15 people were
killed in government air strikes", "Russian jets bombed a clinic, killing 12", "19 soldiers
were killed when rebels blew up a tunnel", "Among those killed were 105 children" (the
attack was named a sentence earlier). The clause-level rules of casualty_actors.py read the
tree; this module reads the whole article once, with cheap patterns, for the places where
an armed actor is said to have attacked:

- an actor or an attacker word before an attack noun: "Russian air strikes", "regime
  shelling", "rebel rocket attacks", "an IS car bomb", "Russian and regime warplanes";
- an actor after "by": "airstrikes carried out by the Russian air force", "an assault by the
  rebel coalition" (not "backed by", "held by", "reported by" ...);
- an actor before an attack verb: "rebels attacked", "Russian jets bombed", "the regime
  targeted", "rebels blew up";
- an actor after a clash noun: "killed in clashes with regime troops" (GUIDELINES.md section 5:
  for combatants killed in clashes the perpetrator is the other side).

Attacker words (data/actors.json "attacker_words") are adjectives that name a side only in
front of an attack or force noun ("regime", "Russian", "rebel", "coalition"): alone they are
no actor ("Russian" in "the Russian Defence Ministry said" is a source, which the actor table
already takes whole).
"""

from __future__ import annotations

import bisect
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from rashomon.extract.actors import actor_role, actor_spans, resolve_generic, story_country

_DATA = Path(__file__).resolve().parent.parent / "data" / "actors.json"
# Roles of actors that can carry out an attack (a monitor or a news agency cannot).
ATTACKER_ROLES = frozenset({"armed group", "state forces", "foreign forces"})
# Nouns of an attack or of the weapon that carried it out: an attacker before one of them
# attacked ("Russian air strikes", "regime helicopters").
_WEAPON_NOUN = (
    r"(?:air ?strikes?|strikes?|air ?raids?|raids?|shelling|bombardments?|bombings?|bombs?|attacks?|"
    r"assaults?|offensive|barrages?|shells?|rockets?|missiles?|mortars?|artillery|fire|gunfire|"
    r"war ?planes?|(?:fighter )?jets?|aircrafts?|planes?|helicopters?|drones?|air ?force|sorties|"
    r"snipers?|operations?|campaign|onslaught|siege|bombers?|blasts?|explosions?)"
)
# Nouns of a force: an attacker word before one names an actor ("regime soldiers", "the rebel
# coalition"), who attacked only if the words around say so ("30 regime soldiers were killed").
_FORCE_NOUN = r"(?:forces|troops|soldiers|army|militias?|militiamen|fighters|militants|gunmen|coalition|alliance|units)"
# Words that may stand between the attacker and the attack noun ("Russian fighter jets",
# "rebel rocket attacks", "Syrian government air strikes"); attacker words join them when the
# patterns are built ("Russian and Syrian regime strikes").
_MODIFIERS = (
    r"air|aerial|artillery|rocket|mortar|heavy|intense|intensified|fresh|renewed|deadly|fighter|"
    r"military|barrel|car|suicide|chemical|missile|ground|government|regime|army|ballistic|cluster|"
    r"incendiary|helicopter|tank|sniper|gas|bomb|poison|guided|naval|and|&|earlier|recent|new|further|"
    r"continued|continuing|ongoing|indiscriminate|massive|suspected|alleged|presumed|apparent|latest|"
)
# Most modifier words between an attacker and the attack noun ("Russian and Syrian regime air strikes").
MAX_MODIFIERS = 4
# Attack verbs after an actor ("rebels attacked", "Russian jets bombed", "the regime fired").
_ATTACK_VERB = re.compile(
    r"\s+(?:(?:also|reportedly|allegedly|then|later|have|has|had|again)\s+){0,2}"
    r"(?:attack(?:ed|s)|bomb(?:ed|s)|shell(?:ed|s)|str(?:uck|ikes)|target(?:ed|s)|pound(?:ed|s)|"
    r"bombard(?:ed|s)|raid(?:ed|s)|storm(?:ed|s)|fired|fires|launched|launches|dropped|drops|hit|hits|"
    r"blew up|blows up|carried out|carries out|conducted|shot|opened fire|overran|ambushed|"
    r"claim(?:ed|s)\s+(?:responsibility|an?\s+(?:\w+\s+)?(?:attack|bombing))|"
    # a killing verb only with its object after it: "ISIS killed 12", not "IS fighters killed in"
    r"(?:kill(?:ed|s)|execut(?:ed|es)|behead(?:ed|s)|massacr(?:ed|es)|sl(?:ew|ays))\s+"
    r"(?:at least |more than |over |nearly |about |some |up to |around )?"
    r"(?:\d+|dozens|scores|hundreds|thousands|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|\w+ty\b|a |an |the |its |their |civilians|people|children))\b",
    re.IGNORECASE,
)
# "by" after these words names no attacker ("backed by Russia", "held by rebels", "said by").
_NOT_AGENT = re.compile(
    r"\b(?:backed|supported|held|controlled|besieged|surrounded|led|run|captured|recaptured|seized|"
    r"retaken|taken|said|reported|quoted|cited|claimed|denied|confirmed|announced|published|"
    r"accused|blamed|condemned|documented|recorded|monitored|compiled|used|owned|occupied|"
    r"dominated|populated|inhabited|followed|replaced|hosted|funded|armed|trained)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "accused the Syrian regime of", "blamed Damascus for".
_ACCUSED = re.compile(r"\b(?:accus\w*|blam\w*)\s+(?:the\s+)?$", re.IGNORECASE)
_BEHIND = re.compile(r"\s+(?:was|were|is|are)\s+(?:\w+\s+)?(?:behind|responsible)\b", re.IGNORECASE)
_TARGET = re.compile(r"\b(?:on|against|targeting|targeted|target)\s+(?:the\s+)?$", re.IGNORECASE)
_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_CLASH = re.compile(
    r"\b(?:clash(?:es)?|fighting|battles?|confrontations?|combat|fights?|war)\s+(?:(?:that\s+)?\w+\s+)?"
    r"(?:with|against)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "jets believed to be Russian", "likely government warplanes": a hedged attribution naming
# one actor names it (GUIDELINES.md section 5).
_HEDGED = re.compile(r"\b(?:believed|thought|suspected|said)\s+to\s+(?:be|have\s+been)\s+$", re.IGNORECASE)
# Characters before a mention in which "by" or a clash noun is looked for.
_LOOK_BEFORE = 50
# "regime or Russian jets", "either Russian or Syrian warplanes": alternatives name no one
# (GUIDELINES.md section 5). Looked for in a few words either side of a mention.
_OR_AFTER = re.compile(r"(?:[\s-]+[\w.'’-]+){0,2}?\s+or\s", re.IGNORECASE)
_OR_BEFORE = re.compile(r"\b(?:either|or)\s+(?:[\w.'’-]+\s+){0,2}$", re.IGNORECASE)
_OR_WINDOW = 30


class Mention(NamedTuple):
    """An attacker named in an attack: where, the canonical actor id, and whether the text
    gives it only as one of alternatives ("regime or Russian jets")."""

    start: int
    end: int
    actor: str
    alternative: bool = False


class _Patterns(NamedTuple):
    words_at: re.Pattern[str]  # attacker words: lowercase ones in any case, capitalised as written
    before_weapon: re.Pattern[str]  # modifiers then a weapon noun, right after a mention
    before_force: re.Pattern[str]  # modifiers then a force noun
    words: dict[str, str]  # lowercased attacker word -> actor id or "@generic kind"


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    table = json.loads(_DATA.read_text(encoding="utf-8"))["attacker_words"]
    words = {k: v for k, v in table.items() if not k.startswith("_")}
    lower = sorted((w for w in words if w.islower()), key=len, reverse=True)
    upper = sorted((w for w in words if not w.islower()), key=len, reverse=True)
    alternatives = "(?i:" + "|".join(map(re.escape, lower)) + ")|" + "|".join(map(re.escape, upper))
    modifier = "(?:" + "|".join([_MODIFIERS, *map(re.escape, sorted(words, key=len, reverse=True))]) + ")"
    run = rf"(?:[\s-]+{modifier}){{0,{MAX_MODIFIERS}}}[\s-]+"
    return _Patterns(
        re.compile(rf"(?<![\w'’.-])(?:{alternatives})(?![\w-])"),
        re.compile(rf"{run}{_WEAPON_NOUN}\b", re.IGNORECASE),
        re.compile(rf"{run}{_FORCE_NOUN}\b", re.IGNORECASE),
        {k.lower(): v for k, v in words.items()},
    )


def _word_actor(word: str, country: str) -> str:
    """The actor an attacker word names in a story set in `country`."""
    value = _patterns().words.get(word.lower(), "")
    return resolve_generic(value[1:], country) if value.startswith("@") else value


@lru_cache(maxsize=128)  # per article: must outlast a turn of 32 interleaved articles (workers.py)
def attack_mentions(text: str) -> tuple[Mention, ...]:
    """Every place in `text` where an armed actor is said to attack, in text order.

    The actor spans are those find_actors() reads (the same cached call, so an article's
    actors are matched once), and generic words resolve through the same story country."""
    country = story_country(text)
    found: list[tuple[int, int, str]] = []
    spans = actor_spans(text)
    taken = [start for start, _, _ in spans]
    for start, end, actor in spans:
        if actor_role(actor.id) in ATTACKER_ROLES and _attacking(text, start, end, _WEAPON_END.search(text[start:end])):
            found.append((start, end, actor.id))
    patterns = _patterns()
    for match in patterns.words_at.finditer(text):
        start, end = match.span()
        if _inside(spans, taken, start):
            continue  # part of a longer name ("Syrian Observatory", "Russian forces")
        actor = _word_actor(match.group(0), country)
        if not actor:
            continue
        if patterns.before_weapon.match(text, end) or (text[start].isupper() and _named_as_doer(text, start, end)):
            found.append((start, end, actor))
        elif (force := patterns.before_force.match(text, end)) and _attacking(text, start, force.end(), None):
            found.append((start, force.end(), actor))
    return tuple(Mention(start, end, actor, _alternative(text, start, end)) for start, end, actor in sorted(set(found)))


def named_side(words: str, country: str) -> str:
    """The armed side a phrase of people names ("30 regime soldiers", "Islamic State fighters",
    "members of the SDF"): an armed actor's name, or an attacker word before a force noun;
    "" for none."""
    for _, _, actor in actor_spans(words, country):
        if actor_role(actor.id) in ATTACKER_ROLES:
            return actor.id
    patterns = _patterns()
    for match in patterns.words_at.finditer(words):
        if patterns.before_force.match(words, match.end()):
            return _word_actor(match.group(0), country)
    return ""


def attack_words(text: str, start: int, end: int) -> str:
    """The words of the attack an attacker named at [start, end) carried out: the mention with
    the attack noun or verb right after it ("Russian and regime air strikes", "rebels shelled")."""
    after = _patterns().before_weapon.match(text, end) or _ATTACK_VERB.match(text, end)
    return text[start : after.end() if after else end]


def _inside(spans: tuple, starts: list[int], offset: int) -> bool:
    """Whether `offset` falls inside one of the (sorted, non-overlapping) actor spans."""
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and offset < spans[index][1]


def _named_as_doer(text: str, start: int, end: int) -> bool:
    """A capitalised attacker word alone that names who did it: "accused Damascus of",
    "jets believed to be Russian"."""
    return _accused(text, start, end) or bool(_HEDGED.search(text[max(0, start - _LOOK_BEFORE) : start]))


def _accused(text: str, start: int, end: int) -> bool:
    """ "accused the regime of", "Syrian government forces were responsible for"."""
    return bool(_ACCUSED.search(text[max(0, start - _LOOK_BEFORE) : start]) or _BEHIND.match(text, end))


def _alternative(text: str, start: int, end: int) -> bool:
    """Whether a mention is one of alternatives ("regime or Russian jets")."""
    after, before = text[end : end + _OR_WINDOW], text[max(0, start - _OR_WINDOW) : start]
    return bool(_OR_AFTER.match(after) or _OR_BEFORE.search(before))


_WEAPON_END = re.compile(rf"\b{_WEAPON_NOUN}$", re.IGNORECASE)


def _attacking(text: str, start: int, end: int, weapon_name: re.Match[str] | None) -> bool:
    """Whether an actor named at [start, end) is said to attack there; `weapon_name` when the
    name itself is a weapon ("Russian warplanes", "regime helicopters"). An actor right
    after "on" / "against" / "targeting" is the target ("air strikes on IS kill 10")."""
    before = text[max(0, start - _LOOK_BEFORE) : start]
    target = _TARGET.search(before) is not None
    if not target and (_patterns().before_weapon.match(text, end) or _ATTACK_VERB.match(text, end)):
        return True
    if _CLASH.search(before) or _accused(text, start, end):
        return True
    if _BY.search(before) and not _NOT_AGENT.search(before):
        return True
    return weapon_name is not None and not target and not _NOT_AGENT.search(before)


def last_attacker(text: str, mentions: tuple[Mention, ...], before: int) -> str:
    """The attacker named last before `before`; of joint attackers ("regime and Russian
    bombings") the first named; "" for none or for alternatives."""
    earlier = [m for m in mentions if m.start < before]
    if not earlier:
        return ""
    index = len(earlier) - 1
    while index > 0 and _JOINED.match(text, earlier[index - 1].end, max(earlier[index].start, earlier[index - 1].end)):
        index -= 1
    return "" if earlier[index].alternative else earlier[index].actor


# What stands between two attackers named jointly ("regime and Russian", "Russian & Syrian").
_JOINED = re.compile(r"\s*(?:and|&|,)\s*$", re.IGNORECASE)


def first_named(text: str, mentions: tuple[Mention, ...]) -> list[Mention]:
    """The mentions less the second of joint attackers ("Russian and regime jets" is the
    first named's attack, GUIDELINES.md section 5)."""
    return [
        m
        for i, m in enumerate(mentions)
        if i == 0 or not _JOINED.match(text, mentions[i - 1].end, max(m.start, mentions[i - 1].end))
    ]


def mentions_between(mentions: tuple[Mention, ...], low: int, high: int) -> list[Mention]:
    """The mentions that start in [low, high)."""
    return [m for m in mentions if low <= m.start < high]


# A sentence that speaks of an attack already told ("killed in the attack", "the death toll
# from the raid", "the air strikes which began Saturday") or of its dead ("were among the
# dead", "among those killed"): its figures belong to the attacker named last before it.
_REFERS_BACK = re.compile(
    rf"\b(?:the|this|that|these|those|its|their)\s+(?:(?:{_MODIFIERS}|[\w-]+ed)\s+){{0,2}}{_WEAPON_NOUN}\b(?!\s+(?:by|of)\b)"
    r"|\bamong\s+(?:the\s+dead|those\s+killed|the\s+victims|them)\b",
    re.IGNORECASE,
)


def refers_back(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] speaks of an attack told before, or of its dead."""
    return _REFERS_BACK.search(text, start, end) is not None


# "... but Russia denied carrying out raids there", "an accusation dismissed by the
# government": an explicitly disputed attribution names no one (GUIDELINES.md section 5).
_DISPUTED = re.compile(r"\b(?:denied|denies|dismissed|rejected|disputed)\b", re.IGNORECASE)


def disputed(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] disputes who did it."""
    return _DISPUTED.search(text, start, end) is not None
