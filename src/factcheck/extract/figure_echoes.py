"""Bare numbers that take their kind from a neighbour: a figure written once for two
(`12 million customers in France and 31 million worldwide`), a comparison's other side (`1,300
guests instead of the 8,000 first planned`), a change's start (`von 4.806 auf 5.020 Złoty`), a
part before its whole (`14 of its 23 hospitals`). The records find_figures passes between its
steps live here too."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from factcheck.extract.bounds import phrase_after, qualifier_before
from factcheck.extract.changes import opens_change
from factcheck.extract.numbers import NumberMention
from factcheck.lexicon import Lexicon, Phrases, UnitSense, fold
from factcheck.records import MEASURES, Kind


@dataclass(frozen=True)
class Figure:
    """A number with its kind decided, before ranges are joined."""

    kind: Kind | None
    """None for a bare number, kept only to open a range (`between 5,000 and 7,000 jobs`)."""
    start: int
    end: int
    mention: NumberMention
    currency: str | None = None
    unit: UnitSense | None = None
    part: bool = False
    """A part of the count after it (`14 of its 23 hospitals`)."""
    opens: bool = False
    """A bare number that opens a change (`von 4.806 auf 5.020 Złoty`): the value before it."""


_ELISION_REACH = 120


_HYPHENED_WORD = re.compile(r"-[^\W\d_]")
"""A number joined by a hyphen to the word after it names a thing (`19-norandrosterona`, the
`12-member board`): it echoes no count or sum before it (`6,4 ng/ml de 19-...`)."""


def elided(text: str, lex: Lexicon, figures: list[Figure]) -> list[Figure]:
    """`1,300 guests instead of the 8,000 first planned`, `rose to 211 from 158`: a bare
    number right after a comparing phrase counts what the figure before it counts."""
    out: list[Figure] = []
    previous: Figure | None = None  # the last typed figure in `out`
    for index, figure in enumerate(figures):
        if (
            figure.kind is None
            and not _YEAR_LIKE.fullmatch(text, figure.start, figure.end)
            and not _HYPHENED_WORD.match(text, figure.end)
        ):
            following = figures[index + 1] if index + 1 < len(figures) else None
            model = _counted_like(text, lex, previous, figure, following)
            if model is not None:
                part = (model is following and _part_of(text, lex, figure, model)) or (
                    model is previous and _subset_echoed(text, lex, model, figure)
                )
                figure = Figure(
                    model.kind,
                    figure.start,
                    figure.end,
                    figure.mention,
                    model.currency,
                    model.unit,
                    part,
                )
        elif previous is not None and _counted_part(text, lex, previous, figure):
            figure = replace(figure, part=True)
        out.append(figure)
        if figure.kind is not None and not _bracketed(text, figure.start, figure.end):
            previous = figure
    return out


_BRACKET_REACH = 40


def _bracketed(text: str, start: int, end: int) -> bool:
    """`12.400 millones de euros (unos 13.000 millones de dólares), de los que 3.200 millones`:
    a sum in brackets converts the one before it; what follows goes on about the first, so
    a bare sum after it takes the first one's currency."""
    before = text[max(0, start - _BRACKET_REACH) : start]
    after = text[end : end + _BRACKET_REACH]
    opened = before.rfind("(")
    closed = after.find(")")
    return (
        opened != -1 and ")" not in before[opened:] and closed != -1 and "(" not in after[:closed]
    )


def _counted_like(
    text: str,
    lex: Lexicon,
    previous: Figure | None,
    figure: Figure,
    following: Figure | None,
) -> Figure | None:
    """The figure whose kind and unit a bare number takes, if any: the one before it (compared
    or gapped), or the count it is a part of (`68 of the 150 seats`)."""
    if following is not None and _change_start(text, lex, figure, following):
        return following
    if previous is not None and previous.kind is Kind.PERCENT and figure.mention.scale > 1.0:
        previous = None  # `un déficit del 3,1% y un gasto de 184.600 millones`: no percent
    if previous is not None and (
        _compared(text, lex, previous, figure)
        or _gapped(text, lex, previous, figure)
        or _sum_echoed(text, lex, previous, figure)
        or _count_echoed(text, lex, previous, figure)
        or _others_echoed(text, lex, previous, figure)
        or _subset_echoed(text, lex, previous, figure)
        or _listed_alike(text, lex, previous, figure)
    ):
        return previous
    if following is not None and (
        _part_of(text, lex, figure, following)
        or _coordinated(text, lex, figure, following)
        or _listed_alike(text, lex, following, figure)
    ):
        return following
    return None


