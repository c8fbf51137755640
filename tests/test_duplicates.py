"""The numpy MinHash and LSH bands of rashomon.group.duplicates against datasketch's own:
same signatures, same band parameters, so the same near-duplicate pairs."""

from __future__ import annotations

import pytest

from rashomon.group import duplicates
from rashomon.group.duplicates import Bands, minhash, near_duplicates, shingles, signature
from rashomon.model import Article

datasketch = pytest.importorskip("datasketch")

TEXTS = [
    "Rain fell on the valley town for a third day and the river rose over the old stone bridge.",
    "The council voted to close the northern road while engineers inspect the flooded bridge.",
    "A small fishing boat with four crew was towed back to the harbour after its engine failed.",
    "One word",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_signature_is_datasketchs(text: str) -> None:
    items = shingles(text)
    theirs = datasketch.MinHash(num_perm=duplicates.NUM_PERM, seed=duplicates.SEED)
    theirs.update_batch([item.encode("utf-8") for item in items])
    assert minhash(items).tolist() == theirs.hashvalues.tolist()


def test_band_parameters_are_datasketchs() -> None:
    for (threshold, num_perm), params in duplicates.LSH_PARAMS.items():
        probe = datasketch.MinHashLSH(threshold=threshold, num_perm=num_perm)
        assert params == (probe.b, probe.r)


def test_bands_find_what_datasketch_finds() -> None:
    bands, rows = duplicates.LSH_PARAMS[(duplicates.DUPLICATE_THRESHOLD, duplicates.NUM_PERM)]
    theirs = datasketch.MinHashLSH(num_perm=duplicates.NUM_PERM, params=(bands, rows))
    ours = Bands(bands, rows)
    base = TEXTS[0] + " " + TEXTS[1] + " " + TEXTS[2]
    variants = [base, base + " Updated at noon.", base.replace("third", "fourth"), TEXTS[2], TEXTS[1] + TEXTS[0]]
    for number, text in enumerate(variants):
        items = shingles(text)
        sketch = datasketch.MinHash(num_perm=duplicates.NUM_PERM, seed=duplicates.SEED)
        sketch.update_batch([item.encode("utf-8") for item in items])
        mine = signature(Article(id=f"v{number}", text=text))
        assert ours.query(mine) == set(theirs.query(sketch))
        ours.insert(f"v{number}", mine)
        theirs.insert(f"v{number}", sketch)
    assert ours.query(signature(Article(id="again", text=base))) == {"v0", "v1", "v2"}


def test_near_duplicates_with_another_threshold_asks_datasketch() -> None:
    text = " ".join(TEXTS[:3])
    articles = [Article(id="b", text=text + " Later."), Article(id="a", text=text)]
    assert near_duplicates(articles, threshold=0.6) == {"b": "a"}


def test_given_signatures_give_the_same_copies() -> None:
    text = " ".join(TEXTS[:3])
    articles = [Article(id="b", text=text + " Later."), Article(id="a", text=text), Article(id="c", text=TEXTS[2])]
    given = {"a": signature(articles[1]), "b": signature(articles[0])}
    assert near_duplicates(articles, signatures=given) == near_duplicates(articles) == {"b": "a"}
    assert signature(Article(id="empty", text="")) is None
