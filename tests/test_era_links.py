"""A sentence that opens by pointing back (`당시`, `тогда`, `khi đó`, `O depremde`) dates its
figures by the earlier year of the sentence before it."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract import extract_source
from factcheck.lexicon import load
from factcheck.records import Document, Kind

_ANCHOR = dt.date(2025, 10, 15)


def _era_of(language: str, text: str, kind: Kind, amount: float) -> str | None:
    """The era qualifier of the figure of `kind` and `amount` in `text`, if any."""
    source = extract_source(Document(id="c", path="c", text=text), load(language), _ANCHOR, False)
    figure = next(c for c in source.claims if c.kind is kind and c.value.number.amount == amount)
    return next((q for q in figure.qualifiers if q.startswith("era:")), None)


@pytest.mark.parametrize(
    ("language", "text", "amount", "era"),
    [
        (
            "tr",
            "Bölge en son 2011'de büyük bir depremle sarsılmıştı. O depremde 600 kişi ölmüştü.",
            600,
            "era:2011",
        ),
        (
            "ru",
            "Последнее сильное наводнение здесь было в 2013 году. Тогда погибли 130 человек.",
            130,
            "era:2013",
        ),
        (
            "vi",
            "Cơn bão gần nhất đổ bộ vào tháng 9/2017. Khi đó, 120 người thiệt mạng.",
            120,
            "era:2017",
        ),
        ("ko", "2016년 경주에서 강진이 발생했다. 당시 23명이 다쳤다.", 23, "era:2016"),
        # Nothing points back: today's figure, though the sentence before names an old year.
        ("tr", "Bölge en son 2011'de sarsılmıştı. Bu yıl 40 kişi yaralandı.", 40, None),
        ("ko", "2016년 경주에서 강진이 발생했다. 이번 지진으로 23명이 다쳤다.", 23, None),
        # A year as far ahead marks a target of that year; next year does not.
        ("ru", "К 2030 году группировка должна насчитывать 120 спутников.", 120, "era:2030"),
        ("it", "Entro il 2030 la costellazione dovrebbe contare 120 satelliti.", 120, "era:2030"),
        ("ru", "В 2026 году на заводе будут работать 300 человек.", 300, None),
        # A year ahead dates the figure nearest to it, not the sentence's others.
        ("en", "Leaders of 24 countries pledged to build 120 plants by 2030.", 24, None),
        ("en", "Leaders of 24 countries pledged to build 120 plants by 2030.", 120, "era:2030"),
        # Pointing back to a recent year dates nothing.
        ("ru", "Завод открыли в 2025 году. Тогда на нём работали 300 человек.", 300, None),
    ],
)
def test_pointing_back_dates_a_figure(
    language: str, text: str, amount: float, era: str | None
) -> None:
    assert _era_of(language, text, Kind.QUANTITY, amount) == era


@pytest.mark.parametrize(
    ("language", "text", "amount", "era"),
    [
        # A bare year set off after the phrase it dates dates the figure too.
        (
            "nl",
            "Bij de vorige verkiezingen, in 2022, haalde de partij nog 27,8 procent.",
            27.8,
            "era:2022",
        ),
        ("en", "At the last election, in 2021, the party won 27.8% of the vote.", 27.8, "era:2021"),
        # An aside that says more dates only itself.
        ("en", "The party, founded in 2009 by students, won 27.8% of the vote.", 27.8, None),
        # A year after `since` starts a span that reaches today.
        ("it", "L'affluenza si è attestata al 61,7%, la più alta dal 2006.", 61.7, None),
        ("es", "El bloque obtuvo el 22,6 %, su peor resultado desde 1998.", 22.6, None),
        ("de", "Die Partei kam auf 22,6 Prozent, das schlechteste Ergebnis seit 1998.", 22.6, None),
        ("id", "Partai itu meraih 22,6 persen, hasil terburuk sejak 1998.", 22.6, None),
        ("es", "En 1998 el bloque obtuvo el 22,6 %.", 22.6, "era:1998"),
        # A year in a comparison is the base of today's change.
        (
            "es",
            "El partido subió 6,3 puntos porcentuales respecto a los comicios de 2022.",
            6.3,
            None,
        ),
        ("id", "Perolehan itu naik 6,3 persen dibandingkan pemilu 2022.", 6.3, None),
        ("de", "Das ist ein Plus von 6,3 Prozent gegenüber der Wahl von 2022.", 6.3, None),
        ("en", "Turnout rose 6.3% compared with the 2021 vote.", 6.3, None),
        # A comparison closed by a comma does not reach the year.
        ("es", "Frente a la crisis, en 2019 el paro subió un 6,3 %.", 6.3, "era:2019"),
    ],
)
def test_a_year_dates_a_percent(language: str, text: str, amount: float, era: str | None) -> None:
    assert _era_of(language, text, Kind.PERCENT, amount) == era
