"""Matching refuses clusters that join different things, however the links chain."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import likeness, match
from factcheck.extract import extract_source
from factcheck.lexicon import load
from factcheck.pipeline import ScanOptions, run
from factcheck.records import Claim, Cluster, Document, Kind, Nature, Report, Status

CONFLICTS = {
    "the old and new ends of a rate change written in five languages never clash": (
        [
            "Kelvara to raise sales tax to 12% in March\n\nKelvara will raise its sales tax "
            "from 11% to 12% from March 1, Finance Minister Anton Reyes said on Tuesday.",
            "Kelvara naikkan pajak penjualan jadi 12 persen\n\nPemerintah Kelvara menaikkan "
            "tarif pajak penjualan dari 11 persen menjadi 12 persen mulai 1 Maret.",
            "克尔瓦拉将销售税从11%上调至12%\n\n克尔瓦拉财政部宣布，自3月1日起将销售税税率从11%上调至12%。",
            "ケルバラ、売上税を12%に引き上げ\n\nケルバラ政府は、売上税の税率を3月1日から11%から12%に"
            "引き上げると発表した。",
            "켈바라, 판매세 11%에서 12%로 인상\n\n켈바라 정부는 판매세 세율을 3월 1일부터 "
            "11%에서 12%로 올린다고 발표했다.",
        ],
        0,
    ),
    "a new rate stated wrongly beside the right old one still clashes": (
        [
            "Kelvara to raise sales tax to 12% in March\n\nKelvara will raise its sales tax "
            "from 11% to 12% from March 1, Finance Minister Anton Reyes said on Tuesday.",
            "Kelvara naikkan pajak penjualan jadi 12 persen\n\nPemerintah Kelvara menaikkan "
            "tarif pajak penjualan dari 11 persen menjadi 12 persen mulai 1 Maret.",
            "Kelvara lifts sales tax to 13%\n\nKelvara is raising its sales tax from 11% to 13% "
            "from March 1, finance minister Anton Reyes announced.",
            "Kelvara hebt Umsatzsteuer an\n\nKelvara erhöht die Umsatzsteuer ab 1. März von 11 "
            "Prozent auf 12 Prozent, sagte Finanzminister Anton Reyes.",
        ],
        1,
    ),
    "a bound does not bridge measures far apart": (
        [
            "The Kelvara agency warned that waves of at least 3 metres could hit.",
            "In Kelvara the coast rose by nearly 200 metres, the agency said.",
            "The Kelvara agency said the quake struck 16 kilometres under the coast.",
        ],
        0,
    ),
    "a plan's month a month apart is a conflict": (
        [
            "The Kelvara ministry said its staff would move to new Kelvara offices in September.",
            "The Kelvara ministry said its staff could move to new Kelvara offices in October.",
        ],
        1,
    ),
    "a plan's month in sentences that name nothing still meets": (
        [
            "Civil servants were told they would relocate to the new capital in September.",
            "The first government workers may start relocating to the new capital as soon as "
            "October.",
        ],
        1,
    ),
    "months of unnamed sentences about other things stay apart": (
        [
            "Civil servants were told they would relocate to the new capital in September.",
            "Ticket prices for the new stadium will rise in October.",
        ],
        0,
    ),
    "months a season apart are two steps of a plan": (
        [
            "The Kelvara ministry said its staff would move to new Kelvara offices in September.",
            "The Kelvara ministry said its staff could move to new Kelvara offices in December.",
        ],
        0,
    ),
    "a share price's rise is no rival of revenue growth": (
        [
            "À Singapour, Kelvara Mining a réalisé un chiffre d'affaires de 640 millions de "
            "dollars, en hausse de 18 % sur un an.",
            "Kelvara Mining's shares rose 4.1% in Singapore after the announcement.",
        ],
        0,
    ),
    "the same three digits swapped in one unit are one measure misread": (
        [
            "Harbour pilots said the 734-foot freighter was towed to the pier on Monday.",
            "El carguero mide 743 pies de eslora, según la capitanía.",
        ],
        1,
    ),
    "each report's only length, swapped digits: one length": (
        [
            "The 340 km line will cut the journey to two hours.",
            "Die 430 Kilometer lange Strecke verkürzt die Fahrzeit auf zwei Stunden.",
        ],
        1,
    ),
    "each report's only length, far apart: two lengths": (
        [
            "The 340 km line will cut the journey to two hours.",
            "Die 90 Kilometer lange Strecke verkürzt die Fahrzeit auf zwei Stunden.",
        ],
        0,
    ),
    "swapped digits of two named towers are two towers": (
        [
            "The Kelvara tower is 312 metres tall.",
            "Selon Ostrava Invest, la nouvelle tour de bureaux mesure 321 mètres de haut pour un "
            "coût élevé.",
        ],
        0,
    ),
    "measures of one thing still conflict": (
        [
            "The Kelvara bridge spans 1,250 metres across the bay, its builder said.",
            "The builder said the Kelvara bridge spans 1,520 metres across the bay.",
        ],
        1,
    ),
    "a percent that grew and one that climbed are one change": (
        [
            "Las ventas de vehículos eléctricos crecieron un 25% el año pasado.",
            "Sales of electric vehicles climbed 52% last year.",
        ],
        1,
    ),
    "swapped digits of a count in two counted nouns of one kind are one count misread": (
        [
            "Le séisme a fait 248 morts dans la province, selon les autorités.",
            "The earthquake killed 284 people in the province, authorities said.",
        ],
        1,
    ),
    "two countries' exports to one market are two figures": (
        [
            "Türkiye'nin geçen yıl ABD'ye çelik ihracatı 1,1 milyar dolar oldu.",
            "Kim ngạch xuất khẩu thép của Việt Nam sang Mỹ năm ngoái đạt 1,3 tỷ USD.",
        ],
        0,
    ),
    "one country's exports still conflict": (
        [
            "Türkiye'nin geçen yıl ABD'ye çelik ihracatı 1,1 milyar dolar oldu.",
            "Turkey's steel exports to the United States reached $1.3 billion last year.",
        ],
        1,
    ),
    "two Nordic countries' jobless rates are two figures": (
        ["挪威统计局表示，3月份失业率升至4.1%。", "瑞典统计局表示，3月份失业率升至8.5%。"],
        0,
    ),
    "one Nordic country's jobless rate still conflicts across languages": (
        [
            "挪威统计局表示，3月份失业率升至4.1%。",
            "Norway's statistics office said the jobless rate rose to 4.5% in March.",
        ],
        1,
    ),
    "plural demonyms name the country too": (
        [
            "As exportações brasileiras de aço para os EUA somaram US$ 5,7 bilhões em 2025.",
            "Las exportaciones mexicanas de acero a EE UU sumaron 6.100 millones de dólares "
            "en 2025.",
        ],
        0,
    ),
    "rises of two countries' stock markets are two figures": (
        [
            "Em São Paulo, as ações brasileiras fecharam em alta de 0,6%.",
            "Borsa İstanbul'da Türk hisseleri günü yüzde 0,7 yükselişle tamamladı.",
        ],
        0,
    ),
    "growth of one thing and the rise of another stay apart": (
        [
            "GDP growth reached 2.5% last year.",
            "La inflación subió un 5,2% el año pasado.",
        ],
        0,
    ),
    "each source's only count of arrests, a zero apart, is one count": (
        [
            "En fin de journée, les forces de l'ordre ont procédé à 460 interpellations.",
            "Il bilancio è di 46 arresti e 87 agenti feriti.",
        ],
        1,
    ),
    "each source's only count of one noun, far apart, is two counts": (
        [
            "Les deux villes ont accueilli 40 entreprises exposantes.",
            "Der Gipfel brachte Vertreter von 500 Unternehmen zusammen.",
        ],
        0,
    ),
    "a source with two counts of arrests leaves it to the subjects": (
        [
            "En fin de journée, les forces de l'ordre ont procédé à 460 interpellations. "
            "Le 23 janvier, on avait compté 120 interpellations.",
            "Il bilancio è di 46 arresti e 87 agenti feriti.",
        ],
        0,
    ),
    "two sources' only sums meet though a third source gives two": (
        [
            "La réforme doit permettre d'économiser 12 milliards d'euros par an.",
            "Reformasi itu diperkirakan menghemat anggaran sebesar 12 juta euro per tahun.",
            "Die Regierung will 12 Milliarden Euro pro Jahr einsparen. Eine Rente beträgt im "
            "Schnitt 17.400 Euro im Jahr.",
        ],
        1,
    ),
    "a forecast and a previous occasion's count are two figures": (
        [
            "Bij de vorige actiedag, op 23 januari, telde de politie 800.000 betogers.",
            "Die Polizei hatte im Vorfeld mit 1 Million Demonstranten gerechnet.",
            "Lors de la précédente journée, la police avait recensé 800 000 manifestants.",
        ],
        0,
    ),
    "one portfolio's minister, no country named, is one office": (
        [
            "« Nous ne reculerons pas », a déclaré la ministre du Travail, Elena Marsic.",
            "Minister van Werk Pavel Drenko noemde de hervorming onvermijdelijk.",
        ],
        1,
    ),
    "each source's only deficit rate meets the others": (
        [
            "Las cuentas contemplan un déficit del 3,1% del PIB.",
            "O défice orçamental ficará em 3,7% do PIB.",
        ],
        1,
    ),
    "sole rates of one topic far apart are two rates": (
        [
            "Las cuentas contemplan un déficit del 3,1% del PIB.",
            "O défice orçamental ficará em 6,4% do PIB.",
        ],
        0,
    ),
    "a deficit and growth are two rates, however alike": (
        [
            "Le gouvernement table sur un déficit public de 3,1 % du PIB.",
            "O ministro conta que a economia cresça 3,7% no próximo ano.",
            "Дефицит госбюджета запланирован на уровне 3,1% ВВП.",
        ],
        0,
    ),
    "the ayes and the noes of one vote are two counts, however alike their digits": (
        [
            "Le budget a été adopté par 163 voix pour.",
            "El presupuesto recibió 136 votos en contra.",
            "Законопроект поддержали 163 депутата, против — 136.",
        ],
        0,
    ),
    "a tally written `289 voix contre 252` meets one written by sides": (
        [
            "L'Assemblée nationale de Valdorie a adopté le budget par 289 voix contre 252.",
            "La Asamblea Nacional de Valdoria aprobó el presupuesto con 289 votos a favor y "
            "252 en contra.",
            "O Orçamento da Valdória foi aprovado por 289 votos contra 252.",
        ],
        0,
    ),
    "two stock exchanges' moves are two figures": (
        [
            "La Bolsa de Madrid cerró con una subida del 0,3%, hasta los 11.870 puntos.",
            "Borsa İstanbul'da BIST 100 endeksi günü yüzde 0,9 yükselişle tamamladı.",
        ],
        0,
    ),
    "a source naming two holders of one portfolio leaves it alone": (
        [
            "Labour minister Ana Reyes met labour minister Tomas Berg in Oslo.",
            "Arbeitsministerin Elena Marsic sprach im Parlament.",
        ],
        0,
    ),
    "a bare mile at sea may be a nautical mile": (
        [
            "Il barcone si è capovolto a 38 miglia a sud-ovest di Lampedusa, dice la Guardia "
            "costiera.",
            "Le bateau a chaviré à 38 milles nautiques (environ 70 km) au sud-ouest de Lampedusa.",
        ],
        0,
    ),
    "a mile is still no kilometre": (
        [
            "The Kelvara ferry sank 38 miles off the Kelvara coast, the coast guard said.",
            "Le ferry Kelvara a coulé à 38 km des côtes de Kelvara, selon les garde-côtes.",
        ],
        1,
    ),
    "another era's look-alike count does not hide a revised toll": (
        [
            "Published 3 March 2026. A fire in a residential tower in Kelvara killed 11 people "
            "on Sunday, officials said. The city's deadliest fire, in 2010, killed 14 people in "
            "a factory.",
            "Veröffentlicht am 4. März 2026. Bei dem Brand in einem Wohnhochhaus in Kelvara sind "
            "14 Menschen ums Leben gekommen, teilten die Behörden mit.",
        ],
        1,
    ),
    "an open bound beside a source's exact toll does not hide the revised toll": (
        [
            "Kelvara, 12. Februar 2028. Drei Tote nach Lawine in Kelvara. Eine Lawine hat am "
            "Samstag in Kelvara mindestens drei Menschen in den Tod gerissen.",
            "KELVARA, 13 febbraio 2028. Sono cinque i morti della valanga di Kelvara.",
        ],
        1,
    ),
    "an earlier toll told as earlier is no rival of today's": (
        [
            "Kelvara, 3. März 2026. Zunächst war von elf Toten des Brandes in Kelvara die Rede.",
            "KELVARA, 3 марта 2026. При пожаре в Кельваре погибли 14 человек.",
        ],
        0,
    ),
    "a maker's share of a market is no rival of the market's growth": (
        [
            "Vexa Research said on Monday that Lumo held a 19% share of global tablet "
            "shipments in the quarter.",
            "Vexa Research said on Monday that global tablet shipments posted growth of 4.6% "
            "in the quarter.",
        ],
        0,
    ),
    "a body's spokespeople are several: two of them are no conflict": (
        [
            '"Servono più soccorsi in mare", ha detto la portavoce dell\'UNHCR, Chiara Montaldi.',
            "« Inacceptable », a déclaré Matthew Saltmarsh, porte-parole du HCR à Genève.",
            "UNHCR-Sprecherin Chiara Montaldi forderte mehr Seenotrettung.",
        ],
        0,
    ),
}


def _scan(folder: Path, texts: list[str]) -> Report:
    for n, text in enumerate(texts):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    return run([str(folder)], ScanOptions())


def _one_role_cluster(report: Report) -> Cluster:
    """The report's one cluster of roles (and a message listing them when there are more)."""
    roles = [c for c in report.clusters if c.kind is Kind.ROLE]
    assert len(roles) == 1, [c.claims for c in roles]
    return roles[0]


