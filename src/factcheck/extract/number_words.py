"""Numbers written as words: `three`, `dix-huit`, `tiga ratus`, `two hundred and a half`,
`zweihundertfünfzig`, `三百五十`, `一千多万`.

Words follow the lexicon: scales nest (`cincuenta y cinco mil doscientos millones`), halves
follow numbers and scales (`two and a half million`, `3 millions et demi`), decimal words
(`dos coma cinco`, `四点五`), one-word numbers next to others (`tweeduizend
vijfhonderdzevenenzeventig`) and elided places (`二百五`); fractions are read over the
numbers found (`fractions.py`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from factcheck.extract.fractions import (
    Operand,
    Suffixed,
    find_fractions,
    share_link,
    suffixed_words,
)
from factcheck.extract.numbers import (
    DIGITS,
    WORD_JOIN,
    NumberMention,
    is_short_scale,
    more_after,
    parse_digits,
    ranked,
    scale_fraction,
    signed,
    skip_spaces,
)
from factcheck.lexicon import Lexicon, Phrases
from factcheck.records import Bound

_NO_JOIN = re.compile(r"[ \u00a0-]*")


def _more_within(text: str, start: int, end: int, lex: Lexicon) -> Bound | None:
    """At least, when a `多`/`余` was read inside the number (`一千多万`)."""
    if lex.spaced or lex.qualifiers["at_least_after"].pattern.search(text, start, end) is None:
        return None
    return Bound.AT_LEAST


def _more_before_scale(text: str, pos: int, lex: Lexicon) -> int:
    """`一千多万`, `十余万`: past a `多`/`余` that a scale word follows (the figure is at least
    the number without it); else `pos`."""
    after = more_after(text, pos, lex)
    if after is None or lex.scales.match_at(text, skip_spaces(text, after)) is None:
        return pos
    return skip_spaces(text, after)


def find_word_numbers(text: str, lex: Lexicon) -> list[NumberMention]:
    """Numbers written as words: `three`, `dix-huit`, `tiga ratus`, `two hundred`, `三百五十`."""
    found: list[NumberMention] = []
    pos, last_end = 0, -1
    # Without spaces a number may start with its multiplier: `千人`, `百万`.
    starts = lex.number_words.pattern if lex.spaced else _either(lex)
    inside = _inside_percent_words(text, lex)
    reads: list[Operand] = []  # every reading, for fractions
    several = lex.raw_list("vague_numbers", "before")
    while (first := starts.search(text, pos)) is not None:
        start, end, value, decimals, meaningful = _read_word_number(text, first, lex)
        # Without spaces, numerals run together only in vague counts: `二三十` is 20 to 30,
        # as a numeral after a word for "several" is (`数十人`, `几百名`, [vague_numbers]);
        # and a multiplier right after digits belongs to them (`1千`).
        vague = not lex.spaced and (
            start == last_end
            or lex.number_words.match_at(text, end) is not None
            or text[max(0, start - 1) : start] in several
        )
        after_digits = not lex.spaced and start > 0 and text[start - 1].isdigit()
        counted = not after_digits and not ranked(text, start, lex)
        if meaningful and not vague and counted and start not in inside:
            more = _more_within(text, start, end, lex)
            mention = NumberMention(start, end, value, decimals, 1.0, "", end, True, bound=more)
            found.append(signed(text, lex, mention))
        reads.append((start, end, value))
        pos = last_end = end
    compounds = _compound_words(text, lex) if lex.compound_numbers else []
    reads += [(m.start, m.end, m.value) for m in compounds]
    return found + compounds + _fractions(text, lex, reads)


def _fractions(text: str, lex: Lexicon, reads: list[Operand]) -> list[NumberMention]:
    """Fractions of the numbers read in words and in digits (`三分之一`, `1 over 3`)."""
    tables = (lex.fraction_marks, lex.fraction_words, lex.fraction_denominators)
    suffixed = list(suffixed_words(text, lex))
    if not suffixed and not any(table and table.pattern.search(text) for table in tables):
        return []  # most texts: no need to read their digits again
    digits = [
        (m.start(), m.start() + p[2], p[0])
        for m in DIGITS.finditer(text)
        if (p := parse_digits(m.group(), lex))
    ]
    glued = _glued(text, lex, suffixed)
    return [
        signed(text, lex, NumberMention(start, end, value, 0, 1.0, "", end, True, fraction=True))
        for start, end, value in find_fractions(text, lex, reads + digits, glued)
    ]


def _glued(text: str, lex: Lexicon, suffixed: list[Suffixed]) -> list[Operand]:
    """`veintiunavos` (21), `dosmilésimos` (2,000), `treintaicincoavos` (35): denominators
    written as number words against a fraction suffix."""
    found: list[Operand] = []
    for word in suffixed:
        stem = word.start < word.stem_end and _stem_value(text[word.start : word.stem_end], lex)
        if stem:
            found.append((word.start, word.end, stem * word.size))
    return found


def _stem_value(stem: str, lex: Lexicon) -> float | None:
    """The number that the letters `stem` are made of, read as those words written apart;
    None unless they are number words and nothing else."""
    pieces = _pieces(stem, 0, len(stem), _number_parts(lex))
    if not pieces:
        return None
    spaced = " ".join(pieces)
    first = lex.number_words.match_at(spaced, 0) or lex.multipliers.match_at(spaced, 0)
    if first is None:
        return None
    _, end, value, _, _ = _read_word_number(spaced, first, lex, fraction=False)
    return value if end == len(spaced) else None


_WORD = re.compile(r"[^\W\d_]+")


def _compound_words(text: str, lex: Lexicon) -> list[NumberMention]:
    """`zweihundertfünfundfünfzig`, `honderdenzes`, `tweeduizend vijfhonderdzevenenzeventig`:
    words made only of number words are read as those words written apart, with the number
    words written next to them."""
    parts = _number_parts(lex)
    found: list[NumberMention] = []
    run: list[tuple[re.Match[str], list[str]]] = []
    for word in _WORD.finditer(text):
        pieces = _pieces(text, word.start(), word.end(), parts)
        if run and (pieces is None or text[run[-1][0].end() : word.start()].strip(" \u00a0")):
            found += _read_run(lex, run)
            run = []
        if pieces is not None:
            run.append((word, pieces))
    return found + _read_run(lex, run)


def _pieces(text: str, start: int, end: int, parts: re.Pattern[str]) -> list[str] | None:
    """The number words the word from `start` to `end` is made of, or None if it is not made
    only of them."""
    pieces, at = [], start
    while at < end and (part := parts.match(text, at, end)) is not None:
        pieces.append(part.group())
        at = part.end()
    return pieces if at == end else None


_RUN_WINDOW = 12
"""Words a number written out may take: a reading starts at most this far from its end."""


def _read_run(lex: Lexicon, run: list[tuple[re.Match[str], list[str]]]) -> list[NumberMention]:
    """Numbers in a run of number words that hold a compound; the others are read as words."""
    found = []
    while run:
        window = run[:_RUN_WINDOW]
        spaced, ends = "", []
        for _, pieces in window:
            spaced += (" " if spaced else "") + " ".join(pieces)
            ends.append(len(spaced))
        first = lex.number_words.match_at(spaced, 0)
        end, value, meaningful = 0, 0.0, False
        if first is not None:
            _, end, value, _, meaningful = _read_word_number(spaced, first, lex, fraction=False)
        taken = max(1, sum(1 for e in ends if e <= end))
        compound = any(len(pieces) > 1 for _, pieces in window[:taken])
        if first is not None and meaningful and end in ends and compound:
            start, stop = window[0][0].start(), window[taken - 1][0].end()
            found.append(NumberMention(start, stop, value, 0, 1.0, "", stop, in_words=True))
        run = run[taken:]
    return found


@functools.cache
def _number_parts(lex: Lexicon) -> re.Pattern[str]:
    """Number words, multipliers, scales, joiners and halves, found inside words (no boundaries
    checked)."""
    keys = {**lex.raw.get("number_words", {}), **lex.raw.get("multipliers", {})}
    keys |= {w: 0 for w in lex.raw_list("number_joiners", "words")}
    keys |= lex.raw.get("scale_fractions", {})  # `dreieinhalb`
    keys |= {k: v for k, v in lex.raw.get("scales", {}).items() if not is_short_scale(k)}
    return Phrases(keys, spaced=False).pattern


def _inside_percent_words(text: str, lex: Lexicon) -> frozenset[int]:
    """Positions inside a percent phrase: `ciento` in `por ciento` is not a hundred."""
    return frozenset(i for m in lex.percent.finditer(text) for i in range(m.start() + 1, m.end()))


def _either(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(f"(?:{lex.number_words.body}|{lex.multipliers.body})")


def _after_joiner(text: str, at: int, lex: Lexicon) -> int:
    """`one hundred and six`, `treinta y cinco`: skip the joining word when a number follows."""
    joiner = lex.number_joiners.match_at(text, at)
    if joiner is None:
        return at
    follow = WORD_JOIN.match(text, joiner.end())
    after = follow.end() if follow else joiner.end()
    return after if lex.number_words.match_at(text, after) is not None else at


@dataclass
class _Sum:
    """A number in words as it is read: `groups` under scale words (`mil`, `万`), the current
    `section` under multipliers (`hundred`), and the `digit` words after it."""

    elided_place: bool
    groups: list[tuple[float, float]] = field(default_factory=list)  # (scale, amount)
    section: float = 0.0
    digit: float = 0.0
    last_plain: float = float("inf")
    place: float = 0.0
    """The multiplier or scale just read, for `二百五` (250: the 5 is in the place below)."""
    tail: float = 0.0
    """What that eliding adds, while the digit is the last word."""

    def multiply(self, size: float) -> bool:
        """Multiply the digit by `hundred`; False after a smaller multiplier (`七十百`)."""
        if self.digit == 0 and self.section and 0 < self.place < size:
            return False
        self.section += (self.digit or 1.0) * size
        self.digit, self.last_plain, self.tail, self.place = 0.0, float("inf"), 0.0, size
        return True

    def scale(self, size: float) -> None:
        """`cincuenta y cinco mil doscientos veintiocho millones` is 55,228 millions: the
        groups of smaller scales read so far belong under this larger one, not beside it."""
        below = 0.0
        while self.groups and self.groups[-1][0] < size:
            below += self.groups.pop()[1]
        self.groups.append((size, ((self.section + self.digit + below) or 1.0) * size))
        self.section, self.digit, self.last_plain, self.tail = 0.0, 0.0, float("inf"), 0.0
        self.place = size

    def add(self, plain: float) -> bool:
        """Add a digit word; False when it starts another number (`one two`, `a six-month`)."""
        if plain == 0 and (self.section or self.groups):
            self.place = 0.0  # `一千零一`: a zero only holds a place
            return True
        if plain >= self.last_plain or self.last_plain < 10 or plain != int(plain):
            return False  # a half only opens a number: `half a dozen`, not `dozen and half a`
        elided = self.elided_place and self.place > 10 and plain < 10
        self.tail = plain * (self.place / 10 - 1) if elided else 0.0
        self.digit, self.last_plain, self.place = self.digit + plain, plain, 0.0
        return True

    def after_digit(self) -> bool:
        """Was the last word a digit word (`two`, not `hundred` or `and a half`)?"""
        return self.digit > 0 and 0 < self.last_plain < float("inf")

    def half(self, part: float) -> None:
        """Add `and a half` to the digit; only a multiplier or scale may follow it."""
        self.digit, self.last_plain, self.tail = self.digit + part, 0.0, 0.0

    def value(self) -> float:
        return sum(a for _, a in self.groups) + self.section + self.digit + self.tail


def _read_word_number(
    text: str, first: re.Match[str], lex: Lexicon, fraction: bool = True
) -> tuple[int, int, float, int, bool]:
    """Words combine as in `two hundred fifty thousand`: a digit word, multiplied by `hundred`
    into a section, sections multiplied by `thousand` into groups; then maybe a decimal part.
    Gives start, end, value, decimals and whether it is a figure."""
    join = WORD_JOIN if lex.spaced else _NO_JOIN
    total = _Sum(lex.elided_place, digit=lex.number_words.get(first.group()) or 0.0)
    total.last_plain = total.digit  # nothing follows a leading zero
    if total.digit == 0 and (multiplier := lex.multipliers.get(first.group())):
        total.section = total.place = multiplier
        total.last_plain = float("inf")
    end, tokens = first.end(), 1
    while (gap := join.match(text, end)) is not None:
        if total.after_digit() and (half := scale_fraction(text, end, lex)) is not None:
            total.half(half[1])  # `two and a half million`, `tres y medio`
            end, tokens = half[0], tokens + 2
            continue
        at = _after_joiner(text, gap.end(), lex)
        at = _more_before_scale(text, at, lex)
        if (m := lex.multipliers.match_at(text, at)) is not None:
            if not total.multiply(lex.multipliers.get(m.group()) or 1.0):
                break
        elif (m := lex.scales.match_at(text, at)) is not None and not is_short_scale(m.group()):
            size = lex.scales.get(m.group()) or 1.0
            total.scale(size)
            if (half := scale_fraction(text, m.end(), lex)) is not None:
                total.groups[-1] = (size, total.groups[-1][1] + half[1] * size)
                end, tokens = half[0], tokens + 2
                break
        elif (m := lex.number_words.match_at(text, at)) is None or not total.add(
            lex.number_words.get(m.group()) or 0.0
        ):
            break
        end, tokens = m.end(), tokens + 1
    value, decimals = total.value(), 0
    end = more_after(text, end, lex) or end  # `三万多人`
    if fraction and (part := _word_fraction(text, end, lex)) is not None:
        end, digits = part
        value, decimals, tokens = value + float(f"0.{digits}"), len(digits), tokens + 2
    if tokens == 1 and (not lex.spaced or lex.number_words.get(first.group()) is None):
        # A lone `四` or `千` is part of a word (四川, 千万) unless something is counted after it;
        # a lone `一` before a counter is an article (`一艘渡轮`, a ferry), as `a`/`one` is.
        counted = _counted(text, first.start(), end, lex)
        if counted and lex.number_words.get(first.group()) is None:
            counted = not _time_after(text, end, lex)
        if value == 1 and counted:
            counted = _one_as_money_or_share(text, first.start(), end, lex)
        return first.start(), end, value, 0, counted
    # A lone `one`/`a`/`un` is an article far more often than a figure.
    figure = value > 1 or (tokens > 1 and value > 0) or _one_of_something(text, first, lex)
    return first.start(), end, value, decimals, figure


def _counted(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Is something counted right after a lone numeral (`四人`, `三双`, `六 个百分点`), or a
    percent word right before it (`百分之五`)?"""
    end = skip_spaces(text, end)
    return bool(
        lex.units.match_at(text, end)
        or lex.currencies.match_at(text, end)
        or lex.percent.match_at(text, end)
        or lex.subunits.match_at(text, end)
        or lex.counters.match_at(text, end)
        or _percent_word_before(text, start, lex)
    )


