"""Why an expected conflict, agreement or trap comes out as it does, for tuning by hand.

Usage: python bench/diagnose.py EVENT_FOLDER [EXPECTED_JSON]
For each expected item it lists the claims that state the expected values in the named sources,
and the cluster each landed in; a value no claim states is shown as NOT EXTRACTED.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import gold
from factcheck.pipeline import ScanOptions, run
from factcheck.render.json_report import to_dict


def main() -> None:
    folder = Path(sys.argv[1])
    default = Path(__file__).resolve().parent.parent / "tests" / "expected" / f"{folder.name}.json"
    expected = Path(sys.argv[2]) if len(sys.argv) > 2 else default
    if not expected.exists():
        expected = folder / "gold.json"
    want = gold.load(expected)
    report = to_dict(
        run(
            [
                str(p)
                for p in sorted(folder.iterdir())
                if p.name not in ("gold.json", "expected.json")
            ],
            ScanOptions(),
        )
    )
    where = {cid: k for k in report["clusters"] for cid in k["claims"]}
    for item in want["conflicts"]:
        ok = gold.conflict_found(report, item)
        print(f"{'OK ' if ok else 'MISS'} conflict {item['id']} {item['kind']}: {item['about']}")
        if not ok:
            for v in item["values"]:
                _show(report, where, item["kind"], v["sources"], v["value"])
    for item in want["agreements"]:
        ok = gold.agreement_found(report, item)
        print(f"{'OK ' if ok else 'MISS'} agreement {item['id']} {item['kind']}: {item['about']}")
        if not ok:
            _show(report, where, item["kind"], item["sources"], item["value"])
    for item in want["traps"]:
        if gold.trap_violated(report, item):
            print(f"TRAP {item['id']}: {item['note']}")
    for k in report["clusters"]:
        if k["status"] == "conflict":
            print(f"  reported {k['id']} {k['kind']} {k['about']!r}: {k['explanation']}")


def _show(
    report: dict[str, Any], where: dict[str, Any], kind: str, sources: list[str], value: Any
) -> None:
    for source in sources:
        hits = [
            c
            for c in report["claims"]
            if c["source"] == source
            and c["kind"] == kind
            and gold.value_matches(kind, value, c["value"])
        ]
        if not hits:
            print(f"      {source}: NOT EXTRACTED {value}")
        for c in hits:
            k = where.get(c["id"], {})
            print(
                f"      {source}: {c['id']} {c['text']!r} -> {k.get('id')} {k.get('status')}"
                f" | {c['subject']}"
            )


if __name__ == "__main__":
    main()