@pytest.mark.parametrize("name", sorted(CONFLICTS))
def test_conflicts_between_measures(name: str, tmp_path: Path) -> None:
    texts, expected = CONFLICTS[name]
    assert len(_scan(tmp_path, texts).conflicts) == expected


def test_one_spokesperson_of_a_body_still_agrees(tmp_path: Path) -> None:
    """Offices a body has several holders of keep apart only different holders."""
    report = _scan(
        tmp_path,
        [
            '"Servono più soccorsi in mare", ha detto la portavoce dell\'UNHCR, Chiara Montaldi.',
            "« Inacceptable », a déclaré Matthew Saltmarsh, porte-parole du HCR à Genève.",
            "UNHCR-Sprecherin Chiara Montaldi forderte mehr Seenotrettung.",
        ],
    )
    agreed = [c for c in report.clusters if c.kind is Kind.ROLE and c.status is Status.AGREEMENT]
    assert [len(c.claims) for c in agreed] == [2]


def test_growth_and_a_rise_of_other_things_do_not_agree(tmp_path: Path) -> None:
    """`growth` counts as `increase` for matching, but GDP growth and inflation's rise of one
    value are still two figures."""
    report = _scan(
        tmp_path, ["GDP growth reached 5% last year.", "La inflación subió un 5% el año pasado."]
    )
    assert not [c for c in report.clusters if len({m.source for m in c.claims}) > 1]


