"""Events are reconciled: facts from different reports about the same quantity or slot are
lined up, each slot marked agree, conflict (with both sides, their sources and a reason
class) or single (one outlet only), with a consensus range for casualty figures."""

from __future__ import annotations

from rashomon.model import Extraction, Slot
from rashomon.reconcile.casualties import align_casualties
from rashomon.reconcile.dates import align_dates
from rashomon.reconcile.mentions import align_actors, align_places, align_speakers
from rashomon.reconcile.quotes import align_quotes

__all__ = ["reconcile"]


def reconcile(extractions: list[Extraction]) -> list[Slot]:
    """Every slot of the reports, casualty figures first."""
    return [
        *align_casualties(extractions),
        *align_dates(extractions),
        *align_places(extractions),
        *align_actors(extractions),
        *align_speakers(extractions),
        *align_quotes(extractions),
    ]
