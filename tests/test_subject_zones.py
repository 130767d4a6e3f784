"""A sentence's topic words go to the figure on their side of a link word (`[clause_links]`):
`64 killed and 120 injured` must not give the 120 the dead, or the contrast between the dead
and the injured could never keep the two figures apart."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_source
from factcheck.lexicon import load
from factcheck.records import Document

CASES = [
    # language, sentence, figure, concepts it holds, concepts it must not hold
    # a percent in a relative clause is the share the figure before it is: its topic words too
    (
        "en",
        "Some 9,275 trainee doctors have resigned, which is 72% of the 12,990 trainees.",
        "72%",
        {"doctor", "resign"},
        set(),
    ),
    # the words of another occasion after the last break are the next figure's too: the
    # stations are no design figure, the speed after them is
    (
        "zh",
        "该线路全长174公里，设7座车站，设计时速350公里，初期最高运营时速320公里。",
        "7座车站",
        {"station"},
        {"design"},
    ),
    (
        "zh",
        "该线路全长174公里，设7座车站，设计时速350公里，初期最高运营时速320公里。",
        "时速350公里",
        {"design", "speed"},
        set(),
    ),
    # widening to the sentence stops at the next figure of a list: its words are its own
    (
        "ru",
        "Число пострадавших при пожаре на пароме, следовавшем из Бари в Дуррес, достигло 230 "
        "человек, семь человек погибли, пятеро числятся пропавшими без вести.",
        "230 человек",
        {"fire"},
        {"death", "missing"},
    ),
    # ... and the words after the last break before it are the next figure's too: a forecast
    # for this year is not last year's revenue
    (
        "de",
        "Im abgelaufenen Jahr setzte der Konzern 512 Mio. Euro um, für das laufende Jahr "
        "erwartet er 560 Mio. Euro.",
        "512 Mio. Euro",
        set(),
        {"forecast"},
    ),
    # ... but a conversion in brackets is no item of a list: the words after it are the sum's
    (
        "en",
        "The province released 250 billion rupiah ($16 million) in emergency funds on Monday.",
        "250 billion rupiah",
        {"fund"},
        set(),
    ),
    # a clause that only says which way the figure moved takes the sentence's topic words
    ("en", "Revenue reached $640 million, up 18% on the year.", "18%", {"revenue"}, set()),
    (
        "fr",
        "Le chiffre d'affaires a atteint 640 millions, en hausse de 18 %.",
        "18 %",
        {"revenue"},
        set(),
    ),
    ("en", "Revenue reached $640 million, growing 18% on the year.", "18%", {"revenue"}, set()),
    # ... but not when another clause's figure moved: an intraday high's `盘中` is not the year's
    (
        "zh",
        "伦敦现货黄金价格当天盘中一度升至每盎司4215美元，今年以来累计上涨28.4%。",
        "28.4%",
        {"price"},
        {"intraday"},
    ),
    (
        "es",
        "Las ventas alcanzaron 640 millones de dólares, con un crecimiento del 18%.",
        "18%",
        {"revenue", "growth"},
        set(),
    ),
    # shares sold by investors (`Anleger`, `verkauften`), as en `investors sold` reads
    (
        "de",
        "Ausländische Anleger verkauften Aktien für 3,2 Milliarden Won.",
        "3,2 Milliarden",
        {"invest", "sale"},
        set(),
    ),
    # market value wiped out is lost, in every language's verb for it
    ("zh", "韩国股市总市值蒸发约168万亿韩元。", "168万亿", {"value", "loss"}, set()),
    (
        "en",
        "About 168 trillion won in market value was wiped off the market.",
        "168",
        {"loss"},
        set(),
    ),
    # a plan to steady a market is a support measure, not a value the market lost
    (
        "en",
        "The government will deploy a market stabilisation programme worth 100 trillion won.",
        "100 trillion",
        {"stabilise"},
        set(),
    ),
    ("ko", "정부는 100조 원 규모의 시장안정 프로그램을 가동한다.", "100조", {"stabilise"}, set()),
    # money set aside (`выделено`) is funding, like `emergency funds`
    ("ru", "На ремонт дорог в области выделено 3,2 млрд рублей.", "3,2 млрд", {"fund"}, set()),
    # a valuation before a sale, in the past tense or as a noun
    ("ru", "Аукционный дом оценивал полотно в 30 млн евро.", "30 млн", {"estimate"}, set()),
    ("zh", "拍卖行此前对这幅作品的估价为3000万欧元。", "3000万", {"estimate"}, set()),
    # the bidding's length belongs to the auction, however the sentence names it
    ("ru", "Торги продолжались 81 минуту.", "81 минуту", {"auction"}, set()),
    ("zh", "竞拍持续了18分钟。", "18分钟", {"auction"}, set()),
    ("it", "Dopo 18 minuti di rilanci la tela è venduta.", "18 minuti", {"auction"}, set()),
    ("ja", "事故で乗員12人と乗客230人が負傷した。", "12人", {"crew"}, {"passenger"}),
    ("ja", "事故で乗員12人と乗客230人が負傷した。", "230人", {"passenger"}, {"crew"}),
    (
        "fr",
        "Au moins 124 personnes sont mortes dans le séisme.",
        "Au moins 124 personnes",
        {"death"},
        set(),
    ),
    (
        "en",
        "At least 64 people were killed and 120 injured.",
        "120 injured",
        {"injured"},
        {"death"},
    ),
    ("en", "At least 64 people were killed and 120 injured.", "64 people", {"death"}, {"injured"}),
    ("en", "The hull is 300 metres long and 48 metres wide.", "48 metres", {"width"}, {"length"}),
    ("en", "The hull is 300 metres long and 48 metres wide.", "300 metres", {"length"}, {"width"}),
    ("en", "Revenue rose 12% to $3.7 billion.", "$3.7 billion", {"revenue"}, set()),
    ("en", "Revenue rose 12% to $3.7 billion.", "12%", {"revenue", "increase"}, set()),
    ("en", "Inflation in January was 2.5%, above the 2% target.", "2.5%", {"inflation"}, set()),
    ("fr", "Le séisme a fait 48 morts et 300 blessés.", "300 blessés", {"injured"}, {"death"}),
    # `당초` (originally) opens the budget's words, `보다` (than) closes them: the budget is no
    # cost, the cost no budget
    (
        "ko",
        "공사비가 9억4천만 유로로 당초 예산 5억2천만 유로보다 81% 늘었다.",
        "5억2천만",
        {"budget"},
        {"cost"},
    ),
    (
        "ko",
        "공사비가 9억4천만 유로로 당초 예산 5억2천만 유로보다 81% 늘었다.",
        "9억4천만",
        {"cost"},
        {"budget"},
    ),
    (
        "fr",
        "Le chiffre d'affaires a atteint 3 milliards d'euros et le bénéfice 400 millions d'euros.",
        "400 millions d'euros",
        {"profit"},
        {"revenue"},
    ),
    (
        "id",
        "Gempa itu menewaskan 48 orang dan 300 orang luka-luka.",
        "300 orang",
        {"injured"},
        {"death"},
    ),
    (
        "de",
        "Das Beben tötete 48 Menschen und verletzte 300 Menschen.",
        "300 Menschen",
        {"injured"},
        {"death"},
    ),
    ("es", "El sismo dejó 48 muertos y 300 heridos.", "300 heridos", {"injured"}, {"death"}),
    # what a protest report's words make of its counts
    (
        "fr",
        "Lors de la précédente journée d'action, le 23 janvier, la police avait recensé "
        "800 000 manifestants.",
        "800 000 manifestants",
        {"previous"},
        set(),
    ),
    # a semicolon opens a statement of its own: the next year's forecast is not last year's
    (
        "it",
        "Nel 2025 ha registrato ricavi per 2,1 miliardi di euro; per quest'anno il gruppo "
        "prevede di arrivare a 2,25 miliardi.",
        "2,1 miliardi di euro",
        {"revenue"},
        {"forecast"},
    ),
    # German compound profits and the past year (`im vergangenen Jahr einen Nettogewinn`)
    (
        "de",
        "Die Bank hatte im vergangenen Jahr einen Nettogewinn von 1,9 Milliarden Euro erzielt; "
        "für 2026 erwartet sie 2,1 Milliarden Euro.",
        "1,9 Milliarden Euro",
        {"profit", "previous"},
        {"forecast"},
    ),
    ("it", "Il bilancio è di 46 arresti e 87 agenti feriti.", "46 arresti", {"arrest"}, {"budget"}),
    ("id", "Sebanyak 3,5 juta orang turun ke jalan.", "3,5 juta orang", {"protest"}, {"decrease"}),
    (
        "de",
        "Die Polizei hatte mit 1 Million Demonstranten gerechnet.",
        "1 Million Demonstranten",
        {"forecast"},
        set(),
    ),
    ("pt", "O sismo deixou 48 mortos e 300 feridos.", "300 feridos", {"injured"}, {"death"}),
    # the comma inside `1,950` breaks no clause: the link word still splits the two figures
    ("en", "The quake killed 284 people and injured 1,950.", "284 people", {"death"}, {"injured"}),
    ("en", "The quake killed 284 people and injured 1,950.", "1,950", {"injured"}, {"death"}),
    # a clause holding only the counted noun's topic takes the sentence's other topic words,
    # but not those contrasting with its own (the 3's `death` beside the 12's `injured`)
    (
        "vi",
        "Trận động đất làm 3 người chết, 12 người bị thương.",
        "12 người",
        {"injured", "earthquake"},
        {"death"},
    ),
    (
        "vi",
        "Trận động đất làm 3 người chết, 12 người bị thương.",
        "3 người",
        {"death"},
        {"injured"},
    ),
    ("en", "The storm hit the coast on Monday, and 40 people died.", "40", {"death"}, set()),
    # each side of a tally keeps its own word; `contre` between two figures is the second's
    ("fr", "Le budget a été adopté par 289 voix contre 252.", "289 voix", set(), {"against"}),
    ("fr", "Le budget a été adopté par 289 voix contre 252.", "252", {"against"}, set()),
    ("pt", "O Orçamento foi aprovado por 289 votos contra 252.", "289 votos", set(), {"against"}),
    # a side written right before a figure is that figure's, even when the clause has no
    # word of the first figure's own
    ("fr", "Le texte a été adopté par 163 voix contre 136.", "163 voix", set(), {"against"}),
    ("fr", "Le texte a été adopté par 163 voix contre 136.", "136", {"against"}, set()),
    ("ru", "Закон принят 289 голосами против 252.", "252", {"against"}, set()),
    (
        "tr",
        "Bütçe, 163 evet oyuna karşı 136 hayır oyuyla kabul edildi.",
        "163 evet oyuna",
        {"in favour"},
        {"against"},
    ),
    # a side is its own clause's: the first side, its noun dropped, takes no side from the
    # second's clause
    (
        "tr",
        "Bütçe 320 kabul, 150 ret oyuyla kabul edildi.",
        "320 kabul",
        {"vote"},
        {"against"},
    ),
    # a figure that names no side takes none from a sentence naming both (`против` is the
    # second figure's, `"за"` stands in a clause of its own)
    (
        "ru",
        'Бюджет принят 289 голосами "за" при 252 голосах "против".',
        "289 голосами",
        {"vote"},
        {"against"},
    ),
    # a maker's cars recalled and sold are two counts (base.toml [contrasts])
    ("en", "Kazeno sold a record 3.1 million vehicles last year.", "3.1 million", {"sale"}, set()),
    ("ja", "昨年も不具合で64万台のリコールを届け出た。", "64万台", {"recall"}, {"sale"}),
    ("zh", "风野汽车将在全球召回约120万辆汽车。", "120万辆", {"recall"}, {"sale"}),
    ("de", "Kazeno verkaufte 3,1 Millionen Fahrzeuge.", "3,1 Millionen", {"sale"}, {"recall"}),
    ("vi", "Hãng triệu hồi 430.000 xe tại Mỹ.", "430.000 xe", {"recall"}, {"sale"}),
]


@pytest.mark.parametrize(("language", "text", "figure", "held", "not_held"), CASES)
def test_topic_words_stay_on_their_side(
    language: str, text: str, figure: str, held: set[str], not_held: set[str]
) -> None:
    source = extract_source(Document(id="c", path="c", text=text), load(language), None, False)
    claims = [c for c in source.claims if figure in c.text]
    assert claims, f"{figure!r} not found in {[c.text for c in source.claims]}"
    concepts = claims[0].subject.concepts
    assert held <= concepts, sorted(concepts)
    assert not not_held & concepts, sorted(concepts)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("石川県の発表では、死者は57人に上った。", {"ishikawa"}),
        ("珠洲市で22人が死亡した。", {"suzu"}),
        ("志賀町では震度7を観測し、3人がけがをした。", {"shiga"}),
        ("県内各市町の死者は57人となった。", set()),  # 市 inside a kanji run: no name
        ("新首都に公務員1740人が移る。", set()),
    ],
)
def test_japanese_place_names_by_their_ending(text: str, names: set[str]) -> None:
    """A kanji place name ending in 市, 町, 県... between kana or punctuation is a name of the
    sentence, romanised so that it meets its Latin spelling (`Ishikawa`, `Suzu`)."""
    source = extract_source(Document(id="c", path="c", text=text), load("ja"), None, False)
    assert source.claims, text
    assert set(source.claims[0].subject.entities) == names


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # a capitalised word of the lexicon ending the sentence is a topic word, not a name
        (
            "de",
            "Nach Angaben der Polizei beteiligten sich 1,2 Millionen Menschen an den Protesten.",
            set(),
        ),
        # a Markdown list item's or bold lead's first word starts its sentence: no name
        ("de", "- Staatliche Förderung: bis zu 392 Mrd. Yen", set()),
        ("de", "**Neue Arbeitsplätze: rund 1700 Stellen in Tomakomai.**", {"tomakomai"}),
        # the place of a dateline names no subject of the lead's figure
        ("it", "DORVIK - Oltre un milione di persone in piazza a Kanel.", {"kanel"}),
        ("id", "DORVIK, WARTA KITA - Sebanyak 240 kota menggelar aksi di Kanel.", {"kanel"}),
        # ... nor the outlet after a day and month in title case (an agency's `(EFE).-`)
        ("es", "Madrid, 14 oct (Faro Diario).- Unos 240 agentes actuaron en Kanel.", {"kanel"}),
        ("pt", "Lisboa, 14 out (Folha Lusa) - Cerca de 240 agentes atuaram em Kanel.", {"kanel"}),
        ("en", "Madrid, Oct 14 (Port Wire) - Some 240 officers took part in Kanel.", {"kanel"}),
        # where a firm is based describes it: no name of what the figure counts
        ("en", "The Austin-based company employed about 20,000 people.", set()),
        ("en", "The Nasdaq-listed Tessaro employed about 20,000 people.", {"tessaro"}),
        # a case ending after an apostrophe is no part of the name; a capitalised part is
        ("tr", "Kurul, ANACOM'un ihalesinden 1,24 milyar euro gelir bekliyor.", {"anacom"}),
        ("en", "The firm of Sean O'Brien paid $3 million.", {"sean", "o'brien"}),
        # a stock index in the script's own words meets its Latin name ([native_names])
        ("ko", "코스피는 6.83% 내린 2,557.31로 장을 마쳤다.", {"kospi"}),
        ("ja", "日経平均株価が3.86％下落した。", {"nikkei"}),
        ("ja", "コスダック指数も8.12％下落した。", {"kosdaq"}),
        # ... and, like a country, keeps to its own clause when a sentence lists several
        ("zh", "日本日经225指数下跌3.86%，台湾加权指数下跌4.1%。", {"japan", "nikkei"}),
        # in Latin letters too: an index with its own figure in another clause is not the
        # first figure's (a single country would frame the whole sentence)
        (
            "en",
            "Shares of Kaido rose 9.8% to 6,412 yen, while the Nikkei 225 closed at 38,215.",
            {"kaido"},
        ),
        # a firm Asian news writes in its own script meets its Latin name
        ("zh", "其中三星电子市值减少52万亿韩元。", {"samsung"}),
        # an international body is named by its [bodies] name in every language
        ("es", "El Banco Mundial recortó su previsión al 2,3%.", {"world_bank"}),
        ("id", "Bank Dunia memangkas proyeksi menjadi 2,3 persen.", {"world_bank"}),
        ("en", "The World Bank cut its forecast to 2.3%.", {"world_bank"}),
        # the euro area is a place of its own (`zone euro`), not a word of the sentence
        ("fr", "La zone euro ne croîtrait que de 0,7 %.", {"euro_area"}),
        # a headline in title case: its capitals name nothing the document does not name
        # inside a sentence (here nothing)
        ("id", "Kota Resmikan Jalur Metro Melingkar Sepanjang 15,9 Kilometer", set()),
        ("en", "Lisbon Opens Circular Metro Line Of 19.5 Kilometres", set()),
        # a sign in katakana (プラス, plus) is no name; 日銀 is the Bank of Japan
        ("ja", "日銀はこの金利をプラス0.1％とした。", {"bank_of_japan"}),
        # a sentence's elided first article is no part of the name ([names] elisions)
        ("fr", "L'AVM transporte quelque 410 000 voyageurs par jour.", {"avm"}),
        ("it", "L'AVM trasporta 410mila passeggeri al giorno.", {"avm"}),
    ],
)
def test_names_of_a_figures_sentence(language: str, text: str, names: set[str]) -> None:
    source = extract_source(Document(id="c", path="c", text=text), load(language), None, False)
    assert source.claims, text
    assert set(source.claims[0].subject.entities) == names


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        # a hyphenated name is the words other languages write apart (`Kuala Lumpur`)
        ("ru", "В Куала-Лумпуре выделено 3,2 млрд рублей.", {"куала", "лумпуре"}),
        ("en", "Kuala Lumpur set aside 3.2 billion ringgit.", {"kuala", "lumpur"}),
        # in Latin letters a hyphen joins two entities: one name
        ("en", "The SoftBank-OpenAI venture will pay $3 billion.", {"softbank-openai"}),
    ],
)
def test_hyphenated_names_split(language: str, text: str, names: set[str]) -> None:
    source = extract_source(Document(id="c", path="c", text=text), load(language), None, False)
    assert source.claims, text
    assert names <= source.claims[0].subject.entities, sorted(source.claims[0].subject.entities)


@pytest.mark.parametrize(
    ("language", "text", "figure", "countries"),
    [
        # a sentence listing countries with their figures gives each figure its own
        (
            "de",
            "Die meisten Autos sind in den USA unterwegs (430.000), in Japan sind 185.000 "
            "Autos betroffen.",
            "185.000 Autos",
            {"japan"},
        ),
        (
            "en",
            "The United States accounts for the largest share, with 430,000 vehicles, "
            "followed by 185,000 vehicles in Japan.",
            "430,000 vehicles",
            {"united_states"},
        ),
        ("ja", "国別では米国が43万台と最も多く、日本国内は18万5000台。", "18万5000台", {"japan"}),
        ("zh", "美国召回数量最多,为43万辆,日本国内为18.5万辆。", "43万辆", {"united_states"}),
        # a country with no figure of its own frames the whole sentence
        (
            "vi",
            "Đối với Việt Nam, kim ngạch xuất khẩu thép sang Mỹ năm 2025 đạt 1,3 tỷ USD.",
            "1,3 tỷ USD",
            {"vietnam", "united_states"},
        ),
        ("en", "Japan's exports to China rose to $5 billion.", "$5 billion", {"japan", "china"}),
        # a figure said to hold worldwide is the world's, not its maker's country
        (
            "en",
            "The Japanese carmaker will recall 1.2 million vehicles worldwide.",
            "1.2 million",
            {"world"},
        ),
        ("vi", "Hãng xe Nhật Bản triệu hồi 1,2 triệu xe trên toàn cầu.", "1,2 triệu", {"world"}),
        # a list joined by a link word: each figure has the place of its own part of the clause
        (
            "en",
            "The breach hit 12 million customers in Japan and 31 million worldwide.",
            "12 million",
            {"japan"},
        ),
        (
            "en",
            "The breach hit 12 million customers in Japan and 31 million worldwide.",
            "31 million",
            {"world"},
        ),
        (
            "en",
            "Japan accounts for 3 million cars and China for 2 million.",
            "2 million",
            {"china"},
        ),
        # a link word with no figure before it joins two places of one figure
        (
            "en",
            "Trade between Japan and China reached $5 billion.",
            "$5 billion",
            {"japan", "china"},
        ),
        (
            "es",
            "La filtración afectó a 12 millones de clientes en Japón y a 31 millones en todo el "
            "mundo.",
            "31 millones",
            {"world"},
        ),
        ("fr", "Le groupe emploie 21 000 personnes dans le monde.", "21 000", {"world"}),
        # a country named only after a semicolon is the next statement's, not the figure's
        # before it (Brent's move, then WTI's, the US benchmark)
        (
            "zh",
            "布伦特原油期货价格下跌2.3%，报每桶76.60美元；美国西得克萨斯轻质原油期货价格下跌2.2%。",
            "2.3%",
            set(),
        ),
        (
            "zh",
            "布伦特原油期货价格下跌2.3%，报每桶76.60美元；美国西得克萨斯轻质原油期货价格下跌2.2%。",
            "2.2%",
            {"united_states"},
        ),
        ("en", "Brent fell 2.3%; US crude lost 2.2%.", "2.3%", set()),
        # ... while one named before the semicolon still frames what follows it
        ("en", "In Japan, sales rose 5%; exports fell 2%.", "2%", {"japan"}),
        # `le monde de la mode` is a trade, not the world as a place
        (
            "fr",
            "Le groupe emploie 21 000 personnes au Japon, dans le monde du luxe.",
            "21 000",
            {"japan"},
        ),
    ],
)
def test_countries_of_a_figure(language: str, text: str, figure: str, countries: set[str]) -> None:
    """A figure's countries: those of its own clause when a sentence lists several countries,
    each with its figure (each country's part of a whole); the world for a worldwide figure."""
    lex = load(language)
    source = extract_source(Document(id="c", path="c", text=text), lex, None, False)
    claims = [c for c in source.claims if figure in c.text]
    assert claims, f"{figure!r} not found in {[c.text for c in source.claims]}"
    known = {"japan", "united_states", "china", "vietnam", "world"}
    assert set(claims[0].subject.entities) & known == countries


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # `Das` standing for what the sentence before told lends the date its names
        (
            "Kazeno Motors ruft weltweit Autos zurück. Das teilte der Konzern am Montag, dem "
            "15. Februar, in Tokio mit.",
            {"kazeno", "motors", "tokio", "world"},
        ),
        # `Das Unternehmen` is an article and a noun: the sentence stands alone
        (
            "Kazeno Motors ruft weltweit Autos zurück. Das Unternehmen informierte am Montag, "
            "dem 15. Februar, in Tokio.",
            {"tokio"},
        ),
    ],
)
def test_a_date_after_a_back_reference(text: str, names: set[str]) -> None:
    source = extract_source(Document(id="c", path="c", text=text), load("de"), None, False)
    dates = [c for c in source.claims if c.kind.value == "date"]
    assert dates, [c.text for c in source.claims]
    assert set(dates[0].subject.entities) == names


