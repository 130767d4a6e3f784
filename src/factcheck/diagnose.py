"""What kind of disagreement a conflict is, and what probably went wrong.

Nature: a count that grew with each later report is an `update`; values each credited to a
different named body are `attributed`; anything else is a `contradiction`. The diagnosis names
the likely slip between the two main values: a factor of ten, a long-scale `billion` (10^12
in French, German, Spanish...), swapped digits or day and month, a lost minus sign, a wrong
weekday, or a source far older than the others.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise

from factcheck.compare import describe
from factcheck.lexicon import load_or_generic, shared
from factcheck.likeness import adjacent_swap
from factcheck.records import (
    Claim,
    DateValue,
    Diagnosis,
    Kind,
    Money,
    Nature,
    Percent,
    Quantity,
    Role,
)

Times = Mapping[str, dt.date | None]
"""Each source's publication date (or inferred date)."""

STALE_DAYS = 180
"""Sources this far apart in time may name different office-holders and both be right."""
_FACTOR_TEXT = {
    10: "10× apart: a dropped or added zero?",
    100: "100× apart: two zeros, or a misplaced decimal point?",
    1000: "1,000× apart: a thousand/million or million/billion slip?",
    10000: "10,000× apart: a 万/億 (만/억) slip?",
}


def nature_of(
    groups: Sequence[Sequence[Claim]], times: Times, update_concepts: frozenset[str]
) -> tuple[Nature, str | None]:
    """The nature of a conflict whose claims are split into `groups` of agreeing values, and
    an explanation to use instead of the plain one (None to keep it)."""
    credited = _attributed(groups)
    if credited is not None:
        return Nature.ATTRIBUTED, credited
    update = _update(groups, times, update_concepts, shared().falling_concepts)
    if update is not None:
        return Nature.UPDATE, update
    return Nature.CONTRADICTION, None


def _attributed(groups: Sequence[Sequence[Claim]]) -> str | None:
    if any(c.attribution is None for g in groups for c in g):
        return None  # a side partly uncredited is not explained by who said it
    bodies = [{c.attribution for c in g if c.attribution} for g in groups]
    every = set().union(*bodies)
    seen: set[str] = set()
    for names in ({_shortest_form(n, every) for n in b} for b in bodies):
        if names & seen:
            return None  # one body quoted with two values is a contradiction
        seen |= names
    return " · ".join(
        f"{sorted(b)[0]}: {describe(g[0].value)}" for b, g in zip(bodies, groups, strict=True)
    )


def _shortest_form(name: str, names: set[str]) -> str:
    """The shortest of `names` that ends `name` in whole words: `Yumaklı`, `İbrahim Yumaklı`
    and `Nhĩ Kỳ İbrahim Yumaklı` (a country's name run into the speaker's) are one speaker."""
    words = name.split()
    tails = {" ".join(words[i:]) for i in range(len(words))}
    return min((n for n in names if n in tails), key=len, default=name)


def _amount(claim: Claim) -> float | None:
    value = claim.value
    if isinstance(value, Quantity):
        return value.number.amount * value.factor
    return None


def _update(
    groups: Sequence[Sequence[Claim]],
    times: Times,
    concepts: frozenset[str],
    falling: frozenset[str] = frozenset(),
) -> str | None:
    """`95 (30 Oct) → 158 (31 Oct) → 211 (2 Nov)`: every later source gives a higher count;
    or, of counts of a `falling` concept alone, every later source a lower one (`14 → 11`
    missing as people are found)."""
    claims = [c for g in groups for c in g]
    if claims[0].kind is not Kind.QUANTITY or not any(_counts_updates(c, concepts) for c in claims):
        return None
    dated = [(times.get(c.source), _amount(c), c) for c in claims]
    if any(t is None or a is None for t, a, _ in dated):
        return None
    steps = sorted({(t, a) for t, a, _ in dated if t is not None and a is not None})
    by_time: dict[dt.date, float] = {}
    for when, amount in steps:
        assert when is not None and amount is not None
        if when in by_time and by_time[when] != amount:
            return None  # two values on one day: not a change over time
        by_time[when] = amount
    ordered = sorted(by_time.items())
    # A later source may repeat the last count (`9` on 11 and 12 Aug); none may give less,
    # except of counts that fall as reports come in (the missing, as people are found).
    if any(b[1] < a[1] for a, b in pairwise(ordered)):
        if not falling or any(b[1] > a[1] for a, b in pairwise(ordered)):
            return None
        if not all(_counts_updates(c, falling) for c in claims):
            return None
    rises = [ordered[0]] + [b for a, b in pairwise(ordered) if b[1] != a[1]]
    if len(rises) < 2:
        return None
    return " → ".join(
        f"{_plain(amount)} ({when.day} {when.strftime('%b')})" for when, amount in rises
    )


def _plain(amount: float) -> str:
    return f"{amount:,.10g}"


