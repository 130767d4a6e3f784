"""The same documents in any order and any file layout give byte-identical JSON."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES
from factcheck.pipeline import ScanOptions, run
from factcheck.render import json_report

EVENTS = ["solar-plant-deal-2025", "multilingual-summit-2025"]


def _report(paths: list[str]) -> str:
    """The JSON report with each source's `path` (which names the layout) blanked."""
    report = json.loads(json_report.render(run(paths, ScanOptions(jobs=1))))
    for source in report["sources"]:
        source["path"] = "<path>"
    return json.dumps(report, ensure_ascii=False, indent=2, sort_keys=False)


def _files(event: str) -> list[Path]:
    return sorted(p for p in (FIXTURES / event).iterdir() if not p.name.startswith("."))


@pytest.mark.parametrize("event", EVENTS)
def test_shuffled_inputs_and_layouts_give_identical_json(event: str, tmp_path: Path) -> None:
    files = _files(event)
    expected = _report([str(FIXTURES / event)])
    shuffler = random.Random(20261122)
    for trial in range(2):
        order = files[:]
        shuffler.shuffle(order)
        assert _report([str(p) for p in order]) == expected, f"file order {order}"
        # The same files copied into a new layout: nested folders, given in another order.
        layout = tmp_path / f"layout{trial}"
        for n, path in enumerate(order):
            folder = layout / f"z{len(order) - n}" / ("deep" if n % 2 else "")
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, folder / path.name)
        folders = [str(p) for p in sorted(layout.iterdir(), reverse=bool(trial % 2))]
        assert _report(folders) == expected, f"layout {trial}"


def test_repeated_runs_are_byte_identical() -> None:
    paths = [str(FIXTURES / event) for event in EVENTS]
    first = json_report.render(run(paths, ScanOptions(jobs=1)))
    assert json_report.render(run(list(reversed(paths)), ScanOptions(jobs=1))) == first
