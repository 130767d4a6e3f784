"""A dateline (`PLACE, DATE` at the head of an article) dates the document, not an event: it is
no claim of its own. A date that opens a sentence of the story still is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.extract import extract_source, own_anchor
from factcheck.lexicon import load
from factcheck.pipeline import ScanOptions, run
from factcheck.records import DateValue, Document

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
