"""A source cited before the verb of saying: "Citing medical sources, the monitor said",
"The monitor, citing medical sources, said". The cited one is primary and the one citing it
is the intermediary (GUIDELINES.md section 6: "citing medical sources the monitoring group
said" gives `medical` via the monitor), as attribution_phrases.py already reads the participle after
the verb ("the monitor said, citing medics"). Split from attribution.py to keep it short.

An intermediary written as a descriptor ("the Britain-based monitoring group") is resolved
to the body it refers to, like a source; a name is kept in its canonical form.
"""

from __future__ import annotations

import re

from rashomon.extract.attribution_names import resolve_source
from rashomon.extract.attribution_words import Found, clean_name
from rashomon.model import AttributionFact, Sentence

# The participle fronted before the subject ("Citing medical sources(,) the monitor said"),
# opening the sentence or a clause.
_FRONTED_CITING = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?i:citing|quoting)\s+([^,;:\"“”]+?)[\s,]*$")
# ... or set off by commas between the subject and its verb: "The monitor, citing medics, said".
_INSIDE_CITING = re.compile(r",\s*(?i:citing|quoting)\s+([^,;:\"“”]+?),\s*")
# Words a fronted cited source may hold ("local medical sources in the town"): a longer run is
# a clause, not a name.
MAX_CITED_WORDS = 8


def cited_before(text: str, start: int, phrase: str, verb_start: int) -> tuple[int, str, str] | None:
    """(start, cited phrase, intermediary) when a citing participle names a source before the
    verb whose subject `phrase` (at `start`) is; else None. The span start stays the subject's
    when the participle follows it."""
    if "iting" not in text and "uoting" not in text:  # a cheap gate: "Citing", "quoting"
        return None
    inside = _INSIDE_CITING.fullmatch(text, start + len(phrase), verb_start)
    if inside:
        return start, inside.group(1), phrase
    fronted = _FRONTED_CITING.search(text, 0, start)
    if fronted and len(fronted.group(1).split()) <= MAX_CITED_WORDS:
        return fronted.start(1), fronted.group(1), phrase
    return None


def via_name(
    via: str, text: str, start: int, earlier: list[AttributionFact], later: list[Found], sentences: list[Sentence]
) -> str:
    """The intermediary's name: a descriptor is the body it refers to, resolved like a source;
    a name is kept as written (its canonical form)."""
    name = clean_name(via, canonical=True)
    if name != name.lower():
        return name
    resolved = resolve_source(via, text, start, earlier, later, sentences)
    return resolved.primary if resolved is not None and resolved.primary else name
