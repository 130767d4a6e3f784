"""The outcome beside a forecast. A report of a release often states the figure and, in a
sentence of its own, what a poll expected of it (`Exports rose 5.2%` ... `economists had
expected 3.4% growth in exports`). Having marked the one as a forecast, the report tells its
other figure of that topic as the outcome: that figure is `measured`, so that it never meets
another source's forecast as one fact (see `[contrasts]` forecast / measured in base.toml).
Only a figure of another sentence counts so: a forecast's own sentence may list more expected
figures than its forecast word reaches (`预期出口增长3.4%，进口增长2.5%`), and a figure before
it may be a new forecast after an old one (`sinke ... auf 1,1 Prozent, nach zuvor erwarteten
1,7 Prozent`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from factcheck.extract.subject import summarise
from factcheck.records import Claim, Kind

_TIMED = frozenset({"forecast", "measured", "previous"})
"""A figure already placed in time: expected, measured, or an earlier occasion's."""
_UNTOLD = frozenset({"increase", "decrease", "growth", "announce", "poll"})
"""Concepts that say how a figure moved or was told, not what it is of: a topic shared on
these alone makes no forecast and outcome one topic."""
_KINDS = frozenset({Kind.PERCENT, Kind.MONEY})


def with_outcomes(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, each figure of a forecast's topic in another sentence marked `measured`."""
    forecasts = [c for c in claims if c.kind in _KINDS and "forecast" in c.subject.concepts]
    if not forecasts:
        return list(claims)
    return [_as_outcome(c) if _beside_forecast(c, forecasts) else c for c in claims]


def _beside_forecast(claim: Claim, forecasts: Sequence[Claim]) -> bool:
    concepts = claim.subject.concepts
    if claim.kind not in _KINDS or concepts & _TIMED:
        return False
    topic = concepts - _UNTOLD
    return any(
        f.kind is claim.kind
        and f.sentence != claim.sentence
        and topic & (f.subject.concepts - _UNTOLD - _TIMED)
        for f in forecasts
    )


def _as_outcome(claim: Claim) -> Claim:
    concepts = claim.subject.concepts | {"measured"}
    text = summarise(concepts, claim.subject.entities)
    return replace(claim, subject=replace(claim.subject, concepts=concepts, text=text))
