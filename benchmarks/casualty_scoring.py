"""Matching and scoring rules of benchmarks/eval_casualties.py (its docstring states them).

Why a module of its own: the rules (one-to-one pairing nearest the gold cue, a figure lying as
near as its nearest mention; the collapse of mentions into figures, the field checks) are what the tests in
tests/test_eval_gold.py pin down, and they must stay fixed while the command around them
(loading, breakdowns, printing) changes. Nothing here reads data.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from rashomon.extract.actors import canonical_actor
from rashomon.model import CasualtyFact

IGNORED_KINDS = frozenset({"casualties"})
COMBINED_CATEGORIES = frozenset({"killed", "injured"})  # what a gold `casualties` figure pairs with
# System actor id -> gold perpetrator id (gold ids: GUIDELINES.md section 5).
PERPETRATOR_IDS = {
    "syria-government": "syrian-government",
    "russia-forces": "russia",
    "syria-rebels": "rebels",
    "rebels": "rebels",
    "ypg": "sdf",
    "al-qaeda": "hts",
    "turkey-forces": "turkey",
    "israel-forces": "israel",
    "iran-forces": "iran",
    "unknown": "",
}
# Gold source id -> system actor ids that stand for it.
SOURCE_IDS = {
    "un": {"un", "ocha", "ohchr", "unhcr", "wfp", "who"},
    "russian-mod": {"russia-forces"},
    "syrian-national-coalition": set(),
    "medical-ngo": {"sams", "msf"},
    "aljazeera": {"al-jazeera"},  # the gold writes the id unhyphenated, the actor table hyphenated
}
MIN_ACRONYM = 3  # shortest gold id read as an acronym of the system's name ("un", "us" have patterns)
# Gold source id -> pattern over the system's source text (case-insensitive).
SOURCE_WORDS = {
    "sohr": r"observatory|\bSOHR\b|abdel ?rahman",
    "un": r"\bU\.?N\b|united nations",
    "medical-ngo": r"medical|\bSAMS\b|\bMSF\b|doctors",  # §13: `medical-ngo` for doctors' NGOs
    "police": r"police",
    # §6: a state's military speaking (its "armed forces" or "general staff" too); §18: anonymous
    # "security sources" of a state; a "field source" (state media's word for an army source at
    # the front, §19)
    "military": r"military|\barmy\b|armed forces|general staff|defen[cs]e ministry|ministry of defen"
    r"|security sources?|field sources?",
    "medical": r"medic|hospital|doctor|physician|health",
    "health-directorate": r"health",
    "activists": r"activist|revolution general commission|\bSRGC\b",  # §6: activists incl. SRGC
    # "opponents of Assad said": opposition figures; "Oposition sources" as an outlet misspells it
    "opposition": r"op?position|\bopponents\b",
    "media": r"media|reports?\b|press",
    "state-tv": r"\bTV\b|television",
    # §6 `state-media`: the state's media by any of the names outlets give it ("regime media"
    # in opposition-leaning outlets, "state-run media", "government media")
    "state-media": r"\bstate(?:-run)?\s+(?:media|news)|(?:regime|government|official)\s+media",
    # §13: `official` for a government "it said"; §18: a governorate's source
    "official": r"official|authorit|\bgovernment\b|governorate",
    # §6 `russian-mod`: Russia's defence ministry, its reconciliation (or "coordination") centre at
    # the Hmeimim base, and Russia or Moscow speaking of its war as a state (as `us` takes Washington)
    "russian-mod": r"defen[cs]e ministry|ministry of defen|reconciliation|\bRussian\s+(?:\w+\s+)?cent(?:er|re)\b"
    r"|hmeimim|^(?:the\s+)?(?:Russia|Moscow)$",
    # §5/§15: `rebels` for the armed opposition by any group's name (a brigade claiming its own kills)
    "rebels": r"rebel|insurgent|brigade|battalion|free syrian army|\bFSA\b|jaish al|faylaq",
    "us": r"United States|\bU\.?S\.?\b|Washington|State Department",
    "pentagon": r"pentagon|defense department",
    "uk-government": r"british|britain|\bUK\b",
    "white-helmets": r"civil defen[cs]e|white helmets",
    "lcc": r"coordination committee",
    # §6: the Coalition's own statements on etilaf.org, named there "the Coalition" or with the word lost
    "syrian-national-coalition": r"syrian (?:national )?coalition|etilaf|national coalition for syrian revolution"
    r"|^(?:the\s+)?(?:syrian\s+national|coalition)$",
    "local-council": r"local council|civil administration|(?:city|town|provincial) council",
    "opposition-media": r"opposition (?:media|websites?|news|outlets?|sites?)",
    "hawar": r"hawar|ANHA",
    "rt": r"\bRT\b|russia today",
    "amaq": r"a+maq",
    "residents": r"resident",
    "witnesses": r"witness",
    "journalist": r"journalist|correspondent|reporter",
    "analysts": r"analyst",
    # §13/§24: `monitors` for an unnamed monitoring group, "observers said" too (never the Observatory)
    "monitors": r"monitor|\bobservers?\b",
    "scpr": r"policy research|SCPR",
    "us-coalition": r"coalition",
    "alaraby": r"new arab|araby",
    "turkish-health-ministry": r"turk\w*\s+health\s+ministry|health\s+ministry\s+of\s+turkey",  # §13 id
    "homs-media-center": r"homs\s+media\s+cent(?:er|re)",  # §13 id, either spelling
    # §18 ids: the Red Crescent and Reporters Without Borders by name or initials
    "sarc": r"red crescent|\bSARC\b",
    "al-mayadeen": r"mayad(?:ee|i)n",  # the broadcaster in either transliteration (Al-Mayadin)
    "rsf": r"reporters without borders|\bRSF\b",
    # the outlets by the names they give themselves (OUTLET_SOURCE: an outlet's own figure)
    "ahram": r"ahram", "alalam": r"al-?alam\b", "dailysabah": r"daily sabah", "jordantimes": r"jordan times",
    "asharqalawsat": r"asharq al-?awsat", "nna": r"\bNNA\b|national news agency",
}
# FA-KES outlet -> the gold-style source id of the outlet itself (for gold "" sources).
OUTLET_SOURCE = {
    "sana": "sana", "reuters": "reuters", "manar": "al-manar", "arabiya": "al-arabiya",
    "tass": "tass", "sputnik": "sputnik", "etilaf": "syrian-national-coalition", "alaraby": "alaraby",
    "trt": "trt", "ahram": "ahram", "alalam": "alalam", "dailysabah": "dailysabah",
    "jordantimes": "jordantimes", "asharqalawsat": "asharqalawsat", "nna": "nna",
}
# Victim nouns that restate rather than name a group ("12 people" = "12 civilians"), singular.
GENERIC_VICTIMS = frozenset(
    {"people", "person", "civilian", "citizen", "resident", "other", "individual", "victim", "member"}
)
# Victim words that call the victims civilians as such, and the system's classes of the armed:
# a mention of one side never restates a figure of the other (victim_side).
CIVILIAN_WORDS = frozenset({"civilian", "citizen", "resident"})
ARMED_CLASSES = frozenset({"combatant", "security", "security forces"})
VICTIM_CLASSES = {"security forces": "security", "children": "civilian"}
SCOPES_ALL = frozenset({"incident", "cumulative"})
SCOPES_INCIDENT = frozenset({"incident"})


# ----------------------------------------------------------------------------- matching


def cue_spans(text: str, cue: str) -> list[tuple[int, int]]:
    """Every case-insensitive occurrence of a gold cue in the article text."""
    lower, key = text.lower(), cue.lower()
    return [(m.start(), m.start() + len(key)) for m in re.finditer(re.escape(key), lower)]


def distance(spans: list[tuple[int, int]], fact: CasualtyFact) -> int:
    """Characters between the fact and the nearest cue occurrence (0 when they overlap)."""
    if not spans:
        return 10**9
    return min(max(start - fact.end, fact.start - end, 0) for start, end in spans)


def same_figure(gold: dict, fact: CasualtyFact, rule: str = "figure",
                readings: frozenset[tuple[int | None, int | None]] = frozenset()) -> bool:
    """Whether a system figure can pair with a gold figure under a matching rule.

    "figure": equal interval and kind (`casualties` pairs with killed/injured); "number":
    equal interval, any kind; "hedge": same kind and same stated number, any qualifier
    (vague amounts and ranges, which have no single number, need the equal interval).
    `readings` are the intervals of the figure's other mentions (one number told with two
    hedges): the gold keeps one of them by its own convention, either may pair.
    """
    kind_ok = gold["kind"] == fact.category or (gold["kind"] in IGNORED_KINDS and fact.category in COMBINED_CATEGORIES)
    if rule == "hedge" and gold["number"] is not None:
        return kind_ok and gold["number"] == stated_number(fact)
    if (gold["low"], gold["high"]) != (fact.low, fact.high) and (gold["low"], gold["high"]) not in readings:
        return False
    return rule == "number" or kind_ok


def match(
    text: str, gold: list[dict], facts: list[CasualtyFact], same: Callable[[dict, CasualtyFact], bool],
    mentions: list[list[CasualtyFact]] | None = None,
) -> dict[int, int]:
    """One-to-one pairs {system index: gold index}, nearest to the cue first, then offset order.

    `mentions`: each figure's mentions (same order as `facts`); a figure lies as near a cue as
    its nearest mention. Why: the representative is chosen for its hedge or source, not its
    place, and two figures of one number (two villages) would otherwise pair crosswise when
    one's representative lies far from its cue and another mention of it sits on the cue. Ties
    (a figure whose mentions sit on two cues) go to the representative's distance, then offsets."""
    spans = [cue_spans(text, g["cue"]) for g in gold]
    reach = mentions or [[fact] for fact in facts]
    pairs = sorted(
        (min(distance(spans[gi], m) for m in reach[si]), distance(spans[gi], fact), fact.start, gi, si)
        for si, fact in enumerate(facts)
        for gi, g in enumerate(gold)
        if same(g, fact)
    )
    taken_gold: set[int] = set()
    paired: dict[int, int] = {}
    for *_, gi, si in pairs:
        if si not in paired and gi not in taken_gold:
            paired[si] = gi
            taken_gold.add(gi)
    return paired


