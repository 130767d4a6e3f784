"""No regular expression or loop goes super-linear on crafted input: four times the text may
take about four times as long, never sixteen. `bench/linear_time.py` runs the same inputs from
100 KB to 10 MB; these are its small sizes, with a generous bound."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import pytest

from factcheck import ingest, lexicon, pipeline
from factcheck.extract import extract_source
from factcheck.records import Document
from factcheck.text import NormalText, sentences

GROWTH = 4
LIMIT = 2.5
"""Allowed growth of the time per character when the text grows four times (linear: 1,
quadratic: 4)."""
ATTEMPTS = 3
"""A busy machine can slow one measurement down; quadratic work fails every attempt."""


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _extract(text: str, code: str = "en") -> None:
    document = Document(id="x.txt", path="x.txt", text=text)
    extract_source(document, lexicon.load(code), dt.date(2025, 5, 14), True, dt.date(2025, 5, 14))


def _per_char(work: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(2):
        began = time.perf_counter()
        work(text)
        best = min(best, time.perf_counter() - began)
    return best / len(text)


def _assert_linear(work: Callable[[str], object], unit: str, size: int) -> None:
    work(_repeat(unit, 200))  # warm caches (lexicon, compiled patterns)
    for _attempt in range(ATTEMPTS):
        small = _per_char(work, _repeat(unit, size))
        large = _per_char(work, _repeat(unit, size * GROWTH))
        if large < LIMIT * small + 2e-6:
            return
    pytest.fail(f"{unit!r}: {small * 1e6:.2f} → {large * 1e6:.2f} µs/char")


@pytest.mark.parametrize(
    ("unit", "size", "code"),
    [
        ("7", 5000, "en"),  # 200,000 digits, in small
        ("1,", 5000, "en"),
        ("1.", 5000, "id"),
        ("$", 5000, "en"),
        (".", 5000, "en"),
        ("abcdefghij", 5000, "en"),  # one line without spaces
        ("$1 ", 2000, "en"),  # a claim every three characters
        ("1/2/2025 ", 2000, "en"),  # a date every nine
        ("1-2-", 5000, "en"),  # numeric dates that never end
        ("5-Aug-", 10000, "en"),
        ("next week Friday of next week ", 1000, "en"),  # weekdays in named weeks
        ("上周一", 3000, "zh"),
        ("A. ", 5000, "en"),
        ("３０億ドル", 2000, "ja"),
        ("1조 2천억 ", 2000, "ko"),  # scale parts a space apart
        ("이시바 시게루 일본 총리 ", 1000, "ko"),  # spaced holders before an office
        ("매년 30억 달러 ", 1000, "ko"),
        ("CEO Sam Altman, ", 2000, "en"),
        ("www.x.com/1 3 May ", 2000, "en"),
        ("zweihundert", 2000, "de"),  # one long word of number words
        ("三分之一点一", 2000, "zh"),  # fractions and decimal words without end
        ("二百五十万元又三毛", 1000, "zh"),
        ("dos coma ", 3000, "es"),
        ("5 euros y 5 céntimos y ", 1000, "es"),
        ("por ciento ", 2000, "es"),
        ("1.2.", 5000, "en"),  # a run of separated numbers
        ("100 ", 5000, "ru"),  # one number grouped by spaces without end
        ("глава OpenAI Сэм Альтман, ", 1000, "ru"),  # offices with a change of script
        ("3 May 2024, the next day ", 1000, "en"),  # each counts from the date before it
        ("Friday the 15th, the second Sunday of next month; ", 1000, "en"),
        ("23-Sep-2020 2020/Sep/23 ", 1000, "en"),
        ("两千年八月十五。", 2000, "zh"),  # dates in numeral characters
        ("nesta sexta ", 2000, "pt"),
    ],
)
def test_extraction_is_linear(unit: str, size: int, code: str) -> None:
    _assert_linear(lambda text: _extract(text, code), unit, size)


@pytest.mark.parametrize("unit", ["a. ", "A.", "\n", " ", "x" * 50, "Mr. x. "])
def test_sentences_are_linear(unit: str) -> None:
    _assert_linear(lambda text: sentences(NormalText.of(text).text), unit, 20000)


@pytest.mark.parametrize(
    "unit", ['<meta name="date" ', "<meta", "<title>", "<time datetime='", "---\n"]
)
def test_html_and_front_matter_scans_are_linear(unit: str) -> None:
    def scan(text: str) -> object:
        return ingest._html_dates(text), ingest._html_title(text), ingest._FRONT_MATTER.match(text)

    _assert_linear(scan, unit, 50000)


@pytest.mark.parametrize("unit", ["$1 ", "€1 $1 ", "5 km "])
def test_matching_one_long_document_is_linear(unit: str) -> None:
    """Claims of one source are never compared; walking their pairs was quadratic."""
    options = pipeline.ScanOptions(jobs=1)

    def scan(text: str) -> object:
        document = Document(id="x.txt", path="x.txt", text=text)
        anchor = dt.date(2025, 5, 14)
        source = extract_source(document, lexicon.load("en"), anchor, True, anchor)
        return pipeline.match_all([source], options)

    _assert_linear(scan, unit, 2000)
