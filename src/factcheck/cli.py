"""Command line: parse options, call the library, print, exit. Nothing else happens here."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar, assert_never

import typer

from factcheck import __version__

if TYPE_CHECKING:
    from factcheck.config import Config
    from factcheck.pipeline import ScanOptions
    from factcheck.records import Report

app = typer.Typer(
    help="Find where news sources about one event contradict each other, across languages.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rendering it with rich cost 0.13 s of a 0.3 s --help
)

E = TypeVar("E", bound=StrEnum)
EXIT_OK, EXIT_CONFLICT, EXIT_USAGE = 0, 1, 2
DEFAULT_BASELINE = Path(".factcheck-baseline.json")


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    HTML = "html"
    MARKDOWN = "markdown"
    SARIF = "sarif"


@dataclass(frozen=True)
class Engine:
    """How to run a scan: `--engine`, `--jobs`, `--scheduler`, `--stories`."""

    kind: str
    jobs: int | None
    scheduler: str | None
    stories: bool | None


class FailOn(StrEnum):
    CONFLICT = "conflict"
    CONTRADICTION = "contradiction"
    """Only conflicts that are contradictions: not updates, not attributed figures."""
    NEVER = "never"


Paths = Annotated[
    list[str], typer.Argument(help="Files or folders to read; '-' reads one document from stdin.")
]
LangOpt = Annotated[
    str | None, typer.Option("--lang", help="Force one language (en, id, fr, ...).")
]
AsOfOpt = Annotated[
    str | None, typer.Option("--as-of", help="Reference date YYYY-MM-DD for documents without one.")
]
FormatOpt = Annotated[
    Format | None,
    typer.Option("--format", "-f", help="table (terminal), json, html, markdown or sarif."),
]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
]
ToleranceOpt = Annotated[
    float | None, typer.Option("--tolerance", help="Extra relative tolerance, e.g. 0.02.")
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", help="Settings file (default: nearest factcheck.toml/pyproject)."),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")]


@dataclass(frozen=True)
class Settings:
    """Command line over configuration file over defaults."""

    paths: list[str]
    options: ScanOptions
    config: Config
    fmt: Format
    output: Path | None
    fail_on: FailOn


def _fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    typer.echo(f"factcheck: {message}", err=True)
    raise typer.Exit(code)


def _settings(
    paths: list[str],
    config_file: Path | None,
    *,
    lang: str | None,
    as_of: str | None,
    tolerance: float | None,
    fmt: Format | None = None,
    output: Path | None = None,
    fail_on: FailOn | None = None,
    engine: Engine | None = None,
) -> Settings:
    from factcheck.config import ConfigError, apply_exclude, discover
    from factcheck.lexicon import available_languages
    from factcheck.pipeline import ScanOptions

    try:
        config = discover(paths, config_file)
    except ConfigError as exc:
        _fail(str(exc))
    where = f" (in {config.path})" if config.path else ""
    lang = lang if lang is not None else config.lang
    if lang is not None and lang not in available_languages():
        _fail(f"unknown language {lang!r}{where}; known: {', '.join(available_languages())}")
    tolerance = tolerance if tolerance is not None else (config.tolerance or 0.0)
    if tolerance < 0 or tolerance >= 1:
        _fail(f"--tolerance must be at least 0 and below 1{where}")
    anchor = config.as_of
    if as_of is not None:
        try:
            anchor = dt.date.fromisoformat(as_of)
        except ValueError:
            _fail(f"--as-of must be a date like 2025-02-03, not {as_of!r}")
    options = ScanOptions(language=lang, as_of=anchor, tolerance=tolerance)
    if engine is not None:
        options = replace(
            options,
            jobs=engine.jobs,
            engine=engine.kind,
            scheduler=engine.scheduler,
            stories=engine.stories,
        )
    if config.aliases:
        options = replace(options, aliases=tuple(sorted(config.aliases.items())))
    return Settings(
        paths=apply_exclude(paths, config),
        options=options,
        config=config,
        fmt=fmt or _choice(Format, config.format, "format", where) or Format.TABLE,
        output=output or config.output,
        fail_on=fail_on or _choice(FailOn, config.fail_on, "fail-on", where) or FailOn.CONFLICT,
    )


def _choice(enum: type[E], value: str | None, key: str, where: str) -> E | None:
    if value is None:
        return None
    try:
        return enum(value)
    except ValueError:
        _fail(f"{key} must be one of {', '.join(e.value for e in enum)}, not {value!r}{where}")


@contextmanager
def _progress(quiet: bool) -> Iterator[None]:
    """A progress display on stderr, only for a person at a terminal."""
    if quiet or os.environ.get("CI") or not sys.stderr.isatty():
        yield
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("reading and extracting"), BarColumn())
    with Progress(
        *columns, TimeElapsedColumn(), console=Console(stderr=True), transient=True
    ) as progress:
        progress.add_task("scan", total=None)
        yield


def _report(settings: Settings, quiet: bool = False) -> Report:
    from factcheck.lexicon import LexiconError
    from factcheck.pipeline import ScanError, run

    stdin_text = sys.stdin.read() if "-" in settings.paths else None
    try:
        with _progress(quiet):
            report = run(settings.paths, settings.options, stdin_text)
    except ScanError as exc:
        _fail(str(exc))
    except LexiconError as exc:  # a language file edited by hand, or a broken install
        _fail(f"language data: {exc}")
    from factcheck.ingest import summary_line

    for note in report.skipped:
        typer.echo(f"factcheck: {note}", err=True)
    if (line := summary_line(len(report.sources), report.skipped)) is not None:
        typer.echo(f"factcheck: {line}", err=True)
    return report


def _write(text: str, output: Path | None, inputs: list[str]) -> None:
    from factcheck.ingest import output_problem, shown, write_atomically

    if output is None:
        sys.stdout.write(text)
        return
    if (problem := output_problem(output, inputs)) is not None:
        _fail(problem)
    try:
        write_atomically(output, text)  # a temporary file renamed over the target
    except OSError as exc:
        _fail(f"cannot write {shown(str(output))}: {exc.strerror or exc}")


@dataclass(frozen=True)
class Context:
    """What a renderer may need besides the report."""

    tolerance: float
    suppressed: int
    colour: bool
    width: int


def _table(report: Report, ctx: Context) -> str:
    from io import StringIO

    from rich.console import Console

    from factcheck.render import terminal

    buffer = StringIO()
    console = Console(file=buffer, force_terminal=ctx.colour, no_color=not ctx.colour)
    console.width = ctx.width
    terminal.render(report, console, ctx.tolerance)
    if ctx.suppressed:
        console.print(f"{ctx.suppressed} known conflict(s) suppressed by the baseline")
    return buffer.getvalue()


def _renderer(fmt: Format) -> Callable[[Report, Context], str]:
    """Each format's renderer, imported only when asked for; mypy checks that every format has
    one."""
    if fmt is Format.TABLE:
        return _table
    if fmt is Format.JSON:
        from factcheck.render import json_report

        return lambda report, _ctx: json_report.render(report)
    if fmt is Format.HTML:
        from factcheck.render import html

        return lambda report, ctx: html.render(report, ctx.tolerance, ctx.suppressed)
    if fmt is Format.MARKDOWN:
        from factcheck.render import markdown

        return lambda report, ctx: markdown.render(report, ctx.tolerance, ctx.suppressed)
    if fmt is Format.SARIF:
        from factcheck.render import sarif

        return lambda report, ctx: sarif.render(report, ctx.tolerance, read_text)
    assert_never(fmt)


def read_text(path: str) -> str | None:
    """A document's file as text, so SARIF regions count the file's own lines."""
    from factcheck.ingest import decode

    try:
        return decode(Path(path).read_bytes())
    except (OSError, ValueError):
        return None


def _emit(report: Report, settings: Settings, suppressed: int = 0) -> None:
    colour = settings.output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    width = shutil.get_terminal_size((80, 24)).columns if settings.output is None else 80
    ctx = Context(settings.options.tolerance, suppressed, colour, width)
    _write(_renderer(settings.fmt)(report, ctx), settings.output, settings.paths)


@app.command()
def scan(
    paths: Paths,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
    output_format: FormatOpt = None,
    output: OutputOpt = None,
    tolerance: ToleranceOpt = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(help="Exit 1 on any conflict (default), only on contradictions, or never."),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes (default: one per core)."),
    ] = None,
    engine_kind: Annotated[
        str, typer.Option("--engine", help="local, or dask (needs factcheck[dask]).")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Dask scheduler address, e.g. tcp://host:8786."),
    ] = None,
    stories: Annotated[
        bool | None,
        typer.Option(
            "--stories/--no-stories",
            help="Match within stories (documents sharing names) only. Default: from 10 documents.",
        ),
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Skip files larger than this (default 50 MB).")
    ] = 50 * 1024 * 1024,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", help="Report only conflicts not recorded in this file."),
    ] = None,
    explain_id: Annotated[
        str | None, typer.Option("--explain", help="Explain one cluster (e.g. k2) instead.")
    ] = None,
    config_file: ConfigOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Extract claims, match them across sources and report conflicts and agreements."""
    from factcheck.baseline import BaselineError, load, suppress

    settings = _settings(
        paths, config_file, lang=lang, as_of=as_of, tolerance=tolerance, fmt=output_format,
        output=output, fail_on=fail_on, engine=Engine(engine_kind, jobs, scheduler, stories),
    )  # fmt: skip
    settings = replace(settings, options=replace(settings.options, max_bytes=max_bytes))
    report = _report(settings, quiet)
    if explain_id is not None:
        _print_explanation(report, explain_id, settings.options.tolerance)
        return
    known = set(settings.config.ignore)
    baseline_file = baseline or settings.config.baseline
    if baseline_file is not None:
        try:
            known |= load(baseline_file)
        except BaselineError as exc:
            _fail(str(exc))
    kept = suppress(report, known)
    from factcheck.pipeline import paused_gc

    with paused_gc():  # a large report is many small objects, none of them in a cycle
        _emit(kept.report, settings, kept.known)
    if kept.known and not quiet and settings.fmt is not Format.TABLE:
        typer.echo(f"factcheck: {kept.known} known conflict(s) suppressed", err=True)
    if _fails(kept.report, settings.fail_on):
        raise typer.Exit(EXIT_CONFLICT)


