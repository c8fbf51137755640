"""A figure under a bare "reports say" / "a report says" takes the monitor the next sentence names
(source_citing.report_named_next). Sentences are invented for the test."""

from conftest import attribution_primaries


def test_bare_report_takes_the_monitor_named_next() -> None:
    text = (
        "Shelling on a market town has left at least 12 people dead, a report says. "
        "The Syrian Observatory for Human Rights said on Monday that the rounds fell near a bakery."
    )
    primaries = attribution_primaries(text)
    assert primaries[0] == primaries[1]
    assert "Observatory" in primaries[0]


def test_bare_report_keeps_its_word_when_an_outlet_speaks_next() -> None:
    text = (
        "Shelling on a market town has left at least 12 people dead, reports say. "
        "Reuters said on Monday that the rounds fell near a bakery."
    )
    assert attribution_primaries(text)[0] == "reports"
