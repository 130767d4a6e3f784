"""A sum a sentence builds from two of its other sums (`€85m, with a further €10m in add-ons
that could take the total to €95m`) is the whole, not a rival reading of its parts.

It is marked with the phase `sum`, so that it is only ever compared with other wholes: the
base fee of one source and the fee with add-ons of another are two facts, not a conflict.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from factcheck.extract.found import Found
from factcheck.records import Money

SUM_PHASE = "phase:sum"
_SENTENCE_END = re.compile(r"[.!?;。\n]")
_SLACK = 0.005
"""Rounded parts add up to their rounded whole within half a percent."""
_MAX_RUN = 8
"""A sentence with more sums than this is a table or a list, not a whole and its parts (and
trying every pair of every triple would make it cubic)."""


def mark_sums(text: str, found: list[Found]) -> list[Found]:
    """`found` (sorted by start) with each sum of two other sums in its sentence marked."""
    runs: list[list[int]] = []
    last: Found | None = None
    for index, item in enumerate(found):
        if not isinstance(item.value, Money):
            continue
        if last is None or _SENTENCE_END.search(text, last.end, item.start) is not None:
            runs.append([])
        runs[-1].append(index)
        last = item
    marked = {i for run in runs if len(run) <= _MAX_RUN for i in _wholes(found, run)}
    return [
        replace(f, qualifiers=(*f.qualifiers, SUM_PHASE)) if i in marked else f
        for i, f in enumerate(found)
    ]


def _wholes(found: list[Found], run: list[int]) -> list[int]:
    """Indexes in `run` whose sum is that of two others of the same currency and period."""
    out = []
    for whole in run:
        total = found[whole].value
        assert isinstance(total, Money)
        if any(q.startswith("phase:") for q in found[whole].qualifiers):
            continue
        parts = [
            v
            for i in run
            if i != whole
            and isinstance(v := found[i].value, Money)
            and (v.currency, v.period) == (total.currency, total.period)
        ]
        if any(
            _adds_up(a.number.amount, b.number.amount, total.number.amount)
            for a, b in itertools.combinations(parts, 2)
        ):
            out.append(whole)
    return out


def _adds_up(a: float, b: float, whole: float) -> bool:
    return 0 < a < whole and 0 < b < whole and abs(a + b - whole) <= _SLACK * whole
