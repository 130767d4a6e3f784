"""Money, percentages and quantities: a number, what it counts, and how its wording bounds it."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache
from typing import Any

from factcheck.extract.bounds import bounded, phrase_after, qualifier_before, trailing_bound
from factcheck.extract.changes import BEFORE_CHANGE, LEVEL_RATIO, mark_changes, mark_moves
from factcheck.extract.clock_times import CLOCK, clock_time, time_of_day
from factcheck.extract.figure_echoes import (
    MILLION,
    SENTENCE_END,
    Figure,
    bare_sums,
    change_starts,
    elided,
    folded_words,
    labelled_count,
    partitive_before,
    partitive_unit,
    skip_gap,
    whole,
)
from factcheck.extract.found import Found
from factcheck.extract.fractions import share_link
from factcheck.extract.number_words import find_word_numbers
from factcheck.extract.numbers import NumberMention, find_digit_numbers
from factcheck.extract.periods import (
    GAP_YEAR,
    horizon,
    period_after,
    period_before,
    period_earlier_in_clause,
    rate_after,
)
from factcheck.extract.quoted_rates import quoted_rates
from factcheck.extract.shares import guarded, share_mentions, with_tail
from factcheck.extract.weekday_days import ordinals
from factcheck.lexicon import Lexicon, Phrases, UnitSense, alternation, fold
from factcheck.records import MEASURES, Bound, Kind, Money, Number, Percent, Quantity
from factcheck.text import Spans

_GAP = re.compile(r"[ \u00a0]?")
_SPACES = re.compile(r"[ \u00a0]*")
_HYPHEN_GAP = re.compile(r"[ \u00a0-]?")
_SKIP_ONE_WORD = re.compile(r"[ \u00a0](?:[^\W\d_][\w-]*[ \u00a0]|[^\W\d_]{1,4}['’])")
"""A word between a number and its noun: `2 millions de personnes`, `68 millions d'habitants`."""
_COMPOUND_HEAD = re.compile(r"[ \u00a0][^\W\d_]\w*-(?=[^\W\d_])")
"""The first part of a hyphenated compound whose last part may be the counted noun."""
_FIFTY_FIFTY = re.compile(r"(?<![\d.,])(\d{1,2})[-/:](\d{1,2})(?![\d%]|[.,]\d)")
_HORIZON_WINDOW = 48


def find_figures(text: str, lex: Lexicon, blocked: Iterable[tuple[int, int]]) -> list[Found]:
    """Every money, percent and quantity claim in `text`, skipping the `blocked` spans (dates)."""
    currency_before = _currencies_by_next_start(text, lex)
    mentions = find_digit_numbers(text, lex, frozenset(currency_before), glued_units=True)
    mentions += find_word_numbers(text, lex) + share_mentions(text, lex)
    taken = _Spans(blocked)
    figures: list[Figure] = []
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    by_start = {m.start: m for m in reversed(ordered)}  # the longest mention at each start
    for i, mention in enumerate(ordered):
        if taken.overlaps(mention.start, mention.end):
            continue
        before = currency_before.get(mention.start)
        if before is not None and taken.overlaps(before.start(), before.end()):
            before = None  # `50 dollar 40 rmb`: that currency belongs to the figure before
        figure = _classify(text, lex, mention, before, by_start)
        if figure is None and not _opens_range(text, lex, mention, ordered[i + 1 : i + 2]):
            figure = _headed_count(text, lex, mention)
        if figure is None:
            figures.append(Figure(None, mention.start, mention.end, mention))
            continue
        figures.append(figure)
        taken.add(figure.start, figure.end)
    figures = change_starts(text, lex, bare_sums(text, lex, elided(text, lex, figures)))
    figures = quoted_rates(text, lex, figures)
    groups = _join_ranges(text, lex, figures)
    found = [_finish(text, lex, g) for g in groups if any(f.kind is not None for f in g)]
    return mark_moves(text, lex, mark_changes(text, lex, found)) + _fifty_fifty(text, taken)


def _opens_range(
    text: str, lex: Lexicon, mention: NumberMention, following: list[NumberMention]
) -> bool:
    """`число пассажиров составит от 40 до 45 млн человек`: a bare number that opens a range
    takes the range's unit, written after its other end, not the count named before it."""
    if not following or qualifier_before(text, lex, mention.start, ("change_from",)) is not None:
        return False  # `the toll rose from 250 to 284`: a change, whose ends are both counted
    gap = text[mention.end : following[0].start]
    word = gap.strip()
    if word in ("-", "\u2013") and len(gap) <= 3:
        return True
    return bool(word) and len(gap) <= 12 and whole(lex.qualifiers["range_join"], word)


_Spans = Spans  # sorted and merged: a list scanned per number made dense text quadratic


def _currencies_by_next_start(text: str, lex: Lexicon) -> dict[int, re.Match[str]]:
    """Currency marks written before a number, keyed by where that number would start."""
    out: dict[int, re.Match[str]] = {}
    for match in lex.currencies.finditer(text):
        if _word_ending(text, match) or _verb_not_currency(match.group(), lex):
            continue
        end = _bracket_end(text, match)
        gap = _GAP.match(text, end)
        at = gap.end() if gap else end
        if _names_an_event(match.group(), text, at):
            continue
        if at < len(text) and (text[at].isdigit() or text[at] == "-"):
            out[at] = match
    return out


def _bracket_end(text: str, match: re.Match[str]) -> int:
    """`테더(USDT) 530만 개`: a currency's code in brackets after its name stands for the
    name, so the number after the closing bracket is a sum in it."""
    start, end = match.start(), match.end()
    if start > 0 and text[start - 1] == "(" and text[end : end + 1] == ")":
        return end + 1
    return end


_BARE_YEAR = re.compile(r"(?:19|20)\d\d(?![\d])(?![.,]\d)")


def _names_an_event(mark: str, text: str, at: int) -> bool:
    """`Euro 2032`, `EURO 2024`: a currency's name (not a code such as `EUR`) before a bare
    year names the championship of that year, not a sum of 2,032 euros."""
    return len(mark) > _CODE_LENGTH and mark.isalpha() and _BARE_YEAR.match(text, at) is not None


_CODE_LENGTH = 3
"""`EUR`, `USD`, `Rp`, `RM`: codes and short marks stay currencies before any number."""


def _verb_not_currency(mark: str, lex: Lexicon) -> bool:
    """`won 3 in a row`, `won 41 seats`: a currency name that is also a common word, written
    before a number in small letters or in a script without capitals (`[currency_guards]
    not_before_number`), is that word; so is `유로 2032` (the Euro, a tournament) in a language
    that writes the currency after the sum."""
    lower = mark == mark.lower()
    return lower and mark in lex.raw_list("currency_guards", "not_before_number")


