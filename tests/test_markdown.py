"""The Markdown report: golden files, escaping, and the command."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES, run_cli
from factcheck.pipeline import ScanOptions, run
from factcheck.render import markdown
from golden import EVENTS, check, event_report, rendered


@pytest.mark.parametrize("event", EVENTS)
def test_golden(event: str) -> None:
    text = rendered(lambda: markdown.render(event_report(event)))
    check(f"{event}.md", text)


def test_headline_and_conflicts() -> None:
    report = event_report("solar-plant-deal-2025")
    text = markdown.render(report)
    head = f"{len(report.conflicts)} conflicts, {len(report.agreements)} agreements"
    assert text.startswith(f"## ❌ factcheck: {head}\n")
    assert "### k2 · money: loan, fund, asian\\_development\\_bank" in text
    assert "- **$450 billion**: echoenergie\\_fr.txt" in text
    assert f"<details><summary>Agreements ({len(report.agreements)})</summary>" in text


def test_document_text_is_escaped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "The <script>alert(1)</script> bridge | cost **$1.2 billion**, officials said.",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("Officials said the bridge cost $2.1 billion.")
    text = markdown.render(run([str(tmp_path)], ScanOptions(language="en")))
    assert "<script>" not in text
    assert "\\<script\\>" in text
    assert "bridge \\| cost \\*\\*" in text


def test_no_conflict_headline(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The plant will cost $2 billion.", encoding="utf-8")
    text = markdown.render(run([str(tmp_path)], ScanOptions(language="en")))
    assert text.startswith("## ✅ factcheck: 0 conflicts, 0 agreements")


def test_cli_markdown() -> None:
    result = run_cli("scan", str(FIXTURES / "flood-relief-2024"), "--format", "markdown")
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith("## ❌ factcheck: ")
