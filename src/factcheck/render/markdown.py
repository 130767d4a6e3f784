"""A compact Markdown report for pull-request comments and chat.

Every piece of document text is escaped, so an article's `<script>`, `|` or `**` shows as written.
"""

from __future__ import annotations

import re
from collections import Counter

from factcheck.baseline import fingerprint
from factcheck.clusters import value_groups
from factcheck.compare import describe
from factcheck.explain import diagnoses
from factcheck.records import Claim, Cluster, Report, Status

QUOTE_WIDTH = 100
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
"""Characters that mean something inside a line; the text never starts a line, so `#`, `-`
and `1.` need no escape."""


def escape(text: str) -> str:
    """Plain text for Markdown (and tables): punctuation backslash-escaped, lines joined."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def render(report: Report, tolerance: float = 0.0, suppressed: int = 0) -> str:
    conflicts, agreements = report.conflicts, report.agreements
    singles = sum(1 for c in report.clusters if c.status is Status.SINGLE)
    claims = sum(len(s.claims) for s in report.sources)
    mark = "❌" if conflicts else "✅"
    out = [
        f"## {mark} factcheck: {_count(len(conflicts), 'conflict')}, "
        f"{_count(len(agreements), 'agreement')}",
        "",
        f"{_count(len(report.sources), 'source')}, {_count(claims, 'claim')}, "
        f"{singles} stated by one source only"
        + (f"; {suppressed} known conflict(s) suppressed by the baseline" if suppressed else "")
        + ".",
        "",
    ]
    for cluster in conflicts:
        out += _conflict(cluster, tolerance)
    if agreements:
        out += [f"<details><summary>Agreements ({len(agreements)})</summary>", ""]
        out += ["| id | about | value | sources |", "|---|---|---|---|"]
        out += [
            f"| {c.id} | {escape(_about(c))} | {escape(c.explanation)} | "
            f"{escape(', '.join(_sources(c.claims)))} |"
            for c in agreements
        ]
        out += ["", "</details>", ""]
    out += _sources_table(report)
    return "\n".join(out).rstrip("\n") + "\n"


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _about(cluster: Cluster) -> str:
    return f"{cluster.kind.value}: {cluster.about}"


def _sources(claims: list[Claim] | tuple[Claim, ...]) -> list[str]:
    return sorted({c.source for c in claims})


def _conflict(cluster: Cluster, tolerance: float) -> list[str]:
    out = [
        f"### {cluster.id} · {escape(_about(cluster))}",
        "",
        f"{escape(cluster.explanation)} · fingerprint `{fingerprint(cluster)}`",
        "",
    ]
    out += [f"_Likely cause: {escape(note)}_" for note in diagnoses(cluster)]
    out += [""] if diagnoses(cluster) else []
    for claims in value_groups(cluster.claims, tolerance):
        out.append(
            f"- **{escape(describe(claims[0].value))}**: {escape(', '.join(_sources(claims)))}"
        )
        out.append(f"  > {escape(quote(claims[0]))}")
    out.append("")
    return out


def _sources_table(report: Report) -> list[str]:
    status_of = {c.id: cl.status for cl in report.clusters for c in cl.claims}
    out = ["| source | language | date | claims | agree | conflict | warnings |"]
    out.append("|---|---|---|---:|---:|---:|---|")
    for source in report.sources:
        counts = Counter(status_of.get(c.id, Status.SINGLE) for c in source.claims)
        date = source.anchor.isoformat() if source.anchor else "no date"
        if source.anchor and source.anchor_inferred:
            date += " (inferred)"
        warnings = "; ".join(w.message for w in source.warnings)
        out.append(
            f"| {escape(source.document.id)} | {source.language} | {date} | "
            f"{len(source.claims)} | {counts[Status.AGREEMENT]} | {counts[Status.CONFLICT]} | "
            f"{escape(warnings) or '–'} |"
        )
    return [*out, ""]


def quote(claim: Claim, width: int = QUOTE_WIDTH) -> str:
    """The claim's sentence, cut to about `width` characters around the claim, at spaces."""
    sentence = " ".join(claim.sentence.split())
    if len(sentence) <= width:
        return sentence
    at = max(0, sentence.find(" ".join(claim.text.split())))
    start = max(0, at - width // 3)
    end = min(len(sentence), start + width)
    if start > 0:
        start = sentence.find(" ", start) + 1 or start
    if end < len(sentence):
        cut = sentence.rfind(" ", start, end)
        end = cut if cut > at else end
    return ("…" if start > 0 else "") + sentence[start:end] + ("…" if end < len(sentence) else "")
