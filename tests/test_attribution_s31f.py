"""Out-of-domain attribution, second pass (attr31f): invented passages in the way US and wire
news is written (ECB+, TimeBank, AQUAINT; GUIDELINES.md section 29), one sentence a line as ECB+
prints it. Covered: a "told" object cut down to its article ("told an assistant pastor") or a
person or audience ("told Mr. X", "told Parliament") passes nothing on; two relatives sharing a
surname whose given names are also places stay two people; "they said" after one person speaking
alone goes back to the plural source before; a victim's relative speaks; a narrative line after a
quotation line is the outlet's; "whom she accused of" tells no claim; "the owner said" after
"said X, owner of ..." is X; an age in commas ("X, 45, said") keeps the name before it; a
figure between two lines of one speaker, with a line of narration between, is the outlet's;
"a lawyer for suspect X said" is the lawyer; "Professor X" is the "Given X" the article named before."""

from __future__ import annotations

from rashomon.extract import extract_article
from rashomon.extract.attribution_scope import is_outlet
from rashomon.model import Article


def _attributions(text: str) -> list[tuple[str, str, list[str]]]:
    """(attribution text, primary, via) of each attribution, in order."""
    found = extract_article(Article(id="t", text=text)).attributions
    return [(a.text, a.source.primary, list(a.source.via)) for a in found]


def _figure_sources(text: str) -> dict[str, str]:
    """Each casualty figure's text mapped to its primary source ("" when none)."""
    facts = extract_article(Article(id="t", text=text)).casualties
    return {f.text: f.source.primary if f.source else "" for f in facts}


def test_told_object_cut_to_its_article_names_no_outlet() -> None:
    found = _attributions("The mayor told an assistant principal that the school would reopen on Monday.\n")
    assert found and all(via == [] for _, _, via in found)


def test_told_person_or_chamber_is_no_outlet() -> None:
    assert not is_outlet("an")
    assert not is_outlet("the")
    assert not is_outlet("Mr")
    assert not is_outlet("President Obama")
    assert not is_outlet("Parliament")
    assert is_outlet("Reuters")
    assert is_outlet("The Associated Press")


def test_relatives_whose_given_names_are_places_stay_apart() -> None:
    text = (
        "Chela Ortiz, the officer's widow, said the verdict brought some relief.\n"
        "Two men were nearly killed in the same gang's earlier attacks, according to prosecutors.\n"
        '"We can finally rest now," the officer\'s mother, Rosa Ortiz, said.\n'
    )
    primaries = [primary for _, primary, _ in _attributions(text)]
    assert primaries == ["Chela Ortiz", "prosecutors", "Rosa Ortiz"]


def test_they_after_one_person_goes_back_to_the_plural_source() -> None:
    text = (
        "Two men were nearly killed in the same gang's earlier attacks, according to prosecutors.\n"
        '"We can finally rest now," the officer\'s mother, Rosa Ortiz, said.\n'
        "The fingerprints on the rifle settled the question, they said.\n"
    )
    assert _attributions(text)[-1][1] == "prosecutors"


def test_a_victims_relative_speaks() -> None:
    text = "Four people were killed when the roof fell in, the father of one of the victims told reporters.\n"
    assert _figure_sources(text)["Four people"] == "father of one of the victims"


def test_narration_after_a_quotation_line_is_the_outlets() -> None:
    text = (
        "The governor spoke to the assembly on Thursday.\n"
        'She told the assembly that "grief is no excuse for lawlessness."\n'
        "Two guards and a driver died when the convoy was attacked near the bridge.\n"
    )
    sources = _figure_sources(text)
    assert sources["Two guards"] == ""


def test_whom_she_accused_tells_no_claim() -> None:
    text = (
        "Prosecutor Dana Webb said the defendant planned the shooting for weeks.\n"
        "The defendant had quarrelled with the night crew, whom she accused of hiding her tools.\n"
        "Two women died at the scene.\n"
    )
    texts = [t for t, _, _ in _attributions(text)]
    assert not any("accused" in t for t in texts)
    assert _figure_sources(text)["Two women"] == ""


def test_the_role_named_before_is_that_person() -> None:
    text = (
        "Nine sailors were aboard the trawler, said Ana Dorrance, owner of the Sea Lark.\n"
        "One sailor is confirmed dead, the boat's owner said.\n"
    )
    assert _figure_sources(text)["One sailor"] == "Ana Dorrance"


def test_an_age_in_commas_stands_between_the_name_and_its_verb() -> None:
    text = "Dora Maitland, 44, told the county court that two guards were killed in the escape.\n"
    assert _figure_sources(text)["two guards"] == "Dora Maitland"
    found = _attributions("Kevin Oduya, 29, said the doors were locked.\n")
    assert found[0][1] == "Kevin Oduya"


def test_a_line_of_narration_between_one_speakers_lines_is_the_outlets() -> None:
    text = (
        "The two hikers were flown out on Sunday, Sergeant Lena Marsh said.\n"
        "It was the third fall on the ridge this winter.\n"
        "A 41-year-old man died on Friday after he slid down an icy slope.\n"
        "The ridge will stay closed until the thaw, Sergeant Marsh said.\n"
    )
    assert _figure_sources(text)["A 41-year-old man"] == ""


def test_a_second_relative_after_one_whose_given_name_is_a_place() -> None:
    text = (
        '"It is over at last," the officer\'s mother, Rosa Ortiz, said.\n'
        '"I feel lighter," said 17-year-old Jeremy Ortiz, one of his sons.\n'
    )
    primaries = [primary for _, primary, _ in _attributions(text)]
    assert primaries[0] == "Rosa Ortiz"
    assert "Jeremy" in primaries[1]


def test_a_role_for_or_against_the_accused_speaks_not_the_accused() -> None:
    text = "A lawyer for murder suspect Dale Pruitt said two people were killed in the earlier robbery.\n"
    assert _figure_sources(text)["two people"] == "lawyer"


def test_a_titled_surname_takes_the_full_name_introduced_before() -> None:
    text = (
        "A lecturer in history, Petra Lindqvist, stayed home because the streets were unsafe.\n"
        "Three people died in the fire, Professor Lindqvist said.\n"
    )
    assert _figure_sources(text)["Three people"] == "Petra Lindqvist"
    other = "Other Garner aides stayed away.\nFour men were hurt, Mr. Garner said.\n"
    assert _figure_sources(other)["Four men"] == "Mr. Garner"