def _counts_updates(claim: Claim, concepts: frozenset[str]) -> bool:
    value = claim.value
    unit = value.unit if isinstance(value, Quantity) else ""
    return bool(concepts & (claim.subject.concepts | {unit}))


def diagnose(
    groups: Sequence[Sequence[Claim]], nature: Nature, times: Times, update_concepts: frozenset[str]
) -> tuple[Diagnosis, ...]:
    """Likely causes, comparing the two main values (largest groups first), each by a figure
    stated exactly where it has one: `about 50,000`, which holds 48,700, shows no slip."""
    if len(groups) < 2:
        return ()
    a, b = (
        sorted(g, key=lambda c: _bound(c) != "exact")
        for g in (groups[0], min(groups[1:], key=lambda g: (-len(g), _bound(g[0]) != "exact")))
    )
    found: list[Diagnosis] = []
    for check in _CHECKS:
        found.extend(check(a, b, times))
    counts = all(_counts_updates(c, update_concepts) for g in groups for c in g)
    if nature is Nature.CONTRADICTION and counts and _later_lower(groups, times):
        found.append(Diagnosis("later-lower", "a later source gives a lower count: not an update"))
    return tuple(found)


def agreement_notes(claims: Sequence[Claim]) -> tuple[Diagnosis, ...]:
    """Why differing figures still agree: rounding, or a bound or approximation that holds both."""
    amounts = {_figure(c) for c in claims} - {None}
    if len(amounts) < 2:
        return ()
    bounded = any(_bound(c) != "exact" for c in claims)
    if bounded:
        return (Diagnosis("within-bounds", "an approximate or bounded figure holds the others"),)
    return (Diagnosis("rounding", "equal at the precision each is stated in"),)


def _bound(claim: Claim) -> str:
    value = claim.value
    if isinstance(value, (Money, Percent, Quantity)):
        return value.number.bound.value
    return "exact"


def _figure(claim: Claim) -> float | None:
    value = claim.value
    if isinstance(value, (Money, Percent)):
        return value.number.amount
    return _amount(claim)


def _as_written(claim: Claim, other: Claim) -> float | None:
    """The figure as its source wrote it, where both are in one unit: digits are swapped in
    `21 phút` against `12 dakika`, not in their 1,260 and 720 seconds."""
    value, theirs = claim.value, other.value
    if isinstance(value, Quantity) and isinstance(theirs, Quantity) and value.unit == theirs.unit:
        return value.number.amount
    return _figure(claim)


def _factor(a: Sequence[Claim], b: Sequence[Claim], _times: Times) -> list[Diagnosis]:
    x, y = _figure(a[0]), _figure(b[0])
    if not x or not y:
        return []
    ratio = max(abs(x), abs(y)) / min(abs(x), abs(y))
    power = round(math.log10(ratio))
    if power not in (1, 2, 3, 4) or abs(ratio / 10**power - 1) > 0.02:
        return []
    out = [Diagnosis(f"factor-{10**power}", _FACTOR_TEXT[10**power])]
    larger = a if abs(x) > abs(y) else b
    # The larger figure is a word-for-word `billion` only when each source stating it writes a
    # long-scale word: one that writes `triliun` or `兆` for it means 10^12 and confirms it.
    words = [_long_scale_word(c) for c in larger] if power == 3 else []
    word = words[0] if words and all(words) else None
    if word is not None:
        text = f"'{word}' is 10^12, not an English billion: translated word for word?"
        out.append(Diagnosis("long-scale-billion", text))
    return out


def _long_scale_word(claim: Claim) -> str | None:
    """The word of the claim's language that is 10^12 but looks like `billion`, if it has one
    (the lexicon's `long_scale` list: French `billion`, German `Billion`, Spanish `billón`)."""
    lex = load_or_generic(claim.subject.language)
    words = set(claim.text.casefold().split())
    return next((w for w in lex.raw_list("long_scale", "words") if w.casefold() in words), None)


def _currency(a: Sequence[Claim], b: Sequence[Claim], _times: Times) -> list[Diagnosis]:
    va, vb = a[0].value, b[0].value
    if not isinstance(va, Money) or not isinstance(vb, Money) or va.currency == vb.currency:
        return []
    if va.number.amount != vb.number.amount:
        return []
    pair = f"{va.currency} / {vb.currency}"
    text = f"the same figure in two currencies ({pair}): copied with the wrong one?"
    return [Diagnosis("currency", text)]


def _sign(a: Sequence[Claim], b: Sequence[Claim], _times: Times) -> list[Diagnosis]:
    x, y = _figure(a[0]), _figure(b[0])
    if x is not None and y is not None and x and x == -y:
        return [Diagnosis("sign-lost", "same figure with opposite signs: a lost minus sign?")]
    return []


