"""Facts come out of each report: sentences, then attributions, casualty figures, time
expressions, places, actors and quotes, each traced to its sentence and offsets.

`extract_article` runs the extractors in order; each one sees only the article, its
sentences and what earlier steps found, never another extractor's internals.
"""

from __future__ import annotations

from datetime import datetime

from rashomon.extract.actors import find_actors
from rashomon.extract.attribution import find_attributions
from rashomon.extract.attribution_links import restated_sources
from rashomon.extract.casualties import find_casualties
from rashomon.extract.places import find_places
from rashomon.extract.quotes import find_quotes
from rashomon.extract.sentences import split_sentences
from rashomon.extract.time import find_times
from rashomon.model import Article, Extraction

__all__ = ["extract_article"]


def extract_article(article: Article, anchor: datetime | None = None, anchor_from: str = "") -> Extraction:
    """All facts of one article.

    Steps:
    1. split the text into sentences (cheap rules, offsets kept);
    2. find who says what (attributions), so that figures can carry their source;
    3. casualty figures, linked to their attribution;
    4. time expressions, resolved against the anchor (the publication date unless given);
    5. places (gazetteer), actors (alias table) and quotes with speakers.
    """
    if anchor is None and article.published is not None:
        anchor, anchor_from = article.published, "published"
    sentences = split_sentences(article.text)
    attributions = find_attributions(article, sentences)
    return Extraction(
        article=article,
        anchor=anchor,
        anchor_from=anchor_from if anchor else "",
        sentences=sentences,
        casualties=restated_sources(find_casualties(article, sentences, attributions), sentences, attributions),
        times=find_times(article, sentences, anchor),
        places=find_places(article, sentences),
        actors=find_actors(article, sentences),
        attributions=attributions,
        quotes=find_quotes(article, sentences),
    )
