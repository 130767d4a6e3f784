"""Numbers as news writes them: `1,000`, `1.000`, `3,7`, `3.7 billion`, `30億`, `tiga ratus`.

The language decides which separator groups thousands and which marks decimals; when a text
uses the other convention (`2.6 km` in a language that groups with dots), the digit count
after the separator decides. Words follow the lexicon too: scales nest (`cincuenta y cinco mil
doscientos millones`), halves follow them (`3 millions et demi`), decimal words (`dos coma
cinco`, `四点五`), fractions (`三分之一`), one-word numbers (`zweihundertfünfzig`) and elided
places (`二百五`). Names (`A380`, `Q3`) and ranks (`4th`) are not amounts.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from factcheck.extract.fractions import Operand, find_fractions
from factcheck.lexicon import Lexicon, Phrases, fold
from factcheck.records import Bound

# A minus sign right after a letter is a hyphen: `COVID-19`, `F-35`.
_DIGITS = re.compile(
    r"(?<!\d[.,])(?<!\d)(?:(?<!\w)-)?\d+(?:(?:[.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*"
)
# Scale words this short (`m`, `k`, `bn`) are read as scales only next to a currency.
SHORT_SCALE = 2
LARGEST = 1e100
"""A longer run of digits (`777…` 400 long is `inf` as a float) is not a figure: it would
give infinite or NaN values to compare and to report."""


@dataclass(frozen=True)
class NumberMention:
    """A number found in normalised text; `start`/`end` cover digits and scale word."""

    start: int
    end: int
    value: float
    decimals: int
    scale: float
    scale_text: str
    digits_end: int
    """End of the digits alone, before any scale word."""
    in_words: bool = False
    bound: Bound | None = None
    """A bound written inside the number (`200多万`), read as part of it."""
    fraction: bool = False
    """A ratio of two numbers (`two thirds`, `1 over 3`), not a count."""


def parse_digits(raw: str, lex: Lexicon) -> tuple[float, int, int] | None:
    """(value, decimals, characters used) of a digit run, honouring the language's separators.

    >>> from factcheck.lexicon import load
    >>> parse_digits("1.000", load("id"))
    (1000.0, 0, 5)
    >>> parse_digits("3,7", load("fr"))
    (3.7, 1, 3)
    >>> parse_digits("2.6", load("id"))
    (2.6, 1, 3)
    """
    negative = raw.startswith("-")
    body = raw[1:] if negative else raw
    parts = re.split(r"([.,\u00a0\u202f ])", body)
    integer, used, decimals = parts[0], len(parts[0]), 0
    fraction = ""
    for index in range(1, len(parts) - 1, 2):
        sep, digits = parts[index], parts[index + 1]
        grouping = sep in lex.group or (sep.isspace() and any(g.isspace() for g in lex.group))
        if grouping and len(digits) == 3 and len(integer) <= 3 * (index // 2 + 1) and not fraction:
            integer += digits
        elif sep in ".," and not fraction and (sep == lex.decimal or len(digits) != 3):
            fraction = digits
        else:
            break
        used += len(sep) + len(digits)
    decimals = len(fraction)
    value = float(f"{integer}.{fraction}" if fraction else integer)
    return (-value if negative else value), decimals, used + (1 if negative else 0)


def _scale_after(text: str, pos: int, lex: Lexicon, allow_short: bool) -> re.Match[str] | None:
    gap = re.match(r"[ \u00a0]?", text[pos : pos + 1])
    at = pos + (gap.end() if gap else 0) if lex.spaced else _spaces(text, pos)
    match = _scale_at(text, at, lex)
    if match is None and text[pos : pos + 1] == "-":
        # `$5.5-billion deal`, `10-Milliarden-Euro-Paket`: a scale word after a hyphen.
        hyphened = _scale_at(text, pos + 1, lex)
        match = hyphened if hyphened and not is_short_scale(hyphened.group()) else None
    weak = match is None or (is_short_scale(match.group()) and not allow_short)
    if weak and (glued := _glued_scale(text, pos, lex)) is not None:
        return glued
    if match is None:
        return None
    if is_short_scale(match.group()) and not allow_short:
        # `5 Md€`, `300 M€`: a short scale is a scale when a currency follows it at once.
        follow = re.match(r"[ \u00a0]?", text[match.end() : match.end() + 1])
        if lex.currencies.match_at(text, match.end() + (follow.end() if follow else 0)) is None:
            return None
    return match


def _glued_scale(text: str, pos: int, lex: Lexicon) -> re.Match[str] | None:
    """`10k`, `10M`: written against the digits and not part of a unit (`10km`, `10MW`), a
    scale alone. A scale written in capitals in the data matches only capitals: `10M` is ten
    million, `10m` ten metres."""
    match = lex.glued_scales.match_at(text, pos)
    if match is None or _LATIN_LETTER.match(text, match.end()):
        return None
    word = match.group()
    if fold(word) in lex.glued_scales.acronyms and not word.isupper():
        return None
    return match


_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _scale_at(text: str, pos: int, lex: Lexicon) -> re.Match[str] | None:
    """A scale word at `pos`; multipliers after digits scale them too (`4千`, `3 hundred`,
    `3 docenas`), unless the word is also a currency (French `cents`)."""
    match = lex.scales.match_at(text, pos)
    if match is not None or (lex.spaced and lex.currencies.match_at(text, pos) is not None):
        return match
    return lex.multipliers.match_at(text, pos)


def scale_value(word: str, lex: Lexicon) -> float:
    return lex.scales.get(word) or lex.multipliers.get(word) or lex.glued_scales.get(word) or 1.0


def is_short_scale(word: str) -> bool:
    """`m`, `k`, `bn` (Latin, two letters at most) are too ambiguous alone; `万` is not."""
    return word.isascii() and len(word.rstrip(".")) <= SHORT_SCALE


def find_digit_numbers(
    text: str, lex: Lexicon, money_spans: frozenset[int], glued_units: bool = False
) -> list[NumberMention]:
    """Every digit number with its scale word; `money_spans` are starts next to a currency.

    Digits written against letters that are no scale (`180ml`, `29km`, `5G`) are part of a
    unit or a name, not a number standing alone; they are found only with `glued_units`, for
    the claims layer to read them with their unit."""
    found: list[NumberMention] = []
    pos = 0
    while (match := _DIGITS.search(text, pos)) is not None:
        pos = match.end()
        if _not_a_figure(text, match, lex, money_spans):
            continue
        if (parts := _sequence(match)) is not None:
            found += parts
            continue
        mention = _read_digits(text, match, lex, match.start() in money_spans)
        if mention is not None and (glued_units or not _glued_to_letters(text, mention)):
            found.append(signed(text, lex, mention))
        if mention is not None and text[mention.digits_end : mention.digits_end + 1].isspace():
            pos = min(pos, mention.digits_end)  # `in 2019 300 people`: no grouping, two numbers
    return found


def _glued_to_letters(text: str, mention: NumberMention) -> bool:
    return mention.end == mention.digits_end and _LATIN_LETTER.match(text, mention.end) is not None


def signed(text: str, lex: Lexicon, mention: NumberMention) -> NumberMention:
    """`minus 5`, `menos cinco`, `マイナス8452`, `负1.1`: a negative word right before the number
    makes it negative, unless the word is part of a bound (`au moins 18`, `al menos 5`)."""
    if mention.value < 0:
        return mention
    head = text[max(0, mention.start - _HEAD) : mention.start]
    start = _ending(head, lex.qualifiers["negative"], lex.spaced)
    bounds = [
        _ending(head, lex.qualifiers[kind], lex.spaced)
        for kind in ("at_least", "at_most", "approximate")
    ]
    if start is None or any(b is not None and b < start for b in bounds):
        return mention
    begin = mention.start - len(head) + start
    return replace(mention, start=begin, value=-mention.value)


_HEAD = 16


def _ending(head: str, phrases: Phrases[str], spaced: bool) -> int | None:
    """Where the earliest phrase that ends `head` (before spaces; in spaced scripts, spaces
    are needed) starts."""
    body = head.rstrip(" ")
    if spaced and len(body) == len(head):
        return None  # a word against the digits (`minus5`) is no sign
    starts = [m.start() for m in phrases.finditer(body) if m.end() == len(body)]
    return min(starts) if starts else None


_LATIN_BEFORE = re.compile(r"[A-Za-z]")


def _not_a_figure(
    text: str, match: re.Match[str], lex: Lexicon, money_spans: frozenset[int]
) -> bool:
    """`A380`, `Q3`, `PM2.5` are names, and `4th`, `4º` rank: neither is an amount. A currency
    or unit written against the digits (`RM50`, `M7.6`) still makes one."""
    start = match.start()
    named = start > 0 and _LATIN_BEFORE.match(text, start - 1) is not None
    if named and start not in money_spans and not _unit_against(text, start, lex):
        return True
    return lex.ordinal_suffixes.match_at(text, match.end()) is not None


def _unit_against(text: str, start: int, lex: Lexicon) -> bool:
    """A unit word that ends at `start` and starts a word: `M` in `M7.6`, not in `PM2.5`."""
    head = max(0, start - 12)
    return any(
        m.end() == start and (m.start() == 0 or not _LATIN_BEFORE.match(text, m.start() - 1))
        for m in lex.units_before.finditer(text, head, start)
    )


def _read_digits(
    text: str, match: re.Match[str], lex: Lexicon, allow_short: bool
) -> NumberMention | None:
    parsed = parse_digits(match.group(), lex)
    if parsed is None:
        return None
    value, decimals, used = parsed
    start, digits_end = match.start(), match.start() + used
    if _leading_point(text, start, match.group(), lex):
        start, value, decimals = start - 1, float(f"0.{match.group()}"), len(match.group())
    # `200多万`, `1000余名`: an approximate figure, at least the number written.
    around = _more_after(text, digits_end, lex)
    scale_match = _scale_after(text, around or digits_end, lex, allow_short)
    scale, end, scale_text = 1.0, around or digits_end, ""
    if scale_match is not None:
        scale = scale_value(scale_match.group(), lex)
        end, scale_text = scale_match.end(), scale_match.group()
        end, value = _compound(text, end, lex, value * scale, scale)
        value /= scale
        if (half := _scale_fraction(text, end, lex)) is not None:
            end, value = half[0], value + half[1]
        if around is None and (after := _more_after(text, end, lex)) is not None:
            around = end = after  # `3万多人`
    if not abs(value * scale) <= LARGEST:  # also false for NaN
        return None
    at_least = Bound.AT_LEAST if around else None
    return NumberMention(
        start, end, value * scale, decimals, scale, scale_text, digits_end, bound=at_least
    )


def _more_within(text: str, start: int, end: int, lex: Lexicon) -> Bound | None:
    """At least, when a `多`/`余` was read inside the number (`一千多万`)."""
    if lex.spaced or lex.qualifiers["at_least_after"].pattern.search(text, start, end) is None:
        return None
    return Bound.AT_LEAST


def _more_before_scale(text: str, pos: int, lex: Lexicon) -> int:
    """`一千多万`, `十余万`: past a `多`/`余` that a scale word follows (the figure is at least
    the number without it); else `pos`."""
    after = _more_after(text, pos, lex)
    if after is None or lex.scales.match_at(text, _spaces(text, after)) is None:
        return pos
    return _spaces(text, after)


def _more_after(text: str, pos: int, lex: Lexicon) -> int | None:
    """Where `多`/`余` written against the number ends (only in scripts without spaces:
    `or more` follows the noun, `3 meters or more`)."""
    if lex.spaced:
        return None
    match = lex.qualifiers["at_least_after"].match_at(text, pos)
    return match.end() if match is not None else None


_SEQUENCE = re.compile(r"\d+(?:\.\d+){2,}|\d+(?:,\d+){2,}")
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def _sequence(match: re.Match[str]) -> list[NumberMention] | None:
    """`192.168.1.2`, `22,24,26`: a run of separated numbers that is no grouping of thousands
    is so many numbers, not one with a decimal part."""
    raw = match.group()
    if not _SEQUENCE.fullmatch(raw) or _GROUPED.fullmatch(raw):
        return None
    out = []
    for part in re.finditer(r"\d+", raw):
        start, end = match.start() + part.start(), match.start() + part.end()
        out.append(NumberMention(start, end, float(part.group()), 0, 1.0, "", end))
    return out


def _leading_point(text: str, start: int, raw: str, lex: Lexicon) -> bool:
    """`.25`, `,08`: the language's decimal mark opens the number after a space."""
    before = text[start - 2 : start] if start >= 2 else " " + text[:start]
    return raw.isdigit() and len(before) == 2 and before[1] == lex.decimal and before[0].isspace()


