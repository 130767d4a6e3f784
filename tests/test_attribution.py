"""Who a figure is credited to, as a table of examples: named bodies and bodies named by a
common noun (`[attribution_bodies]`), whose counts are attributed, not contradictory."""

from __future__ import annotations

import pytest

from factcheck.extract.attribution import attribution_of
from factcheck.lexicon import load

CASES = [
    ("fr", "Selon le ministère de l'Intérieur, 1,2 million ont marché", "1,2", "interior ministry"),
    ("fr", "Selon la police, 800 000 personnes ont manifesté.", "800", "police"),
    ("it", "Secondo la polizia i manifestanti sono stati 1,2 milioni.", "1,2", "police"),
    ("de", "Nach Angaben der Polizei beteiligten sich 1,2 Millionen Menschen.", "1,2", "police"),
    ("nl", "Volgens de politie liepen er 1,2 miljoen mensen mee.", "1,2", "police"),
    ("nl", "Volgens de vakbondskoepel KSL liepen er 3,5 miljoen demonstranten mee.", "3,5", "KSL"),
    ("id", "Menurut polisi, jumlah peserta aksi mencapai 1,2 juta orang.", "1,2", "police"),
    ("id", "Menurut serikat buruh, 3,5 juta orang turun ke jalan.", "3,5", "union"),
    ("en", "According to police, 1.2 million people marched.", "1.2", "police"),
    ("fr", "Selon la KSL, 3,5 millions de personnes ont défilé.", "3,5", "KSL"),
    ("fr", "La police a bloqué 1 200 manifestants.", "1 200", None),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "figure", "credited"), CASES)
def test_attribution(language: str, text: str, figure: str, credited: str | None) -> None:
    at = text.index(figure)
    found = attribution_of(text, load(language), (0, len(text)), (at, at + len(figure)))
    assert found == credited