_LISTED_REACH = 80


def _listed_alike(text: str, lex: Lexicon, model: Figure, figure: Figure) -> bool:
    """`Italien mit 141.000 und Frankreich mit 132.000 Anträgen`, `con 198mila domande,
    seguita dall'Italia con 141mila`: a bare number after the word that lists each place with
    its figure ([clause_links] listing), in the sentence of a count after the same word,
    counts what that count counts: the noun is written once for the list. Never a measure's
    unit (`mit 45 Jahren`), nor a sum or a percent, which other rules carry."""
    if model.kind is not Kind.QUANTITY or model.unit is None or model.unit.dimension in MEASURES:
        return False
    words = _folded_list(lex, "clause_links", "listing")
    own = _LETTERS_BEFORE.search(text, max(0, figure.start - 20), figure.start)
    other = _LETTERS_BEFORE.search(text, max(0, model.start - 20), model.start)
    if own is None or other is None or fold(own.group(1)) not in words:
        return False
    if fold(own.group(1)) != fold(other.group(1)):
        return False
    between = text[min(model.end, figure.end) : max(model.start, figure.start)]
    return len(between) <= _LISTED_REACH and not any(mark in between for mark in ".!?;。")


_LINK_GAP = re.compile(r"[ \u00a0]+")


def partitive_unit(text: str, lex: Lexicon, mention: NumberMention) -> Figure | None:
    """`Seis de los vagones`, `six des wagons`, `sechs der Wagen`: a bare number, a partitive
    link, then the counted noun. The number counts that noun, and is a part of it: never the
    whole a sentence gives (`los nueve vagones`). A scale word's `de` is no partitive:
    `1,2 million de manifestants` counts them all."""
    if mention.fraction or mention.scale != 1.0:
        return None
    gap = _LINK_GAP.match(text, mention.end)
    if gap is None:
        return None
    link = lex.raw_list("partitive_links", "words")
    for word in sorted(link, key=len, reverse=True):
        end = gap.end() + len(word)
        if fold(text[gap.end() : end]) != fold(word) or not _LINK_GAP.match(text, end):
            continue
        unit = phrase_after(text, lex.units, end)
        sense = lex.units.get(unit.group()) if unit is not None else None
        if unit is not None and sense is not None and sense.dimension not in MEASURES:
            return Figure(Kind.QUANTITY, mention.start, unit.end(), mention, unit=sense, part=True)
        return None
    return None


_LETTERS_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")
"""The word of letters right before a number: a partitive's counted noun."""


def partitive_before(text: str, lex: Lexicon, mention: NumberMention) -> Figure | None:
    """`Vagonlardan 6'sı`, `Yaralılardan 19'u` (six of the cars, 19 of the injured): the
    counted noun before the number, in a case that takes a part of it (`[partitive_links]
    suffixes_before`), and the number with a mark of the part after it (`marks_after`)."""
    marks = lex.raw_list("partitive_links", "marks_after")
    tail = fold(text[mention.end : mention.end + 8])
    if not any(tail.startswith(fold(m)) for m in marks):
        return None
    word = _LETTERS_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if word is None:
        return None
    noun = fold(word.group(1))
    for suffix in sorted(lex.raw_list("partitive_links", "suffixes_before"), key=len)[::-1]:
        if noun.endswith(suffix) and len(noun) > len(suffix):
            sense = lex.units.get(noun[: -len(suffix)])
            if sense is not None and sense.dimension not in MEASURES:
                # `21 mürettebattan 14'ü`: the noun is the whole's, counted by the number
                # before it; the part is the number alone
                counted = _COUNTED_NOUN.search(text, max(0, word.start() - 24), word.start())
                start = mention.start if counted is not None else word.start()
                return Figure(Kind.QUANTITY, start, mention.end, mention, unit=sense, part=True)
            return None
    return None