def _fails(report: Report, fail_on: FailOn) -> bool:
    if fail_on is FailOn.NEVER:
        return False
    if fail_on is FailOn.CONTRADICTION:
        return any(
            c.nature is not None and c.nature.value == "contradiction" for c in report.conflicts
        )
    return bool(report.conflicts)


@app.command("baseline")
def baseline_command(
    paths: Paths,
    output: OutputOpt = None,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
    tolerance: ToleranceOpt = None,
    config_file: ConfigOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Record today's conflicts, so that `scan --baseline FILE` reports only new ones."""
    from factcheck.baseline import dumps

    settings = _settings(paths, config_file, lang=lang, as_of=as_of, tolerance=tolerance)
    report = _report(settings, quiet)
    target = output or settings.config.baseline or DEFAULT_BASELINE
    _write(dumps(report), target, settings.paths)
    typer.echo(f"factcheck: recorded {len(report.conflicts)} conflict(s) in {target}", err=True)


@app.command()
def explain(
    cluster_id: Annotated[str, typer.Argument(help="A cluster id from the report, e.g. k2.")],
    paths: Paths,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
    tolerance: ToleranceOpt = None,
    config_file: ConfigOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Show every claim of one cluster, how it was normalised, and why they were matched."""
    settings = _settings(paths, config_file, lang=lang, as_of=as_of, tolerance=tolerance)
    report = _report(settings, quiet)
    _print_explanation(report, cluster_id, settings.options.tolerance)


def _print_explanation(report: Report, cluster_id: str, tolerance: float) -> None:
    from factcheck.explain import ExplainError, lines
    from factcheck.explain import explain as explain_cluster

    try:
        explanation = explain_cluster(report, cluster_id, tolerance)
    except ExplainError as exc:
        _fail(str(exc))
    sys.stdout.write("\n".join(lines(explanation)) + "\n")


@app.command()
def claims(
    paths: Paths,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
    output_format: FormatOpt = None,
    output: OutputOpt = None,
    config_file: ConfigOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """List the claims extracted from each document, for debugging and for other tools."""
    from factcheck.render import json_report

    fmt = output_format or Format.TABLE
    if fmt not in (Format.TABLE, Format.JSON):
        _fail("claims are listed as table or json")
    settings = _settings(paths, config_file, lang=lang, as_of=as_of, tolerance=0.0)
    settings = replace(settings, fmt=fmt, output=output)
    report = _report(settings, quiet)
    if fmt is Format.JSON:
        _write(json_report.render(report, claims_only=True), output, settings.paths)
        return
    from io import StringIO

    from rich.console import Console

    from factcheck.render import terminal

    buffer = StringIO() if output else None
    console = Console(file=buffer, no_color=bool(os.environ.get("NO_COLOR")) or bool(buffer))
    terminal.render_claims(report, console)
    if buffer is not None:
        _write(buffer.getvalue(), output, settings.paths)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """factcheck: claim-contradiction checker for multi-source, multilingual news."""


def main() -> None:
    from factcheck.ingest import Interrupted, handle_termination

    handle_termination()  # Ctrl-C and SIGTERM leave no half-written report: exit 130 / 143
    try:
        app()
    except Interrupted as exc:
        typer.echo(f"factcheck: {exc}", err=True)
        sys.exit(exc.status)
