"""The JSON report (schema version 1): the contract with CI and other tools."""

from __future__ import annotations

import json
import math
from typing import Any

from factcheck.records import (
    Claim,
    Cluster,
    DateValue,
    Money,
    Number,
    Percent,
    Quantity,
    Report,
    Role,
    Source,
    Value,
)

SCHEMA_VERSION = "2"
"""2 adds clusters' nature and diagnosis, and claims' attribution."""


def to_dict(report: Report, *, claims_only: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "sources": [_source(s) for s in report.sources],
        "claims": [_claim(c) for s in report.sources for c in s.claims],
    }
    if not claims_only:
        out["clusters"] = [_cluster(c) for c in report.clusters]
        out["summary"] = summary(report)
    out["skipped"] = list(report.skipped)
    return out


def render(report: Report, *, claims_only: bool = False) -> str:
    return json.dumps(to_dict(report, claims_only=claims_only), ensure_ascii=False, indent=2) + "\n"


def summary(report: Report) -> dict[str, int]:
    return {
        "sources": len(report.sources),
        "claims": sum(len(s.claims) for s in report.sources),
        "clusters": len(report.clusters),
        "conflicts": len(report.conflicts),
        "agreements": len(report.agreements),
        "warnings": sum(len(s.warnings) for s in report.sources),
        "skipped": len(report.skipped),
    }


def _source(source: Source) -> dict[str, Any]:
    doc = source.document
    return {
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "language": source.language,
        "published": doc.published.isoformat() if doc.published else None,
        "anchor": source.anchor.isoformat() if source.anchor else None,
        "anchor_inferred": source.anchor_inferred,
        "claims": len(source.claims),
        "warnings": [
            {"code": w.code, "message": w.message, "span": list(w.span) if w.span else None}
            for w in source.warnings
        ],
    }


def _claim(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "source": claim.source,
        "kind": claim.kind.value,
        "text": claim.text,
        "span": list(claim.span),
        "sentence": claim.sentence,
        "subject": claim.subject.text,
        "entities": sorted(claim.subject.entities),
        "concepts": sorted(claim.subject.concepts),
        "qualifiers": list(claim.qualifiers),
        "attribution": claim.attribution,
        "value": value_dict(claim.value),
    }


def _cluster(cluster: Cluster) -> dict[str, Any]:
    return {
        "id": cluster.id,
        "kind": cluster.kind.value,
        "about": cluster.about,
        "status": cluster.status.value,
        "claims": [c.id for c in cluster.claims],
        "sources": sorted({c.source for c in cluster.claims}),
        "explanation": cluster.explanation,
        "nature": cluster.nature.value if cluster.nature else None,
        "diagnosis": [{"code": d.code, "text": d.text} for d in cluster.diagnosis],
    }


def _finite(x: float) -> float | int | None:
    if math.isinf(x) or math.isnan(x):
        return None
    return int(x) if float(x).is_integer() and abs(x) < 2**53 else round(x, 10)


def _number(number: Number) -> dict[str, Any]:
    out: dict[str, Any] = {"amount": _finite(number.amount), "bound": number.bound.value}
    if number.low != number.high:
        out["low"], out["high"] = _finite(number.low), _finite(number.high)
    return out


_METRIC_LENGTHS = ("m", "km")


def _scaled(number: Number, factor: float) -> Number:
    return Number(
        number.amount * factor,
        number.low * factor,
        number.high * factor,
        number.bound,
        number.decimals,
        number.scale * factor,
    )


def value_dict(value: Value) -> dict[str, Any]:
    if isinstance(value, Money):
        return {
            **_number(value.number),
            "currency": value.currency,
            "period": value.period,
            "horizon": value.horizon,
            "horizon_years": value.horizon_years,
        }
    if isinstance(value, Quantity):
        if value.dimension == "length" and value.unit not in _METRIC_LENGTHS:
            # 984 ft is given as 299.9 m: metres and kilometres are what other tools read.
            metres = Quantity(_scaled(value.number, value.factor), "m", "length", 1.0)
            return {
                **_number(metres.number),
                "unit": "m",
                "dimension": "length",
                "stated_unit": value.unit,
            }
        return {**_number(value.number), "unit": value.unit, "dimension": value.dimension}
    if isinstance(value, Percent):
        return _number(value.number)
    if isinstance(value, DateValue):
        return {
            "date": value.iso(),
            "year_inferred": value.year_inferred,
            "end_day": value.end_day,
            "relative": value.relative,
        }
    assert isinstance(value, Role)
    return {"role": value.role, "of": value.of, "holder": value.holder}
