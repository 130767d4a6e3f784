"""Times of day that look like counts of hours: `10 h 14`, `a las 10.14 hora local`, `à 10
heures`, `17 giờ ngày 15/9`. Such a figure is a clock reading, not a duration."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.bounds import phrase_after
from factcheck.extract.numbers import NumberMention
from factcheck.lexicon import Lexicon, Phrases, listed_pattern

CLOCK = re.compile(r"\d{1,2}[.:]\d\d(?!\d)")
"""A clock reading: `10:14`, `10.14`."""

_MINUTES_AFTER_HOUR = re.compile(r"(?<![\d.,:])(?:[01]?\d|2[0-3])(?:\s?h\s?|:)$")
"""`10 h 14`, `21:30`: the text before a number that is the minutes of a time of day."""


def time_of_day(text: str, lex: Lexicon, mention: NumberMention) -> bool:
    """`à 10 h 14 heure locale`, `a las 10.14 hora local`, `alle 10:14 ora italiana`: a clock
    reading before an hour word is a time of day, not a count of hours. A dot only counts as a
    clock's mark where it is not the decimal mark (`10.14 hours` may be a duration in English)."""
    if _MINUTES_AFTER_HOUR.search(text, max(0, mention.start - 6), mention.start):
        return True
    if _minutes_of_clock(text, lex, mention.start):
        return True
    clock = CLOCK.fullmatch(text, mention.start, mention.digits_end)
    if clock is None or int(clock.group()[:-3]) > 23 or int(clock.group()[-2:]) > 59:
        return False
    return clock.group()[-3] != lex.decimal


@lru_cache(maxsize=32)
def _hour_marks(lex: Lexicon) -> re.Pattern[str] | None:
    hour = r"(?<![\d.,:])(?:[01]?\d|2[0-3])\s?(?:{words})\s?$"
    return listed_pattern(lex, "times_of_day", "hour_marks", hour)


_HOUR_REACH = 12


def _minutes_of_clock(text: str, lex: Lexicon, start: int) -> bool:
    """`lúc 9 giờ 30 phút`: minutes right after an hour and its word ([times_of_day]
    hour_marks), where a preposition of time makes that hour a time of day. Without one
    (`kéo dài 2 giờ 30 phút`) they are part of a duration."""
    pattern = _hour_marks(lex)
    hour = pattern.search(text, max(0, start - _HOUR_REACH), start) if pattern else None
    return hour is not None and _clock_word_before(text, lex, hour.start())


@lru_cache(maxsize=32)
def _clock_words(lex: Lexicon) -> Phrases[str] | None:
    words = lex.raw_list("times_of_day", "after_hour")
    return Phrases({w: w for w in words}, spaced=lex.spaced) if words else None


_DAY_HOURS = 24


def clock_time(text: str, lex: Lexicon, mention: NumberMention, end: int) -> bool:
    """An hour is a time of day, where one word names both (`heures`, `giờ`), after a
    preposition of time (`à 10 heures`, `vers 15 heures`: [times_of_day] before_hour), before
    a part of the day, or when such a time follows it (`de 20 heures à 10 heures`)."""
    if mention.value > _DAY_HOURS or phrase_after(text, lex.periods, end) is not None:
        return False  # `réduite à 10 heures par jour`: a rate is a number of hours
    return (
        _clock_after(text, lex, end)
        or _clock_word_before(text, lex, mention.start)
        or _clock_span_after(text, lex, end)
    )


@lru_cache(maxsize=32)
def _clock_prepositions(lex: Lexicon) -> re.Pattern[str] | None:
    return listed_pattern(lex, "times_of_day", "before_hour", r"(?<!\w)(?:{words})\s*$")


_CLOCK_REACH_BEFORE = 16
_SPAN_HOUR = re.compile(r"\s+(\S+(?:\s\S+)?)\s+\d{1,2}\s*")


def _clock_word_before(text: str, lex: Lexicon, start: int) -> bool:
    pattern = _clock_prepositions(lex)
    head = text[max(0, start - _CLOCK_REACH_BEFORE) : start]
    return pattern is not None and pattern.search(head) is not None


def _clock_span_after(text: str, lex: Lexicon, end: int) -> bool:
    """`de 20 heures à 10 heures`: the start of a span whose end is a time of day."""
    span = _SPAN_HOUR.match(text, end)
    if span is None or not _clock_word_before(text, lex, span.end(1)):
        return False
    unit = lex.units.match_at(text, span.end())
    sense = lex.units.get(unit.group()) if unit is not None else None
    return sense is not None and sense.name == "hour"


def _clock_after(text: str, lex: Lexicon, pos: int) -> bool:
    """A part of the day or a date right after an hour (`[times_of_day] after_hour`) makes the
    hour a time of day, where one word names both (`giờ`: hours and o'clock)."""
    words = _clock_words(lex)
    return words is not None and phrase_after(text, words, pos) is not None
