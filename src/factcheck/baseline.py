"""Known conflicts: fingerprints that survive edits, a baseline file, and suppression.

A conflict's fingerprint is made of what it is about and the values it sets against each
other (its kind, its subject and the set of values stated), never of line numbers or claim ids:
moving unrelated text, adding a paragraph or renumbering claims leaves it unchanged, while a
new value in the conflict makes it a new conflict.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from factcheck.compare import describe
from factcheck.records import Cluster, Report, Status

BASELINE_VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be read; the message says why in one line."""


def fingerprint(cluster: Cluster) -> str:
    """16 hex digits from the cluster's kind, subject and set of stated values."""
    values = sorted({describe(c.value) for c in cluster.claims})
    key = json.dumps([cluster.kind.value, cluster.about, values], ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def dumps(report: Report) -> str:
    """The baseline file for today's conflicts, sorted by fingerprint (same input, same bytes)."""
    entries = sorted((_entry(c) for c in report.conflicts), key=lambda e: str(e["fingerprint"]))
    body = {"factcheck_baseline": BASELINE_VERSION, "conflicts": entries}
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def _entry(cluster: Cluster) -> dict[str, Any]:
    return {
        "fingerprint": fingerprint(cluster),
        "kind": cluster.kind.value,
        "about": cluster.about,
        "values": sorted({describe(c.value) for c in cluster.claims}),
        "sources": sorted({c.source for c in cluster.claims}),
    }


def load(path: Path) -> frozenset[str]:
    """The fingerprints recorded in a baseline file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BaselineError(f"cannot read baseline {path}: {exc.strerror or exc}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BaselineError(f"baseline {path} is not JSON ({exc})") from exc
    if not isinstance(data, dict) or data.get("factcheck_baseline") != BASELINE_VERSION:
        raise BaselineError(
            f"{path} is not a factcheck baseline (version {BASELINE_VERSION}); "
            "write one with `factcheck baseline`"
        )
    entries = data.get("conflicts")
    if not isinstance(entries, list) or not all(
        isinstance(e, dict) and isinstance(e.get("fingerprint"), str) for e in entries
    ):
        raise BaselineError(f"baseline {path}: 'conflicts' must be a list of fingerprints")
    return frozenset(str(e["fingerprint"]) for e in entries)


@dataclass(frozen=True)
class Suppressed:
    report: Report
    """The report without the known conflicts."""
    known: int
    """Conflicts left out because the baseline (or the ignore list) has them."""


def suppress(report: Report, known: Iterable[str]) -> Suppressed:
    """Leave out the conflicts whose fingerprint is known; a known conflict that is gone is fine."""
    wanted = frozenset(known)
    if not wanted:
        return Suppressed(report, 0)
    kept = tuple(
        c
        for c in report.clusters
        if c.status is not Status.CONFLICT or fingerprint(c) not in wanted
    )
    return Suppressed(replace(report, clusters=kept), len(report.clusters) - len(kept))