@pytest.mark.parametrize(
    ("language", "text", "figure", "not_named"),
    [
        (
            "fr",
            "La vente a totalisé 96,3 millions d'euros, dont la moitié pour la toile de Vautrin.",
            "96,3 millions",
            "vautrin",
        ),
        ("en", "The sale brought in $96 million, of which half for the Vautrin.", "$96", "vautrin"),
        ("it", "L'asta ha fatto 96,3 milioni di euro, di cui metà per Vautrin.", "96,3", "vautrin"),
        ("ru", "Продажи составили 96,3 млн евро, из них половина — Вотрен.", "96,3", "вотрен"),
    ],
)
def test_a_part_named_after_the_whole_is_not_its_subject(
    language: str, text: str, figure: str, not_named: str
) -> None:
    """`dont`, `of which`, `di cui`, `из них` ([part_links]) begin naming a part of the figure
    before them: the painting that made half of an evening's sales is not what the total is of."""
    source = extract_source(Document(id="c", path="c", text=text), load(language), None, False)
    claims = [c for c in source.claims if figure in c.text]
    assert claims, [c.text for c in source.claims]
    assert not_named not in claims[0].subject.entities, sorted(claims[0].subject.entities)


def _subject_of(language: str, text: str, figure: str) -> tuple[set[str], set[str]]:
    source = extract_source(Document(id="c", path="c", text=text), load(language), None, False)
    claims = [c for c in source.claims if figure in c.text]
    assert claims, [c.text for c in source.claims]
    return set(claims[0].subject.concepts), set(claims[0].subject.entities)