def counted(gold: dict, scopes: frozenset[str]) -> bool:
    """Whether a gold figure counts in recall (and its pair in precision)."""
    return gold["scope"] in scopes and gold["kind"] not in IGNORED_KINDS


def stated_number(fact: CasualtyFact) -> int | None:
    """The number as written, undoing the interval rules ("more than 50" -> 50); None for
    vague amounts and ranges, which state no single number."""
    if fact.qualifier == "vague" or (fact.low is not None and fact.high is not None and fact.low != fact.high):
        return None
    if fact.qualifier == "more_than" and fact.low is not None:
        return fact.low - 1
    if fact.qualifier == "less_than" and fact.high is not None:
        return fact.high + 1
    return fact.low if fact.low is not None else fact.high


def figure_key(fact: CasualtyFact) -> tuple:
    """What makes two mentions one figure: the kind and the stated number (or the interval)."""
    number = stated_number(fact)
    return (fact.category, number) if number is not None else (fact.category, fact.low, fact.high)


def collapse(facts: list[CasualtyFact]) -> list[CasualtyFact]:
    """The article's figures: its mentions grouped by the gold's repeated-mention rule
    (module docstring), one representative each, in order of first mention."""
    return [representative(group) for group in collapse_groups(facts)]


def readings(group: list[CasualtyFact]) -> frozenset[tuple[int | None, int | None]]:
    """The intervals a figure's mentions give it (two when one number has two hedges)."""
    return frozenset((f.low, f.high) for f in group)


