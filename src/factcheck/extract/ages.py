"""Ages in brackets after a name: `森山健太（27）は`, `킵타누이(26)가`. Japanese and Korean
news give a person's age so, as English writes `Moriyama, 27,`; read as years, the age meets
`27歳`, `27 ans` and `27-year-old`. The brackets are data (`[ages] brackets`)."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.found import Found
from factcheck.lexicon import Lexicon
from factcheck.records import Kind, Number, Quantity

_YEAR = 31556952.0
"""Seconds in a year, the factor of a `year` quantity."""


def find_bracketed_ages(text: str, lex: Lexicon) -> list[Found]:
    """Each two-digit number in brackets right after a letter (a name's last character), as
    an age in years; one digit is more often a list's item (`課題（1）`), four a year or a
    stock code."""
    pattern = _pattern(lex)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        age = float(match.group("age"))
        value = Quantity(Number(age, age, age), "year", "time", _YEAR)
        found.append(Found(Kind.QUANTITY, match.start("age"), match.end("age"), value))
    return found


@lru_cache(maxsize=32)
def _pattern(lex: Lexicon) -> re.Pattern[str] | None:
    pairs = lex.raw.get("ages", {}).get("brackets", [])
    if not pairs:
        return None
    opens = "".join(re.escape(o) for o, _ in pairs)
    closes = "".join(re.escape(c) for _, c in pairs)
    return re.compile(rf"(?<=[^\W\d_])[{opens}](?P<age>[1-9]\d)[{closes}]")
