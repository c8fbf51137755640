"""Amounts as intervals: qualifiers, vague words, ranges, and the numbers that are not head counts."""

import time

import pytest

from rashomon.extract.amounts import Amount, find_amounts, is_amount_word, parse_amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 116", Amount(116, None, "at_least")),
        ("more than 200", Amount(201, None, "more_than")),
        ("over 30", Amount(31, None, "more_than")),
        ("upwards of 40", Amount(41, None, "more_than")),
        ("up to 50", Amount(None, 50, "up_to")),
        ("as many as 60", Amount(None, 60, "up_to")),
        ("fewer than 10", Amount(None, 9, "less_than")),
        ("about 40", Amount(40, 40, "about")),
        ("some 100", Amount(100, 100, "about")),
        ("nearly 50", Amount(None, 50, "up_to")),
        ("30 or more", Amount(30, None, "at_least")),
        ("between 20 and 30", Amount(20, 30, "about")),
        ("10 to 15", Amount(10, 15, "about")),
        ("10-15", Amount(10, 15, "about")),
        ("1,750", Amount(1750, 1750, "exact")),
        ("2.000", Amount(2000, 2000, "exact")),
        ("twelve", Amount(12, 12, "exact")),
        ("one hundred and five", Amount(105, 105, "exact")),
        ("twenty-three", Amount(23, 23, "exact")),
        ("1.5 million", Amount(1_500_000, 1_500_000, "exact")),
        ("a dozen", Amount(12, 12, "about")),
        ("dozens", Amount(24, 99, "vague")),
        ("hundreds", Amount(200, 999, "vague")),
        ("several", Amount(2, 9, "vague")),
        ("a few", Amount(2, 9, "vague")),
        ("a few hundred", Amount(200, 999, "vague")),
        ("tens of thousands", Amount(20000, 99999, "vague")),
        ("several thousand", Amount(2000, 9999, "vague")),
        ("a few dozen", Amount(24, 99, "vague")),
        ("close to 300", Amount(None, 300, "up_to")),
        ("more than a dozen", Amount(13, None, "more_than")),
        ("at least dozens", Amount(24, 99, "vague")),
    ],
)
def test_parse_amount_gives_the_documented_interval(text: str, expected: Amount) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("built around 1750 BC", "year"),
        ("populated since 2,400 BC", "year"),
        ("in 2015", "year"),
        ("on October 21", "date"),
        ("on 21 October", "date"),
        ("on 21/10/2017", "date"),
        ("at 15:55", "date"),
        ("the 3rd brigade", "date"),
        ("a 12-year-old boy", "age"),
        ("a boy aged 12", "age"),
        ("40 percent of homes", "percent"),
        ("40% of homes", "percent"),
        ("$5 million in aid", "money"),
        ("some 100 kilometres away", "unit"),
        ("over two weeks", "duration"),
        ("a 20 day period", "duration"),
        ("a population of about 18,000", "population"),
        ("the population fell from 3,000 to a few hundred", "population"),
        ("25 airstrikes hit the town", "count"),
        ("scores were high", "not_amount"),
        ("No-one was hurt in the blaze", "count"),
        ("the driver, Jane Roe, 40, of the town", "age"),
        ("a vigil for Tom Poe, 17, who was shot", "age"),
    ],
)
def test_non_head_counts_are_kept_with_their_reason(text: str, reason: str) -> None:
    spans = find_amounts(text)
    assert spans, text
    assert all(span.excluded == reason for span in spans), [(s.text, s.excluded) for s in spans]
    assert parse_amount(text) is None


def test_spans_carry_offsets_and_qualifier_words() -> None:
    text = "Rebels said at least 14 people died and 30 more were hurt."
    spans = [s for s in find_amounts(text) if not s.excluded]
    assert [(s.text, text[s.start : s.end]) for s in spans] == [("at least 14", "at least 14"), ("30", "30")]


def test_a_head_count_year_is_not_a_year() -> None:
    assert parse_amount("2000 people fled") == Amount(2000, 2000, "exact")


def test_a_change_is_not_a_range() -> None:
    spans = find_amounts("the toll rose from 20 to 54")
    assert [s.amount.low for s in spans] == [20, 54]


def test_pathological_input_is_bounded() -> None:
    numbers = " ".join(str(i) for i in range(10_000))
    started = time.perf_counter()
    spans = find_amounts(numbers)
    find_amounts("x" * 1_000_000)
    find_amounts("at least " * 100_000)
    assert len(spans) <= 60
    assert time.perf_counter() - started < 2.0


