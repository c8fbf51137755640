"""Session 27: "shot dead" after a long breakdown is a death (casualty_kinds._deadly), and a
whole torn from its verb by a comma-less "among them" breakdown takes the breakdown's verb
(casualty_subcounts.whole_before_part). All sentences are invented for these tests."""

from conftest import figure_counts as _read

from rashomon.extract.amounts import find_amounts
from rashomon.extract.casualty_subcounts import whole_before_part


def _whole(text: str, whole: str, part: str) -> tuple[int, str, str] | None:
    """whole_before_part on the amount starting `whole` and the breakdown `part` of `text`;
    the tree tears the whole from its verb only in some long run-on sentences, so the rule is
    tested on its own as well as through the extractor."""
    span = next(s for s in find_amounts(text) if s.start == text.index(whole))
    start = text.index(part)
    return whole_before_part(text, span, (start, start + len(part)))


def test_shot_dead_after_a_long_breakdown_is_killed() -> None:
    text = ("Gunmen raided two hamlets where at least 25 farmers including several women children and old men"
            " were shot dead in their fields.")
    assert (25, "killed") in _read(text)
    assert (25, "injured") not in _read(text)


def test_shot_in_the_leg_stays_injured() -> None:
    assert (4, "injured") in _read("Four porters were shot in the leg near the depot.")


def test_whole_before_comma_less_among_them_takes_the_verb() -> None:
    text = ("Shells hit 9 homes in a hill town AP Monday 3 Mar 2014 At least 14 villagers among them five boys"
            " were killed Monday in shelling of a rebel-held hill town.")
    found = _read(text)
    assert (14, "killed") in found
    assert (5, "killed") in found


def test_whole_before_including_takes_a_wound_verb() -> None:
    found = _read("Medics said that 9 workers among them three women were wounded by mortar rounds on the mill.")
    assert (9, "injured") in found
    assert (3, "injured") in found


def test_rule_gives_the_whole_its_counted_people() -> None:
    text = "Shelling hit the hill town where 14 villagers among them five boys were killed on Monday."
    assert _whole(text, "14 villagers", "five boys") == (text.index(" among"), "villagers", "civilian")


def test_rule_needs_the_breakdown_as_subject_of_a_verb() -> None:
    text = "The raid left 14 villagers among them five boys in the ruins of the mill."
    assert _whole(text, "14 villagers", "five boys") is None


def test_rule_needs_the_breakdown_right_after_the_whole() -> None:
    text = "Shelling hit 14 villagers in the hills and five boys were killed on Monday."
    assert _whole(text, "14 villagers", "five boys") is None
