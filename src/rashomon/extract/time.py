"""Time expressions in an article, normalised to TimeML values against the publication date.

Reports of one event say "on Saturday", "on October 21" and "two days ago"; only once each
is resolved against its own publication date can they be compared. Detection is a regex
grammar (`timex.detect`), values come from `timex.normalize` / `timex.relative`, and for
dates in sentences that name a happening ("retook", "killed") the dependency parse of that
one sentence tells what happened then (`timex.happening`). `parse_dateline` reads the
publication date from the header of a plain-text article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from rashomon.extract.sentences import sentence_at
from rashomon.extract.timex import discourse, normalize, quarters, relative, sets
from rashomon.extract.timex.context import Context, Value, granularity_of
from rashomon.extract.timex.dates import shift
from rashomon.extract.timex.detect import Hit, detect
from rashomon.extract.timex.happening import add_happenings
from rashomon.extract.timex.tense import tense_near
from rashomon.model import Article, Sentence, TimeFact

__all__ = ["find_times"]

# A long report holds a few dozen time expressions; past this many the input is not prose
# (a table, a log, hostile text) and scanning stops, so the cost stays bounded.
MAX_TIMES_PER_ARTICLE = 1000
# Lines longer than this (no paragraph breaks: a scraped blob) are scanned sentence by
# sentence, so that one scan stays short; news paragraphs are well under it.
MAX_LINE_CHARS = 5000
_LINE = re.compile(r"[^\n]+")

_HANDLERS: dict[str, Callable[..., Value | None]] = {
    "iso": normalize.iso,
    "numeric": normalize.numeric,
    "mdy": normalize.mdy,
    "dmy": normalize.dmy, "week_of": normalize.week_of, "nth_week": normalize.nth_week,
    "range_day_after": normalize.range_day, "range_day_before": normalize.range_day,
    "month_year": normalize.month_year,
    "month": normalize.month,
    "year": normalize.year, "short_year": normalize.short_year,
    "decade": normalize.decade,
    "weekday": normalize.weekday, "weekday_possessive": normalize.weekday_possessive,
    "deictic": normalize.deictic,
    "holiday": normalize.holiday_rule,
    "clock": normalize.clock, "clock_part": normalize.clock_part,
    "ref": relative.ref,
    "relative": relative.relative,
    "ago": relative.ago,
    "ago_adj": relative.ago_adj,
    "duration": relative.duration, "range_count_first": relative.range_count_first,
    "unit_back": relative.unit_back,
    "bare_units": relative.bare_units, "unit_long": relative.unit_long,
    "quarter": quarters.quarter,
    "season": relative.season,
    "set": sets.set_rule, "set_per": sets.set_rule, "set_weekday": sets.set_weekday,
    "period": relative.period,
    "same_period": quarters.same_period, "two_quarters": quarters.two_quarters,
    "year_end": relative.year_end,
    "weekend": relative.weekend,
    "spoken_year": relative.spoken_year,
    "the_day": discourse.the_day, "previous_weekday": discourse.previous_weekday,
    "day_part": discourse.day_part, "then": discourse.then,
    "the_year": normalize.the_year, "century": relative.century, "decade_word": relative.decade_word,
}
# Rules whose value is computed from the reference; they do not become the reference themselves.
_DERIVED = {"ago", "ago_adj", "relative", "ref", "duration", "range_count_first", "unit_back", "bare_units",
            "unit_long", "set", "period", "same_period",
            "the_day", "previous_weekday", "day_part", "then"}


def find_times(
    article: Article,
    sentences: list[Sentence],
    anchor: datetime | None,
    with_happening: bool = True,
) -> list[TimeFact]:
    """Every time expression of `article`, in text order, with its value against `anchor`.

    `with_happening=False` skips the parse that fills `happening`/`trigger` (for speed
    measurements and callers that only need values).
    """
    text = article.text
    anchor_day = anchor.date() if isinstance(anchor, datetime) else anchor
    context = Context(anchor=anchor_day, tense=lambda: "")
    facts: list[TimeFact] = []
    for start, end in _blocks(text, sentences):
        if len(facts) >= MAX_TIMES_PER_ARTICLE:
            break
        for hit in detect(text, start, end):
            fact = _fact(article, hit, context, _sentence_bounds(sentences, hit, (start, end)))
            if fact is not None:
                facts.append(fact)
    if with_happening:
        add_happenings(facts, text, sentences)
    return facts


def _blocks(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Lines (no expression spans a line break), so that a sentence split inside an expression
    ("at 9 a.m. Tuesday") does not cut it; an overlong line goes sentence by sentence."""
    blocks: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        if m.end() - m.start() <= MAX_LINE_CHARS or not sentences:
            blocks.append((m.start(), m.end()))
        else:
            blocks.extend((s.start, s.end) for s in sentences if m.start() <= s.start < m.end())
    return blocks


def _sentence_bounds(sentences: list[Sentence], hit: Hit, block: tuple[int, int]) -> tuple[int, int]:
    """The sentence holding the hit (stretched over a split inside it), else the block."""
    sentence = sentence_at(sentences, hit.start) if sentences else None
    if sentence is None:
        return block
    return sentence.start, max(sentence.end, hit.end)


def _fact(article: Article, hit: Hit, context: Context, bounds: tuple[int, int]) -> TimeFact | None:
    text = article.text
    context.tense = lambda: tense_near(text, hit.start, hit.end, bounds[0], bounds[1])
    context.position = hit.start
    value = _HANDLERS[hit.rule](hit.match, context)
    if value is None:
        return None
    reference = relative.reference_of(value)
    if reference is not None:
        context.last_date = (reference[0], reference[1], hit.start)
    if (reference is not None and hit.rule not in _DERIVED and not _from_reference(hit)
            and not _closes_period(text, hit, context, reference) and not _forecast(reference, context)):
        context.reference = reference
        if reference[1] == "day":
            context.last_day, context.last_day_at = reference[0], hit.start
    return TimeFact(
        article_id=article.id,
        start=hit.start,
        end=hit.end,
        text=text[hit.start : hit.end],
        sentence=text[bounds[0] : bounds[1]],
        type=value.type,
        value=value.value,
        granularity=granularity_of(value.value, value.type),
        anchor=_anchor_text(value.base or context.anchor) if value.relative else "",
    )


_PERIOD_END_BEFORE = re.compile(r"\b(?:ended|ending|ends|through)\s+$", re.IGNORECASE)


def _closes_period(text: str, hit: Hit, context: Context, reference: tuple[date, str]) -> bool:
    """'the quarter ended Sept. 30': the day only closes the quarter just named, which stays
    the period that a later 'a year earlier' counts back from."""
    if context.reference is None or context.reference[1] != "quarter" or reference[1] != "day":
        return False
    return bool(_PERIOD_END_BEFORE.search(text, max(0, hit.start - 10), hit.start))


def _forecast(reference: tuple[date, str], context: Context) -> bool:
    """A quarter still ahead ("expects a profit in the third quarter of 1990") is a forecast:
    the report's 'year-ago period' compares with the quarter it reports, not that one."""
    if reference[1] != "quarter" or context.anchor is None:
        return False
    return shift(reference[0], 1, "quarter") > context.anchor  # not over yet: cannot be reported


def _from_reference(hit: Hit) -> bool:
    return hit.rule == "quarter" and (hit.match["ord"] or "").lower() in {"year-earlier", "year-ago", "same"}


def _anchor_text(anchor: date | None) -> str:
    return anchor.isoformat() if anchor else ""
