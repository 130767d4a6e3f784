"""Fractions written out: `三分之一`, `３分の27`, `1 over 3`, `un sur trois`, `three fifths`,
`tres veintiunavos`, `vinte e dois trinta avos`, `3又1/4`.

The number layer reads the numbers; here they are operands, `(start, end, value)`, and a
fraction is two of them around a word of the lexicon (or one and a denominator word, or one and
a number made a denominator by a suffix). Mixed numbers add a whole number to the fraction
after it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from factcheck.lexicon import Lexicon, Phrases, alternation, fold

Operand = tuple[int, int, float]
"""Where a number starts and ends, and its value."""

_GAP = re.compile(r"[ \u00a0]*")
_WORD_GAP = re.compile(r"[ \u00a0]+|-")
_YEARS = (1800, 2100)
_REACH = 16
"""Spaces looked back over for the number before a fraction word."""


def find_fractions(
    text: str, lex: Lexicon, operands: list[Operand], glued: Sequence[Operand] = ()
) -> list[Operand]:
    """Every fraction in `text` made of `operands`, mixed numbers included; `glued` are the
    denominators written as one word with their suffix (`veintiunavos`), read by the number
    layer."""
    ends = _Ends(
        {end: (start, value) for start, end, value in operands},
        {start: (end, value) for start, end, value in operands},
    )
    found = _denominator_first(text, lex, ends) + _numerator_first(text, lex, ends)
    found += _denominator_words(text, lex, operands)
    found += _suffixed(text, ends, [*glued, *_suffix_words(text, lex, ends)])
    return found + _mixed(text, lex, ends.by_end, found)


@dataclass(frozen=True)
class Suffixed:
    """A word that ends in a fraction suffix (`veintiunavos`, or `avos` alone)."""

    start: int
    stem_end: int
    """Where the suffix starts: the letters before it are the number it is glued to."""
    end: int
    size: float
    """The suffix's value (1 for `avos`, 1000 for `milésimos`)."""


@functools.cache
def _suffix_pattern(lex: Lexicon) -> re.Pattern[str]:
    """A fraction suffix that ends a word: a trie of them, tried only where one can start
    (a lazy stem before each was a tenth of a Spanish article's extraction time)."""
    body = Phrases(dict.fromkeys(lex.fraction_suffixes, 0.0), spaced=False).body
    return re.compile(rf"(?:{body})(?![^\W\d_])", re.IGNORECASE)


def suffixed_words(text: str, lex: Lexicon) -> Iterator[Suffixed]:
    """Words that end in a suffix of `fraction_suffixes`, with the letters before it."""
    if not lex.fraction_suffixes:
        return
    for match in _suffix_pattern(lex).finditer(text):
        start = match.start()
        while start > 0 and _LETTER.match(text, start - 1):
            start -= 1
        size = lex.fraction_suffixes.get(fold(match.group()), 0.0)
        yield Suffixed(start, match.start(), match.end(), size)


_LETTER = re.compile(r"[^\W\d_]")


def _suffix_words(text: str, lex: Lexicon, ends: _Ends) -> list[Operand]:
    """`vinte e um avos`, `dois milésimos`: a suffix written as a word makes a denominator of
    the number right before it."""
    found: list[Operand] = []
    for word in suffixed_words(text, lex):
        stem = None if word.start < word.stem_end else _before(text, word.start, ends.by_end)
        if stem is not None and stem[1] * word.size > 1:
            found.append((stem[0], word.end, stem[1] * word.size))
    return found


def _suffixed(text: str, ends: _Ends, denominators: list[Operand]) -> list[Operand]:
    """`tres veintiunavos` (3/21), `um vinte e um avos` (1/21): a numerator in words before a
    denominator made with a suffix. A numerator in digits is another figure (`en 2019 dos
    milésimos`)."""
    found: list[Operand] = []
    for start, end, below in denominators:
        above = _before(text, start, ends.by_end)
        if above is not None and text[above[0]].isalpha():
            found.append((above[0], end, above[1] / below))
    return found


@dataclass(frozen=True)
class _Ends:
    by_end: dict[int, tuple[int, float]]
    """Where each operand ending at a position starts, and its value."""
    by_start: dict[int, tuple[int, float]]
    """Where each operand starting at a position ends, and its value."""


def _before(text: str, pos: int, by_end: dict[int, tuple[int, float]]) -> tuple[int, float] | None:
    """The operand that ends at `pos`, or before the spaces that end there."""
    head = text[max(0, pos - _REACH) : pos]
    return by_end.get(pos - len(head) + len(head.rstrip(" \u00a0")))