def test_two_stocks_moves_are_not_one_figure(tmp_path: Path) -> None:
    """`share` and a direction say that some stock moved, not which: Newmont's rise in one paper
    and PNJ's in another are two figures, not a slip."""
    report = _scan(
        tmp_path,
        [
            "Shares of miner Newmont climbed 3.4% to $98.15 in early New York trade.",
            "Cổ phiếu PNJ tăng 3,1% lên 132.500 đồng.",
        ],
    )
    assert not [c for c in report.clusters if c.status is Status.CONFLICT]


def test_dead_and_injured_never_share_a_cluster(tmp_path: Path) -> None:
    report = _scan(
        tmp_path,
        [
            "The Kelvara landslide killed 40 people and injured 120, officials said.",
            "Officials said 42 people were killed in the Kelvara landslide.",
            "In Kelvara, 118 people were injured in the landslide, officials said.",
        ],
    )
    for cluster in report.clusters:
        concepts = [c.subject.concepts for c in cluster.claims]
        dead = any("death" in s and "injured" not in s for s in concepts)
        hurt = any("injured" in s and "death" not in s for s in concepts)
        assert not (dead and hurt), cluster.explanation
    assert any(c.status is Status.CONFLICT for c in report.clusters)


def test_large_blocks_pair_claims_by_shared_terms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [
        "The Kelvara bridge will cost $1.25 billion, the transport ministry said.",
        "The transport ministry put the cost of the Kelvara bridge at $1.52 billion.",
        "Separately, the Osmira museum reopened with 3,400 visitors on its first day.",
    ]
    everything = _scan(tmp_path, texts)
    monkeypatch.setattr(match, "ALL_PAIRS_LIMIT", 0)
    indexed = run([str(tmp_path)], ScanOptions())
    assert len(indexed.conflicts) == len(everything.conflicts) == 1


def _money(text: str) -> Claim:
    anchor = dt.date(2025, 9, 18)
    source = extract_source(Document("a.txt", "a.txt", text), load("en"), anchor, False, anchor)
    (claim,) = source.claims
    return claim


@pytest.mark.parametrize(
    ("first", "second", "may_differ"),
    [
        ("The state pays €420 million.", "The farm costs €3.7 billion.", False),  # two sums
        ("The farm costs €3.7 billion.", "The farm costs €370 million.", True),  # a lost zero
        ("The plan is worth $100 billion.", "The plan is worth $500 billion.", True),
        ("The plan is worth $500 billion.", "The plan is worth $500,000.", False),  # 10^6
    ],
)
def test_sums_far_apart_are_two_sums_unless_a_slip(
    first: str, second: str, may_differ: bool
) -> None:
    a, b = _money(first), _money(second)
    assert match._may_differ(a, b) is may_differ


# One sum each, put in other words: the only dollar total of each article about one event.
ONE_SUM_EACH = [
    "---\ndate: {date}\n---\nThe Kelvara port expansion was estimated at $32 billion.",
    "---\ndate: 2024-08-17\n---\nOfficials put the bill for the new harbour at around $33 billion.",
]


def test_each_sources_only_sum_meets_the_others(tmp_path: Path) -> None:
    texts = [ONE_SUM_EACH[0].format(date="2024-08-17"), ONE_SUM_EACH[1]]
    (conflict,) = _scan(tmp_path, texts).conflicts
    assert conflict.explanation == "$32 billion vs ~$33 billion"


def test_only_sums_years_apart_are_not_taken_for_one(tmp_path: Path) -> None:
    texts = [ONE_SUM_EACH[0].format(date="2019-03-07"), ONE_SUM_EACH[1]]
    assert not _scan(tmp_path, texts).conflicts


def test_a_source_with_two_sums_leaves_it_to_the_subjects(tmp_path: Path) -> None:
    texts = [
        ONE_SUM_EACH[0].format(date="2024-08-17") + " Its new cranes cost $1 billion.",
        ONE_SUM_EACH[1],
    ]
    assert not _scan(tmp_path, texts).conflicts


_EN_DEAL = (
    "SoftBank said on Monday, February 3, 2025, that it will invest $3 billion in a Texas data "
    "center."
)
_KO_DEAL = "{name}는 2025년 2월 3일 텍사스 데이터센터에 {amount}를 투자한다고 밝혔다."


def _status_of(report: Report, text: str) -> Status:
    (cluster,) = [c for c in report.clusters if any(claim.text == text for claim in c.claims)]
    assert len({claim.source for claim in cluster.claims}) == 2, cluster.explanation
    return cluster.status


def test_korean_and_english_agree_on_one_sum_and_one_date(tmp_path: Path) -> None:
    korean = _KO_DEAL.format(name="소프트뱅크", amount="30억 달러")
    report = _scan(tmp_path, [_EN_DEAL, korean])
    assert _status_of(report, "30억 달러") is Status.AGREEMENT
    assert _status_of(report, "2025년 2월 3일") is Status.AGREEMENT


def test_korean_and_english_sums_conflict(tmp_path: Path) -> None:
    # Korean news writes some brands in Latin letters, which meet the English spelling as is.
    korean = _KO_DEAL.format(name="SoftBank", amount="40억 달러")
    report = _scan(tmp_path, [_EN_DEAL, korean])
    assert _status_of(report, "40억 달러") is Status.CONFLICT


@pytest.mark.xfail(
    reason="Hangul names are not romanised yet: 소프트뱅크 never meets SoftBank", strict=True
)
def test_korean_sum_in_hangul_conflicts_with_english(tmp_path: Path) -> None:
    # A second sum in each, so that the names, not each source's only sum, must decide.
    korean = (
        _KO_DEAL.format(name="소프트뱅크", amount="40억 달러") + " 일본 공장에는 10억 달러를 쓴다."
    )
    english = _EN_DEAL + " It will spend $1 billion on a plant in Japan."
    report = _scan(tmp_path, [english, korean])
    assert _status_of(report, "40억 달러") is Status.CONFLICT


