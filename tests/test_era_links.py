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
        # A subject pointing back dates the figure through its aside (`the previous census,
        # held in 2017, counted`); an aside after another subject dates only itself.
        (
            "ru",
            "Предыдущая перепись, проведённая в 2017 году, насчитала 29,4 млн человек.",
            29400000,
            "era:2017",
        ),
        (
            "es",
            "El censo anterior, realizado en 2017, contó 29,4 millones de habitantes.",
            29400000,
            "era:2017",
        ),
        (
            "ru",
            "Новая перепись, начатая в 2017 году, насчитала 29,4 млн человек.",
            29400000,
            None,
        ),
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
        ("zh", "新体育馆造价将达3.5亿欧元，接近2021年所批预算1.25亿欧元的三倍。", 3.5e8, None),
        (
            "zh",
            "新体育馆造价将达3.5亿欧元，接近2021年所批预算1.25亿欧元的三倍。",
            1.25e8,
            "era:2021",
        ),
        (
            "en",
            "The arena will cost $350 million, nearly triple the 2021 budget of $125 million.",
            3.5e8,
            None,
        ),
        (
            "en",
            "The arena will cost $350 million, nearly triple the 2021 budget of $125 million.",
            1.25e8,
            "era:2021",
        ),
    ],
)
def test_a_year_opening_a_later_clause_dates_its_own_sum(
    language: str, text: str, amount: float, era: str | None
) -> None:
    """`costs $350 million, nearly triple the 2021 budget of $125 million`: the year dates the
    budget in its clause, not today's cost in the clause before."""
    assert _era_of(language, text, Kind.MONEY, amount) == era


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
        # A founding year dates the body, not the figures of its sentence.
        ("vi", "Công ty được thành lập năm 1998 và đạt thị phần 22,6% trong năm nay.", 22.6, None),
        ("es", "La empresa, fundada en 1998 tiene una cuota del 22,6 %.", 22.6, None),
        ("fr", "L'entreprise fondée en 1998 détient 22,6 % du marché.", 22.6, None),
        ("it", "Fondata nel 2019 a Pangyo, la società detiene il 22,6% del mercato.", 22.6, None),
        # ... or after it, where the verb comes last.
        ("nl", "Het bedrijf werd in 2019 opgericht en haalde 22,6 procent omzetgroei.", 22.6, None),
        ("ko", "2019년 설립된 이 회사의 시장점유율은 22.6%다.", 22.6, None),
        ("zh", "该公司成立于2019年，市场份额为22.6%。", 22.6, None),
        ("zh", "该公司2019年成立，市场份额为22.6%。", 22.6, None),
        ("nl", "In 2019 haalde het bedrijf 22,6 procent omzetgroei.", 22.6, "era:2019"),
        ("vi", "Năm 1998, công ty đạt thị phần 22,6%.", 22.6, "era:1998"),
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


_OCTOBER_2026 = dt.date(2026, 10, 19)


@pytest.mark.parametrize(
    ("language", "text", "amount", "era"),
    [
        # A month a year or more back is a past moment: an earlier bid is no rival of today's.
        ("de", "Bereits im März 2025 hatte Hongtai 36 Euro je Aktie geboten.", 36, "era:2025"),
        ("en", "Hongtai made an approach at 36 euros a share in March 2025.", 36, "era:2025"),
        ("ko", "훙타이그룹은 지난해 3월에도 주당 36유로를 제시했다.", 36, "era:2025"),
        ("zh", "鸿泰集团去年3月曾提出每股36欧元的报价。", 36, "era:2025"),
        # Half a year back in an earlier year is a past moment too, set off as a date alone.
        ("en", "Last year, in November 2025, Hongtai offered 36 euros a share.", 36, "era:2025"),
        ("nl", "In november vorig jaar bood Hongtai 36 euro per aandeel.", 36, "era:2025"),
        # A date in an aside that says more dates only itself.
        ("en", "Hongtai, founded in March 2019, offered 36 euros a share.", 36, None),
        # A recent month, or a bare last year, is still the news.
        ("en", "Hongtai offered 36 euros a share in June 2026.", 36, None),
        ("en", "Velsinger had revenue of 2,100 million euros in 2025.", 2100000000, None),
        # A year after `since` starts a span that reaches today.
        ("en", "The shares have cost 36 euros on average since March 2025.", 36, None),
        # The digits of another figure (`1兆2000億`) are no year.
        ("ja", "費用は1兆2000億ルピア（約6300万ユーロ）に上る。", 63000000, None),
    ],
)
def test_a_month_long_ago_dates_a_figure(
    language: str, text: str, amount: float, era: str | None
) -> None:
    source = extract_source(
        Document(id="c", path="c", text=text), load(language), _OCTOBER_2026, False
    )
    figure = next(
        c for c in source.claims if c.kind is Kind.MONEY and c.value.number.amount == amount
    )
    assert next((q for q in figure.qualifiers if q.startswith("era:")), None) == era


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # A founding year in an aside set off by full-width commas dates only the founding.
        ("zh", "资料显示，维尔辛格创立于1871年，总部位于慕尼黑，拥有4800名员工。"),
        ("ja", "同社は、1871年に創業した老舗で、従業員は4800人。"),
    ],
)
def test_an_aside_in_full_width_commas_dates_itself(language: str, text: str) -> None:
    source = extract_source(
        Document(id="c", path="c", text=text), load(language), _OCTOBER_2026, False
    )
    figure = next(
        c for c in source.claims if c.kind is Kind.QUANTITY and c.value.number.amount == 4800
    )
    assert not [q for q in figure.qualifiers if q.startswith("era:")]
