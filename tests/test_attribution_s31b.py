"""Out-of-domain attribution and false figures (GUIDELINES.md section 29): "according to the
student X news agency" credits X (a describing word before an outlet's own name no longer
stops the name); a place governed by "in" before ", which ..., say" is not who speaks; and a
person's own loss ("I have lost a son"), a condition's generic "one" ("when one is killed")
and a team's injured reserve are no casualty figures. Sentences invented."""

from __future__ import annotations

import pytest

from rashomon.extract import extract_article
from rashomon.model import Article


def _facts(text: str) -> list:
    """The casualty figures found in a one-paragraph article."""
    return extract_article(Article(id="t", text=text)).casualties


def _primary_at(text: str, cue: str) -> str | None:
    """The primary source of the figure whose words start at the cue ("" for none), or None
    when no figure is found there."""
    at = text.index(cue)
    for fact in _facts(text):
        if fact.start <= at < fact.end:
            return fact.source.primary if fact.source else ""
    return None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("According to the semi-official Mehr news agency, the tremor hurt four villagers.", "Mehr"),
        ("The tremor hurt four villagers, according to the student ILNA news agency.", "ILNA"),
        (
            "According to the student ILNA news agency, the tremor near Bam, a farming town in the south, "
            "hurt four villagers.",
            "ILNA",
        ),
    ],
)
def test_describing_word_before_an_outlet_name_keeps_the_outlet(text: str, outlet: str) -> None:
    assert _primary_at(text, "four villagers") == outlet


def test_lowercase_describing_words_before_a_common_noun_stay() -> None:
    text = "According to independent monitors, the tremor hurt four villagers."
    assert _primary_at(text, "four villagers") == "independent monitors"


def test_place_after_in_before_a_which_clause_is_not_the_speaker() -> None:
    text = (
        "Hotel owners in Peru and Bolivia, which draw many hikers each year, say bookings held up "
        "after the landslide, which left more than 40 people dead."
    )
    assert _primary_at(text, "more than 40 people") not in ("Bolivia", None)


def test_body_before_a_which_clause_still_speaks() -> None:
    text = "The Red Crescent, which runs two clinics in the valley, said nine people were killed."
    primary = _primary_at(text, "nine people")
    assert primary is not None and "Red Crescent" in primary


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('"I have lost a son," the old farmer told the crowd at the meeting.', "a son"),
        ("She knows what it is to lose a daughter, her cousin said.", "a daughter"),
        ("When one is killed, the whole valley grieves for weeks.", "one"),
        ("The trade brought to 11 the number of club players on injured reserve.", "11"),
    ],
)
def test_no_count_of_victims(text: str, cue: str) -> None:
    at = text.index(cue)
    assert not any(fact.start <= at < fact.end for fact in _facts(text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("One was killed and two were hurt when the roof fell, police said.", "One"),
        ("The shelling killed a son of the village headman, residents said.", "a son"),
        ("Police said 9 people were injured in the crash.", "9 people"),
    ],
)
def test_counts_of_victims_stay(text: str, cue: str) -> None:
    at = text.index(cue)
    assert any(fact.start <= at < fact.end for fact in _facts(text))


def test_hyphenated_title_before_an_appositive_name_speaks() -> None:
    text = (
        '"Blankets and tents have reached the camps," the governor-general of Kerman province, '
        "Reza Amini, told state television. He said 14 of the 60 injured were still in hospital."
    )
    primary = _primary_at(text, "14")
    assert primary is not None and "Kerman" in primary and primary != "state television"


def _headline_primary(title: str, body: str, cue: str) -> str | None:
    """The primary source of the title's figure at the cue ("" for none), or None."""
    whole = f"{title}\n\n{body}"
    at = whole.index(cue)
    for fact in extract_article(Article(id="t", text=whole, title=title)).casualties:
        if fact.start <= at < fact.end:
            return fact.source.primary if fact.source else ""
    return None


@pytest.mark.parametrize("speaker", ["Sheriff", "Coroner", "Officials"])
def test_headline_speaker_before_a_colon(speaker: str) -> None:
    title = f"{speaker}: Oregon warehouse fire kills 3, hurts 4"
    body = "Three workers died and four were hurt when a fire swept a warehouse on Friday, police said."
    primary = _headline_primary(title, body, "3")
    assert primary is not None and primary.lower() == speaker.lower()


def test_headline_place_before_a_colon_is_no_speaker() -> None:
    title = "Oregon: warehouse fire kills 3"
    body = "A fire swept a warehouse on Friday."
    assert _headline_primary(title, body, "3") != "Oregon"


@pytest.mark.parametrize(
    "text",
    [
        "Deputies say a 44-year-old Salem man stabbed his girlfriend and his own father to death inside the house.",
        "Deputies say a 44-year-old Salem man stabbed his ex-girlfriend and her elderly father to death at home.",
        "Deputies say a 44-year-old Salem woman shot her husband at their cabin.",
    ],
)
def test_who_harmed_their_own_people_is_no_victim(text: str) -> None:
    at = text.index("a 44-year-old")
    assert not any(fact.start <= at < fact.end for fact in _facts(text))


def test_harmed_kin_in_a_passive_still_count() -> None:
    text = "A farmer and his son were killed when a shell hit their truck, deputies said."
    assert _primary_at(text, "A farmer") is not None


def test_someones_man_named_after_a_comma_is_the_source() -> None:
    text = "The senator's press aide, Carl Munro, said in a statement that the attack killed a guard."
    assert _primary_at(text, "a guard") == "Carl Munro"


def test_a_full_name_with_another_given_name_is_another_person() -> None:
    text = (
        "Ellen Vance said the family was grieving. "
        "The victim's uncle, Doug Vance, said two guards were wounded in the attack."
    )
    assert _primary_at(text, "two guards") == "Doug Vance"


def test_a_surname_alone_is_the_person_named_before() -> None:
    text = "Ellen Vance, a hospital spokeswoman, said the ward was full. Vance said two guards were wounded."
    primary = _primary_at(text, "two guards")
    assert primary is not None and primary != "Vance"
