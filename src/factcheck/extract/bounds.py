"""How a figure's wording bounds it: `about`, `at least`, `up to` before it, `or more`, `以上`
after it, a range's opener, and `hasta`/`tot` that give the level a change reached."""

from __future__ import annotations

import re
from typing import Any

from factcheck.extract.numbers import NumberMention
from factcheck.lexicon import Lexicon, Phrases, fold, shared
from factcheck.records import Bound, Number

_GAP = re.compile(r"[ \u00a0]?")


def phrase_after(
    text: str, phrases: Phrases[Any], pos: int, gap: re.Pattern[str] = _GAP
) -> re.Match[str] | None:
    space = gap.match(text, pos)
    found = phrases.match_at(text, space.end()) if space and space.end() > pos else None
    # A phrase may hold the gap itself: `-летн*` is an age only with its hyphen (`24-летний`).
    return found or phrases.match_at(text, pos)


def bounded(
    text: str,
    lex: Lexicon,
    start: int,
    amounts: list[float],
    mention: NumberMention,
    *,
    level: bool = True,
) -> tuple[Number, int, tuple[str, ...]]:
    """The number with its bound. `level`: a sum or a share, which a verb of change may take
    to a level (`subieron hasta 3.000 millones`); rain that `fell up to 120 mm` is no level."""
    decimals, scale = mention.decimals, mention.scale
    if len(amounts) == 2:
        low, high = sorted(amounts)
        opener = qualifier_before(text, lex, start, ("range_start",))
        begin = opener[1] if opener else start
        return Number((low + high) / 2, low, high, Bound.RANGE, decimals, scale), begin, ("range",)
    amount = amounts[0]
    found = qualifier_before(text, lex, start, ("approximate", "at_least", "at_most"))
    if (
        found is not None
        and found[0] == "at_most"
        and _change_to(
            text, lex, found[1], start, by_verb=level or _after_level_noun(text, lex, found[1])
        )
    ):
        found = None  # `elevó su beneficio un 34%, hasta 1.900 millones`: to, not up to
    if found is not None and found[0] == "at_least" and _after_amount_noun(text, lex, found[1]):
        found = None  # `ein Hilfsfonds über zwölf Millionen Euro`: a fund of, not over, €12m
    if found is not None and found[0] == "at_least" and _spans(text, lex, mention.end):
        found = None  # `über sieben Jahre hinweg`: across seven years, not more than seven
    negative = None if found else qualifier_before(text, lex, start, ("negative",))
    if negative is not None:  # `minus 0.1%`, `マイナス0.1%`, but not `au moins 18`
        amount, start = -abs(amount), negative[1]
    bound, begin = Bound.EXACT, start
    if found is not None:
        bound, begin = Bound(found[0]), found[1]
    elif mention.bound is not None:
        bound = mention.bound
    elif (trailing := trailing_bound(text, lex, mention.end)) is not None:
        bound = trailing[0]
    qualifiers = () if bound is Bound.EXACT else (bound.value,)
    return Number(amount, amount, amount, bound, decimals, scale), begin, qualifiers


def _change_to(text: str, lex: Lexicon, start: int, end: int, *, by_verb: bool) -> bool:
    """Is the bound word from `start` to `end` one that means `to` after a change, and does a
    change come before it (a percent and a comma; with `by_verb`, also a verb of change)?"""
    if lex.qualifiers["change_to"].get(text[start:end].strip(" \u00a0")) is None:
        return False
    return _after_a_change(text, lex, start, by_verb=by_verb) or _after_to_verb(text, lex, start)


def _after_amount_noun(text: str, lex: Lexicon, start: int) -> bool:
    """Does a noun of a sum (`Fonds`, `Kredit`, `Auftrag`, [qualifiers] amount_nouns) come
    right before the bound word at `start`? Then `über` names the sum, as `of` does (`ein
    Kredit über 500 Millionen Euro`), and bounds nothing. Compounds end in the noun
    (`Hilfsfonds`, `Milliardenauftrag`)."""
    head = _LAST_WORDS.search(text[max(0, start - 40) : start].rstrip(" \u00a0"))
    if head is None:
        return False
    last = head.group().split()[-1].casefold()
    return any(last.endswith(n.casefold()) for n in lex.raw_list("qualifiers", "amount_nouns"))


_UNIT_WORD = re.compile(r"[ \u00a0]+\w+\.?[ \u00a0]+")


def _spans(text: str, lex: Lexicon, end: int) -> bool:
    """Does a word that closes a span ([qualifiers] span_after) follow the number and its unit?
    Then the bound word before it opens the span (`über sieben Jahre hinweg`, across seven
    years) and bounds nothing."""
    unit = _UNIT_WORD.match(text, end)
    return unit is not None and lex.qualifiers["span_after"].match_at(text, unit.end()) is not None


_LEVEL_REACH = 40
"""How far before a bound word a noun of a level may stand (`el nivel del Guaíba suba`)."""


