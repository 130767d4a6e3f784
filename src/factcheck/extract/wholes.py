"""The whole a part is taken from. In `seven of its 21 crew members were still missing`,
`Gemideki 21 mürettebattan 14'ü kurtarıldı` or `선원 21명 가운데 14명이 구조됐고`, what befell
the people (missing, rescued, killed: `[part_outcomes]` in base.toml) is said of the part; the
whole counts everyone aboard. Its subject drops those concepts, so that it meets another
source's `21 crew on board` rather than only counts of the missing or the rescued. A concept
the whole's own noun names stays (`19 of the 35 injured`: the 35 are injured)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from factcheck.extract.subject import summarise
from factcheck.lexicon import shared
from factcheck.records import Claim, Quantity, Subject


def without_part_outcomes(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, each whole of a part in its sentence stripped of the part's outcomes."""
    outcomes = shared().part_outcomes
    parts: dict[str, list[Quantity]] = {}
    for claim in claims:
        if "part" in claim.qualifiers and isinstance(claim.value, Quantity):
            parts.setdefault(claim.sentence, []).append(claim.value)
    if not parts:
        return list(claims)
    return [_as_whole(c, unit, outcomes) if (unit := _whole_unit(c, parts)) else c for c in claims]


def _whole_unit(claim: Claim, parts: dict[str, list[Quantity]]) -> str | None:
    """The unit of `claim` if it counts a whole a smaller part of its sentence is taken from."""
    value = claim.value
    if "part" in claim.qualifiers or not isinstance(value, Quantity) or not value.is_count:
        return None
    taken = any(
        part.unit == value.unit and part.number.amount < value.number.amount
        for part in parts.get(claim.sentence, ())
    )
    return value.unit if taken else None


def _as_whole(claim: Claim, unit: str, outcomes: frozenset[str]) -> Claim:
    dropped = (claim.subject.concepts & outcomes) - {unit}
    if not dropped:
        return claim
    return replace(claim, subject=_without(claim.subject, dropped))


def _without(subject: Subject, dropped: frozenset[str]) -> Subject:
    concepts = subject.concepts - dropped
    return replace(subject, concepts=concepts, text=summarise(concepts, subject.entities))