def _word_not_currency(mark: str, mention: NumberMention, lex: Lexicon) -> bool:
    """`three crowns`, `trois couronnes`: a currency name that is also a common word (titles
    won, a king's crowns; `[currency_guards] not_after_number_word`) is that word after a small
    number written in words; a sum is written in digits or with a scale (`2 billion crowns`).
    So is one that also counts places (Korean `동`, a block or a ward: `101동`) after any small
    number (`[currency_guards] not_after_small_number`): such a currency's sums run to
    thousands."""
    if mention.value * mention.scale >= _WORDS_SUM:
        return False
    guards = lex.raw_list("currency_guards", "not_after_small_number")
    if mention.in_words:
        guards += lex.raw_list("currency_guards", "not_after_number_word")
    return fold(mark) in guards


_WORDS_SUM = 1000
"""A number in words this large (`two thousand crowns`, `two billion crowns`) is a sum."""


_NEXT_WORD = re.compile(r"\s+(\w+)")


def _verb_after_number(mark: str, text: str, end: int, lex: Lexicon) -> bool:
    """`number 58432 won the top prize`, `Team 7 won a medal`: a currency name that is also a
    verb (`[currency_guards] verb_after_number`) is that verb when a word that opens a noun
    phrase follows it (`[currency_guards] verb_objects`: `the`, `a`, `its`); a sum is followed
    by a verb or a preposition (`3 billion won in loans`, `5,000 won was paid`)."""
    if fold(mark) not in lex.raw_list("currency_guards", "verb_after_number"):
        return False
    follower = _NEXT_WORD.match(text, end)
    return follower is not None and follower.group(1) in lex.raw_list(
        "currency_guards", "verb_objects"
    )


def _word_ending(text: str, match: re.Match[str]) -> bool:
    """A one-letter currency or unit glued to a word's end is that word's last letter (`원` in
    `직원 2,000명`, employees; the railcars' `량` in `거래량`, trading volume), where keys match
    inside words."""
    word = match.group()
    return (
        len(word) == 1
        and word.isalpha()
        and match.start() > 0
        and text[match.start() - 1].isalpha()
    )


def _classify(
    text: str,
    lex: Lexicon,
    mention: NumberMention,
    before: re.Match[str] | None,
    by_start: dict[int, NumberMention],
) -> Figure | None:
    if mention.percent:
        return Figure(Kind.PERCENT, mention.start, mention.end, mention)
    if before is not None and not mention.in_words:
        return Figure(
            Kind.MONEY, before.start(), mention.end, mention, lex.currencies.get(before.group())
        )
    after = _currency_after(text, lex, mention.end)
    if (
        after is not None
        and not _word_not_currency(after.group(), mention, lex)
        and not _verb_after_number(after.group(), text, after.end(), lex)
    ):
        mention, end = _with_subunits(text, lex, mention, after, by_start)
        return Figure(Kind.MONEY, mention.start, end, mention, lex.currencies.get(after.group()))
    percent = _percent_after(text, lex, mention.end)
    if percent is not None and _index_level(lex, percent, mention):
        percent = None
    if percent is not None and (share := _share(lex, percent, mention.value)) is not None:
        unit = UnitSense("percent", share, "tenths") if share != 1.0 else None
        kind = lex.percent.get(percent.group())
        if kind in (_POINT, _POINT_OR_LEVEL):
            unit = _POINTS  # `6,3 Prozentpunkte`: a change of a share, not a share
        elif kind == _BASIS_POINT:
            unit = _BASIS_POINTS  # `25 basis points` is the `0.25 percentage point` of others
        mention, end = with_tail(text, lex, mention, percent)  # `七成六`, `三成半`
        return Figure(Kind.PERCENT, mention.start, end, mention, unit=unit)
    if (lead := _percent_before(text, lex, mention.start)) is not None:
        start, factor = lead  # `百分之三十`, `千分之五`
        unit = UnitSense("percent", factor, "parts") if factor != 1.0 else None
        return Figure(Kind.PERCENT, start, mention.end, mention, unit=unit)
    if (ratio := _one_in(text, lex, mention, by_start)) is not None:
        # `one in three adults`, `1 sur 3`, `satu dari tiga`
        return Figure(Kind.PERCENT, mention.start, ratio.end, ratio, unit=_HUNDREDTHS)
    if _a_share(text, lex, mention):
        # `two thirds of voters`, `les deux tiers des électeurs`, `有権者の3分の2が`: a share
        return Figure(Kind.PERCENT, mention.start, mention.end, mention, unit=_HUNDREDTHS)
    return _quantity(text, lex, mention)


_HUNDREDTHS = UnitSense("percent", 100.0, "fraction")
_POINT = "point"
_POINT_OR_LEVEL = "point_or_level"
"""A points word an index's level shares (tr `puan`, ja `ポイント`), unlike `百分点`."""
_POINTS = UnitSense("percent", 1.0, "points")
_BASIS_POINT = "basis_point"
_BASIS_POINTS = UnitSense("percent", 0.01, "points")
_MOST_POINTS = 100.0


def _index_level(lex: Lexicon, word: re.Match[str], mention: NumberMention) -> bool:
    """`10.482 puandan`: a change in percentage points stays below 100, so a larger number
    before a points word that an index's level shares is that level (Turkish writes both
    with `puan`); `150个百分点` says percentage points outright."""
    return (
        lex.percent.get(word.group()) == _POINT_OR_LEVEL
        and mention.value * mention.scale >= _MOST_POINTS
    )


def _a_share(text: str, lex: Lexicon, mention: NumberMention) -> bool:
    """A fraction below one followed by a word that makes it a part of something
    (`[fraction_shares] after`: `of`, `des`, `der`, `の`, `的`)."""
    if not mention.fraction or not 0 < mention.value < 1:
        return False
    return share_link(text, lex, "after", mention.end) is not None


_MOST_IN = 1000
"""`one in 1,000 births` is a share; beyond it the second number is a year or a count."""
_ROUND_BASES = (10.0, 100.0, 1000.0)


