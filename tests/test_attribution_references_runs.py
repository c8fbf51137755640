"""A generic source ("a monitoring group") resolved to a known body whose name, in a text
without punctuation, runs on into its spokesman's name; invented sentences."""

from __future__ import annotations

from conftest import figure_sources

from rashomon.extract.attribution_generic import fitting_name
from rashomon.extract.attribution_words import generic_heads


def test_a_monitor_named_later_with_its_spokesman_run_on() -> None:
    text = (
        "Six fighters were killed in drone strikes on Tuesday, a monitoring group said. "
        "The raids have been criticised before. Many of the strikes missed their targets "
        "according to the Syrian Observatory for Human Rights Jane Doe."
    )
    assert figure_sources(text)["Six fighters"] == "Syrian Observatory for Human Rights (SOHR)"


def test_the_known_body_at_the_start_of_a_run() -> None:
    run = "Syrian Observatory for Human Rights Jane Doe"
    assert fitting_name(run, generic_heads()["group"]) == "Syrian Observatory for Human Rights (SOHR)"


def test_a_body_of_another_kind_at_the_start_is_not_taken() -> None:
    assert fitting_name("Reuters Jane Doe", generic_heads()["monitor"]) is None
