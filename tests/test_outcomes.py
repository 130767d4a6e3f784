"""The outcome beside a forecast (extract/outcomes.py), as a table: a report that marks one
figure as a forecast tells its other figure of that topic as the measured outcome."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_source
from factcheck.lexicon import load
from factcheck.records import Claim, Document

CASES = [
    # (language, text, figure, measured?)
    (
        "en",
        "Exports rose 5.2% in October. Economists had forecast export growth of 3.4%.",
        "5.2%",
        True,
    ),
    # a figure in the forecast's own sentence may be a new forecast beside an old one
    ("en", "Exports rose 5.2%, well above the 3.4% growth forecast by economists.", "5.2%", False),
    ("en", "Exports rose 5.2%, well above the 3.4% growth forecast by economists.", "3.4%", False),
    ("en", "Exports rose 5.2% in October. Imports fell 1.1%.", "5.2%", False),
    # the economy is what grew, not how the figure was told: a quarter's growth beside the
    # year's forecast range is the outcome
    (
        "en",
        "The central bank expects the economy to grow 4.7% to 5.5% this year. The economy "
        "grew 5.04% in the third quarter.",
        "5.04%",
        True,
    ),
    ("zh", "10月出口同比增长5.2%。市场预期10月出口增长3.4%。", "5.2%", True),
    ("zh", "市场普遍预期10月出口同比增长3.4%，进口增长2.5%。", "2.5%", False),
    (
        "ko",
        "10월 수출은 5.2% 증가했다. 앞서 시장은 수출이 3.4% 증가할 것으로 예상했다.",
        "5.2%",
        True,
    ),
    (
        "de",
        "Die Exporte stiegen um 5,2 Prozent. Ökonomen hatten für die Exporte ein Plus von "
        "3,4 Prozent prognostiziert.",
        "5,2 Prozent",
        True,
    ),
]


@pytest.mark.parametrize(("language", "text", "figure", "measured"), CASES)
def test_outcome_beside_a_forecast(language: str, text: str, figure: str, measured: bool) -> None:
    claim = _claim(language, text, figure)
    assert ("measured" in claim.subject.concepts) is measured, claim.subject.concepts


FORECASTS_OF = [
    # (language, text, figure, concept): a forecast told only as a move takes what moved from
    # its sentence, as any figure told only as a move does
    (
        "en",
        "Exports rose 5.2%, well above the 3.4% growth forecast by economists.",
        "3.4%",
        "export",
    ),
    (
        "en",
        "Imports increased 1.8%, short of the 2.5% rise the poll had predicted.",
        "2.5%",
        "import",
    ),
]


@pytest.mark.parametrize(("language", "text", "figure", "concept"), FORECASTS_OF)
def test_forecast_takes_what_moved(language: str, text: str, figure: str, concept: str) -> None:
    claim = _claim(language, text, figure)
    assert concept in claim.subject.concepts, claim.subject.concepts


def _claim(language: str, text: str, figure: str) -> Claim:
    """The first claim of `text` written as `figure`."""
    document = Document(id="case", path="case", text=text)
    source = extract_source(document, load(language), None, False)
    claims = [c for c in source.claims if c.text == figure]
    assert claims, [c.text for c in source.claims]
    return claims[0]