def test_a_hundred_and_codes() -> None:
    assert parse_amount("about a hundred") == Amount(100, 100, "about")
    assert parse_amount("a hundred and five") == Amount(105, 105, "exact")
    assert [s.excluded for s in find_amounts("ref 016")] == ["not_amount"]


def test_amounts_with_no_recoverable_range_are_not_amounts() -> None:
    assert parse_amount("a number of guards") is None
    assert parse_amount("many guards") is None


def test_scores_counts_before_a_casualty_participle_but_not_alone() -> None:
    kept = [a for a in find_amounts("scores were also injured") if not a.excluded]
    dropped = [a for a in find_amounts("scores in the exam") if not a.excluded]
    assert [a.text for a in kept] == ["scores"]
    assert dropped == []


def test_space_separated_thousands_only_before_a_final_000() -> None:
    assert [(s.text, s.amount.low) for s in find_amounts("Over 1 000 civilians died")] == [("Over 1 000", 1001)]
    assert [s.amount.low for s in find_amounts("2 killed 12 150 injured")] == [2, 12, 150]


def test_words_that_need_of_count_after_a_casualty_verb() -> None:
    [scores] = [s for s in find_amounts("Rockets kill 10 injure scores in town") if s.text == "scores"]
    assert scores.excluded == "" and (scores.amount.low, scores.amount.high) == (40, 99)
    [scores] = find_amounts("The team scores were high")
    assert scores.excluded == "not_amount"


def test_a_year_after_month_and_day_is_a_date() -> None:
    got = {s.text: s.excluded for s in find_amounts("August 12 2016 Gunmen executed 40 men")}
    assert got == {"12": "date", "2016": "date", "40": ""}
    assert {s.text: s.excluded for s in find_amounts("On May 3 12 people died")}["12"] == ""


def test_amount_words() -> None:
    assert is_amount_word("dozens") and is_amount_word("12") and is_amount_word("twelve")
    assert not is_amount_word("civilians")


def test_a_range_from_a_to_well_over_b() -> None:
    [span] = find_amounts("estimates vary from 500 to well over 1000")
    assert (span.text, span.amount) == ("from 500 to well over 1000", Amount(500, 1000, "about"))
    [span] = find_amounts("killed from 20 to 30 people")
    assert span.amount == Amount(20, 30, "about")


def test_a_change_from_a_to_b_is_no_range_even_with_a_hedge() -> None:
    spans = find_amounts("the toll rose from 20 to more than 54")
    assert [s.amount.low for s in spans] == [20, 55]
    spans = find_amounts("up from 12 to 30 people")
    assert [s.amount.low for s in spans] == [12, 30]


def test_since_marks_a_year_only_before_a_year() -> None:
    assert [s.excluded for s in find_amounts("since 2011")] == ["year"]
    assert [s.excluded for s in find_amounts("since thousands of people fled")] == [""]


def test_one_after_an_article_and_an_adjective_is_a_pronoun() -> None:
    assert [s.excluded for s in find_amounts("she mourned a loved one")] == ["not_amount"]
    assert [s.excluded for s in find_amounts("a younger one was hurt")] == ["not_amount"]
    assert [s.excluded for s in find_amounts("at least one man was hurt")] == [""]
    assert [s.excluded for s in find_amounts("one child was hurt")] == [""]


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        ("the raid left dozen people dead", Amount(12, 12, "about"), "dozen"),
        ("two dozen fighters were killed", Amount(24, 24, "about"), "two dozen"),
        ("at least three dozen wounded", Amount(36, None, "at_least"), "at least three dozen"),
        ("some 4 dozen residents fled", Amount(48, 48, "about"), "some 4 dozen"),
        ("nearly a dozen soldiers", Amount(None, 12, "up_to"), "nearly a dozen"),
    ],
)
def test_dozen_counts_twelve_and_multiplies_a_number(text: str, expected: Amount, span: str) -> None:
    found = [s for s in find_amounts(text) if not s.excluded]
    assert [(s.text, s.amount) for s in found] == [(span, expected)]


def test_amounts_of_a_sentence_are_remembered_and_immutable():
    """find_amounts answers a sentence read before from its cache: the same frozen spans."""
    text = "Between 20 and 30 people were killed and dozens wounded, medics said."
    first = find_amounts(text)
    assert isinstance(first, tuple) and find_amounts(text) is first
    find_amounts.cache_clear()
    assert find_amounts(text) == first


@pytest.mark.parametrize("typo", ["mroe than", "nore than", "more then"])
def test_a_mistyped_more_than_still_bounds_the_number(typo: str) -> None:
    """A slip in "more than" must not turn a lower bound into an exact figure."""
    assert parse_amount(f"{typo} 60") == Amount(61, None, "more_than")
