"""Shares written without a plain number before a percent word: digits read one by one before
a discount (`五五折` is 55%, `7 2 折` 72%), a tail after tenths (`七成六` is 76%, `三成半` 35%)
and phrases that are a percentage alone (`对折`, half price, is 50%; `半成` 5%).

All of it is data: the discount and tenths words are `percent_words` of those kinds, the
phrases `percent_phrases`, the tails `share_tails`, and `percent_guards` lists what makes a
share word part of another word (`三折叠`, a tri-fold phone).
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.extract.numbers import NumberMention, skip_spaces
from factcheck.lexicon import Lexicon

_DISCOUNT = "discount"
_TENTHS = "tenths"


def share_mentions(text: str, lex: Lexicon) -> list[NumberMention]:
    """The numbers that only a share word after them makes (`五五` in `五五折`), and the phrases
    that are a percentage alone."""
    return _discount_digits(text, lex) + _phrases(text, lex)


def guarded(text: str, lex: Lexicon, end: int) -> bool:
    """Does a word of `percent_guards.not_before` start at `end`, making the share word before
    it part of another word (`三折叠`, tri-fold; `半成品`, semi-finished goods)?"""
    return text.startswith(lex.raw_list("percent_guards", "not_before"), end)


def with_tail(
    text: str, lex: Lexicon, mention: NumberMention, word: re.Match[str]
) -> tuple[NumberMention, int]:
    """After tenths (`七成`), in a language with `share_tails`, a last numeral in the place
    below (`七成六` is 7.6 tenths) or a half (`三成半`, 3.5 tenths), where the figure ends; the
    mention and its end."""
    if lex.percent.get(word.group()) != _TENTHS or not lex.raw.get("share_tails"):
        return mention, word.end()
    at = skip_spaces(text, word.end())
    halves = lex.raw_list("share_tails", "halves")
    half = next((h for h in halves if text.startswith(h, at)), None)
    if half is not None and _ends_figure(text, lex, at + len(half)):
        return replace(mention, value=mention.value + 0.5, decimals=1), at + len(half)
    digit = _digit_at(text, lex, at)
    if digit is not None and _ends_figure(text, lex, digit[0]):
        return replace(mention, value=mention.value + digit[1] / 10, decimals=1), digit[0]
    return mention, word.end()


def _ends_figure(text: str, lex: Lexicon, pos: int) -> bool:
    """Nothing that could carry the number on follows `pos`: punctuation, a space, the end,
    or one of `share_tails.ends` (`七成六的受访者`; not `七成六十岁以上`)."""
    if pos >= len(text) or not text[pos].isalnum():
        return True
    return text.startswith(lex.raw_list("share_tails", "ends"), pos)


def _digit_at(text: str, lex: Lexicon, pos: int) -> tuple[int, int] | None:
    """A single numeral from 1 to 9 at `pos` (`五`, `5`): where it ends, and its value."""
    if pos < len(text) and text[pos] in "123456789":
        return pos + 1, int(text[pos])
    word = lex.number_words.match_at(text, pos)
    value = lex.number_words.get(word.group()) if word is not None else None
    if word is None or value is None or value not in range(1, 10):
        return None
    return word.end(), int(value)


def _discount_digits(text: str, lex: Lexicon) -> list[NumberMention]:
    """`五五折`, `三八折`, `7 2 折`, `九 九 折`: two numerals written one after the other before a
    discount word are its two digits (55% of the price), not a vague count. A numeral before
    them (`二十五五折`) makes them part of another number."""
    found: list[NumberMention] = []
    if _DISCOUNT not in lex.percent.exact.values():
        return found  # no discount words in this language: no need to scan
    for word in lex.percent.finditer(text):
        if lex.percent.get(word.group()) != _DISCOUNT:
            continue
        pair = _two_numerals_before(text, lex, word.start())
        if pair is not None:
            start, end, value = pair
            found.append(NumberMention(start, end, float(value), 0, 1.0, "", end, in_words=True))
    return found


_LOOK_BACK = 8


def _two_numerals_before(text: str, lex: Lexicon, pos: int) -> tuple[int, int, int] | None:
    """The two single numerals that end at `pos` (spaces allowed around them): start, end and
    their value read digit by digit."""
    head = text[max(0, pos - _LOOK_BACK) : pos]
    for start in range(len(head)):
        first = _digit_at(head, lex, start)
        second = _digit_at(head, lex, skip_spaces(head, first[0])) if first else None
        if first is None or second is None or head[second[0] :].strip(" \u00a0"):
            continue
        begin = pos - len(head) + start
        if not _numeral_before(text, lex, begin):
            return begin, pos - len(head) + second[0], first[1] * 10 + second[1]
    return None


def _numeral_before(text: str, lex: Lexicon, pos: int) -> bool:
    before = text[:pos].rstrip(" \u00a0")
    if not before:
        return False
    last = before[-1]
    return (
        last.isdigit()
        or last == "."
        or any(
            table.get(last) is not None
            for table in (lex.number_words, lex.multipliers, lex.scales, lex.decimal_words)
        )
    )


def _phrases(text: str, lex: Lexicon) -> list[NumberMention]:
    """`打对折` (50%), `半成` (5%): a phrase that is a percentage alone, unless a guard word
    joins it to another word (`对折扣`, `一半成为`, `半成品`)."""
    found: list[NumberMention] = []
    not_after = lex.raw_list("percent_guards", "not_after")
    for match in lex.percent_phrases.finditer(text) if lex.percent_phrases else ():
        start, end = match.start(), match.end()
        if guarded(text, lex, end) or text[:start].endswith(not_after):
            continue
        value = float(lex.percent_phrases.get(match.group()) or 0.0)
        found.append(NumberMention(start, end, value, 0, 1.0, "", end, in_words=True, percent=True))
    return found
