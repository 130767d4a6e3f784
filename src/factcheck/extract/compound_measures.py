"""A measure written in two units joined by `and` (`nine years and six months`, `neun Jahren und
sechs Monaten`, `52 hours and 30 minutes`) is one figure: read apart, its first part (9 years)
would rival another source's `9.5 years` or `nine and a half years`.
"""

from __future__ import annotations

from dataclasses import replace

from factcheck.extract.found import Found
from factcheck.lexicon import Lexicon, fold
from factcheck.records import MEASURES, Number, Quantity

_MAX_DECIMALS = 4


def join_compound_measures(text: str, lex: Lexicon, found: list[Found]) -> list[Found]:
    """`found` (sorted by start) with each larger-unit measure and the smaller-unit measure of
    its dimension that follows it after a joining word ([qualifiers] range_and) made one."""
    joiners = {fold(w) for w in lex.raw_list("qualifiers", "range_and")}
    out: list[Found] = []
    for item in found:
        previous = out[-1] if out else None
        if previous is not None and joiners and _joined(text, previous, item, joiners):
            out[-1] = _sum(previous, item)
        else:
            out.append(item)
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
    )


def _sum(first: Found, second: Found) -> Found:
    a, b = first.value, second.value
    assert isinstance(a, Quantity) and isinstance(b, Quantity)
    amount = a.number.amount + b.number.amount * b.factor / a.factor
    rounded = round(amount, _MAX_DECIMALS)
    decimals = len(f"{rounded:.{_MAX_DECIMALS}f}".rstrip("0").split(".")[1])
    number = Number(rounded, rounded, rounded, a.number.bound, decimals)
    return replace(first, end=second.end, value=replace(a, number=number))
