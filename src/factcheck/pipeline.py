"""The whole path: documents → claims → clusters → report.

Each stage is a map of a pure function over independent items, so that it can run in this
process, in a process pool or on Dask (`engines.py`) with the same result:

1. read: one file at a time (`read`);
2. extract: one document at a time (`extract_document`), then claims are numbered `c1…cN` in
   source order;
3. match: one story at a time (`stories`, `match_story`): documents are split into stories by
   the names they share, and claims are matched only within a story;
4. report: clusters in a stable order (`clusters.build_clusters`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from factcheck import aliases, engines, ingest, language, lexicon
from factcheck.clusters import build_clusters
from factcheck.extract import anchor_and_basis, extract_source
from factcheck.extract.dates import in_nearest_year
from factcheck.match import MatchOptions, group
from factcheck.records import Claim, Document, Report, Source

T = TypeVar("T")


class ScanError(Exception):
    """Nothing could be scanned; the message says why in one line."""


@dataclass(frozen=True)
class ScanOptions:
    language: str | None = None
    """Force this language for every document instead of detecting it."""
    as_of: dt.date | None = None
    """Anchor for relative and year-less dates of documents that carry no date of their own."""
    tolerance: float = 0.0
    jobs: int | None = None
    """Worker processes for reading, extraction and matching (None: one per core)."""
    engine: str = "local"
    """`local` (this process and a process pool) or `dask`."""
    scheduler: str | None = None
    """The Dask scheduler's address; None starts a local Dask cluster (dask engine only)."""
    aliases: tuple[tuple[str, str], ...] = ()
    """(alias, canonical name) pairs from the configuration: one entity under two names."""
    max_bytes: int = ingest.DEFAULT_MAX_BYTES
    """Files larger than this are skipped with a note, never read into memory."""
    stories: bool | None = None
    """Match claims only within stories (documents that share names): for scans of many
    events at once. None: only from `STORY_MIN_DOCUMENTS` documents, so that the few sources
    of one event (in scripts whose names may not meet) are never split."""


def run(paths: Sequence[str], options: ScanOptions, stdin_text: str | None = None) -> Report:
    try:
        engine = engines.make_engine(options.engine, options.jobs, options.scheduler)
    except engines.EngineError as exc:
        raise ScanError(str(exc)) from exc
    with paused_gc():
        with engines.opened(engine):
            reading = read(
                paths,
                stdin_text,
                engine,
                options.max_bytes,
                warm=functools.partial(warm_for_files, forced=options.language),
            )
            if not reading.documents:
                reason = reading.skipped[0] if reading.skipped else "no input given"
                raise ScanError(f"no readable document ({reason})")
            sources = aliases.apply(
                extract_all(reading.documents, options, engine), options.aliases
            )
            groups = match_all(sources, options, engine)
        times = {s.document.id: s.anchor for s in sources}
        updates = lexicon.shared().update_concepts
        clusters = build_clusters(groups, options.tolerance, times, updates)
    return Report(sources, clusters, reading.skipped)


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection inside: a scan's records hold no reference cycles, so
    the collector frees nothing (peak memory at 10,000 articles: 801 MB with it, 802 MB
    without), yet each of its full passes walks every claim made so far (10,000 articles:
    the JSON report 4.5 -> 2.8 s of CPU, matching 5.5 -> 4.9 s). Restored on the way out."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# 1. Read ---------------------------------------------------------------------------------


def read(
    paths: Sequence[str],
    stdin_text: str | None = None,
    engine: engines.Engine | None = None,
    max_bytes: int = ingest.DEFAULT_MAX_BYTES,
    warm: Callable[[Sequence[str]], None] | None = None,
) -> ingest.Reading:
    """`ingest.read_paths`, one file per task; documents and notes keep their order. `warm`
    runs first, on the files to read, when they are many enough to start the process pool,
    so that the workers it forks share what it loads."""
    skipped: list[str] = []
    plan: list[str | tuple[str]] = []  # a path to read, or (a note on an input not read,)
    placed = 0  # notes already in `plan` (counting them anew each time was quadratic)
    for path in ingest._expand(paths, skipped):
        plan.extend((note,) for note in skipped[placed:])
        placed = len(skipped)
        plan.append(path)
    plan.extend((note,) for note in skipped[placed:])
    files = [p for p in plan if isinstance(p, str) and p != ingest.STDIN]
    reader = functools.partial(_read_file, max_bytes=max_bytes)
    run_on = engine or engines.LocalEngine(1)
    if warm is not None and isinstance(run_on, engines.LocalEngine) and run_on.pooled(len(files)):
        warm(files)
    mapped = run_on.map(reader, files)
    results = dict(zip(files, mapped, strict=True))
    documents: list[Document] = []
    notes: list[str] = []
    for item in plan:
        if isinstance(item, tuple):
            notes.append(item[0])
            continue
        part = (
            ingest.read_paths([item], stdin_text, max_bytes)
            if item == ingest.STDIN
            else results[item]
        )
        documents.extend(part.documents)
        notes.extend(part.skipped)
    return ingest.Reading(tuple(documents), tuple(notes))