def _scale_fraction(text: str, pos: int, lex: Lexicon) -> tuple[int, float] | None:
    """`3 millions et demi`, `two million and a half`: a fraction of the scale just read."""
    gap = _WORD_JOIN.match(text, pos)
    match = lex.scale_fractions.match_at(text, gap.end() if gap else pos)
    if match is None:
        return None
    return match.end(), lex.scale_fractions.get(match.group()) or 0.0


def _compound(text: str, pos: int, lex: Lexicon, total: float, scale: float) -> tuple[int, float]:
    """Extend `1兆2000億`, `1万2000`, `7 万5 千4 百` (spaceless scales): add the smaller parts
    that follow; a larger scale after them scales them all (`2千零30万` is 2030万)."""
    if lex.spaced:
        return pos, total
    while digits := _DIGITS.match(text, at := _after_zero(text, _spaces(text, pos), lex)):
        parsed = parse_digits(digits.group(), lex)
        scale_match = _scale_at(text, _spaces(text, at + len(digits.group())), lex)
        if parsed is not None and scale_match is None and parsed[0] < scale:
            return at + len(digits.group()), total + parsed[0]  # `1万2000人`: the last part
        if parsed is None or scale_match is None:
            break
        size = scale_value(scale_match.group(), lex)
        if size < scale:
            total += parsed[0] * size
        elif total + parsed[0] < size:
            total = (total + parsed[0]) * size
        else:
            break
        pos, scale = scale_match.end(), size
    return pos, total


