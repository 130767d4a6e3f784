"""Rates and spans written around a figure: `a year` after a sum, `yıllık` or `ежегодно`
before it, `每年 ... 支付` earlier in its clause, and `over the next four years` (the time a
total is spread over)."""

from __future__ import annotations

import re

from factcheck.extract.bounds import phrase_after
from factcheck.lexicon import Lexicon, fold

_YEAR_AFTER = re.compile(r"\s?\d")
"""A number right after a rate's words makes them name a year: `im Jahr 2024`."""


GAP_YEAR = re.compile(r"(?<![\d.,])(?:1[89]|20)\d\d(?![\d.,]\d)")
"""A year between a word and the figure it tells about leaves them one (`yıllık yolcu
sayısının 2035'e kadar 45 milyona`, `число пассажиров к 2035 году вырастет до 45 млн`): it
dates the figure, and is no other figure standing between."""

_CLAUSE_START = re.compile(r"[,;:(，、。；：（]")
_EARLIER_REACH = 72
_HEAD_REACH = 24
"""How far before a sum `period_before` looks for its rate."""


def period_earlier_in_clause(text: str, lex: Lexicon, start: int) -> str | None:
    """`每年向当地政府支付3亿元`, `ежегодно тратит 3 млрд`: a word that is a rate only before a
    sum (`periods_before`), earlier in the clause with a verb between, and no other figure."""
    head_start = max(0, start - _EARLIER_REACH)
    for mark in _CLAUSE_START.finditer(text, head_start, start):
        head_start = mark.end()
    matches = [
        m for m in lex.periods_before.finditer(text, head_start, start) if not _glued(text, m)
    ]
    if not matches:
        return None
    last = matches[-1]
    if _YEAR_AFTER.match(text, last.end()):
        return None  # `im Jahr 2024 waren es ...` dates the figure: no rate
    between = text[last.end() : start]
    if any(c.isdigit() for c in GAP_YEAR.sub("", between)):
        return None
    if not between.strip(" \u00a0") and last.start() >= start - _HEAD_REACH:
        return None  # right before the sum: `period_before` judged it (a longer phrase, such
        # as `an einem normalen Werktag`, reaches past what it sees and is judged here)
    counted = _WORD_BEFORE.search(text, head_start, last.start())
    if counted is not None and _is_numeral(counted.group(1), lex):
        return None  # after a count it is a span (`5 yılda`, `beş yıllık sözleşme`)
    return lex.periods_before.get(last.group()) or None


def period_before(text: str, lex: Lexicon, start: int) -> tuple[int, str] | None:
    """`yıllık 3 milyar dolar`, `ежегодно 3 млрд долларов`, `jährlich rund 5 Millionen Euro`:
    a rate written right before the sum (its bound included), and where it starts; after a
    count it is a span (`5 yılda`, in five years). Words that are a rate only before a sum are
    in `periods_before`; the usual rate words count there too."""
    head = text[max(0, start - _HEAD_REACH) : start]
    for table in (lex.periods_before, lex.periods):
        match = next(
            (
                m
                for m in table.finditer(head)
                if not head[m.end() :].strip(" \u00a0") and not _glued(head, m)
            ),
            None,
        )
        if match is None:
            continue
        period = table.get(match.group())  # "" in `periods_before`: a time, not a rate
        begin = start - len(head) + match.start()
        counted = _WORD_BEFORE.search(text, max(0, begin - 24), begin)
        if not period or (counted is not None and _is_numeral(counted.group(1), lex)):
            return None
        return begin, period
    return None


def _glued(text: str, match: re.Match[str]) -> bool:
    """A rate word glued to a digit counts or dates that unit: Korean `2월 30억 달러` is
    February, `월 30억 달러` a month's sum."""
    return match.start() > 0 and text[match.start() - 1].isdigit()


_WORD_BEFORE = re.compile(r"(\S+)[ \u00a0]+$")


def _is_numeral(word: str, lex: Lexicon) -> bool:
    """A count before a rate word makes it a span (`5 yılda`); a year there only dates the
    rate (`ab 2029 jährlich 40.000 Tonnen`, yearly from 2029)."""
    if GAP_YEAR.fullmatch(word):
        return False
    return word[-1].isdigit() or lex.number_words.get(word) is not None


_ASIDE = re.compile(r"[ \u00a0]*(?:[(（][^()（）\n]{1,40}[)）]|[)）])")
"""A bracketed aside after a sum (`¥2.98 million ($19,900) a year`), or the bracket that closes
the aside the sum stands in (`298万円（約2,700万ウォン）/年`)."""


def period_after(text: str, lex: Lexicon, end: int) -> tuple[re.Match[str] | None, int]:
    """The rate word after a sum (`a year`), and where the sum's claim ends. Past an aside the
    rate still holds (`¥2.98 million ($19,900) per patient a year`), but the claim stops before
    the aside: the figure in it is a claim of its own."""
    period = phrase_after(text, lex.periods, end)
    if period is None and (aside := _ASIDE.match(text, end)) is not None:
        past = phrase_after(text, lex.periods, aside.end())
        if past is not None and lex.periods.get(past.group()):
            return past, end
    if period is not None and (
        not lex.periods.get(period.group()) or _YEAR_AFTER.match(text, period.end())
    ):
        period = None  # `a year earlier` is a comparison, `im Jahr 2024` a year: no rate
    return period, (period.end() if period else end)


_YEAR_SECONDS = 31556952.0


def horizon(window: str, lex: Lexicon) -> tuple[str | None, float | None]:
    """`over the next four years`: a total spread over a stated time, and that time in years."""
    for marker in lex.horizon_markers.finditer(window):
        rest = window[marker.end() :]
        match = re.match(r"\s+(\S+)\s+(\S+)", rest)
        if match is None:
            continue
        unit = match.group(2).strip(".,;")
        sense = lex.units.get(unit)
        if sense is not None and sense.dimension == "time":
            count = match.group(1)
            amount = float(count) if count.isdigit() else lex.number_words.get(count)
            years = amount * sense.factor / _YEAR_SECONDS if amount else None
            return f"{marker.group()} {count} {unit}", years
    return None, None


_MATERIAL = re.compile(r"[ \u00a0]+(\S+)((?:[ \u00a0]+[^\W\d_][\w'’-]*){1,3})")
"""A link word and up to three words after a measure: `barrels of crude`, `barris de
petróleo`, `tons of lithium carbonate`, `toneladas de carbonato de lítio`."""
_WORD = re.compile(r"[ \u00a0]+[^\W\d_][\w'’-]*")


def rate_after(text: str, lex: Lexicon, end: int) -> str | None:
    """The rate a measure is given at (`230,000 barrels a day`), also past what it measures:
    `230 mil barris de petróleo por dia` is a daily volume as `230.000 barriles diarios` is."""
    period, _ = period_after(text, lex, end)
    material = _MATERIAL.match(text, end) if period is None else None
    if material is not None and fold(material.group(1)) in lex.raw_list("material_links", "words"):
        period = _period_past_words(text, lex, material.start(2), material.end())
    return (lex.periods.get(period.group()) or None) if period is not None else None


def _period_past_words(text: str, lex: Lexicon, start: int, end: int) -> re.Match[str] | None:
    """The rate right after one of the words that name a measure's material, the shortest
    first: `of crude a day` reads `a day` after `crude`, never `a` as a material word."""
    for word in _WORD.finditer(text, start, end):
        period = phrase_after(text, lex.periods, word.end())
        if (
            period is not None
            and lex.periods.get(period.group())
            and not _YEAR_AFTER.match(text, period.end())
        ):
            return period
    return None
