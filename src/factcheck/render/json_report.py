"""The JSON report (schema version 1): the contract with CI and other tools."""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring
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
    return dumps(to_dict(report, claims_only=claims_only)) + "\n"


def dumps(data: Any) -> str:
    """`json.dumps(data, ensure_ascii=False, indent=2)`, character for character, in about 60%
    of its time: with an indent the standard library leaves its C encoder for a chain of
    generators, which took half the report stage at 10,000 articles. Anything but plain
    dicts with string keys, lists, strings, numbers, booleans and None goes to `json.dumps`."""
    out: list[str] = []
    try:
        _write(data, 0, out)
    except _Unusual:
        return json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(out)


class _Unusual(Exception):
    """A value `dumps` leaves to the standard library."""


_PADS = ["\n" + "  " * depth for depth in range(64)]


def _write(value: Any, depth: int, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif kind is dict:
        _write_dict(value, depth, out)
    elif kind is list:
        _write_list(value, depth, out)
    elif value is None or value is True or value is False:
        out.append("null" if value is None else "true" if value else "false")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float and math.isfinite(value):
        out.append(float.__repr__(value))
    else:
        raise _Unusual


def _write_dict(value: dict[Any, Any], depth: int, out: list[str]) -> None:
    if not value:
        out.append("{}")
        return
    pad = _pad(depth + 1)
    lead = "{" + pad
    for key, item in value.items():
        if type(key) is not str:
            raise _Unusual
        out.append(lead + encode_basestring(key) + ": ")
        _write(item, depth + 1, out)
        lead = "," + pad
    out.append(_PADS[depth] + "}")


def _write_list(value: list[Any], depth: int, out: list[str]) -> None:
    if not value:
        out.append("[]")
        return
    pad = _pad(depth + 1)
    lead = "[" + pad
    for item in value:
        out.append(lead)
        _write(item, depth + 1, out)
        lead = "," + pad
    out.append(_PADS[depth] + "]")


def _pad(depth: int) -> str:
    if depth >= len(_PADS):
        raise _Unusual  # deeper than any report: let the standard library say what it is
    return _PADS[depth]


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
        return {**_number(value.number), "points": True} if value.points else _number(value.number)
    if isinstance(value, DateValue):
        return {
            "date": value.iso(),
            "year_inferred": value.year_inferred,
            "end_day": value.end_day,
            "relative": value.relative,
        }
    assert isinstance(value, Role)
    return {"role": value.role, "of": value.of, "holder": value.holder}