def test_a_date_set_off_by_commas_keeps_the_verb_after_it() -> None:
    """`war am Mittwoch, dem 9. September, ... eingestürzt`: the comma that closes the date's
    own apposition ends no clause, so the German verb at the end is the date's topic."""
    concepts, _ = _subject_of(
        "de",
        "Die Brücke war am Mittwoch, dem 9. September, gegen 17.40 Uhr eingestürzt.",
        "September",
    )
    assert "collapse" in concepts


@pytest.mark.parametrize(
    ("language", "text", "figure", "named", "not_named"),
    [
        # a name joined by hyphens to a common noun is the name, its words apart
        (
            "de",
            "Die Mirah-Raya-Brücke ist 430 Meter lang.",
            "430 Meter",
            {"mirah", "raya"},
            {"mirah-raya-brucke"},
        ),
        ("de", "Das Tesla-Werk beschäftigt 12.000 Menschen.", "12.000", {"tesla"}, set()),
        # two names joined by a hyphen stay one name
        (
            "en",
            "The SoftBank-OpenAI venture is worth $40 billion.",
            "$40",
            {"softbank-openai"},
            set(),
        ),
    ],
)
def test_a_name_before_a_hyphenated_noun(
    language: str, text: str, figure: str, named: set[str], not_named: set[str]
) -> None:
    _, entities = _subject_of(language, text, figure)
    assert named <= entities and not not_named & entities, sorted(entities)