def _spaces(text: str, pos: int) -> int:
    """After the spaces at `pos` (text set with spaces between characters: `1000  万`)."""
    return _SPACE_RUN.match(text, pos).end()  # type: ignore[union-attr]  # `*` always matches


_SPACE_RUN = re.compile(r"[ \u00a0]*")


def _after_zero(text: str, pos: int, lex: Lexicon) -> int:
    """`1千零1`: a zero word between the parts only holds a place."""
    zero = lex.number_words.match_at(text, pos)
    return zero.end() if zero is not None and lex.number_words.get(zero.group()) == 0 else pos


_WORD_JOIN = re.compile(r"[ \u00a0-]+")
_NO_JOIN = re.compile(r"[ \u00a0-]*")


def find_word_numbers(text: str, lex: Lexicon) -> list[NumberMention]:
    """Numbers written as words: `three`, `dix-huit`, `tiga ratus`, `two hundred`, `三百五十`."""
    found: list[NumberMention] = []
    pos, last_end = 0, -1
    # Without spaces a number may start with its multiplier: `千人`, `百万`.
    starts = lex.number_words.pattern if lex.spaced else _either(lex)
    inside = _inside_percent_words(text, lex)
    reads: list[Operand] = []  # every reading, for fractions
    while (first := starts.search(text, pos)) is not None:
        start, end, value, decimals, meaningful = _read_word_number(text, first, lex)
        # Without spaces, numerals run together only in vague counts: `二三十` is 20 to 30;
        # and a multiplier right after digits belongs to them (`1千`).
        vague = not lex.spaced and (
            start == last_end or lex.number_words.match_at(text, end) is not None
        )
        after_digits = not lex.spaced and start > 0 and text[start - 1].isdigit()
        if meaningful and not vague and not after_digits and start not in inside:
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
    if not (lex.fraction_marks or lex.fraction_words or lex.fraction_denominators):
        return []
    digits = [
        (m.start(), m.start() + p[2], p[0])
        for m in _DIGITS.finditer(text)
        if (p := parse_digits(m.group(), lex))
    ]
    return [
        signed(text, lex, NumberMention(start, end, value, 0, 1.0, "", end, True, fraction=True))
        for start, end, value in find_fractions(text, lex, reads + digits)
    ]


