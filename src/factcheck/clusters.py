"""Clusters from groups of claims: what each is about, whether its sources agree, and why not."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from factcheck.compare import agree, describe, ratio_note
from factcheck.diagnose import Times, agreement_notes, diagnose, nature_of, rate_total_notes
from factcheck.records import Claim, Cluster, Money, Role, Status
from factcheck.romanise import latin

_STATUS_ORDER = {Status.CONFLICT: 0, Status.AGREEMENT: 1, Status.SINGLE: 2}


def build_clusters(
    groups: Sequence[Sequence[Claim]],
    tolerance: float,
    times: Times | None = None,
    update_concepts: frozenset[str] = frozenset(),
) -> tuple[Cluster, ...]:
    """Clusters in a stable order: conflicts, agreements, singles; each by its first claim.
    Conflicts get their nature and diagnosis, given each source's date in `times`."""
    drafts = [_draft(list(g), tolerance, times or {}, update_concepts) for g in groups if g]
    drafts = _with_rate_totals(drafts)
    drafts.sort(key=lambda c: (_STATUS_ORDER[c.status], _claim_order(c.claims[0])))
    return tuple(replace(c, id=f"k{n}") for n, c in enumerate(drafts, start=1))


def _claim_order(claim: Claim) -> tuple[int, str]:
    return (int(claim.id[1:]) if claim.id[1:].isdigit() else 0, claim.id)


def _with_rate_totals(drafts: list[Cluster]) -> list[Cluster]:
    """A yearly amount whose total over another source's horizon matches: noted as computed
    agreement (they sit in different blocks, rate and total, and never conflict)."""
    totals = [
        c for d in drafts for c in d.claims if isinstance(c.value, Money) and c.value.horizon_years
    ]
    if not totals:
        return drafts
    out = []
    for draft in drafts:
        notes = rate_total_notes(
            draft.claims, [t for t in totals if t.source not in {c.source for c in draft.claims}]
        )
        out.append(replace(draft, diagnosis=draft.diagnosis + notes) if notes else draft)
    return out


def value_groups(claims: Sequence[Claim], tolerance: float) -> list[list[Claim]]:
    """Claims split into runs of mutually agreeing values, largest first."""
    groups: list[list[Claim]] = []
    for claim in sorted(claims, key=_unlatin_holder):  # stable: Latin holders found groups
        home = next((g for g in groups if all(_agree_in(claim, c, g, tolerance) for c in g)), None)
        if home is None:
            groups.append([claim])
        else:
            home.append(claim)
    return sorted(groups, key=lambda g: (-len({c.source for c in g}), _claim_order(g[0])))


def _unlatin_holder(claim: Claim) -> bool:
    value = claim.value
    return isinstance(value, Role) and not latin(value.holder)


def _agree_in(a: Claim, b: Claim, group: list[Claim], tolerance: float) -> bool:
    """`a` and `b` agree, or name one holder in two scripts that a Latin spelling in the group
    bridges: `ビエイラ` and `毛罗·维埃拉` hear Vieira differently, but both are `Mauro Vieira`."""
    if agree(a, b, tolerance):
        return True
    if not (_unlatin_holder(a) and _unlatin_holder(b)):
        return False
    return any(
        not _unlatin_holder(c) and agree(a, c, tolerance) and agree(b, c, tolerance) for c in group
    )


def _draft(
    claims: list[Claim], tolerance: float, times: Times, update_concepts: frozenset[str]
) -> Cluster:
    claims.sort(key=_claim_order)
    sources = {c.source for c in claims}
    by_value = value_groups(claims, tolerance)
    explanation = _explain(by_value)
    if len(sources) < 2:
        return Cluster(
            "", claims[0].kind, _about(claims), Status.SINGLE, tuple(claims), explanation
        )
    if len(by_value) == 1:
        notes = agreement_notes(claims)
        return Cluster(
            "",
            claims[0].kind,
            _about(claims),
            Status.AGREEMENT,
            tuple(claims),
            explanation,
            None,
            notes,
        )
    nature, told = nature_of(by_value, times, update_concepts)
    diagnosis = diagnose(by_value, nature, times, update_concepts)
    return Cluster(
        "",
        claims[0].kind,
        _about(claims),
        Status.CONFLICT,
        tuple(claims),
        told or explanation,
        nature,
        diagnosis,
    )


def _about(claims: list[Claim]) -> str:
    first = claims[0].value
    if isinstance(first, Role):
        return f"{first.role} of {first.of}" if first.of else first.role
    concepts = Counter(c for claim in claims for c in claim.subject.concepts)
    entities = Counter(e for claim in claims for e in claim.subject.entities)
    top = [c for c, _ in sorted(concepts.items(), key=lambda x: (-x[1], x[0]))[:3]]
    names = [
        e
        for e, n in sorted(entities.items(), key=lambda x: (-x[1], x[0]))[:2]
        if n > 1 or len(claims) == 1
    ]
    return ", ".join(top + names) or claims[0].kind.value


def _explain(by_value: list[list[Claim]]) -> str:
    texts = [_value_text(g) for g in by_value]
    if len(texts) > 1:
        return " vs ".join(texts) + ratio_note([g[0].value for g in by_value])
    return texts[0]


def _value_text(group: list[Claim]) -> str:
    return describe(max(group, key=lambda c: len(c.text)).value)
