"""One self-contained HTML page: summary, source × claim matrix, conflict cards, agreements,
single-source claims and per-source warnings, with filters by kind and status.

No network and no external asset: the style and the small filter script are inline and allowed
by a Content-Security-Policy that names their hashes, so nothing else can run even if a piece of
text slipped through. Every piece of document text goes through `escape`.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Sequence
from html import escape as _escape

from factcheck import __version__
from factcheck.baseline import fingerprint
from factcheck.clusters import value_groups
from factcheck.compare import describe
from factcheck.explain import diagnoses
from factcheck.records import Claim, Cluster, Kind, Report, Source, Status

STYLE = """
:root{--red:#b3261e;--red-bg:#fdecea;--green:#1b6e35;--green-bg:#e6f4ea;--grey:#6b6b6b;
--line:#d0d0d0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
body{margin:0 auto;max-width:1200px;padding:1rem 1.5rem;color:#1d1d1d;line-height:1.45}
h1{margin:.2rem 0}h2{margin-top:2rem;border-bottom:1px solid var(--line)}
.summary>span{display:inline-block;margin-right:1rem}.n{font-weight:700}
.bad{color:var(--red)}.good{color:var(--green)}.muted{color:var(--grey)}
fieldset{display:inline-block;border:1px solid var(--line);margin:.3rem .5rem .3rem 0}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.25rem .45rem;text-align:left;vertical-align:top}
thead th{background:#f3f3f3}.matrix td{white-space:nowrap}
td.agree{background:var(--green-bg);color:var(--green)}
td.conflict{background:var(--red-bg);color:var(--red);font-weight:600}
td.silent{color:var(--grey);text-align:center}
.card{border:1px solid var(--line);border-left:6px solid var(--red);border-radius:6px;
padding:.6rem 1rem;margin:1rem 0}
.card h3{margin:.2rem 0}.why{color:var(--red);font-weight:600;margin:.2rem 0 .6rem}
.value{font-weight:700}.srcs{color:#0b57d0}
blockquote{margin:.2rem 0 .6rem 1rem;padding-left:.6rem;border-left:3px solid var(--line)}
mark{background:#ffe58a;padding:0 .1rem}.fp{font-size:.8rem;color:var(--grey)}
.warn{color:#8a5300}footer{margin-top:2rem;font-size:.8rem;color:var(--grey)}
[hidden]{display:none!important}
""".strip()

SCRIPT = """
(function(){
  var boxes=document.querySelectorAll('input[data-filter]');
  function on(kind,value){
    var box=document.querySelector('input[data-filter="'+kind+'"][value="'+value+'"]');
    return !box||box.checked;
  }
  function apply(){
    document.querySelectorAll('[data-kind]').forEach(function(el){
      el.hidden=!(on('kind',el.dataset.kind)&&on('status',el.dataset.status));
    });
  }
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  apply();
})();
""".strip()

_SYMBOL = {"agree": "✓", "conflict": "✗", "silent": "—"}


def escape(text: str) -> str:
    return _escape(text, quote=True)


def _hash(code: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()


def render(report: Report, tolerance: float = 0.0, suppressed: int = 0) -> str:
    policy = (
        f"default-src 'none'; style-src '{_hash(STYLE)}'; script-src '{_hash(SCRIPT)}'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    body = [
        _header(report, suppressed),
        _filters(report),
        _matrix(report, tolerance),
        _conflicts(report, tolerance),
        _others("Agreements", report.agreements, "agreements"),
        _others(
            "Stated by one source",
            tuple(c for c in report.clusters if c.status is Status.SINGLE),
            "singles",
        ),
        _sources(report),
        f"<footer>factcheck {escape(__version__)}</footer>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>factcheck report</title>\n"
        f"<style>{STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + f"\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )


def _header(report: Report, suppressed: int) -> str:
    singles = sum(1 for c in report.clusters if c.status is Status.SINGLE)
    items = [
        (len(report.sources), "sources", ""),
        (sum(len(s.claims) for s in report.sources), "claims", ""),
        (len(report.conflicts), "conflicts", "bad" if report.conflicts else "good"),
        (len(report.agreements), "agreements", "good"),
        (singles, "single-source claims", ""),
        (sum(len(s.warnings) for s in report.sources), "warnings", ""),
    ]
    if suppressed:
        items.append((suppressed, "known conflicts suppressed by the baseline", "muted"))
    spans = "".join(
        f'<span class="{css}"><span class="n">{n}</span> {label}</span>' for n, label, css in items
    )
    return f'<header>\n<h1>factcheck report</h1>\n<p class="summary">{spans}</p>\n</header>'


def _filters(report: Report) -> str:
    kinds = [k for k in Kind if any(c.kind is k for c in report.clusters)]
    groups = [("kind", [k.value for k in kinds]), ("status", [s.value for s in Status])]
    out = ['<nav aria-label="filters">']
    for name, values in groups:
        out.append(f"<fieldset><legend>{name}</legend>")
        out += [
            f'<label><input type="checkbox" data-filter="{name}" value="{v}" checked> {v}</label>'
            for v in values
        ]
        out.append("</fieldset>")
    return "\n".join([*out, "</nav>"])


def _cells(cluster: Cluster, sources: Sequence[Source], tolerance: float) -> list[str]:
    groups = value_groups(cluster.claims, tolerance)
    counts = [len({c.source for c in g}) for g in groups]
    majority = len(groups) == 1 or counts[0] > counts[1]
    cells = []
    for source in sources:
        index = next(
            (i for i, g in enumerate(groups) if any(c.source == source.document.id for c in g)),
            None,
        )
        if index is None:
            state, text = "silent", ""
        else:
            state = "agree" if index == 0 and majority else "conflict"
            text = " " + describe(groups[index][0].value)
        title = f"{source.document.id}: {state}{':' if text else ''}{text}"
        cells.append(
            f'<td class="{state}" title="{escape(title)}">{_SYMBOL[state]}{escape(text)}</td>'
        )
    return cells


def _matrix(report: Report, tolerance: float) -> str:
    rows = [c for c in report.clusters if c.status is not Status.SINGLE]
    head = "".join(f'<th scope="col">{escape(s.document.id)}</th>' for s in report.sources)
    out = [
        '<section id="matrix">\n<h2>Sources × claims</h2>',
        '<p class="muted">✓ agrees with most sources · ✗ conflicts · — says nothing</p>',
        '<table class="matrix">',
        f'<thead><tr><th scope="col">claim</th>{head}</tr></thead>\n<tbody>',
    ]
    for cluster in rows:
        label = f'<a href="#{cluster.id}">{cluster.id}</a> {escape(_about(cluster))}'
        cells = "".join(_cells(cluster, report.sources, tolerance))
        out.append(f'<tr{_data(cluster)}><th scope="row">{label}</th>{cells}</tr>')
    if not rows:
        out.append(f'<tr><td colspan="{len(report.sources) + 1}">no shared claims</td></tr>')
    return "\n".join([*out, "</tbody>\n</table>\n</section>"])


def _about(cluster: Cluster) -> str:
    return f"{cluster.kind.value}: {cluster.about}"


def _data(cluster: Cluster) -> str:
    return f' data-kind="{cluster.kind.value}" data-status="{cluster.status.value}"'


def _conflicts(report: Report, tolerance: float) -> str:
    out = [f'<section id="conflicts">\n<h2>Conflicts ({len(report.conflicts)})</h2>']
    if not report.conflicts:
        out.append("<p>None: no two sources state different values for one fact.</p>")
    for cluster in report.conflicts:
        out.append(
            f'<article class="card" id="{cluster.id}"{_data(cluster)}>\n'
            f"<h3>{cluster.id} · {escape(_about(cluster))}</h3>\n"
            f'<p class="why">{escape(cluster.explanation)}</p>'
        )
        out += [f'<p class="muted">Likely cause: {escape(note)}</p>' for note in diagnoses(cluster)]
        for claims in value_groups(cluster.claims, tolerance):
            names = ", ".join(sorted({c.source for c in claims}))
            out.append(
                f'<div class="group"><span class="value">{escape(describe(claims[0].value))}'
                f'</span> <span class="srcs">{escape(names)}</span>'
            )
            out += [
                f'<blockquote cite="#{escape(c.id)}">{highlight(c)} '
                f'<span class="muted">({escape(c.source)})</span></blockquote>'
                for c in claims
            ]
            out.append("</div>")
        out.append(f'<p class="fp">fingerprint {fingerprint(cluster)}</p>\n</article>')
    return "\n".join([*out, "</section>"])


def highlight(claim: Claim) -> str:
    """The claim's sentence, escaped, with the figure marked."""
    sentence = " ".join(claim.sentence.split())
    figure = " ".join(claim.text.split())
    at = sentence.find(figure) if figure else -1
    if at < 0:
        return escape(sentence)
    before, after = sentence[:at], sentence[at + len(figure) :]
    return f"{escape(before)}<mark>{escape(figure)}</mark>{escape(after)}"


def _others(title: str, clusters: tuple[Cluster, ...], anchor: str) -> str:
    out = [
        f'<section id="{anchor}">\n<h2>{title} ({len(clusters)})</h2>',
        '<table>\n<thead><tr><th scope="col">id</th><th scope="col">about</th>'
        '<th scope="col">value</th><th scope="col">sources</th><th scope="col">quote</th>'
        "</tr></thead>\n<tbody>",
    ]
    for cluster in clusters:
        names = ", ".join(sorted({c.source for c in cluster.claims}))
        out.append(
            f'<tr id="{cluster.id}"{_data(cluster)}><td>{cluster.id}</td>'
            f"<td>{escape(_about(cluster))}</td><td>{escape(cluster.explanation)}</td>"
            f"<td>{escape(names)}</td><td>{highlight(cluster.claims[0])}</td></tr>"
        )
    return "\n".join([*out, "</tbody>\n</table>\n</section>"])


def _sources(report: Report) -> str:
    status_of = {c.id: cl.status for cl in report.clusters for c in cl.claims}
    out = ['<section id="sources">\n<h2>Sources</h2>\n<ul>']
    for source in report.sources:
        counts = Counter(status_of.get(c.id, Status.SINGLE) for c in source.claims)
        date = "no date"
        if source.anchor:
            date = source.anchor.isoformat() + (" (inferred)" if source.anchor_inferred else "")
        title = f" — {escape(source.document.title)}" if source.document.title else ""
        out.append(
            f"<li><strong>{escape(source.document.id)}</strong>{title} · "
            f"{escape(source.language)} · {date} · {len(source.claims)} claims: "
            f"{counts[Status.AGREEMENT]} agree, "
            f'<span class="{"bad" if counts[Status.CONFLICT] else ""}">'
            f"{counts[Status.CONFLICT]} conflict</span>, {counts[Status.SINGLE]} single"
        )
        if source.warnings:
            out.append("<ul>")
            out += [
                f'<li class="warn">⚠ {escape(w.code)}: {escape(w.message)}</li>'
                for w in source.warnings
            ]
            out.append("</ul>")
        out.append("</li>")
    if report.skipped:
        out += [f'<li class="warn">skipped: {escape(note)}</li>' for note in report.skipped]
    return "\n".join([*out, "</ul>\n</section>"])
