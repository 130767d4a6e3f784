"""A dateline (`PLACE, DATE` at the head of an article) dates the document, not an event: it is
no claim of its own. A date that opens a sentence of the story still is one."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_source, own_anchor
from factcheck.lexicon import load
from factcheck.records import Document

_BODY = {
    "en": " The agreement covers the expansion of the port's two container terminals, the "
    "dredging of the access channel and a new rail link to the industrial zone. Officials said "
    "construction would start next year and take about four years to complete in full.",
    "de": " Die Vereinbarung umfasst den Ausbau der beiden Containerterminals, die Vertiefung "
    "der Zufahrt und eine neue Bahnstrecke in das Industriegebiet. Der Bau soll im kommenden "
    "Jahr beginnen und etwa vier Jahre dauern, sagten Vertreter der Behörden.",
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
    ("en", "The deal was signed on 4 June 2025.", "4 June 2025", True),
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
