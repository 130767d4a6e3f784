"""A dateline (`PLACE, DATE` at the head of an article) dates the document, not an event: it is
no claim of its own. A date that opens a sentence of the story still is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract import extract_source, own_anchor
from factcheck.lexicon import load
from factcheck.pipeline import ScanOptions, run
from factcheck.records import DateValue, Document, Report

_BODY = {
    "en": " The agreement covers the expansion of the port's two container terminals, the "
    "dredging of the access channel and a new rail link to the industrial zone. Officials said "
    "construction would start next year and take about four years to complete in full.",
    "de": " Die Vereinbarung umfasst den Ausbau der beiden Containerterminals, die Vertiefung "
    "der Zufahrt und eine neue Bahnstrecke in das Industriegebiet. Der Bau soll im kommenden "
    "Jahr beginnen und etwa vier Jahre dauern, sagten Vertreter der Behörden.",
    "ja": "港湾の拡張工事は来年に始まり、完成までに約4年かかる見通しだ。"
    "コンテナターミナル2カ所の拡張と航路のしゅんせつ、工業地帯への新しい鉄道の建設が含まれる。"
    "関係者によると、総事業費は今後詰める。"
    "地元の自治体も費用の一部を負担する方針で、詳細は年内に決まる予定だという。"
    "港湾当局の担当者は、貨物の取扱量が増え続けており、拡張は避けられないと説明した。"
    "周辺の住民からは、工事中の騒音や交通量の増加を心配する声も上がっている。",
    "es": " El acuerdo incluye la ampliación de las dos terminales de contenedores, el dragado "
    "del canal de acceso y una nueva conexión ferroviaria con la zona industrial. Las obras "
    "comenzarán el año que viene y durarán unos cuatro años, dijeron las autoridades.",
}

CASES = [
    # (language, head of the article, date text, is it a claim?)
    ("de", "Santiago de Chile, 13. März 2025.", "13. März 2025", False),
    ("es", "Valparaíso, 4 de junio de 2025.", "4 de junio de 2025", False),
    ("en", "ROTTERDAM, 4 June 2025 (Reuters) -", "4 June 2025", False),
    ("en", "4 June 2025.", "4 June 2025", False),
    ("en", "ROTTERDAM, Netherlands, June 4 (Reuters) -", "June 4", False),
    ("en", "The deal was signed on 4 June 2025.", "4 June 2025", True),
    ("en", "The deal was signed on June 4 by both sides -", "June 4", True),
    ("ja", "【横浜】2025年6月5日　港湾当局は6月4日、署名した。", "6月4日", True),
    ("ja", "【横浜】2025年6月5日　", "2025年6月5日", False),
    ("de", "Unterzeichnet wurde am 13. März 2025.", "13. März 2025", True),
    # a line stamping when the report was filed, at its end or under the byline
    ("en", "Port deal signed.\nUpdated 4 June 2025, 11:20\n", "4 June 2025", False),
    ("ja", "港湾協定に署名\n2025年6月5日 11時20分\n", "2025年6月5日", False),
    # a short line in a script without spaces is still prose
    ("ja", "港湾協定に署名\n2025年6月4日に署名と発表\n", "2025年6月4日", True),
]


@pytest.mark.parametrize(("language", "head", "date", "claimed"), CASES)
def test_dateline_is_no_claim(language: str, head: str, date: str, claimed: bool) -> None:
    lex = load(language)
    document = Document(id="d", path="d", text=head + _BODY[language])
    anchor, inferred = own_anchor(document, lex)
    source = extract_source(document, lex, anchor, inferred, anchor)
    dates = [c.text for c in source.claims if c.kind.value == "date"]
    assert (date in dates) is claimed, dates


def test_a_dateline_without_a_year_anchors_relative_days(tmp_path: Path) -> None:
    """`BRUSSELS, March 3 (Reuters) - ... on Tuesday`: the dateline's day, in the year the other
    documents give, is the day `Tuesday` counts back from."""
    (tmp_path / "wire_en.txt").write_text(
        "BRUSSELS, March 3 (Reuters) - The regulator fined the cloud group Nubis 2.8 billion "
        "euros on Tuesday for abusing its dominant position, the competition commissioner said."
        + _BODY["en"],
        encoding="utf-8",
    )
    (tmp_path / "paper_fr.txt").write_text(
        "BRUXELLES, 5 mars 2026 (AFP) - Le régulateur a infligé une amende de 2,8 milliards "
        "d'euros au groupe Nubis pour abus de position dominante.",
        encoding="utf-8",
    )
    report = run([str(tmp_path)], ScanOptions(jobs=1))
    dates = {
        c.text: c.value.iso()
        for s in report.sources
        for c in s.claims
        if s.document.id == "wire_en.txt" and isinstance(c.value, DateValue)
    }
    assert dates == {"Tuesday": "2026-03-03"}


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("BRUSSELS, March 3 (Reuters) -", "2026-03-03"),
        ("BRUSSELS, March 4 (Reuters) -", "2026-03-04"),
        ("BRUSSELS, Mar 2 (Brussels Ledger) -", "2026-03-02"),
    ],
)
def test_a_dateline_without_a_year_dates_its_report(
    tmp_path: Path, dateline: str, day: str
) -> None:
    """A dateline without its year names the report's day, not the corpus's: an earlier report
    among later ones keeps its own day (the first toll of a story revised the next day)."""
    report = _scan_wire_among_papers(
        tmp_path,
        f"{dateline} The regulator fined the cloud group Nubis for abusing its position.",
        de="Brüssel, 5. März 2026. ",
        es="BRUSELAS, 5 de marzo de 2026. ",
    )
    anchors = {s.document.id: s.anchor for s in report.sources}
    assert str(anchors["wire_en.txt"]) == day


def _scan_wire_among_papers(tmp_path: Path, wire: str, de: str, es: str) -> Report:
    """Scan an English wire story (its lead, then the common body) beside a German and a
    Spanish paper (each its dateline, then the body)."""
    (tmp_path / "wire_en.txt").write_text(wire + _BODY["en"], encoding="utf-8")
    (tmp_path / "paper_de.txt").write_text(de + _BODY["de"], encoding="utf-8")
    (tmp_path / "paper_es.txt").write_text(es + _BODY["es"], encoding="utf-8")
    return run([str(tmp_path)], ScanOptions(jobs=1))


def test_a_yearless_dateline_takes_the_year_of_the_other_reports(tmp_path: Path) -> None:
    """`LAUSANNE, Oct 14 (Wire) -` over a story whose every full date is more than a year old
    (the sample taken on 9 June 2026) is dated in the year the other reports give, and its
    `on Thursday` counts from that day, not from a day of the year before."""
    report = _scan_wire_among_papers(
        tmp_path,
        "LAUSANNE, Oct 14 (Wire) - The runner was banned on Thursday for a sample taken on "
        "June 9, 2026, and his suspension runs from July 22, 2026.",
        de="Lausanne, 15. Oktober 2027. ",
        es="LAUSANA, 15 de octubre de 2027. ",
    )
    wire = next(s for s in report.sources if s.document.id == "wire_en.txt")
    dates = {c.text: c.value.iso() for c in wire.claims if isinstance(c.value, DateValue)}
    assert str(wire.anchor) == "2027-10-14"
    assert dates["Thursday"] == "2027-10-14"


def test_a_later_date_than_every_dateline_is_a_plan(tmp_path: Path) -> None:
    """A report with no dateline whose only full date is a plan years ahead (`delayed to 3 June
    2028`) is dated by the other documents' datelines: a dateline without a year takes their
    year, and `9일` is the 9th of their month, not 9 June 2028."""
    (tmp_path / "wire_ko.txt").write_text(
        "(서울=연합뉴스) 이탈리아 감사원은 9일(현지시간) 경기장 건설비가 14억5000만 유로에 "
        "이를 것으로 추산했다. 개장 시기는 2028년 6월 3일로 늦춰졌다.",
        encoding="utf-8",
    )
    (tmp_path / "xinhua_zh.txt").write_text(
        "新华社罗马3月9日电 意大利审计法院9日发布报告说，新球场造价已升至14.5亿欧元。"
        "球场目前已推迟至2028年6月3日启用。报告指出，该项目中有部分合同未经公开招标即授予承包商。"
        "意大利中央政府承担建设费用的四成，其余由大区和市政府负担。审计法院要求政府说明资金来源。"
        "2032年欧洲杯将由意大利和土耳其联合举办，新球场是主要比赛场地之一。当地居民对工程延误表示不满。"
        "承建商表示，将在未来几个月内加快施工进度，并增加工人数量，以确保球场按新的时间表完工。",
        encoding="utf-8",
    )
    (tmp_path / "paper_it.txt").write_text(
        "ROMA, 10 marzo 2027 - Secondo la Corte dei conti il nuovo stadio costerà 1,45 miliardi "
        "di euro. L'apertura è slittata al 3 giugno 2028. I magistrati contabili segnalano "
        "contratti affidati senza gara e chiedono al governo di chiarire chi pagherà la "
        "differenza. Il cantiere impiega oggi più di mille operai su tre turni.",
        encoding="utf-8",
    )
    report = run([str(tmp_path)], ScanOptions(jobs=1))
    days = {
        (s.document.id, c.text): c.value.iso()
        for s in report.sources
        for c in s.claims
        if isinstance(c.value, DateValue) and c.text in ("9일", "9日")
    }
    assert days == {("wire_ko.txt", "9일"): "2027-03-09", ("xinhua_zh.txt", "9日"): "2027-03-09"}


TERM_ENDS = [
    ("es", "El delantero firmó un contrato hasta el 30 de junio de 2031."),
    ("it", "L'attaccante ha firmato un contratto fino al 30 giugno 2031."),
    ("fr", "L'attaquant s'est engagé jusqu'au 30 juin 2031."),
    ("pt", "O atacante assinou contrato até 30 de junho de 2031."),
    ("en", "The striker signed a contract until 30 June 2031."),
]


@pytest.mark.parametrize(("language", "sentence"), TERM_ENDS)
def test_the_end_of_a_term_does_not_date_the_document(language: str, sentence: str) -> None:
    """A contract `until 30 June 2031` is no day of the news: a document whose only full date
    ends a term has no date of its own (the corpus gives one), rather than one five years on."""
    document = Document(id="d", path="d", text=sentence + _BODY.get(language, _BODY["en"]))
    assert own_anchor(document, load(language)) == (None, True)


def test_a_yearless_dateline_is_the_day_of_the_news_not_a_background_date() -> None:
    """`新华社东京1月22日电 ... 于2026年10月8日发射`: the only full date is the launch months
    before; the dateline's day, in the year nearest that date, is the report's own."""
    lex = load("zh")
    text = (
        "新华社东京1月22日电（记者 张海涛）日本着陆器21日在月球南极附近着陆。"
        "着陆器于2026年10月8日搭乘H3火箭从种子岛航天中心发射升空。" + _BODY["ja"]
    )
    anchor, inferred = own_anchor(Document(id="d", path="d", text=text), lex)
    assert (str(anchor), inferred) == ("2027-01-22", True)
