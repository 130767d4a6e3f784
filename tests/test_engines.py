"""Engines and jobs change where a scan runs, never what it reports."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from factcheck import engines, pipeline
from factcheck.pipeline import ScanError, ScanOptions, extract_document, run, stories
from factcheck.records import Document
from factcheck.render import json_report

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from generate_corpus import generate  # noqa: E402


@pytest.fixture(autouse=True)
def _small_pools(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool is used for any number of items, so that twenty articles exercise it."""
    monkeypatch.setattr(engines, "MIN_POOL_ITEMS", 1)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four events, twenty articles."""
    out = tmp_path_factory.mktemp("corpus")
    generate(out, 20, seed=11)
    return out / "articles"


@pytest.fixture(scope="module")
def serial_json(corpus: Path) -> str:
    return json_report.render(run([str(corpus)], ScanOptions(jobs=1, stories=True)))


def test_a_process_pool_gives_the_same_bytes(corpus: Path, serial_json: str) -> None:
    assert json_report.render(run([str(corpus)], ScanOptions(jobs=2, stories=True))) == serial_json


def test_files_and_notes_keep_their_order(corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "bad.pdf").write_text("x", encoding="utf-8")
    paths = [str(tmp_path / "missing"), str(corpus), str(tmp_path)]
    one = run(paths, ScanOptions(jobs=1))
    two = run(paths, ScanOptions(jobs=2))
    assert one.skipped == two.skipped and len(one.skipped) == 2
    assert json_report.render(one) == json_report.render(two)


def test_stories_never_split_an_event(corpus: Path) -> None:
    report = run([str(corpus)], ScanOptions(jobs=1, stories=True))
    parts = stories(report.sources)
    homes: dict[str, set[int]] = {}
    for n, part in enumerate(parts):
        for i in part:
            homes.setdefault(report.sources[i].document.id.split("_")[0], set()).add(n)
    assert len(parts) >= 2 and all(len(h) == 1 for h in homes.values())


def test_one_story_when_nothing_tells_stories_apart(serial_json: str, corpus: Path) -> None:
    together = run([str(corpus)], ScanOptions(jobs=1, stories=False))
    assert len(stories(together.sources[:5])) == 1  # one event: one story
    assert json_report.render(together) != serial_json  # events mixed: other clusters


def test_stories_by_default_only_for_large_scans(
    serial_json: str, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert json_report.render(run([str(corpus)], ScanOptions(jobs=1))) == serial_json
    monkeypatch.setattr(pipeline, "STORY_MIN_DOCUMENTS", 21)  # 20 documents: one story
    together = run([str(corpus)], ScanOptions(jobs=1, stories=False))
    assert json_report.render(run([str(corpus)], ScanOptions(jobs=1))) == json_report.render(
        together
    )


def test_extraction_is_a_pure_function_of_one_document() -> None:
    document = Document("a.txt", "a.txt", "PARIS, 4 mars 2025 (AFP) - Le projet vaut 3 %.\n" * 9)
    first = extract_document(document)
    assert first == extract_document(document)
    assert first.language == "fr" and first.source is not None


def test_bad_engine_settings_are_one_line_errors(corpus: Path) -> None:
    with pytest.raises(ScanError, match="unknown engine"):
        run([str(corpus)], ScanOptions(engine="spark"))
    with pytest.raises(ScanError, match="needs the dask engine"):
        run([str(corpus)], ScanOptions(scheduler="tcp://127.0.0.1:8786"))
    with pytest.raises(ScanError, match="at least 1"):
        run([str(corpus)], ScanOptions(jobs=0))


def test_small_maps_stay_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engines, "MIN_POOL_ITEMS", 4)
    engine = engines.LocalEngine(2)
    assert engine.map(abs, [-1, 2, -3]) == [1, 2, 3]
    assert engine._pool is None
    engine.close()


def test_dask_gives_the_same_bytes(corpus: Path, serial_json: str) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster),
    ):
        options = ScanOptions(engine="dask", scheduler=cluster.scheduler_address, stories=True)
        assert json_report.render(run([str(corpus)], options)) == serial_json
    own_cluster = run([str(corpus)], ScanOptions(engine="dask", jobs=1, stories=True))
    assert json_report.render(own_cluster) == serial_json
