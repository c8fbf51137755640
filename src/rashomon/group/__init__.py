"""Event grouping: which news reports are about the same real-world event.

Public API: `group_articles` (batch), `EventIndex` (incremental, serialisable state),
`near_duplicates` (syndicated copies), and the per-stage functions `features`.
"""

from rashomon.group.duplicates import near_duplicates
from rashomon.group.features import ArticleFeatures, features
from rashomon.group.index import EventIndex, group_articles

__all__ = ["ArticleFeatures", "EventIndex", "features", "group_articles", "near_duplicates"]