def _time_after(text: str, end: int, lex: Lexicon) -> bool:
    """A lone `千` or `百` before a time unit is a name or an idiom (`新千歳空港`, `千岁机场`,
    `千年に一度`, `百年老店`), not a span of time: a figure of years is written in digits."""
    unit = lex.units.match_at(text, skip_spaces(text, end))
    sense = lex.units.get(unit.group()) if unit is not None else None
    return sense is not None and sense.dimension == "time"


def _one_as_money_or_share(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A lone numeral one is a figure before a currency or a percent word (`一美元`, `一个百分点`,
    `百分之一`), not before a counted noun."""
    at = skip_spaces(text, end)
    return bool(
        lex.currencies.match_at(text, at)
        or lex.percent.match_at(text, at)
        or _percent_word_before(text, start, lex)
    )


def _one_of_something(text: str, word: re.Match[str], lex: Lexicon) -> bool:
    """`one percent`, `one-yen coin`: a lone `one` is a figure before a currency or percent
    word, unless it is also an indefinite article (`a percentage of`, `un euro numérique`)."""
    if lex.number_words.get(word.group()) != 1:
        return False
    if _one_in_follows(text, word.end(), lex):
        return True  # `one in three adults`, `uno de cada tres`: the figures read it as a share
    if lex.indefinite_articles.get(word.group()):
        return False
    gap = WORD_JOIN.match(text, word.end())
    at = gap.end() if gap else word.end()
    return bool(lex.currencies.match_at(text, at) or lex.percent.match_at(text, at))


def _one_in_follows(text: str, pos: int, lex: Lexicon) -> bool:
    link = share_link(text, lex, "one_in", pos)
    return link is not None and _WORD_NEXT.match(text, link.end()) is not None


_WORD_NEXT = re.compile(r"[ \u00a0]+\w")


def _word_fraction(text: str, pos: int, lex: Lexicon) -> tuple[int, str] | None:
    """`dos coma cinco`, `四点五`, `cuarenta y siete coma veintiocho`: the digits after a decimal
    word, read one by one (`点一一二`) or as one number (`coma veintiocho`). A mark that is
    also a common word counts only before a percent word (`siete con cincuenta por ciento`,
    not `uno con tres hijos`)."""
    join = WORD_JOIN if lex.spaced else _NO_JOIN
    gap = join.match(text, pos)
    mark = lex.decimal_words.match_at(text, gap.end() if gap else pos)
    if mark is None:
        return None
    part = _decimal_digits(text, mark.end(), lex)
    if part is None or lex.decimal_words.get(mark.group()) != "percent":
        return part
    gap = join.match(text, part[0])
    return part if lex.percent.match_at(text, gap.end() if gap else part[0]) else None


def _decimal_digits(text: str, pos: int, lex: Lexicon) -> tuple[int, str] | None:
    """The digits after the decimal word that ends at `pos`, and where they end."""
    join = WORD_JOIN if lex.spaced else _NO_JOIN
    gap = join.match(text, pos)
    first = lex.number_words.match_at(text, gap.end() if gap else pos)
    if first is None:
        return None
    if (lex.number_words.get(first.group()) or 0.0) >= 10:
        _, end, whole, _, _ = _read_word_number(text, first, lex, fraction=False)
        return (end, str(int(whole))) if float(whole).is_integer() else None
    digits, end = "", pos
    while (gap := join.match(text, end)) is not None and (
        word := lex.number_words.match_at(text, gap.end())
    ) is not None:
        value = lex.number_words.get(word.group()) or 0.0
        if value >= 10 or value != int(value):
            return None  # `三点五十分` is a time of day, not 3.50
        digits, end = digits + str(int(value)), word.end()
    if lex.multipliers.match_at(text, end) or lex.scales.match_at(text, end):
        return None
    return end, digits


def _percent_word_before(text: str, start: int, lex: Lexicon) -> re.Match[str] | None:
    """`百分之` right before `start` (`百分之五`): it makes a lone numeral a figure."""
    head = text[max(0, start - 16) : start].rstrip(" \u00a0")
    return next((m for m in lex.percent_before.finditer(head) if m.end() == len(head)), None)