def _one_in(
    text: str, lex: Lexicon, first: NumberMention, by_start: dict[int, NumberMention]
) -> NumberMention | None:
    """`one in three`, `2 out of 5`, `uno de cada tres`: a whole number, a word of
    `[fraction_shares] one_in`, and a larger whole number that counts no measure (`3 in 10
    minutes` is a time) — read as their ratio, from the first number to the second."""
    link = share_link(text, lex, "one_in", first.end)
    if link is None or not first.value.is_integer() or first.value < 1:
        return None
    second = by_start.get(skip_gap(text, link.end()))
    if second is None or second.fraction or second.percent or not second.value.is_integer():
        return None
    if not first.value < second.value <= _MOST_IN:
        return None
    if not (first.in_words or second.value in _ROUND_BASES):
        return None  # `killed 2 in 3 attacks`: digits alone share only out of 10, 100, 1000
    unit = phrase_after(text, lex.units, second.end, _HYPHEN_GAP)
    sense = lex.units.get(unit.group()) if unit is not None else None
    if sense is not None and sense.dimension in MEASURES:
        return None
    return replace(first, end=second.end, value=first.value / second.value, fraction=True)


def _with_subunits(
    text: str,
    lex: Lexicon,
    mention: NumberMention,
    unit: re.Match[str],
    by_start: dict[int, NumberMention],
) -> tuple[NumberMention, int]:
    """`3 dollars and 50 cents`, `cinq euros cinquante centimes`, `五元三毛`: the subunits
    after the main unit are part of the amount."""
    end = unit.end()
    if lex.subunits.get(unit.group()) is not None or mention.scale != 1.0:
        return mention, end  # `50 cents and 3`, `3 million dollars and 5 cents`: no
    at = skip_gap(text, end)
    if (joiner := lex.money_joiners.match_at(text, at)) is not None:
        at = skip_gap(text, joiner.end())
    part = by_start.get(at)
    if part is None or not 0 < part.value < 100 or part.value != int(part.value):
        return mention, end
    sub = phrase_after(text, lex.subunits, part.end, _HYPHEN_GAP)
    if sub is not None:
        value = mention.value + part.value * (lex.subunits.get(sub.group()) or 0.0)
        return replace(mention, value=value, decimals=max(mention.decimals, 2)), sub.end()
    if part.value >= 10 and _cents_alone(text, lex, part):
        # `15 dólares con 50.`, `zwei Euro fünfzig`, `3 euro 40`: cents written bare.
        value = mention.value + part.value / 100
        return replace(mention, value=value, decimals=max(mention.decimals, 2)), part.end
    return mention, end


_CLAUSE_END = re.compile(r"[ \u00a0]*(?:[.,;:!?)\]]|$)", re.MULTILINE)
_TWO_DIGITS = re.compile(r"\d\d(?!\d)")


def _cents_alone(text: str, lex: Lexicon, part: NumberMention) -> bool:
    """Two digits after a main unit are its cents when they end the clause (`zwei Euro
    fünfzig.`) or, written as digits, stand before no unit, currency, scale, percent or month
    of their own (`een ticket van 3 euro 40 blijft goedkoper`; not `5 euro 40 procent`)."""
    if _CLAUSE_END.match(text, part.end):
        return True
    if _TWO_DIGITS.fullmatch(text, part.start, part.end) is None:
        return False
    tables = (lex.units, lex.currencies, lex.scales, lex.percent, lex.months, lex.subunits)
    return not any(phrase_after(text, table, part.end) for table in tables)


def _share(lex: Lexicon, word: re.Match[str], value: float) -> float | None:
    """How many percent one of the number is: 1 after `%`; 10 after tenths (`九成`, `3割`);
    after a discount (`九折`, `75折`), 10 for one digit and 1 for two, the share of the full
    price paid (None for anything else: `十折`, `百折不挠`)."""
    kind = lex.percent.get(word.group())
    if kind == "tenths":
        return 10.0
    if kind != "discount":
        return 1.0
    if 0 < value < 10:
        return 10.0
    return 1.0 if 10 < value < 100 and value == int(value) else None


def _percent_before(text: str, lex: Lexicon, start: int) -> tuple[int, float] | None:
    """Where a percent word written before the number starts, and its size in percent: right
    against it (`百分之三十`, `%5`) or spaces before it (`yüzde 5`, `百 分 之 2`)."""
    whole = text[max(0, start - 16) : start]
    head = whole.rstrip(" \u00a0")
    for match in lex.percent_before.finditer(head):
        begin = start - len(whole) + match.start()
        if match.end() == len(head) and not _numeral_before(text, begin, lex):
            return begin, lex.percent_before.get(match.group()) or 1.0
    return None


def _numeral_before(text: str, pos: int, lex: Lexicon) -> bool:
    """`五百分之2.2` is 2.2 parts in 500, not 2.2%: a numeral right before the percent word."""
    return pos > 0 and (
        text[pos - 1].isdigit() or lex.number_words.match_at(text, pos - 1) is not None
    )


def _percent_after(text: str, lex: Lexicon, pos: int) -> re.Match[str] | None:
    """`5%`, `5 percent`, `a 5-percent rise` (a hyphen only before a word, never `5-%`)."""
    direct = phrase_after(text, lex.percent, pos, _GAP if lex.spaced else _SPACES)
    if direct is not None:
        return None if guarded(text, lex, direct.end()) else direct  # not `三折叠` (tri-fold)
    hyphened = phrase_after(text, lex.percent, pos, _HYPHEN_GAP)
    return hyphened if hyphened is not None and hyphened.group()[:1].isalpha() else None


def _currency_after(text: str, lex: Lexicon, pos: int) -> re.Match[str] | None:
    direct = phrase_after(text, lex.currencies, pos)
    if direct is not None:
        return direct
    hyphened = phrase_after(text, lex.currencies, pos, _HYPHEN_GAP)
    if hyphened is not None and hyphened.group()[:1].isalpha():
        return hyphened  # `a 12-cent stamp`, not `5-€10` (a range)
    link = phrase_after(text, lex.role_links, pos)
    if link is not None and link.group().endswith("'"):
        return lex.currencies.match_at(text, link.end())
    return phrase_after(text, lex.currencies, link.end()) if link is not None else None