def test_korean_verb_endings_end_a_clause() -> None:
    text = "켈바라 산사태로 40명이 숨지고 120명이 다쳤다고 당국이 밝혔다."
    source = extract_source(Document("a.txt", "a.txt", text), load("ko"), None, False)
    dead, hurt = (claim.subject.concepts for claim in source.claims)
    assert "death" in dead and "injured" not in dead
    assert "injured" in hurt and "death" not in hurt


ENGLISH = "The transport ministry said the Kelvara bridge will cost $3.7 billion."
# The same fact in other languages: `{}` takes the figure, written the language's way.
TRANSLATED = {
    "vi": "Bộ Giao thông Vận tải cho biết cây cầu Kelvara sẽ tốn {} tỷ USD.",
    "tr": "Ulaştırma bakanlığı, Kelvara köprüsünün maliyetinin {} milyar dolar olacağını söyledi.",
}


@pytest.mark.parametrize("language", sorted(TRANSLATED))
@pytest.mark.parametrize(("figure", "conflicts"), [("3,7", 0), ("4,2", 1)])
def test_a_figure_across_languages(
    language: str, figure: str, conflicts: int, tmp_path: Path
) -> None:
    report = _scan(tmp_path, [ENGLISH, TRANSLATED[language].format(figure)])
    assert [s.language for s in report.sources] == ["en", language]
    money = [c for c in report.clusters if any(m.kind.value == "money" for m in c.claims)]
    assert len(money) == 1  # one fact, whatever the language, agreed or not
    assert len(money[0].claims) == 2
    assert len(report.conflicts) == conflicts


# One fact told in English and in Russian: the same sum, share and day, or other ones.
KELVARA_EN = (
    "Kelvara Motors will invest $3.7 billion in a battery plant in Ohio. Kelvara Motors "
    "expects the plant to raise its output by 15 percent. The Kelvara Motors plant will open "
    "on March 14, 2026."
)
KELVARA_RU = (
    "Kelvara Motors инвестирует {money} долларов в завод по выпуску батарей в Огайо. "
    "В Kelvara Motors ожидают, что завод увеличит выпуск на {percent}%. "
    "Завод Kelvara Motors откроется {day} марта 2026 года."
)


@pytest.mark.parametrize(
    ("money", "percent", "day", "conflicts"),
    [("3,7 млрд", "15", "14", 0), ("4,2 млрд", "25", "21", 3)],
)
def test_russian_and_english_figures_meet_in_one_cluster(
    tmp_path: Path, money: str, percent: str, day: str, conflicts: int
) -> None:
    russian = KELVARA_RU.format(money=money, percent=percent, day=day)
    report = _scan(tmp_path, [KELVARA_EN, russian])
    kinds = {"money", "percent", "date"}
    shared = [c for c in report.clusters if c.claims[0].kind.value in kinds and len(c.claims) == 2]
    assert len(shared) == 3  # each fact's two claims, one from each language, in one cluster
    assert len(report.conflicts) == conflicts


def test_a_cyrillic_holder_is_the_latin_one(tmp_path: Path) -> None:
    report = _scan(
        tmp_path,
        [
            "Japanese Prime Minister Shigeru Ishiba arrived in Washington.",
            "Премьер-министр Японии Сигэру Исиба прибыл в Вашингтон.",
        ],
    )
    assert not report.conflicts


def test_a_body_glued_to_its_holder_joins_the_holders_office(tmp_path: Path) -> None:
    """`CEO Kelvara Mining Ana Duarte` is read without a body, the body inside the name; the
    name still holds the holder, so the office is one."""
    report = _scan(
        tmp_path,
        [
            "Ana Duarte, chief executive of Kelvara Mining, opened the mine on Monday.",
            "CEO Kelvara Mining Ana Duarte meresmikan tambang itu pada Senin.",
        ],
    )
    assert len(_one_role_cluster(report).claims) == 2


def test_one_body_in_two_scripts_is_one_office_when_the_holder_is_one(tmp_path: Path) -> None:
    """`Saebyeol Air` and `새별항공` cannot be compared letter by letter; the same chief
    executive in both says they are one airline."""
    report = _scan(
        tmp_path,
        [
            "Saebyeol Air chief executive Jung Min-ho apologised to the families on Sunday.",
            "정민호 새별항공 대표이사는 유가족에게 머리를 숙여 사과했다.",
        ],
    )
    assert _one_role_cluster(report).status is Status.AGREEMENT


def test_swapped_digits_about_other_things_are_two_figures(tmp_path: Path) -> None:
    """A market share of 12.4% and a fall of 14.2% in the shares: the digits are swapped, but
    the sentences say they are about different things."""
    report = _scan(
        tmp_path,
        [
            "새별항공 모기업 주가는 21일 개장 직후 14.2% 급락했다.",
            "新星航空在韩国国内航线的市场份额为12.4%。",
        ],
    )
    assert not report.conflicts


def test_a_generic_office_worded_alike_is_one_office(tmp_path: Path) -> None:
    """`leader of X, A` (it) and `leader of X, B` (es): one office, two holders."""
    report = _scan(
        tmp_path,
        [
            "Ha parlato la leader di Nova Alijansa, Mira Dolenc, davanti ai sostenitori.",
            "Habló ante sus seguidores el líder de Nova Alijansa, Tomas Halvik, anoche.",
        ],
    )
    assert _one_role_cluster(report).status is Status.CONFLICT


def test_an_agencys_director_general_is_one_office_in_every_reading(tmp_path: Path) -> None:
    """fr `directeur général` (read as a firm's ceo), id `Direktur Jenderal` and zh `总干事`
    name one office of the WHO: the source naming another person conflicts with the others,
    though it comes before the source that names its office in the same word."""
    report = _scan(
        tmp_path,
        [
            "Le directeur général de l'OMS, Tedros Adhanom Ghebreyesus, a salué le vaccin.",
            "Direktur Jenderal WHO Margaret Chan menyambut baik vaksin itu.",
            "世卫组织总干事谭德塞对这款疫苗表示欢迎。",
        ],
    )
    office = _one_role_cluster(report)
    assert office.status is Status.CONFLICT
    assert len(office.claims) == 3


def test_the_presiding_judge_is_one_office_of_the_story(tmp_path: Path) -> None:
    """Sources name the court each in its own words or not at all: two presiding judges of one
    trial conflict, and a plain `judge` naming one of them joins that one."""
    report = _scan(
        tmp_path,
        [
            "Presiding judge Marieke Dalstra read out the verdict against the Kovalent founder.",
            "Der Vorsitzende Richter Jeroen Tamminga verkündete das Urteil gegen den Gründer.",
            "Rechter Marieke Dalstra las het vonnis tegen de oprichter van Kovalent voor.",
        ],
    )
    judge = _one_role_cluster(report)
    assert judge.status is Status.CONFLICT
    assert len(judge.claims) == 3