_COUNTED_NOUN = re.compile(r"\d[ \u00a0]+$")
"""A digit right before a partitive's noun: the noun is counted by a figure of its own."""


def _coordinated(text: str, lex: Lexicon, figure: Figure, following: Figure) -> bool:
    """`45 A321neo and 15 A330neo aircraft`: a bare number and a word, a link word, then a
    count of the same shape (number, word, unit): the noun is written once for both."""
    if following.kind is not Kind.QUANTITY or following.unit is None or not lex.spaced:
        return False
    words = text[figure.end : following.start].split()
    links = folded_words(lex, "clause_links")
    if len(words) != 2 or fold(words[1]) not in links or _NAME_WORD.search(words[0]) is None:
        return False
    own = text[following.mention.end : following.end].split()
    return len(own) == 2 and _NAME_WORD.search(own[0]) is not None


def _change_start(text: str, lex: Lexicon, figure: Figure, following: Figure) -> bool:
    """`dari 60 menjadi 90 penerbangan`, `с 60 до 90 рейсов`: a bare number after a word of
    change's start, then a word of its end and a figure, is where that figure's count started,
    never what a figure before it measured. Only where the words are no range's (`from 60 to
    90`, `van 800 miljoen tot 1,1 miljard` may be one): the end is a `change_to` word and no
    `range_join` one, or the start no `range_start` word."""
    if following.kind is None:
        return False
    start = qualifier_before(text, lex, figure.start, ("change_from",))
    if start is None:
        return False
    link = text[figure.end : following.start].strip(" \u00a0")
    if whole(lex.qualifiers["range_join"], link):  # `van 800 miljoen tot 1,1 miljard`
        opener = text[start[1] : figure.start].strip(" \u00a0")
        return not whole(lex.qualifiers["range_start"], opener)
    return whole(lex.qualifiers["change_to"], link)


def _part_of(text: str, lex: Lexicon, figure: Figure, following: Figure) -> bool:
    """`68 of the 150 seats`, `86 de los 150 escaños`: a bare number, a partitive link, then a
    count of something."""
    if following.kind is not Kind.QUANTITY or following.unit is None:
        return False
    between = fold(" ".join(text[figure.end : following.start].split()))
    return between in folded_words(lex, "partitive_links")


@lru_cache(maxsize=64)
def folded_words(lex: Lexicon, table: str) -> frozenset[str]:
    """A data file's word list (`[clause_links] words`), folded once: it is asked per number."""
    return _folded_list(lex, table, "words")


@lru_cache(maxsize=64)
def _folded_list(lex: Lexicon, table: str, key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lex.raw_list(table, key))


MILLION = 1e6
SENTENCE_END = re.compile(r"[!?;。\n]|\.(?!\d)")
"""A stop; not the dot that groups a number's digits (`13.000 millones`)."""


def change_starts(text: str, lex: Lexicon, figures: list[Figure]) -> list[Figure]:
    """`von 4.806 auf 5.020 Złoty`: a bare number opening a change takes the sum's currency,
    marked as the value before the change: read as a sum alone it would meet another source's
    new value as a conflict. Sums written whole at both ends keep their old reading."""
    out = list(figures)
    for i in range(len(out) - 1):
        bare, typed = out[i], out[i + 1]
        if (
            bare.kind is None
            and typed.kind is Kind.MONEY
            and typed.currency
            and opens_change(text, lex, bare.start, bare.end, typed.start)
        ):
            out[i] = Figure(
                Kind.MONEY, bare.start, bare.end, bare.mention, typed.currency, opens=True
            )
    return out


