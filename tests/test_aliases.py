"""Entity aliases from the configuration take part in matching."""

from __future__ import annotations

from pathlib import Path

from factcheck.pipeline import ScanOptions, run
from factcheck.records import Status

ALIASES = (("SB OpenAI Japan", "SoftBank-OpenAI joint venture"),)


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(
        "SoftBank will pay $3 billion a year to SB OpenAI Japan for its services. Arm's "
        "licences cost it $1 billion a year.",
        encoding="utf-8",
    )
    # Each source gives two yearly sums, so that only the names can tell which is which (a
    # source's only sum of a kind would meet the other's on that evidence alone).
    (tmp_path / "b.txt").write_text(
        "The SoftBank-OpenAI joint venture will receive $3 billion a year from the group. "
        "Its chip suppliers bill $2 billion a year.",
        encoding="utf-8",
    )
    return tmp_path


def test_an_alias_joins_two_names_of_one_entity(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    without = run([str(folder)], ScanOptions())
    assert not [c for c in without.clusters if c.status is Status.AGREEMENT]
    with_aliases = run([str(folder)], ScanOptions(aliases=ALIASES))
    assert [c.explanation for c in with_aliases.clusters if c.status is Status.AGREEMENT] == [
        "$3 billion a year"
    ]
