"""Baselines: record today's conflicts, then report only new ones."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES
from factcheck.baseline import BaselineError, dumps, fingerprint, load, suppress
from factcheck.pipeline import ScanOptions, run
from golden import check, cli, event_report

EVENT = FIXTURES / "solar-plant-deal-2025"


def test_golden_baseline_file() -> None:
    check("solar-plant-deal-2025.baseline.json", dumps(event_report("solar-plant-deal-2025")))


def test_fingerprints_ignore_positions_and_ids(tmp_path: Path) -> None:
    folder = tmp_path / "event"
    shutil.copytree(EVENT, folder)
    before = {fingerprint(c) for c in run([str(folder)], ScanOptions()).conflicts}
    article = folder / "bisnisharian_id.txt"
    article.write_text("Catatan redaksi.\n\n" + article.read_text(encoding="utf-8"))
    (folder / "aaa_note.txt").write_text("The weather was fine on Thursday.\n")
    after = {fingerprint(c) for c in run([str(folder)], ScanOptions()).conflicts}
    assert before == after and before


def test_suppress_counts_and_keeps_new() -> None:
    report = event_report("solar-plant-deal-2025")
    *old, new = report.conflicts
    kept = suppress(report, {fingerprint(c) for c in old} | {"0000000000000000"})
    assert kept.known == len(old)
    assert kept.report.conflicts == (new,)
    assert kept.report.agreements == report.agreements


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json", "not JSON"), ('{"conflicts": []}', "not a factcheck baseline")],
)
def test_bad_baseline_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(content)
    with pytest.raises(BaselineError, match=message):
        load(path)


def test_baseline_then_scan_reports_only_new_conflicts(tmp_path: Path) -> None:
    folder = tmp_path / "event"
    shutil.copytree(EVENT, folder)
    baseline = tmp_path / ".factcheck-baseline.json"
    made = cli("baseline", str(folder), "--output", str(baseline))
    assert made.returncode == 0, made.stderr
    known = len(event_report("solar-plant-deal-2025").conflicts)
    assert f"recorded {known} conflict(s)" in made.stderr
    assert len(json.loads(baseline.read_text())["conflicts"]) == known

    clean = cli("scan", str(folder), "--baseline", str(baseline), "-f", "json")
    assert clean.returncode == 0, clean.stderr
    assert json.loads(clean.stdout)["summary"]["conflicts"] == 0
    assert f"{known} known conflict(s) suppressed" in clean.stderr

    # resolving a known conflict never breaks the scan
    french = folder / "echoenergie_fr.txt"
    french.write_text(french.read_text().replace("450 milliards", "450 millions"))
    resolved = cli("scan", str(folder), "--baseline", str(baseline))
    assert resolved.returncode == 0, resolved.stdout + resolved.stderr
    assert f"{known - 1} known conflict(s) suppressed by the baseline" in resolved.stdout

    # a new conflict is reported, alone
    english = folder / "energywire_en.txt"
    english.write_text(english.read_text().replace("900-megawatt", "950-megawatt"))
    new = cli("scan", str(folder), "--baseline", str(baseline), "-f", "json")
    assert new.returncode == 1
    conflicts = [c for c in json.loads(new.stdout)["clusters"] if c["status"] == "conflict"]
    assert [c["kind"] for c in conflicts] == ["quantity"]


def test_missing_baseline_is_a_one_line_error(tmp_path: Path) -> None:
    result = cli("scan", str(EVENT), "--baseline", str(tmp_path / "none.json"))
    assert result.returncode == 2
    assert "cannot read baseline" in result.stderr and "Traceback" not in result.stderr
