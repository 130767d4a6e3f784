"""A month whose year a word gives: `지난해 3월`, `去年3月`, `March last year`, `marzo dell'anno
scorso`. Without the word a year-less month takes the year nearest the document's date, which
puts `지난해 3월` in an October report a year and a half off (next March)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from factcheck.extract.found import DateFinding
from factcheck.lexicon import Lexicon
from factcheck.records import DateValue

_REACH = 24
"""How far before or after the date a year word may stand."""


@cache
def _patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A year word ending right before a date, and one starting right after it."""
    words = sorted(lex.raw.get("relative_years", {}), key=len, reverse=True)
    if not words:
        return None
    body = "|".join(re.escape(w) for w in words)
    gap = r"[^\S\n]+" if lex.spaced else r"[^\S\n]*"
    edge = r"(?<![^\W\d_])" if lex.spaced else ""
    tail = r"(?![^\W\d_])" if lex.spaced else ""
    return (
        re.compile(rf"{edge}(?P<word>{body}){gap}$", re.IGNORECASE),
        re.compile(rf"{gap}(?P<word>{body}){tail}", re.IGNORECASE),
    )


def with_year_word(
    text: str, finding: DateFinding, lex: Lexicon, anchor: date | None
) -> DateFinding:
    """`finding` dated to the year its neighbouring word names, its span taking the word in,
    when its own year was only inferred."""
    value = finding.found.value
    if anchor is None or not isinstance(value, DateValue) or not value.year_inferred:
        return finding
    if value.month is None or value.relative is not None:
        return finding
    pats = _patterns(lex)
    if pats is None:
        return finding
    start, end = finding.found.start, finding.found.end
    before = pats[0].search(text[max(0, start - _REACH) : start])
    after = pats[1].match(text, end, min(len(text), end + _REACH))
    match = before or after
    if match is None:
        return finding
    offsets = {k.casefold(): int(v) for k, v in lex.raw["relative_years"].items()}
    year = anchor.year + offsets[match.group("word").casefold()]
    if value.day is not None and not _valid(year, value.month, value.day):
        return finding
    span = (start - len(before.group()), end) if before else (start, match.end())
    dated = replace(value, year=year)
    return replace(finding, found=replace(finding.found, start=span[0], end=span[1], value=dated))


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
