"""A measure written in two units (`nine years and six months`, `neun Jahren und sechs Monaten`,
`52 hours and 30 minutes`, `9 saat 40 dakika`, `9시간 40분`) is one figure: read apart, its first
part (9 years, 9 hours) would rival another source's `9.5 years` or `9 heures et 40 minutes`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from factcheck.extract.found import Found
from factcheck.lexicon import Lexicon, fold
from factcheck.records import MEASURES, Number, Quantity

_MAX_DECIMALS = 4
_HOUR = 3600.0
"""Seconds in an hour: the unit a bare minute count ([durations] minute) completes."""


def join_compound_measures(text: str, lex: Lexicon, found: list[Found]) -> list[Found]:
    """`found` (sorted by start) with each larger-unit measure and the smaller-unit measure of
    its dimension that follows it, side by side or after a joining word ([qualifiers]
    range_and), made one; an hour count also takes a bare minute count after it (`9시간 40분`,
    where no unit table reads `40분`)."""
    joiners = {fold(w) for w in lex.raw_list("qualifiers", "range_and")} | {""}
    out: list[Found] = []
    taken = -1  # where minutes read into the hours before them end
    for item in found:
        previous = out[-1] if out else None
        if item.start < taken:
            continue
        if previous is not None and _joined(text, previous, item, joiners):
            out[-1] = _sum(previous, item)
        else:
            whole = _with_minutes(text, lex, item)
            taken = whole.end if whole is not item else taken
            out.append(whole)
    return out


def _joined(text: str, first: Found, second: Found, joiners: set[str]) -> bool:
    a, b = first.value, second.value
    return (
        isinstance(a, Quantity)
        and isinstance(b, Quantity)
        and a.dimension == b.dimension
        and a.dimension in MEASURES
        and a.factor > b.factor
        and b.number.amount * b.factor < a.factor  # `6 months` is less than a year
        and first.end <= second.start
        and fold(text[first.end : second.start].strip()) in joiners
        and "\n" not in text[first.end : second.start]
    )


def _with_minutes(text: str, lex: Lexicon, item: Found) -> Found:
    """`9시간 40분`: the hours with the minute count written right after them."""
    value = item.value
    pattern = _minutes_pattern(lex)
    if pattern is None or not isinstance(value, Quantity) or value.factor != _HOUR:
        return item
    match = pattern.match(text, item.end)
    if match is None or int(match.group("m")) >= 60:
        return item
    count = float(match.group("m"))
    minutes = Quantity(Number(count, count, count), "minute", value.dimension, 60.0)
    return _sum(item, Found(item.kind, match.start("m"), match.end(), minutes))


@lru_cache(maxsize=32)
def _minutes_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    words = sorted(lex.raw_list("durations", "minute"), key=len, reverse=True)
    if not words:
        return None
    end = r"(?!\w)" if lex.spaced else ""
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"[ \t\u00a0]*(?P<m>\d{{1,2}})[ \u00a0]?(?:{alternatives}){end}", re.I)


def _sum(first: Found, second: Found) -> Found:
    a, b = first.value, second.value
    assert isinstance(a, Quantity) and isinstance(b, Quantity)
    amount = a.number.amount + b.number.amount * b.factor / a.factor
    rounded = round(amount, _MAX_DECIMALS)
    decimals = len(f"{rounded:.{_MAX_DECIMALS}f}".rstrip("0").split(".")[1])
    number = Number(rounded, rounded, rounded, a.number.bound, decimals)
    return replace(first, end=second.end, value=replace(a, number=number))
