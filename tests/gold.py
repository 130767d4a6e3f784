"""Reading expected-results files (the devset's gold format) against a report's JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

REL_TOL = 0.01
_LENGTH_KM = {
    "km": 1.0, "kilometre": 1.0, "kilometer": 1.0, "m": 0.001, "metre": 0.001, "meter": 0.001,
    "mm": 1e-6, "cm": 1e-5, "mile": 1.609344, "ft": 0.0003048,
}  # fmt: skip
_MASS_KG = {"kg": 1.0, "tonne": 1000.0, "g": 0.001, "ounce": 0.0311035}
_SPEED_KMH = {"km/h": 1.0, "kph": 1.0, "mph": 1.609344, "knot": 1.852, "knots": 1.852}
_TIME_S = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0}
_VOLUME_M3 = {"m3": 1.0, "hm3": 1e6, "km3": 1e9, "litre": 0.001, "hl": 0.1}
_POWER_MW = {"kW": 0.001, "MW": 1.0, "GW": 1000.0}
_PIXELS = {"pixel": 1.0, "megapixel": 1e6}
_AREA_HA = {"hectare": 1.0, "km2": 100.0, "acre": 0.40468564224, "m2": 1e-4}
_CONVERTIBLE = (
    _LENGTH_KM, _MASS_KG, _SPEED_KMH, _TIME_S, _VOLUME_M3, _POWER_MW, _PIXELS, _AREA_HA,
)  # fmt: skip
"""Units a gold value may name in place of the claim's own: the same length, mass, speed or
time (`3 h 48` read in seconds, `3 horas y 48 minutos` in hours) or volume (`48 hm³`, cubic
hectometres, for `48 million m³`) or power (`118万キロワット` in kilowatts, `1,180 MW`) or
a camera's pixels (`2억 화소`, `200-megapixel`) or area (`485 Quadratkilometer` for
`48,500 hectares`, `120,000 acres`)."""


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    for key in ("conflicts", "agreements", "traps", "weekday_warnings"):
        data.setdefault(key, [])
    return data


def _close(a: float, b: float) -> bool:
    return a == b or abs(a - b) <= REL_TOL * max(abs(a), abs(b))


def _amount(kind: str, value: dict[str, Any], unit: str | None) -> float | None:
    amount = value.get("amount")
    if not isinstance(amount, (int, float)):
        return None
    for table in _CONVERTIBLE:
        if kind == "quantity" and unit in table and value.get("unit") in table:
            return float(amount) * table[value["unit"]] / table[unit]
    return float(amount)


def value_matches(kind: str, gold: Any, claim: dict[str, Any]) -> bool:
    """Does a claim's JSON value state the gold value? Numbers within 1%, dates to gold's day."""
    if kind == "date":
        stated = claim.get("date") or ""
        return isinstance(gold, str) and (stated == gold or stated.startswith(gold + "-"))
    if kind == "role":
        family = str(gold.get("holder", "")).split()[-1:] or [""]
        names = family + list(gold.get("holder_aliases", []))
        holder = str(claim.get("holder", ""))
        return any(n and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", holder, re.I) for n in names)
    if kind == "money" and gold.get("currency") and claim.get("currency") != gold["currency"]:
        return False
    amount = _amount(kind, claim, gold.get("unit"))
    return amount is not None and _close(float(gold["amount"]), amount)


def _hits(
    report: dict[str, Any], cluster: dict[str, Any], kind: str, sources: list[str], gold: Any
) -> set[str]:
    claims = {c["id"]: c for c in report["claims"]}
    return {
        cid
        for cid in cluster["claims"]
        if claims[cid]["kind"] == kind
        and claims[cid]["source"] in sources
        and value_matches(kind, gold, claims[cid]["value"])
    }


def conflict_found(report: dict[str, Any], conflict: dict[str, Any]) -> bool:
    for cluster in report["clusters"]:
        if cluster["status"] != "conflict" or cluster["kind"] != conflict["kind"]:
            continue
        hits = [
            _hits(report, cluster, conflict["kind"], v["sources"], v["value"])
            for v in conflict["values"]
        ]
        if any(a != b for i, x in enumerate(hits) for y in hits[i + 1 :] for a in x for b in y):
            return True
    return False


def agreement_found(report: dict[str, Any], agreement: dict[str, Any]) -> bool:
    claims = {c["id"]: c for c in report["claims"]}
    for cluster in report["clusters"]:
        if cluster["status"] == "single" or cluster["kind"] != agreement["kind"]:
            continue
        hits = _hits(report, cluster, agreement["kind"], agreement["sources"], agreement["value"])
        if len({claims[h]["source"] for h in hits}) >= 2:
            return True
    return False


def trap_violated(report: dict[str, Any], trap: dict[str, Any]) -> bool:
    for cluster in report["clusters"]:
        if cluster["status"] != "conflict":
            continue
        hits = [
            _hits(report, cluster, c["kind"], [c["source"]], c["value"]) for c in trap["claims"]
        ]
        if any(a != b for i, x in enumerate(hits) for y in hits[i + 1 :] for a in x for b in y):
            return True
    return False


def conflict_nature(
    report: dict[str, Any], conflict: dict[str, Any]
) -> tuple[str | None, list[str]]:
    """Nature and diagnosis codes of the reported conflict that best matches `conflict`."""
    best: tuple[int, dict[str, Any]] | None = None
    for cluster in report["clusters"]:
        if cluster["status"] != "conflict" or cluster["kind"] != conflict["kind"]:
            continue
        hits = [
            _hits(report, cluster, conflict["kind"], v["sources"], v["value"])
            for v in conflict["values"]
        ]
        if not any(a != b for i, x in enumerate(hits) for y in hits[i + 1 :] for a in x for b in y):
            continue
        coverage = len(set().union(*hits))
        if best is None or coverage > best[0]:
            best = (coverage, cluster)
    if best is None:
        return None, []
    return best[1].get("nature"), [d["code"] for d in best[1].get("diagnosis", [])]