def _after(text: str, pos: int, by_start: dict[int, tuple[int, float]]) -> tuple[int, float] | None:
    gap = _GAP.match(text, pos)
    return by_start.get(gap.end() if gap else pos)


def _denominator_first(text: str, lex: Lexicon, ends: _Ends) -> list[Operand]:
    """`三分之一`, `１６分之5`, `３分の27`: the denominator, a mark, then the numerator
    (`百分之五` is a percentage, not a fraction)."""
    found: list[Operand] = []
    for mark in lex.fraction_marks.finditer(text) if lex.fraction_marks else ():
        below = _before(text, mark.start(), ends.by_end)
        above = _after(text, mark.end(), ends.by_start)
        if below is None or above is None or below[1] == 0:
            continue
        if lex.percent_before.match_at(text, below[0]) is not None:
            continue
        found.append((below[0], above[0], above[1] / below[1]))
    return found


def _numerator_first(text: str, lex: Lexicon, ends: _Ends) -> list[Operand]:
    """`1 over 3`, `uno sobre tres`, `1 van de 3`, `3/4`: a proper fraction (`24/7`, `2024/25`
    are no ratios), not before a unit (`2 over 12 months`) nor over a year (`5 over 2023`)."""
    found: list[Operand] = []
    for word in lex.fraction_words.finditer(text) if lex.fraction_words else ():
        above = _before(text, word.start(), ends.by_end)
        below = _after(text, word.end(), ends.by_start)
        if above is None or below is None or not 0 <= above[1] < below[1] or _a_year(below[1]):
            continue
        if _counts_something(text, lex, below[0]):
            continue
        found.append((above[0], below[0], above[1] / below[1]))
    return found


def _denominator_words(text: str, lex: Lexicon, operands: list[Operand]) -> list[Operand]:
    """`three fifths`, `tres quintos`, `zwei Drittel`: a numerator, then its denominator as a
    word (not a currency: `50 centesimi` are cents). A denominator that also counts a thing
    (a lottery's tenth-tickets, `dixièmes`, `decimi`) is that thing after digits (`18 500
    dixièmes`) and still a fraction after a number in words (`trois dixièmes`)."""
    found: list[Operand] = []
    for start, end, value in operands if lex.fraction_denominators else ():
        gap = _WORD_GAP.match(text, end)
        if gap is None:
            continue
        word = lex.fraction_denominators.match_at(text, gap.end())
        if word is None or _counts_something(
            text, lex, word.start(), units=_digits(text[start:end])
        ):
            continue
        below = lex.fraction_denominators.get(word.group()) or 0.0
        if below:
            found.append((start, word.end(), value / below))
    return found


def _mixed(
    text: str, lex: Lexicon, by_end: dict[int, tuple[int, float]], fractions: list[Operand]
) -> list[Operand]:
    """`3又1/4`, `三百五十又3分之1`: a whole number, a joining word, then a fraction."""
    found = []
    for start, end, value in fractions:
        head_start = max(0, start - 8)
        head = text[head_start:start].rstrip(" \u00a0")
        joiner = next(
            (m for m in lex.fraction_joiners.finditer(head) if m.end() == len(head)), None
        )
        whole = None if joiner is None else _before(text, head_start + joiner.start(), by_end)
        if whole is not None and float(whole[1]).is_integer():
            found.append((whole[0], end, whole[1] + value))
    return found


def _a_year(value: float) -> bool:
    return float(value).is_integer() and _YEARS[0] <= value <= _YEARS[1]  # inf is no year


def _digits(written: str) -> bool:
    return any(ch.isdigit() for ch in written)


def _counts_something(text: str, lex: Lexicon, pos: int, *, units: bool = True) -> bool:
    gap = _WORD_GAP.match(text, pos)
    at = gap.end() if gap else pos
    return bool(
        (units and lex.units.match_at(text, at))
        or lex.currencies.match_at(text, at)
        or lex.subunits.match_at(text, at)
    )


def share_link(text: str, lex: Lexicon, key: str, pos: int) -> re.Match[str] | None:
    """A word of `[fraction_shares] key` right after `pos` (after spaces, in a spaced script):
    `of` in `two thirds of voters`, `in` in `one in three`."""
    links = lex.raw_list("fraction_shares", key)
    return _share_link(links, lex.spaced).match(text, pos) if links else None


@functools.lru_cache(maxsize=32)
def _share_link(links: tuple[str, ...], spaced: bool) -> re.Pattern[str]:
    body = alternation(links)
    return re.compile(rf"[ \u00a0]+(?:{body})(?!\w)" if spaced else rf"(?:{body})", re.IGNORECASE)