def _after_level_noun(text: str, lex: Lexicon, start: int) -> bool:
    """Does a noun of a level ([qualifiers] level_nouns) stand shortly before the bound word
    at `start`? A measure is no level (`las lluvias acumularon hasta 120 mm`, up to), but a
    river's or a reservoir's level that rises `hasta los 5,40 metros` reaches it."""
    nouns = {fold(n) for n in lex.raw_list("qualifiers", "level_nouns")}
    head = text[max(0, start - _LEVEL_REACH) : start]
    return bool(nouns) and any(fold(w) in nouns for w in re.findall(r"[^\W\d_]+", head))


def _after_to_verb(text: str, lex: Lexicon, start: int) -> bool:
    """`veroordeeld tot negen jaar cel`: after a verb that takes `to` ([qualifiers] to_after),
    the sentence handed down, not a ceiling."""
    head = _LAST_WORDS.search(text[max(0, start - 40) : start].rstrip(" \u00a0"))
    return head is not None and head.group().split()[-1].casefold() in {
        w.casefold() for w in lex.raw_list("qualifiers", "to_after")
    }


def _after_a_change(text: str, lex: Lexicon, start: int, *, by_verb: bool) -> bool:
    """Does a verb of change, or a percent and a comma, come right before `start`? Then the
    `hasta`, `tot`, `jusqu'à` there gives the level a change reached, not a ceiling:
    `subieron hasta 3.000 millones`, `steeg tot 2,5 miljoen`, `un 34%, hasta 1.900 millones`,
    `38 procent tot 31,74 dollar`."""
    head = text[max(0, start - 40) : start].rstrip(" \u00a0")
    words = _LAST_WORDS.search(head) if by_verb else None  # `steeg vorig jaar tot`
    if words is not None and any(
        lex.concepts.get(w) in shared().directions for w in words.group().split()
    ):
        return True
    # The comma may be left out: `klom 38 procent tot 31,74 dollar`, `rose 38% to $31.74`.
    head = head.removesuffix(",").rstrip(" \u00a0")
    return head.endswith("%") or any(m.end() == len(head) for m in lex.percent.finditer(head))


_LAST_WORDS = re.compile(r"(?:[^\W\d_][\w'-]*\s+){0,3}[^\W\d_][\w'-]*$")


def qualifier_before(
    text: str, lex: Lexicon, start: int, kinds: tuple[str, ...]
) -> tuple[str, int] | None:
    head_start = max(0, start - 40)
    head = text[head_start:start]
    best: tuple[str, int] | None = None
    for kind in kinds:
        for match in lex.qualifiers[kind].finditer(head):
            if _after_a_place_verb(head, lex, match.start()):
                continue  # `spread over 2,350 km²`: `over` says where, not how much
            if head[match.end() :].strip(" \u00a0") == "" and (
                best is None or head_start + match.start() < best[1]
            ):
                best = (kind, head_start + match.start())
    if best is not None and not lex.spaced and _inside_a_word(text, lex, best[1], start):
        return None
    return best


def _after_a_place_verb(head: str, lex: Lexicon, at: int) -> bool:
    """A bound word right after a verb of spreading (`[qualifiers] place_verbs`: `spread`,
    `scattered`) is a preposition of place: `spread over 2,350 km²` states the area."""
    before = head[:at].rstrip(" \u00a0")
    return any(m.end() == len(before) for m in lex.qualifiers["place_verbs"].finditer(before))


def _inside_a_word(text: str, lex: Lexicon, at: int, end: int) -> bool:
    """`外来予約1万5800件`, `契約1000件`: in unspaced text a qualifier (約, about) may be the
    tail of a noun (予約 booking, 契約 contract) that ends where the number starts."""
    for table in (lex.units, lex.concepts):
        for match in table.finditer(text, max(0, at - 8), end):
            if match.start() < at and match.end() > at:
                return True
    return False


def trailing_bound(text: str, lex: Lexicon, end: int) -> tuple[Bound, int] | None:
    """A bound written after the figure: `or more`, `以上`, `近く`; and where it ends."""
    for key, bound in (
        ("at_least_after", Bound.AT_LEAST),
        ("at_most_after", Bound.AT_MOST),
        ("approximate_after", Bound.APPROXIMATE),
    ):
        match = phrase_after(text, lex.qualifiers[key], end)
        if match is not None:
            comparatives = lex.qualifiers["comparative_after"]
            if comparatives and phrase_after(text, comparatives, match.end()) is not None:
                return None  # `20 persen lebih hemat`: 20 percent more frugal, a difference
            if _links_another(text, lex, match):
                return None
            return bound, match.end()
    return None


_NEXT_FIGURE = re.compile(r"[ \u00a0]*(?:\d|[$€£¥₩₹])")


def _links_another(text: str, lex: Lexicon, match: re.Match[str]) -> bool:
    """`the winner's prize of 50,000 euros plus a record bonus of 100,000 euros`: a bound word
    that also links clauses ([clause_links]) before an article or another figure adds an item;
    only before a noun (`50,000-plus fans`) is it a bound."""
    if fold(match.group()) not in {fold(w) for w in lex.raw_list("clause_links", "words")}:
        return False
    if _NEXT_FIGURE.match(text, match.end()):
        return True
    return (
        phrase_after(text, lex.articles, match.end()) is not None
        or phrase_after(text, lex.indefinite_articles, match.end()) is not None
    )
