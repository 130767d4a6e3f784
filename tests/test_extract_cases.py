"""Extraction cases as data: one YAML file per language in tests/cases/extract/.

Each case gives a text (and optionally the document's date), the claims that must be found, and
the kinds (`absent`) or texts (`absent_texts`) that must not be found. A claim matches when its
kind, text (if given), every value key given and every qualifier listed (`qualifiers`, such as
`rate:day`) agree with the extracted claim, and none of `absent_qualifiers` is held. A
case marked `xfail: reason` is a known gap and must keep failing (strict), so fixing it is
noticed.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.extract import extract_source
from factcheck.lexicon import load
from factcheck.records import Document
from factcheck.render.json_report import value_dict

CASES = Path(__file__).parent / "cases" / "extract"


def _load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        language = path.stem
        for index, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            marks = (
                [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
            )
            params.append(pytest.param(language, case, id=f"{language}-{index}", marks=marks))
    return params


def _same(expected: Any, actual: Any) -> bool:
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return math.isclose(float(expected), float(actual), rel_tol=1e-9, abs_tol=1e-9)
    if isinstance(expected, dt.date):
        return expected.isoformat() == actual
    return bool(expected == actual)


def _matches(want: dict[str, Any], claim: dict[str, Any]) -> bool:
    if want["kind"] != claim["kind"]:
        return False
    if "text" in want and want["text"] != claim["text"]:
        return False
    if not set(want.get("qualifiers", [])) <= set(claim["qualifiers"]):
        return False
    if set(want.get("absent_qualifiers", [])) & set(claim["qualifiers"]):
        return False
    value = want.get("value", {})
    got = {**_UNSAID, **claim["value"]}
    return all(key in got and _same(v, got[key]) for key, v in value.items())


_UNSAID = {"points": False}
"""Keys the report writes only when true: a case may still ask for them to be false."""


@pytest.mark.parametrize(("language", "case"), _load_cases())
def test_case(language: str, case: dict[str, Any]) -> None:
    anchor = case.get("anchor")
    document = Document(id="case", path="case", text=case["text"])
    source = extract_source(document, load(language), anchor, False, anchor)
    found = [
        {
            "kind": c.kind.value,
            "text": c.text,
            "value": value_dict(c.value),
            "qualifiers": c.qualifiers,
        }
        for c in source.claims
    ]
    for want in case.get("claims", []):
        assert any(_matches(want, c) for c in found), f"missing {want}; found {found}"
    if case.get("claims") == []:  # a negative case: nothing at all may be read
        assert not found, f"unexpected {found}"
    for kind in case.get("absent", []):
        assert not [c for c in found if c["kind"] == kind], f"unexpected {kind} in {found}"
    for text in case.get("absent_texts", []):
        assert not [c for c in found if c["text"] == text], f"unexpected {text!r} in {found}"
    if "warnings" in case:
        assert [w.code for w in source.warnings] == case["warnings"]
