"""Grouping features: an untitled report's first sentence stands in for its headline, and
later sentences count less than the opening ones."""

from __future__ import annotations

from rashomon.group.features import (
    LEAD_EXTRA_WEIGHT,
    POSITION_BLOCK,
    TITLE_WEIGHT,
    article_features,
    lead,
    position_weight,
)
from rashomon.model import Article

UNTITLED = (
    "\n  Ferry capsizes off Port Lindqvist in heavy swell\n"
    "Coastguard boats searched the water on Tuesday. The ferry carried commuters."
)


def test_lead_is_the_first_sentence_after_blank_lines() -> None:
    assert lead(UNTITLED) == "Ferry capsizes off Port Lindqvist in heavy swell"
    assert lead("The dam burst at dawn. Villages were flooded.") == "The dam burst at dawn."
    assert lead("") == ""


def test_untitled_lead_counts_as_much_as_a_title() -> None:
    terms = article_features(Article(id="u1", text=UNTITLED)).terms
    # "ferry" twice in the body (once in the lead), plus the lead's extra weight once
    assert terms["ferry"] == 2 + LEAD_EXTRA_WEIGHT
    assert terms["capsize"] == 1 + LEAD_EXTRA_WEIGHT  # lead only: as much as a title word
    assert 1 + LEAD_EXTRA_WEIGHT == TITLE_WEIGHT
    assert terms["coastguard"] == 1  # body only


def test_titled_article_lead_gets_no_extra_weight() -> None:
    text = "Coastguard boats searched the water on Tuesday. The ferry carried commuters."
    terms = article_features(Article(id="t1", text=text, title="Ferry sinks")).terms
    assert terms["coastguard"] == 1  # first sentence of a titled article: plain body
    assert terms["ferry"] == 1 + TITLE_WEIGHT


def test_sentences_past_each_block_count_half() -> None:
    assert position_weight(0) == position_weight(POSITION_BLOCK - 1) == 1.0
    assert position_weight(POSITION_BLOCK) == 0.5
    assert position_weight(2 * POSITION_BLOCK + 1) == 0.25


def test_a_word_in_the_closing_background_counts_less_than_in_the_lead() -> None:
    filler = " ".join(f"Rescuers checked house number {n}." for n in range(POSITION_BLOCK))
    text = f"A landslide buried the hamlet of Orsk Vale. {filler} Last year a flood hit Brennmoor."
    terms = article_features(Article(id="p1", text=text, title="Landslide in Orsk Vale")).terms
    assert terms["landslide"] == 1 + TITLE_WEIGHT  # lead sentence: full weight
    assert terms["flood"] == 0.5  # one sentence past the first block: half
    assert terms["e:orsk vale"] == 1 + TITLE_WEIGHT
