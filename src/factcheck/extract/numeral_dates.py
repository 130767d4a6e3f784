"""Dates written in numeral characters in scripts without spaces: `二〇二四年八月十五日`,
`两千零四年八月十五`, `十二月三日`. The numerals are the language's own number words and
multipliers; nothing here names a language."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from factcheck.lexicon import Lexicon

_LAST_DIGIT = 9
_CLOSE = re.compile(r"\s*(?:[^\w\s]|$)")


@lru_cache(maxsize=32)
def numeral_pattern(code: str, lex: Lexicon) -> re.Pattern[str] | None:
    """Year (optional), month and day (optional) in numerals with the date marks after each."""
    marks = lex.date_suffixes
    if lex.spaced or not {"year", "month", "day"} <= marks.keys():
        return None
    chars = "".join(sorted(set(_digits(lex)) | set(_multipliers(lex))))
    if not chars:
        return None
    n = f"[{re.escape(chars)}]"
    year, month, day = (re.escape(marks[k]) for k in ("year", "month", "day"))
    return re.compile(
        rf"(?={n})(?<!{n})(?:(?P<year>{n}{{2,5}}){year})?(?P<month>{n}{{1,2}}){month}"
        rf"(?:(?P<day>{n}{{1,3}})(?P<mark>{day})?)?(?!{n})"
    )


@lru_cache(maxsize=32)
def _digits(lex: Lexicon) -> dict[str, int]:
    words = lex.raw.get("number_words", {})
    return {k: int(v) for k, v in words.items() if len(k) == 1 and 0 <= v <= _LAST_DIGIT}


@lru_cache(maxsize=32)
def _multipliers(lex: Lexicon) -> dict[str, int]:
    words = {**lex.raw.get("multipliers", {}), **lex.raw.get("number_words", {})}
    return {k: int(v) for k, v in words.items() if len(k) == 1 and v in (10, 100, 1000)}


def numeral_parts(match: re.Match[str], text: str, lex: Lexicon) -> dict[str, Any] | None:
    """The match's parts in digits. A day needs its mark unless nothing follows it (`八月十五。`);
    a month alone (`五月天`, a band) is no date."""
    day = match.group("day")
    if day and not match.group("mark") and _CLOSE.match(text, match.end()) is None:
        return None
    if not (day or match.group("year")):
        return None
    parts = {k: _value(match.group(k), lex) for k in ("year", "month", "day") if match.group(k)}
    if None in parts.values():
        return None
    return {k: str(v) for k, v in parts.items()}


def _value(numeral: str, lex: Lexicon) -> int | None:
    """`二〇二四` digit by digit; `两千零四`, `二十一`, `十五` by their multipliers."""
    digits, multipliers = _digits(lex), _multipliers(lex)
    if len(numeral) > 1 and all(c in digits for c in numeral):
        return int("".join(str(digits[c]) for c in numeral))
    total, current = 0, None
    for char in numeral:
        if char in digits:
            current = digits[char]
        elif char in multipliers:
            total += (1 if current is None else current) * multipliers[char]
            current = None
        else:
            return None
    return total + (current or 0)
