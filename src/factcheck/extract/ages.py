"""Ages set off after a name: `森山健太（27）は`, `킵타누이(26)가` in brackets, `Moriyama, 27,
of Osaka` between commas. Japanese and Korean news give a person's age in brackets, English
news in apposition; read as years, the age meets `27歳`, `27 ans` and `27-year-old`. The marks
are data (`[ages] brackets`, `[ages] apposition`)."""

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
    found = []
    for match in _matches(text, lex):
        age = float(match.group("age"))
        value = Quantity(Number(age, age, age), "year", "time", _YEAR)
        found.append(Found(Kind.QUANTITY, match.start("age"), match.end("age"), value))
    return found


def _matches(text: str, lex: Lexicon) -> list[re.Match[str]]:
    bracketed = _pattern(lex)
    matches = list(bracketed.finditer(text)) if bracketed else []
    apposed = _apposition(lex)
    if apposed:
        # Only after a capitalised word (a name): `Chen, 54, of` is an age, `rose 4%, 54, ...`
        # or a list of numbers is not.
        matches += [m for m in apposed.finditer(text) if m.group("name")[0].isupper()]
    return matches


@lru_cache(maxsize=32)
def _apposition(lex: Lexicon) -> re.Pattern[str] | None:
    """A two-digit number between two marks (`, 62,`) right after a word of two letters or
    more, and not followed by another digit (a list `12, 13, 14`)."""
    marks = lex.raw.get("ages", {}).get("apposition", [])
    if not marks:
        return None
    opens = "|".join(re.escape(o) for o, _ in marks)
    closes = "|".join(re.escape(c) for _, c in marks)
    return re.compile(
        rf"(?<![\w.])(?P<name>[^\W\d_]{{2,}})(?:{opens})\s(?P<age>[1-9]\d)(?:{closes})\s(?=[^\W\d])"
    )


@lru_cache(maxsize=32)
def _pattern(lex: Lexicon) -> re.Pattern[str] | None:
    pairs = lex.raw.get("ages", {}).get("brackets", [])
    if not pairs:
        return None
    opens = "".join(re.escape(o) for o, _ in pairs)
    closes = "".join(re.escape(c) for _, c in pairs)
    return re.compile(rf"(?<=[^\W\d_])[{opens}](?P<age>[1-9]\d)[{closes}]")
