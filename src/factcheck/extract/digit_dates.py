"""Dates in digits that other numbers resemble, read only where nothing else fits: `02 04 2009`,
`2016 10 16`, `9 de 8 de 1971`, and two-digit years after a month (`15 April of 87.`,
`April 15, '87`)."""

from __future__ import annotations

import re

from factcheck.lexicon import Lexicon, alternation

YEAR_GAP = r"(?:\s?,\s*|\s+)"
"""Between a day and its year: `5, 2025`, `5 2025`, and newswire's `5 , 2025`."""
_FULL_YEAR = r"(?P<year>(?:19|20)\d\d)"
_NO_NUMBER_BEFORE = r"(?<!\d[\s.,])(?<!\d)"
_NO_NUMBER_AFTER = r"(?!\s?[\d%]|[.,/]\d|-)"
"""A date in spaced digits stands alone: `020 12 05 2009` is a telephone number, `2016 10
16-year-olds` no date, and a row of figures in a table goes on with more of them. A unit after
it (`12 05 2009 personnes`) is checked after matching, by `counted`."""


def spaced_day_first(edge: str, tail: str) -> re.Pattern[str]:
    """`02 04 2009`: day and month (in the language's order) of two digits each, then a
    four-digit year, one space apart; no count is written `04`, and three numbers in a row
    with nothing between them are rare in prose."""
    return re.compile(
        rf"{edge}{_NO_NUMBER_BEFORE}(?P<a>[0-3]\d) (?P<b>[0-3]\d) {_FULL_YEAR}"
        rf"{_NO_NUMBER_AFTER}{tail}",
        re.IGNORECASE,
    )


def spaced_year_first(edge: str, tail: str) -> re.Pattern[str]:
    """`2016 10 16`: the year-first order of `2016-10-16` with spaces, two-digit month and
    day."""
    return re.compile(
        rf"{edge}{_NO_NUMBER_BEFORE}{_FULL_YEAR} (?P<month>[01]\d) (?P<day>[0-3]\d)"
        rf"{_NO_NUMBER_AFTER}{tail}",
        re.IGNORECASE,
    )


def linked_numeric_month(lex: Lexicon, edge: str) -> re.Pattern[str] | None:
    """`9 de 8 de 1971`: a month in digits between the links a language writes around it
    (`[date_links] numeric_month`), with a four-digit year. The links also mean `of`, so the
    year must end the clause or come before a common word: in `3 de 10 de 2000 encuestados`
    it is a count."""
    links = "|".join(re.escape(w) for w in lex.raw_list("date_links", "numeric_month"))
    if not links:
        return None
    common = alternation(lex.stopwords)
    return re.compile(
        rf"{edge}(?P<day>[0-3]?\d)\s+(?:{links})\s+(?P<month>[01]?\d)\s+(?:{links})\s+"
        rf"{_FULL_YEAR}{_NO_NUMBER_AFTER}(?=\s*(?:[^\w\s]|$)|\s+(?:{common or '(?!)'})(?!\w))",
        re.IGNORECASE,
    )


_SPACES = re.compile(r"\s*")


def counted(text: str, end: int, lex: Lexicon) -> bool:
    """Does a unit follow `end`, making the number before it a count (`10.05.12 Minuten`,
    `12 05 2009 personnes`)? Checked after matching: written into the date patterns, the
    units table made them the slowest patterns of a language to compile."""
    after = _SPACES.match(text, end)
    return lex.units.match_at(text, after.end() if after else end) is not None


def short_year(links: tuple[str, ...]) -> str:
    """A two-digit year after a month, as a pattern to follow the month or day: `'87`
    anywhere, and after a link (`of 87`, `de 87`) only where punctuation or the end follows,
    so that `de 10 a 14 h` and `de 20:00` stay hours. A bare `5 March 12` is never a year
    (`on 5 March 12 people died`)."""
    linked = "|".join(re.escape(w) for w in links) or r"(?!x)x"
    return (
        rf"(?:\s+(?:{linked})\s+'?(?=\d\d(?:[.,;:!?)](?!\d)|\s*$))"
        rf"|{YEAR_GAP}(?:(?:{linked})\s+)?')(?P<short_year>\d\d)(?!\d)"
    )
