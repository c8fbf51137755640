"""The attribute ruler's matching by lookups (rashomon.extract.attribute_rules) must give
spaCy's own matches, so that parts of speech, morphology and lemmas are unchanged."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from rashomon.extract import nlp
from rashomon.extract.attribute_rules import RuleIndex
from rashomon.extract.sentences import split_sentences

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
# Written for this test: the tag-map rules plus every kind of exception rule (two-token
# lemmas, regex, DEP-conditioned morphology and POS, whitespace tokens).
SENTENCES = [
    "At least 12 people were killed when a car bomb exploded near a market, police said.",
    "I'm gonna go now, y'all, and c'mon, we gotta leave before it gets dark.",
    "Let's see: there is a man outside and there's none inside; there were two yesterday.",
    "He ain't here, but she did it and you have it, and it was given to me by you.",
    "That which we want is this, but not that; what they did was what he had done.",
    "  Spaces   between \n lines\tand tabs . ",
    "The minister, who had visited Gao on Monday, said 3,000 families had fled.",
]


@pytest.fixture(scope="module")
def models():
    module = importlib.import_module(nlp.MODEL_PACKAGE)
    return nlp.pipeline(), module.load(disable=["ner"])


def token_attributes(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def shared_sentences(limit: int = 1500) -> list[str]:
    found: list[str] = []
    for path in sorted(SHARED.rglob("*.jsonl"))[:3]:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[:200]:
            try:
                text = json.loads(line).get("text") or ""
            except (ValueError, AttributeError):
                continue
            found += [s.text for s in split_sentences(text)]
    return found[:limit]


def test_the_fast_matcher_is_installed(models):
    fast, _ = models
    assert fast.get_pipe("attribute_ruler").match.__self__.__class__ is RuleIndex


def test_same_matches_and_token_attributes_on_written_sentences(models):
    fast, plain = models
    ruler = plain.get_pipe("attribute_ruler")
    index = RuleIndex(ruler)
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        bare = list(plain.pipe(SENTENCES))
    for doc in bare:
        assert index.match(doc) == ruler.match(doc)
    for mine, theirs in zip(fast.pipe(SENTENCES), plain.pipe(SENTENCES), strict=True):
        assert token_attributes(mine) == token_attributes(theirs)


def test_same_token_attributes_on_real_news_sentences(models):
    texts = shared_sentences()
    if not texts:
        pytest.skip(f"no JSONL under {SHARED} (third-party text is read at run time, never copied)")
    fast, plain = models
    mine = [token_attributes(d) for d in fast.pipe(texts)]
    theirs = [token_attributes(d) for d in plain.pipe(texts)]
    assert mine == theirs


def test_lemma_index_is_sets_and_lemmas_unchanged(models):
    """The rule lemmatizer's word index is looked up as sets (nlp._index_as_sets); every
    lemma stays spaCy's, which reads the same index as lists."""
    fast, plain = models
    index = fast.get_pipe("lemmatizer").lemmatizer.lookups.get_table("lemma_index")
    assert index and all(isinstance(words, frozenset) for words in index.values())
    plain_index = plain.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, list) for words in plain_index.values())
    text = "The gunmen were shelling crowded villages, wounding dozens of fleeing farmers and their younger sons."
    assert token_attributes(fast(text)) == token_attributes(plain(text))
    assert [t.lemma_ for t in fast(text)][2:6] == ["be", "shell", "crowded", "village"]


def test_doc_text_is_spacys_and_kept_with_the_parse():
    """nlp.doc_text gives spaCy's Doc.text, built once per cached parse."""
    doc = nlp.parse_one("Two  soldiers were wounded in the  blast , officials said .")
    assert nlp.doc_text(doc) == doc.text
    assert nlp.doc_text(doc) is nlp.doc_text(doc)


def test_tokens_overlapping_is_a_scan_of_every_token():
    """tokens_overlapping (bisection) finds the tokens a scan over the doc finds."""
    doc = nlp.parse_one("On Monday morning, three people were killed in the town, police said.")
    text = doc.text
    for lo in range(len(text)):
        for hi in range(lo + 1, min(len(text), lo + 20) + 1):
            scanned = [t.i for t in doc if t.idx < hi and t.idx + len(t.text) > lo]
            assert [t.i for t in nlp.tokens_overlapping(doc, lo, hi)] == scanned


def test_the_bare_built_tokenizer_loads_the_saved_settings(models):
    """nlp._bare_tokenizer_config: the tokenizer built without spaCy's defaults ends up
    with the model's saved exceptions and affix patterns, and splits text the same way."""
    fast, plain = models
    assert fast.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(exclude=["vocab"])
    for text in SENTENCES:
        assert [t.text for t in fast.tokenizer(text)] == [t.text for t in plain.tokenizer(text)]
