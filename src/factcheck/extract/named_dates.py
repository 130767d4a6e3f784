"""Numeric dates with the month's name: `05-Aug-2016`, `Sep-23-2020`, `2019/aug/01`."""

from __future__ import annotations

import re
from typing import Any

from factcheck.lexicon import Lexicon, Phrases, fold

NUMERIC_END = r"(?!\d|[.,/-]\d)"
"""Not followed by more digits: `1.2.2025.4` or `3-7-2025-1` is some other number."""


def named_numeric(lex: Lexicon, edge: str) -> re.Pattern[str]:
    """Numeric dates with the month's name, in any order: `05-Aug-2016`, `Sep-23-2020`,
    `2019/aug/01`, `23-2020-September`. A named month and a four-digit year leave only one
    reading; short forms that are other words in prose (`Sep`, `mrt`) count only here."""
    short = Phrases(lex.raw.get("months_short", {}), spaced=lex.spaced).body
    part = rf"(?:{lex.months.body}|{short}|\d{{1,4}})"
    return re.compile(
        rf"{edge}(?P<p1>{part})(?P<sep>[-/])(?P<p2>{part})(?P=sep)(?P<p3>{part})"
        rf"(?![^\W_]){NUMERIC_END}",
        re.IGNORECASE,
    )


def named_parts(match: re.Match[str], lex: Lexicon) -> dict[str, Any] | None:
    """Day, month and year of a `named_numeric` match: one month word, one day of one or two
    digits, and a four-digit year anywhere or a two-digit one last after day and month."""
    parts = [match.group(g) for g in ("p1", "p2", "p3")]
    words = [p for p in parts if not p.isdigit()]
    if len(words) != 1:
        return None
    month = month_number(words[0], lex)
    digits = [p for p in parts if p.isdigit()]
    years = [d for d in digits if len(d) == 4]
    if len(years) == 1:
        day = next(d for d in digits if d is not years[0])
    elif parts[1] == words[0] and len(parts[2]) == 2 and len(parts[0]) <= 2:
        day, years = parts[0], [parts[2]]  # `05-Aug-16`
    else:
        return None
    if month is None or len(day) > 2:
        return None
    return {"day": day, "month": str(month), "year": years[0]}


def month_number(word: str, lex: Lexicon) -> int | None:
    found = lex.months.get(word)
    if found is not None:
        return found
    short = {fold(k): int(v) for k, v in lex.raw.get("months_short", {}).items()}
    return short.get(fold(word))
