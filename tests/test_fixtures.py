"""Every fixture event, checked item by item against its expected.json.

Known misses are listed in KNOWN_GAPS and run as strict xfails: a fix shows up as XPASS.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

import gold
from conftest import EXPECTED, FIXTURES
from factcheck.pipeline import ScanOptions, run
from factcheck.render.json_report import to_dict

# "<event>/<item id>": why the tool misses it today.
KNOWN_GAPS: dict[str, str] = {
    "flood-relief-2024/g2": "French 'roupies' is read as Indian rupees, not rupiah",
    "multilingual-summit-2025/g3": "ministers named by portfolio are not read as offices",
    "multilingual-summit-2025/t1": "German 'insgesamt 11,5 Milliarden' (the total) and English "
    "'$3 billion' (Japan's part) share topic words and nothing tells total from part",
    "port-strike-2025/g3": "ministers named by portfolio are not read as offices",
    "port-strike-2025/a1": "'dockworkers' and 'dockers' are not counted nouns in the lexicons",
    "chip-factory-2025/a3": "'3,500 people' and '3 500 emplois' count different nouns",
    "chip-factory-2025/a5": "'48-hectare site' and '48 hectares' are not linked",
    "flood-relief-2024/a5": "an agency head written 'the head of X, Name' is not read",
}


@functools.cache
def report_of(event: str) -> dict[str, Any]:
    return to_dict(run([str(FIXTURES / event)], ScanOptions()))


def _items(section: str) -> list[Any]:
    params = []
    for path in sorted(EXPECTED.glob("*.json")):
        event = path.stem
        for item in gold.load(path)[section]:
            key = f"{event}/{item['id']}"
            marks = (
                [pytest.mark.xfail(reason=KNOWN_GAPS[key], strict=True)]
                if key in KNOWN_GAPS
                else []
            )
            params.append(pytest.param(event, item, id=key, marks=marks))
    return params


@pytest.mark.parametrize(("event", "conflict"), _items("conflicts"))
def test_conflict_is_reported(event: str, conflict: dict[str, Any]) -> None:
    assert gold.conflict_found(report_of(event), conflict), conflict["about"]


@pytest.mark.parametrize(("event", "agreement"), _items("agreements"))
def test_agreement_is_found(event: str, agreement: dict[str, Any]) -> None:
    assert gold.agreement_found(report_of(event), agreement), agreement["about"]


@pytest.mark.parametrize(("event", "trap"), _items("traps"))
def test_lookalikes_are_not_a_conflict(event: str, trap: dict[str, Any]) -> None:
    assert not gold.trap_violated(report_of(event), trap), trap["note"]


@pytest.mark.parametrize("event", sorted(p.stem for p in EXPECTED.glob("*.json")))
def test_weekday_warnings(event: str) -> None:
    expected = set(gold.load(EXPECTED / f"{event}.json")["weekday_warnings"])
    warned = {
        s["id"]
        for s in report_of(event)["sources"]
        if any(w["code"] == "weekday-mismatch" for w in s["warnings"])
    }
    assert expected <= warned


def test_every_event_has_expectations() -> None:
    events = [p for p in FIXTURES.iterdir() if p.is_dir()]
    assert len(events) >= 4
    assert all((EXPECTED / f"{e.name}.json").is_file() for e in events)


def test_expected_sources_exist() -> None:
    for path in EXPECTED.glob("*.json"):
        for source in gold.load(path)["sources"]:
            assert (FIXTURES / path.stem / source.split("#")[0]).is_file(), source