def collapse_groups(facts: list[CasualtyFact]) -> list[list[CasualtyFact]]:
    """The mentions grouped into figures (collapse() without choosing a representative)."""
    groups: list[list[CasualtyFact]] = []
    for fact in facts:
        home = next((g for g in groups if _joins(g, fact)), None)
        if home is None:
            groups.append([fact])
        else:
            home.append(fact)
    return groups


def _joins(group: list[CasualtyFact], fact: CasualtyFact) -> bool:
    """Whether a mention restates the figure of a group: same key (a number told with another
    hedge is the same figure: GUIDELINES §2 and §14), no second named place."""
    first = group[0]
    if figure_key(first) != figure_key(fact):
        return False
    if fact.place and any(f.place and not same_place(f, fact) for f in group):
        return False
    if len({victim_side(f) for f in (*group, fact)} - {""}) > 1:
        return False  # "15 civilians" and "15 militants": two figures
    nouns = {victim_head(f) for f in group} - {""}
    return not (victim_head(fact) and nouns and victim_head(fact) not in nouns)


def same_place(a: CasualtyFact, b: CasualtyFact) -> bool:
    """Whether two placed mentions can tell one incident: the same place, or a place and a
    part its article names inside it (the headline's "in Aleppo" and the body's "X
    neighbourhood in Aleppo"); two parts are two places (GUIDELINES section 2: two
    neighbourhoods with two dead each are two figures). Code before the twelfth session has no
    `place_within` (the pooled blind figures re-run it): its places must be equal."""
    within_a, within_b = getattr(a, "place_within", ""), getattr(b, "place_within", "")
    return a.place == b.place or (bool(within_b) and a.place == within_b) or (bool(within_a) and b.place == within_a)


