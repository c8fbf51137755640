"""The comma the FA-KES copy lost before a trailing source, restored for the parser only.

Sentences invented for the test."""

from rashomon.extract import extract_article
from rashomon.extract.casualty_sentences import source_commas
from rashomon.model import Article, Sentence


def _sentence(text: str) -> Sentence:
    return Sentence(start=0, end=len(text), text=text)


def test_comma_before_a_named_source_same_length() -> None:
    text = "Rockets killed 11 people MSF said on Sunday."
    marked = source_commas(text, _sentence(text), [text.index("MSF")])
    assert marked == "Rockets killed 11 people,MSF said on Sunday."
    assert len(marked) == len(text)


def test_no_comma_where_a_noun_phrase_already_opens() -> None:
    text = "Rockets killed 11 people the monitor said on Sunday."
    assert source_commas(text, _sentence(text), [text.index("the monitor")]) == text


def test_no_comma_after_punctuation_or_at_the_sentence_start() -> None:
    text = "MSF said rockets killed 11 people, MSF added."
    assert source_commas(text, _sentence(text), [0, text.index("MSF added")]) == text


def test_figure_before_a_named_source_keeps_its_verb() -> None:
    text = "Rockets killed 11 people MSF said on Sunday."
    facts = extract_article(Article(id="t", text=text)).casualties
    assert [(f.low, f.category) for f in facts] == [(11, "killed")]
    assert facts[0].source is not None and "MSF" in facts[0].source.primary
