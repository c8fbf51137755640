"""Unnamed "local media" in a lead is the outlet named within the next few sentences, but an
indefinite phrase there ("a Syrian TV broadcaster reported") names no outlet: the figure stays
with "local media". Sentences invented."""

from __future__ import annotations

from conftest import source_at_cue as _source


def test_local_media_then_an_indefinite_broadcaster_stays_local_media() -> None:
    text = (
        "Two shepherds were killed and four others hurt in the hills local media reported. "
        "The shells hit a grazing ground outside the village a Syrian TV broadcaster reported."
    )
    for cue in ("Two", "four"):
        source = _source(text, cue)
        assert source is not None and source.primary == "local media"


def test_local_media_then_a_named_agency_is_that_agency() -> None:
    text = (
        "Two shepherds were killed in the hills according to local media. "
        "The Kurdish Hawar news agency said the shells came from the south."
    )
    source = _source(text, "Two")
    assert source is not None and "Hawar" in source.primary