def _quantity(text: str, lex: Lexicon, mention: NumberMention) -> Figure | None:
    if time_of_day(text, lex, mention):
        return None
    before = _unit_before(text, lex, mention)
    if before is not None:
        return before
    unit = phrase_after(text, lex.units, mention.end, _HYPHEN_GAP)
    if unit is None and (bound := trailing_bound(text, lex, mention.end)) is not None:
        # `18'den fazla kişi`, `2.000'i aşkın ev`: the bound between the number and its noun
        unit = phrase_after(text, lex.units, bound[1], _HYPHEN_GAP)
    if unit is None and (modified := _modified_count(text, lex, mention)) is not None:
        return modified
    if unit is None and (partitive := partitive_unit(text, lex, mention)) is not None:
        return partitive
    if unit is None and (partitive := partitive_before(text, lex, mention)) is not None:
        return partitive
    # `two thirds of voters` is a share, not a count: a fraction takes no unit across a word;
    # nor does a rate's count (`22 por día`, `22 per day` are not 22 days).
    skip = (
        _SKIP_ONE_WORD.match(text, mention.end)
        if unit is None
        and not mention.fraction
        and phrase_after(text, lex.periods, mention.end) is None
        else None
    )
    word = skip.group().strip() if skip is not None else ""
    links = folded_words(lex, "clause_links")
    if (
        skip is not None
        and lex.number_words.get(word) is None
        and fold(word) not in links
        and not (word.endswith(("'", "’")) and lex.articles.get(word) is not None)
        and not CLOCK.fullmatch(text, mention.start, mention.end)
    ):
        # `40 and wounded`: a link word starts another statement, whose noun is not the 40's;
        # `alle 17.45 la società`: a time of day counts nothing across a word; an elided
        # article opens another noun phrase (`653 000 l'an dernier` counts no years), while
        # a whole one may name the count's noun (`14 i morti`)
        unit = lex.units.match_at(text, skip.end())
        if unit is not None and _relative_year(lex, text[skip.start() + 1 : unit.end()]):
            unit = None  # `van 38 vorig jaar naar 52 dit jaar`: the year counted, not 38 years
        if unit is not None and ordinals(lex).get(unit.group()) is not None:
            unit = None  # `aos 22 do segundo tempo`: the second half, not 22 seconds
    head = _COMPOUND_HEAD.match(text, mention.end) if unit is None else None
    if head is not None and lex.number_words.get(head.group().strip(" \u00a0-")) is None:
        unit = lex.units.match_at(text, head.end())  # `8,5 Millionen Windows-Rechner`
    if unit is not None and unit.group() in lex.raw_list("generic_counters", "words"):
        noun = _noun_before(text, lex, mention.start) or _noun_after_link(text, lex, unit.end())
        headed = _headed_count(text, lex, mention) if noun is None else None
        carried = unit.group() not in lex.raw_list("generic_counters", "not_carried")
        if noun is None and headed is None and carried and not _age_after(text, lex, unit.end()):
            noun = _counted_earlier(text, lex, unit.group(), mention.start)
        if (
            noun is None
            and headed is None
            and unit.group() in lex.raw_list("generic_counters", "sentence")
            and not _age_after(text, lex, unit.end())
        ):
            noun = _noun_in_sentence(text, lex, mention.start) or _noun_of_earlier_count(
                text, lex, unit.group(), mention.start
            )
        sense = _counted_sense(lex, noun.group()) if noun is not None else None
        if headed is not None:
            sense = headed.unit  # `주택 매매 건수는 6만4천137건`: the phrase names what 건 counts
        if sense is None and unit.group() in lex.raw_list("generic_counters", "alone"):
            sense = lex.units.get(unit.group())
        if sense is None or _one_priced(text, lex, mention, unit.end()):
            return None
        return Figure(Kind.QUANTITY, mention.start, unit.end(), mention, unit=sense)
    if unit is not None and (sense := lex.units.get(unit.group())) is not None:
        if not sense.name:
            return None  # listed with no unit, a longer word guards a shorter: `50周年` no lap
        sense = _sense_in_context(text, lex, (mention.start, unit.end()), unit.group(), sense)
        if not _context_met(text, lex, mention, unit.group()):
            return None  # `3度目` (the third time): `度` is a temperature only beside `気温`
        if _symbol_in_other_case(lex, unit.group()):
            return None  # `5G`, `4G`: a network generation, not five grams
        if _one_priced(text, lex, mention, unit.end()):
            return None  # `1バレル84ドル`: the barrel a price is given for, not one barrel
        if sense.dimension == "time" and _looks_like_a_year(mention):
            return None  # `2024年` is a year, not 2,024 years
        if sense.dimension == "time" and _named_time_after(text, lex, mention, unit):
            return None  # `8,5 millones el año anterior`: a sum, then the year it was
        if sense.name == "hour" and clock_time(text, lex, mention, unit.end()):
            return None  # `5 giờ sáng`, `à 10 heures`: a time of day, not five or ten hours
        if _looks_like_a_year(mention) and (
            _date_preposition_before(text, lex, mention.start)
            or _year_span_before(text, lex, mention.start)
            or _year_word_before(text, lex, mention.start)
        ):
            return None  # `bis Ende 2026 stellen` (to file by the end of 2026): a year, a verb
        return Figure(Kind.QUANTITY, mention.start, unit.end(), mention, unit=sense)
    if (after := phrase_after(text, lex.units_before, mention.end, _HYPHEN_GAP)) is not None:
        name = lex.units_before.get(after.group()) or after.group()
        sense = UnitSense(name, 1.0, name)
        return Figure(Kind.QUANTITY, mention.start, after.end(), mention, unit=sense)
    return None


_CONTEXT_CHARS = 20
_CLAUSE_MARKS = "。、，,.;!?\n"


def _sense_in_context(
    text: str, lex: Lexicon, span: tuple[int, int], word: str, sense: UnitSense
) -> UnitSense:
    """A unit word with two senses ([context_units]: `キロ` is kilometres or kilograms) takes
    the other one when a word for it stands earlier in the clause (`着陸時の質量は780キロ`)
    or one of its `after` words follows it (`5キロ当たり3918円`, `5キロ入り`: a price per
    kilogram, a bag's weight)."""
    entry = lex.raw.get("context_units", {}).get(word)
    if not isinstance(entry, dict):
        return sense
    start, end = span
    head = text[max(0, start - _CONTEXT_CHARS) : start]
    head = head[max(head.rfind(mark) for mark in _CLAUSE_MARKS) + 1 :]
    if not any(cue in head for cue in entry.get("words", ())) and not any(
        text.startswith(cue, end) for cue in entry.get("after", ())
    ):
        return sense
    dimension, factor, name = entry["unit"]
    return UnitSense(str(dimension), float(factor), str(name))


def _context_met(text: str, lex: Lexicon, mention: NumberMention, word: str) -> bool:
    """A unit word read only in context ([context_units] `only = true`) needs a cue in its
    clause before it, the number's own sign word included: `氷点下24.3度` is a temperature,
    `3度目` and `角度30度` are not."""
    entry = lex.raw.get("context_units", {}).get(word)
    if not isinstance(entry, dict) or not entry.get("only"):
        return True
    head = text[max(0, mention.start - _CONTEXT_CHARS) : mention.start]
    head = head[max(head.rfind(mark) for mark in _CLAUSE_MARKS) + 1 :]
    head += text[mention.start : mention.end]  # the sign word is inside the mention
    return any(cue in head for cue in entry.get("words", ()))


