"""Nature and diagnosis of conflicts, as data: tests/cases/natures.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.pipeline import ScanOptions, run
from factcheck.records import Status

CASES = yaml.safe_load(
    (Path(__file__).parent / "cases" / "natures.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_nature_and_diagnosis(case: dict[str, Any], tmp_path: Path) -> None:
    for doc in case["documents"]:
        body = f"---\ndate: {doc['date']}\n---\n{doc['text']}\n"
        (tmp_path / doc["id"]).write_text(body, encoding="utf-8")
    report = run([str(tmp_path)], ScanOptions())
    conflicts = [c for c in report.clusters if c.status is Status.CONFLICT]
    assert len(conflicts) == 1, [c.explanation for c in conflicts]
    (conflict,) = conflicts
    assert conflict.nature is not None and conflict.nature.value == case["nature"]
    assert sorted(d.code for d in conflict.diagnosis) == sorted(case["diagnosis"])
