"""From pairwise similarities to events: shared nearest neighbours, then average link.

Why not cluster the cosines directly: two similar events (two pirate attacks foiled by the
same navy) share so many topic words that their cross similarity (~0.15-0.2) is as high
as the similarity inside a diffuse event. What does separate them is *rank*: an article's
nearest neighbours are almost always reports of its own event (1-NN purity 0.98 on ECB+
dev, against 0.90 pairwise AUC within a topic). So the similarity we cluster is the share
of nearest neighbours two articles have in common (Jarvis-Patrick "shared nearest
neighbours"), and clusters merge by average link over it, provided their average cosine
is not negligible. On ECB+ dev this took B-cubed F1 from 0.89 (average link on cosine,
best threshold) to 0.95.

Measured and rejected (ECB+ dev, folds 1-19 / 20-35 grouped on their own), because the
failures left are in the words, not in the clustering: (a) mutual neighbours only, or
non-mutual ones at half weight (F1 0.655 / 0.640; 0.896 / 0.962; retuning the merge
threshold did not recover); (b) a split test, spectral bisection of a cluster's cosines
(also with words in over half the cluster dropped): clusters mixing two events (cross/within
ratio 0.46-0.81) do not stand apart from one-event clusters (0.35-0.88); (c) a merge test
on centroid cosine: the other event of the same topic is nearer (up to 0.60) than the
sub-stories of one event (0.19-0.45); (d) the shares and cosines left between the final
clusters interleave for same- and different-event pairs; (e) neighbours weighted by rank
in the share ((k+1-rank) products, self at rank 0): no threshold from 0.06 to 0.25 beat the
plain share on every fold (best 0.943/0.965 and 0.922/0.949/0.979, against 0.953/0.969 and
0.927/0.949/0.979, with position weights at threshold 0.15); (f) a lower relative floor
or average cosine: each raised one fold and lowered another; a minimum cosine of 0.08:
folds up by 0-0.007, 24 random topic halves unchanged (mean 0.962), FA-KES 487 -> 461
events (more incidents of one city chained); (g) on three
folds the merges joining two events (shares 0.21-0.26 between clusters of 4-12 reports)
fall among the correct merges of large clusters (0.185-0.275).

All functions take and return plain data, no hidden state.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Mapping
from operator import itemgetter

# Nearest neighbours kept per article. k=5 was best on ECB+ dev among 4-8 (k=4: 0.952,
# 5: 0.954, 6: 0.960 at a narrower threshold plateau, 8: 0.94); a small k keeps the
# neighbours inside the event even for events of 3-5 reports.
NEIGHBOURS = 5
# A neighbour must have at least this cosine: a lone report on an event of its own then
# has no neighbours and stays alone. 0.1 is about where unrelated ECB+ articles stop
# (cross-topic mean cosine 0.015, same-event mean 0.25).
MIN_COSINE = 0.1
# ... and at least this fraction of the article's best cosine. In a small batch k=5 can
# cover every other article, so the neighbours of a report on one earthquake would include
# the reports on another one; the relative floor drops neighbours much weaker than the
# best. On ECB+ dev, 0.3 cost 0.004 F1 in batch and gained 0.01 incrementally; 0.5 cut
# recall (F1 0.934).
RELATIVE_COSINE = 0.3
# Merge while the average shared-neighbour share between two clusters is at least this.
# Criterion: the most conservative (highest) threshold whose B-cubed F1 is within 0.005 of
# the best on each half of the ECB+ dev topics, each half grouped on its own. With the
# position weights of `features`, F1 on topics 1-19 / 20-35 was 0.941/0.969 at 0.08,
# 0.955/0.969 at 0.09, 0.965/0.969 at 0.10, 0.11 and 0.125, 0.953/0.969 at 0.14 and 0.15,
# 0.953/0.963 at 1/6, 0.926/0.963 at 0.20: the highest within 0.005 of the best is 0.125
# on 1-19 and 0.15 on 20-35, so 0.125 (3/4 of one shared neighbour out of k+1 per pair).
# Against 0.15 it changes no fold for the worse (three folds 0.927/0.949/0.979 ->
# 0.927/0.955/0.979; FA-KES and the 10k synthetic corpus group identically).
MERGE_THRESHOLD = 0.125

# Two clusters also need this average cosine to merge: shared neighbours alone can chain
# reports of different incidents in a corpus where everything is on one topic (FA-KES:
# all Syrian-war casualty reports). On ECB+ dev F1 is unchanged up to 0.08 and drops by
# 0.004 at 0.10; 0.08 keeps the ECB+ result and still blocks merges on topic words alone.
MIN_AVERAGE_COSINE = 0.08

Pair = tuple[str, str]


def pair(first: str, second: str) -> Pair:
    """An unordered pair in canonical order."""
    return (first, second) if first < second else (second, first)


def nearest(similar: Iterable[tuple[str, float]], k: int = NEIGHBOURS) -> list[tuple[str, float]]:
    """The k most similar (id, cosine) above MIN_COSINE, ties broken by id."""
    kept = sorted((other, sim) for other, sim in similar if sim >= MIN_COSINE)
    kept.sort(key=itemgetter(1), reverse=True)  # stable: ties stay in id order (no Python key)
    floor = RELATIVE_COSINE * kept[0][1] if kept else 0.0
    return [(other, sim) for other, sim in kept[:k] if sim >= floor]


def shared_neighbours(
    first: str, second: str, neighbours: Mapping[str, list[tuple[str, float]]], k: int = NEIGHBOURS
) -> float:
    """Share of the neighbourhoods (each article counts in its own) the two have in common."""
    near_first = {other for other, _ in neighbours.get(first, ())} | {first}
    near_second = {other for other, _ in neighbours.get(second, ())} | {second}
    return len(near_first & near_second) / (k + 1)


def neighbourhood_pairs(
    ids: Iterable[str],
    neighbours: Mapping[str, list[tuple[str, float]]],
    reverse: Mapping[str, set[str]],
) -> set[Pair]:
    """Every pair (id, other) whose neighbourhoods can overlap: linked or sharing a neighbour."""
    pairs: set[Pair] = set()
    for article in ids:
        hubs = {other for other, _ in neighbours.get(article, ())} | {article}
        for hub in hubs:
            for other in reverse.get(hub, set()) | {hub}:
                if other != article:
                    pairs.add(pair(article, other))
    return pairs


def average_link(
    sizes: Mapping[str, int],
    edges: Mapping[Pair, float],
    threshold: float = MERGE_THRESHOLD,
    can_merge: Callable[[str, str], bool] | None = None,
    cosines: Mapping[Pair, float] | None = None,
    min_cosine: float = MIN_AVERAGE_COSINE,
) -> dict[str, str]:
    """Agglomerate clusters by average link over a sparse graph; return cluster -> root.

    `sizes` gives each starting cluster's size (existing events count all their reports,
    even those not in `edges`); `edges` sums similarities between starting clusters; a
    missing edge counts as 0. A merge also needs the average of `cosines` (summed the same
    way) to reach `min_cosine`, and `can_merge(a, b)` may veto a merge of two current roots.
    The merged cluster keeps the smaller root key, so the result is deterministic.
    """
    size = dict(sizes)
    links = _symmetric(size, edges)
    support = _symmetric(size, cosines or {})
    root = {c: c for c in size}
    heap = [(-w / (size[a] * size[b]), a, b) for (a, b), w in _sorted_links(links)]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if -negative < threshold:
            break
        if root[a] != a or root[b] != b or abs(links[a].get(b, 0.0) / (size[a] * size[b]) + negative) > 1e-12:
            continue  # stale entry
        if support[a].get(b, 0.0) / (size[a] * size[b]) < min_cosine:
            continue
        if can_merge is not None and not can_merge(a, b):
            continue
        _merge(a, b, size, links, root, heap)
        _combine(a, b, support)
    return {c: _find(root, c) for c in sizes}


def _symmetric(size: Mapping[str, int], edges: Mapping[Pair, float]) -> dict[str, dict[str, float]]:
    links: dict[str, dict[str, float]] = {c: {} for c in size}
    for (a, b), weight in edges.items():
        links[a][b] = links[a].get(b, 0.0) + weight
        links[b][a] = links[b].get(a, 0.0) + weight
    return links


def _combine(a: str, b: str, links: dict[str, dict[str, float]]) -> None:
    """Fold the smaller-keyed cluster's sums into the kept one (same rule as `_merge`)."""
    keep, gone = (a, b) if a < b else (b, a)
    for other, weight in links.pop(gone).items():
        if other != keep:
            links[keep][other] = links[keep].get(other, 0.0) + weight
            links[other][keep] = links[keep][other]
            del links[other][gone]
    links[keep].pop(gone, None)


def _sorted_links(links: Mapping[str, Mapping[str, float]]) -> list[tuple[Pair, float]]:
    return sorted(((a, b), w) for a, near in links.items() for b, w in near.items() if a < b)


def _merge(
    a: str,
    b: str,
    size: dict[str, int],
    links: dict[str, dict[str, float]],
    root: dict[str, str],
    heap: list[tuple[float, str, str]],
) -> None:
    keep, gone = (a, b) if a < b else (b, a)
    root[gone] = keep
    size[keep] += size[gone]
    _combine(a, b, links)
    for other, weight in sorted(links[keep].items()):
        first, second = (keep, other) if keep < other else (other, keep)
        heapq.heappush(heap, (-weight / (size[keep] * size[other]), first, second))


def _find(root: Mapping[str, str], c: str) -> str:
    while root[c] != c:
        c = root[c]
    return c
