"""Why one cluster is what it is: each claim as read and normalised, and each pair's evidence.

For every two claims of the cluster from different sources: the names and topic words they
share, how alike their subjects are (`likeness`), the likeness a link needs for such values
(`link_threshold`), and whether their values agree within the tolerance.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.baseline import fingerprint
from factcheck.compare import agree, describe
from factcheck.likeness import likeness, term_weights
from factcheck.match import block_key, link_threshold
from factcheck.records import Claim, Cluster, Report
from factcheck.render.json_report import value_dict


class ExplainError(Exception):
    """No such cluster; the message lists the ones there are."""


@dataclass(frozen=True)
class Pair:
    a: Claim
    b: Claim
    likeness: float
    threshold: float
    agrees: bool
    shared_entities: tuple[str, ...]
    shared_concepts: tuple[str, ...]


@dataclass(frozen=True)
class Explanation:
    cluster: Cluster
    fingerprint: str
    tolerance: float
    pairs: tuple[Pair, ...]


def explain(report: Report, cluster_id: str, tolerance: float = 0.0) -> Explanation:
    cluster = next((c for c in report.clusters if c.id == cluster_id), None)
    if cluster is None:
        ids = [c.id for c in report.clusters]
        shown = ", ".join(ids[:12]) + (", ..." if len(ids) > 12 else "")
        raise ExplainError(f"no cluster {cluster_id!r} in this scan (there are {shown or 'none'})")
    weights = term_weights(_compared_with(report, cluster))
    pairs = []
    for i, a in enumerate(cluster.claims):
        for b in cluster.claims[i + 1 :]:
            if a.source == b.source:
                continue
            agrees = agree(a, b, tolerance)
            pairs.append(
                Pair(
                    a,
                    b,
                    likeness(a, b, weights),
                    link_threshold(a, b, agrees),
                    agrees,
                    tuple(sorted(a.subject.entities & b.subject.entities)),
                    tuple(sorted(a.subject.concepts & b.subject.concepts)),
                )
            )
    return Explanation(cluster, fingerprint(cluster), tolerance, tuple(pairs))


def diagnoses(cluster: Cluster) -> list[str]:
    """What probably went wrong, as phrases (when the clusters carry a diagnosis)."""
    found = getattr(cluster, "diagnosis", None) or ()
    return [str(getattr(d, "text", d)) for d in found]


def _compared_with(report: Report, cluster: Cluster) -> list[Claim]:
    """The claims the cluster was matched among: its story's, when the pipeline splits the
    scan into stories, else all (term weights depend on them)."""
    from factcheck import pipeline

    everything = [c for s in report.sources for c in s.claims]
    split = getattr(pipeline, "stories", None)
    if split is None:
        return everything
    wanted = {c.source for c in cluster.claims}
    for part in split(report.sources):
        members = [report.sources[i] for i in part]
        if wanted <= {s.document.id for s in members}:
            return [c for s in members for c in s.claims]
    return everything


def lines(explanation: Explanation) -> list[str]:
    """The explanation as plain text lines."""
    cluster = explanation.cluster
    out = [
        f"{cluster.id}  {cluster.kind.value}: {cluster.about}",
        f"  status: {cluster.status.value} ({cluster.explanation})",
        f"  fingerprint: {explanation.fingerprint}",
        f"  tolerance: {explanation.tolerance:g} (extra relative tolerance on figures)",
    ]
    nature = getattr(cluster, "nature", None)
    if nature:
        out.append(f"  nature: {getattr(nature, 'value', nature)}")
    out += [f"  diagnosis: {note}" for note in diagnoses(cluster)]
    out += ["", "Claims"]
    for claim in cluster.claims:
        out += _claim_lines(claim)
    out += ["", "Why they were matched"]
    if not explanation.pairs:
        out.append("  one source only: nothing was compared")
    for pair in explanation.pairs:
        verdict = "agree" if pair.agrees else "differ"
        linked = "≥" if pair.likeness >= pair.threshold else "<"
        out.append(
            f"  {pair.a.id} ~ {pair.b.id}: values {verdict}; subject likeness "
            f"{pair.likeness:.2f} {linked} {pair.threshold:.2f} needed to link"
        )
        out.append(
            "    shared names: "
            + (", ".join(pair.shared_entities) or "none")
            + "; shared topics: "
            + (", ".join(pair.shared_concepts) or "none")
        )
    out.append(
        "  (claims are compared only within one block; a cluster also joins claims through "
        "others: links are merged best first)"
    )
    return out


def _claim_lines(claim: Claim) -> list[str]:
    value = value_dict(claim.value)
    normalised = ", ".join(f"{k}={v}" for k, v in value.items() if v is not None)
    block = block_key(claim)
    return [
        f"  {claim.id}  {claim.source}  “{' '.join(claim.text.split())}” → {describe(claim.value)}",
        f"      normalised: {normalised}",
        f"      sentence: {' '.join(claim.sentence.split())}",
        f"      subject: names [{', '.join(sorted(claim.subject.entities))}], "
        f"topics [{', '.join(sorted(claim.subject.concepts))}], language {claim.subject.language}",
        f"      block: {' / '.join(p for p in block if p) if block else 'none (no comparison)'}"
        + (f"; qualifiers: {', '.join(claim.qualifiers)}" if claim.qualifiers else ""),
    ]
