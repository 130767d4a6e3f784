"""The first real case: ../shared/seeds, checked when it is there (it is not part of the repo)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import SEEDS, run_cli

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    # The seeds carry no dates; the user says when they were read, as --as-of documents.
    result = run_cli("scan", str(SEEDS), "--format", "json", "--as-of", "2025-02-05")
    return dict(json.loads(result.stdout))


def _conflicts(report: dict[str, Any]) -> list[dict[str, set[str]]]:
    claims = {c["id"]: c for c in report["claims"]}
    out = []
    for cluster in report["clusters"]:
        if cluster["status"] == "conflict":
            by_value: dict[str, set[str]] = {}
            for cid in cluster["claims"]:
                value = claims[cid]["value"]
                key = str(value.get("amount", value.get("date", value.get("holder"))))
                by_value.setdefault(key, set()).add(claims[cid]["source"][:3])
            out.append(by_value)
    return out


def test_stargate_conflict(report: dict[str, Any]) -> None:
    assert any(
        {"000", "001", "003"} <= c.get("500000000000", set())
        and "002" in c.get("50000000000", set())
        for c in _conflicts(report)
    )


def test_date_conflict(report: dict[str, Any]) -> None:
    assert any(
        "000" in c.get("2025-01-29", set()) and {"002", "003"} <= c.get("2025-02-03", set())
        for c in _conflicts(report)
    )


def test_prime_minister_conflict(report: dict[str, Any]) -> None:
    assert any(
        {"000", "001", "003"} <= c.get("Shigeru Ishiba", set()) and "004" in str(c)
        for c in _conflicts(report)
    )


def test_no_other_conflicts(report: dict[str, Any]) -> None:
    assert len(_conflicts(report)) == 3


def test_weekday_warning_on_000(report: dict[str, Any]) -> None:
    warned = [s["id"][:3] for s in report["sources"] if s["warnings"]]
    assert warned == ["000"]


def test_agreements(report: dict[str, Any]) -> None:
    claims = {c["id"]: c for c in report["claims"]}
    agreed = [
        {claims[i]["source"][:3]: claims[i]["value"] for i in k["claims"]}
        for k in report["clusters"]
        if k["status"] in ("agreement", "conflict")
    ]

    def has(sources: set[str], key: str, value: object) -> bool:
        return any(
            sources <= g.keys() and all(g[s].get(key) == value for s in sources) for g in agreed
        )

    assert has({"000", "001", "002"}, "amount", 3_000_000_000)
    assert has({"000", "001"}, "amount", 1000)
    assert has({"000", "001", "002"}, "holder", "Masayoshi Son")
    assert has({"000", "001"}, "holder", "Sam Altman")


def test_diagnoses_once_times_are_known(tmp_path: Path) -> None:
    """With publication dates (the Kishida article is from April 2023), the prime-minister
    conflict is diagnosed as a stale source and Stargate as a factor of ten."""
    for seed in sorted(SEEDS.glob("*.txt")):
        date = "2023-04-10" if seed.name.startswith("004") else "2025-02-03"
        text = seed.read_text(encoding="utf-8")
        (tmp_path / f"{seed.stem}.md").write_text(
            f"---\ndate: {date}\n---\n{text}", encoding="utf-8"
        )
    result = run_cli("scan", str(tmp_path), "--format", "json")
    report = json.loads(result.stdout)
    codes = {
        tuple(
            sorted(
                {c["value"].get("holder", "") for c in report["claims"] if c["id"] in k["claims"]}
            )
        ): [d["code"] for d in k["diagnosis"]]
        for k in report["clusters"]
        if k["status"] == "conflict"
    }
    assert any("stale-source" in v for k, v in codes.items() if "Fumio Kishida" in k)
    money = [k for k in report["clusters"] if k["status"] == "conflict" and k["kind"] == "money"]
    assert any("factor-10" in [d["code"] for d in k["diagnosis"]] for k in money)


def test_the_same_three_conflicts_without_any_date() -> None:
    """With no date at all, year-less dates stay year-less (`--01-29`) and still conflict."""
    result = run_cli("scan", str(SEEDS), "--format", "json")
    report = json.loads(result.stdout)
    conflicts = _conflicts(report)
    assert len(conflicts) == 3
    assert any(
        "000" in c.get("--01-29", set()) and "002" in c.get("--02-03", set()) for c in conflicts
    )
