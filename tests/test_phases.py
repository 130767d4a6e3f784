"""A phase word after a sum (`in una prima fase`, `in a first phase`) marks it as that phase's
share of a larger sum; only words of the sum's own sentence do."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract import extract_source
from factcheck.lexicon import load
from factcheck.records import Document, Kind

_ANCHOR = dt.date(2026, 10, 16)


def _phases(language: str, text: str, amount: float) -> set[str]:
    document = Document(id="c", path="c", text=text)
    source = extract_source(document, load(language), _ANCHOR, False)
    claim = next(
        c for c in source.claims if c.kind is Kind.MONEY and c.value.number.amount == amount
    )
    return {q for q in claim.qualifiers if q.startswith("phase:")}


@pytest.mark.parametrize(
    ("language", "text", "amount", "phases"),
    [
        ("it", "Lo Stato verserà 300 milioni di euro in una prima fase.", 300e6, {"phase:initial"}),
        (
            "it",
            "Hanul è valutata 9,8 miliardi di dollari. La forchetta indicata inizialmente era "
            "compresa tra 19 e 21 dollari.",
            9.8e9,
            set(),
        ),
    ],
)
def test_phase_of_a_sum(language: str, text: str, amount: float, phases: set[str]) -> None:
    assert _phases(language, text, amount) == phases