def _read_file(path: str, max_bytes: int = ingest.DEFAULT_MAX_BYTES) -> ingest.Reading:
    return ingest.read_file(path, max_bytes)


# 2. Extract ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Extracted:
    """A document's language and own date, and its claims when they could be extracted
    without the rest of the corpus (it has a date of its own, or `--as-of` was given)."""

    language: str
    anchor: dt.date | None
    inferred: bool
    source: Source | None
    guessed: bool = False
    """The anchor is only the latest date the text names: no metadata, no dateline."""
    yearless: bool = False
    """The anchor is a dateline's day whose year only the text's other dates gave."""


def extract_document(
    document: Document, language: str | None = None, as_of: dt.date | None = None
) -> Extracted:
    """The pure, per-document part of extraction: language, own date and claims (unnumbered).
    A document without a date of its own and no `as_of` waits for the corpus anchor."""
    code = _language_of(document, language)
    lex = lexicon.load_or_generic(code)
    anchor, inferred, guessed, yearless = anchor_and_basis(document, lex)
    source = None
    if anchor is not None or as_of is not None:
        firm = anchor or as_of
        source = extract_source(document, lex, firm, inferred or anchor is None, firm)
    return Extracted(code, anchor, inferred, source, guessed, yearless)


def _extract_task(job: tuple[Document, str | None, dt.date | None]) -> Extracted:
    return extract_document(*job)


def _late_task(job: tuple[Document, str, dt.date | None, dt.date | None]) -> Source:
    document, code, fallback, as_of = job
    return extract_source(document, lexicon.load_or_generic(code), fallback, True, as_of)


def extract_all(
    documents: Sequence[Document], options: ScanOptions, engine: engines.Engine | None = None
) -> tuple[Source, ...]:
    """Extract every document, then number the claims `c1…cN` in source order."""
    ordered = sorted(documents, key=lambda d: d.id)
    run_on = engine or engines.LocalEngine(1)
    if isinstance(run_on, engines.LocalEngine) and run_on.pooled(len(ordered)):
        openings = [d.text[:SAMPLED_CHARS] for d in _sample(ordered)]
        warm_up(options.language, sampled_languages(openings))
    done = run_on.map(_extract_task, [(d, options.language, options.as_of) for d in ordered])
    told = [e.anchor for e in done if not e.guessed]
    fallback = options.as_of or _corpus_anchor(told) or _corpus_anchor([e.anchor for e in done])
    waiting = [i for i, e in enumerate(done) if e.source is None or _a_plan(e, told)]
    anchors = {i: fallback for i in waiting}
    anchors.update(_redated(done, told, options, waiting))
    waiting = sorted(anchors)
    late = run_on.map(
        _late_task, [(ordered[i], done[i].language, anchors[i], options.as_of) for i in waiting]
    )
    sources = [e.source for e in done]
    for i, source in zip(waiting, late, strict=True):
        sources[i] = source
    return _numbered([s for s in sources if s is not None])


_WARM_UP_TEXT = "On 3 May 2025 the firm paid $5 million, 10% more, to 200 workers."
"""Figures, a date and a percentage: extracting it compiles the patterns a document needs."""


SAMPLED = 64
SAMPLED_CHARS = 4096