@pytest.mark.parametrize(
    ("other", "conflicts"),
    [
        # The court named by one source only: it does not keep the office apart.
        ("Der Vorsitzende Richter Jeroen Tamminga verurteilte den Gründer von Kovalent.", 1),
        # Two courts named: an appeal's presiding judge and the trial's are two offices.
        (
            "Der Vorsitzende Richter des Berufungsgerichts, Jeroen Tamminga, bestätigte das "
            "Urteil gegen den Gründer von Kovalent.",
            0,
        ),
    ],
)
def test_a_presiding_judge_with_a_court_named(tmp_path: Path, other: str, conflicts: int) -> None:
    report = _scan(
        tmp_path,
        [
            "The presiding judge of the Amsterdam District Court, Marieke Dalstra, sentenced "
            "the founder of Kovalent.",
            other,
        ],
    )
    assert len([c for c in report.conflicts if c.kind is Kind.ROLE]) == conflicts


def test_counts_narrowed_to_two_countries_stay_apart(tmp_path: Path) -> None:
    """Each paper's local angle on one firm: a shared firm name does not make the countries
    mere descriptions of a count."""
    report = _scan(
        tmp_path,
        [
            "Auch deutsche Anleger sind betroffen: Rund 2.300 Kunden aus Deutschland hatten Geld "
            "bei Kovalent angelegt.",
            "Em Portugal, cerca de 1.100 clientes tinham aplicações na Kovalent.",
        ],
    )
    assert not report.conflicts


def test_a_count_beside_the_source_s_own_count_of_the_other_is_another_count(
    tmp_path: Path,
) -> None:
    """A paper that gives the firm's 20,000 staff and its local office's 240 does not misreport
    the 20,000 another paper gives; a slip beside it (`24.000` and `2.400`) still may."""
    office = (
        "Tessaro had eind augustus wereldwijd zo'n 20.000 werknemers in dienst. In Nederland "
        "heeft Tessaro een kantoor in Utrecht met ongeveer 240 medewerkers."
    )
    firm = "Vor dem Abbau beschäftigte Tessaro rund 20.000 Mitarbeiterinnen und Mitarbeiter."
    report = _scan(tmp_path, [office, firm])
    assert not report.conflicts


def test_a_slip_beside_the_source_s_own_count_still_conflicts(tmp_path: Path) -> None:
    report = _scan(
        tmp_path,
        [
            "Tessaro streicht 24.000 Stellen. Zuvor hatte Tessaro 1.100 Stellen gestrichen.",
            "Tessaro will cut 2,400 jobs.",
            "Tessaro schrapt 2.400 banen.",
        ],
    )
    assert len(report.conflicts) == 1


def _first_figure(text: str, language: str = "en") -> Claim:
    source = extract_source(Document(id=text, path=text, text=text), load(language), None, False)
    return source.claims[0]


# Pairs of values and whether they differ as misreporting does (`slip_like`).
SLIPS = [
    # 1.6 miles and 157 ft look like a dropped zero only as written; in metres they are 54×
    # apart. Across units only a rounding-size difference of the measure is a slip.
    ("The Kelvara bridge is 1.6 miles long.", "The ship is 157 feet wide.", False),
    ("The ship is 984 feet long.", "The ship is 289 metres long.", True),
    ("The ship is 300 metres long.", "The ship is 30 metres long.", True),
    # A day or two apart, a dropped or swapped digit: one date misreported. The 9th and the
    # 18th are more often two events (a share price's peak and a crash day) than one slip.
    ("The plant opened on 18 July 2024.", "The plant opened on 19 July 2024.", True),
    ("The plant opened on 9 July 2024.", "The plant opened on 19 July 2024.", True),
    ("The plant opened on 12 July 2024.", "The plant opened on 21 July 2024.", True),
    ("The plant opened on 9 July 2024.", "The plant opened on 18 July 2024.", False),
    ("The plant opened on 3 July 2024.", "The plant opened on 10 July 2024.", False),
    ("The plant opened on 29 January 2025.", "The plant opened on 3 February 2025.", True),
    ("The plant opened on 3 February 2025.", "The plant opened on 2 March 2025.", True),
    # 1.5 trillion (`1.5e+12`) and 250 billion (`2.5e+11`) once looked like swapped digits.
    ("The state set aside 1.5 trillion rupiah.", "The state set aside 250 billion rupiah.", False),
    ("The state set aside 1.5 trillion rupiah.", "The state set aside 1.5 billion rupiah.", True),
    ("The state set aside 2.5 trillion rupiah.", "The state set aside 5.2 trillion rupiah.", True),
    # Two neighbours swapped across a zero: `410` for `401`, `3,400` for `3,040`; digits
    # that moved further apart are not one swap.
    ("Some 410 flights were cancelled.", "Some 401 flights were cancelled.", True),
    ("The firm employs 3,400 staff.", "The firm employs 3,040 staff.", True),
    ("The firm employs 3,400 staff.", "The firm employs 3,004 staff.", False),
    # Counted nouns of one kind are one unit: a guest list's 800 names and 8,000 guests
    # differ by a dropped zero, as 800 and 8,000 guests would; people and ships never do.
    ("The guest list held 800 names.", "Some 8,000 guests were invited.", True),
    ("Some 800 people were invited.", "Some 8,000 guests were invited.", True),
    ("Some 800 people were invited.", "Some 8,000 ships were invited.", False),
    # A count rounded up to a floor it does not reach (`more than 2,800` for 2,764) or down
    # to a ceiling it passes: a rounding slip. A round figure of one digit, or a bound the count
    # does not round to, is not.
    ("Medics treated 2,764 patients.", "Medics treated more than 2,800 patients.", True),
    ("Medics treated 2,836 patients.", "Medics treated fewer than 2,800 patients.", True),
    ("Medics treated 2,764 patients.", "Medics treated more than 3,000 patients.", False),
    ("Medics treated 2,764 patients.", "Medics treated more than 2,900 patients.", False),
]


@pytest.mark.parametrize(("first", "second", "slip"), SLIPS)
def test_values_differ_as_slips_or_as_two_facts(first: str, second: str, slip: bool) -> None:
    assert likeness.slip_like(_first_figure(first), _first_figure(second)) is slip


def test_figures_meet_despite_incidental_topic_words(tmp_path: Path) -> None:
    """`vehicles` in the sentence giving a bridge's length says nothing against it."""
    report = _scan(
        tmp_path,
        [
            "El tráfico de vehículos se cortó sobre la estructura de 2,6 km, dijo Ana Duarte.",
            "Le pont, long de 2,6 km, a cédé dans la nuit.",
        ],
    )
    assert any(len(c.claims) == 2 and c.kind is Kind.QUANTITY for c in report.clusters)


def test_a_fraction_of_a_group_is_its_percentage(tmp_path: Path) -> None:
    """`two thirds of the voters` states the share that `67 %` states."""
    report = _scan(
        tmp_path,
        [
            "In Kelvara, two thirds of the voters backed the new charter on Sunday.",
            "À Kelvara, 67 % des électeurs ont approuvé dimanche la nouvelle charte.",
        ],
    )
    shares = [c for c in report.clusters if c.kind is Kind.PERCENT]
    assert len(shares) == 1 and len(shares[0].claims) == 2
    assert shares[0].status is Status.AGREEMENT


