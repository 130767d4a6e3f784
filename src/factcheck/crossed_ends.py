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

from collections.abc import Callable, Hashable, Iterator, Sequence

from factcheck.compare import interval
from factcheck.records import Bound, Claim, Kind, Money, Percent, Quantity

MOVABLE = frozenset({Kind.PERCENT, Kind.MONEY, Kind.QUANTITY})
"""Kinds a change states both ends of in one sentence (a date or an office has no `from ... to`)."""


Key = Callable[[Claim], Hashable]
"""The block a claim is compared in: a claim only moves to a group of its own block."""


Figure = tuple[Kind, str, float]
"""What a claim states, for telling alike figures apart: kind, currency, middle value."""


def figure_of(claim: Claim) -> Figure | None:
    """The figure `claim` states, None for a bound (`at least 12%`) or a kind that is never
    an end of a change; two claims state one figure when their figures are equal."""
    if claim.kind not in MOVABLE:
        return None
    value = claim.value
    assert isinstance(value, (Money, Percent, Quantity))
    if value.number.bound in (Bound.AT_LEAST, Bound.AT_MOST):
        return None
    low, high = interval(value, as_stated=True)
    currency = value.currency if isinstance(value, Money) else ""
    return claim.kind, currency, float(f"{(low + high) / 2:.12g}")


def uncross(groups: Sequence[list[Claim]], key: Key) -> list[list[Claim]]:
    """`groups` with the crossed ends of changes put back in the group of their value."""
    out = [list(g) for g in groups]
    figures = {id(c): figure_of(c) for g in out for c in g}
    _swap_siblings(out, key, figures)
    _join_own_copies(out, key, figures)
    return [g for g in out if g]


def _ruling(group: list[Claim], figures: dict[int, Figure | None]) -> Figure | None:
    """The figure most of the group's sources state, if they outnumber the rest."""
    if len({c.source for c in group}) < 3 or group[0].kind not in MOVABLE:
        return None
    sources: dict[Figure, set[str]] = {}
    for claim in group:
        if (figure := figures[id(claim)]) is not None:
            sources.setdefault(figure, set()).add(claim.source)
    if not sources:
        return None
    best = max(sources, key=lambda f: len(sources[f]))  # the first stated wins a tie
    others = {c.source for c in group if figures[id(c)] != best} - sources[best]
    return best if len(sources[best]) >= 2 and len(sources[best]) > len(others) else None


def _dissenters(group: list[Claim], rule: Figure, figures: dict[int, Figure | None]) -> list[Claim]:
    return [c for c in group if c.kind is rule[0] and figures[id(c)] != rule]


def _ruled_groups(
    groups: list[list[Claim]], key: Key, figures: dict[int, Figure | None]
) -> tuple[list[Figure | None], dict[tuple[Hashable, Figure], list[int]]]:
    """Each group's ruling figure, and the groups by block and ruling figure."""
    rules = [_ruling(g, figures) for g in groups]
    by_rule: dict[tuple[Hashable, Figure], list[int]] = {}
    for i, (group, rule) in enumerate(zip(groups, rules, strict=True)):
        if rule is not None:
            model = next(c for c in group if figures[id(c)] == rule)
            by_rule.setdefault((key(model), rule), []).append(i)
    return rules, by_rule


def _crossed(
    groups: list[list[Claim]], key: Key, figures: dict[int, Figure | None]
) -> Iterator[tuple[list[Claim], Claim, Figure, list[int]]]:
    """Each claim that breaks its group's rule, with that group, the rule, and the other
    groups of its block whose rule is the claim's own figure."""
    rules, by_rule = _ruled_groups(groups, key, figures)
    for i, group in enumerate(groups):
        rule = rules[i]
        if rule is None:
            continue
        for claim in _dissenters(group, rule, figures):
            figure = figures[id(claim)]
            if figure is None:
                continue
            homes = [j for j in by_rule.get((key(claim), figure), []) if j != i]
            yield group, claim, rule, homes


def _swap_siblings(groups: list[list[Claim]], key: Key, figures: dict[int, Figure | None]) -> None:
    for group, claim, rule, homes in _crossed(groups, key, figures):
        for j in homes:
            other = groups[j]
            sibling = next(
                (
                    s
                    for s in other
                    if s.source == claim.source
                    and s.sentence == claim.sentence
                    and s.kind is claim.kind
                    and figures[id(s)] == rule
                ),
                None,
            )
            if sibling is not None:
                group[group.index(claim)] = sibling
                other[other.index(sibling)] = claim
                break


def _join_own_copies(
    groups: list[list[Claim]], key: Key, figures: dict[int, Figure | None]
) -> None:
    for group, claim, _rule, homes in _crossed(groups, key, figures):
        figure = figures[id(claim)]
        assert figure is not None
        states = (
            j for j in homes if any(_states(c, claim.source, figure, figures) for c in groups[j])
        )
        home = next(states, None)
        if home is not None:
            group.remove(claim)
            groups[home].append(claim)


def _states(claim: Claim, source: str, figure: Figure, figures: dict[int, Figure | None]) -> bool:
    return claim.source == source and figures[id(claim)] == figure
