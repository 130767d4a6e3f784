"""A minister of any portfolio is one office across languages: `Mining Minister`, `ministro de
Minería`, `Bergbauminister` and `Menteri Pertambangan` all hold `mining minister`, so sources
that name different holders of it disagree."""

from __future__ import annotations

from pathlib import Path

from factcheck.pipeline import ScanOptions, run
from factcheck.records import Kind
from factcheck.render.json_report import value_dict

SOURCES = {
    "en.txt": "Indonesian Mining Minister Arya Wiranata announced a new nickel export quota.",
    "es.txt": (
        "El ministro de Minería de Indonesia, Arya Wiranata, anunció una nueva cuota de "
        "exportación de níquel."
    ),
    "id.txt": "Menteri Pertambangan Indonesia Arya Wiranata mengumumkan kuota ekspor nikel baru.",
    "de.txt": (
        "Der indonesische Bergbauminister Budi Santoso kündigte eine neue Exportquote für "
        "Nickel an."
    ),
}


def test_one_portfolio_read_in_four_languages_gives_one_role_conflict(tmp_path: Path) -> None:
    for name, text in SOURCES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = run([str(tmp_path)], ScanOptions())
    assert len(report.conflicts) == 1, [c.claims for c in report.conflicts]
    conflict = report.conflicts[0]
    assert conflict.kind is Kind.ROLE
    values = [value_dict(c.value) for c in conflict.claims]
    assert {v["role"] for v in values} == {"mining minister"}
    assert {v["of"] for v in values} == {"Indonesia"}
    assert {v["holder"] for v in values} == {"Arya Wiranata", "Budi Santoso"}
    assert len(values) == 4
