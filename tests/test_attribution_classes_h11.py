"""Classes of attribution errors met on the eleventh held-out set, each tested on invented
sentences."""

from __future__ import annotations

import pytest
from conftest import figure_sources

from rashomon.extract import extract_article
from rashomon.model import Article

# -- "according to a statement released Friday by X", "information handed over to Y by X":
# -- a time or the recipient between the maker's verb and "by"; the maker is the source ------


@pytest.mark.parametrize(
    ("opening", "maker"),
    [
        ("According to a statement released Friday by the Health Directorate", "Health Directorate"),
        ("According to figures issued late on Monday by the Civil Defence", "White Helmets (Syria Civil Defence)"),
        (
            "According to information handed over to the provincial governor by a source at Homs Police Command",
            "source at Homs Police Command",
        ),
    ],
)
def test_according_to_a_document_with_time_or_recipient(opening: str, maker: str) -> None:
    sources = figure_sources(f"{opening} seven people were killed in the market town.")
    assert sources == {"seven people": maker}


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


# -- "state-run news agency said" with no owner: the one state agency the article names -------


def test_ownerless_state_agency_is_the_one_the_article_names() -> None:
    text = (
        "Gunmen killed six farmers near the village state-run news agency said. "
        "A SANA reporter said the farmers were harvesting wheat."
    )
    assert figure_sources(text) == {"six farmers": "SANA (Syrian Arab News Agency)"}


def test_ownerless_state_agency_unresolved_when_two_are_named() -> None:
    text = (
        "Gunmen killed six farmers near the village state-run news agency said. "
        "SANA and Anadolu Agency both carried photographs of the field."
    )
    assert "SANA" not in figure_sources(text).get("six farmers", "")


# -- "X claims the attack that hit a school on Monday killing 17": the toll closes the relative
# -- clause on the claimed event, so it is not the claimant's figure -------------------------


def test_toll_in_a_participle_inside_a_claimed_event_clause() -> None:
    text = "The militant group claims the car bomb attack that struck a checkpoint near the bridge killing nine guards."
    assert figure_sources(text).get("nine guards", "") == ""


def test_claimant_stating_a_toll_keeps_it() -> None:
    text = "The militant group claimed the car bomb attack killed nine guards at a checkpoint near the bridge."
    assert figure_sources(text) == {"nine guards": "militant group"}


# -- '"Two died" he said. "There are 20 wounded."': a run of quotations is one speaker's ------


def test_quotation_going_on_keeps_its_speaker() -> None:
    text = (
        'The health directorate said shelling hit the clinic. "Nine patients were killed" the director said. '
        '"There are about 30 wounded in the corridors."'
    )
    sources = figure_sources(text)
    assert sources["about 30"] == sources["Nine patients"] != ""


def test_unquoted_sentence_after_a_quotation_is_not_carried_by_it() -> None:
    text = '"Nine patients were killed" the director said. There are about 30 wounded across the province.'
    assert figure_sources(text).get("about 30", "") == ""


# -- "... according to SANA. A police source told SANA ... 6 ...": the outlet passes the source on


def test_outlet_claim_restated_by_the_source_it_was_told() -> None:
    text = (
        "Six farmers were wounded by a mortar shell in the market according to SANA. "
        "A source at Hama Police Command told SANA that the shell wounded 6 farmers near the mill."
    )
    facts = extract_article(Article(id="t", text=text)).casualties
    first = min(facts, key=lambda f: f.start)
    assert first.source is not None
    assert first.source.primary == "source at Hama Police Command"
    assert first.source.via == ["SANA (Syrian Arab News Agency)"]


def test_outlet_claim_kept_when_the_source_gives_another_count() -> None:
    text = (
        "Six farmers were wounded by mortar shells in two villages according to SANA. "
        "A source at Hama Police Command told SANA that a shell wounded 4 farmers near the mill."
    )
    facts = extract_article(Article(id="t", text=text)).casualties
    first = min(facts, key=lambda f: f.start)
    assert first.source is not None and first.source.primary == "SANA (Syrian Arab News Agency)"
