"""The shapes of a speaker in its own sentence: what may stand between the speaker and its verb
(adverbs, participle phrases, a month, a bracketed acronym, a place), where a body's name ends,
coordinated subjects and verbs, title-case headline tails. Sentences invented."""

from __future__ import annotations

import pytest
from conftest import figure_sources
from conftest import named_sources as _sources
from conftest import source_at_cue as _source

from rashomon.extract.attribution_names import resolve_source
from rashomon.extract.sentences import split_sentences


def _resolved(phrase: str) -> str:
    sentences = split_sentences("x")
    source = resolve_source(phrase, "x", 0, [], [], sentences)
    return source.primary if source else ""


# -- a participle modifier ends at the clause's own finite verb -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Some 20 gunmen of the jihadist group operating in Idlib were killed in clashes with rebel troops in"
        " western Aleppo on Friday reports said.",
        "Eleven militants of the terrorist group active in the desert were killed in battles with government"
        " troops near Palmyra on Sunday reports said.",
    ],
)
def test_a_participle_object_is_not_the_speaker_after_a_finite_verb(text: str) -> None:
    sources = set(figure_sources(text).values())
    assert sources == {"reports"}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The Lakeside Monitoring Group citing medics who were at the scene said nine people died.", "nine people"),
        ("Doctors working in the northern clinics said 14 people were treated for burns.", "14 people"),
    ],
)
def test_a_participle_running_to_the_verb_still_gives_its_subject(text: str, figure: str) -> None:
    source = figure_sources(text)[figure]
    assert source and "clinics" not in source and "scene" not in source


# -- "indicated" is a verb of saying ----------------------------------------------------------


def test_reports_indicated_that_gives_the_reports() -> None:
    text = "Early reports indicated that 17 villagers were killed when the dam burst near the old mill."
    assert figure_sources(text)["17 villagers"].endswith("reports")


def test_a_monitor_indicated_that_gives_the_monitor() -> None:
    text = "The Lakeside Monitoring Group indicated that 17 villagers were killed when shells hit the mill."
    assert figure_sources(text)["17 villagers"] == "Lakeside Monitoring Group"


# -- a known agency right before the verb is its subject, not a modifier's object ----------------


def test_a_known_agency_before_the_verb_outranks_a_participle_antecedent() -> None:
    text = (
        "Gunfire killed five men near the bridge on Friday including a journalist working at a magazine owned"
        " by the local council state news agency SANA reported."
    )
    assert figure_sources(text)["five men"] == "SANA (Syrian Arab News Agency)"


# -- "... a coalition that seeks X a report by Y says": the document is the subject ----------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "At least 50 civilians have been killed in airstrikes by a coalition that wants to defeat the rebels"
            " a report by the Hill Monitoring Network said.",
            "Hill Monitoring Network",
        ),
        (
            "At least 50 civilians have been killed in airstrikes by a group that fights the rebels a statement"
            " from the Hill Monitoring Network said.",
            "Hill Monitoring Network",
        ),
        (
            "At least 50 civilians have been killed in airstrikes by a coalition that wants to defeat the rebels"
            " a report from the UN says.",
            "United Nations",
        ),
    ],
)
def test_a_document_with_its_maker_before_the_verb_is_its_subject(text: str, source: str) -> None:
    assert figure_sources(text)["At least 50 civilians"] == source


def test_a_subject_after_a_relative_clause_without_a_document_is_unchanged() -> None:
    text = (
        "At least 50 civilians have been killed in airstrikes by a group that fights the rebels the Hill"
        " Monitoring Network said."
    )
    assert figure_sources(text)["At least 50 civilians"] == "Hill Monitoring Network"


@pytest.mark.parametrize(
    "text",
    [
        "Despite heavy shelling at least 12 people were killed in the raid the Hill Monitoring Network said.",
        "At least 12 people were killed in the raid and the Hill Monitoring Network said that rescuers were digging.",
    ],
)
def test_a_figure_without_both_signs_keeps_its_speaker(text: str) -> None:
    assert figure_sources(text)["At least 12 people" if text.startswith("At") else "at least 12 people"] == (
        "Hill Monitoring Network"
    )


# -- "... both X and the rebels a monitor said": the speaker is the phrase right before the verb --


def test_a_determiner_after_a_coordinated_object_opens_the_speaker() -> None:
    text = (
        "Gunmen shot dead six rebels fighting both the regime of President Bashar al-Assad and the jihadists "
        "a monitor said on Monday. The Syrian Observatory for Human Rights said the men were taken at night."
    )
    assert figure_sources(text)["six rebels"] == "Syrian Observatory for Human Rights (SOHR)"


