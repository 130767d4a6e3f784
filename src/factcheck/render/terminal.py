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
    if conflicts:
        console.print(_clusters_table(conflicts, tolerance, quotes=True))
    else:
        console.print(Text("  none: no two sources state different values for one fact"))
    console.print(Text(f"Agreements ({len(agreements)})", style="bold green"))
    if agreements:
        console.print(_clusters_table(agreements, tolerance, quotes=False))
    console.print(Text("Sources", style="bold"))
    console.print(_sources_table(report))
    for note in report.skipped:
        console.print(Text(f"skipped: {note}", style="yellow"))


def _clusters_table(clusters: tuple[Cluster, ...], tolerance: float, *, quotes: bool) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_lines=quotes, expand=False)
    table.add_column("id", no_wrap=True)
    table.add_column("about", ratio=2)
    table.add_column("value", ratio=2)
    table.add_column("sources", ratio=2)
    if quotes:
        table.add_column("says", ratio=4)
    for cluster in clusters:
        for index, claims in enumerate(value_groups(cluster.claims, tolerance)):
            row = [
                Text(cluster.id if index == 0 else ""),
                Text(f"{cluster.kind.value}: {cluster.about}" if index == 0 else ""),
                Text(describe(claims[0].value), style="bold"),
                Text(", ".join(sorted({c.source for c in claims}))),
            ]
            if quotes:
                row.append(Text(_quote(claims[0])))
            table.add_row(*row)
    return table


def _quote(claim: Claim) -> str:
    sentence = " ".join(claim.sentence.split())
    at = max(0, sentence.find(" ".join(claim.text.split())))
    start = max(0, at - QUOTE_WIDTH // 3)
    piece = sentence[start : start + QUOTE_WIDTH]
    return ("…" if start else "") + piece + ("…" if start + QUOTE_WIDTH < len(sentence) else "")


def _sources_table(report: Report) -> Table:
    table = Table(box=box.SIMPLE_HEAD)
    for name in ("source", "lang", "date", "claims", "agreed", "conflicted", "single", "warnings"):
        table.add_column(name, justify="left" if name in ("source", "lang", "date") else "right")
    status_of = {c.id: cl.status for cl in report.clusters for c in cl.claims}
    for source in report.sources:
        counts = Counter(status_of.get(c.id, Status.SINGLE) for c in source.claims)
        date = (
            source.anchor.isoformat() + ("?" if source.anchor_inferred else "")
            if source.anchor
            else "-"
        )
        table.add_row(
            Text(source.document.id),
            Text(source.language),
            Text(date),
            str(len(source.claims)),
            str(counts[Status.AGREEMENT]),
            str(counts[Status.CONFLICT]),
            str(counts[Status.SINGLE]),
            str(len(source.warnings)),
        )
    warnings = [w for s in report.sources for w in s.warnings]
    for warning in warnings:
        table.add_row(Text(f"  ⚠ {warning.source}: {warning.message}", style="yellow"), *[""] * 7)
    return table


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
