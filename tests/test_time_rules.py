"""Tests for the discourse and granularity rules of rashomon.extract.time: 'the day' and
'that same day' repeat the last named day, financial periods ('the year ended March 31',
'the year-ago quarter', 'the quarter ended July 31'), sets ('on Sundays'), vague spans.

Every sentence here is our own; the anchor is Monday 23 October 2017 unless a test says so.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import MONDAY, time_fact
from conftest import time_facts as times


def value_of(text: str, expression: str, anchor: datetime | None = MONDAY) -> tuple[str, str]:
    fact = time_fact(text, expression, anchor)
    return fact.type, fact.value


@pytest.mark.parametrize(
    ("text", "expression", "type_", "value"),
    [
        # A year closed by a date is a twelve-month span; a bare "for the full year" is the year.
        ("For the year ended March 31, the mill earned $5 million.", "the year", "DURATION", "P1Y"),
        ("The grocer expects sales for the full year to rise.", "the full year", "DATE", "2017"),
        ("Sales in the latest fiscal year reached $2 billion.", "the latest fiscal year", "DATE", "2016"),
        # Repeating the last named day.
        ("The index fell on Friday and ended the day 2% lower.", "the day", "DATE", "2017-10-20"),
        ("Talks opened on October 10. On the same day, the border shut.", "the same day", "DATE", "2017-10-10"),
        ("Shares closed at $12 on Friday, down from the previous Friday.", "the previous Friday", "DATE",
         "2017-10-13"),
        ("Dealers sold heavily on Friday, mostly in the morning.", "the morning", "TIME", "2017-10-20TMO"),
        # A clock time without its own day belongs to the day the text is about.
        ("The march began on Sunday. Police cleared the square at 10 p.m.", "10 p.m.", "TIME",
         "2017-10-22T22:00"),
        ("The blast came at about 10:35 a.m. (0735 GMT) Friday, witnesses said.", "10:35 a.m.", "TIME",
         "2017-10-20T10:35"),
        ("The ferry will leave at 4 in the morning, the captain said.", "4 in the morning", "TIME",
         "2017-10-23T04:00"),
        ("Talks opened on Friday. The envoy left the next day.", "the next day", "DATE", "2017-10-21"),
        ("He was arrested on Tuesday and charged the next morning.", "the next morning", "TIME",
         "2017-10-18TMO"),
        ("The rights lapse on Nov. 30. Until then, the shares trade freely.", "then", "DATE", "2017-11-30"),
        ("He ran the clinic at the time, his lawyer said.", "the time", "DATE", "PAST_REF"),
        # Granularity.
        ("The pact was signed six weeks ago.", "six weeks ago", "DATE", "2017-W37"),
        ("In the year-ago quarter, the bakery lost money.", "the year-ago quarter", "DATE", "2016-Q3"),
        ("Profit fell in the quarter ended July 31.", "the quarter", "DATE", "2017-Q2"),
        ("Demand should recover in the first two quarters of 2018.", "the first two quarters of 2018", "DATE",
         "2018-H1"),
        ("The weavers guarded their craft for centuries.", "centuries", "DURATION", "PXC"),
        ("Eight trading days after the crash, the index recovered.", "Eight trading days", "DURATION", "P8D"),
        # Vague spans.
        ("Prices drifted over the years as demand fell.", "the years", "DURATION", "PXY"),
        ("Funds may have to sell bonds in the weeks ahead.", "the weeks ahead", "DURATION", "PXW"),
        ("The deal follows months of talks between the two firms.", "months", "DURATION", "PXM"),
        ("Pilgrims say the shrine will one day be rebuilt.", "one day", "DATE", "FUTURE_REF"),
        ("Holders may buy shares at half the then current price.", "then current", "DATE", "PAST_REF"),
        ("The notes will be redeemed in five years.", "five years", "DATE", "2022"),
        ("It was the bakery's first loss in five years.", "five years", "DURATION", "P5Y"),
        ("The appeal will be heard the week of March 6, a lawyer said.", "the week of March 6", "DATE", "2018-W10"),
        # Sets.
        ("The museum is closed on Sundays.", "Sundays", "SET", "XXXX-WXX-7"),
        ("Ferries sail on Monday and Tuesday nights.", "Monday", "SET", "XXXX-WXX-1TNI"),
        ("Ferries sail on Monday and Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
        # Scraped copy drops apostrophes: "Tuesdays attack" is Tuesday's, not every Tuesday.
        ("Monitors said Tuesdays shelling killed nine people.", "Tuesdays", "DATE", "2017-10-17"),
        ("The mayor condemned Saturday nights raid on the market.", "Saturday nights", "TIME", "2017-10-21TNI"),
    ],
)
def test_rule_values(text: str, expression: str, type_: str, value: str) -> None:
    assert value_of(text, expression) == (type_, value)


def test_results_period_after_a_named_quarter() -> None:
    text = ("The brewer said profit rose in the second quarter. "
            "Results for that quarter included a one-time gain.")
    assert value_of(text, "that quarter") == ("DATE", "2017-Q2")


def test_entire_year_follows_the_reported_quarter() -> None:
    text = "The carmaker lost money in the fourth quarter and for the entire year."
    assert value_of(text, "the entire year", datetime(2018, 1, 20)) == ("DATE", "2017")


def test_a_forecast_quarter_is_not_the_reference() -> None:
    text = ("Profit rose in the third quarter. The firm expects a gain in the third quarter of 2018. "
            "In the year-ago period, it earned less.")
    assert value_of(text, "the year-ago period") == ("DATE", "2016-Q3")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # A plan overtaken ("had been due to") is behind the report, not ahead of it.
        ("The offer had been due to expire Friday before it was extended.", "Friday", "2017-10-20"),
        # "unspecified" is an adjective, so "would" decides: the date is ahead.
        ("The split would be paid on a still unspecified date in January.", "January", "2018-01"),
        ("Traders squared positions ahead of the weekend.", "the weekend", "2017-W43-WE"),
        # "be held" is a participle after a modal, so the summit is ahead.
        ("The summit would still be held on April 24, officials said.", "April 24", "2018-04-24"),
        # A date opening its sentence takes the tense of the main verb, after a long subject.
        ("On Tuesday, the Association of Independent Grain Traders and Flour Millers plans to hold a "
         "news conference.", "Tuesday", "2017-10-24"),
        ("In January, the mill brought in a new manager, who will remain in charge of the plant.", "January",
         "2017-01"),
        # "were" before a word of planning is part of a plan still ahead, not a past tense.
        ("Protesters planned a march through the old town on Saturday and were planning to block the "
         "airport road.", "Saturday", "2017-10-28"),
        # "since" starts a state that holds now: behind the report, whatever verb follows.
        ("The carrier has been on patrol since January and was scheduled to return home.", "January",
         "2017-01"),
    ],
)
def test_tense_cues(text: str, expression: str, value: str) -> None:
    assert value_of(text, expression)[1] == value


@pytest.mark.parametrize(
    "text",
    [
        'The minister spoke on the "This Week" programme.',
        "Listeners tuned in to Radio Today for the news.",
        "But in many ways the day belonged to the farmers.",
        "The empire ruled the region for hundreds of years.",
        "The foreign minister, Jan Novak, signed first.",
        "For the farmers, high noon came at the auction.",
        'He told the story on "60 Minutes" to millions.',
        "Riots broke out in the town for the past three summers.",
    ],
)
def test_not_times(text: str) -> None:
    names = {"this week", "today", "the day", "years", "jan", "noon", "60 minutes", "the past"}
    assert [f.text for f in times(text) if f.text.lower() in names] == []


def test_title_case_headline_keeps_its_times() -> None:
    assert value_of("Air Strikes Kill 30 In Border Town Last Week\nBody.", "Last Week") == ("DATE", "2017-W42")
    # A Title Case headline glued to the body (no line break), as scraped pages often are.
    text = "Ninety Shops Burned in Riots in Last Three Days Witnesses said the police stayed away."
    assert value_of(text, "Last Three Days") == ("DURATION", "P3D")


def test_now_before_a_number_is_still_now() -> None:
    assert value_of("The pact was signed by now 12 countries.", "now") == ("DATE", "PRESENT_REF")


def test_a_day_named_far_up_the_story_is_no_longer_the_topic() -> None:
    filler = "The council met and argued about the budget for hours without a vote. " * 20
    text = "The mill burned on Friday. " + filler + "Police closed the road at 10 p.m."
    assert value_of(text, "10 p.m.") == ("TIME", "2017-10-23T22:00")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "fiscal" belongs to the quarter it qualifies, hyphenated or not; the article stays out
        # of an adjectival compound only.
        ("The brewer earned less in the fiscal-first quarter ended Sept. 30.", "the fiscal-first quarter",
         "2017-Q1"),
        ("The brewer posted a profit for the fiscal third-quarter of $2 million.", "fiscal third-quarter",
         "2017-Q3"),
        ("The fiscal third-quarter loss widened.", "fiscal third-quarter", "2017-Q3"),
    ],
)
def test_fiscal_quarter_spans(text: str, expression: str, value: str) -> None:
    assert value_of(text, expression) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "expression", "type_", "value"),
    [
        # An approximate point in time keeps its qualifier, as "about two years" does.
        ("The van was stolen around 6:40 p.m. on Friday.", "around 6:40 p.m. on Friday", "TIME",
         "2017-10-20T18:40"),
        ("The merger should close around Dec. 4, the bank said.", "around Dec. 4", "DATE", "2017-12-04"),
    ],
)
def test_approximate_points_keep_their_qualifier(text: str, expression: str, type_: str, value: str) -> None:
    assert value_of(text, expression) == (type_, value)


def test_around_a_day_name_after_a_verb_is_not_a_qualifier() -> None:
    assert [f.text for f in times("Lawyers hoped to get around Friday's ruling.")] == ["Friday"]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # A count of the days of a running event, said in the present tense, is the day it is said.
        ("In the capital, today is the eighth day of the blockade.", "the eighth day", "2017-10-23"),
        ("It's the second day of an offensive by the police.", "the second day", "2017-10-23"),
        ("Thursday marks the first day of the fast.", "the first day", "2017-10-19"),
    ],
)
def test_ordinal_day_of_a_running_event(text: str, expression: str, value: str) -> None:
    assert value_of(text, expression) == ("DATE", value)


def test_ordinal_day_without_present_tense_names_no_date() -> None:
    assert [f.text for f in times("He vowed to do so on his first day in office.")] == []
    assert [f.text for f in times("Sunday was the second day of talks.")] == ["Sunday"]


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # An open-ended year keeps its open end in the span; the value is the year.
        ("The mine won't be profitable until 2020 or later.", "2020 or later"),
        ("Investors are confident about 2020 and beyond.", "2020 and beyond"),
    ],
)
def test_open_ended_years(text: str, expression: str) -> None:
    assert value_of(text, expression) == ("DATE", "2020")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "later/earlier/before/after" count from the year the narrative named, not from publication.
        ("The mill opened in 1994. Three years later it burned down.", "Three years later", "1997"),
        ("The bridge fell in May 2008. A year earlier, engineers had warned of cracks.", "A year earlier",
         "2007"),
        ("The ferry sank in 2011; two years before, it had been refitted.", "two years before", "2009"),
        ("He won the seat in 2004 and lost it a year after.", "a year after", "2005"),
        # "ago" stays with the moment of writing, whatever the text named before.
        ("The mill opened in 1994. Two years ago it closed.", "Two years ago", "2015"),
        # With no date named before, the publication date is still the reference.
        ("Output fell, as it had a year earlier.", "a year earlier", "2016"),
    ],
)
def test_later_counts_from_the_narrative_date(text: str, expression: str, value: str) -> None:
    assert value_of(text, expression) == ("DATE", value)


def test_narrative_shift_reports_the_date_it_counted_from() -> None:
    found = [f for f in times("The mill opened in 1994. Three years later it burned down.") if f.text != "1994"]
    assert [(f.value, f.anchor) for f in found] == [("1997", "1994-01-01")]


def test_narrative_shift_needs_no_publication_date() -> None:
    assert value_of("The mill opened in 1994. Three years later it burned down.", "Three years later",
                    anchor=None) == ("DATE", "1997")
    assert value_of("Three years later it burned down.", "Three years later", anchor=None) == ("DATE", "XXXX")


def test_before_with_an_object_or_without_a_count_is_no_date() -> None:
    found = times("Two years before the flood, the dam was sealed. Exports grew, as they had the year before.")
    assert [(f.text, f.type) for f in found] == [("Two years", "DURATION")]


@pytest.mark.parametrize(
    ("text", "expression", "type_", "value"),
    [
        # A half of a named year is a half-year, as TimeML writes it.
        ("Orders slowed in the second half of 2015.", "the second half of 2015", "DATE", "2015-H2"),
        ("Orders slowed in the first half of 2015.", "the first half of 2015", "DATE", "2015-H1"),
        ("Orders slowed in the third quarter of 2015.", "the third quarter of 2015", "DATE", "2015-Q3"),
        # The n-th week of a month or year is an ISO week: the first holds the first Thursday.
        ("The strike began in the first week of December 2016.", "the first week of December 2016", "DATE",
         "2016-W48"),
        ("The strike began in the second week of March.", "the second week of March", "DATE", "2017-W10"),
        ("Prices peaked in the last week of June.", "the last week of June", "DATE", "2017-W26"),
        ("The vote falls in the first week of 2019.", "the first week of 2019", "DATE", "2019-W01"),
    ],
)
def test_halves_and_weeks(text: str, expression: str, type_: str, value: str) -> None:
    assert value_of(text, expression) == (type_, value)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # "every N units" is a repetition, not a span.
        ("A convoy arrives every two weeks.", "every two weeks", "P2W"),
        ("Buses leave every 20 minutes.", "every 20 minutes", "PT20M"),
        ("The census is taken every few years.", "every few years", "PXY"),
    ],
)
def test_every_n_units_is_a_repetition(text: str, expression: str, value: str) -> None:
    assert value_of(text, expression) == ("SET", value)
