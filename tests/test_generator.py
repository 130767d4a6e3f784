"""The benchmark's corpus generator: deterministic, multilingual, with known conflicts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from factcheck.pipeline import ScanOptions, run
from factcheck.records import Status

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from generate_corpus import LANGUAGES, generate


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.txt"))}


def test_same_seed_same_bytes_other_seed_other_corpus(tmp_path: Path) -> None:
    generate(tmp_path / "a", 20, seed=3)
    generate(tmp_path / "b", 20, seed=3)
    generate(tmp_path / "c", 20, seed=4)
    a, b, c = (_files(tmp_path / x) for x in "abc")
    assert a == b
    assert a != c
    assert (tmp_path / "a" / "expected.json").read_bytes() == (
        tmp_path / "b" / "expected.json"
    ).read_bytes()


def test_sizes_languages_and_expected_conflicts(tmp_path: Path) -> None:
    expected = generate(tmp_path, 40, seed=1)
    files = _files(tmp_path / "articles")
    assert len(files) == 40
    assert {name.rsplit("_", 1)[1][:2] for name in files} == set(LANGUAGES)
    assert all(2500 <= len(text) <= 4000 for text in files.values())
    events = expected["events"]
    assert isinstance(events, list) and len(events) == 8
    assert all(len(e["conflicts"]) == 1 for e in events)
    assert {e["conflicts"][0]["kind"] for e in events} == {"money", "percent", "date"}
    manifest = json.loads((tmp_path / "expected.json").read_text(encoding="utf-8"))
    assert manifest["articles"] == 40


def test_a_scan_finds_the_injected_conflicts(tmp_path: Path) -> None:
    expected = generate(tmp_path, 10, seed=7)
    report = run([str(tmp_path / "articles")], ScanOptions(jobs=1, stories=True))
    event_of = {name: e["event"] for e in expected["events"] for name in e["sources"]}
    found = set()
    for cluster in report.clusters:
        if cluster.status is Status.CONFLICT:
            events = {event_of[c.source] for c in cluster.claims}
            assert len(events) == 1, cluster.explanation  # never across events
            found.add((events.pop(), cluster.kind.value))
    wanted = {(e["event"], c["kind"]) for e in expected["events"] for c in e["conflicts"]}
    assert wanted <= found