def bare_sums(text: str, lex: Lexicon, figures: list[Figure]) -> list[Figure]:
    """`85 milioni di euro più 10 milioni di bonus`, `lo aveva pagato 12 milioni.`: a number
    with a scale word of millions or more and no currency is a sum, in the currency of the sum
    before it in its sentence, or, when it closes its clause or a period follows it, in the
    document's only currency. Sports and business pages write `milioni` alone all the time."""
    # A conversion in brackets (`1.450 millones de euros (unos 1.580 millones de dólares)`)
    # leaves a document's sums in one currency.
    currencies = {
        f.currency
        for f in figures
        if f.kind is Kind.MONEY and f.currency and not _bracketed(text, f.start, f.end)
    }
    out: list[Figure] = []
    previous: Figure | None = None
    for figure in figures:
        if figure.kind is None and figure.mention.scale >= MILLION:
            currency = _sum_currency(text, lex, previous, figure, currencies)
            if currency is not None:
                figure = Figure(Kind.MONEY, figure.start, figure.end, figure.mention, currency)
        out.append(figure)
        typed = figure.kind is not None and figure.kind is not Kind.PERCENT
        if typed and not _bracketed(text, figure.start, figure.end):
            # `costará 940 millones de euros, un 81 % más que los 520 millones`: a percent
            # between them (how the sums compare) leaves the bare sum the currency before
            previous = figure
    return out


def _sum_currency(
    text: str, lex: Lexicon, previous: Figure | None, figure: Figure, currencies: set[str]
) -> str | None:
    if _counts_a_noun(text, lex, figure.end):
        return None  # `12 milioni di spettatori`
    if (
        previous is not None
        and previous.kind is Kind.MONEY
        and previous.currency
        and previous.mention.scale == figure.mention.scale  # `has 2 million` after `$3 billion`
        and SENTENCE_END.search(text, previous.end, figure.start) is None
    ):
        return previous.currency
    if len(currencies) != 1:
        return None
    after = _NAME_WORD.match(text, skip_gap(text, figure.end))
    # Only a word about money may stand between the sum and its rate (`7 milioni netti a
    # stagione`): `45 Millionen Fluggäste pro Jahr` counts a noun, whatever the page's sums.
    money = after is not None and _money_word(lex, after.group())
    rate = phrase_after(text, lex.periods, after.end()) if after and money else None
    if phrase_after(text, lex.periods, figure.end) or rate:
        return next(iter(currencies))  # `7 milioni netti a stagione`
    if _ENDS_CLAUSE.match(text, figure.end) and _told_as_money(text, lex, figure.start):
        return next(iter(currencies))  # `lo aveva acquistato per 12 milioni.`
    return None


def _money_word(lex: Lexicon, word: str) -> bool:
    """Is `word` about money ([money_concepts] in base.toml): `netti`, `netos`, `nets`? A
    counted noun is not, though its topic is (`2,5 Millionen Bestellungen pro Monat`)."""
    if lex.units.get(word) is not None:
        return False
    return lex.concepts.get(word) in frozenset(lex.raw_list("money_concepts", "concepts"))


def _told_as_money(text: str, lex: Lexicon, start: int) -> bool:
    """A topic of money in the number's clause, before it ([money_concepts] in base.toml):
    `lo aveva pagato 12 milioni.` is a sum, `the region has 2 million.` counts people."""
    money = frozenset(lex.raw_list("money_concepts", "concepts"))
    window = text[max(0, start - _CLAUSE_WINDOW) : start]
    head = _CLAUSE_BREAK.split(window)[-1]
    return any(lex.concepts.get(m.group()) in money for m in lex.concepts.finditer(head))


_CLAUSE_WINDOW = 80
_CLAUSE_BREAK = re.compile(r"[.,;:!?。，\n]")


def _counts_a_noun(text: str, lex: Lexicon, end: int) -> bool:
    """`10 millones de aficionados`: a partitive link then a word that is no money concept."""
    link = phrase_after(text, lex.role_links, end)
    if link is None:
        return False
    word = _NAME_WORD.match(text, skip_gap(text, link.end()))
    if word is None or lex.concepts.get(word.group()) is not None:
        return False
    unit = lex.units.get(word.group())
    return unit is None or unit.dimension != "time"  # `8,5 milioni dell'anno precedente`


_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")
"""A bare four-digit number that may be a year (`a partir de 2028`, `从2028年起`) never takes
the unit of the figure before it."""


