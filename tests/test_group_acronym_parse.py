"""The group "IS" respelled as a name for the parser only (casualty_sentences.group_acronyms).

Sentences invented for the test."""

from rashomon.extract import extract_article
from rashomon.extract.actors import actor_spans
from rashomon.extract.casualty_sentences import group_acronyms
from rashomon.model import Article


def _figures(text: str) -> list[tuple[int | None, str, str, str]]:
    facts = extract_article(Article(id="t", text=text)).casualties
    return [(f.low, f.category, text[f.start : f.end], f.victim_class) for f in facts]


def test_group_respelled_same_length_verb_kept() -> None:
    text = "The toll IS high after 9 IS fighters died; the town IS quiet."
    parsed = group_acronyms(text)
    assert len(parsed) == len(text)
    assert parsed.count("IS") == 2 and "9 IZ fighters" in parsed


def test_shouted_headline_left_alone() -> None:
    text = "THE BATTLE IS OVER AS IS FIGHTERS FLEE"
    assert group_acronyms(text) == text


def test_parser_spelling_read_back_as_the_group() -> None:
    assert [actor.id for _, _, actor in actor_spans("IZ members")] == ["islamic-state"]


def test_coordinated_count_of_group_fighters_found() -> None:
    text = "The clashes killed 20 soldiers as well as 7 IS fighters near the dam on Monday."
    assert _figures(text) == [(20, "killed", "20 soldiers", "security"), (7, "killed", "7 IS fighters", "combatant")]


def test_group_members_are_combatants() -> None:
    text = "Kurdish units had killed 6 IS members during the night, a monitor said."
    assert _figures(text) == [(6, "killed", "6 IS members", "combatant")]