def test_two_coordinated_speakers_still_give_the_first() -> None:
    text = "Shelling killed nine people the civil defence and a medical source said."
    assert figure_sources(text) == {"nine people": "White Helmets (Syria Civil Defence)"}


# -- "medics treating the wounded gave a toll": a present participle after a speaker's head
# -- opens a reduced relative clause; the speaker before it is the subject -----------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Paramedics answering the call gave a lower toll of nine dead.", "medical sources"),
        ("Rescue workers digging in the rubble said nine died.", "White Helmets (Syria Civil Defence)"),
    ],
)
def test_speaker_before_a_participle_phrase(sentence: str, speaker: str) -> None:
    sources = figure_sources(f"The monitor said the raid hit a bakery. {sentence}")
    assert list(sources.values()) == [speaker]


def test_participle_after_a_non_speaker_is_no_subject_modifier() -> None:
    sources = figure_sources("Troops advancing on the village left 14 fighters dead the monitor said.")
    assert "monitor" in " ".join(sources.values()).lower()


# -- "the Islamic State (IS) group said": an acronym in brackets belongs to the name, even one
# -- spelt like a stop word ("IS", "US") -----------------------------------------------------


def test_bracketed_acronym_inside_a_source_name() -> None:
    text = (
        "The Islamic State (IS) group said in a statement that its fighter blew himself up at a checkpoint. "
        "The claim said 12 soldiers were killed."
    )
    assert figure_sources(text) == {"12 soldiers": "Islamic State (ISIS)"}


def test_bracketed_acronym_before_the_verb() -> None:
    sources = figure_sources("The Islamic State (IS) said nine guards were killed in the raid.")
    assert sources == {"nine guards": "Islamic State (ISIS)"}


# -- "the Committee to Defend Writers": "to" between a body's capitalised head noun and a
# -- capitalised verb is inside its name; "Commission" heads a body, never a person's name ---


@pytest.mark.parametrize(
    "sentence",
    [
        "According to a report by the Paris-based Committee to Defend Writers four reporters were killed.",
        "Four reporters were killed last year, the Committee to Defend Writers said.",
        "The Committee to Defend Writers said four reporters were killed last year.",
    ],
)
def test_to_inside_a_body_name(sentence: str) -> None:
    assert list(figure_sources(sentence).values()) == ["Committee to Defend Writers"]


def test_to_after_a_body_name_still_ends_it() -> None:
    sources = figure_sources("Four reporters were killed, the Foreign Ministry said to Reuters.")
    assert list(sources.values()) == ["Foreign Ministry"]


def test_commission_heads_a_body_not_a_title_and_surname() -> None:
    sources = figure_sources(
        "Troops killed 12 villagers according to a statement released on Sunday by the"
        " Kurdish Youth General Commission."
    )
    assert list(sources.values()) == ["Kurdish Youth General Commission"]


# -- "pro-government media outlets said", "two newspapers reported": the plural of an outlet
# -- word is a speaker's head noun as its singular is ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Pro-government media outlets said a shell killed at least nine people.", "Pro-government media outlets"),
        ("Other media outlets stated that nine people were killed in the raid.", "media outlets"),
        ("State media outlets reported that nine people were killed.", "State media outlets"),
    ],
)
def test_plural_outlet_word_as_speaker(sentence: str, speaker: str) -> None:
    assert list(figure_sources(sentence).values()) == [speaker]


# -- "YPGs statement said": an acronym with a bare "s" before a document noun is its owner's
# -- possessive with the apostrophe lost ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("YPGs statement said nine fighters were killed in the raid.", "Kurdish People's Protection Units (YPG)"),
        ("The UNs report said nine civilians were killed.", "United Nations"),
    ],
)
def test_acronym_possessive_without_apostrophe(sentence: str, owner: str) -> None:
    assert list(figure_sources(sentence).values()) == [owner]


def test_named_document_owner_unchanged() -> None:
    sources = figure_sources("A Defense Ministry statement said nine soldiers were killed.")
    assert list(sources.values()) == ["Defense Ministry"]


# -- "Shelling Kills 12 in Border Town Monitor": a title-case headline's tail word names its
# -- source as the lowercase tail does ("... kills 12: monitor") ------------------------------


def test_title_case_headline_tail() -> None:
    sources = figure_sources("Shelling kills 12 civilians in border town Monitor\n\nNo further details were given.")
    assert list(sources.values()) == ["monitor"]


