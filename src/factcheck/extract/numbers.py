"""Numbers in digits as news writes them: `1,000`, `1.000`, `3,7`, `3.7 billion`, `10M`,
`3 dozen`, `minus 5`, `30億`, `1万2000`, `2千零30万`.

The language decides which separator groups thousands and which marks decimals; when a text
uses the other convention (`2.6 km` in a language that groups with dots), the digit count
after the separator decides. Names (`A380`, `Q3`) and ranks (`4th`) are not amounts, and digits
against a unit's letters (`180ml`) are the claims' to read. Numbers in words are in
`number_words.py`; both share the mention and its sign here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from factcheck.lexicon import Lexicon, Phrases, fold
from factcheck.records import MEASURES, Bound

# A minus sign right after a letter is a hyphen: `COVID-19`, `F-35`; after a percent sign it
# is a range's dash: `its 1.5%-3.5% target range`.
DIGITS = re.compile(
    r"(?<!\d[.,])(?<!\d)(?:(?<![\w%])-)?\d+(?:(?:[.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*"
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
    percent: bool = False
    """A phrase that is a percentage alone (`对折`, half price, is 50), with no percent word."""


_POINT_DECIMAL = re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.,:])")
_COMMA_GROUP = re.compile(r"(?<![\d.,])\d{1,3},\d{3}(?![\d.,])")
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])\d+,\d{1,2}(?!\d)")
_POINT_GROUP = re.compile(r"(?<![\d.,])\d{1,3}\.\d{3}(?!\d)")


def document_convention(text: str, lex: Lexicon) -> Lexicon:
    """The lexicon with the number convention a text plainly uses. Mexican and other Latin
    American Spanish write `3.62%` and `1,126 refugios` where Spain writes `3,62 %` and
    `1.126`: a text of such a language (`point_decimals_too` in its [language] table) whose
    numbers all mark decimals with a point and group thousands with a comma is read so. Not
    German or Indonesian, whose `13.30 Uhr`, `10.30 WIB` beside `US$1,200` would pass for it.

    >>> from factcheck.lexicon import load
    >>> document_convention("Cayó 3.62% y hay 1,126 refugios.", load("es")).decimal
    '.'
    >>> document_convention("Cayó 3,62 % y hay 1.126 refugios.", load("es")).decimal
    ','
    """
    if not lex.raw.get("language", {}).get("point_decimals_too"):
        return lex  # only where papers of one language write both (es: Spain and Mexico)
    if lex.decimal != "," or "." not in lex.group:
        return lex
    if _COMMA_DECIMAL.search(text) or _POINT_GROUP.search(text):
        return lex
    if not (_POINT_DECIMAL.search(text) and _COMMA_GROUP.search(text)):
        return lex
    return _point_decimals(lex)


@lru_cache(maxsize=16)
def _point_decimals(lex: Lexicon) -> Lexicon:
    """`lex` reading a point as the decimal mark and a comma as a group: one object per
    language, so the patterns cached per lexicon are compiled once, not once a document."""
    group = (*(g for g in lex.group if g != "."), ",")
    return replace(lex, decimal=".", group=group)


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
    at = pos + (gap.end() if gap else 0) if lex.spaced else skip_spaces(text, pos)
    match = _scale_at(text, at, lex)
    if match is None and text[pos : pos + 1] == "-":
        # `$5.5-billion deal`, `10-Milliarden-Euro-Paket`: a scale word after a hyphen.
        hyphened = _scale_at(text, pos + 1, lex)
        match = hyphened if hyphened and not is_short_scale(hyphened.group()) else None
    if match is not None and at > pos and _heads_a_word(text, match, lex):
        match = None
    weak = match is None or (is_short_scale(match.group()) and not allow_short)
    if weak and (glued := _glued_scale(text, pos, lex)) is not None:
        return glued
    if match is None:
        return None
    if is_short_scale(match.group()) and not allow_short:
        # `5 Md€`, `300 M€`: a short scale is a scale when a currency follows it at once, and
        # so is one before a noun of the units table (`52m shares`, `3m barrels`; `52m` alone is
        # metres).
        follow = re.match(r"[ \u00a0]?", text[match.end() : match.end() + 1])
        after = match.end() + (follow.end() if follow else 0)
        if lex.currencies.match_at(text, after) is None and not _counted_noun(text, after, lex):
            return match if _counted_after(text, match.end(), lex) else None
    return match


def _heads_a_word(text: str, match: re.Match[str], lex: Lexicon) -> bool:
    """In a script without spaces, a scale set apart from the digits and glued to letters that
    start no currency, unit or scale is the first letter of a word (`유로 2032 조직위원장`, the
    organising committee's head, is no 2,032 trillion)."""
    end = match.end()
    if lex.spaced or end >= len(text) or not text[end].isalpha():
        return False
    tables = (lex.currencies, lex.units, lex.scales, lex.multipliers)
    return all(table.match_at(text, end) is None for table in tables)


_PARTITIVE_GAP = re.compile(r"[ \u00a0]+([^\W\d_]+)[ \u00a0]+")


def _counted_after(text: str, pos: int, lex: Lexicon) -> bool:
    """`43,8 mi de ingressos`: a short scale followed by `of` and a counted noun scales the
    count (millions of tickets); `mi` before a measure stays a mile."""
    gap = _PARTITIVE_GAP.match(text, pos)
    if gap is None or fold(gap.group(1)) not in lex.raw_list("partitive_links", "words"):
        return False
    unit = lex.units.match_at(text, gap.end())
    sense = lex.units.get(unit.group()) if unit is not None else None
    return sense is not None and sense.dimension not in MEASURES


def _counted_noun(text: str, pos: int, lex: Lexicon) -> bool:
    """A whole word at `pos` that the units table knows (`shares`, `people`, `barrels`): a
    length is never followed by another unit, so the letter before it is a scale."""
    noun = lex.units.match_at(text, pos)
    if noun is None or _LATIN_LETTER.match(text, noun.end()) or not text[pos : pos + 1].isalpha():
        return False
    return len(noun.group()) > 2 and lex.units.get(noun.group()) is not None


def _glued_scale(text: str, pos: int, lex: Lexicon) -> re.Match[str] | None:
    """`10k`, `10M`: written against the digits and not part of a unit (`10km`, `10MW`), a
    scale alone. A scale written in capitals in the data matches only capitals: `10M` is ten
    million, `10m` ten metres."""
    match = lex.glued_scales.match_at(text, pos)
    if match is None or _LATIN_LETTER.match(text, match.end()):
        return None
    word = match.group()
    if not lex.glued_scales.written_as_listed(word):
        return None
    return match


_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _scale_at(text: str, pos: int, lex: Lexicon) -> re.Match[str] | None:
    """A scale word at `pos`; multipliers after digits scale them too (`4千`, `3 hundred`,
    `3 docenas`), unless the word is also a currency (French `cents`) or only the head of a
    longer unit word (`600兆瓦` is 600 MW, `5千米` 5 km, never trillions or thousands)."""
    match = lex.scales.match_at(text, pos)
    if match is None and not (lex.spaced and lex.currencies.match_at(text, pos) is not None):
        match = lex.multipliers.match_at(text, pos)
    unit = lex.units.match_at(text, pos) if match is not None else None
    if match is not None and unit is not None and unit.end() > match.end():
        return None
    return match


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
    while (match := DIGITS.search(text, pos)) is not None:
        pos = match.end()
        if _not_a_figure(text, match, lex, money_spans):
            continue
        if (parts := _sequence(match)) is not None:
            found += parts
            continue
        mention = _read_digits(text, match, lex, match.start() in money_spans)
        if mention is not None and (glued_units or not _glued_to_letters(text, mention)):
            found.append(signed(text, lex, mention))
            pos = max(pos, mention.digits_end)  # past an exponent: `2.5E-3` is one number
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
# A capital letter and a hyphen before the digits make a model or product code (`VM-27`,
# `F-35`, `B-52`, `G-20`), a name as `A380` is; `mid-2027` and `pre-2020` keep their year.
_CODE_BEFORE = re.compile(r"[A-Z]-")


def _not_a_figure(
    text: str, match: re.Match[str], lex: Lexicon, money_spans: frozenset[int]
) -> bool:
    """`A380`, `Q3`, `PM2.5` are names, and `4th`, `4º` rank: neither is an amount. A currency
    or unit written against the digits (`RM50`, `M7.6`) still makes one."""
    start = match.start()
    named = start > 0 and _LATIN_BEFORE.match(text, start - 1) is not None
    named = named or (start > 1 and _CODE_BEFORE.match(text, start - 2) is not None)
    if named and start not in money_spans and not _unit_against(text, start, lex):
        return True
    return lex.ordinal_suffixes.match_at(text, match.end()) is not None or ranked(text, start, lex)


def ranked(text: str, start: int, lex: Lexicon) -> bool:
    """`第31名`, `第一剂`: a mark written before the number that makes it a rank (31st place,
    the first dose), never a count of the noun after it."""
    return any(text.endswith(mark, 0, start) for mark in lex.raw_list("ordinal_prefixes", "words"))


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
    if (exponent := _EXPONENT.match(text, digits_end)) is not None:
        value, digits_end = value * 10.0 ** int(exponent.group(1)), exponent.end()
    if _leading_point(text, start, match.group(), lex):
        start, value, decimals = start - 1, float(f"0.{match.group()}"), len(match.group())
    # `200多万`, `1000余名`: an approximate figure, at least the number written.
    around = more_after(text, digits_end, lex)
    scale_match = _scale_after(text, around or digits_end, lex, allow_short)
    scale, end, scale_text = 1.0, around or digits_end, ""
    if scale_match is not None:
        scale = scale_value(scale_match.group(), lex)
        end, scale_text = scale_match.end(), scale_match.group()
        end, value, scale = _compound(text, end, lex, value * scale, scale)
        value /= scale
        if (half := scale_fraction(text, end, lex)) is not None:
            end, value = half[0], value + half[1]
        if around is None and (after := more_after(text, end, lex)) is not None:
            around = end = after  # `3万多人`
    if not abs(value * scale) <= LARGEST:  # also false for NaN
        return None
    at_least = Bound.AT_LEAST if around else None
    return NumberMention(
        start, end, value * scale, decimals, scale, scale_text, digits_end, bound=at_least
    )


# Scientific notation (`1e10`, `2.5E-3`): the exponent ends a word, so `1e10x` is a name.
_EXPONENT = re.compile(r"[eE]([+-]?\d{1,2})(?![\w.,]\w)(?!\w)")


def more_after(text: str, pos: int, lex: Lexicon) -> int | None:
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
        if (value := float(part.group())) <= LARGEST:  # a 400-digit item is `inf`, no figure
            out.append(NumberMention(start, end, value, 0, 1.0, "", end))
    return out


def _leading_point(text: str, start: int, raw: str, lex: Lexicon) -> bool:
    """`.25`, `,08`: the language's decimal mark opens the number after a space."""
    before = text[start - 2 : start] if start >= 2 else " " + text[:start]
    return raw.isdigit() and len(before) == 2 and before[1] == lex.decimal and before[0].isspace()


def scale_fraction(text: str, pos: int, lex: Lexicon) -> tuple[int, float] | None:
    """`3 millions et demi`, `two million and a half`: a fraction of the scale just read."""
    gap = WORD_JOIN.match(text, pos)
    match = lex.scale_fractions.match_at(text, gap.end() if gap else pos)
    if match is None:
        return None
    return match.end(), lex.scale_fractions.get(match.group()) or 0.0


def _compound(
    text: str, pos: int, lex: Lexicon, total: float, scale: float
) -> tuple[int, float, float]:
    """Extend `1兆2000億`, `1万2000`, `7 万5 千4 百`, `1만 2천 명` (spaceless scales), and in
    spaced languages that write numbers so (`compound_scales`: `3 milyar 500 milyon`, `1 млн
    200 тыс.`, `3 tỷ 500 triệu`, `3 bin 500 kişi`): add the smaller parts that follow; a
    larger scale after them scales them all (`2千零30万` is 2030万). Also gives the scale of the
    last part, the figure's precision: `1천480명` is stated to the unit, not to thousands."""
    spaced = lex.spaced
    if spaced and not lex.raw.get("language", {}).get("compound_scales"):
        return pos, total, scale
    parts = [(total, scale)]  # (value, scale) of each part read, largest scale first
    while digits := DIGITS.match(text, at := _after_zero(text, skip_spaces(text, pos), lex)):
        if spaced and at == pos:
            break  # spaced parts stand a space apart
        parsed = parse_digits(digits.group(), lex)
        scale_match = _scale_at(text, skip_spaces(text, at + len(digits.group())), lex)
        if parsed is not None and scale_match is None and parsed[0] < scale:
            if spaced and not _SPACED_LAST_PART.fullmatch(digits.group()):
                break  # `3 tỷ 5` is 3.5 billion said short; `5 milyon 2025 yılında` a year
            total = sum(v for v, _ in parts) + parsed[0]
            return digits.end(), total, 1.0  # `1万2000人`: the last part
        if parsed is None or scale_match is None:
            break
        scaled = _scaled_group(parts, parsed[0], scale_value(scale_match.group(), lex))
        if scaled is None:
            break
        parts, pos, scale = scaled, scale_match.end(), scaled[-1][1]
    return pos, sum(v for v, _ in parts), scale


def _scaled_group(
    parts: list[tuple[float, float]], value: float, size: float
) -> list[tuple[float, float]] | None:
    """Add `value` times the scale `size` to the parts read. A scale larger than the last
    part's scales the smaller parts written since the last larger scale with it: `4억1천200만`
    is 4억 + (1천 + 200)만, `2千零30万` is 2030万. None when the parts do not nest so."""
    if size < parts[-1][1]:
        return [*parts, (value * size, size)]
    kept = [p for p in parts if p[1] > size]
    group = sum(v for v, s in parts if s <= size) + value
    if group >= size or (kept and group * size >= kept[-1][1]):
        return None  # a part of the scale's own size or more (`3万5万`)
    return [*kept, (group * size, size)]


_SPACED_LAST_PART = re.compile(r"[1-9]\d{1,2}")
"""The last, unscaled part of a spaced compound: `3 bin 500`, `2 млн 40`."""


def skip_spaces(text: str, pos: int) -> int:
    """After the spaces at `pos` (text set with spaces between characters: `1000  万`)."""
    return _SPACE_RUN.match(text, pos).end()  # type: ignore[union-attr]  # `*` always matches


_SPACE_RUN = re.compile(r"[ \u00a0]*")


def _after_zero(text: str, pos: int, lex: Lexicon) -> int:
    """`1千零1`: a zero word between the parts only holds a place."""
    zero = lex.number_words.match_at(text, pos)
    return zero.end() if zero is not None and lex.number_words.get(zero.group()) == 0 else pos


WORD_JOIN = re.compile(r"[ \u00a0-]+")
