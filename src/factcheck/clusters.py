"""Clusters from groups of claims: what each is about, whether its sources agree, and why not."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from factcheck.compare import agree, describe, ratio_note
from factcheck.records import Claim, Cluster, Role, Status

_STATUS_ORDER = {Status.CONFLICT: 0, Status.AGREEMENT: 1, Status.SINGLE: 2}


def build_clusters(groups: Sequence[Sequence[Claim]], tolerance: float) -> tuple[Cluster, ...]:
    """Clusters in a stable order: conflicts, agreements, singles; each by its first claim."""
    drafts = [_draft(list(g), tolerance) for g in groups if g]
    drafts.sort(key=lambda c: (_STATUS_ORDER[c.status], _claim_order(c.claims[0])))
    return tuple(
        Cluster(f"k{n}", c.kind, c.about, c.status, c.claims, c.explanation)
        for n, c in enumerate(drafts, start=1)
    )


def _claim_order(claim: Claim) -> tuple[int, str]:
    return (int(claim.id[1:]) if claim.id[1:].isdigit() else 0, claim.id)


def value_groups(claims: Sequence[Claim], tolerance: float) -> list[list[Claim]]:
    """Claims split into runs of mutually agreeing values, largest first."""
    groups: list[list[Claim]] = []
    for claim in claims:
        home = next((g for g in groups if all(agree(claim, c, tolerance) for c in g)), None)
        if home is None:
            groups.append([claim])
        else:
            home.append(claim)
    return sorted(groups, key=lambda g: (-len({c.source for c in g}), _claim_order(g[0])))


def _draft(claims: list[Claim], tolerance: float) -> Cluster:
    claims.sort(key=_claim_order)
    sources = {c.source for c in claims}
    by_value = value_groups(claims, tolerance)
    if len(sources) < 2:
        status = Status.SINGLE
    elif len(by_value) > 1:
        status = Status.CONFLICT
    else:
        status = Status.AGREEMENT
    return Cluster(
        "", claims[0].kind, _about(claims), status, tuple(claims), _explain(status, by_value)
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


def _explain(status: Status, by_value: list[list[Claim]]) -> str:
    texts = [_value_text(g) for g in by_value]
    if status is Status.CONFLICT:
        return " vs ".join(texts) + ratio_note([g[0].value for g in by_value])
    return texts[0]


def _value_text(group: list[Claim]) -> str:
    return describe(max(group, key=lambda c: len(c.text)).value)
