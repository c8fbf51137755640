"""Casualty figures in constructions of general English that the twelfth held-out set's errors
showed read wrongly. All sentences are invented for these tests."""

from conftest import casualty_figures as _figures


def _read(text: str) -> list[tuple[str, int | None, int | None, str, str]]:
    return [(f.text, f.low, f.high, f.qualifier, f.category) for f in _figures(text)]


def test_a_singular_leader_counts_one_person() -> None:
    assert _read("A local leader of the brigade was killed in the raid.") == [
        ("A local leader", 1, 1, "exact", "killed")]
    assert _read("The shelling badly injured a leader of the movement.") == [("a leader", 1, 1, "exact", "injured")]
    # a leader who tells the news is no victim, nor one who describes a named man
    assert _read("A leader of the brigade said four fighters were killed.") == [
        ("four fighters", 4, 4, "exact", "killed")]
    assert _read("The unit recently killed Abu Salim, a rebel leader, in the town.") == []


def test_a_sentence_case_headline_without_article_counts_one_person() -> None:
    assert _read("Rebel leader killed in northern Syria") == [("Rebel leader", 1, 1, "exact", "killed")]
    assert _read("Local reporter wounded by sniper fire in the old city") == [
        ("Local reporter", 1, 1, "exact", "injured")]
    # a participle that modifies the subject of another verb is no headline
    assert _read("The rebel leader killed in the raid was buried on Monday.") == []
    assert _read("Army commander killed two rebels in the village") == [("two rebels", 2, 2, "exact", "killed")]


def test_a_million_with_its_article_keeps_the_qualifier_before_it() -> None:
    assert _read("The war has wounded at least a million.") == [
        ("at least a million", 1000000, None, "at_least", "injured")]
    got = _read("The fighting has killed more than 90000 people and injured at least a million, the agency said.")
    assert got[1] == ("at least a million", 1000000, None, "at_least", "injured")


def test_a_toll_noun_the_amount_hangs_on_states_the_figure() -> None:
    got = _read("The ministry put the death toll at four and the number of injured at 19.")
    assert got == [("four", 4, 4, "exact", "killed"), ("19", 19, 19, "exact", "injured")]
    assert _read("The group revised the toll to 30, raising an earlier toll of 12.")[1][:2] == ("12", 12)
    assert _read("One monitor puts the death toll from the long war at more than 90000 people.") == [
        ("more than 90000 people", 90001, None, "more_than", "killed")]
    # a noun that is no toll keeps the verb to itself
    assert _read("A mother of two died in the shelling.") == [("A mother", 1, 1, "exact", "killed")]


def test_people_joined_to_the_subject_by_alongside_underwent_the_verb_too() -> None:
    assert _read("The commander alongside nine fighters were killed in a battle with army troops.") == [
        ("nine fighters", 9, 9, "exact", "killed")]
    assert _read("The commander was killed alongside six of his guards in a battle.") == [
        ("six of his guards", 6, 6, "exact", "killed")]
    # joined to the subject of another verb, they did something else
    assert _read("The commander alongside nine fighters attacked the post and two soldiers were killed.") == [
        ("two soldiers", 2, 2, "exact", "killed")]


def test_a_person_noun_titling_the_name_of_a_victim_counts_one() -> None:
    got = _read("Last spring agency reporter Omar Khalil was killed in a car bombing near the city.")
    assert [(low, high, category) for _, low, high, _, category in got] == [(1, 1, "killed")]
    assert _read("In May the group's leader Abu Salim was killed in a bombing.") == [
        ("group's leader", 1, 1, "exact", "killed")]
    # a titled name that is told something is no victim
    assert _read("Reporter Omar Khalil was told that five people were killed.") == [
        ("five people", 5, 5, "exact", "killed")]
