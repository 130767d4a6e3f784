"""A sum changed from one value to another: `von 31,40 Złoty auf 32,80 Złoty`, `31,40 zlotiden
32,80 zlotiye`, `30,50즈워티에서 32,80즈워티로`. Both ends are one rate, written once, before the
first (`saatlik ... 31,40 zlotiden 32,80 zlotiye`) or after the second (`von 1.420 Euro auf 1.480
Euro im Monat`): read apart, the end without it would be a total and miss the other sources'
rate. The first end is not marked as an old value: other sources write theirs in words no
table reads (`up from its previous forecast of`), and an old value marked on one side only
would leave the other side's to meet the new one."""

from __future__ import annotations

from dataclasses import replace

from factcheck.extract.bounds import phrase_after, qualifier_before
from factcheck.extract.found import Found
from factcheck.lexicon import Lexicon
from factcheck.records import Money, Percent

BEFORE_CHANGE = "phase:before"
"""A bare first end read as a sum (`von 4.806 auf ...`): compared only with other such ends."""

_GAP_LIMIT = 12
"""Longest text between the two ends (`, passando a`): further apart they are two facts."""


def mark_changes(text: str, lex: Lexicon, found: list[Found]) -> list[Found]:
    """`found` with each change's two sums sharing one rate."""
    joints = {j.casefold() for j in lex.raw_list("change_pairs", "joints")}
    endings = tuple(e.casefold() for e in lex.raw_list("change_pairs", "from_endings"))
    if not joints and not endings:
        return found
    out = sorted(found, key=lambda f: f.start)
    for i in range(len(out) - 1):
        left, right = out[i], out[i + 1]
        if not _same_currency(left, right) or not _joined(text, left, right, joints, endings):
            continue
        assert isinstance(left.value, Money) and isinstance(right.value, Money)
        period = left.value.period or right.value.period
        out[i] = replace(left, value=replace(left.value, period=period))
        out[i + 1] = replace(right, value=replace(right.value, period=period))
    return out


LEVEL_RATIO = 4.0
"""How much larger than a change the level it reached must be to be read as one: `cut by 0.25%
to 5.25%` is a cut and a level, `rise by 3% to 5%` a range of the rise."""


def mark_moves(text: str, lex: Lexicon, found: list[Found]) -> list[Found]:
    """`found` with a rate's move in percentage points where it is written as a percent
    before the level it reached: `cut by 0.25% to 5.25%`, `0.25%引き下げ5.25%に` move the rate
    by the `25 basis points` or `0,25 Prozentpunkte` of other sources, not by a share."""
    out = sorted(found, key=lambda f: f.start)
    for i in range(len(out) - 1):
        left, right = out[i], out[i + 1]
        if not isinstance(left.value, Percent) or not isinstance(right.value, Percent):
            continue
        if left.value.points or right.value.points or not _moved_to(text, lex, left, right):
            continue
        out[i] = replace(left, value=replace(left.value, points=True))
    return out


def _moved_to(text: str, lex: Lexicon, change: Found, level: Found) -> bool:
    """Is `change` a move ([qualifiers] change_by before it, change_by_after after it) closely
    followed by `level`, many times larger?"""
    gap = text[change.end : level.start]
    if len(gap) > _GAP_LIMIT or any(c.isdigit() or c in ".!?;。" for c in gap):
        return False
    by = qualifier_before(text, lex, change.start, ("change_by",)) is not None
    if not by and phrase_after(text, lex.qualifiers["change_by_after"], change.end) is None:
        return False
    assert isinstance(change.value, Percent) and isinstance(level.value, Percent)
    return level.value.number.amount >= LEVEL_RATIO * change.value.number.amount > 0


def _same_currency(left: Found, right: Found) -> bool:
    a, b = left.value, right.value
    return isinstance(a, Money) and isinstance(b, Money) and a.currency == b.currency


def _joined(
    text: str, left: Found, right: Found, joints: set[str], endings: tuple[str, ...]
) -> bool:
    """The word between the ends says `to` (`auf`, `para`, `에서`), or the first end's case
    ending says `from` with nothing between (Turkish `31,40 zlotiden 32,80 zlotiye`)."""
    gap = text[left.end : right.start]
    if len(gap) > _GAP_LIMIT or any(c.isdigit() for c in gap):
        return False
    word = gap.strip(" \u00a0").casefold()
    if word:
        return word in joints
    return bool(endings) and text[left.start : left.end].casefold().endswith(endings)


def opens_change(text: str, lex: Lexicon, start: int, end: int, following: int) -> bool:
    """`von 4.806 auf 5.020 Złoty`, `de 4.806 para 5.020 zlótis`: is the bare number from
    `start` to `end` the first end of a change to the sum at `following`? It then takes that
    sum's currency. A joint that also joins a range (`from 20 to 28 billion`, `de 15 à 25`)
    is left to the range reading."""
    froms = {f.casefold() for f in lex.raw_list("change_pairs", "froms")}
    joints = {j.casefold() for j in lex.raw_list("change_pairs", "joints")}
    gap = text[end:following]
    word = gap.strip(" \u00a0").casefold()
    if len(gap) > _GAP_LIMIT or word not in joints or lex.qualifiers["range_join"].get(word):
        return False
    head = text[max(0, start - _GAP_LIMIT) : start].rstrip(" \u00a0").casefold()
    return any(head == f or head.endswith(" " + f) for f in froms)
