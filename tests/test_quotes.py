"""Quotations, their speakers, and the same quotation matched across reports.

All example text here is written for these tests; the seed reports and the FA-KES corpus
are read from ../shared at run time and skipped when absent.
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest

from rashomon.extract.quotes import (
    QUOTE_MATCH_THRESHOLD,
    find_quotes,
    is_partial,
    match_quotes,
    normalise_quote,
    same_quote,
    speaker_key,
)
from rashomon.extract.sentences import split_sentences
from rashomon.model import Article, QuoteFact

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

REPORT_A = (
    "Bodies were recovered near Kafr Dalia on Monday.\n"
    "“After the army retook the village [on Sunday], families found the dead in the fields,” "
    "said Karim Al-Hassan, head of the Hama Monitoring Group.\n"
    "“Many of the [militia] gunmen came from nearby farms and knew every household,” he added.\n"
    "One shepherd from the valley told the Associated Press, “We hid in the caves for three days "
    "and heard the shooting at night.”\n"
)
REPORT_B = (
    "Monitors said dozens of villagers were killed in Kafr Dalia.\n"
    '"After the army retook the village, families found the dead in the fields," '
    "Karim Alhassan told Reuters.\n"
    'A provincial official told Reuters that it was a "terrible crime" and that the search went on.\n'
)


def quotes_of(text: str, article_id: str = "a") -> list[QuoteFact]:
    article = Article(id=article_id, text=text)
    return find_quotes(article, split_sentences(text))


def test_offsets_point_at_the_quotation_with_its_marks() -> None:
    for text in (REPORT_A, REPORT_B):
        for q in quotes_of(text):
            assert text[q.start : q.end] == q.text
            assert q.text[0] in '“"' and q.text[-1] in '”"'
            assert q.text in q.sentence and q.quote in q.text


def test_inverted_attribution_with_apposition_and_pronoun() -> None:
    found = quotes_of(REPORT_A)
    assert [q.speaker for q in found] == ["Karim Al-Hassan", "Karim Al-Hassan", "One shepherd from the valley"]
    assert found[0].quote.startswith("After the army retook the village [on Sunday]")
    assert found[0].quote.endswith("in the fields,")
    assert found[1].speaker_key == found[0].speaker_key == "karimalhassan"


def test_unnamed_speaker_has_empty_key() -> None:
    shepherd = quotes_of(REPORT_A)[2]
    assert shepherd.speaker_key == ""
    assert shepherd.quote.startswith("We hid in the caves")


def test_partial_quote_keeps_its_speaker() -> None:
    partial = [q for q in quotes_of(REPORT_B) if q.quote == "terrible crime"]
    assert len(partial) == 1
    assert partial[0].speaker == "A provincial official" and partial[0].speaker_key == ""
    assert is_partial(partial[0])
    assert not is_partial(quotes_of(REPORT_B)[0])


def test_speaker_spellings_share_a_key() -> None:
    assert speaker_key("Karim Al-Hassan") == speaker_key("Karim Alhassan") == "karimalhassan"
    assert speaker_key("Dr. José Ortíz") == speaker_key("Jose Ortiz")
    assert quotes_of(REPORT_B)[0].speaker_key == "karimalhassan"


def test_the_same_quotation_is_matched_across_reports() -> None:
    groups = match_quotes({"b": quotes_of(REPORT_B, "b"), "a": quotes_of(REPORT_A, "a")})
    assert len(groups) == 1
    assert [q.article_id for q in groups[0]] == ["a", "b"]
    assert same_quote(*groups[0]) >= QUOTE_MATCH_THRESHOLD


def test_different_known_speakers_never_match() -> None:
    one = quotes_of("“We will rebuild every house in this town,” said Lina Haddad.", "x")
    two = quotes_of("“We will rebuild every house in this town,” said Omar Saleh.", "y")
    assert same_quote(one[0], two[0]) == 1.0
    assert match_quotes({"x": one, "y": two}) == []


def test_unknown_speaker_may_match_a_known_one() -> None:
    one = quotes_of("“We will rebuild every house in this town,” said Lina Haddad.", "x")
    two = quotes_of("Posters read “We will rebuild every house in this town” across the square.", "y")
    assert two[0].speaker_key == ""
    assert len(match_quotes({"x": one, "y": two})) == 1


def test_normalising_removes_insertions_marks_and_ellipses() -> None:
    assert normalise_quote("The [rebel] fighters… they’re gone,") == "the fighters theyre gone"
    assert normalise_quote("The fighters... they're   gone") == "the fighters theyre gone"


def test_short_quotes_must_match_whole() -> None:
    long = QuoteFact("x", 0, 0, "", "", quote="It was a terrible crime against the whole village")
    short = QuoteFact("y", 0, 0, "", "", quote="terrible crime")
    same = QuoteFact("z", 0, 0, "", "", quote="terrible crime")
    assert same_quote(long, short) < QUOTE_MATCH_THRESHOLD
    assert same_quote(short, same) == 1.0


def test_different_figures_are_different_quotations() -> None:
    one = QuoteFact("x", 0, 0, "", "", quote="At least 12 people were killed in the market and dozens were hurt")
    two = QuoteFact("y", 0, 0, "", "", quote="At least 21 people were killed in the market and dozens were hurt")
    assert same_quote(one, two) == 0.0


def test_figures_written_differently_still_match() -> None:
    words = QuoteFact("x", 0, 0, "", "", quote="Five families and 1,200 people left the camp before the rains came")
    digits = QuoteFact("y", 0, 0, "", "", quote="5 families and 1200 people left the camp before the rains came")
    assert same_quote(words, digits) >= QUOTE_MATCH_THRESHOLD


def test_a_trimmed_quotation_matches_the_full_one() -> None:
    full = QuoteFact(
        "x",
        0,
        0,
        "",
        "",
        quote="The bakery was the last one open. Now the whole street queues at the mosque for bread.",
    )
    cut = QuoteFact("y", 0, 0, "", "", quote="now the whole street queues at the mosque for bread")
    other = QuoteFact("z", 0, 0, "", "", quote="Now the whole street waits at the church for water.")
    assert same_quote(full, cut) >= QUOTE_MATCH_THRESHOLD
    assert same_quote(full, other) < QUOTE_MATCH_THRESHOLD


def test_one_word_quotes_are_found_but_not_matched() -> None:
    one = quotes_of("State media blamed “terrorists” for the blast.", "x")
    two = quotes_of("Officials again blamed “terrorists” for the attack.", "y")
    assert [q.quote for q in one + two] == ["terrorists", "terrorists"]
    assert match_quotes({"x": one, "y": two}) == []


def test_organisation_speakers_share_the_actor_key() -> None:
    one = quotes_of("“The shelling went on all night,” SOHR said.", "x")
    two = quotes_of("“The shelling went on all night,” the Syrian Observatory for Human Rights said.", "y")
    assert one[0].speaker_key == two[0].speaker_key != ""
    assert len(match_quotes({"x": one, "y": two})) == 1


def test_place_or_date_before_the_verb_is_not_the_speaker() -> None:
    found = quotes_of("The coalition that began its campaign last September said the strikes were “precise”.")
    assert found[0].speaker != "September"


def test_one_quote_per_article_in_a_group() -> None:
    text = (
        "“The water is gone and the wells are dry,” said Sami Nour. Later: “The water is gone and the wells are dry.”"
    )
    other = "“The water is gone and the wells are dry,” Sami Nour told reporters."
    groups = match_quotes({"x": quotes_of(text, "x"), "y": quotes_of(other, "y")})
    assert len(groups) == 1 and len(groups[0]) == 2
    assert {q.article_id for q in groups[0]} == {"x", "y"}


def test_match_order_is_deterministic() -> None:
    by_article = {"b": quotes_of(REPORT_B, "b"), "a": quotes_of(REPORT_A, "a")}
    first = [[(q.article_id, q.start) for q in g] for g in match_quotes(by_article)]
    again = [[(q.article_id, q.start) for q in g] for g in match_quotes(dict(reversed(by_article.items())))]
    assert first == again


def test_apostrophes_are_not_quote_marks() -> None:
    text = "The town’s mayor said the council’s ‘emergency plan’ was ready, and residents’ homes were safe."
    found = quotes_of(text)
    assert [q.quote for q in found] == ["emergency plan"]
    assert found[0].speaker == "The town’s mayor"


def test_curly_marks_typed_the_wrong_way_round() -> None:
    for text in ("”We are tired of waiting,” said Lina Haddad.", "“We are tired of waiting,“ said Lina Haddad."):
        found = quotes_of(text)
        assert [(q.quote, q.speaker) for q in found] == [("We are tired of waiting,", "Lina Haddad")]


def test_guillemets_and_colon_attribution() -> None:
    found = quotes_of("Nadia Karam said: «The road to the north is closed again.»")
    assert len(found) == 1
    assert found[0].quote == "The road to the north is closed again."
    assert found[0].speaker == "Nadia Karam"


def test_title_and_organisation_are_stripped_from_the_name() -> None:
    text = '"The convoy reached the camp before dawn," Relief Office chief Hana Mourad told AFP.'
    assert quotes_of(text)[0].speaker == "Hana Mourad"
    text = "“The convoy reached the camp,” said Regional Governor Samir Aziz on Friday."
    assert quotes_of(text)[0].speaker == "Samir Aziz"
    text = "“The talks will resume,” Deputy Secretary of State Laura Finch told reporters."
    assert quotes_of(text)[0].speaker == "Laura Finch"
    text = "“The advance continues,” said Omar Zayed of the Northern Brigades faction."
    assert quotes_of(text)[0].speaker == "Omar Zayed"


def test_surname_takes_the_full_name_given_earlier() -> None:
    text = (
        "“Nothing was left of the market,” said Yusuf Darwish, a shopkeeper.\n"
        "“We counted the stalls one by one,” Darwish said.\n"
    )
    found = quotes_of(text)
    assert [q.speaker for q in found] == ["Yusuf Darwish", "Yusuf Darwish"]


def test_quote_over_several_sentences_and_paragraphs() -> None:
    text = (
        "Intro line.\n"
        "“The shelling started at dawn. It did not stop until noon,” said Rania Fares. “We ran to the school.\n"
        "“Nobody came to help us for two days.”\n"
        "Another line.\n"
    )
    found = quotes_of(text)
    assert len(found) == 2
    assert found[0].sentence.startswith("“The shelling") and found[0].sentence.endswith("said Rania Fares.")
    long = found[1]
    assert text[long.start : long.end] == long.text and "\n" in long.text
    assert long.quote == "We ran to the school. Nobody came to help us for two days."
    assert long.speaker == "Rania Fares"


def test_parser_finds_the_speaker_of_a_described_quote() -> None:
    found = quotes_of("The regional minister described the raid as “a cowardly act” in a televised address.")
    assert found[0].speaker == "The regional minister"


def test_windows_line_ends() -> None:
    text = "Intro.\r\n“The first part of it.\r\n“The second part, never closed.\r\nAfter.\r\n"
    found = quotes_of(text)
    assert len(found) == 1 and text[found[0].start : found[0].end] == found[0].text
    assert (
        found[0].text.endswith("closed.") and found[0].quote == "The first part of it. The second part, never closed."
    )


def test_participle_and_reported_speech() -> None:
    text = "The monitoring group raised its toll on Monday, saying “at least forty people” had died."
    assert quotes_of(text)[0].speaker == "The monitoring group"
    text = '"The bridge is gone and the ferry stopped," the governor was quoted as saying by local radio.'
    assert quotes_of(text)[0].speaker == "the governor"
    text = '"Four shops burned overnight," the agency quoted a fire brigade officer as saying.'
    assert quotes_of(text)[0].speaker == "a fire brigade officer"


def test_wire_text_without_commas() -> None:
    text = '"The road is cut again" the director of the Relief Network Omar Haddad said.'
    assert quotes_of(text)[0].speaker == "Omar Haddad"
    text = '"The road is cut again" said Salim Jaber a driver from the valley.'
    assert quotes_of(text)[0].speaker == "Salim Jaber"
    text = 'The agency quoted a police source on Monday as saying the road was "cut again".'
    assert quotes_of(text)[0].speaker == "a police source"
    text = 'The ministry said the army was still trying to reach the village "by every road".'
    assert quotes_of(text)[0].speaker == "The ministry"


def test_she_takes_the_last_named_person() -> None:
    text = "“The clinic has no power,” said Dr. Mona Salem.\n“We work by torchlight,” she said.\n"
    assert [q.speaker_key for q in quotes_of(text)] == ["monasalem", "monasalem"]


def test_without_sentences_the_line_is_the_sentence() -> None:
    text = "Intro.\n“Roads are closed,” said Adel Nasser.\n"
    found = find_quotes(Article(id="a", text=text), [])
    assert found[0].sentence == "“Roads are closed,” said Adel Nasser."
    assert found[0].speaker == "Adel Nasser"


def test_unattributed_scare_quote_has_no_speaker() -> None:
    found = quotes_of("The so-called “safe zone” was shelled twice during the week.")
    assert [(q.quote, q.speaker, q.speaker_key) for q in found] == [("safe zone", "", "")]


def _seconds(text: str) -> float:
    began = time.perf_counter()
    found = find_quotes(Article(id="big", text=text), split_sentences(text))
    assert all(text[q.start : q.end] == q.text for q in found[:100])
    return time.perf_counter() - began


def test_a_megabyte_of_quote_marks_finishes_in_linear_time() -> None:
    for unit in ('"a" “b ', "“", "‘x’ «y "):
        whole = _seconds(unit * (1_000_000 // len(unit)))
        tenth = _seconds(unit * (100_000 // len(unit)))
        assert whole < 60.0
        assert whole < 30 * tenth + 0.5  # linear gives ~10x; quadratic would give ~100x


def _seed_articles() -> list[Article]:
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if len(seeds) < 2:
        pytest.skip("../shared/seeds not present")
    return [Article(id=p.stem, text=p.read_text(encoding="utf-8")) for p in seeds]


@pytest.mark.seeds
def test_seed_reports_share_quotes() -> None:
    by_article = {a.id: find_quotes(a, split_sentences(a.text)) for a in _seed_articles()}
    groups = match_quotes(by_article)
    streets = [g for g in groups if all("bodies on the streets" in normalise_quote(q.quote) for q in g)]
    assert len(streets) == 1 and len(streets[0]) == 2
    assert {q.speaker for q in streets[0]} == {"Rami Abdel Rahman", "Rami Abdelrahman"}
    assert len({q.speaker_key for q in streets[0]}) == 1
    assert any(all("sleeper cells" in normalise_quote(q.quote) for q in g) and len(g) == 2 for g in groups)
    resident = [q for qs in by_article.values() for q in qs if "Associated Press" in q.sentence and not is_partial(q)]
    assert resident and all(q.speaker and q.speaker_key == "" for q in resident)


@pytest.mark.shared
def test_corpus_offsets_hold() -> None:
    path = SHARED / "data" / "fakes" / "FA-KES-Dataset.csv"
    if not path.exists():
        pytest.skip("../shared/data/fakes/FA-KES-Dataset.csv not present")
    with path.open(encoding="utf-8", errors="replace") as f:
        rows = list(csv.DictReader(f))[:200]
    total = 0
    for k, row in enumerate(rows):
        article = Article(id=str(k), text=row["article_content"])
        for q in find_quotes(article, split_sentences(article.text)):
            assert article.text[q.start : q.end] == q.text and q.quote
            total += 1
    assert total > 50
