"""Exchange rates quoted against another currency: `the yen weakened to 162.35 per dollar`,
`yen melemah ke level 162,35 per dolar AS`. The bare number is an amount of the currency the
clause names before it (the yen), per one unit of the quoted one ([rate_quotes] in the data
files, each phrase with the code of the currency it quotes against)."""

from __future__ import annotations

import functools
import re

from factcheck.extract.figure_echoes import SENTENCE_END, Figure, skip_gap
from factcheck.lexicon import Lexicon, Phrases
from factcheck.records import Kind


@functools.lru_cache(maxsize=64)
def _quotes(lex: Lexicon) -> Phrases[str] | None:
    table: dict[str, str] = lex.raw.get("rate_quotes", {})
    return Phrases(table, spaced=lex.spaced) if table else None


def quoted_rates(text: str, lex: Lexicon, figures: list[Figure]) -> list[Figure]:
    """`figures` with each bare number before a quote phrase read as an amount of the
    currency its sentence names before it, when that is not the quoted currency."""
    quotes = _quotes(lex)
    if quotes is None:
        return figures
    out = []
    for figure in figures:
        quote = quotes.match_at(text, skip_gap(text, figure.end)) if figure.kind is None else None
        currency = None
        if quote is not None and figure.mention.scale == 1.0:
            currency = _named_before(text, lex, figure.start, quotes.get(quote.group()))
        if currency is not None:
            figure = Figure(Kind.MONEY, figure.start, figure.end, figure.mention, currency)
        out.append(figure)
    return out


def _named_before(text: str, lex: Lexicon, at: int, quoted: str | None) -> str | None:
    """The last currency written as a word in the sentence before `at` (`the yen`), other than
    the quoted one; a sign before digits (`Rp16.450`) prices something, it names no quote."""
    window = max(0, at - _REACH)
    ends = list(SENTENCE_END.finditer(text, window, at))
    start = ends[-1].end() if ends else window
    named = [
        m
        for m in lex.currencies.finditer(text, start, at)
        if m.group()[:1].isalpha() and not _DIGIT_AFTER.match(text, m.end())
    ]
    codes = [lex.currencies.get(m.group()) for m in named]
    found = [c for c in codes if c is not None and c != quoted]
    return found[-1] if found else None


_DIGIT_AFTER = re.compile(r"\s?\d")
_REACH = 300
"""Characters before the quote searched for its sentence's currency (keeps a scan linear)."""