def victim_side(fact: CasualtyFact) -> str:
    """ "civilian" for a mention that names its victims as civilians ("15 civilians"), "armed"
    for fighters or security forces, "" otherwise ("15 people", "15 children"). Why: "civilians"
    restates people, children or women, never the militants of another figure."""
    words = fact.victims.lower().split()
    if words and words[-1].rstrip("s") in CIVILIAN_WORDS:
        return "civilian"
    return "armed" if fact.victim_class in ARMED_CLASSES else ""


def victim_head(fact: CasualtyFact) -> str:
    """The specific victim group a mention names ("children", "women"); "combatant" for fighters
    by any name ("militants", "terrorists", "jihadists": outlets name one group of fighters in
    their own words, and the gold's victim class for all of them is one); "security" for
    soldiers, police or troopers by any name, for the same reason ("four troopers killed" in
    the headline, "four soldiers" in the body); "" for none or a generic word (people,
    civilians, others ...), which can restate any group."""
    if fact.victim_class == "combatant":
        return "combatant"
    if fact.victim_class in ("security", "security forces"):
        return "security"
    words = fact.victims.lower().split()
    head = words[-1].rstrip("s") if words else ""
    return "" if head in GENERIC_VICTIMS else head


def representative(group: list[CasualtyFact]) -> CasualtyFact:
    """The hedged mention (the headline drops hedges), with a named source first, else the first;
    empty perpetrator and victim class taken from the other mentions."""
    hedged = [f for f in group if f.qualifier != "exact"] or group
    best = next((f for f in hedged if f.source and f.source.primary.strip()), hedged[0])
    perpetrator = best.perpetrator or next((f.perpetrator for f in group if f.perpetrator), "")
    victim_class = best.victim_class or next((f.victim_class for f in group if f.victim_class), "")
    return replace(best, perpetrator=perpetrator, victim_class=victim_class)


# ----------------------------------------------------------------------------- tallies


@dataclass
class Tally:
    """True positives, false positives, misses and ignored system figures."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    ignored: int = 0

    def scores(self) -> dict[str, float | int]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "tp": self.tp, "fp": self.fp,
                "fn": self.fn, "ignored": self.ignored}


@dataclass
class ArticleResult:
    """One article's pairs and leftovers under one matching rule."""

    pairs: list[tuple[dict, CasualtyFact]] = field(default_factory=list)
    false_pos: list[CasualtyFact] = field(default_factory=list)
    misses: list[dict] = field(default_factory=list)
    ignored: list[tuple[dict, CasualtyFact]] = field(default_factory=list)


def score_article(
    text: str, gold: list[dict], facts: list[CasualtyFact], scopes: frozenset[str], rule: str = "figure",
    other_readings: list[frozenset] | None = None, mentions: list[list[CasualtyFact]] | None = None,
) -> ArticleResult:
    """Pairs, false positives, misses and ignored system figures of one article
    (`other_readings`: each figure's intervals by its mentions, `mentions`: each figure's
    mentions, which set its distance to a cue (match()); both in the order of `facts`)."""
    alternatives = other_readings or [frozenset()] * len(facts)
    index = {id(fact): i for i, fact in enumerate(facts)}
    paired = match(text, gold, facts, lambda g, f: same_figure(g, f, rule, alternatives[index[id(f)]]), mentions)
    result = ArticleResult()
    for si, fact in enumerate(facts):
        if si not in paired:
            result.false_pos.append(fact)
        elif counted(gold[paired[si]], scopes):
            result.pairs.append((gold[paired[si]], fact))
        else:
            result.ignored.append((gold[paired[si]], fact))
    taken = set(paired.values())
    result.misses = [g for gi, g in enumerate(gold) if gi not in taken and counted(g, scopes)]
    return result


