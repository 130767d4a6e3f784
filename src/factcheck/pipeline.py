"""The whole path: documents → claims → clusters → report."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, replace

from factcheck import ingest, language, lexicon
from factcheck.clusters import build_clusters
from factcheck.extract import extract_source, own_anchor
from factcheck.match import MatchOptions, group
from factcheck.records import Document, Report, Source


class ScanError(Exception):
    """Nothing could be scanned; the message says why in one line."""


@dataclass(frozen=True)
class ScanOptions:
    language: str | None = None
    """Force this language for every document instead of detecting it."""
    as_of: dt.date | None = None
    """Anchor for relative and year-less dates of documents that carry no date of their own."""
    tolerance: float = 0.0


def run(paths: Sequence[str], options: ScanOptions, stdin_text: str | None = None) -> Report:
    reading = ingest.read_paths(paths, stdin_text)
    if not reading.documents:
        reason = reading.skipped[0] if reading.skipped else "no input given"
        raise ScanError(f"no readable document ({reason})")
    sources = extract_all(reading.documents, options)
    claims = [claim for source in sources for claim in source.claims]
    shared = lexicon.load("en")  # the base tables are the same in every language
    match_options = MatchOptions(options.tolerance, shared.role_equivalents, shared.contrasts)
    groups = group(claims, match_options)
    return Report(sources, build_clusters(groups, options.tolerance), reading.skipped)


def extract_all(documents: Sequence[Document], options: ScanOptions) -> tuple[Source, ...]:
    """Extract every document, then number the claims `c1…cN` in source order."""
    ordered = sorted(documents, key=lambda d: d.id)
    lexicons = [lexicon.load(_language_of(d, options)) for d in ordered]
    anchors = [own_anchor(d, lex) for d, lex in zip(ordered, lexicons, strict=True)]
    fallback = options.as_of or _corpus_anchor([a for a, _ in anchors])
    sources = []
    for document, lex, (anchor, inferred) in zip(ordered, lexicons, anchors, strict=True):
        firm = anchor or options.as_of
        sources.append(
            extract_source(document, lex, anchor or fallback, inferred or anchor is None, firm)
        )
    return _numbered(sources)


def _language_of(document: Document, options: ScanOptions) -> str:
    supported = lexicon.available_languages()
    for choice in (options.language, document.language):
        if choice and choice.lower()[:2] in supported:
            return choice.lower()[:2]
    return language.detect(document.text, supported)


def _corpus_anchor(anchors: list[dt.date | None]) -> dt.date | None:
    """For a document with no date of its own: the median date of the others, if any."""
    known = sorted(a for a in anchors if a is not None)
    if not known:
        return None
    return dt.date.fromordinal(int(statistics.median_low(d.toordinal() for d in known)))


def _numbered(sources: list[Source]) -> tuple[Source, ...]:
    out = []
    counter = 0
    for source in sources:
        claims = []
        for claim in source.claims:
            counter += 1
            claims.append(replace(claim, id=f"c{counter}"))
        out.append(replace(source, claims=tuple(claims)))
    return tuple(out)
