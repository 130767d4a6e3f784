"""Topic concepts as data: one YAML file per language in tests/cases/concepts/.

Each case is a short news sentence with a figure, the concepts its claims' subjects must hold
(`concepts`) and, optionally, concepts they must not hold (`not`: a look-alike word such as the
money sense of `capital`) and words that must not be taken for names (`not_names`: German
capitalises every noun, `Rekord` and `Sommer` name nothing). Concepts are what lets a French
and a Japanese sentence about the same figure meet, so every concept one language names must
be known to the others' tables.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.extract import extract_source
from factcheck.lexicon import available_languages, load
from factcheck.records import Document

CASES = Path(__file__).parent / "cases" / "concepts"
LEXICONS = Path(__file__).parents[1] / "src" / "factcheck" / "lexicons"


def _load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        for index, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            params.append(pytest.param(path.stem, case, id=f"{path.stem}-{index}"))
    return params


@pytest.mark.parametrize(("language", "case"), _load_cases())
def test_concepts(language: str, case: dict[str, Any]) -> None:
    document = Document(id="case", path="case", text=case["text"])
    source = extract_source(document, load(language), None, False, None)
    assert source.claims, f"no claim in {case['text']!r}"
    held = set().union(*(c.subject.concepts for c in source.claims))
    assert set(case["concepts"]) <= held, f"{case['text']!r}: concepts {sorted(held)}"
    assert not set(case.get("not", [])) & held, f"{case['text']!r}: concepts {sorted(held)}"
    named = set().union(*(c.subject.entities for c in source.claims))
    assert not set(case.get("not_names", [])) & named, f"{case['text']!r}: names {sorted(named)}"


def _concepts(code: str) -> set[str]:
    """The concepts a language names; `""` is none (a phrase that keeps a shorter one from
    being read: it `bilancio è di` is a tally, not `bilancio`, a budget)."""
    data = tomllib.loads((LEXICONS / f"{code}.toml").read_text(encoding="utf-8"))
    return set(data.get("concepts", {}).values()) - {""}


def test_every_language_has_concept_cases() -> None:
    assert {p.stem for p in CASES.glob("*.yaml")} == set(available_languages())


def test_concepts_are_named_in_english_first() -> None:
    """English's table is the list of concepts: a concept only one language knows can never
    meet another language's claim, which usually means a misspelt name."""
    known = _concepts("en")
    for code in available_languages():
        assert _concepts(code) <= known, f"{code}: {sorted(_concepts(code) - known)}"


def test_contrasts_and_updates_name_known_concepts() -> None:
    base = tomllib.loads((LEXICONS / "base.toml").read_text(encoding="utf-8"))
    named = {c for group in base["contrasts"]["groups"] for c in group}
    named |= set(base["updates"]["concepts"])
    assert named <= _concepts("en"), sorted(named - _concepts("en"))
