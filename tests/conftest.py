"""Shared test helpers: paths to the fixtures and the real command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
EXPECTED = ROOT / "tests" / "expected"
"""Expected results per fixture event, in the devset's gold format."""
SEEDS = ROOT.parent / "shared" / "seeds"


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real `factcheck` command, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES
