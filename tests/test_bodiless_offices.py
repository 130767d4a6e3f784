"""A mayor named without a city in reports of one event is the mayor of the place reported on,
as a minister named without a country is the minister of the country: sources naming
different holders of it disagree. Naming the cities keeps two mayors apart, and a source naming
two mayors leaves the office alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.pipeline import ScanOptions, run
from factcheck.records import Kind

CASES = [
    pytest.param(
        {
            "en.txt": "The city will double its entry fee, Mayor Luigi Dal Pra told reporters.",
            "it.txt": "La città raddoppia il ticket, ha spiegato la sindaca Elena Marzotto.",
            "es.txt": "La ciudad duplica la tasa, explicó la alcaldesa, Elena Marzotto.",
        },
        1,
        id="bare-mayors-differ",
    ),
    pytest.param(
        {
            "en.txt": "The city will double its entry fee, Mayor Elena Marzotto told reporters.",
            "it.txt": "La città raddoppia il ticket, ha spiegato la sindaca Elena Marzotto.",
        },
        0,
        id="bare-mayors-agree",
    ),
    pytest.param(
        {
            "en.txt": "Rome Mayor Roberto Gualtieri said the fee would stay.",
            "it.txt": "Il sindaco di Milano Giuseppe Sala ha annunciato un nuovo ticket.",
        },
        0,
        id="two-cities-named",
    ),
    pytest.param(
        {
            "en.txt": (
                "Mayor Anna Rossi welcomed the plan. Mayor Carlo Neri, whose town lies "
                "downstream, opposed it."
            ),
            "it.txt": "La sindaca Anna Rossi ha accolto il piano.",
        },
        0,
        id="one-source-names-two-mayors",
    ),
]


@pytest.mark.parametrize(("sources", "conflicts"), CASES)
def test_bodiless_mayors(tmp_path: Path, sources: dict[str, str], conflicts: int) -> None:
    for name, text in sources.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = run([str(tmp_path)], ScanOptions(as_of=dt.date(2027, 3, 4)))
    roles = [c for c in report.conflicts if c.kind is Kind.ROLE]
    assert len(roles) == conflicts, [[c.text for c in k.claims] for k in roles]