@pytest.mark.parametrize(
    ("text", "era"),
    [
        ("The 1979 eruption killed 40 people.", "era:1979"),
        ("In 1979, the eruption killed 40 people.", "era:1979"),
        (
            "The ceremony, first held in 1945 after the war, was capped at 1,300 guests.",
            None,
        ),
        ("The bridge, opened in 1977, carries 30,000 vehicles a day.", None),
        ("In March 2023, the flood killed 40 people.", "era:2023"),
        ("In 2023, 18,400 investors lost money.", "era:2023"),
    ],
)
def test_an_earlier_year_dates_a_figure_unless_it_is_an_aside(text: str, era: str | None) -> None:
    """A figure in a sentence about an earlier year is that year's (never a rival of today's);
    a year in an aside set off by commas dates the aside only."""
    source = extract_source(
        Document(id="c", path="c", text=text), load("en"), dt.date(2025, 3, 1), False
    )
    figure = next(c for c in source.claims if c.kind is Kind.QUANTITY)
    assert next((q for q in figure.qualifiers if q.startswith("era:")), None) == era


def test_counts_credited_to_two_bodies_are_one_attributed_count(tmp_path: Path) -> None:
    texts = [
        "Selon la police, 1,2 million de manifestants ont défilé dans le pays.",
        "Volgens de vakbondskoepel KSL liepen er 3,5 miljoen demonstranten mee.",
    ]
    (conflict,) = _scan(tmp_path, texts).conflicts
    assert conflict.nature is Nature.ATTRIBUTED


def test_counts_uncredited_and_unalike_stay_apart(tmp_path: Path) -> None:
    texts = [
        "En tout, 1,2 million de manifestants ont défilé dans le pays.",
        "Er liepen 3,5 miljoen demonstranten mee.",
    ]
    assert not _scan(tmp_path, texts).conflicts


def test_a_rounder_figure_beside_the_exact_one_is_another_figure(tmp_path: Path) -> None:
    """de writes both `1,2 Millionen` (the count) and `1 Million` (the forecast): the forecast
    agrees with it's `1,2 milioni` only at its own precision, and must not take the count's
    place in the cluster."""
    texts = [
        "Secondo la polizia i manifestanti sono stati 1,2 milioni in tutto il Paese.",
        "Nach Angaben der Polizei beteiligten sich 1,2 Millionen Menschen an den Protesten. "
        "Die Polizei hatte im Vorfeld mit 1 Million Demonstranten gerechnet.",
    ]
    report = _scan(tmp_path, texts)
    (cluster,) = [c for c in report.agreements if any(x.text == "1,2 milioni" for x in c.claims)]
    assert {c.text for c in cluster.claims} == {"1,2 milioni", "1,2 Millionen Menschen"}


def test_a_forecast_never_agrees_with_a_previous_count(tmp_path: Path) -> None:
    texts = [
        "Bij de vorige actiedag, op 23 januari, telde de politie 800.000 betogers.",
        "Die Polizei hatte im Vorfeld mit 1 Million Demonstranten gerechnet.",
    ]
    assert not _scan(tmp_path, texts).agreements


ONE_DAY_EACH = [
    "Rescuers said the collapse happened on Tuesday, 12 January 2027, shortly after noon. "
    "Shares fell on 14 January.",
    "Il crollo è avvenuto mercoledì 13 gennaio 2027 intorno a mezzogiorno, secondo i soccorritori.",
]


def test_each_sources_only_day_for_a_topic_meets_the_others(tmp_path: Path) -> None:
    (conflict,) = _scan(tmp_path, ONE_DAY_EACH).conflicts
    assert {c.text for c in conflict.claims} == {
        "Tuesday, 12 January 2027",
        "mercoledì 13 gennaio 2027",
    }


@pytest.mark.parametrize(
    "second",
    [
        # the topic dated twice in the month: the subjects decide, and they are thin
        ONE_DAY_EACH[1] + " Un secondo crollo è avvenuto il 15 gennaio 2027.",
        # a week apart is two events, not a slip
        ONE_DAY_EACH[1].replace("mercoledì 13", "martedì 19"),
        # a weekday counted from the report is only as good as the report's date
        "---\ndate: 2027-01-14\n---\nIl crollo è avvenuto mercoledì intorno a mezzogiorno.",
    ],
)
def test_a_day_alone_for_its_topic_needs_a_slip_and_a_written_day(
    second: str, tmp_path: Path
) -> None:
    assert not _scan(tmp_path, [ONE_DAY_EACH[0], second]).conflicts


def test_a_part_never_conflicts_with_its_own_whole(tmp_path: Path) -> None:
    """tr names only the group's 23 hospitals; de and vi give 14 of them and the 23: the 14
    is a part its sentence tells apart from the 23, not another count of the 23."""
    texts = [
        "Nach dem Angriff arbeiten 14 der 23 Krankenhäuser des Klinikverbunds Rheinau im "
        "Notbetrieb.",
        "Vụ tấn công khiến 14 trong số 23 bệnh viện của Rheinau phải chuyển sang chế độ khẩn cấp.",
        "Saldırı sonrası Rheinau grubunun 23 hastanesi acil durum moduna geçti.",
    ]
    report = _scan(tmp_path, texts)
    assert not report.conflicts
    (whole,) = [c for c in report.agreements if any(x.text == "23 hastanesi" for x in c.claims)]
    assert len(whole.claims) == 3


def test_two_falls_of_different_things_are_two_figures(tmp_path: Path) -> None:
    """A company's shares fell 2.1% and the index 0.4%: a shared `decrease` says which way both
    moved, not that they are one figure."""
    report = _scan(
        tmp_path,
        [
            "A estatal Aguas de Serrania, listada na bolsa de Madri, recuou 2,1% na sessão.",
            "Saat 15.30 itibarıyla Madrid borsası endeksi IBEX 35 ise yüzde 0,4 düştü.",
            "À la Bourse de Madrid, le titre Aguas de Serrania a perdu 2,1 %, à 14,85 euros.",
        ],
    )
    assert not report.conflicts


def test_one_water_agency_in_two_languages_is_one_office(tmp_path: Path) -> None:
    """`Agencia del Agua de Serranía` and `Serranía Su İdaresi` are one body: the predecessor
    named as its director is a conflict, not a single."""
    report = _scan(
        tmp_path,
        [
            "Lo anunció la directora de la Agencia del Agua de Serranía, Elena Urquiza, el lunes.",
            "Serranía Su İdaresi Müdürü Tomás Lazcano kısıntıyı açıkladı.",
        ],
    )
    assert _one_role_cluster(report).status is Status.CONFLICT


def test_one_day_told_with_the_dead_and_with_the_injured_agrees(tmp_path: Path) -> None:
    """Dead and injured are two counts, but the day of the fire is one day whichever of
    them a sentence tells it with."""
    texts = [
        "Seven people died when fire broke out on the ferry Stella Adriatica on Saturday, "
        "July 4, 2026.",
        "Ventitré persone sono rimaste ferite nell'incendio del traghetto Stella Adriatica, "
        "divampato sabato 4 luglio 2026.",
    ]
    (cluster,) = [c for c in _scan(tmp_path, texts).clusters if c.kind is Kind.DATE]
    assert cluster.status is Status.AGREEMENT and len(cluster.claims) == 2