def _sample(items: Sequence[T]) -> Sequence[T]:
    """Up to SAMPLED items, evenly spaced."""
    return items[:: max(1, len(items) // SAMPLED)][:SAMPLED]


def sampled_languages(openings: Sequence[str]) -> tuple[str, ...] | None:
    """The languages of some documents' openings, or None when one of them cannot be told
    without the model. A language a sample misses is compiled by each worker that meets it:
    slower, never wrong."""
    known = lexicon.available_languages()
    found = [language.without_model(head, known) for head in openings]
    return None if None in found else tuple(sorted({code for code in found if code}))


def _openings(files: Sequence[str]) -> list[str]:
    """The first SAMPLED_CHARS bytes of a sample of files, as text."""
    heads = []
    for path in _sample(files):
        try:
            with open(path, "rb") as handle:
                heads.append(handle.read(SAMPLED_CHARS).decode("utf-8", "ignore"))
        except OSError:
            heads.append("")
    return heads


def warm_for_files(files: Sequence[str], forced: str | None = None) -> None:
    """`warm_up` for the languages a sample of `files` holds (all, when it cannot tell)."""
    warm_up(forced, None if forced else sampled_languages(_openings(files)))


_WARMED: set[str] = set()
"""Languages whose patterns this process has compiled."""


def warm_up(forced: str | None, languages: tuple[str, ...] | None = None) -> None:
    """Load the lexicons of `languages` (default: all) and compile their patterns before the
    pool forks, so that the workers share them instead of each building its own."""
    codes = [forced[:2].lower()] if forced else list(languages or lexicon.available_languages())
    for code in codes:
        if code in _WARMED:
            continue
        _WARMED.add(code)
        with contextlib.suppress(lexicon.LexiconError):  # reported if a document needs it
            sample = Document(id="warm-up", path="warm-up", text=_WARM_UP_TEXT)
            extract_source(sample, lexicon.load(code), None, True, dt.date(2025, 5, 14))
    if not forced:
        # The stopword and script tables only. Few articles need the statistical model (short
        # ones, close pairs such as es/pt), and loading it costs 0.7 s: a worker loads it when
        # it must, rather than the parent every time, before the pool can start.
        language.without_model(_WARM_UP_TEXT, lexicon.available_languages())


def _language_of(document: Document, forced: str | None) -> str:
    supported = lexicon.available_languages()
    for choice in (forced, document.language):
        if choice and choice.lower()[:2] in supported:
            return choice.lower()[:2]
    return language.detect(document.text, supported)


PLAN_SLACK = dt.timedelta(days=3)
"""How far a guessed date may run past the latest dateline of the scan and still be the news's
day (a report written a day or two after the others)."""


def _a_plan(extracted: Extracted, told: list[dt.date | None]) -> bool:
    """Is a document's guessed date later than every other source's own date, by more than
    `PLAN_SLACK`? Then it is a plan the report names (`delayed to 3 June 2028`), and the corpus
    date dates the report better."""
    known = [a for a in told if a is not None]
    anchor = extracted.anchor
    if not extracted.guessed or anchor is None or not known:
        return False
    return anchor > max(known) + PLAN_SLACK


def _redated(
    done: Sequence[Extracted],
    told: list[dt.date | None],
    options: ScanOptions,
    waiting: list[int],
) -> dict[int, dt.date]:
    """Documents dated by a dateline without its year, placed in the year nearest the other
    reports' own dates: the text's background dates (a sample taken 16 months before) gave
    the year only for want of better."""
    corpus = _corpus_anchor(told)
    if options.as_of is not None or corpus is None:
        return {}
    out = {}
    for i, extracted in enumerate(done):
        if i in waiting or not extracted.yearless or extracted.anchor is None:
            continue
        day = in_nearest_year(extracted.anchor, corpus)
        if day != extracted.anchor:
            out[i] = day
    return out


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


# 3. Match --------------------------------------------------------------------------------

STORY_MIN_DOCUMENTS = 10
"""From this many documents a scan is split into stories unless told otherwise. Below it (the
five to eight sources of one event, as in fixtures/ and the devset) a scan is one story, so
that sources in scripts whose names do not meet are never split. Above it, mixed folders are
common: 10 generated articles of 2 events gave 5 false conflicts as one story, none as two;
and matching every claim against every other grows with the square of the scan (1.6 s
against 0.03 s at 100 articles of 20 events)."""
STORY_LINK_NAMES = 3
"""Two documents are one story when they share at least this many names."""
STORY_NAME_DOCUMENTS = 10
STORY_NAME_SHARE = 0.005
"""A name carried by more documents than both these (a count, a share of the scan) is too
common to tell stories apart (`china`, `group`) and links nothing."""
_MIN_SKELETON = 5


def stories(sources: Sequence[Source]) -> list[list[int]]:
    """Documents split into stories: connected components of the graph in which two
    documents are linked when they share `STORY_LINK_NAMES` names that few documents carry.
    Unless at least two stories of two or more documents are found, the scan is one story.
    Names are compared by their consonant skeleton, across scripts (`ソフトバンク` =
    `SoftBank`). An inverted index keeps this linear in the number of documents."""
    from factcheck.romanise import has_kana_or_kanji, romanise, skeleton

    def keys_of(name: str) -> list[str]:
        plain = romanise(name) if has_kana_or_kanji(name) else name
        shapes = ((word, skeleton(word)) for word in plain.split())
        return [shape if len(shape) >= _MIN_SKELETON else word for word, shape in shapes]

    known: dict[str, list[str]] = {}  # a name's keys, worked out once per scan
    carriers: dict[str, list[int]] = defaultdict(list)
    for index, source in enumerate(sources):
        keys: set[str] = set()
        for name in {name for claim in source.claims for name in claim.subject.entities}:
            if name not in known:
                known[name] = keys_of(name)
            keys.update(known[name])
        for key in keys:
            carriers[key].append(index)
    limit = max(STORY_NAME_DOCUMENTS, int(STORY_NAME_SHARE * len(sources)))
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for holders in carriers.values():
        if len(holders) > limit:
            continue
        for n, i in enumerate(holders):
            for j in holders[n + 1 :]:
                shared[i, j] += 1
    parent = list(range(len(sources)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # In any order: a root is always the smallest index of its component (`parent[max] = min`),
    # so the components come out the same.
    for (i, j), count in shared.items():
        if count >= STORY_LINK_NAMES:
            a, b = root(i), root(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(sources)):
        members[root(i)].append(i)
    found = [members[r] for r in sorted(members)]
    if sum(len(m) > 1 for m in found) < 2:
        return [list(range(len(sources)))]  # no evidence of two stories: one event, as given
    return found


def match_story(claims: Sequence[Claim], options: MatchOptions) -> list[list[Claim]]:
    """The pure matching step: `match.group` over the claims of one story."""
    return group(claims, options)


def _match_task(job: tuple[list[Claim], MatchOptions]) -> list[list[Claim]]:
    return match_story(*job)


def _match_shared(shared: tuple[list[list[Claim]], MatchOptions], index: int) -> list[list[int]]:
    """Story `index` of the shared stories, matched: its groups as positions in the story, so
    that only numbers travel back from a worker."""
    stories_, settings = shared
    claims = stories_[index]
    position = {id(claim): n for n, claim in enumerate(claims)}
    return [[position[id(c)] for c in g] for g in match_story(claims, settings)]


def match_options(options: ScanOptions, sources: Sequence[Source] = ()) -> MatchOptions:
    shared = lexicon.shared()
    dated = {s.document.id: s.anchor for s in sources}
    return MatchOptions(options.tolerance, shared.role_equivalents, shared.contrasts, dated)


CLAIMS_PER_POOL_ITEM = 20
"""Matching is paid for by claims, not by stories: 200 stories of 6,600 claims (1,000
articles) matched in 0.37 s on one core, worth forking for; a pool counts them as 330 items."""


def match_all(
    sources: Sequence[Source], options: ScanOptions, engine: engines.Engine | None = None
) -> list[list[Claim]]:
    """Groups of claims that state one fact, story by story (largest stories first, so that
    a pool is not left waiting on one big story at the end)."""
    split = options.stories
    if split is None:
        split = len(sources) >= STORY_MIN_DOCUMENTS
    parts = stories(sources) if split else [list(range(len(sources)))]
    jobs = [[c for i in part for c in sources[i].claims] for part in parts]
    jobs.sort(key=len, reverse=True)
    jobs = [claims for claims in jobs if claims]
    settings = match_options(options, sources)
    if engine is None or isinstance(engine, engines.LocalEngine):
        # Sending the claims to a pool's workers and back costs more than matching them
        # (10,000 articles: 3.4 s in-process, 8.8 s through two workers): workers forked
        # now read them from memory, and send back positions.
        local = engine or engines.LocalEngine(1)
        claims = sum(map(len, jobs)) // CLAIMS_PER_POOL_ITEM
        found = local.map_shared(_match_shared, (jobs, settings), range(len(jobs)), claims)
        return [[jobs[i][n] for n in g] for i, groups in enumerate(found) for g in groups]
    results = engine.map(_match_task, [(claims, settings) for claims in jobs])
    return [g for result in results for g in result]
