"""SARIF 2.1.0: one result per conflict, located at each of its claims, for code-scanning tools.

Rule ids are stable per claim kind (`FC-MONEY-CONFLICT`), and each result carries the conflict's
fingerprint (`factcheck.baseline.fingerprint`) as a partial fingerprint, so a conflict keeps its
identity when unrelated text moves.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from factcheck import __version__
from factcheck.baseline import fingerprint
from factcheck.clusters import value_groups
from factcheck.compare import describe
from factcheck.records import Claim, Cluster, Kind, Report, Source

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "factcheckConflict/v1"
Placement = tuple[str, int]
ReadFile = Callable[[str], str | None]
"""Gives a document's file as text (or None), so regions count lines of the file itself."""

_DESCRIPTION = {
    Kind.MONEY: "Sources state different amounts of money for one fact.",
    Kind.QUANTITY: "Sources state different counts or measurements for one fact.",
    Kind.PERCENT: "Sources state different percentages for one fact.",
    Kind.DATE: "Sources state different dates for one event.",
    Kind.ROLE: "Sources name different holders of one office.",
}


def rule_id(kind: Kind) -> str:
    return f"FC-{kind.value.upper()}-CONFLICT"


def render(report: Report, tolerance: float = 0.0, read_file: ReadFile | None = None) -> str:
    return json.dumps(to_dict(report, tolerance, read_file), ensure_ascii=False, indent=2) + "\n"


def to_dict(
    report: Report, tolerance: float = 0.0, read_file: ReadFile | None = None
) -> dict[str, Any]:
    kinds = list(Kind)
    sources = {s.document.id: s for s in report.sources}
    places = {s.document.id: _placement(s, read_file) for s in report.sources}
    results = [
        _result(c, kinds.index(c.kind), sources, places, tolerance) for c in report.conflicts
    ]
    driver = {
        "name": "factcheck",
        "version": __version__,
        "rules": [_rule(kind) for kind in kinds],
    }
    run = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _rule(kind: Kind) -> dict[str, Any]:
    title = kind.value.capitalize()
    return {
        "id": rule_id(kind),
        "name": f"{title}Conflict",
        "shortDescription": {"text": f"{title} conflict between sources"},
        "fullDescription": {"text": _DESCRIPTION[kind]},
        "defaultConfiguration": {"level": "error"},
        "help": {
            "text": "Check the sources' figures against each other and a primary source; "
            "`factcheck explain CLUSTER_ID` shows why the claims were matched."
        },
    }


def _result(
    cluster: Cluster,
    rule_index: int,
    sources: dict[str, Source],
    places: dict[str, Placement | None],
    tolerance: float,
) -> dict[str, Any]:
    values = [describe(g[0].value) for g in value_groups(cluster.claims, tolerance)]
    text = f"{cluster.kind.value} conflict ({cluster.about}): {cluster.explanation}"
    return {
        "ruleId": rule_id(cluster.kind),
        "ruleIndex": rule_index,
        "level": "error",
        "message": {"text": text},
        "locations": [_location(c, sources[c.source], places[c.source]) for c in cluster.claims],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(cluster)},
        "properties": {"cluster": cluster.id, "kind": cluster.kind.value, "values": values},
    }


def _location(claim: Claim, source: Source, place: Placement | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(source.document.path)}}
    if place is not None:
        whole, offset = place
        physical["region"] = region(whole, offset + claim.span[0], claim)
    return {
        "physicalLocation": physical,
        "message": {"text": f"{describe(claim.value)} ({claim.source}, claim {claim.id})"},
    }


def artifact_uri(path: str) -> str:
    """A relative path stays relative (so code scanning finds it in the repository)."""
    pure = PurePath(path)
    if pure.is_absolute():
        return "file://" + quote(pure.as_posix())
    return quote(pure.as_posix())


def _placement(source: Source, read_file: ReadFile | None) -> Placement | None:
    """The file's text and where the document's text starts in it; None when lines cannot be
    told (a JSON record, an HTML page, stdin)."""
    doc = source.document
    if "#" in doc.id or doc.path == "-" or not doc.text:
        return None
    if read_file is None:
        return (doc.text, 0) if doc.path.endswith(".txt") else None
    whole = read_file(doc.path)
    at = -1 if whole is None else whole.find(doc.text)
    return None if whole is None or at < 0 else (whole, at)


def region(text: str, start: int, claim: Claim) -> dict[str, Any]:
    """1-based line and column (in code points) of the claim, and its text as the snippet."""
    end = start + (claim.span[1] - claim.span[0])
    return {
        "startLine": text.count("\n", 0, start) + 1,
        "startColumn": start - (text.rfind("\n", 0, start) + 1) + 1,
        "endLine": text.count("\n", 0, end) + 1,
        "endColumn": end - (text.rfind("\n", 0, end) + 1) + 1,
        "snippet": {"text": claim.text},
    }
