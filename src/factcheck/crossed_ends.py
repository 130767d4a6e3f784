"""Two ends of one change read into each other's groups, put back.

Every source writes `from 11% to 12%` (`dari 11 persen menjadi 12 persen`, `11%から12%に`):
the two ends share their sentence, so likeness alone cannot tell which end meets which, and one
source's 11% may land among the others' 12% while its 12% lands among their 11%. Each group
then holds a lone dissenting figure that its own source states again in the other group, and
two false conflicts are reported. One pass puts such figures where their value is the rule:

- a claim that differs from its group's value swaps places with a claim of its own sentence
  that states that value, when the sibling's group holds the first claim's value;
- a claim that differs from its group's value joins the group whose value it states, when its
  own source already states that value there (a headline repeating the lead's `12%`).

A dissenting figure whose source states it nowhere else, the usual planted or real slip, is
left where it is. Only figures written alike move: a bound (`up to 100 trillion`) or a rounder
figure (`3%` beside `3.49%`) allows other values, and would carry a slip away with it."""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence

from factcheck.compare import interval
from factcheck.records import Bound, Claim, Kind, Money, Percent, Quantity

MOVABLE = frozenset({Kind.PERCENT, Kind.MONEY, Kind.QUANTITY})
"""Kinds a change states both ends of in one sentence (a date or an office has no `from ... to`)."""


Key = Callable[[Claim], Hashable]
"""The block a claim is compared in: a claim only moves to a group of its own block."""


def same_figure(a: Claim, b: Claim) -> bool:
    """Do `a` and `b` state one figure, neither a bound (`12%` and `12 persen`)?"""
    if a.kind is not b.kind or a.kind not in MOVABLE:
        return False
    va, vb = a.value, b.value
    assert isinstance(va, (Money, Percent, Quantity)) and isinstance(vb, (Money, Percent, Quantity))
    if {va.number.bound, vb.number.bound} & {Bound.AT_LEAST, Bound.AT_MOST}:
        return False
    if isinstance(va, Money) and isinstance(vb, Money) and va.currency != vb.currency:
        return False
    return math.isclose(_middle(a), _middle(b), rel_tol=1e-9)


def _middle(claim: Claim) -> float:
    assert isinstance(claim.value, (Money, Percent, Quantity))
    low, high = interval(claim.value, as_stated=True)
    return (low + high) / 2


def uncross(groups: Sequence[list[Claim]], key: Key) -> list[list[Claim]]:
    """`groups` with the crossed ends of changes put back in the group of their value."""
    out = [list(g) for g in groups]
    _swap_siblings(out, key)
    _join_own_copies(out, key)
    return [g for g in out if g]


def _ruling(group: list[Claim]) -> Claim | None:
    """The claim whose value most of the group's sources state, if they outnumber the rest."""
    if len({c.source for c in group}) < 3 or group[0].kind not in MOVABLE:
        return None
    best = max(group, key=lambda c: len(_sources_agreeing(group, c)))
    agreeing = _sources_agreeing(group, best)
    others = {c.source for c in group if not same_figure(c, best)} - agreeing
    return best if len(agreeing) >= 2 and len(agreeing) > len(others) else None


def _sources_agreeing(group: list[Claim], model: Claim) -> set[str]:
    return {c.source for c in group if same_figure(c, model)}


def _dissenters(group: list[Claim], rule: Claim) -> list[Claim]:
    return [c for c in group if c.kind is rule.kind and not same_figure(c, rule)]


def _swap_siblings(groups: list[list[Claim]], key: Key) -> None:
    rules = [_ruling(g) for g in groups]
    for i, group in enumerate(groups):
        rule = rules[i]
        if rule is None:
            continue
        for claim in _dissenters(group, rule):
            for j, other in enumerate(groups):
                other_rule = rules[j]
                if j == i or other_rule is None or key(other_rule) != key(claim):
                    continue
                if not same_figure(claim, other_rule):
                    continue
                sibling = next(
                    (
                        s
                        for s in other
                        if s.source == claim.source
                        and s.sentence == claim.sentence
                        and s.kind is claim.kind
                        and same_figure(s, rule)
                    ),
                    None,
                )
                if sibling is not None:
                    group[group.index(claim)] = sibling
                    other[other.index(sibling)] = claim
                    break


def _join_own_copies(groups: list[list[Claim]], key: Key) -> None:
    rules = [_ruling(g) for g in groups]
    for i, group in enumerate(groups):
        rule = rules[i]
        if rule is None:
            continue
        for claim in _dissenters(group, rule):
            home = next(
                (
                    j
                    for j, other in enumerate(groups)
                    if j != i
                    and (other_rule := rules[j]) is not None
                    and key(other_rule) == key(claim)
                    and same_figure(claim, other_rule)
                    and any(c.source == claim.source and same_figure(c, claim) for c in other)
                ),
                None,
            )
            if home is not None:
                group.remove(claim)
                groups[home].append(claim)
