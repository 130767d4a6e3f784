"""SARIF 2.1.0: valid against the schema, one result per conflict, stable ids and fingerprints."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from conftest import FIXTURES, run_cli
from factcheck.cli import read_text
from factcheck.pipeline import ScanOptions, run
from factcheck.records import Kind
from factcheck.render import sarif
from golden import EVENTS, check, event_report, rendered

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-2.1.0.json").read_text())


def _sarif(event: str) -> str:
    return rendered(lambda: sarif.render(event_report(event), 0.0, read_text))


@pytest.mark.parametrize("event", EVENTS)
def test_golden_and_valid(event: str) -> None:
    text = _sarif(event)
    log = json.loads(text)
    jsonschema.validate(log, SCHEMA, format_checker=jsonschema.FormatChecker())
    assert len(log["runs"][0]["results"]) == len(event_report(event).conflicts)
    check(f"{event}.sarif", text)


def test_schema_rejects_what_sarif_forbids() -> None:
    log = json.loads(_sarif("solar-plant-deal-2025"))
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(log, SCHEMA)
    del log["runs"][0]["tool"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(log, SCHEMA)


def test_rule_ids_are_stable_per_kind() -> None:
    log = json.loads(_sarif("solar-plant-deal-2025"))
    rules = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    assert rules == [f"FC-{k.value.upper()}-CONFLICT" for k in Kind]
    for result in log["runs"][0]["results"]:
        assert rules[result["ruleIndex"]] == result["ruleId"]
        assert result["ruleId"] == f"FC-{result['properties']['kind'].upper()}-CONFLICT"


def test_regions_point_at_the_claim_in_the_file() -> None:
    log = json.loads(_sarif("solar-plant-deal-2025"))
    root = FIXTURES.parent
    for result in log["runs"][0]["results"]:
        for location in result["locations"]:
            physical = location["physicalLocation"]
            lines = (root / physical["artifactLocation"]["uri"]).read_text().splitlines()
            region = physical["region"]
            assert region["startLine"] == region["endLine"]
            line = lines[region["startLine"] - 1]
            found = line[region["startColumn"] - 1 : region["endColumn"] - 1]
            assert found == region["snippet"]["text"]


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "event"
    shutil.copytree(FIXTURES / "solar-plant-deal-2025", folder)
    return folder


def _fingerprints(folder: Path) -> dict[str, tuple[int, ...]]:
    log = sarif.to_dict(run([str(folder)], ScanOptions()), 0.0, read_text)
    return {
        r["partialFingerprints"][sarif.FINGERPRINT_KEY]: tuple(
            loc["physicalLocation"]["region"]["startLine"] for loc in r["locations"]
        )
        for r in log["runs"][0]["results"]
    }


def test_fingerprints_survive_moved_text(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    before = _fingerprints(folder)
    article = folder / "energywire_en.txt"
    article.write_text("Editor's note: updated.\n\n\n" + article.read_text(), encoding="utf-8")
    after = _fingerprints(folder)
    assert set(after) == set(before)
    assert after != before  # the lines did move


def test_markdown_front_matter_counts_in_lines(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\ntitle: A\n---\nThe bridge cost $1.2 billion, officials said.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("Officials said the bridge cost $2.1 billion.\n")
    log = sarif.to_dict(run([str(tmp_path)], ScanOptions(language="en")), 0.0, read_text)
    regions = {
        Path(loc["physicalLocation"]["artifactLocation"]["uri"]).name: loc["physicalLocation"][
            "region"
        ]
        for loc in log["runs"][0]["results"][0]["locations"]
    }
    assert regions["a.md"]["startLine"] == 4
    assert regions["a.md"]["startColumn"] == len("The bridge cost ") + 1
    assert regions["b.txt"]["startLine"] == 1


def test_cli_writes_sarif(tmp_path: Path) -> None:
    target = tmp_path / "report.sarif"
    event = FIXTURES / "port-strike-2025"
    result = run_cli("scan", str(event), "-f", "sarif", "-o", str(target))
    assert result.returncode == 1, result.stderr
    jsonschema.validate(json.loads(target.read_text(encoding="utf-8")), SCHEMA)
