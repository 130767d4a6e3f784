"""Golden files: reports over the fixture events, compared byte for byte.

Regenerate after an intended change with `FACTCHECK_UPDATE_GOLDEN=1 .venv/bin/pytest
tests/test_html.py tests/test_markdown.py tests/test_sarif.py tests/test_baseline.py` and
review the diff.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TypeVar

from factcheck.pipeline import ScanOptions, run
from factcheck.records import Report

GOLDEN = Path(__file__).parent
ROOT = GOLDEN.parent.parent
EVENTS = (
    "central-bank-2025",
    "chip-factory-2025",
    "container-terminal-2025",
    "flood-relief-2024",
    "multilingual-summit-2025",
    "offshore-wind-deal-2025",
    "port-strike-2025",
    "solar-plant-deal-2025",
    "volcano-eruption-2025",
)
"""The fixture events with golden files (a new event gets them when added here)."""
T = TypeVar("T")


@contextmanager
def in_root() -> Iterator[None]:
    """Paths in reports are as given: scan `fixtures/<event>` from the repository root."""
    before = Path.cwd()
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(before)


@cache
def event_report(event: str) -> Report:
    with in_root():
        return run([f"fixtures/{event}"], ScanOptions())


def rendered(render: Callable[[], T]) -> T:
    with in_root():
        return render()


def check(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {name}: run with FACTCHECK_UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"{name} differs from its golden file (FACTCHECK_UPDATE_GOLDEN=1)"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The command in this process (no interpreter start-up), with stdout and stderr apart."""
    from typer.testing import CliRunner

    from factcheck.cli import app

    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return subprocess.CompletedProcess(list(args), result.exit_code, result.stdout, result.stderr)
