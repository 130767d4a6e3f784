"""The whole a part is taken from keeps none of the part's outcome (extract/wholes.py), and the
part is read as one in every language's way of writing it (extract/figure_echoes.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract import extract_source
from factcheck.lexicon import load
from factcheck.records import Claim, Document, Quantity

CASES = [
    # language, text, whole's amount, part's amount, concept the whole must not hold
    ("en", "Seven of its 21 crew members were still missing on Wednesday.", 21, 7, "missing"),
    ("en", "Rescuers saved 14 of the 21 sailors aboard.", 21, 14, "rescue"),
    ("tr", "Gemideki 21 mürettebattan 14'ü kurtarıldı.", 21, 14, "rescue"),
    ("ko", "선원 21명 가운데 14명이 구조됐다.", 21, 14, "rescue"),
    ("ja", "乗組員21人のうち14人が救助された。", 21, 14, "rescue"),
    ("vi", "14 trong số 21 thủy thủ đã được cứu.", 21, 14, "rescue"),
    ("es", "Nueve de los 21 tripulantes siguen desaparecidos.", 21, 9, "missing"),
]


def _claims(language: str, text: str) -> list[Claim]:
    document = Document(id="case", path="case", text=text)
    return list(extract_source(document, load(language), None, False, None).claims)


def _count(claims: list[Claim], amount: float) -> Claim:
    return next(
        c for c in claims if isinstance(c.value, Quantity) and c.value.number.amount == amount
    )


@pytest.mark.parametrize(("language", "text", "whole", "part", "outcome"), CASES)
def test_the_whole_keeps_no_outcome_of_its_part(
    language: str, text: str, whole: float, part: float, outcome: str
) -> None:
    claims = _claims(language, text)
    assert "part" in _count(claims, part).qualifiers
    assert outcome not in _count(claims, whole).subject.concepts


@pytest.mark.parametrize(
    ("language", "text", "whole", "concept"),
    [
        # the whole's own noun names the outcome: the 35 are injured
        ("en", "Of the 35 injured, 19 are children.", 35, "injured"),
        # no part: the count keeps what befell it
        ("en", "All 21 crew members were rescued.", 21, "rescue"),
        ("ko", "선원 21명이 모두 구조됐다.", 21, "rescue"),
    ],
)
def test_a_count_keeps_its_own_outcome(
    language: str, text: str, whole: float, concept: str
) -> None:
    assert concept in _count(_claims(language, text), whole).subject.concepts


@pytest.mark.parametrize(
    ("language", "text", "concept"),
    [
        # the clock a day is told in is an aside: the day keeps the verb after it
        ("ko", "화물선이 9일(현지시간) 밤 폭풍으로 침몰했다.", "capsize"),
        ("en", "The ship sank on Tuesday (local time) after a storm.", "capsize"),
        ("ja", "貨物船は9日（現地時間）夜に嵐で沈没した。", "capsize"),
    ],
)
def test_a_clock_in_brackets_ends_no_clause(language: str, text: str, concept: str) -> None:
    document = Document(id="case", path="case", text=text)
    anchor = dt.date(2027, 11, 10)
    claims = extract_source(document, load(language), anchor, False, anchor).claims
    dates = [c for c in claims if c.kind.value == "date"]
    assert dates and all(concept in c.subject.concepts for c in dates), dates