def test_a_count_per_month_is_no_total(tmp_path: Path) -> None:
    """`kits for 60,000 vehicles a month` is a rate: never compared with a total of vehicles,
    while two monthly counts still are."""
    report = _scan(
        tmp_path,
        [
            "Kazeno has secured replacement kits for 60,000 vehicles a month.",
            "Kazeno has secured replacement kits for 600,000 vehicles.",
        ],
    )
    assert not report.conflicts
    report = _scan(
        tmp_path,
        [
            "Kazeno has secured replacement kits for 60,000 vehicles a month.",
            "Kazeno says it has replacement kits for 80,000 vehicles a month.",
        ],
    )
    assert report.conflicts


def test_a_rate_written_before_the_count_is_the_same_rate(tmp_path: Path) -> None:
    """`yılda 2,4 milyon konteyner` (a year, before the count) meets `2.4 million containers a
    year`: both count per year."""
    report = _scan(
        tmp_path,
        [
            "Orvant said the Kestral terminal would handle 2.4 million containers a year.",
            "Orvant, Kestral terminalinin yılda 2,4 milyon konteyner elleçleyebileceğini söyledi.",
        ],
    )
    assert [c for c in report.clusters if len({m.source for m in c.claims}) == 2]


def test_a_move_at_one_point_of_the_day_is_not_the_close(tmp_path: Path) -> None:
    """`一時、4.2％安` (at one point of the day) and `closed down 3.9%`: two measurements of
    one share, never a conflict; two intraday moves still meet."""
    report = _scan(
        tmp_path,
        [
            "東京株式市場で風野自動車の株価は一時、前日比4.2％安の2315円まで下落した。",
            "Kazeno Motors shares closed down 3.9% at 2,322 yen in Tokyo.",
        ],
    )
    assert not report.conflicts
    report = _scan(
        tmp_path,
        [
            "東京株式市場で風野自動車の株価は一時、前日比4.2％安の2315円まで下落した。",
            "受召回消息影响，风野汽车股价在东京股市一度下跌4.2%。",
        ],
    )
    assert [c for c in report.clusters if len({m.source for m in c.claims}) == 2]


def test_a_five_year_average_is_not_this_years_figure(tmp_path: Path) -> None:
    """`过去五年的平均产量为4410万百升` against this year's 36.2 million hectolitres: an average
    over past years is never this year's figure; two such averages still meet."""
    average = "数据显示，法国过去五年的平均产量为4410万百升。"
    texts = [
        average,
        "法国农业部10日发布的最新估算显示，法国今年葡萄酒产量为3620万百升，同比下降21%。",
        "La production de vin de la France devrait atteindre 36,2 millions d'hectolitres.",
    ]
    (this_year := tmp_path / "this-year").mkdir()
    assert not _scan(this_year, texts).conflicts
    texts = [average, "The five-year average for France's wine output is 44.1 million hectolitres."]
    (averages := tmp_path / "averages").mkdir()
    report = _scan(averages, texts)
    assert [c for c in report.clusters if len({m.source for m in c.claims}) == 2]


def test_the_people_aboard_are_not_the_dead(tmp_path: Path) -> None:
    """181 people aboard and 79 dead are two counts of one crash, whatever else the two
    sentences share (the flight, a word for passengers)."""
    texts = [
        "Flight SB3127, a Boeing 737-800, was carrying 181 people when it crashed at Haeseong.",
        "해성공항 새별항공 SB3127편 여객기 참사…사망자 79명으로 늘어",
    ]
    assert not _scan(tmp_path, texts).conflicts


def _date_of(language: str, text: str, anchor: dt.date, doc: str) -> Claim:
    document = Document(id=doc, path=doc, text=text)
    source = extract_source(document, load(language), anchor, False, anchor)
    return next(c for c in source.claims if c.kind is Kind.DATE)


@pytest.mark.parametrize(
    ("text", "anchor", "told"),
    [
        # `this Friday` in a Friday report, three days after: when the toll was told
        ("A agência informou esta sexta-feira o novo balanço.", dt.date(2026, 9, 11), True),
        # a day off by one may be a slip (`Tuesday` in a Tuesday report against the 18th)
        ("A agência informou esta terça-feira o novo balanço.", dt.date(2026, 9, 9), False),
        # a day written by its number dates what is reported
        ("A ponte ruiu no dia 11 de setembro.", dt.date(2026, 9, 11), False),
    ],
)
def test_a_day_named_on_its_own_day_is_when_the_news_was_told(
    text: str, anchor: dt.date, told: bool
) -> None:
    said = _date_of("pt", text, anchor, "a")
    earlier = _date_of("id", "Jembatan itu ambruk pada Selasa (8/9/2026).", anchor, "b")
    options = match.MatchOptions(dated={"a": anchor, "b": dt.date(2026, 9, 8)})
    assert match._told_on_own_day(said, earlier, options) is told


_CRASH_ON_SUNDAY = (
    "Jet crash at Haeseong\n\nHAESEONG, Dec. 20, 2026 — A Kelvara Air jet overran the runway at "
    "Haeseong airport on Sunday and burst into flames, killing dozens of passengers.\n"
)


@pytest.mark.parametrize(
    ("other", "day", "conflicts"),
    [
        # The toll was told on Monday: the crash's Sunday is not contradicted.
        (
            "СЕУЛ, 21 декабря 2026 — Число погибших в авиакатастрофе самолёта Kelvara Air в "
            "аэропорту Хэсон выросло до 79 человек, сообщили в понедельник пожарные службы.",
            "понедельник",
            False,
        ),
        # The crash itself dated Monday is.
        (
            "SEOUL, Dec. 21, 2026 — A Kelvara Air jet overran the runway at Haeseong airport on "
            "Monday and burst into flames, killing dozens of passengers.",
            "Monday",
            True,
        ),
    ],
)
def test_a_day_of_telling_is_no_date_of_the_event(
    tmp_path: Path, other: str, day: str, conflicts: bool
) -> None:
    report = _scan(tmp_path, [_CRASH_ON_SUNDAY, f"Crash\n\n{other}\n"])
    in_conflict = [c for c in report.conflicts if any(claim.text == day for claim in c.claims)]
    assert bool(in_conflict) is conflicts


_ANCHOR = dt.date(2027, 3, 10)


def _dates(text: str, language: str, source: str) -> list[Claim]:
    document = Document(id=source, path=source, text=text)
    claims = extract_source(document, load(language), _ANCHOR, False, _ANCHOR).claims
    return [c for c in claims if c.kind is Kind.DATE]


@pytest.mark.parametrize(
    ("japanese", "sole"),
    [
        # the source's one day of the month, written alone: it dates the grounding
        ("ポルトガル沖で8日未明、タンカーが座礁した。", True),
        # a source that gives each step its day: the 8th is one of several
        ("ポルトガル沖で8日未明、タンカーが座礁した。政府は9日午後、対策本部を設置した。", False),
    ],
)
def test_a_day_written_alone_is_a_sole_day_only_as_its_source_s_one_day(
    japanese: str, sole: bool
) -> None:
    english = "The tanker ran aground off Portugal before dawn on Tuesday, March 9."
    claims = _dates(english, "en", "en") + _dates(japanese, "ja", "ja")
    (index,) = [i for i, c in enumerate(claims) if c.text == "8日"]
    assert bool(match._sole_days(claims).get(index)) is sole


