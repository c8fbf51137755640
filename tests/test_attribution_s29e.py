"""Junk sources from general English news: a reported clause after "X, head of Y, said" is no
name (X speaks); a count before "accused"/"alleged" used as an
adjective ("Two accused gunmen") is no speaker; a thing cited ("Citing an example", "Citing
security concerns") is no source, the one citing it speaks; "Reports reaching here said" are
media reports, and the place the reports reached is not the source. Sentences invented."""

from __future__ import annotations

from conftest import source_at_cue as _source


def test_a_count_before_an_adjective_participle_is_no_speaker() -> None:
    text = "Three accused smugglers went on trial Monday for shooting a ferry pilot dead on the river."
    assert _source(text, "a ferry pilot") is None


def test_a_count_before_a_verb_of_saying_still_speaks() -> None:
    text = "Officials met the families. Two alleged that four guards were killed in the raid."
    source = _source(text, "four guards")
    assert source is not None and source.primary == "Two"


def test_a_cited_example_is_not_the_source() -> None:
    text = (
        "Citing an example, a police spokesman said that of six sailors who drowned last winter, "
        "only two were found."
    )
    source = _source(text, "six sailors")
    assert source is not None and "example" not in source.primary
    assert source.via == []


def test_cited_concerns_are_not_the_source() -> None:
    text = "Citing safety concerns, the fire chief said four workers were killed in the blast."
    source = _source(text, "four workers")
    assert source is not None and "concerns" not in source.primary


def test_a_cited_source_still_counts() -> None:
    text = "Citing medical sources, the monitor said four workers were killed in the blast."
    source = _source(text, "four workers")
    assert source is not None and source.primary == "medical sources"


def test_reports_reaching_here_are_the_source() -> None:
    text = "Reports reaching here said a gas explosion in the port wrecked a depot, killing 12 dockers."
    source = _source(text, "12 dockers")
    assert source is not None and "reports" in source.primary.lower()


def test_reports_reaching_a_city_are_not_the_city() -> None:
    text = "Reports reaching Nairobi said a gas explosion in the port wrecked a depot, killing 12 dockers."
    source = _source(text, "12 dockers")
    assert source is not None and source.primary != "Nairobi" and "reports" in source.primary.lower()


def test_a_reported_clause_after_an_appositive_is_no_name() -> None:
    text = "Omar Haddad, head of the rescue unit for the relief agency, said four divers were killed in the storm."
    source = _source(text, "four divers")
    assert source is not None and source.primary == "Omar Haddad"