def _relative_year(lex: Lexicon, phrase: str) -> bool:
    """`vorig jaar`, `dit jaar`: a word and a time unit that name a year relative to the
    report ([relative_years]) say when a figure was, not how long it lasted."""
    return fold(phrase) in {fold(k) for k in lex.raw.get("relative_years", {})}


def _modified_count(text: str, lex: Lexicon, mention: NumberMention) -> Figure | None:
    """`3200个长期就业岗位`: a word that only qualifies the noun ([counter_modifiers]: lasting,
    direct, new) may stand between a counter and its noun; the count is the counter's with
    the noun (`个就业岗位`), as `2,300 permanent jobs` are jobs."""
    counter = lex.counters.match_at(text, mention.end)
    if counter is None:
        return None
    for modifier in lex.raw_list("counter_modifiers", "words"):
        if not text.startswith(modifier, counter.end()):
            continue
        rest = counter.end() + len(modifier)
        noun = lex.units.match_at(counter.group() + text[rest : rest + _NOUN_REACH], 0)
        if noun is not None and noun.end() > len(counter.group()):
            sense = lex.units.get(noun.group())
            end = rest + noun.end() - len(counter.group())
            if sense is not None:
                return Figure(Kind.QUANTITY, mention.start, end, mention, unit=sense)
    return None


def _noun_after_link(text: str, lex: Lexicon, end: int) -> re.Match[str] | None:
    """`2400件の手術`: a generic counter may be linked to the noun it counts after it
    ([generic_counters] links_after), as well as follow the noun (`手術2400件`)."""
    counters = lex.raw_list("generic_counters", "words")
    for link in lex.raw_list("generic_counters", "links_after"):
        if text.startswith(link, end):
            noun = lex.units.match_at(text, end + len(link))
            if noun is not None and noun.group() not in counters:
                return noun
    return None


def _counted_sense(lex: Lexicon, noun: str) -> UnitSense | None:
    """What a generic counter counts after `noun`: `표 4천만 장` are tickets, not votes."""
    return lex.counted_nouns.get(noun) or lex.units.get(noun)


def _symbol_in_other_case(lex: Lexicon, word: str) -> bool:
    """A one-letter measure symbol written in the other case (`G` for `g`): the symbols of
    measures are case-sensitive (`5G` is a network generation, `5 M` a scale, not metres),
    while unit tables match case-blind."""
    symbols = lex.raw.get("measures", {})
    return len(word) == 1 and word not in symbols and word.swapcase() in symbols


def _named_time_after(text: str, lex: Lexicon, mention: NumberMention, unit: re.Match[str]) -> bool:
    """`8,5 milioni dell'anno precedente`, `8,5 millones el año anterior`: millions with words
    between them and a time unit are a sum (or a count) of that time, not millions of years,
    which the news writes, if ever, right before the unit. Any number before an article and a
    time unit names that time too (`up from 960 the year before`): a span is never written
    with an article between its number and its unit, as `three long years` may be."""
    between = text[mention.end : unit.start()].strip(" \u00a0-")
    if not between:
        return False
    return mention.scale >= MILLION or lex.articles.get(between) is not None


def _one_priced(text: str, lex: Lexicon, mention: NumberMention, end: int) -> bool:
    """`1バレル84ドル`, `1トン当たり500ドル`, `1t당 500달러`: one unit followed by a word for `per`
    ([rate_heads]) or, unspaced, by the next number is the unit a rate is given for, not a count
    of one."""
    if mention.value != 1 or mention.scale != 1:
        return False
    heads = sorted(lex.raw_list("rate_heads", "words"), key=len, reverse=True)
    if any(text.startswith(word, end) for word in heads):
        return True
    return end < len(text) and text[end].isdigit()


_NOUN_REACH = 12


def _noun_before(text: str, lex: Lexicon, start: int) -> re.Match[str] | None:
    """A counter that names no kind of thing (ko `대`, for machines and vehicles alike) counts
    the noun just before the number: `여객기 60대` is 60 aircraft. With no such noun
    (`60대 남성`, a man in his sixties) the figure is no count. A counter is no noun: the 장
    ending `공장 3곳` (three factories) names nothing counted, nor does a one-letter unit
    ending a word (`거래량은 4천215건`)."""
    counters = lex.raw_list("generic_counters", "words")
    last = _last_before(
        lex.units,
        text,
        start,
        _NOUN_REACH,
        lambda m: m.group() not in counters and not _word_ending(text, m),
    )
    if last is None:
        return None
    gap = text[last.end() : start].strip()
    # `端末約850万台`: a bound or an approximation may stand between the noun and the number,
    # and so may a word that only stresses it (`住宅仅9820套`: [generic_counters] between).
    bounds = ("approximate", "at_least", "at_most")
    stressed = gap in lex.raw_list("generic_counters", "between")
    if gap and not stressed and all(lex.qualifiers[q].get(gap) is None for q in bounds):
        return None
    return last


_SENTENCE_REACH = 160
_PERCENT_SIGNS = ("%", "％")
_SENTENCE_END = re.compile(r"[.!?]\s|[。！？\n]")


def _noun_in_sentence(text: str, lex: Lexicon, start: int) -> re.Match[str] | None:
    """`Exports of new-energy cars reached 24,100 units`: a counter that names nothing but a
    unit of whatever is sold ([generic_counters] sentence) counts the last counted noun of
    its own sentence before it."""
    opening = max(0, start - _SENTENCE_REACH)
    for end in _SENTENCE_END.finditer(text, opening, start):
        opening = end.end()
    counters = lex.raw_list("generic_counters", "words")

    def counted(m: re.Match[str]) -> bool:
        sense = lex.units.get(m.group())  # a count of things, not a measure (`a year earlier`)
        counts = sense is not None and bool(sense.name) and sense.dimension == sense.name
        # `a 17.4% share`: the noun a percent is of names no thing counted
        after_percent = text[: m.start()].rstrip().endswith(_PERCENT_SIGNS)
        return (
            counts and m.group() not in counters and not _word_ending(text, m) and not after_percent
        )

    return _last_before(lex.units, text, start, start - opening, counted)


def _noun_of_earlier_count(
    text: str, lex: Lexicon, counter: str, start: int
) -> re.Match[str] | None:
    """`Shipments rose to 312 million units ... Apple was second with 54.3 million units`: a
    counter of whatever is sold with no noun in its own sentence counts what the same counter
    last counted, going back count by count (each a few sentences before the next) to the
    first whose sentence names the thing, at most `_EARLIER_COUNTS` counts back: a list of
    counts that never names its thing must not make each count walk the whole list."""
    for _ in range(_EARLIER_COUNTS):
        earlier = _last_before(
            lex.units,
            text,
            start,
            _COUNTED_REACH,
            lambda m: fold(m.group()) == fold(counter) and _number_ends_at(text, lex, m.start()),
        )
        if earlier is None:
            return None
        noun = _noun_in_sentence(text, lex, earlier.start())
        if noun is not None:
            return noun
        start = earlier.start()
    return None


