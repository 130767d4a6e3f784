"""`factcheck explain`: every claim of a cluster and why they were matched."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from factcheck.explain import ExplainError, explain, lines
from golden import cli, event_report

EVENT = FIXTURES / "solar-plant-deal-2025"


def test_explains_each_claim_and_pair() -> None:
    report = event_report("solar-plant-deal-2025")
    cluster = next(c for c in report.conflicts if c.kind.value == "money")
    explanation = explain(report, cluster.id, 0.02)
    text = "\n".join(lines(explanation))
    for claim in cluster.claims:
        assert claim.id in text and claim.source in text
    assert "450 milliards de dollars" in text  # the sentence
    assert "normalised: amount=450000000000" in text
    assert "tolerance: 0.02" in text
    assert "block: money / USD / total" in text
    claims = cluster.claims
    cross = [(a, b) for i, a in enumerate(claims) for b in claims[i + 1 :] if a.source != b.source]
    assert len(explanation.pairs) == len(cross) > 0
    for pair in explanation.pairs:
        assert pair.a.source != pair.b.source
        assert 0.0 <= pair.likeness <= 1.0
    assert "subject likeness" in text and "shared names" in text


def test_unknown_cluster() -> None:
    with pytest.raises(ExplainError, match="no cluster 'k999'"):
        explain(event_report("solar-plant-deal-2025"), "k999")


def test_cli_explain_and_scan_explain() -> None:
    result = cli("explain", "k2", str(EVENT))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("k2  money:")
    via_scan = cli("scan", str(EVENT), "--explain", "k2")
    assert via_scan.stdout == result.stdout
    missing = cli("explain", "k999", str(EVENT))
    assert missing.returncode == 2 and "no cluster 'k999'" in missing.stderr