def _compared(text: str, lex: Lexicon, previous: Figure, figure: Figure) -> bool:
    if figure.mention.in_words and figure.mention.scale == 1.0:
        return False  # `$640 million, helped by orders from two providers`: a count, not $2
    between = text[previous.end : figure.start]
    if len(between) > _ELISION_REACH or any(mark in between for mark in ".!?;。"):
        return False
    head = between.rstrip(" \u00a0")
    return any(m.end() == len(head) for m in lex.qualifiers["compared"].finditer(head))


_ENDS_CLAUSE = re.compile(r"[ \u00a0]*(?:[.,;:!?)]|$)")
_NAME_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _gapped(text: str, lex: Lexicon, previous: Figure, figure: Figure) -> bool:
    """`Wajima reported 31 dead and Suzu 22;`: a bare number after a link word and a name,
    ending its clause, counts what the count before it counts (gapping)."""
    if previous.kind is not Kind.QUANTITY or not lex.spaced:
        return False
    if _ENDS_CLAUSE.match(text, figure.end) is None:
        return False
    words = text[previous.end : figure.start].split()
    links = folded_words(lex, "clause_links")
    if len(words) < 2 or len(words) > 4 or fold(words[0]) not in links:
        return False
    return all(_NAME_WORD.fullmatch(w) is not None and w[0].isupper() for w in words[1:])


_OTHERS_REACH = 60


def _others_echoed(text: str, lex: Lexicon, previous: Figure, figure: Figure) -> bool:
    """`sepultó 36 viviendas y dañó otras 118.`, `ne ha distrutte 40 e danneggiate altre 95`:
    a bare number after a word for `others` ([clause_links] others), ending its clause, in a
    clause linked to a count's, counts what that count counts, its noun written once."""
    others = _folded_list(lex, "clause_links", "others")
    word = _LETTERS_BEFORE.search(text, max(0, figure.start - 20), figure.start)
    if previous.kind is not Kind.QUANTITY or word is None or fold(word.group(1)) not in others:
        return False
    if _ENDS_CLAUSE.match(text, figure.end) is None:
        return False
    between = text[previous.end : word.start()]
    if len(between) > _OTHERS_REACH or any(mark in between for mark in ".!?;。"):
        return False
    links = folded_words(lex, "clause_links")
    return any(fold(w) in links for w in between.split())


def _sum_echoed(text: str, lex: Lexicon, previous: Figure, figure: Figure) -> bool:
    """`exportó 17.000 millones de dólares e importó productos por 31.000 millones.`, `revenue
    was $5 billion and profit 1.2 billion`: a number with a scale word and nothing after it in
    its clause, in a clause linked to a sum's, is a sum in the same currency, written once.
    Only with the sum's own scale word: `has 2 million` after `$3 billion` counts people."""
    scale = figure.mention.scale
    if previous.kind is not Kind.MONEY or scale == 1.0 or scale != previous.mention.scale:
        return False
    if _ENDS_CLAUSE.match(text, figure.end) is None:
        return False
    return _linked_clause(text, lex, previous, figure)


def _count_echoed(text: str, lex: Lexicon, previous: Figure, figure: Figure) -> bool:
    """`12 million customers in France and 31 million worldwide`: a number with the count's
    own scale word, nothing after it in its clause but a place, in a clause linked to the
    count's, counts the same noun, written once (as `_sum_echoed` does for sums)."""
    scale = figure.mention.scale
    unit = previous.unit
    if previous.kind is not Kind.QUANTITY or unit is None or unit.dimension in MEASURES:
        return False
    if scale == 1.0 or scale != previous.mention.scale:
        return False
    place = phrase_after(text, lex.countries, figure.end)
    if _ENDS_CLAUSE.match(text, place.end() if place is not None else figure.end) is None:
        return False
    return _linked_clause(text, lex, previous, figure)


