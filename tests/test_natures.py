"""Nature and diagnosis of conflicts, as data: tests/cases/natures.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.pipeline import ScanOptions, run
from factcheck.records import Report, Status

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


def _scan(folder: Path, first: str, second: str) -> Report:
    """A scan of two undated plain-text sources."""
    (folder / "a.txt").write_text(first, encoding="utf-8")
    (folder / "b.txt").write_text(second, encoding="utf-8")
    return run([str(folder)], ScanOptions())


def test_a_rate_and_a_total_over_a_horizon_agree_by_computation(tmp_path: Path) -> None:
    report = _scan(
        tmp_path,
        "The partners will invest $125 billion a year in the Stargate data centres.",
        "The Stargate partners plan to invest $500 billion over the next four years.",
    )
    assert not report.conflicts
    notes = [d for c in report.clusters for d in c.diagnosis if d.code == "rate-total"]
    assert [d.text for d in notes] == [
        "$125 billion a year × 4 years = $500 billion (b.txt): consistent"
    ]


def test_a_conversion_into_another_currency_is_no_conflict(tmp_path: Path) -> None:
    report = _scan(
        tmp_path,
        "Nordvik Energy will spend 4.2 billion euros ($4.5 billion) on the Esbjerg wind farm.",
        "Nordvik Energy is investing €4.2 billion in its offshore wind farm near Esbjerg.",
    )
    assert not report.conflicts
    assert any(c.status is Status.AGREEMENT for c in report.clusters)


def test_two_unrelated_figures_in_two_currencies_stay_apart(tmp_path: Path) -> None:
    report = _scan(
        tmp_path,
        "Nordvik Energy will spend $4.2 billion on the Esbjerg offshore wind farm.",
        "Brazil's central bank sold 4.2 billion reais in currency swaps on Tuesday.",
    )
    assert not report.conflicts


def test_one_figure_in_two_currencies_from_another_era_stays_apart(tmp_path: Path) -> None:
    # The twin join applies the veto every merge does: a sum of 2008 is not today's.
    report = _scan(
        tmp_path,
        "On 12 June 2025 Nordvik Energy said it will spend $4.2 billion on the offshore wind "
        "farm near Esbjerg.",
        "Nordvik Energy gab 2008 für den ersten Windpark bei Esbjerg 4,2 Milliarden Euro aus, "
        "teilte das Unternehmen am 12. Juni 2025 mit.",
    )
    assert not report.conflicts
