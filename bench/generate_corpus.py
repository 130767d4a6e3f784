"""A synthetic, seeded corpus of multilingual news articles whose expected conflicts are known.

    python bench/generate_corpus.py OUT --articles 1000 [--seed 7]

writes `OUT/articles/<event>/<event>_<outlet>_<lang>.txt` (five articles per event, in the eight
supported languages in turn, about 3 KB each) and `OUT/expected.json`. Every event is a project
deal with invented names and its own figures: an investment (money), a capacity (quantity), a
stake (percent), a signing date and a chief executive (role); a look-alike (a first tranche of
the investment, a yearly operating cost) sits beside the figures. One article per event carries
one injected conflict, in turn: a scale-word slip in the investment, swapped digits in the
stake, or the signing date a day off. The same arguments always give the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = ("en", "id", "fr", "de", "es", "pt", "ja", "zh")
ARTICLES_PER_EVENT = 5
TARGET_BYTES = 3000
CONFLICT_KINDS = ("money", "percent", "date")

_SYLLABLES = [
    "ka",
    "ve",
    "lo",
    "ri",
    "sa",
    "mon",
    "ta",
    "ne",
    "dor",
    "vi",
    "ban",
    "ko",
    "ra",
    "lu",
    "pe",
    "sin",
    "tor",
    "ga",
    "mi",
    "zel",
    "har",
    "qu",
    "os",
    "ul",
    "fen",
]
_COMPANY_SUFFIXES = [
    "Energi",
    "Power",
    "Solaris",
    "Voltra",
    "Renewables",
    "Grid",
    "Helio",
    "Watt",
    "Lumen",
    "Ampere",
]
_PARTNER_SUFFIXES = [
    "Capital",
    "Holdings",
    "Group",
    "Partners",
    "Invest",
    "Ventures",
    "Finance",
    "Fund",
]
_OUTLETS = ("wire", "daily", "post", "ledger", "courier", "herald", "gazette", "tribune")


@dataclass(frozen=True)
class Event:
    slug: str
    company: str
    partner: str
    city: str
    ceo: str
    investment: int
    """Millions of US dollars, three significant digits."""
    tranche: int
    cost: int
    """Yearly operating cost, millions of US dollars."""
    capacity: int
    """Megawatts."""
    stake: int
    signed: dt.date
    conflict: str


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def make_event(rng: random.Random, index: int) -> Event:
    company = f"{_word(rng, 3)} {rng.choice(_COMPANY_SUFFIXES)}"
    partner = f"{_word(rng, 3)} {rng.choice(_PARTNER_SUFFIXES)}"
    stake = rng.choice([s for s in range(12, 90) if s % 10 and s // 10 != s % 10])
    investment = rng.randrange(120, 990)
    start = dt.date(2019, 1, 1).toordinal()
    return Event(
        slug=f"ev{index:05d}",
        company=company,
        partner=partner,
        city=_word(rng, 2) + rng.choice(["bay", "ton", "pur", "ville"]),
        ceo=f"{_word(rng, 2)} {_word(rng, 3)}",
        investment=investment,
        tranche=rng.randrange(30, investment // 3),
        cost=rng.randrange(11, 29),
        capacity=rng.randrange(150, 990),
        stake=stake,
        signed=dt.date.fromordinal(start + rng.randrange(0, 7 * 365)),
        conflict=CONFLICT_KINDS[index % len(CONFLICT_KINDS)],
    )


# Money in millions; `billion` writes the same digits with the next scale word (the slip).
def _money(lang: str, millions: int, *, billion: bool = False) -> str:
    n = millions
    forms = {
        "en": f"${n} billion" if billion else f"${n} million",
        "id": f"US${n} miliar" if billion else f"US${n} juta",
        "fr": f"{n} milliards de dollars" if billion else f"{n} millions de dollars",
        "de": f"{n} Milliarden US-Dollar" if billion else f"{n} Millionen US-Dollar",
        "es": f"{n}.000 millones de dólares" if billion else f"{n} millones de dólares",
        "pt": f"US$ {n} bilhões" if billion else f"US$ {n} milhões",
        "ja": f"{n * 10}億ドル" if billion else _ja_millions(n),
        "zh": f"{n * 10}亿美元" if billion else f"{n / 100:g}亿美元",
    }
    return forms[lang]


def _ja_millions(n: int) -> str:
    oku, man = divmod(n * 100, 10000)
    return (f"{oku}億" if oku else "") + (f"{man}万" if man else "") + "ドル"


def _percent(lang: str, value: int) -> str:
    return {
        "en": f"{value}%",
        "id": f"{value} persen",
        "fr": f"{value} %",
        "de": f"{value} Prozent",
        "es": f"{value} %",
        "pt": f"{value}%",
        "ja": f"{value}%",
        "zh": f"{value}%",
    }[lang]


_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
}


def _date(lang: str, day: dt.date) -> str:
    if lang in ("ja", "zh"):
        return f"{day.year}年{day.month}月{day.day}日"
    month = _MONTHS[lang].split()[day.month - 1]
    return {
        "en": f"{month} {day.day}, {day.year}",
        "id": f"{day.day} {month} {day.year}",
        "fr": f"{day.day} {month} {day.year}",
        "de": f"{day.day}. {month} {day.year}",
        "es": f"{day.day} de {month} de {day.year}",
        "pt": f"{day.day} de {month} de {day.year}",
    }[lang]


# Fact sentences, one template per language. Fields: company, partner, city, ceo, money,
# tranche, cost, capacity, stake, date.
_FACTS = {
    "en": [
        "{company} and {partner} signed the financing agreements for the {city} solar plant "
        "in {city} on {date}.",
        "The project is worth {money} in total, according to {company}.",
        "The plant will have a capacity of {capacity} megawatts once complete.",
        "{company} will hold a {stake} stake in the project company.",
        "A first tranche of {tranche} is due before construction starts.",
        "Operating costs are expected at about {cost} a year.",
        "{ceo}, chief executive of {company}, called the deal a milestone.",
    ],
    "id": [
        "{company} dan {partner} menandatangani perjanjian pembiayaan pembangkit listrik "
        "tenaga surya {city} di {city} pada {date}.",
        "Nilai total proyek mencapai {money}, menurut {company}.",
        "Pembangkit itu akan berkapasitas {capacity} megawatt setelah rampung.",
        "{company} akan menguasai {stake} saham perusahaan proyek.",
        "Tahap pertama pendanaan sebesar {tranche} cair sebelum konstruksi dimulai.",
        "Biaya operasional diperkirakan sekitar {cost} per tahun.",
        "CEO {company}, {ceo}, menyebut kesepakatan itu sebagai tonggak sejarah.",
    ],
    "fr": [
        "{company} et {partner} ont signé les accords de financement de la centrale solaire "
        "de {city} à {city} le {date}.",
        "Le projet représente au total {money}, selon {company}.",
        "La centrale aura une capacité de {capacity} mégawatts une fois achevée.",
        "{company} détiendra {stake} de la société de projet.",
        "Une première tranche de {tranche} sera versée avant le début des travaux.",
        "Les coûts d'exploitation sont estimés à environ {cost} par an.",
        "Le PDG de {company}, {ceo}, a salué un accord historique.",
    ],
    "de": [
        "{company} und {partner} haben die Finanzierungsverträge für das Solarkraftwerk "
        "{city} am {date} in {city} unterzeichnet.",
        "Das Projekt hat laut {company} einen Gesamtwert von {money}.",
        "Das Kraftwerk soll nach Fertigstellung eine Leistung von {capacity} Megawatt haben.",
        "{company} wird {stake} an der Projektgesellschaft halten.",
        "Eine erste Tranche von {tranche} wird vor Baubeginn fällig.",
        "Die Betriebskosten werden auf etwa {cost} pro Jahr geschätzt.",
        "Der Vorstandsvorsitzende von {company}, {ceo}, sprach von einem Meilenstein.",
    ],
    "es": [
        "{company} y {partner} firmaron los acuerdos de financiación de la planta solar de "
        "{city} en {city} el {date}.",
        "El proyecto tiene un valor total de {money}, según {company}.",
        "La planta tendrá una capacidad de {capacity} megavatios cuando esté terminada.",
        "{company} tendrá una participación del {stake} en la sociedad del proyecto.",
        "Un primer tramo de {tranche} se pagará antes del inicio de las obras.",
        "Los costes de operación rondarán los {cost} al año.",
        "El consejero delegado de {company}, {ceo}, calificó el acuerdo de histórico.",
    ],
    "pt": [
        "A {company} e a {partner} assinaram os acordos de financiamento da usina solar de "
        "{city} em {city} em {date}.",
        "O projeto tem um valor total de {money}, segundo a {company}.",
        "A usina terá uma capacidade de {capacity} megawatts quando estiver pronta.",
        "A {company} terá uma participação de {stake} na empresa do projeto.",
        "Uma primeira parcela de {tranche} será paga antes do início das obras.",
        "Os custos de operação devem ficar em cerca de {cost} por ano.",
        "O presidente-executivo da {company}, {ceo}, chamou o acordo de histórico.",
    ],
    "ja": [
        "{company}と{partner}は{date}、{city}で{city}太陽光発電所の融資契約に調印した。",
        "{company}によると、事業の総額は{money}に上る。",
        "発電所の出力は完成後に{capacity}メガワットとなる。",
        "{company}は事業会社の株式の{stake}を保有する。",
        "第1回の融資{tranche}は着工前に実行される。",
        "運営費は年間約{cost}と見込まれる。",
        "{company}のCEO、{ceo}氏は今回の合意を画期的だと述べた。",
    ],
    "zh": [
        "{company}与{partner}于{date}在{city}签署了{city}太阳能电站的融资协议。",
        "据{company}称，该项目总价值达{money}。",
        "该电站建成后装机容量将达{capacity}兆瓦。",
        "{company}将持有项目公司{stake}的股份。",
        "首期融资{tranche}将在开工前到位。",
        "运营成本预计每年约{cost}。",
        "{company}首席执行官{ceo}称这项协议具有里程碑意义。",
    ],
}

# Background paragraphs with no figure, date, office or name in them.
_FILLER = {
    "en": [
        "Analysts said the region has long struggled with an unreliable grid.",
        "Local residents welcomed the plans but asked for more consultation.",
        "The developers said they would train people from nearby villages.",
        "Environmental groups called for careful monitoring of water use.",
        "Officials described the scheme as part of a wider shift to clean power.",
        "Bankers said demand for green infrastructure remained strong.",
        "Critics warned that delays in permits could slow the work.",
        "The site lies on dry land that was long used for grazing.",
    ],
    "id": [
        "Para analis menilai kawasan itu lama bergulat dengan jaringan listrik yang rapuh.",
        "Warga setempat menyambut rencana itu namun meminta konsultasi yang lebih luas.",
        "Pengembang berjanji melatih tenaga kerja dari desa sekitar.",
        "Kelompok lingkungan meminta pemantauan ketat atas penggunaan air.",
        "Pejabat menyebut proyek itu bagian dari peralihan menuju energi bersih.",
        "Kalangan perbankan menilai minat pada infrastruktur hijau tetap kuat.",
        "Pengamat mengingatkan bahwa perizinan yang lambat dapat menghambat pekerjaan.",
        "Lokasi proyek berada di lahan kering yang lama dipakai untuk menggembala.",
    ],
    "fr": [
        "Selon les analystes, la région souffre depuis longtemps d'un réseau fragile.",
        "Les habitants ont salué le projet tout en réclamant davantage de concertation.",
        "Les promoteurs promettent de former des habitants des villages voisins.",
        "Les associations écologistes demandent un suivi attentif de l'usage de l'eau.",
        "Les autorités y voient une étape de la transition vers une énergie propre.",
        "Les banquiers jugent que l'appétit pour les infrastructures vertes reste fort.",
        "Des critiques craignent que la lenteur des permis ne retarde le chantier.",
        "Le terrain est une zone aride longtemps consacrée au pâturage.",
    ],
    "de": [
        "Nach Ansicht von Analysten leidet die Region seit Langem unter einem schwachen Netz.",
        "Anwohner begrüßten die Pläne, forderten aber mehr Mitsprache.",
        "Die Entwickler wollen Menschen aus den umliegenden Dörfern ausbilden.",
        "Umweltverbände verlangen eine sorgfältige Überwachung des Wasserverbrauchs.",
        "Die Behörden sehen das Vorhaben als Teil der Wende zu sauberem Strom.",
        "Banker sagen, die Nachfrage nach grüner Infrastruktur bleibe hoch.",
        "Kritiker warnen, langsame Genehmigungen könnten die Arbeiten bremsen.",
        "Das Gelände ist trockenes Land, das lange als Weide diente.",
    ],
    "es": [
        "Según los analistas, la región sufre desde hace tiempo una red eléctrica frágil.",
        "Los vecinos celebraron los planes, aunque pidieron más consultas.",
        "Los promotores prometen formar a personas de los pueblos cercanos.",
        "Los grupos ecologistas piden vigilar de cerca el uso del agua.",
        "Las autoridades ven el plan como parte del giro hacia la energía limpia.",
        "Los banqueros afirman que la demanda de infraestructura verde sigue fuerte.",
        "Los críticos advierten que la lentitud de los permisos podría frenar las obras.",
        "El terreno es una zona seca dedicada durante años al pastoreo.",
    ],
    "pt": [
        "Segundo analistas, a região sofre há muito com uma rede elétrica frágil.",
        "Os moradores aplaudiram os planos, mas pediram mais consultas.",
        "Os responsáveis prometem formar pessoas das aldeias vizinhas.",
        "Grupos ambientalistas pedem um acompanhamento atento do uso da água.",
        "As autoridades veem o plano como parte da transição para energia limpa.",
        "Os banqueiros dizem que a procura por infraestrutura verde continua forte.",
        "Os críticos alertam que a demora nas licenças pode atrasar as obras.",
        "O terreno é uma área seca usada durante muito tempo como pasto.",
    ],
    "ja": [
        "アナリストによると、この地域は長年、不安定な送電網に悩まされてきた。",
        "地元住民は計画を歓迎しつつも、より丁寧な説明を求めている。",
        "開発側は近隣の村から人材を育成すると約束した。",
        "環境団体は水の使用について慎重な監視を求めている。",
        "当局はこの計画をクリーンな電力への転換の一環と位置付けている。",
        "銀行関係者は、環境関連のインフラへの需要は依然として強いと話す。",
        "許認可の遅れが工事を遅らせかねないとの懸念も出ている。",
        "建設予定地は長く放牧に使われてきた乾燥した土地である。",
    ],
    "zh": [
        "分析人士表示，该地区长期以来一直受困于不稳定的电网。",
        "当地居民对这一计划表示欢迎，但希望进行更充分的沟通。",
        "开发商承诺将培训周边村庄的居民。",
        "环保团体呼吁对用水情况进行严格监测。",
        "官员表示，该计划是向清洁能源转型的重要组成部分。",
        "银行业人士称，市场对绿色基础设施的需求依然旺盛。",
        "批评人士警告，审批迟缓可能拖慢工程进度。",
        "项目用地是一片长期用于放牧的干旱土地。",
    ],
}


def article(event: Event, lang: str, rng: random.Random, *, mutated: bool) -> str:
    """One article about `event` in `lang`; `mutated` carries the event's injected conflict."""
    stake, signed, slip = event.stake, event.signed, False
    if mutated and event.conflict == "percent":
        stake = int(str(stake)[::-1])
    elif mutated and event.conflict == "date":
        signed = signed + dt.timedelta(days=1)
    elif mutated and event.conflict == "money":
        slip = True
    fields = {
        "company": event.company,
        "partner": event.partner,
        "city": event.city,
        "ceo": event.ceo,
        "money": _money(lang, event.investment, billion=slip),
        "tranche": _money(lang, event.tranche),
        "cost": _money(lang, event.cost),
        "capacity": str(event.capacity),
        "stake": _percent(lang, stake),
        "date": _date(lang, signed),
    }
    if lang in ("ja", "zh"):  # Latin names set off by spaces, as many such outlets write them
        for key in ("company", "partner", "city", "ceo"):
            fields[key] = f" {fields[key]} "
    facts = [template.format(**fields).replace("  ", " ") for template in _FACTS[lang]]
    filler = list(_FILLER[lang])
    paragraphs = [facts[0] + " " + facts[1]]
    rest = facts[2:]
    rng.shuffle(rest)
    paragraphs += rest
    size = sum(len(p.encode()) for p in paragraphs)
    while size < TARGET_BYTES:
        rng.shuffle(filler)
        for line in filler[:3]:
            at = rng.randrange(1, len(paragraphs) + 1)
            paragraphs.insert(at, line)
            size += len(line.encode()) + 2
    return "\n\n".join(paragraphs) + "\n"


