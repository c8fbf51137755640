"""Grouping features: an untitled report's first sentence stands in for its headline."""

from __future__ import annotations

from rashomon.group.features import LEAD_EXTRA_WEIGHT, TITLE_WEIGHT, article_features, lead
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