_WORD = re.compile(r"[^\W\d_]+")


def _compound_words(text: str, lex: Lexicon) -> list[NumberMention]:
    """`zweihundertfünfundfünfzig`, `honderdenzes`, `tweeduizend vijfhonderdzevenenzeventig`:
    words made only of number words are read as those words written apart, with the number
    words written next to them."""
    parts = _number_parts(lex)
    found: list[NumberMention] = []
    run: list[tuple[re.Match[str], list[str]]] = []
    for word in _WORD.finditer(text):
        pieces = _pieces(text, word, parts)
        if run and (pieces is None or text[run[-1][0].end() : word.start()].strip(" \u00a0")):
            found += _read_run(lex, run)
            run = []
        if pieces is not None:
            run.append((word, pieces))
    return found + _read_run(lex, run)


def _pieces(text: str, word: re.Match[str], parts: re.Pattern[str]) -> list[str] | None:
    """The number words `word` is made of, or None if it is not made only of them."""
    pieces, at = [], word.start()
    while at < word.end() and (part := parts.match(text, at, word.end())) is not None:
        pieces.append(part.group())
        at = part.end()
    return pieces if at == word.end() else None


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
    follow = _WORD_JOIN.match(text, joiner.end())
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
    join = _WORD_JOIN if lex.spaced else _NO_JOIN
    total = _Sum(lex.elided_place, digit=lex.number_words.get(first.group()) or 0.0)
    total.last_plain = total.digit  # nothing follows a leading zero
    if total.digit == 0 and (multiplier := lex.multipliers.get(first.group())):
        total.section = total.place = multiplier
        total.last_plain = float("inf")
    end, tokens = first.end(), 1
    while (gap := join.match(text, end)) is not None:
        if total.after_digit() and (half := _scale_fraction(text, end, lex)) is not None:
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
            if (half := _scale_fraction(text, m.end(), lex)) is not None:
                total.groups[-1] = (size, total.groups[-1][1] + half[1] * size)
                end, tokens = half[0], tokens + 2
                break
        elif (m := lex.number_words.match_at(text, at)) is None or not total.add(
            lex.number_words.get(m.group()) or 0.0
        ):
            break
        end, tokens = m.end(), tokens + 1
    value, decimals = total.value(), 0
    end = _more_after(text, end, lex) or end  # `三万多人`
    if fraction and (part := _word_fraction(text, end, lex)) is not None:
        end, digits = part
        value, decimals, tokens = value + float(f"0.{digits}"), len(digits), tokens + 2
    if tokens == 1 and (not lex.spaced or lex.number_words.get(first.group()) is None):
        # A lone `四` or `千` is part of a word (四川, 千万) unless something is counted after it.
        return first.start(), end, value, 0, _counted(text, first.start(), end, lex)
    # A lone `one`/`a`/`un` is an article far more often than a figure.
    figure = value > 1 or (tokens > 1 and value > 0) or _one_of_something(text, first, lex)
    return first.start(), end, value, decimals, figure


