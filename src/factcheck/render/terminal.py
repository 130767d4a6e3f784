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
from factcheck.records import Claim, Cluster, Nature, Report, Status

QUOTE_WIDTH = 70


class _SafeText(Text):
    """Rich text whose content never carries control characters from a document."""

    def append_text_safe(self, text: str, style: str = "") -> _SafeText:
        self.append(printable(text), style=style)
        return self


def _t(text: str, style: str = "") -> _SafeText:
    return _SafeText(printable(text), style=style)


def printable(text: str) -> str:
    """`\x1b[2J`, `\r` and other control or invisible characters shown as escapes: article text
    can neither move the cursor nor hide itself. Letters of every script are kept."""
    if text.isprintable():
        return text
    return "".join(
        c if c.isprintable() or c == " " else c.encode("unicode_escape").decode("ascii")
        for c in text
    )


def render(report: Report, console: Console, tolerance: float = 0.0) -> None:
    conflicts, agreements = report.conflicts, report.agreements
    console.print(_t(f"Conflicts ({len(conflicts)})", style="bold red"))
    if not conflicts:
        console.print(_t("  none: no two sources state different values for one fact"))
    for cluster in conflicts:
        _print_conflict(cluster, console, tolerance)
    console.print(_t(f"Agreements ({len(agreements)})", style="bold green"))
    if agreements:
        console.print(_clusters_table(agreements))
    console.print(_t("Sources", style="bold"))
    _print_sources(report, console)
    for note in report.skipped:
        console.print(_t(f"skipped: {note}", style="yellow"))


def _print_conflict(cluster: Cluster, console: Console, tolerance: float) -> None:
    """One block per conflict: what it is about and why, then each value, who says it, a quote."""
    head = _t(f"{cluster.id}  ", style="bold")
    head.append_text_safe(f"{cluster.kind.value}: {cluster.about}", style="bold")
    if cluster.nature is not None and cluster.nature is not Nature.CONTRADICTION:
        head.append_text_safe(f"  [{cluster.nature.value}]", style="yellow")
    console.print(head)
    console.print(_t(f"    {cluster.explanation}", style="red"))
    for diagnosis in cluster.diagnosis:
        console.print(_t(f"    ? {diagnosis.text}", style="yellow"))
    for claims in value_groups(cluster.claims, tolerance):
        line = _t("    • ")
        line.append_text_safe(describe(claims[0].value), style="bold")
        line.append_text_safe("  " + ", ".join(sorted({c.source for c in claims})), style="cyan")
        console.print(line)
        console.print(_t(f"      “{_quote(claims[0])}”", style="dim"))
    console.print()


def _clusters_table(clusters: tuple[Cluster, ...]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=False)
    table.add_column("id", no_wrap=True)
    table.add_column("about", ratio=3)
    table.add_column("value", ratio=2)
    table.add_column("sources", ratio=3)
    for cluster in clusters:
        table.add_row(
            _t(cluster.id),
            _t(f"{cluster.kind.value}: {cluster.about}"),
            _t(cluster.explanation, style="bold"),
            _t(", ".join(sorted({c.source for c in cluster.claims}))),
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
    # In time order: the earliest report first, undated sources last.
    dated = sorted(
        report.sources,
        key=lambda s: (s.anchor is None, s.anchor.toordinal() if s.anchor else 0, s.document.id),
    )
    for source in dated:
        counts = Counter(status_of.get(c.id, Status.SINGLE) for c in source.claims)
        date = "no date"
        if source.anchor:
            date = source.anchor.isoformat() + (" (inferred)" if source.anchor_inferred else "")
        line = _t(f"  {source.document.id}", style="bold")
        line.append_text_safe(f"  {source.language}  {date}  {len(source.claims)} claims: ")
        line.append_text_safe(f"{counts[Status.AGREEMENT]} agree, ")
        line.append_text_safe(
            f"{counts[Status.CONFLICT]} conflict", style="red" if counts[Status.CONFLICT] else ""
        )
        line.append_text_safe(f", {counts[Status.SINGLE]} single")
        console.print(line)
        for warning in source.warnings:
            console.print(_t(f"    ⚠ {warning.message}", style="yellow"))


def render_claims(report: Report, console: Console) -> None:
    table = Table(box=box.SIMPLE_HEAD)
    for name in ("id", "source", "kind", "text", "value", "subject"):
        table.add_column(name)
    for source in report.sources:
        for claim in source.claims:
            table.add_row(
                claim.id,
                _t(claim.source),
                claim.kind.value,
                _t(" ".join(claim.text.split())),
                _t(describe(claim.value)),
                _t(claim.subject.text),
            )
    console.print(table)
