"""The real command, run as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from conftest import FIXTURES, run_cli
from factcheck import cli

SCHEMA = json.loads(
    (Path(__file__).parent.parent / "src/factcheck/schema/report.schema.json").read_text()
)
EVENT = FIXTURES / "solar-plant-deal-2025"


def test_scan_json_is_valid_and_reports_conflicts() -> None:
    result = run_cli("scan", str(EVENT), "--format", "json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    jsonschema.validate(report, SCHEMA)
    assert report["summary"]["conflicts"] >= 1
    assert report["summary"]["sources"] == 3


def test_same_input_gives_byte_identical_json() -> None:
    first = run_cli("scan", str(EVENT), "--format", "json")
    second = run_cli("scan", str(EVENT), "--format", "json")
    assert first.stdout == second.stdout


def test_fail_on_never_exits_zero() -> None:
    result = run_cli("scan", str(EVENT), "--fail-on", "never")
    assert result.returncode == 0
    assert "Conflicts" in result.stdout


def test_table_output_fits_80_columns() -> None:
    result = run_cli("scan", str(EVENT), "--fail-on", "never")
    assert max(len(line) for line in result.stdout.splitlines()) <= 100
    assert "\x1b[" not in result.stdout  # no colour when stdout is not a terminal


def test_missing_path_is_a_one_line_error() -> None:
    result = run_cli("scan", "no/such/folder")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "Traceback" not in result.stderr
    assert "no readable document" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--as-of", "yesterday"], "--as-of"),
        (["--lang", "xx"], "unknown language"),
        (["--tolerance", "2"], "--tolerance"),
    ],
)
def test_bad_options_are_one_line_errors(args: list[str], message: str) -> None:
    result = run_cli("scan", str(EVENT), *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_stdin_document() -> None:
    text = "SoftBank will pay about $3 billion a year, its CEO Masayoshi Son said."
    result = run_cli("claims", "-", "--format", "json", "--lang", "en", stdin=text)
    assert result.returncode == 0, result.stderr
    claims = json.loads(result.stdout)["claims"]
    assert [c["text"] for c in claims if c["kind"] == "money"] == ["about $3 billion a year"]
    assert claims[0]["source"] == "stdin"


def test_output_file_is_written_and_inputs_are_not_overwritten(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The plant will cost $2 billion.", encoding="utf-8")
    target = tmp_path / "report.json"
    assert run_cli("scan", str(article), "-f", "json", "-o", str(target)).returncode == 0
    jsonschema.validate(json.loads(target.read_text()), SCHEMA)
    refused = run_cli("scan", str(article), "-f", "json", "-o", str(article))
    assert refused.returncode == 2
    assert article.read_text(encoding="utf-8") == "The plant will cost $2 billion."


def test_claims_json_has_sources_and_claims() -> None:
    result = run_cli("claims", str(EVENT), "--format", "json")
    report = json.loads(result.stdout)
    jsonschema.validate(report, SCHEMA)
    assert report["claims"] and "clusters" not in report


def test_unsupported_and_broken_files_are_skipped_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("The bridge cost $1.2 billion.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text(
        '{"text": "Officials said the bridge cost $1.2 billion."}\nnot json\n', encoding="utf-8"
    )
    result = run_cli("scan", str(tmp_path), "-f", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert sorted(s["id"] for s in report["sources"]) == ["good.txt", "lines.jsonl#1"]
    assert "image.png" in result.stderr and "broken.json" in result.stderr
    assert "bad lines 2" in result.stderr


def test_the_readme_sample_is_what_the_scan_prints() -> None:
    """The README shows the sample scan at 80 columns; it must stay the tool's real output."""
    import os
    import subprocess
    import sys

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    after = readme[readme.index("`factcheck scan fixtures/solar-plant-deal-2025`") :]
    shown = after[after.index("```text\n") + len("```text\n") :]
    shown = shown[: shown.index("```")]
    printed = subprocess.run(
        [sys.executable, "-m", "factcheck", "scan", str(EVENT), "--fail-on", "never"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "COLUMNS": "80"},
    ).stdout
    assert printed == shown


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for command in cli.app.registered_commands:
        assert f"factcheck {command.name or command.callback.__name__}" in readme  # type: ignore[union-attr]


def test_broken_language_data_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from factcheck import lexicon

    def broken(code: str) -> lexicon.Lexicon:
        raise lexicon.LexiconError(f"{code}.toml: Expected '=' after a key (line 3)")

    monkeypatch.setattr(lexicon, "load_or_generic", broken)
    result = CliRunner().invoke(cli.app, ["scan", str(EVENT), "--quiet"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "factcheck: language data:" in result.output
    assert result.output.strip().count("\n") == 0