_EARLIER_COUNTS = 6
_COUNTED_REACH = 600
_COUNTED = r"\s?\d[\d.,]*(?:[^\W\d_]\d[\d.,]*)*[^\W\d_]?\s?"


def _counted_earlier(text: str, lex: Lexicon, counter: str, start: int) -> re.Match[str] | None:
    """`여객기 60대 ... 이 가운데 첫 41대는`: a counter with no noun before it counts what the
    same counter last counted with a noun, a few sentences back; the noun may also have come
    after the counter (`4.5万片12英寸晶圆 ... 年产能约54万片`), and a topic particle may stand
    between the noun and its count (`차량은 54만4천 대 ... 수출은 24만1천 대`)."""
    particles = "|".join(map(re.escape, lex.raw_list("generic_counters", "between")))
    follows = re.compile((f"(?:{particles})?" if particles else "") + _COUNTED + re.escape(counter))
    counters = lex.raw_list("generic_counters", "words")

    def counted(m: re.Match[str]) -> bool:
        if m.group() in counters or _word_ending(text, m):
            return False  # `판매량은 1천42만 대`: the railcars' 량 ends the word for sales
        if follows.match(text, m.end()) is not None:
            return True
        return m.group().startswith(counter) and _number_ends_at(text, lex, m.start())

    return _last_before(lex.units, text, start, _COUNTED_REACH, counted)


def _number_ends_at(text: str, lex: Lexicon, end: int) -> bool:
    """Does a number, with or without a scale word (`4.5万`), end right before `end`?"""
    head = text[max(0, end - 16) : end].rstrip()
    scale = next((m for m in lex.scales.finditer(head) if m.end() == len(head)), None)
    head = head[: scale.start()].rstrip() if scale is not None else head
    return head[-1:].isdigit()


def _last_before(
    phrases: Phrases[Any],
    text: str,
    start: int,
    reach: int,
    keep: Callable[[re.Match[str]], bool] = lambda _: True,
) -> re.Match[str] | None:
    """The last phrase of a table within `reach` characters before `start` that `keep` keeps."""
    last = None
    for match in phrases.finditer(text, max(0, start - reach), start):
        if keep(match):
            last = match
    return last


def _age_after(text: str, lex: Lexicon, end: int) -> bool:
    """`60대 남성`: the counter gives an age (a man in his sixties), not a count."""
    rest = text[end : end + 12].lstrip()
    return any(rest.startswith(w) for w in lex.raw_list("generic_counters", "ages"))


_HEAD_REACH = 48
_HEAD_LENGTH = 40
_HEAD_GAP_STOPS = re.compile(r"[\d.!?;:()\[\]。]")


def _headed_count(text: str, lex: Lexicon, mention: NumberMention) -> Figure | None:
    """`the death toll rose to 284`, `ölü sayısı 284'e yükseldi`, `число погибших выросло до
    284`: a bare number a few words after a phrase naming a count (`count_heads`) counts it.
    Only the first number after the phrase, in its clause; never a year or a time of day."""
    digits = text[mention.start : mention.digits_end]
    if mention.fraction or (_looks_like_a_year(mention) and digits.isdigit()):
        return None  # `2023` is a year; `1,950` and `1.950` are counts
    if CLOCK.match(text, mention.start) and mention.scale == 1.0:
        return None  # `16.30`, a time of day; `5.28万` (52,800) and `6.85万` are scaled figures
    labelled = labelled_count(text, lex, mention)
    if labelled is not None:
        return labelled
    last = _last_before(lex.count_heads, text, mention.start, _HEAD_REACH + _HEAD_LENGTH)
    if last is None or mention.start - last.end() > _HEAD_REACH:
        last = _head_right_after(text, lex, mention.end)
    elif _HEAD_GAP_STOPS.search(GAP_YEAR.sub("", text[last.end() : mention.start])):
        return None
    if last is None:
        return None
    sense = lex.count_heads.get(last.group())
    if sense is None:
        return None
    return Figure(Kind.QUANTITY, mention.start, mention.end, mention, unit=sense)


_HEAD_AFTER = re.compile(r"\s+(?:[^\W\d_]{1,3}\s+)?")
"""What may stand between a number and a count phrase after it: a space and one short word,
an article (`sobe para 17 o número de mortos`)."""


def _head_right_after(text: str, lex: Lexicon, end: int) -> re.Match[str] | None:
    """`sobe para 17 o número de mortos`, `sale a 17 il numero dei morti`: where the verb comes
    first, the phrase naming the count follows the number, after at most an article."""
    gap = _HEAD_AFTER.match(text, end)
    if gap is None:
        return None
    return lex.count_heads.match_at(text, gap.end())


@lru_cache(maxsize=32)
def _preposition_tail(lex: Lexicon) -> re.Pattern[str] | None:
    words = lex.raw_list("date_prepositions", "words")
    if not words or not lex.spaced:
        return None
    body = alternation(words)
    return re.compile(rf"(?<!\w)(?:{body})\s+$", re.I)


def _date_preposition_before(text: str, lex: Lexicon, start: int) -> bool:
    """A word that dates (`bis Ende`, `by`, `since`) right before the number."""
    pattern = _preposition_tail(lex)
    return pattern is not None and pattern.search(text, max(0, start - 20), start) is not None


@lru_cache(maxsize=32)
def _year_span_tail(lex: Lexicon) -> re.Pattern[str]:
    words = lex.raw_list("qualifiers", "range_and") + lex.raw_list("qualifiers", "range_join")
    joiner = rf"\s*[-\u2013/]\s*|\s+(?:{alternation(words)})\s+" if words else r"\s*[-\u2013/]\s*"
    return re.compile(rf"(?<![\d.,])(?:1[89]\d\d|20\d\d)(?:{joiner})$", re.I)


def _year_span_before(text: str, lex: Lexicon, start: int) -> bool:
    """The end of a span of years (`zwischen 2017 und 2023 verdächtige Transaktionen`,
    `from 2017 to 2023 suspect payments`): a year after a year and a joiner, not a count."""
    return _year_span_tail(lex).search(text, max(0, start - 20), start) is not None


@lru_cache(maxsize=32)
def _year_word_tail(lex: Lexicon) -> re.Pattern[str] | None:
    words = lex.raw_list("date_links", "year_words")
    if not words or not lex.spaced:
        return None
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s+$", re.I)


