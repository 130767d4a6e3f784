"""Command line: parse options, call the library, print, exit. Nothing else happens here."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn, assert_never

import typer

from factcheck import __version__

app = typer.Typer(
    help="Find where news sources about one event contradict each other, across languages.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_CONFLICT, EXIT_USAGE = 0, 1, 2


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"


class FailOn(StrEnum):
    CONFLICT = "conflict"
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
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="table (terminal) or json.")]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
]


def _fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    typer.echo(f"factcheck: {message}", err=True)
    raise typer.Exit(code)


def _options(lang: str | None, as_of: str | None, tolerance: float) -> object:
    from factcheck.lexicon import available_languages
    from factcheck.pipeline import ScanOptions

    if lang is not None and lang not in available_languages():
        _fail(f"unknown language {lang!r}; known: {', '.join(available_languages())}")
    if tolerance < 0 or tolerance >= 1:
        _fail("--tolerance must be at least 0 and below 1")
    anchor = None
    if as_of is not None:
        try:
            anchor = dt.date.fromisoformat(as_of)
        except ValueError:
            _fail(f"--as-of must be a date like 2025-02-03, not {as_of!r}")
    return ScanOptions(language=lang, as_of=anchor, tolerance=tolerance)


def _report(paths: list[str], options: object) -> object:
    from factcheck.pipeline import ScanError, ScanOptions, run

    assert isinstance(options, ScanOptions)
    stdin_text = sys.stdin.read() if "-" in paths else None
    try:
        return run(paths, options, stdin_text)
    except ScanError as exc:
        _fail(str(exc))


def _write(text: str, output: Path | None, inputs: list[str]) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    target = output.resolve()
    if any(Path(p).resolve() == target for p in inputs if p != "-"):
        _fail(f"refusing to overwrite input document {output}")
    folder = target.parent
    handle, temp = tempfile.mkstemp(prefix=".factcheck-", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        _fail(f"cannot write {output}: {exc.strerror or exc}")


def _print_skipped(skipped: tuple[str, ...]) -> None:
    for note in skipped:
        typer.echo(f"factcheck: {note}", err=True)


@app.command()
def scan(
    paths: Paths,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
    output_format: FormatOpt = Format.TABLE,
    output: OutputOpt = None,
    tolerance: Annotated[float, typer.Option(help="Extra relative tolerance, e.g. 0.02.")] = 0.0,
    fail_on: Annotated[
        FailOn, typer.Option(help="Exit 1 on a conflict, or never.")
    ] = FailOn.CONFLICT,
) -> None:
    """Extract claims, match them across sources and report conflicts and agreements."""
    from factcheck.records import Report

    options = _options(lang, as_of, tolerance)
    report = _report(paths, options)
    assert isinstance(report, Report)
    _emit(report, output_format, output, paths, tolerance, claims_only=False)
    if report.conflicts and fail_on is FailOn.CONFLICT:
        raise typer.Exit(EXIT_CONFLICT)


@app.command()
def claims(
    paths: Paths,
    lang: LangOpt = None,
    as_of: AsOfOpt = None,
    output_format: FormatOpt = Format.TABLE,
    output: OutputOpt = None,
) -> None:
    """List the claims extracted from each document, for debugging and for other tools."""
    from factcheck.records import Report

    report = _report(paths, _options(lang, as_of, 0.0))
    assert isinstance(report, Report)
    _emit(report, output_format, output, paths, 0.0, claims_only=True)


def _emit(
    report: object,
    fmt: Format,
    output: Path | None,
    paths: list[str],
    tolerance: float,
    *,
    claims_only: bool,
) -> None:
    from factcheck.records import Report
    from factcheck.render import json_report, terminal

    assert isinstance(report, Report)
    _print_skipped(report.skipped)
    if fmt is Format.JSON:
        _write(json_report.render(report, claims_only=claims_only), output, paths)
    elif fmt is Format.TABLE:
        from io import StringIO

        from rich.console import Console

        buffer = StringIO() if output else None
        # Rich sizes to the terminal, or to $COLUMNS (80 by default) when piped.
        console = Console(
            file=buffer, no_color=bool(os.environ.get("NO_COLOR")) or buffer is not None
        )
        if claims_only:
            terminal.render_claims(report, console)
        else:
            terminal.render(report, console, tolerance)
        if buffer is not None:
            _write(buffer.getvalue(), output, paths)
    else:
        assert_never(fmt)


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
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("factcheck: interrupted", err=True)
        sys.exit(130)
