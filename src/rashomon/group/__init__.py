"""Event grouping: which news reports are about the same real-world event.

Public API: `group_articles` (batch), `EventIndex` (incremental, serialisable state),
`near_duplicates` (syndicated copies). The stages are plain functions in their modules:
`features.features`, `candidates.lookup`/`cosines`, `cluster.average_link`.
"""

from rashomon.group.duplicates import near_duplicates
from rashomon.group.features import ArticleFeatures
from rashomon.group.index import EventIndex, group_articles

__all__ = ["ArticleFeatures", "EventIndex", "group_articles", "near_duplicates"]