def repeats(result: ArticleResult) -> list[CasualtyFact]:
    """False positives that restate the amount of a matched figure of the same kind."""
    found = {(g["number"], g["kind"]) for g, _ in result.pairs if g["number"] is not None}
    found |= {((g["low"], g["high"]), g["kind"]) for g, _ in result.pairs if g["number"] is None}
    return [
        f for f in result.false_pos
        if (stated_number(f), f.category) in found or ((f.low, f.high), f.category) in found
    ]


# ----------------------------------------------------------------------------- fields


def source_matches(gold_id: str, primary: str) -> bool:
    """Whether a system source text stands for a gold source id (tables in the docstring)."""
    known = canonical_actor(primary)
    if known is not None and (known[0] == gold_id or known[0] in SOURCE_IDS.get(gold_id, ())):
        return True
    pattern = SOURCE_WORDS.get(gold_id)
    if pattern is not None:
        return re.search(pattern, primary, re.IGNORECASE) is not None
    if _spelled_out(gold_id, primary):
        return True
    words = [w.rstrip("s") for w in gold_id.split("-") if w]
    return all(re.search(rf"\b{re.escape(w)}", primary, re.IGNORECASE) for w in words)


def _spelled_out(gold_id: str, primary: str) -> bool:
    """Whether an acronym id (three letters or more: `cpj`, `snhr`) is the initials of the
    capitalised words that end the system's name ("New York-based Committee to Protect
    Journalists"): the gold writes a body by its acronym, articles often by its full name."""
    if len(gold_id) < MIN_ACRONYM or not gold_id.isalpha():
        return False
    initials = "".join(word[0] for word in re.findall(r"\b[A-Z][\w'’]*", primary)).lower()
    return initials.endswith(gold_id)


def attribution_right(gold: dict, fact: CasualtyFact, outlet: str) -> bool:
    """The system's primary source against the gold source ("" = the outlet's own statement)."""
    primary = fact.source.primary.strip() if fact.source else ""
    if not gold["source"]:
        own = OUTLET_SOURCE.get(outlet)
        return not primary or (own is not None and source_matches(own, primary))
    return bool(primary) and source_matches(gold["source"], primary)


def via_right(gold: dict, fact: CasualtyFact) -> bool:
    """The system's intermediaries against the gold `via` list (GUIDELINES §6): both empty, or
    each gold id stood for by one of the system's, and as many of them."""
    got = fact.source.via if fact.source else []
    want = gold.get("via") or []
    if len(got) != len(want):
        return False
    return all(any(source_matches(gold_id, name) for name in got) for gold_id in want)


def perpetrator_ids(gold: dict, fact: CasualtyFact) -> tuple[str, str]:
    """(gold id, system id mapped to gold ids), "unknown" read as ""."""
    system = PERPETRATOR_IDS.get(fact.perpetrator, fact.perpetrator)
    return PERPETRATOR_IDS.get(gold["perpetrator"], gold["perpetrator"]), system


def victim_class_right(gold: dict, fact: CasualtyFact) -> bool:
    """The system's victim class (mapped by VICTIM_CLASSES) against the gold class."""
    return gold["victims"] == VICTIM_CLASSES.get(fact.victim_class, fact.victim_class)


def field_scores(pairs: list[tuple[dict, CasualtyFact, str]]) -> dict[str, dict[str, float | int]]:
    """Victim class, perpetrator and attribution over the matched figures."""
    right: Counter[str] = Counter()
    perp = Counter()
    for gold, fact, outlet in pairs:
        right["victim_class"] += victim_class_right(gold, fact)
        want, got = perpetrator_ids(gold, fact)
        right["perpetrator"] += want == got
        perp["system"] += bool(got)
        perp["gold"] += bool(want)
        perp["both"] += bool(got) and want == got
        right["attribution"] += attribution_right(gold, fact, outlet)
        right["chain"] += attribution_right(gold, fact, outlet) and via_right(gold, fact)
    total = len(pairs)
    out = {name: share(right[name], total) for name in ("victim_class", "perpetrator", "attribution", "chain")}
    out["perpetrator_named"] = {
        "precision": round(perp["both"] / perp["system"], 4) if perp["system"] else 0.0,
        "recall": round(perp["both"] / perp["gold"], 4) if perp["gold"] else 0.0,
        "system_named": perp["system"], "gold_named": perp["gold"],
    }
    return out


def share(right: int, total: int) -> dict[str, float | int]:
    return {"accuracy": round(right / total, 4) if total else 0.0, "right": right, "total": total}