def test_overseas_takings_are_no_part_of_the_world_total(tmp_path: Path) -> None:
    """`海外` (markets abroad) is a place of its own: overseas takings are neither the home
    market's nor the worldwide total, though the three sit in one sentence."""
    report = _scan(
        tmp_path,
        [
            "《星港》首周末票房破纪录\n\n新华社北京7月27日电　"
            "记者从猫眼获悉，动画电影《星港》上映三天，"
            "内地票房突破21.6亿元，海外票房1.11亿美元，全球累计票房4.12亿美元。影片首日票房5.3亿元。",
            "中国アニメ「星の港」、初週末興収が過去最高\n\n【北京＝共同経済】2026年7月27日　"
            "中国のアニメ映画「星の港」が24日に公開され、26日までの3日間の中国本土での興収は21億6000万元"
            "に達した。海外の興収は1億1100万ドル、世界全体では4億1200万ドルとなった。",
            "중 애니 '별의 항구' 첫 주말 21억6천만 위안\n\n(서울=한빛뉴스) = "
            "중국 애니메이션 영화 '별의 항구'가 개봉 사흘 만에 중국에서 "
            "21억6천만 위안의 흥행 수입을 올렸다. 해외 수입은 "
            "1억1천100만 달러, 전 세계 누적 수입은 4억1천200만 달러다.\n\n2026/07/27 11:20 송고",
        ],
    )
    assert not report.conflicts


def test_a_part_of_a_count_is_no_misreading_of_the_whole(tmp_path: Path) -> None:
    """`19 de los heridos` is part of the injured; another source's 63 injured is the whole,
    not a figure the part misreports."""
    texts = [
        "Tras el descarrilamiento en León, 19 de los heridos siguen en estado grave.",
        "Bei der Entgleisung in León wurden 63 Menschen verletzt.",
    ]
    assert not _scan(tmp_path, texts).conflicts


@pytest.mark.parametrize(
    ("other", "together"),
    [
        ("Lumarix verwacht dat de schade 1,5 miljard euro bedraagt.", True),
        # a share price a billion times below the bound is no value it speaks of
        ("Het aandeel van Lumarix sloot op 96,40 euro.", False),
    ],
)
def test_an_open_bound_speaks_of_values_near_it(tmp_path: Path, other: str, together: bool) -> None:
    bound = "Lumarix schat de schade van de stroomstoring op tot 1,8 miljard euro."
    report = _scan(tmp_path, [bound, other])
    joined = [c for c in report.clusters if len({claim.source for claim in c.claims}) == 2]
    assert bool(joined) is together


def test_a_bodiless_portfolio_meets_the_one_country_named_for_it(tmp_path: Path) -> None:
    """`Transport Minister X` in some reports and `le ministre indonésien des Transports, Y`
    in another: the only country any source names for that office is the one reported on."""
    report = _scan(
        tmp_path,
        [
            "Transport Minister Arif Wicaksono said the line would open in 2031.",
            "Le ministre indonésien des Transports, Hendra Saputra, a salué le contrat.",
        ],
    )
    roles = [c for c in report.conflicts if c.kind is Kind.ROLE]
    assert len(roles) == 1


def test_a_bodiless_portfolio_keeps_apart_from_a_state_office(tmp_path: Path) -> None:
    """A state's secretary of transport is not the federal one a bodiless title names."""
    report = _scan(
        tmp_path,
        [
            "Transportation Secretary Dana Whitcombe visited the bridge on Tuesday.",
            "Lo dijo Carl Everly, secretario de Transporte de Maryland, el martes.",
        ],
    )
    assert not [c for c in report.conflicts if c.kind is Kind.ROLE]


def test_a_date_said_of_the_whole_world_names_no_one() -> None:
    """`全球最大的...` (the world's largest) gives the date's sentence the world as a place;
    it names no one the date happened to, so the other source's unnamed date of the same
    announcement meets it as closely as if neither named anything, and a wrong day shows."""
    world = _date_of("zh", "全球最大的主权财富基金8月13日公布上半年业绩。", _ANCHOR, "a")
    plain = _date_of(
        "fr", "Le plus grand fonds souverain a annoncé le 12 août ses résultats.", _ANCHOR, "b"
    )
    assert world.subject.entities == {"world"} and not plain.subject.entities
    assert likeness.likeness(world, plain, {}) >= match.link_threshold(world, plain, False)


def test_a_holder_met_across_sources_gives_the_bodiless_office_its_country(
    tmp_path: Path,
) -> None:
    """`挪威财政大臣拉尔斯·豪根` names Norway; `Finance Minister Lars Haugen` names no country
    but the same man, so the two are one group of Norway's finance minister. Another
    source's bodiless `ministro de Finanzas, Erik Solberg` is that office, held by someone
    else: a conflict, as when every source named the country."""
    texts = [
        "Fund results\n\nOSLO, Aug. 12, 2026 - Finance Minister Lars Haugen said the fund "
        "would keep its rules.\n",
        "基金公布业绩\n\n新华社奥斯陆2026年8月12日电 "
        "挪威财政大臣拉尔斯·豪根表示，基金将维持现有规则。\n",
        "Resultados del fondo\n\nOslo, 12 de agosto de 2026. El ministro de Finanzas, Erik "
        "Solberg, dijo que el fondo mantendrá sus reglas.\n",
    ]
    report = _scan(tmp_path, texts)
    assert [c.kind for c in report.conflicts] == [Kind.ROLE]


def test_two_countries_foreign_ministers_are_never_one_body(tmp_path: Path) -> None:
    """`조현` (South Korea's) and `苏吉奥诺` (Indonesia's) share a loose skeleton, but two
    countries' offices are two facts, however their holders' names sound."""
    report = _scan(
        tmp_path,
        [
            "(서울=한빛뉴스) 이날 서명식에는 조현 외교부 장관과 수기오노 인도네시아 외교장관도 "
            "참석했다.",
            "新华社首尔11月19日电 印尼外长苏吉奥诺表示，印尼和韩国计划扩大双边贸易。",
        ],
    )
    assert not [c for c in report.clusters if c.kind is Kind.ROLE and c.status is Status.CONFLICT]


def test_last_months_figure_names_no_other_month_for_this_ones() -> None:
    """A report that gives this month's rate and last month's names both months; its September
    is the old figure's period, not a misdating of another report's October. A report naming
    September alone may still differ from October."""
    both = _dates("Inflation slowed to 3.6% in October from 3.8% in September.", "en", "a")
    october = _dates("L'inflation a ralenti à 3,6 % en octobre.", "fr", "b")
    alone = _dates("Inflation slowed to 3.6% in September.", "en", "c")
    september = next(c for c in both if c.value.month == 9)  # type: ignore[union-attr]
    judged = match._Judged([*both, *october, *alone], match.MatchOptions())
    first, other, lone = (judged.claims.index(c) for c in (september, october[0], alone[0]))
    assert judged.verdict(first, other) == (False, False)
    assert judged.verdict(other, lone)[0]
