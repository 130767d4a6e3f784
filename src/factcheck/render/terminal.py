"""The report as people read it in a terminal: conflicts, then agreements, then one line per source.

Document text is always passed as `rich.text.Text`, never as markup, so `[bold]` in an article
prints as written.
"""

from __future__ import annotations

from collections import Counter

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.clusters import value_groups
from factcheck.compare import describe
from factcheck.records import Claim, Cluster, Report, Status

QUOTE_WIDTH = 70


def render(report: Report, console: Console, tolerance: float = 0.0) -> None:
    conflicts, agreements = report.conflicts, report.agreements
    console.print(Text(f"Conflicts ({len(conflicts)})", style="bold red"))
    if not conflicts:
        console.print(Text("  none: no two sources state different values for one fact"))
    for cluster in conflicts:
        _print_conflict(cluster, console, tolerance)
    console.print(Text(f"Agreements ({len(agreements)})", style="bold green"))
    if agreements:
        console.print(_clusters_table(agreements))
    console.print(Text("Sources", style="bold"))
    _print_sources(report, console)
    for note in report.skipped:
        console.print(Text(f"skipped: {note}", style="yellow"))


def _print_conflict(cluster: Cluster, console: Console, tolerance: float) -> None:
    """One block per conflict: what it is about and why, then each value, who says it, a quote."""
    head = Text(f"{cluster.id}  ", style="bold")
    head.append(f"{cluster.kind.value}: {cluster.about}", style="bold")
    console.print(head)
    console.print(Text(f"    {cluster.explanation}", style="red"))
    for claims in value_groups(cluster.claims, tolerance):
        line = Text("    • ")
        line.append(describe(claims[0].value), style="bold")
        line.append("  " + ", ".join(sorted({c.source for c in claims})), style="cyan")
        console.print(line)
        console.print(Text(f"      “{_quote(claims[0])}”", style="dim"))
    console.print()


def _clusters_table(clusters: tuple[Cluster, ...]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=False)
    table.add_column("id", no_wrap=True)
    table.add_column("about", ratio=3)
    table.add_column("value", ratio=2)
    table.add_column("sources", ratio=3)
    for cluster in clusters:
        table.add_row(
            Text(cluster.id),
            Text(f"{cluster.kind.value}: {cluster.about}"),
            Text(cluster.explanation, style="bold"),
            Text(", ".join(sorted({c.source for c in cluster.claims}))),
        )
    return table


def _quote(claim: Claim) -> str:
    """The claim's sentence, cut to about QUOTE_WIDTH characters around the claim, at spaces."""
    sentence = " ".join(claim.sentence.split())
    if len(sentence) <= QUOTE_WIDTH:
        return sentence
    at = max(0, sentence.find(" ".join(claim.text.split())))
    start = max(0, at - QUOTE_WIDTH // 3)
    end = min(len(sentence), start + QUOTE_WIDTH)
    if start > 0:
        start = sentence.find(" ", start) + 1 or start
    if end < len(sentence):
        end = sentence.rfind(" ", start, end) if sentence.rfind(" ", start, end) > at else end
    piece = sentence[start:end]
    return ("…" if start > 0 else "") + piece + ("…" if end < len(sentence) else "")


def _print_sources(report: Report, console: Console) -> None:
    """One line per source: language, date, and what became of its claims; then its warnings."""
    status_of = {c.id: cl.status for cl in report.clusters for c in cl.claims}
    for source in report.sources:
        counts = Counter(status_of.get(c.id, Status.SINGLE) for c in source.claims)
        date = "no date"
        if source.anchor:
            date = source.anchor.isoformat() + (" (inferred)" if source.anchor_inferred else "")
        line = Text(f"  {source.document.id}", style="bold")
        line.append(f"  {source.language}  {date}  {len(source.claims)} claims: ")
        line.append(f"{counts[Status.AGREEMENT]} agree, ")
        line.append(
            f"{counts[Status.CONFLICT]} conflict", style="red" if counts[Status.CONFLICT] else ""
        )
        line.append(f", {counts[Status.SINGLE]} single")
        console.print(line)
        for warning in source.warnings:
            console.print(Text(f"    ⚠ {warning.message}", style="yellow"))


def render_claims(report: Report, console: Console) -> None:
    table = Table(box=box.SIMPLE_HEAD)
    for name in ("id", "source", "kind", "text", "value", "subject"):
        table.add_column(name)
    for source in report.sources:
        for claim in source.claims:
            table.add_row(
                claim.id,
                Text(claim.source),
                claim.kind.value,
                Text(" ".join(claim.text.split())),
                Text(describe(claim.value)),
                Text(claim.subject.text),
            )
    console.print(table)
