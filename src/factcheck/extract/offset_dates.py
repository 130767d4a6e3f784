"""Dates counted from the anchor in units: `two days ago`, `il y a trois jours`, `in 3 weeks`,
`a month ago`, `5天前`, and from a day word: `two days after today`."""

from __future__ import annotations

import datetime as dt
import re

from factcheck.extract.found import DateFinding, Found
from factcheck.lexicon import Lexicon, listed_pattern
from factcheck.records import DateValue, Kind
from factcheck.text import Spans

_UNIT_DAYS = {"day": 1, "week": 7}
_UNIT_MONTHS = {"month": 1}
# `ten years ago` names no day or month worth checking, and `three months ago` no day: years
# are left out and months give month precision.


def find_offsets(
    text: str, lex: Lexicon, anchor: dt.date | None, taken: list[tuple[int, int]]
) -> list[DateFinding]:
    """`two days ago`, `il y a trois jours`, `in 3 weeks`, `a month ago`, `5天前`."""
    out = []
    ones = "|".join(re.escape(w) for w in lex.raw_list("relative_offsets", "one")) or r"(?!x)x"
    number = rf"(?:\d+|{lex.number_words.body}|(?:{ones})(?!\w))"
    # Scripts without spaces write the number against the word before it (`他5天前`).
    edge, gap = (r"(?<![\w.,])", r"\s+") if lex.spaced else (r"(?<![\d.,])", r"\s*")
    pattern = rf"{edge}(?P<amount>{number}){gap}(?P<unit>{lex.units.body})"
    occupied = Spans(taken)
    for match in re.finditer(pattern, text, re.I):
        if occupied.overlaps(match.start(), match.end()):
            continue
        found = _offset(text, lex, anchor, match)
        if found is not None:
            out.append(found)
    return out


def _offset(
    text: str, lex: Lexicon, anchor: dt.date | None, match: re.Match[str]
) -> DateFinding | None:
    sense = lex.units.get(match.group("unit"))
    if (
        sense is None
        or sense.dimension != "time"
        or sense.name not in {**_UNIT_DAYS, **_UNIT_MONTHS}
    ):
        return None
    amount = _amount(match.group("amount"), lex)
    from_day = _from_day(text, lex, match.end())
    side = (1, match.start(), from_day[1]) if from_day else None
    side = side or _offset_side(text, lex, match.start(), match.end())
    if amount is None or side is None:
        return None
    sign, start, end = side
    phrase = text[start:end]
    value = DateValue(None, None, None, relative=phrase)
    if anchor is not None:
        base = anchor + dt.timedelta(days=from_day[0] if from_day else 0)
        day = _shift(base, sign * int(amount), sense.name)
        if day is None:
            return None  # `in 9,000,000 years`: no calendar date
        precise = day.day if sense.name in _UNIT_DAYS else None
        value = DateValue(day.year, day.month, precise, True, relative=phrase)
    return DateFinding(Found(Kind.DATE, start, end, value, ("relative",)))


def _from_day(text: str, lex: Lexicon, end: int) -> tuple[int, int] | None:
    """`two days after today`, `vier dagen vanaf gisteren`: the day counted from (in days from
    the anchor) and where the phrase ends."""
    words = "|".join(re.escape(w) for w in lex.raw_list("relative_offsets", "from_day"))
    if not words:
        return None
    gap = r"\s+" if lex.spaced else r"\s*"
    found = re.compile(rf"{gap}(?:{words}){gap}", re.I).match(text, end)
    day = found and lex.relative_dates.match_at(text, found.end())
    days = lex.relative_dates.get(day.group()) if day else None
    return (days, day.end()) if day and isinstance(days, int) else None


def _amount(text: str, lex: Lexicon) -> float | None:
    if text.isdigit():
        return int(text)
    if text.casefold() in (w.casefold() for w in lex.raw_list("relative_offsets", "one")):
        return 1
    return lex.number_words.get(text)


def _offset_side(text: str, lex: Lexicon, start: int, end: int) -> tuple[int, int, int] | None:
    """Which way the offset goes and the span with its words: `in 3 weeks`, `3 weeks ago`."""
    head, tail = text[max(0, start - 20) : start], text[end : end + 25]
    gap = r"\s+" if lex.spaced else r"\s*"
    word_end = r"(?!\w)" if lex.spaced else ""
    before = [("past_before", -1), ("future_before", 1)]
    if not _a_span(text[max(0, start - 60) : start], tail, lex):
        before.append(("future_or_span_before", 1))
    for key, sign in before:
        for word in lex.raw_list("relative_offsets", key):
            found = re.search(rf"(?<!\w){re.escape(word)}{gap}$", head, re.I)
            if found is not None:
                return sign, start - len(head) + found.start(), end
    for key, sign in (("past_after", -1), ("future_after", 1)):
        for word in lex.raw_list("relative_offsets", key):
            found = re.match(rf"{gap}{re.escape(word)}{word_end}", tail, re.I)
            if found is not None:
                return sign, start, end + found.end()
    return None


def _a_span(head: str, tail: str, lex: Lexicon) -> bool:
    """`rose 5% in two weeks`, `in three days of talks`: `in` starts a span of time, not a
    date, when a figure or a superlative comes a few words before it or a word such as `of`
    after the unit."""
    if re.search(r"[\d%](?:\s+[^\W\d]+){0,3}\s+\S+\s+$", head):
        return True  # `killed 10 people in two days`
    marks = listed_pattern(
        lex, "relative_offsets", "superlatives", r"(?<!\w)(?:{words})(?:\s+\S+){0,3}\s+\S+\s+$"
    )
    if marks is not None and marks.search(head):
        return True  # `the steepest fall in seven months`: the span it is the steepest of
    words = "|".join(re.escape(w) for w in lex.raw_list("relative_offsets", "not_before"))
    return bool(words) and re.match(rf"\s+(?:{words})(?!\w)", tail, re.I) is not None


def _shift(anchor: dt.date, amount: int, unit: str) -> dt.date | None:
    """`anchor` moved by `amount` units; None past the calendar's years (1 to 9999)."""
    if unit in _UNIT_DAYS:
        try:
            return anchor + dt.timedelta(days=amount * _UNIT_DAYS[unit])
        except OverflowError:
            return None
    months = anchor.month - 1 + amount * _UNIT_MONTHS[unit]
    year, month = anchor.year + months // 12, months % 12 + 1
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    for day in range(anchor.day, 0, -1):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return dt.date(year, month, 1)
