"""Claims from one document: a pure function of its text, language and anchor date."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import replace

from factcheck.extract.dates import find_dates
from factcheck.extract.figures import find_figures
from factcheck.extract.found import Found
from factcheck.extract.relative_dates import DateFinding
from factcheck.extract.roles import find_roles
from factcheck.extract.subject import subject_of
from factcheck.lexicon import Lexicon
from factcheck.records import Claim, Document, Kind, Quantity, Role, Source, Warning
from factcheck.text import NormalText, Sentence, sentences, url_spans

__all__ = ["extract_source", "own_anchor"]

_DATELINE_CHARS = 300
_DATELINE_LEAD_WORDS = 4
_DATELINE_BODY = 200
_DATELINE_REST = 40


def own_anchor(document: Document, lex: Lexicon) -> tuple[dt.date | None, bool]:
    """The document's date: metadata, else its dateline, else its latest full date (inferred)."""
    if document.published is not None:
        return document.published, False
    normal = NormalText.of(document.text)
    full = [f for f in find_dates(normal.text, lex, None) if f.full]
    dated = [f for f in full if _is_dateline(normal.text, f)] or full
    if not dated:
        return None, True
    choice = dated[0] if _is_dateline(normal.text, dated[0]) else max(dated, key=_as_date)
    return _as_date(choice), True


def _as_date(finding: DateFinding) -> dt.date:
    value = finding.found.value
    assert not isinstance(value, (Quantity, Role))
    return dt.date(value.year or 1, value.month or 1, value.day or 1)  # type: ignore[union-attr]


def _is_dateline(text: str, finding: DateFinding) -> bool:
    """A full date at the head of a line near the top: `PARIS, 4 mars 2025 (AFP) -`."""
    start = finding.found.start
    if start > _DATELINE_CHARS or not finding.full:
        return False
    if len(text) - finding.found.end < _DATELINE_BODY:
        return False  # a date with no article after it is not a dateline
    line_start = text.rfind("\n", 0, start) + 1
    if len(text[line_start:start].split()) > _DATELINE_LEAD_WORDS:
        return False
    line_end = text.find("\n", finding.found.end)
    rest = text[finding.found.end : line_end if line_end != -1 else len(text)].strip()
    # `PARIS, 4 mars 2025 (AFP) - ...`, or a line holding little but the date and the outlet.
    return not rest or rest[0] in "(-—–|/" or len(rest) <= _DATELINE_REST


def extract_source(
    document: Document,
    lex: Lexicon,
    anchor: dt.date | None,
    anchor_inferred: bool,
    relative_anchor: dt.date | None = None,
) -> Source:
    """The claims of one document. `anchor` dates year-less dates; `relative_anchor`, when the
    document's own or given by the user, resolves `Monday` and `last month`."""
    normal = NormalText.of(document.text)
    text = normal.text
    urls = url_spans(text)
    dates = [
        d for d in find_dates(text, lex, anchor, relative_anchor) if not _inside(d.found, urls)
    ]
    found = [d.found for d in dates if not _is_dateline(text, d)]
    found += find_figures(text, lex, [(d.found.start, d.found.end) for d in dates] + urls)
    found += [r for r in find_roles(text, lex) if not _inside(r, urls)]
    found = _drop_overlaps(found)
    split = sentences(text)
    claims = tuple(
        _claim(document, normal, lex, split, f) for f in sorted(found, key=lambda f: f.start)
    )
    warnings = tuple(
        Warning(
            document.id,
            "weekday-mismatch",
            d.weekday_mismatch,
            normal.span(d.found.start, d.found.end),
        )
        for d in dates
        if d.weekday_mismatch
    )
    return Source(document, lex.code, anchor, anchor_inferred, claims, warnings)


def _inside(found: Found, spans: list[tuple[int, int]]) -> bool:
    return any(s < found.end and found.start < e for s, e in spans)


def _drop_overlaps(found: list[Found]) -> list[Found]:
    """Claims of one family may not share characters (the longest, earliest wins); a role may
    span a figure."""
    kept: list[Found] = []
    for item in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        clash = any(
            k.start < item.end
            and item.start < k.end
            and (k.kind is Kind.ROLE) == (item.kind is Kind.ROLE)
            for k in kept
        )
        if not clash:
            kept.append(item)
    return kept


def _counted(found: Found) -> frozenset[str]:
    """The noun a count counts (`ships`) is part of what it is about; a unit (`km`) is not."""
    value = found.value
    if isinstance(value, Quantity) and value.dimension == value.unit:
        return frozenset({value.unit})
    return frozenset()


def _claim(
    document: Document, normal: NormalText, lex: Lexicon, split: list[Sentence], found: Found
) -> Claim:
    starts = [s.start for s in split]
    index = max(0, bisect.bisect_right(starts, found.start) - 1)
    sentence = split[index] if split else Sentence(0, len(normal.text), normal.text, 0)
    focus = found.focus or (found.start, found.end)
    subject = subject_of(normal.text, lex, (sentence.start, sentence.end), focus, _counted(found))
    if isinstance(found.value, Role):
        subject = replace(subject, text=f"{found.value.role} of {found.value.of or '?'}")
    span = normal.span(found.start, found.end)
    sentence_span = normal.span(sentence.start, sentence.end)
    return Claim(
        id="",
        source=document.id,
        kind=found.kind,
        text=document.text[span[0] : span[1]],
        span=span,
        sentence=document.text[sentence_span[0] : sentence_span[1]],
        value=found.value,
        subject=subject,
        qualifiers=found.qualifiers,
    )