def _counted(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Is something counted right after a lone numeral (`四人`, `三双`, `六 个百分点`), or a
    percent word right before it (`百分之五`)?"""
    end = _spaces(text, end)
    return bool(
        lex.units.match_at(text, end)
        or lex.currencies.match_at(text, end)
        or lex.percent.match_at(text, end)
        or lex.subunits.match_at(text, end)
        or lex.counters.match_at(text, end)
        or _percent_word_before(text, start, lex)
    )


def _one_of_something(text: str, word: re.Match[str], lex: Lexicon) -> bool:
    """`one percent`, `one-yen coin`: a lone `one` is a figure before a currency or percent
    word, unless it is also an indefinite article (`a percentage of`, `un euro numérique`)."""
    if lex.number_words.get(word.group()) != 1 or lex.indefinite_articles.get(word.group()):
        return False
    gap = _WORD_JOIN.match(text, word.end())
    at = gap.end() if gap else word.end()
    return bool(lex.currencies.match_at(text, at) or lex.percent.match_at(text, at))


def _word_fraction(text: str, pos: int, lex: Lexicon) -> tuple[int, str] | None:
    """`dos coma cinco`, `四点五`, `cuarenta y siete coma veintiocho`: the digits after a decimal
    word, read one by one (`点一一二`) or as one number (`coma veintiocho`)."""
    join = _WORD_JOIN if lex.spaced else _NO_JOIN
    gap = join.match(text, pos)
    mark = lex.decimal_words.match_at(text, gap.end() if gap else pos)
    if mark is None:
        return None
    gap = join.match(text, mark.end())
    first = lex.number_words.match_at(text, gap.end() if gap else mark.end())
    if first is None:
        return None
    if (lex.number_words.get(first.group()) or 0.0) >= 10:
        _, end, whole, _, _ = _read_word_number(text, first, lex, fraction=False)
        return (end, str(int(whole))) if whole == int(whole) else None
    digits, end = "", mark.end()
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
