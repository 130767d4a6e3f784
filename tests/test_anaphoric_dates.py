"""`the next day` counts from the story's last date that names a day, never from a dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract import extract_source
from factcheck.lexicon import load
from factcheck.records import DateValue, Document

_BODY = " The company said its results would follow later in the year." * 5


@pytest.mark.parametrize(
    ("text", "relative_dates"),
    [
        ("Floods hit the region in March, and the next day roads were closed.", []),
        (
            "He was held on 3 May 2024. The next day he was freed; the day after, he left.",
            ["2024-05-04", "2024-05-05"],
        ),
        ("PARIS, March 4, 2025 (AFP) - The next day, talks resumed." + _BODY, []),
    ],
)
def test_anaphoric_days(text: str, relative_dates: list[str]) -> None:
    anchor = dt.date(2025, 6, 5)
    source = extract_source(
        Document(id="d", path="d", text=text), load("en"), anchor, False, anchor
    )
    found = [
        c.value.iso()
        for c in source.claims
        if isinstance(c.value, DateValue) and c.value.relative is not None
    ]
    assert found == relative_dates
