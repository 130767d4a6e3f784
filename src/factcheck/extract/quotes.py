"""The trading day of a market quote: a share's price or move is one day's measurement.

A preview dated the day before a strike (`Die Aktie schloss am Mittwoch 2,1 Prozent tiefer
bei 11,48 Euro`) and a report of the strike's first day (`Shares fell 3.2% to 11.12 euros`)
quote two trading days, not one figure told two ways. Each quote is marked with its day: the
day its own sentence writes (`quoted:`), else the day its report is dated (`reported:`).
match.py keeps two quotes apart when their days differ and one of them writes its day: a
report of later days that repeats a move without its day (`shares fell 6.9%` three days after
a collapse) may still be giving the first day's move.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from factcheck.records import Claim, DateValue, Kind

QUOTE_CONCEPTS = frozenset({"share"})
"""Concepts of a figure that is a market quote (`Aktie`, `shares`, `action`)."""

_QUOTED = (Kind.MONEY, Kind.PERCENT)


def quoted_day(claim: Claim) -> tuple[str, bool] | None:
    """The day of a quote marked by `with_trading_days`, and whether its sentence wrote it."""
    for mark in claim.qualifiers:
        if mark.startswith(("quoted:", "reported:")):
            kind, day = mark.split(":", 1)
            return day, kind == "quoted"
    return None


def quoted_apart(a: Claim, b: Claim) -> bool:
    """Two quotes of different trading days, one of them with its day written."""
    x, y = quoted_day(a), quoted_day(b)
    return x is not None and y is not None and x[0] != y[0] and (x[1] or y[1])


def with_trading_days(claims: Sequence[Claim], told_on: dt.date | None) -> list[Claim]:
    """Mark each market quote with the day it was quoted (`quoted:2027-03-03`).

    >>> from factcheck.records import Number, Percent, Subject
    >>> s = Subject(frozenset(), frozenset({"share"}), frozenset(), "de", "share")
    >>> p = Percent(Number(2.1, 2.1, 2.1))
    >>> q = Claim("c1", "a", Kind.PERCENT, "2,1 Prozent", (0, 1), "x", p, s)
    >>> with_trading_days([q], dt.date(2027, 3, 3))[0].qualifiers
    ('reported:2027-03-03',)
    """
    days: dict[str, str] = {}
    for claim in claims:
        value = claim.value
        if (
            claim.kind is Kind.DATE
            and isinstance(value, DateValue)
            and value.day is not None
            and value.year is not None
            and claim.sentence not in days
        ):
            days[claim.sentence] = str(value.iso())
    out = []
    for claim in claims:
        if claim.kind in _QUOTED and claim.subject.concepts & QUOTE_CONCEPTS:
            if claim.sentence in days:
                mark = f"quoted:{days[claim.sentence]}"
            elif told_on is not None:
                mark = f"reported:{told_on.isoformat()}"
            else:
                out.append(claim)
                continue
            claim = replace(claim, qualifiers=(*claim.qualifiers, mark))
        out.append(claim)
    return out
