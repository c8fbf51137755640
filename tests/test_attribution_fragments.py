"""Source phrases that are not the name they look like (source_fragments.py), a document as the
subject of its own sentence (issuer_sources.py via source_scan.py), and unnamed officials."""

import pytest

from rashomon.extract.attribution import find_attributions
from rashomon.extract.attribution_words import clean_name
from rashomon.extract.sentences import split_sentences
from rashomon.extract.source_fragments import common_noun, distinct_name, is_fragment, is_place
from rashomon.model import Article, Source


def _sources(text: str) -> list[Source]:
    return [f.source for f in find_attributions(Article(id="t", text=text), split_sentences(text))]


def test_the_statement_as_subject_resolves_to_its_issuer() -> None:
    text = (
        "The Marjtown Health Directorate issued a statement on Tuesday about the shelling.\n"
        "The statement said eleven people were killed in the market."
    )
    assert [s.primary for s in _sources(text)] == ["Marjtown Health Directorate"]


def test_the_report_as_subject_resolves_to_its_publisher() -> None:
    text = "The Idlib Relief Council published a report on Friday. The report said forty civilians died."
    assert [s.primary for s in _sources(text)] == ["Idlib Relief Council"]


def test_a_statement_with_no_known_issuer_gives_no_source() -> None:
    assert _sources("The statement said nine people were killed in the raid.") == []


def test_in_a_statement_still_sits_between_source_and_verb() -> None:
    text = "The Marjtown Health Directorate in a statement said nine people were killed."
    assert [s.primary for s in _sources(text)] == ["Marjtown Health Directorate"]


@pytest.mark.parametrize("phrase", ["Kurdish Red Crescent", "Turkish Red Crescent", "Iraqi Red Crescent"])
def test_a_community_society_keeps_its_whole_name(phrase: str) -> None:
    assert clean_name(phrase, canonical=True) == phrase


def test_a_place_before_a_known_outlet_or_body_still_reduces() -> None:
    assert clean_name("Syria SANA", canonical=True) == "SANA (Syrian Arab News Agency)"
    assert clean_name("Hama Human Rights Watch", canonical=True) == "Human Rights Watch"
    assert not distinct_name("Syrian SANA", "SANA", "news agency")  # an outlet is never split


def test_kurdish_red_crescent_as_a_speaker() -> None:
    assert [s.primary for s in _sources("The Kurdish Red Crescent said twelve people were hurt.")] == [
        "Kurdish Red Crescent"
    ]


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Sources told reporters that twelve died.", "sources"),
        ("Twelve people died, Officials said.", "officials"),
        ("Activists said twelve people died.", "activists"),
    ],
)
def test_a_capitalised_common_noun_is_no_named_body(text: str, primary: str) -> None:
    sources = _sources(text)
    assert [s.primary for s in sources] == [primary]
    assert sources[0].speaker == ""  # not taken for a person named "Sources"


def test_common_noun_leaves_names_and_phrases_alone() -> None:
    assert common_noun("Hezbollah") == "Hezbollah"
    assert common_noun("Local Sources") == "Local Sources"
    assert common_noun("Sources") == "sources"


def test_a_cut_name_fragment_is_no_source() -> None:
    assert _sources("According to human rights in Syria, twelve people died.") == []
    # the subject before the relative clause speaks (source_clauses.py), never the fragment in it
    found = _sources("A group that monitors human rights in Syria said twelve people died.")
    assert [source.primary for source in found] == ["group"]


def test_fragment_check_keeps_real_names() -> None:
    assert is_fragment("human rights in Syria")
    assert is_fragment("Human Rights")
    assert not is_fragment("Physicians for Human Rights")
    assert not is_fragment("Syrian Network for Human Rights")
    assert not is_fragment("rights groups in Syria")


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("A local official said twelve people died.", "official sources"),
        ("Senior officials told reporters that twelve people died.", "official sources"),
        ("A hospital official said twelve people died.", "medical sources"),  # the medical family first
        ("An opposition official said twelve people died.", "opposition official"),  # the opposition speaks
    ],
)
def test_unnamed_officials_map_to_the_official_family(text: str, primary: str) -> None:
    assert [s.primary for s in _sources(text)] == [primary]


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Eighteen fighters were killed in the raid, the Pentagon said on Thursday.", "Pentagon"),
        ("The Russian Defence Ministry said sixty militants were killed.", "Russian Defence Ministry"),
        ("The US-led coalition said twelve fighters were killed.", "US-led coalition"),  # the force itself
    ],
)
def test_a_government_body_speaking_for_a_force_keeps_its_name(text: str, primary: str) -> None:
    assert [s.primary for s in _sources(text)] == [primary]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Four drowned, according to the Marlow district attorney's office.", "Marlow district attorney's office"),
        ("Two hikers were found dead, according to the sheriff's department.", "sheriff's department"),
    ],
)
def test_a_name_cut_at_a_possessive_keeps_the_office(sentence: str, expected: str) -> None:
    """'according to the X district attorney's office': the office speaks, not the place before it."""
    assert [s.primary for s in _sources(sentence)] == [expected]


def test_a_place_after_its_place_noun_is_no_speaker() -> None:
    text = "A first toll from the shelling of the rebel stronghold of Deir Marwan reported nine people killed."
    assert [s.primary for s in _sources(text)] == []


@pytest.mark.parametrize(
    ("phrase", "before"),
    [("Kafr Tamra", "the raid on the stronghold of "), ("Tal al-Hamra", "in the old town of ")],
)
def test_is_place_takes_a_named_place(phrase: str, before: str) -> None:
    assert is_place(phrase, before, frozenset({"network", "council"}))


@pytest.mark.parametrize(
    ("phrase", "before"),
    [
        ("Tal Basra Local Council", "the district of "),  # an organisation's word follows the place
        ("Tal Basra state television", "the district of "),  # a lowercase speaker follows the place
        ("Tal Basra", "the village official "),  # no place noun before it
        ("Tal Basra", "an official in the town "),  # no "of" before it
    ],
)
def test_is_place_keeps_a_speaker_after_a_place(phrase: str, before: str) -> None:
    assert not is_place(phrase, before, frozenset({"network", "council"}))
