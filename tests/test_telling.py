"""Which days name the telling of the news (`officials said on Monday`), as table rows: such a
day is marked `told` and never contradicts a date of the event told."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract import extract_source
from factcheck.lexicon import load
from factcheck.records import Document, Kind

ANCHOR = dt.date(2026, 12, 21)

CASES = [
    # (language, sentence, the day as written, told?)
    ("en", "The toll rose to 79, fire officials said on Monday.", "Monday", True),
    ("en", "The toll rose to 79, officials said Monday.", "Monday", True),
    # a teller of four words (`the provincial health department`)
    (
        "en",
        "At least 568 have died, the provincial health department said on Wednesday.",
        "Wednesday",
        True,
    ),
    ("fr", "La canicule a fait 568 morts, selon un bilan communiqué mercredi.", "mercredi", True),
    ("es", "Ya hay 631 muertes, según el balance actualizado este jueves.", "jueves", True),
    ("en", "The crash happened on Sunday, officials said.", "Sunday", False),  # dates the crash
    ("en", "Kelvara Air said on Monday it would ground its fleet.", "Monday", False),  # announced
    ("en", "The jet crashed on Sunday and burst into flames.", "Sunday", False),
    ("ru", "Число погибших выросло до 79, сообщили в понедельник пожарные.", "понедельник", True),
    ("ru", "Самолёт разбился в воскресенье вечером.", "воскресенье", False),
    (
        "pt",
        "O número de mortos subiu para 17, informou esta sexta-feira a agência.",
        "sexta-feira",
        True,
    ),
    ("fr", "Le bilan s'est alourdi à neuf morts, a annoncé mardi le gouverneur.", "mardi", True),
    ("fr", "L'avion s'est écrasé mardi près de la côte.", "mardi", False),
    (
        "es",
        "Los ladrones huyeron con once joyas, confirmó este jueves el ministro.",
        "jueves",
        True,
    ),
    ("de", "Die Zahl der Toten stieg auf 47, teilte am Montag die Polizei mit.", "Montag", True),
    ("de", "Die Brücke stürzte am Montag ein.", "Montag", False),
    ("zh", "死亡人数升至79人，消防部门21日表示。", "21日", False),  # a day written by its number
    ("id", "Jumlah korban naik menjadi 17, polisi mengatakan pada Senin.", "Senin", True),
]


@pytest.mark.parametrize(("language", "sentence", "day", "told"), CASES)
def test_a_day_beside_a_verb_of_telling(language: str, sentence: str, day: str, told: bool) -> None:
    document = Document(id="d", path="d", text=sentence)
    source = extract_source(document, load(language), ANCHOR, False, ANCHOR)
    dates = [c for c in source.claims if c.kind is Kind.DATE and day in c.text]
    assert len(dates) == 1, [c.text for c in source.claims]
    assert ("told" in dates[0].qualifiers) is told


def test_a_written_date_is_never_a_day_of_telling() -> None:
    """`a annoncé mardi 19 mars`: a date with its number dates what it stands in."""
    document = Document(id="d", path="d", text="La banque a annoncé mardi 19 mars une hausse.")
    source = extract_source(document, load("fr"), ANCHOR, False, ANCHOR)
    (date,) = [c for c in source.claims if c.kind is Kind.DATE]
    assert "told" not in date.qualifiers
