"""Weekdays that name a day with a number but no month: `Friday the 15th`, `venerdì 15`,
`dinsdag de elfde` (the date nearest the anchor with that day of the month on that weekday),
and `the second Sunday`, `the first Friday of next month`, `de derde woensdag van oktober` (the
weekday's rank in a month: the anchor's, or the one named after it).

Both are read around a weekday already found, so they cost no pass of their own over a text.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from factcheck.lexicon import Lexicon, Phrases

_MONTHS_AROUND = 3
"""`Friday the 15th` is looked for this many months either side of the anchor's."""
_LAST_RANK = 5
_CLOSE = re.compile(r"\s*(?:[.,;:!?)\]»\"”’'](?!\d)|$)")
"""What may follow a bare day number: `venerdì 15.`, not `Friday 15 people` or `Friday 15%`."""
_COMPOUND = re.compile(r"-[^\W\d_]")
"""An ordinal joined to a word (`the third-deepest`, `the first-ever`) ranks, it names no day."""


@lru_cache(maxsize=32)
def _patterns(code: str, lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The day after a weekday, and the rank before one."""
    words = ordinals(lex).body
    suffixes = lex.ordinal_suffixes.body
    articles = _alternation(lex.raw_list("date_links", "day"))
    day = (
        rf"(?:(?P<digits>[0-3]?\d)(?P<suffix>{suffixes})?(?!\d)|(?P<word>{words})"
        rf"|(?P<cardinal>{lex.number_words.body}))"
    )
    # `venerdì 15`, `Friday the 15th`, and `quarta-feira (15)` as Brazilian papers write it.
    after = rf"(?:,?\s+(?:(?P<article>{articles})\s+)?|\s?(?P<paren>\()){day}"
    rank = rf"(?<![^\W\d_])(?:(?P<rank>{words})|(?P<rank_digits>[1-5]){suffixes})\s+$"
    return re.compile(after, re.I), re.compile(rank, re.I)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words) or r"(?!x)x"


@lru_cache(maxsize=32)
def ordinals(lex: Lexicon) -> Phrases[int]:
    """Ordinal words for days and ranks: `eleventh`, `vierde`."""
    return Phrases({k: int(v) for k, v in lex.raw.get("ordinals", {}).items()}, spaced=lex.spaced)


def day_of_weekday(
    text: str, lex: Lexicon, anchor: dt.date | None, weekday: int, end: int
) -> tuple[int, dt.date | None] | None:
    """`Friday the 15th`: where the phrase ends after the weekday ending at `end`, and the day.
    A bare number or word counts only before punctuation (`Friday 15 people died`, `sexta-feira,
    segundo o ministério` name no day)."""
    match = _patterns(lex.code, lex)[0].match(text, end)
    if match is None:
        return None
    number = _day_number(match, lex)
    if _COMPOUND.match(text, match.end()):
        return None  # `on Tuesday, the third-deepest since records began`: a rank, no day
    if match.group("paren") and not text.startswith(")", match.end()):
        return None
    closed = bool(match.group("article") or match.group("suffix") or match.group("paren"))
    if number is None or not 1 <= number <= 31:
        return None
    if not closed and _CLOSE.match(text, match.end()) is None:
        return None
    return match.end() + bool(match.group("paren")), anchor and _nearest_with(
        anchor, weekday, number
    )


def _day_number(match: re.Match[str], lex: Lexicon) -> int | None:
    if match.group("digits"):
        return int(match.group("digits"))
    if match.group("word"):
        return ordinals(lex).get(match.group("word"))
    value = lex.number_words.get(match.group("cardinal"))
    return int(value) if value is not None and value == int(value) else None


def _nearest_with(anchor: dt.date, weekday: int, day: int) -> dt.date | None:
    """The date nearest the anchor that is the `day` of its month and falls on `weekday`."""
    found = []
    for shift in range(-_MONTHS_AROUND, _MONTHS_AROUND + 1):
        year, month = _add_months(anchor.year, anchor.month, shift)
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date.weekday() == weekday:
            found.append(date)
    return min(found, key=lambda d: abs((d - anchor).days), default=None)


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def rank_before(text: str, lex: Lexicon, start: int) -> tuple[int, int] | None:
    """`the second` before a weekday starting at `start`: its rank and where the phrase starts."""
    head = text[max(0, start - 40) : start]
    match = _patterns(lex.code, lex)[1].search(head)
    if match is None:
        return None
    before = re.search(r"(\S+)\s+$", head[: match.start()])
    if before is not None and lex.indefinite_articles.get(before.group(1)) is not None:
        return None  # `for a second Sunday` is a count of Sundays
    rank = ordinals(lex).get(match.group("rank")) if match.group("rank") else None
    rank = rank or int(match.group("rank_digits") or 0)
    if not 1 <= rank <= _LAST_RANK:
        return None
    return rank, start - len(head) + match.start()


def nth_weekday(year: int, month: int, weekday: int, rank: int) -> dt.date | None:
    """The `rank`-th `weekday` of a month, if it has that many."""
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (rank - 1))
    return day if day.month == month else None


@lru_cache(maxsize=32)
def _month_pattern(code: str, lex: Lexicon) -> re.Pattern[str]:
    """The month after a ranked weekday: `of next month`, `van de volgende maand`, `of
    October 2025`."""
    links = _alternation(lex.raw_list("date_links", "nth_weekday"))
    articles = _alternation(lex.raw_list("date_links", "day"))
    spans = [k for k, v in lex.raw.get("relative_dates", {}).items() if v == "month"]
    relative = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in spans) or r"(?!x)x"
    current = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in lex.raw_list("date_links", "this_month")
    )
    return re.compile(
        rf"\s+(?:{links})\s+(?:(?:{articles})\s+)?(?:(?P<relative>{relative})"
        rf"|(?P<current>{current or '(?!x)x'})"
        rf"|(?P<month>{lex.months.body})(?:,?\s+(?P<year>(?:1[89]|20)\d\d)(?!\d))?)(?!\w)",
        re.I,
    )


def month_after(text: str, lex: Lexicon, end: int) -> re.Match[str] | None:
    """The month named after a ranked weekday ending at `end`, if any."""
    return _month_pattern(lex.code, lex).match(text, end)


def guarded_rank(text: str, lex: Lexicon, end: int) -> bool:
    """`the first Sunday of Advent`, `for the second Sunday running`, `por segundo domingo
    consecutivo`: a link with no month after it, or a word for `in a row`, makes the rank a
    count of weekdays."""
    words = _alternation(
        lex.raw_list("date_links", "nth_weekday")
        + lex.raw_list("date_prepositions", "words")
        + lex.raw_list("date_links", "in_a_row")
    )
    return re.match(rf"\s+(?:{words})(?!\w)", text[end : end + 40], re.I) is not None