def _year_word_before(text: str, lex: Lexicon, start: int) -> bool:
    """The word for a year right before the number (`[date_links] year_words`: `năm 2026 các
    trường y tuyển`, in 2026 the medical schools enrol): a year, not 2,026 schools."""
    pattern = _year_word_tail(lex)
    return pattern is not None and pattern.search(text, max(0, start - 12), start) is not None


def _looks_like_a_year(mention: NumberMention) -> bool:
    amount = mention.value
    return mention.decimals == 0 and mention.scale == 1.0 and 1800 <= amount <= 2100


def _unit_before(text: str, lex: Lexicon, mention: NumberMention) -> Figure | None:
    """`magnitude 7.6`, `M7.6`, `une magnitude de 6,4`: the unit written before the number,
    which never takes a scale word (`피해 규모는 30억~50억 원` is a size, not a magnitude)."""
    if mention.scale != 1.0:
        return None
    head = text[max(0, mention.start - 30) : mention.start]
    for match in lex.units_before.finditer(head):
        rest = head[match.end() :]
        if _joins_unit(rest.strip(" -"), lex) and len(rest) <= 5:
            name = lex.units_before.get(match.group()) or match.group()
            start = mention.start - len(head) + match.start()
            if (rate := lex.units.get(name)) is not None:
                bare = match.group() not in lex.raw_list("rates_before", "words")
                return _rate(text, lex, mention, start, rate, bare=bare)
            return Figure(
                Kind.QUANTITY, start, mention.end, mention, unit=UnitSense(name, 1.0, name)
            )
    return None


_BOUNDS_BETWEEN = ("approximate", "at_least", "at_most")
"""Bounds a unit written before the number may be parted from it by (`時速約176キロ`)."""


def _joins_unit(rest: str, lex: Lexicon) -> bool:
    """Does the text between a unit written before the number and the number leave them one
    figure: nothing, a link (`une magnitude de 6,4`) or a bound (`時速約176キロ`)?"""
    if not rest:
        return True
    tables = (lex.role_links, *(lex.qualifiers[k] for k in _BOUNDS_BETWEEN))
    return any(
        (found := table.match_at(rest, 0)) is not None and found.end() == len(rest)
        for table in tables
    )


def _rate(
    text: str, lex: Lexicon, mention: NumberMention, start: int, rate: UnitSense, *, bare: bool
) -> Figure | None:
    """`時速250キロ`, `时速250公里`: a word before the number makes the kilometres after it a
    speed (`units_before` names the unit, `km/h`). Another unit after it keeps its own sense.
    A bare number is a speed only after a word that names one (`时速350`), not after one of
    `[rates_before]` that only says "each hour" (`每小时165公里`, but `每小时30元`)."""
    after = phrase_after(text, lex.units, mention.end, _HYPHEN_GAP)
    sense = lex.units.get(after.group()) if after is not None else None
    if after is None or sense is None:
        return Figure(Kind.QUANTITY, start, mention.end, mention, unit=rate) if bare else None
    if not rate.name.startswith(f"{sense.name}/"):
        return None  # only the rate's own length (km of km/h, m of m/s) is per hour or second
    return Figure(Kind.QUANTITY, start, after.end(), mention, unit=rate)


def _join_ranges(text: str, lex: Lexicon, figures: list[Figure]) -> list[list[Figure]]:
    """Group `15 to 25 billion`, `$15bn-$25bn`, `entre 15 et 25 milliards` into one figure."""
    groups: list[list[Figure]] = []
    for figure in figures:
        if groups and len(groups[-1]) == 1 and _is_range_pair(text, lex, groups[-1][0], figure):
            groups[-1].append(figure)
        else:
            groups.append([figure])
    return groups


_HOUR_MARK = re.compile(r"\s?h(?:\s?\d\d)?(?!\w)")
"""`11 h 15`, `11h`, `10h30`: the number before it is a time of day."""


def _is_range_pair(text: str, lex: Lexicon, left: Figure, right: Figure) -> bool:
    """`15-25`, `15 to 25 billion`, `between 15 and 25`: never `12 dead and 250 injured`."""
    typed = left.kind is not None and right.kind is not None
    if typed and (left.kind, left.unit, left.currency) != (right.kind, right.unit, right.currency):
        return False
    if right.kind is None and _HOUR_MARK.match(text, right.end):
        return False  # `cédait 4,2 % à 11 h 15`: at a time of day, not up to 11%
    if left.kind is None and time_of_day(text, lex, left.mention):
        return False  # a live blog's `Ore 17.10 - Dodici dei 46 aerei`: a time, then a count
    if left.kind is not None and right.kind is None and left.end > left.mention.end:
        # A range writes its unit once, after both ends (`5 a 7%`) or before the first
        # (`$15-25 billion`); a unit after the first end closes it: `in rialzo dello 0,7% a
        # 13.482 punti` is a change and the level it reached, not 0.7% to 13,482%.
        return False
    gap = text[left.end : right.start]
    if gap.strip() in ("-", "/") and len(gap) <= 3:
        return True
    word = gap.strip()
    if not word or len(gap) > 12:
        return False
    if whole(lex.qualifiers["range_join"], word) and left.mention.value > right.mention.value:
        return False  # `aprovado por 320 votos a 120`: a tally, not a range running down
    if whole(lex.qualifiers["range_join"], word):
        # `de -0,1 % à 0,1 %`, `from 5% to 7%`: two full figures after `from` are a change,
        # so are two before a particle of arrival (`4200億円から4600億円に`).
        changed = qualifier_before(text, lex, left.start, ("change_from",)) is not None
        changed = changed or _by_then_level(text, lex, left, right)
        after = _past_aside(text, right.end)
        arrived = phrase_after(text, lex.qualifiers["change_after"], after) is not None
        return not (typed and (changed or arrived))
    opened = qualifier_before(text, lex, left.start, ("range_start",)) is not None
    if not (opened and whole(lex.qualifiers["range_and"], word)):
        return False
    # `salirà dal 2,1% al 2,4% del Pil`: after a verb of change, `dal ... al` is a change.
    return not (typed and qualifier_before(text, lex, left.start, ("change_from",)) is not None)


def _by_then_level(text: str, lex: Lexicon, left: Figure, right: Figure) -> bool:
    """`cut its rate by 0.25% to 5.25%` ([qualifiers] change_by): the change, then the level
    it reached, when the second is many times the first."""
    if qualifier_before(text, lex, left.start, ("change_by",)) is None:
        return False
    return right.mention.value >= LEVEL_RATIO * left.mention.value > 0


