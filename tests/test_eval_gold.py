"""benchmarks/eval_casualties.py and eval_places.py: the matching rules on hand-made pairs, and
floors on the FA-KES gold set so that a regression of the extractors fails CI.

The gold-set tests read the articles from ../shared at run time and skip when it is absent.
Floors sit just below the figures measured when they were set (third session; per figure on
the 160: precision 0.962, recall 0.951, attribution 0.918, victims' class 0.865, perpetrator
0.731; per mention: precision 0.728, recall 0.974; place accuracy 0.982; first held-out set:
precision 0.991, recall 0.921, attribution 0.933; second development set: 0.951, 0.948,
0.921; second held-out set, never developed on: 0.933, 0.847, 0.783); raise them when the
extractors improve. Attribution floors raised in the fourth session (160 0.921, second
development 0.931, second held-out 0.940 after the attribution round: that set's errors had
been looked at, so it is development data now). The third held-out set joined in the fifth
session (its errors were read then; floors below its figures at that point: 0.971, 0.877,
0.830, places 0.950). Raised in the sixth session to just below its figures (160: 0.965, 0.964, attribution 0.920,
perpetrator 0.759; first held-out 0.991, 0.974, 0.937; second development 0.958, 0.955, 0.939;
second held-out 0.970, 0.980, 0.964; third held-out 0.987, 0.961, 0.946). The fourth held-out
set joined in the seventh session (its errors were read then; floors below its figures after
that session's rules: 0.954, 0.924, 0.918, places 0.921). The sixth joined in the eighth session
the seventh in the ninth, the eighth in the tenth, the ninth in the eleventh, the tenth in
the twelfth, the eleventh in the thirteenth, the twelfth in the fourteenth and the thirteenth
in the fifteenth, each once its blind measurement was taken and its errors read. The fifth and
fourteenth held-out sets have no floors: they are scored, never developed on.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from rashomon.model import CasualtyFact, PlaceFact, Source

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import eval_casualties as ec  # noqa: E402
import eval_places as ep  # noqa: E402

# Hand-made article: two strikes with the same toll, a related-link headline, a combined count.
TEXT = (
    "Strike on a bakery kills 4 people in Northtown.\n\n"
    "Four people died when a jet hit a bakery, the Observatory said. Elsewhere, four people "
    "were killed by shelling on a school in Southtown. Related: 9 dead in ferry fire. "
    "The raid left 30 casualties."
)


def fact(text: str, low: int | None, high: int | None, category: str = "killed", **extra) -> CasualtyFact:
    start = TEXT.index(text)
    return CasualtyFact("a1", start, start + len(text), text, "", low=low, high=high, category=category, **extra)


def gold(cue: str, low: int | None, high: int | None, kind: str = "killed", scope: str = "incident", **extra) -> dict:
    base = {"number": low, "low": low, "high": high, "qualifier": "exact", "kind": kind, "victims": "civilian",
            "perpetrator": "", "source": "", "via": [], "cue": cue, "scope": scope}
    return {**base, **extra}


def test_pairs_go_to_the_nearest_cue_one_to_one() -> None:
    golds = [gold("four people were killed", 4, 4), gold("Four people died", 4, 4)]
    facts = [fact("four people", 4, 4), fact("Four people", 4, 4), fact("4 people", 4, 4)]
    result = ec.score_article(TEXT, golds, facts, ec.SCOPES_ALL)
    paired = {g["cue"]: f.text for g, f in result.pairs}
    assert paired == {"Four people died": "Four people", "four people were killed": "four people"}
    assert [f.text for f in result.false_pos] == ["4 people"]  # the headline repeat
    assert ec.repeats(result) == result.false_pos and result.misses == []


def test_kind_and_interval_must_both_agree() -> None:
    golds = [gold("Four people died", 4, None, qualifier="at_least")]
    wrong_interval = ec.score_article(TEXT, golds, [fact("Four people", 4, 4)], ec.SCOPES_ALL)
    assert wrong_interval.pairs == [] and len(wrong_interval.misses) == 1
    wrong_kind = [fact("Four people", 4, None, category="injured")]
    assert ec.score_article(TEXT, golds, wrong_kind, ec.SCOPES_ALL).pairs == []
    assert len(ec.score_article(TEXT, golds, wrong_kind, ec.SCOPES_ALL, rule="number").pairs) == 1


def test_repeated_mentions_collapse_into_one_figure_keeping_the_hedge() -> None:
    sohr = Source(primary="the Observatory")
    headline = fact("4 people", 4, 4, perpetrator="islamic-state")
    body = fact("Four people", 4, None, qualifier="at_least", source=sohr)
    other_hedge = fact("four people", 5, None, qualifier="more_than")  # "more than 4": the same figure
    [one] = ec.collapse([headline, body, other_hedge])
    assert (one.text, one.low, one.high, one.qualifier) == ("Four people", 4, None, "at_least")
    assert one.source == sohr and one.perpetrator == "islamic-state"  # filled from the headline
    # the gold keeps one of the two hedges (GUIDELINES §14): the figure pairs with either
    [group] = ec.collapse_groups([headline, body, other_hedge])
    more_than = {"cue": "more than four", "kind": "killed", "low": 5, "high": None, "number": 4,
                 "scope": "incident", "qualifier": "more_than"}
    result = ec.score_article("more than four people", [more_than], [one], ec.SCOPES_ALL,
                              other_readings=[ec.readings(group)])
    assert len(result.pairs) == 1 and not result.false_pos
    assert not ec.score_article("more than four people", [more_than], [one], ec.SCOPES_ALL).pairs


def test_a_figure_lies_as_near_a_cue_as_its_nearest_mention() -> None:
    # two figures of one number in two towns; the east one's representative (its sourced
    # mention) lies last, far from its cue, the west one's (the headline) near the east cue
    text = ("Mine kills two guards in Westvale.\n\nTwo guards died in Eastvale on Monday. A mine in "
            "Westvale killed two guards last week. Police said two guards died in Eastvale.")

    def at(occurrence: int, place: str, **extra) -> CasualtyFact:
        start = [m.start() for m in re.finditer("(?i)two guards", text)][occurrence]
        return CasualtyFact("a2", start, start + 10, text[start:start + 10], "", low=2, high=2,
                            category="killed", place=place, **extra)

    police = Source(primary="Police")
    mentions = [at(0, "Westvale"), at(1, "Eastvale"), at(2, "Westvale"), at(3, "Eastvale", source=police)]
    groups = ec.collapse_groups(mentions)
    figures = [ec.representative(group) for group in groups]
    golds = [gold("Two guards died in Eastvale on", 2, 2), gold("killed two guards last week", 2, 2)]
    result = ec.score_article(text, golds, figures, ec.SCOPES_ALL, mentions=groups)
    paired = {g["cue"]: f.place for g, f in result.pairs}
    assert paired == {"Two guards died in Eastvale on": "Eastvale", "killed two guards last week": "Westvale"}
    crosswise = ec.score_article(text, golds, figures, ec.SCOPES_ALL)  # representatives only
    assert {g["cue"]: f.place for g, f in crosswise.pairs}["killed two guards last week"] == "Eastvale"


def test_collapse_keeps_different_places_and_victim_groups_apart() -> None:
    north = fact("4 people", 4, 4, place="Northtown")
    south = fact("four people", 4, 4, place="Southtown")
    assert len(ec.collapse([north, south])) == 2
    women = fact("Four people", 4, 4, victims="women")
    children = fact("four people", 4, 4, victims="children")
    restated = fact("4 people", 4, 4, victims="people")
    assert len(ec.collapse([women, children, restated])) == 2
    assert ec.stated_number(fact("4 people", 51, None, qualifier="more_than")) == 50
    assert ec.stated_number(fact("4 people", 24, 99, qualifier="vague")) is None


def test_collapse_joins_a_place_and_its_part_but_not_two_parts() -> None:
    city = fact("4 people", 4, 4, place="Bigtown")
    east = fact("four people", 4, 4, place="East Quarter", place_within="Bigtown")
    west = fact("Four people", 4, 4, place="West Quarter", place_within="Bigtown")
    assert len(ec.collapse([city, east])) == 1  # the headline's city restates its part
    assert len(ec.collapse([city, east, west])) == 2  # two quarters: two incidents


def test_security_forces_by_any_name_are_one_group() -> None:
    troopers = fact("4 people", 4, 4, victims="troopers", victim_class="security")
    soldiers = fact("four people", 4, 4, victims="soldiers", victim_class="security")
    assert len(ec.collapse([troopers, soldiers])) == 1  # the headline's troopers are the body's soldiers
    militants = fact("Four people", 4, 4, victims="militants", victim_class="combatant")
    assert len(ec.collapse([soldiers, militants])) == 2  # one side never restates the other


def test_civilians_never_restate_fighters() -> None:
    civilians = fact("4 people", 4, 4, victims="civilians", victim_class="civilian")
    fighters = fact("four people", 4, 4, victims="militants", victim_class="combatant")
    assert len(ec.collapse([civilians, fighters])) == 2
    people = fact("Four people", 4, 4, victims="people", victim_class="civilian")
    assert len(ec.collapse([people, fighters])) == 1  # "people" restates any group
    children = fact("4 people", 4, 4, victims="children", victim_class="civilian")
    assert len(ec.collapse([civilians, children])) == 1
    terrorists = fact("Four people", 4, 4, victims="terrorists", victim_class="combatant")
    assert len(ec.collapse([fighters, terrorists])) == 1  # one group of fighters, in two outlets' words


def test_boilerplate_and_combined_counts_are_left_out() -> None:
    golds = [gold("9 dead in ferry fire", 9, 9, scope="boilerplate"), gold("30 casualties", 30, 30, kind="casualties")]
    facts = [fact("9 dead", 9, 9), fact("30 casualties", 30, 30, category="injured")]
    result = ec.score_article(TEXT, golds, facts, ec.SCOPES_ALL)
    assert result.pairs == [] and result.false_pos == [] and result.misses == []
    assert len(result.ignored) == 2
    cumulative = [gold("Four people died", 4, 4, scope="cumulative")]
    incident = ec.score_article(TEXT, cumulative, [fact("Four people", 4, 4)], ec.SCOPES_INCIDENT)
    assert incident.misses == [] and incident.false_pos == [] and len(incident.ignored) == 1


def test_sources_map_between_gold_ids_and_system_names() -> None:
    sohr = Source(primary="Syrian Observatory for Human Rights (SOHR)")
    found = fact("Four people", 4, 4, source=sohr)
    assert ec.attribution_right(gold("x", 4, 4, source="sohr"), found, "reuters")
    assert not ec.attribution_right(gold("x", 4, 4, source=""), found, "reuters")  # outlet's own figure
    own = fact("Four people", 4, 4, source=Source(primary="SANA (Syrian Arab News Agency)"))
    assert ec.attribution_right(gold("x", 4, 4), own, "sana")
    assert ec.attribution_right(gold("x", 4, 4), fact("Four people", 4, 4), "ahram")
    assert ec.source_matches("medical", "medical source at a city hospital")
    assert ec.source_matches("local-sources", "local sources")
    assert ec.source_matches("un", "U.N") and ec.source_matches("un", "UN humanitarian office (OCHA)")
    assert not ec.source_matches("police", "military source")
    assert ec.source_matches("sarc", "the Syrian Arab Red Crescent") and ec.source_matches("rsf", "RSF")
    assert ec.source_matches("official", "a source at the governorate")
    assert ec.source_matches("al-mayadeen", "a TV channel, Al-Mayadin")
    assert not ec.source_matches("al-mayadeen", "Al-Manar")
    assert ec.source_matches("military", "security sources") and not ec.source_matches("military", "medical sources")
    assert ec.source_matches("opposition", "Oposition sources") and not ec.source_matches("opposition", "position")
    assert ec.source_matches("monitors", "observers") and ec.source_matches("monitors", "a monitoring group")
    assert not ec.source_matches("monitors", "Syrian Observatory for Human Rights")
    # GUIDELINES §6 files the Syrian Revolution General Commission under activists
    assert ec.source_matches("activists", "the Syrian Revolution General Commission")
    # an acronym id is the initials of the name the article spells out, ending it
    assert ec.source_matches("cpj", "New York-based Committee to Protect Journalists")
    assert ec.source_matches("snhr", "the Syrian Network for Human Rights")
    assert not ec.source_matches("cpj", "Committee to Protect Journalists in Paris")
    # Russia's defence ministry by its centre's names, or the state itself speaking (not a Russian outlet)
    assert ec.source_matches("russian-mod", "the Russian Coordination Center")
    assert ec.source_matches("russian-mod", "Russia") and ec.source_matches("russian-mod", "Moscow")
    assert not ec.source_matches("russian-mod", "Russian media")
    assert not ec.source_matches("russian-mod", "Russia Today")
    # a rebel group by its own name is the armed opposition (GUIDELINES §5 lists them under rebels)
    assert ec.source_matches("rebels", "the Northern Storm Brigade") and ec.source_matches("rebels", "rebel sources")
    assert not ec.source_matches("rebels", "a military source")
    assert ec.attribution_right(gold("x", 4, 4), fact("Four people", 4, 4, source=Source(primary="TRT World")), "trt")


def test_the_chain_needs_the_same_intermediaries() -> None:
    told = fact("Four people", 4, 4, source=Source(primary="police sources", via=["SANA (Syrian Arab News Agency)"]))
    direct = fact("Four people", 4, 4, source=Source(primary="police sources"))
    assert ec.via_right(gold("Four people died", 4, 4, source="police", via=["sana"]), told)
    assert not ec.via_right(gold("Four people died", 4, 4, source="police", via=["sana"]), direct)
    assert not ec.via_right(gold("Four people died", 4, 4, source="police"), told)
    assert ec.via_right(gold("Four people died", 4, 4, source="police"), direct)


def test_attribution_is_counted_per_outlet() -> None:
    sohr = Source(primary="Syrian Observatory for Human Rights (SOHR)")
    pairs = [
        (gold("x", 4, 4, source="sohr"), fact("Four people", 4, 4, source=sohr), "reuters"),
        (gold("x", 4, 4, source="sohr"), fact("Four people", 4, 4), "reuters"),
        (gold("x", 4, 4), fact("Four people", 4, 4), "sana"),
    ]
    assert ec.outlet_attribution(pairs, "reuters") == {"accuracy": 0.5, "right": 1, "total": 2}
    assert ec.outlet_attribution(pairs, "sana") == {"accuracy": 1.0, "right": 1, "total": 1}
    assert ec.outlet_attribution(pairs, "ahram")["total"] == 0


def test_wrong_sources_are_counted_by_shape() -> None:
    sohr = Source(primary="Syrian Observatory for Human Rights (SOHR)")
    carried_sohr = Source(primary="Syrian Observatory for Human Rights (SOHR)", explicit=False)
    police = Source(primary="police sources")
    pairs = [
        (gold("x", 4, 4, source="sohr"), fact("Four people", 4, 4, source=sohr), "reuters"),  # right
        (gold("x", 4, 4, source="sohr"), fact("Four people", 4, 4), "reuters"),  # missing
        (gold("x", 4, 4), fact("Four people", 4, 4, source=carried_sohr), "reuters"),  # extra, carried
        (gold("x", 4, 4, source="sohr"), fact("Four people", 4, 4, source=police), "reuters"),  # other
    ]
    assert ec.attribution_error_types(pairs) == {"extra, carried": 1, "missing, none": 1, "other, stated": 1}


def test_perpetrator_ids_map_to_gold_ids() -> None:
    found = fact("Four people", 4, 4, perpetrator="syria-government")
    assert ec.perpetrator_ids(gold("x", 4, 4, perpetrator="syrian-government"), found) == ("syrian-government",) * 2
    assert ec.perpetrator_ids(gold("x", 4, 4, perpetrator="unknown"), fact("Four people", 4, 4)) == ("", "")


def test_place_names_fold_and_match() -> None:
    assert ep.fold("Jisr al-Shughour") == ep.fold("Jisr Al Shughour")
    place = PlaceFact("a1", 0, 5, "Raqqa", "", name="Ar Raqqah", geonameid=1, feature="city")
    assert ep.same_name("Raqa", place) and not ep.same_name("Hama", place)
    scores = ep.PlaceScores()
    gold_places = [{"name": "Raqa", "geonameid": 2, "country": "SY"}, {"name": "Homs", "geonameid": 3, "country": "SY"}]
    ep.score_article(scores, "a1", gold_places, [place])
    assert (scores.gold_with_id, scores.right, len(scores.wrong), len(scores.missed)) == (2, 0, 1, 1)


@pytest.fixture(scope="module")
def gold_run() -> tuple[list[dict], dict, dict, float]:
    if not ec.FAKES.exists():
        pytest.skip(f"{ec.FAKES} is absent (public data is read from ../shared at run time)")
    records = ec.load_gold()
    articles = ec.load_articles(r["unit_id"] for r in records)
    extractions, speed = ec.extract_all(articles)
    return records, articles, extractions, speed


@pytest.mark.shared
def test_casualty_figures_hold_their_floors(gold_run) -> None:
    records, articles, extractions, speed = gold_run
    assert len(articles) == len(records) == 160
    out = ec.summary(ec.evaluate(records, articles, extractions), records, speed)
    assert out["figures"]["precision"] >= 0.96
    assert out["figures"]["recall"] >= 0.96
    assert out["figures_per_mention"]["precision"] >= 0.72
    assert out["figures_per_mention"]["recall"] >= 0.98
    assert out["figures_repeats_ignored"]["precision"] >= 0.975
    assert out["number_only"]["recall"] >= 0.96
    assert out["kind_given_number"]["accuracy"] >= 0.99
    assert out["qualifier_given_number"]["accuracy"] >= 0.99
    assert out["fields"]["victim_class"]["accuracy"] >= 0.85
    assert out["fields"]["attribution"]["accuracy"] >= 0.915
    assert out["fields"]["perpetrator"]["accuracy"] >= 0.75


# (gold file, articles, precision, recall, attribution floors) of the other annotated sets.
FURTHER_SETS = {
    "first held-out": (ec.HELDOUT, 24, 0.98, 0.965, 0.93),
    "second development": (ec.DEV2, 69, 0.95, 0.95, 0.93),
    "second held-out": (ec.HELDOUT2, 35, 0.965, 0.975, 0.955),
    # 0.993 / 0.955; 0.946 (ninth session: one right figure merged away by the scorer's "members")
    "third held-out": (ec.HELDOUT3, 31, 0.98, 0.95, 0.935),
    "fourth held-out": (ec.HELDOUT4, 30, 0.95, 0.92, 0.91),
    "sixth held-out": (ec.HELDOUT6, 53, 0.955, 0.945, 0.92),  # 0.968 / 0.951; 0.929 (ninth session)
    "seventh held-out": (ec.HELDOUT7, 27, 0.94, 0.90, 0.915),  # 0.952 / 0.909; 0.925 (ninth session)
    # 0.962 / 0.939; 0.920 (tenth session; 0.951 / 0.902; 0.860 at its blind measurement)
    "eighth held-out": (ec.HELDOUT8, 48, 0.95, 0.93, 0.91),
    # 0.978 / 0.941; 0.914 (eleventh session; 0.961 / 0.930; 0.855 at its blind measurements)
    "ninth held-out": (ec.HELDOUT9, 42, 0.965, 0.93, 0.90),
    # 0.956 / 0.931; 0.897 (twelfth session; 0.928 / 0.894; 0.839 at its blind measurements)
    "tenth held-out": (ec.HELDOUT10, 35, 0.945, 0.92, 0.885),
    # 0.947 / 0.917; 0.888 (thirteenth session; 0.903 / 0.891; 0.820 at its blind measurements)
    "eleventh held-out": (ec.HELDOUT11, 35, 0.935, 0.905, 0.875),
    # 0.978 / 0.893; 0.881 (fourteenth session; 0.977 / 0.840; 0.841 at its blind measurements)
    "twelfth held-out": (ec.HELDOUT12, 35, 0.965, 0.88, 0.865),
    # 0.985 / 0.956; 0.869 (fifteenth session; 0.985 / 0.949; 0.775 at its first blind measurement)
    "thirteenth held-out": (ec.HELDOUT13, 29, 0.97, 0.94, 0.855),
}


# Place accuracy (right GeoNames entry) per further set, just below the measured figures.
PLACE_FLOORS = {"first held-out": 0.99, "second development": 0.99, "second held-out": 0.99, "third held-out": 0.99,
                "fourth held-out": 0.94, "sixth held-out": 0.94, "seventh held-out": 0.97, "eighth held-out": 0.93,
                "ninth held-out": 0.99, "tenth held-out": 0.97, "eleventh held-out": 0.97,
                "twelfth held-out": 0.99, "thirteenth held-out": 0.96}
# 1.000 / 1.000 / 1.000 / 1.000 / 0.947 / 0.984 / 1.000 / 0.978 / 1.000 / 0.974 / 0.972 / 1.000 / 0.970


@pytest.mark.shared
@pytest.mark.parametrize("name", FURTHER_SETS)
def test_further_sets_hold_their_floors(name: str) -> None:
    """The sets annotated after the first rules were written: a regression on text the rules
    were not first developed on fails too (the second held-out set was never developed on)."""
    if not ec.FAKES.exists():
        pytest.skip(f"{ec.FAKES} is absent (public data is read from ../shared at run time)")
    path, count, precision, recall, attribution = FURTHER_SETS[name]
    records = ec.load_gold(path)
    articles = ec.load_articles(r["unit_id"] for r in records)
    extractions, speed = ec.extract_all(articles)
    assert len(articles) == len(records) == count
    out = ec.summary(ec.evaluate(records, articles, extractions), records, speed)
    assert out["figures"]["precision"] >= precision
    assert out["figures"]["recall"] >= recall
    assert out["fields"]["attribution"]["accuracy"] >= attribution
    places = ep.evaluate(records, extractions).summary()
    assert places["accuracy"] >= PLACE_FLOORS[name] and places["wrong_entry"] <= 1


@pytest.mark.shared
def test_places_hold_their_floors(gold_run) -> None:
    records, _, extractions, _ = gold_run
    out = ep.evaluate(records, extractions).summary()
    assert out["gold_places_with_id"] == 170
    assert out["accuracy"] >= 0.99
    assert out["wrong_entry"] <= 1
