"""Casualty figures that the nineteenth session's reading of outside news corpora showed wrong as
a class. All sentences are invented for these tests."""

from conftest import casualty_figures as _figures


def _read(text: str) -> list[tuple[str, int | None, str]]:
    return [(f.text, f.low, f.category) for f in _figures(text)]


def test_an_age_after_a_name_is_not_a_count() -> None:
    assert _read("Marta Quill, 41, was shot dead outside her shop on Monday.") == []
    assert _read("The bodies of Ivo Brandt, 63, and Lena Brandt, 58, were found in the house.") == []
    assert _read("Officer Dale Yost, 37, was wounded in the exchange, police said.") == []


def test_a_count_beside_an_age_is_kept() -> None:
    got = _read("Tomas Reid, 29, and four other men were killed when the bridge collapsed.")
    assert [(low, kind) for _, low, kind in got] == [(4, "killed")]
    got = _read("Gunmen killed 12 people in the market on Sunday, the governor said.")
    assert [(low, kind) for _, low, kind in got] == [(12, "killed")]
