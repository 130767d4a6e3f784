"""Matching refuses clusters that join different things, however the links chain."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck import match
from factcheck.extract import extract_source
from factcheck.lexicon import load
from factcheck.pipeline import ScanOptions, run
from factcheck.records import Claim, Document, Report, Status

CONFLICTS = {
    "a bound does not bridge measures far apart": (
        [
            "The Kelvara agency warned that waves of at least 3 metres could hit.",
            "In Kelvara the coast rose by nearly 200 metres, the agency said.",
            "The Kelvara agency said the quake struck 16 kilometres under the coast.",
        ],
        0,
    ),
    "measures of one thing still conflict": (
        [
            "The Kelvara bridge spans 1,250 metres across the bay, its builder said.",
            "The builder said the Kelvara bridge spans 1,520 metres across the bay.",
        ],
        1,
    ),
}


def _scan(folder: Path, texts: list[str]) -> Report:
    for n, text in enumerate(texts):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    return run([str(folder)], ScanOptions())


@pytest.mark.parametrize("name", sorted(CONFLICTS))
def test_conflicts_between_measures(name: str, tmp_path: Path) -> None:
    texts, expected = CONFLICTS[name]
    assert len(_scan(tmp_path, texts).conflicts) == expected


def test_dead_and_injured_never_share_a_cluster(tmp_path: Path) -> None:
    report = _scan(
        tmp_path,
        [
            "The Kelvara landslide killed 40 people and injured 120, officials said.",
            "Officials said 42 people were killed in the Kelvara landslide.",
            "In Kelvara, 118 people were injured in the landslide, officials said.",
        ],
    )
    for cluster in report.clusters:
        concepts = [c.subject.concepts for c in cluster.claims]
        dead = any("death" in s and "injured" not in s for s in concepts)
        hurt = any("injured" in s and "death" not in s for s in concepts)
        assert not (dead and hurt), cluster.explanation
    assert any(c.status is Status.CONFLICT for c in report.clusters)


def test_large_blocks_pair_claims_by_shared_terms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [
        "The Kelvara bridge will cost $1.25 billion, the transport ministry said.",
        "The transport ministry put the cost of the Kelvara bridge at $1.52 billion.",
        "Separately, the Osmira museum reopened with 3,400 visitors on its first day.",
    ]
    everything = _scan(tmp_path, texts)
    monkeypatch.setattr(match, "ALL_PAIRS_LIMIT", 0)
    indexed = run([str(tmp_path)], ScanOptions())
    assert len(indexed.conflicts) == len(everything.conflicts) == 1


def _money(text: str) -> Claim:
    anchor = dt.date(2025, 9, 18)
    source = extract_source(Document("a.txt", "a.txt", text), load("en"), anchor, False, anchor)
    (claim,) = source.claims
    return claim


@pytest.mark.parametrize(
    ("first", "second", "may_differ"),
    [
        ("The state pays €420 million.", "The farm costs €3.7 billion.", False),  # two sums
        ("The farm costs €3.7 billion.", "The farm costs €370 million.", True),  # a lost zero
        ("The plan is worth $100 billion.", "The plan is worth $500 billion.", True),
        ("The plan is worth $500 billion.", "The plan is worth $500,000.", False),  # 10^6
    ],
)
def test_sums_far_apart_are_two_sums_unless_a_slip(
    first: str, second: str, may_differ: bool
) -> None:
    a, b = _money(first), _money(second)
    assert match._may_differ(a, b) is may_differ


# One fact told in English and in Russian: the same sum, share and day, or other ones.
KELVARA_EN = (
    "Kelvara Motors will invest $3.7 billion in a battery plant in Ohio. Kelvara Motors "
    "expects the plant to raise its output by 15 percent. The Kelvara Motors plant will open "
    "on March 14, 2026."
)
KELVARA_RU = (
    "Kelvara Motors инвестирует {money} долларов в завод по выпуску батарей в Огайо. "
    "В Kelvara Motors ожидают, что завод увеличит выпуск на {percent}%. "
    "Завод Kelvara Motors откроется {day} марта 2026 года."
)


@pytest.mark.parametrize(
    ("money", "percent", "day", "conflicts"),
    [("3,7 млрд", "15", "14", 0), ("4,2 млрд", "25", "21", 3)],
)
def test_russian_and_english_figures_meet_in_one_cluster(
    tmp_path: Path, money: str, percent: str, day: str, conflicts: int
) -> None:
    russian = KELVARA_RU.format(money=money, percent=percent, day=day)
    report = _scan(tmp_path, [KELVARA_EN, russian])
    kinds = {"money", "percent", "date"}
    shared = [c for c in report.clusters if c.claims[0].kind.value in kinds and len(c.claims) == 2]
    assert len(shared) == 3  # each fact's two claims, one from each language, in one cluster
    assert len(report.conflicts) == conflicts


@pytest.mark.xfail(
    strict=True, reason="a holder in Cyrillic (Исиба) is not yet matched with its Latin spelling"
)
def test_a_cyrillic_holder_is_the_latin_one(tmp_path: Path) -> None:
    report = _scan(
        tmp_path,
        [
            "Japanese Prime Minister Shigeru Ishiba arrived in Washington.",
            "Премьер-министр Японии Сигэру Исиба прибыл в Вашингтон.",
        ],
    )
    assert not report.conflicts