def _value(kind: str, event: Event, *, mutated: bool) -> object:
    if kind == "money":
        return event.investment * 1e6 * (1000 if mutated else 1)
    if kind == "percent":
        return float(int(str(event.stake)[::-1]) if mutated else event.stake)
    return (event.signed + dt.timedelta(days=1 if mutated else 0)).isoformat()


def generate(out: Path, articles: int, seed: int = 7) -> dict[str, object]:
    """Write the corpus under `out`; return (and write) the expected conflicts."""
    rng = random.Random(seed)
    root = out / "articles"
    events: list[dict[str, object]] = []
    written = 0
    index = 0
    while written < articles:
        event = make_event(rng, index)
        count = min(ARTICLES_PER_EVENT, articles - written)
        folder = root / f"{event.slug}-{event.city.lower()}"
        folder.mkdir(parents=True, exist_ok=True)
        sources: dict[str, str] = {}
        for j in range(count):
            lang = LANGUAGES[(index * ARTICLES_PER_EVENT + j) % len(LANGUAGES)]
            name = f"{event.slug}_{_OUTLETS[j % len(_OUTLETS)]}_{lang}.txt"
            mutated = j == ARTICLES_PER_EVENT - 1
            text = article(event, lang, rng, mutated=mutated)
            (folder / name).write_text(text, encoding="utf-8")
            sources[name] = lang
        conflicts = []
        if count == ARTICLES_PER_EVENT:
            mutated_name = next(n for n in sources if f"_{_OUTLETS[count - 1]}_" in n)
            conflicts.append(
                {
                    "kind": event.conflict,
                    "values": [
                        _value(event.conflict, event, mutated=False),
                        _value(event.conflict, event, mutated=True),
                    ],
                    "minority": [mutated_name],
                }
            )
        events.append({"event": event.slug, "sources": sources, "conflicts": conflicts})
        written += count
        index += 1
    expected = {"seed": seed, "articles": written, "events": events}
    (out / "expected.json").write_text(json.dumps(expected, indent=1), encoding="utf-8")
    return expected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    expected = generate(args.out, args.articles, args.seed)
    print(f"{expected['articles']} articles in {len(expected['events'])} events → {args.out}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