def test_title_case_headline_tail_names_the_monitor_that_follows() -> None:
    text = (
        "Shelling kills 12 civilians in border town Monitor\n\n"
        "Shelling killed 12 civilians in a border town, the Syrian Observatory for Human Rights said."
    )
    assert set(figure_sources(text).values()) == {"Syrian Observatory for Human Rights (SOHR)"}


# -- "X relies on a network of sources and says ...": a verb of saying joined by "and" to an
# -- earlier verb shares its subject; the earlier verb's object is nobody who speaks ----------


def test_conjoined_verb_shares_the_first_subject() -> None:
    text = "The Lakeside Monitor relies on a web of contacts across the valley and says nine people died in the raid."
    assert list(figure_sources(text).values()) == ["Lakeside Monitor"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The monitor and medics in the town said nine people died.", "monitor"),
        ("The group spoke to doctors at the hospital and said nine people died.", "group"),
    ],
)
def test_coordinated_subject_and_plain_conjoined_verb_unchanged(sentence: str, speaker: str) -> None:
    assert list(figure_sources(sentence).values()) == [speaker]


# -- "<speaker> in <month> said": a month (or "last year") between a speaker and its verb is an
# -- adjunct of time, like "on Sunday", not part of the speaker's name ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Relief Committee in October said that 40 fishermen had drowned.",
        "The Harbour Relief Committee last year said that 40 fishermen had drowned.",
        "The Harbour Relief Committee in late October said that 40 fishermen had drowned.",
    ],
)
def test_a_month_between_speaker_and_verb(sentence: str) -> None:
    assert _sources(sentence) == ["Harbour Relief Committee"]


# -- "... in the eastern X province says a monitoring group": a phrase headed by a lowercase
# -- place noun is where the figure is, never who speaks; the speaker follows the verb -----------


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve farmers died in floods across the low northern Brenmoor valley district says a Geneva-based"
        " relief group on Friday.",
        "Twelve farmers died in floods in the northern province said a relief group after the storm.",
    ],
)
def test_a_place_before_says_is_not_the_speaker(sentence: str) -> None:
    assert _sources(sentence) == ["relief group"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Twelve died in floods, relief workers in the district said on Friday.", "relief workers in the district"),
        ("A source in the district told the Valley Gazette that twelve died in floods.", "source in the district"),
    ],
)
def test_a_speaker_placed_in_a_district_keeps_its_place(sentence: str, speaker: str) -> None:
    assert _sources(sentence) == [speaker]


def test_adverb_in_ly_between_source_and_verb() -> None:
    source = _source("The Hama Relief Council recently reported 14 teachers killed this year.", "14")
    assert source is not None and source.primary == "Hama Relief Council"
    source = _source("The Tartus Aid League separately announced that nine drivers died.", "nine")
    assert source is not None and source.primary == "Tartus Aid League"


def test_ly_noun_before_the_verb_stays_the_subject() -> None:
    source = _source("The Hama daily reported that six farmers were killed.", "six")
    assert source is not None and "daily" in source.primary.lower()


def test_name_after_lowercase_descriptor() -> None:
    assert _resolved("press freedom watchdog Hama Media Council") == "Hama Media Council"
    assert _resolved("International aid charity Relief Now Network") == "Relief Now Network"


def test_name_after_preposition_is_no_described_name() -> None:
    assert _resolved("source at Tartus Police Command") == "source at Tartus Police Command"
    assert _resolved("officials in Hama Health Directorate") == "officials in Hama Health Directorate"


def test_adjectives_before_an_according_to_source_without_comma() -> None:
    text = "According to independent doctors hundreds of civilians were killed in the siege."
    source = _source(text, "hundreds")
    assert source is not None and source.primary != ""
    source = _source("According to several unnamed activists 12 people died in the raid.", "12")
    assert source is not None and "activists" in source.primary


# -- a body the actor table knows whole is not a titled person --------------------------------


def test_a_known_body_with_a_title_word_in_its_name_is_the_body() -> None:
    """ "General Staff" holds a title word, but the whole phrase is a known body, not a person
    "Staff" with the title "General" speaking for "Turkish"."""
    text = "The Turkish General Staff said on Monday that 14 militants were killed in the shelling."
    source = _source(text, "14 militants")
    assert source is not None and source.primary == "Turkish armed forces" and not source.speaker


def test_a_titled_person_of_a_known_body_still_speaks_for_it() -> None:
    text = "Observatory chief Rami Nasser said 12 civilians were killed in the raid."
    source = _source(text, "12 civilians")
    assert source is not None and "Observatory" in source.primary and source.speaker == "Rami Nasser"
