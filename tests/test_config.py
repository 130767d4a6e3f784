"""Configuration files: where they are found, what they may say, and the command line over them."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES
from factcheck.baseline import fingerprint
from factcheck.config import Config, ConfigError, apply_exclude, discover, find, load
from golden import cli, event_report

EVENT = FIXTURES / "solar-plant-deal-2025"

FULL = """\
lang = "en"
as-of = 2025-05-14
tolerance = 0.02
fail-on = "never"
format = "json"
output = "out/report.json"
baseline = ".factcheck-baseline.json"
exclude = ["drafts/*", "*.html"]
ignore = ["edf23722c2c82015"]

[aliases]
"SB OpenAI Japan" = "SoftBank-OpenAI joint venture"
"""


def test_every_key_is_read(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text(FULL)
    config = load(tmp_path / "factcheck.toml")
    assert config.lang == "en" and config.as_of == dt.date(2025, 5, 14)
    assert config.tolerance == 0.02 and config.fail_on == "never" and config.format == "json"
    assert config.output == tmp_path / "out/report.json"
    assert config.baseline == tmp_path / ".factcheck-baseline.json"
    assert config.exclude == ("drafts/*", "*.html")
    assert config.ignore == frozenset({"edf23722c2c82015"})
    assert config.aliases == {"SB OpenAI Japan": "SoftBank-OpenAI joint venture"}


def test_found_by_walking_up(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find(deep) is None or not str(find(deep)).startswith(str(tmp_path))
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find(deep) is None or not str(find(deep)).startswith(str(tmp_path))
    (tmp_path / "pyproject.toml").write_text("[tool.factcheck]\ntolerance = 0.1\n")
    assert find(deep) == (tmp_path / "pyproject.toml").resolve()
    assert discover([str(deep)]).tolerance == 0.1
    (tmp_path / "a" / "factcheck.toml").write_text("tolerance = 0.2\n")
    assert discover([str(deep)]).tolerance == 0.2
    (tmp_path / "a" / "pyproject.toml").write_text("[tool.factcheck]\ntolerance = 0.3\n")
    assert discover([str(deep)]).tolerance == 0.2  # factcheck.toml wins in one folder


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("colour = true\n", "unknown key 'colour'"),
        ('tolerance = "high"\n', "tolerance must be a number"),
        ("fail-on = 1\n", "fail-on must be a string"),
        ('as-of = "soon"\n', "as-of must be a date"),
        ('exclude = "drafts"\n', "exclude must be a list"),
        ("[aliases]\nx = 1\n", "aliases must be a table"),
        ("tolerance = \n", "not valid TOML"),
    ],
)
def test_bad_files_are_clear_errors(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "factcheck.toml").write_text(text)
    with pytest.raises(ConfigError, match=message):
        load(tmp_path / "factcheck.toml")


def test_pyproject_errors_name_the_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.factcheck]\nbogus = 1\n")
    with pytest.raises(ConfigError, match=r"\[tool.factcheck\]: unknown key 'bogus'"):
        load(tmp_path / "pyproject.toml")


def test_exclude_drops_files_inside_folders(tmp_path: Path) -> None:
    for name in ("a.txt", "b.html", "drafts/c.txt", "keep/d.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    config = Config(path=tmp_path / "factcheck.toml", exclude=("drafts/*", "*.html"))
    kept = apply_exclude([str(tmp_path)], config)
    assert [Path(p).relative_to(tmp_path).as_posix() for p in kept] == ["a.txt", "keep/d.txt"]
    assert apply_exclude(["x", "-"], Config()) == ["x", "-"]


def _event_with(tmp_path: Path, config: str) -> Path:
    folder = tmp_path / "event"
    shutil.copytree(EVENT, folder)
    (tmp_path / "factcheck.toml").write_text(config)
    return folder


def test_cli_uses_the_file_and_the_command_line_wins(tmp_path: Path) -> None:
    folder = _event_with(tmp_path, 'fail-on = "never"\nformat = "json"\n')
    from_file = cli("scan", str(folder))
    assert from_file.returncode == 0, from_file.stderr
    conflicts = len(event_report("solar-plant-deal-2025").conflicts)
    assert json.loads(from_file.stdout)["summary"]["conflicts"] == conflicts
    overridden = cli("scan", str(folder), "--fail-on", "conflict", "-f", "markdown")
    assert overridden.returncode == 1
    assert overridden.stdout.startswith("## ")


def test_cli_exclude(tmp_path: Path) -> None:
    folder = _event_with(tmp_path, 'format = "json"\nexclude = ["*_id.txt"]\n')
    report = json.loads(cli("scan", str(folder)).stdout)
    assert sorted(s["id"] for s in report["sources"]) == ["echoenergie_fr.txt", "energywire_en.txt"]


def test_cli_ignore_by_fingerprint(tmp_path: Path) -> None:
    conflicts = event_report("solar-plant-deal-2025").conflicts
    ignored = next(c for c in conflicts if c.kind.value == "date")
    folder = _event_with(tmp_path, f'format = "json"\nignore = ["{fingerprint(ignored)}"]\n')
    result = cli("scan", str(folder))
    kept = [c["id"] for c in json.loads(result.stdout)["clusters"] if c["status"] == "conflict"]
    assert kept == [c.id for c in conflicts if c is not ignored]
    assert "1 known conflict(s) suppressed" in result.stderr


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("colour = true\n", "unknown key 'colour'"),
        ('format = "pdf"\n', "format must be one of table, json, html, markdown, sarif"),
        ('lang = "xx"\n', "unknown language 'xx'"),
    ],
)
def test_cli_config_errors_are_one_line(tmp_path: Path, config: str, message: str) -> None:
    folder = _event_with(tmp_path, config)
    result = cli("scan", str(folder))
    assert result.returncode == 2
    assert message in result.stderr and "factcheck.toml" in result.stderr
    assert result.stderr.strip().count("\n") == 0


def test_explicit_config_file(tmp_path: Path) -> None:
    settings = tmp_path / "ci.toml"
    settings.write_text('fail-on = "never"\n')
    assert cli("scan", str(EVENT), "--config", str(settings)).returncode == 0
    missing = cli("scan", str(EVENT), "--config", str(tmp_path / "none.toml"))
    assert missing.returncode == 2 and "no such configuration file" in missing.stderr


def test_no_progress_when_not_a_terminal() -> None:
    result = cli("scan", str(EVENT), "-f", "json")
    assert result.stderr == ""
