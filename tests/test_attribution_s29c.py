"""The victims of a figure are never its source (casualties._victims_as_source): a speaker tag
after unmarked quoted words must not take the victim noun as the speaker's name."""

from __future__ import annotations

from rashomon.extract import extract_article
from rashomon.model import Article, CasualtyFact


def _figures(text: str) -> dict[int | None, CasualtyFact]:
    return {f.low: f for f in extract_article(Article(id="t", text=text)).casualties}


def _primary(fact: CasualtyFact) -> str:
    return fact.source.primary if fact.source else ""


def test_victim_noun_running_into_a_speaker_tag_is_no_source() -> None:
    text = (
        "Party mourns four medics\n\n"
        "The party leader wrote to the clinic after an air raid on its depot. "
        "We grieve for the death of four brave medics in the Civil Defense Corps in Al-Hamra Haddad said."
    )
    assert _primary(_figures(text)[4]) == ""


def test_named_monitor_after_the_victims_keeps_its_name() -> None:
    text = (
        "Raid on a village\n\n"
        "An air raid killed four medics in the village on Friday the Syrian Observatory for Human Rights said."
    )
    assert "Observatory" in _primary(_figures(text)[4])


def test_phrase_across_two_run_on_headlines_is_no_source() -> None:
    text = (
        "Shelling kills 9 in Hama\n\n"
        "Shelling kills 9 in Hama AFP Friday 3 Jun 2016 Shelling kills 6 including children in Syrias Hama "
        "monitor Jordan PM says plans to reopen roads with Syria Iraq "
        "Shelling killed at least 9 civilians including a boy in two villages of Hamas countryside on Friday "
        "the Syrian Observatory for Human Rights said."
    )
    assert "Observatory" in _primary(_figures(text)[9])