_ASIDE = re.compile(r"\s?\([^()]{1,40}\)")
"""A short aside in brackets right after a figure, such as a conversion (`(約110円)`)."""


def _past_aside(text: str, pos: int) -> int:
    """Where the text goes on after a bracketed aside at `pos`: `1万1500ルピア(約110円)に`
    arrives at its particle after the conversion."""
    aside = _ASIDE.match(text, pos)
    return aside.end() if aside else pos


def _bound_after_unit(text: str, lex: Lexicon, figure: Figure) -> Bound | None:
    """The bound between a unit written before the number and the number: `時速約176キロ`
    is about 176 km/h, as `約176キロ` is about 176 km."""
    if figure.start >= figure.mention.start:
        return None
    found = qualifier_before(text, lex, figure.mention.start, _BOUNDS_BETWEEN)
    return Bound(found[0]) if found is not None and found[1] >= figure.start else None


def _finish(text: str, lex: Lexicon, group: list[Figure]) -> Found:
    typed = next(f for f in reversed(group) if f.kind is not None)
    assert typed.kind is not None
    amounts = [f.mention.value for f in group]
    if len(group) == 2:
        amounts = _shared_scale(group)
    end = max(f.end for f in group)
    number, start, qualifiers = bounded(
        text, lex, group[0].start, amounts, group[-1].mention, level=typed.kind is not Kind.QUANTITY
    )
    inside = _bound_after_unit(text, lex, group[0]) if number.bound is Bound.EXACT else None
    if inside is not None:
        number = Number(
            number.amount, number.low, number.high, inside, number.decimals, number.scale
        )
        qualifiers = (inside.value,)
    if number.bound is Bound.EXACT and (after := trailing_bound(text, lex, end)) is not None:
        # `1万人以上`, `30億ドル超`, `3 meter atau lebih`: the bound follows the unit.
        bound, end = after
        number = Number(
            number.amount, number.low, number.high, bound, number.decimals, number.scale
        )
        qualifiers = (bound.value,)
    value, end, extra = _value(text, lex, typed, number, end)
    before = period_before(text, lex, start) if isinstance(value, Money) else None
    if isinstance(value, Money) and value.period is None and before is not None:
        start, period = before
        value = replace(value, period=period)
    elif (
        isinstance(value, Money)
        and value.period is None
        and (earlier := period_earlier_in_clause(text, lex, start))
    ):
        value = replace(value, period=earlier)
    if isinstance(value, Quantity) and not extra and (rate := period_before(text, lex, start)):
        extra = (f"rate:{rate[1]}",)  # `yılda 2,4 milyon konteyner`, as `2.4 million a year`
    elif isinstance(value, Quantity) and not extra:
        # `日加工原油能力为23万桶`: a rate word earlier in the clause, as for a sum
        earlier = period_earlier_in_clause(text, lex, start)
        extra = (f"rate:{earlier}",) if earlier else ()
    part: tuple[str, ...] = ("part",) if any(f.part for f in group) else ()
    part += (BEFORE_CHANGE,) if any(f.opens for f in group) else ()
    return Found(typed.kind, start, end, value, qualifiers + extra + part)


def _shared_scale(pair: list[Figure]) -> list[float]:
    """`15-25 milliards`, `Rp 15-25 miliar`: a scale word written once serves both ends."""
    (left, right) = (pair[0].mention, pair[1].mention)
    if left.scale == 1.0 and right.scale != 1.0:
        return [left.value * right.scale, right.value]
    return [left.value, right.value]


def _value(
    text: str, lex: Lexicon, figure: Figure, number: Number, end: int
) -> tuple[Money | Percent | Quantity, int, tuple[str, ...]]:
    if figure.kind is Kind.MONEY:
        period, period_end = period_after(text, lex, end)
        window = text[end : end + _HORIZON_WINDOW]
        # The next sentence's words are not this sum's (`... 9,8 miliardi di dollari. La
        # forchetta indicata inizialmente ...` names no first phase of the valuation).
        window = window[: stop.start()] if (stop := SENTENCE_END.search(window)) else window
        extra: tuple[str, ...] = ()
        if (phase := lex.phases.pattern.search(window)) is not None:
            extra = (f"phase:{lex.phases.get(phase.group())}",)
        spread, years = horizon(window, lex)
        money = Money(
            number,
            figure.currency or "?",
            lex.periods.get(period.group()) if period else None,
            spread,
            years,
        )
        return money, period_end, extra
    if figure.kind is Kind.PERCENT:
        if figure.unit is _HUNDREDTHS:
            # Two thirds is 66.7% to within a point, two thousandths 0.2% to within a hundredth:
            # a fraction is as precise as its percentage written to two significant digits.
            share = _times(number, 100.0)
            digits = max(0, 1 - math.floor(math.log10(abs(share.amount))))
            number = replace(share, decimals=digits, scale=1.0)
            if number.bound is Bound.APPROXIMATE:
                # `nearly two-thirds` for 62%: a fraction word rounds to the nearest simple
                # fraction, so `about` one allows a tenth of it, as `about` allows any figure
                reach = abs(number.amount) * _ABOUT_A_FRACTION
                low, high = number.amount - reach, number.amount + reach
                number = Number(number.amount, low, high, number.bound, digits, 1.0)
        elif figure.unit is not None and figure.unit.factor != 1.0:
            number = _times(number, figure.unit.factor)
        points = figure.unit is not None and figure.unit.name == _POINTS.name
        return Percent(number, points=points), end, ()
    unit = figure.unit or UnitSense("count", 1.0, "count")
    # `kits for 60,000 vehicles a month`: a count per month is a rate, never one total.
    rate = rate_after(text, lex, end) or unit.rate
    extra = (f"rate:{rate}",) if rate else ()
    return Quantity(number, unit.name, unit.dimension, unit.factor), end, extra


_ABOUT_A_FRACTION = 0.10
"""How far `about two-thirds` may stray from two thirds, relative (compare.APPROXIMATE)."""


def _times(number: Number, factor: float) -> Number:
    return Number(
        number.amount * factor,
        number.low * factor,
        number.high * factor,
        number.bound,
        number.decimals,
        number.scale * factor,
    )


def _fifty_fifty(text: str, taken: _Spans) -> list[Found]:
    """`a 50-50 venture`: each side holds 50%."""
    out = []
    for match in _FIFTY_FIFTY.finditer(text):
        left, right = int(match.group(1)), int(match.group(2))
        if left + right == 100 and left == right and not taken.overlaps(match.start(), match.end()):
            number = Number(float(left), float(left), float(left))
            out.append(Found(Kind.PERCENT, match.start(), match.end(), Percent(number), ("split",)))
    return out