@pytest.mark.parametrize(
    ("language", "text", "figure", "named", "not_named"),
    [
        # an index's move in its own clause is the index's, not the company's of the other
        # clause; the share's move keeps the company and loses the index
        (
            "en",
            "Shares in Lufthansa fell 1.8% in Frankfurt, while the Bel 20 index closed 0.4% lower.",
            "0.4%",
            {"bel_20"},
            {"lufthansa", "frankfurt"},
        ),
        (
            "en",
            "Shares in Lufthansa fell 1.8% in Frankfurt, while the Bel 20 index closed 0.4% lower.",
            "1.8%",
            {"lufthansa"},
            {"bel_20"},
        ),
        (
            "fr",
            "Le Bel 20 cédait 0,4 % à la clôture, tandis que l'action Lufthansa reculait de 1,8 %.",
            "0,4 %",
            {"bel_20"},
            {"lufthansa"},
        ),
        # Jakarta's benchmark under its acronyms and in Indonesian and Japanese words
        (
            "en",
            "The Jakarta Composite Index fell 1.1% to 7,215.4, and shares of state gas "
            "distributor Perusahaan Gas Negara dropped 2.3%.",
            "2.3%",
            {"perusahaan"},
            {"jakarta_composite"},
        ),
        (
            "id",
            "Indeks Harga Saham Gabungan (IHSG) ditutup melemah 1,1 persen, sementara saham "
            "Perusahaan Gas Negara turun 2,3 persen.",
            "1,1 persen",
            {"jakarta_composite"},
            {"perusahaan"},
        ),
        (
            "ja",
            "ジャカルタ総合指数は1.1%安の7215で取引を終えた。",
            "1.1%",
            {"jakarta_composite"},
            set(),
        ),
        # India's benchmarks, and Mumbai under its old name (`la Bourse de Bombay`)
        (
            "en",
            "Shares of Sarvodaya rose 6.4% in Mumbai, while the benchmark Sensex added 0.8%.",
            "0.8%",
            {"sensex"},
            {"sarvodaya", "mumbai"},
        ),
        (
            "en",
            "The Nifty 50 slipped 0.3%, while shares of Arkavati Pharma jumped 4.1%.",
            "0.3%",
            {"nifty"},
            {"arkavati"},
        ),
        (
            "fr",
            "À la Bourse de Bombay, l'action de Sarvodaya a gagné 6,4 % jeudi.",
            "6,4 %",
            {"mumbai", "sarvodaya"},
            {"bombay"},
        ),
        (
            "zh",
            "该公司股价在孟买证券交易所上涨6.4%。",
            "6.4%",
            {"mumbai"},
            set(),
        ),
        # a currency glued to its digits is a figure, not a name of the sentence
        (
            "id",
            "Pemerintah menaikkan harga Pertalite dari Rp10.000 menjadi Rp11.500 per liter.",
            "Rp10.000",
            {"pertalite"},
            {"rp11.500"},
        ),
    ],
)
def test_an_index_clause_keeps_its_own_names(
    language: str, text: str, figure: str, named: set[str], not_named: set[str]
) -> None:
    _, entities = _subject_of(language, text, figure)
    assert named <= entities and not not_named & entities, sorted(entities)