def _transposed(a: Sequence[Claim], b: Sequence[Claim], _times: Times) -> list[Diagnosis]:
    """Swapped digits between the two values' first figures, else between any two of their
    figures: a group holding a bound (`more than 480,000`) may lead with a larger figure the
    bound allows (`3.9 million`), while the swap is between the bounds (`oltre 840.000`)."""
    pairs = [(a[0], b[0])] + [(x, y) for x in a for y in b if (x, y) != (a[0], b[0])]
    return next((found for x, y in pairs if (found := _swapped_digits(x, y))), [])


def _swapped_digits(first: Claim, second: Claim) -> list[Diagnosis]:
    x, y = _as_written(first, second), _as_written(second, first)
    if x is None or y is None or x == y or not x or not y:
        return []
    if max(abs(x), abs(y)) / min(abs(x), abs(y)) >= 10:
        return []  # swapped digits keep a figure's size: 41.5 million is not 1.45 billion
    dx, dy = (f"{abs(v):.10g}".replace(".", "").strip("0") for v in (x, y))
    if len(dx) > 1 and sorted(dx) == sorted(dy) and dx != dy:
        return [Diagnosis("transposed-digits", f"same digits in another order ({dx} / {dy})")]
    wx, wy = (f"{abs(v):.10g}" for v in (x, y))
    if wx.isdigit() and wy.isdigit() and adjacent_swap(wx, wy):
        # `410` against `401`: a swap across a zero, which the stripped digits do not show
        return [Diagnosis("transposed-digits", f"same digits in another order ({wx} / {wy})")]
    return []


def _swapped_date(a: Sequence[Claim], b: Sequence[Claim], _times: Times) -> list[Diagnosis]:
    va, vb = a[0].value, b[0].value
    if not isinstance(va, DateValue) or not isinstance(vb, DateValue):
        return []
    if va.day and vb.day and va.day != vb.day and (va.day, va.month) == (vb.month, vb.day):
        return [Diagnosis("day-month-swap", "day and month swapped (e.g. 3/2 against 2/3)?")]
    return []


def _weekday(a: Sequence[Claim], b: Sequence[Claim], _times: Times) -> list[Diagnosis]:
    for claim in (*a, *b):
        meant = next(
            (q.split(":", 1)[1] for q in claim.qualifiers if q.startswith("weekday-date:")), None
        )
        if meant is not None:
            return [
                Diagnosis(
                    "weekday-mismatch", f"{claim.source}: the weekday written points to {meant}"
                )
            ]
    return []


def _stale(a: Sequence[Claim], b: Sequence[Claim], times: Times) -> list[Diagnosis]:
    if not isinstance(a[0].value, Role):
        return []
    when_a = _median_time(a, times)
    when_b = _median_time(b, times)
    if when_a is None or when_b is None or abs((when_a - when_b).days) < STALE_DAYS:
        return []
    old, new = (a, b) if when_a < when_b else (b, a)
    old_when, new_when = min(when_a, when_b), max(when_a, when_b)
    text = (
        f"{describe(old[0].value)} (source dated {old_when:%Y-%m}) vs "
        f"{describe(new[0].value)} ({new_when:%Y-%m}): a stale source?"
    )
    return [Diagnosis("stale-source", text)]


def _median_time(claims: Sequence[Claim], times: Times) -> dt.date | None:
    known = sorted(t for c in claims if (t := times.get(c.source)) is not None)
    return known[len(known) // 2] if known else None


def _later_lower(groups: Sequence[Sequence[Claim]], times: Times) -> bool:
    dated = sorted(
        (t, a)
        for g in groups
        for c in g
        if (t := times.get(c.source)) is not None and (a := _amount(c)) is not None
    )
    return any(
        later[0] > earlier[0] and later[1] < earlier[1] for earlier in dated for later in dated
    )


_CHECKS: tuple[Callable[[Sequence[Claim], Sequence[Claim], Times], list[Diagnosis]], ...] = (
    _factor,
    _currency,
    _sign,
    _transposed,
    _swapped_date,
    _weekday,
    _stale,
)


def rate_total_notes(rates: Sequence[Claim], totals: Sequence[Claim]) -> tuple[Diagnosis, ...]:
    """`$125 billion a year` and `$500 billion over four years` state one plan: the rate times
    the horizon is the total. Returned as a note for the rate's cluster."""
    notes = []
    for rate in rates:
        value = rate.value
        if not isinstance(value, Money) or value.period != "year":
            continue
        for total in totals:
            other = total.value
            if (
                not isinstance(other, Money)
                or not other.horizon_years
                or other.currency != value.currency
            ):
                continue
            implied = value.number.amount * other.horizon_years
            if abs(implied - other.number.amount) <= 0.01 * abs(other.number.amount):
                years = f"{other.horizon_years:g} year{'s' if other.horizon_years != 1 else ''}"
                text = (
                    f"{describe(value)} × {years} = {describe(other)} ({total.source}): consistent"
                )
                notes.append(Diagnosis("rate-total", text))
    return tuple(dict.fromkeys(notes))