def _subset_echoed(text: str, lex: Lexicon, previous: Figure, figure: Figure) -> bool:
    """`338.000 spettatori, di cui 142mila la domenica`, `568 morts, dont 427 à Karachi`,
    `568 died, 427 of them in Karachi`: a bare number right after a subset link
    (`[subset_links] before`) or right before one (`after`) counts what the figure before it
    in its sentence counts, and is a part of it."""
    if previous.kind is None or (previous.unit is not None and previous.unit.dimension in MEASURES):
        return False
    between = text[previous.end : figure.start]
    if len(between) > _ELISION_REACH or any(mark in between for mark in ".!?;。"):
        return False
    folded = fold(between)
    before = _folded_list(lex, "subset_links", "before")
    if any(re.search(rf"(?<!\w){re.escape(w)}[ \u00a0]*$", folded) for w in before):
        return True
    after = fold(text[figure.end : figure.end + _SUBSET_REACH]).lstrip()
    links = _folded_list(lex, "subset_links", "after")
    return any(re.match(rf"{re.escape(w)}(?!\w)", after) for w in links)


_SUBSET_REACH = 24


def _counted_part(text: str, lex: Lexicon, previous: Figure, figure: Figure) -> bool:
    """`선원 21명 가운데 14명이 구조됐고`, `乗組員21人のうち14人`: a count after a subset link
    that follows a larger count of the same kind (pupils, then children) is a part of it, as
    a bare number is."""
    unit = figure.unit
    if figure.kind is not Kind.QUANTITY or unit is None or unit.dimension in MEASURES:
        return False
    # Another noun of the same kind is still a part (`312 học sinh ..., trong đó 54 em`:
    # pupils, of whom children; `568 morts, dont 120 enfants`).
    if previous.unit is None or previous.unit.dimension != unit.dimension:
        return False
    if _size(figure) >= _size(previous):
        return False
    return _subset_echoed(text, lex, previous, figure)


def _size(figure: Figure) -> float:
    return figure.mention.value * figure.mention.scale


def _linked_clause(text: str, lex: Lexicon, previous: Figure, figure: Figure) -> bool:
    """Is the figure in a clause a link word (`and`, `e`, `y`) joins to the previous one's,
    close enough to share its noun or currency?"""
    between = text[previous.end : figure.start]
    if len(between) > _ELISION_REACH or any(mark in between for mark in ".!?;。"):
        return False
    links = folded_words(lex, "clause_links")
    return any(fold(word) in links for word in between.split())


_LIST_LABEL = re.compile(
    r"[ \t]*(?:[-*+•][ \t]+)?(?P<label>[^\W\d_][^:：\n]{0,60}?)[ \t]*[:：][ \t]*"
)
"""A list item's or a fact box's label up to its colon: `- Veículos a bordo: `."""

_LABEL_TAIL = re.compile(r"[ \t]*(?:$|[(（;；,，.。])", re.MULTILINE)
"""What may follow the number on its line: nothing, a bracket, or a clause's end."""

_LABEL_WORD = re.compile(r"[^\W\d_]+")


def labelled_count(text: str, lex: Lexicon, mention: NumberMention) -> Figure | None:
    """`- Veículos a bordo: 31`, `Neue Arbeitsplätze: rund 1700`: a fact box writes a bare
    number alone after a label and a colon, and counts the label's first unit word (the head
    comes first in `Pessoas na lista de passageiros`, after an adjective in `Neue
    Arbeitsplätze`). Only a line that holds nothing but the label, the number and a bracket."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    qualifier = qualifier_before(text, lex, mention.start, tuple(lex.qualifiers))
    head_end = mention.start if qualifier is None else qualifier[1]
    label = _LIST_LABEL.fullmatch(text, line_start, head_end)
    if label is None or not _LABEL_TAIL.match(text, mention.end):
        return None
    for word in _LABEL_WORD.finditer(text, label.start("label"), label.end("label")):
        unit = lex.units.match_at(text, word.start())
        if unit is not None and unit.end() == word.end():
            sense = lex.units.get(unit.group())
            if sense is not None and sense.dimension not in MEASURES:
                return Figure(Kind.QUANTITY, mention.start, mention.end, mention, unit=sense)
    return None


_SPACES = re.compile(r"[ \u00a0]*")


def skip_gap(text: str, pos: int) -> int:
    gap = _SPACES.match(text, pos)
    return gap.end() if gap else pos


def whole(phrases: Phrases[Any], word: str) -> bool:
    match = phrases.match_at(word, 0)
    return match is not None and match.end() == len(word)
