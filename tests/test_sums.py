"""A sum a sentence builds from two of its other sums is the whole, kept apart from its parts."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract import extract_source
from factcheck.extract.sums import SUM_PHASE
from factcheck.lexicon import load
from factcheck.records import Document

DAY = dt.date(2026, 7, 15)


def _phases(language: str, text: str) -> dict[str, bool]:
    document = Document(id="d", path="d", text=text)
    source = extract_source(document, load(language), DAY, False, DAY)
    return {c.text: SUM_PHASE in c.qualifiers for c in source.claims if c.kind.value == "money"}


@pytest.mark.parametrize(
    ("language", "text", "whole"),
    [
        ("en", "A deal worth €85m, with a further €10m in add-ons that could take the total to "
         "€95m.", "€95m"),
        ("it", "Il club verserà 85 milioni di euro più 10 milioni di bonus, per un totale che può "
         "arrivare a 95 milioni.", "95 milioni"),
    ],
)  # fmt: skip
def test_the_whole_is_marked(language: str, text: str, whole: str) -> None:
    assert [t for t, marked in _phases(language, text).items() if marked] == [whole]


def test_sums_in_two_sentences_or_currencies_are_no_whole() -> None:
    text = "The club paid €85m. It added €10m in bonuses and spends $95m on wages."
    assert not any(_phases("en", text).values())
