"""A figure told twice in one article, with a compound noun and its head. Sentences invented."""

from rashomon.extract.casualty_restated import victims_restated
from rashomon.model import CasualtyFact


def _fact(low: int, victims: str, category: str = "killed", place: str = "", qualifier: str = "exact",
          start: int = 0) -> CasualtyFact:
    high = None if qualifier in ("at_least", "more_than") else low
    return CasualtyFact("a", start, start + 5, "x", "x", low=low, high=high, qualifier=qualifier,
                        category=category, victims=victims, place=place)


def test_the_head_of_a_compound_takes_the_compound() -> None:
    facts = [_fact(14, "schoolchildren"), _fact(14, "children", start=50)]
    victims_restated(facts)
    assert [f.victims for f in facts] == ["schoolchildren", "schoolchildren"]
    # a hedge on one of the two mentions is the same stated number
    facts = [_fact(6, "policemen"), _fact(6, "men", qualifier="at_least", start=40)]
    victims_restated(facts)
    assert facts[1].victims == "policemen"
    # a collective noun for the people of a workplace, same victim class
    facts = [_fact(3, "nurses"), _fact(3, "staff", start=30)]
    for f in facts:
        f.victim_class = "civilian"
    victims_restated(facts)
    assert facts[1].victims == "nurses"


def test_other_kinds_numbers_places_and_nouns_stay_apart() -> None:
    cases = [
        [_fact(14, "schoolchildren"), _fact(14, "children", category="injured")],
        [_fact(14, "schoolchildren"), _fact(15, "children")],
        [_fact(14, "schoolchildren", place="Harfa"), _fact(14, "children", place="Kafr Tal")],
        [_fact(14, "women"), _fact(14, "children")],
        [_fact(3, "policemen"), _fact(3, "men", qualifier="more_than")],
        [_fact(2, "women"), _fact(2, "men")],
        [_fact(1, "policeman"), _fact(1, "man")],
        [_fact(3, "nurses"), _fact(3, "staff")],  # no victim class to compare
        [_fact(2, "journalists", category="executed"), _fact(2, "aid workers", category="executed")],
    ]
    for facts in cases:
        before = [f.victims for f in facts]
        victims_restated(facts)
        assert [f.victims for f in facts] == before