@pytest.mark.parametrize(
    ("language", "text", "figure", "names"),
    [
        # two companies' moves in one sentence, joined by a link word ([clause_links]): each
        # move is its own company's, as each country keeps its own figure
        (
            "en",
            "Shares in Engie closed 1.3% higher in Paris, while grid operator Elia gained 0.7%.",
            "1.3%",
            {"engie", "paris"},
        ),
        (
            "en",
            "Shares in Engie closed 1.3% higher in Paris, while grid operator Elia gained 0.7%.",
            "0.7%",
            {"elia"},
        ),
        (
            "fr",
            "L'action Engie a gagné 1,3 % à Paris, tandis que Elia a cédé 0,4 %.",
            "1,3 %",
            {"engie", "paris"},
        ),
        (
            "de",
            "Die Aktie von Engie stieg um 1,3 Prozent, während Elia 0,4 Prozent verlor.",
            "0,4 Prozent",
            {"elia"},
        ),
        # a clause that opens with a name needs no link word
        (
            "de",
            "Die Aktien von Toyota gaben 5,6 Prozent nach, Sony verlor 4,3 Prozent.",
            "5,6 Prozent",
            {"toyota"},
        ),
        (
            "de",
            "Die Aktien von Toyota gaben 5,6 Prozent nach, Sony verlor 4,3 Prozent.",
            "4,3 Prozent",
            {"sony"},
        ),
        # a stock index's clause keeps to itself (`_indexes_elsewhere`), but the place beside
        # it still frames the share's move
        (
            "en",
            "Shares in Nordwind fell 3.2% to 11.12 euros, while Frankfurt's DAX index was "
            "down 0.3%.",
            "3.2%",
            {"nordwind", "frankfurt"},
        ),
        # a clause that names nothing of its own keeps the sentence's names
        (
            "en",
            "Shares in Engie rose 12% on Friday, and its bonds gained 4%.",
            "4%",
            {"engie"},
        ),
        # a capital opening a topic phrase of several words is the topic's, no name
        (
            "en",
            "Medics treated 410 cases of heatstroke, most of them on the Day of Arafat.",
            "410 cases of heatstroke",
            set(),
        ),
    ],
)
def test_names_of_one_figure(language: str, text: str, figure: str, names: set[str]) -> None:
    source = extract_source(Document(id="c", path="c", text=text), load(language), None, False)
    claims = [c for c in source.claims if c.text == figure]
    assert claims, f"{figure!r} not found in {[c.text for c in source.claims]}"
    assert set(claims[0].subject.entities) == names
