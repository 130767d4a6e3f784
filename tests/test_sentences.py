"""Sentence splitting: abbreviations from each language's lexicon end no sentence."""

from __future__ import annotations

import pytest

from factcheck.lexicon import load
from factcheck.text import sentences

CASES = [
    # (language, text, number of sentences)
    ("en", "Mr. Tanaka said the plant will open in May. It cost $2 billion.", 2),
    ("en", "Kelvara Corp. said profits rose. Shares fell 3%.", 2),
    ("en", "The U.S. government agreed. Talks resume on Monday.", 2),
    ("en", "Gov. Reyes signed the bill on Jan. 5 in the capital.", 1),
    ("en", "The tower is 300 m tall. It opened in 2010.", 2),
    ("de", "Der Konzern investiert 3,7 Mrd. Euro in das Werk. Die Arbeit beginnt im Mai.", 2),
    ("de", "Das Werk in Halle (Nr. 4) schließt. Rund 300 Stellen fallen weg.", 2),
    ("de", "Die Bank meldete am 11. Juni einen Gewinn.", 1),
    ("fr", "Mme Durand a confirmé le chiffre. Le chantier durera deux ans.", 2),
    ("es", "La Sra. Gómez dijo que EE. UU. enviará ayuda. El envío llega el lunes.", 2),
    ("pt", "A Sra. Silva confirmou o valor. As obras começam em maio.", 2),
    ("id", "Proyek di Jl. Sudirman senilai Rp. 5 miliar. Pekerjaan dimulai Mei.", 2),
    ("id", "Menurut dia, biaya naik. Pemerintah menolak.", 2),
]


@pytest.mark.parametrize(("code", "text", "count"), CASES, ids=[c[1][:40] for c in CASES])
def test_abbreviations_end_no_sentence(code: str, text: str, count: int) -> None:
    lex = load(code)
    found = sentences(
        text, lambda t, pos: lex.months.match_at(t, pos) is not None, lex.abbreviations
    )
    assert len(found) == count, [s.text for s in found]


def test_without_the_lexicon_an_abbreviation_ends_a_sentence() -> None:
    text = "Der Konzern investiert 3,7 Mrd. Euro in das Werk."
    assert len(sentences(text)) == 2
    assert len(sentences(text, abbreviations=load("de").abbreviations)) == 1
