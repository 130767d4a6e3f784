"""Settings from `factcheck.toml` or `[tool.factcheck]` in `pyproject.toml`.

The file is found by walking up from the first scanned path (or the working directory); the
nearest folder with either file wins, and in one folder `factcheck.toml` wins. Keys are spelt as
the command-line options (`fail-on`, `as-of`); paths in the file are relative to its folder.
The command line overrides the file. An unknown key or a wrong type is a `ConfigError`.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CONFIG_FILE = "factcheck.toml"
PYPROJECT = "pyproject.toml"


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    """The file the settings came from; None when there is none."""
    lang: str | None = None
    as_of: dt.date | None = None
    tolerance: float | None = None
    fail_on: str | None = None
    format: str | None = None
    output: Path | None = None
    baseline: Path | None = None
    exclude: tuple[str, ...] = ()
    """Glob patterns, matched against paths relative to the file's folder and against names."""
    aliases: Mapping[str, str] = field(default_factory=dict)
    """Another name → the name it stands for (`SB OpenAI Japan` → `SoftBank-OpenAI ...`)."""
    ignore: frozenset[str] = frozenset()
    """Conflict fingerprints never to report."""

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _strings(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def _table(value: Any) -> dict[str, str] | None:
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return {str(k): v for k, v in value.items()}
    return None


# key → (field, parser, what the value must be)
_KEYS: dict[str, tuple[str, Any, str]] = {
    "lang": ("lang", _string, 'a language code such as "en"'),
    "as-of": ("as_of", _date, "a date such as 2025-05-14"),
    "tolerance": ("tolerance", _number, "a number such as 0.02"),
    "fail-on": ("fail_on", _string, 'a string ("conflict" or "never")'),
    "format": ("format", _string, 'a string ("table", "json", "html", "markdown" or "sarif")'),
    "output": ("output", _string, "a file path"),
    "baseline": ("baseline", _string, "a file path"),
    "exclude": ("exclude", _strings, "a list of glob patterns"),
    "aliases": ("aliases", _table, 'a table of names, e.g. {"SB OpenAI Japan" = "SoftBank"}'),
    "ignore": ("ignore", _strings, "a list of conflict fingerprints"),
}
KEYS = tuple(_KEYS)


def find(start: Path) -> Path | None:
    """The nearest `factcheck.toml`, or `pyproject.toml` with a `[tool.factcheck]` table."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_FILE
        if own.is_file():
            return own
        project = candidate / PYPROJECT
        if project.is_file() and "factcheck" in _read(project).get("tool", {}):
            return project
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as stream:
            return tomllib.load(stream)
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from exc


def load(path: Path) -> Config:
    data = _read(path)
    where = f"{path}"
    if path.name == PYPROJECT:
        data = data.get("tool", {}).get("factcheck", {})
        where = f"{path} [tool.factcheck]"
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: must be a table")
    values: dict[str, Any] = {}
    for key, raw in data.items():
        if key not in _KEYS:
            known = ", ".join(KEYS)
            raise ConfigError(f"{where}: unknown key {key!r} (known keys: {known})")
        name, parse, expected = _KEYS[key]
        value = parse(raw)
        if value is None:
            raise ConfigError(f"{where}: {key} must be {expected}, not {raw!r}")
        values[name] = value
    for name in ("output", "baseline"):
        if name in values:
            values[name] = path.parent / values[name]
    if "ignore" in values:
        values["ignore"] = frozenset(values["ignore"])
    return Config(path=path.resolve(), **values)


def discover(paths: Sequence[str], explicit: Path | None = None) -> Config:
    """The settings for a scan of `paths`: from `explicit`, else the nearest file, else none."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"no such configuration file: {explicit}")
        return load(explicit)
    first = next((p for p in paths if p != "-" and os.path.exists(p)), None)
    found = find(Path(first) if first else Path.cwd())
    return load(found) if found else Config()


def excluded(path: str, config: Config) -> bool:
    if not config.exclude:
        return False
    absolute = Path(path).resolve()
    try:
        relative = absolute.relative_to(config.root).as_posix()
    except ValueError:
        relative = absolute.as_posix()
    return any(
        fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(absolute.name, p) for p in config.exclude
    )


def apply_exclude(paths: Sequence[str], config: Config) -> list[str]:
    """Files and folders as given, with folders expanded (as the reader does: sorted, hidden
    entries left out) and excluded files dropped. Unchanged when nothing is excluded."""
    if not config.exclude:
        return list(paths)
    out: list[str] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            out += [f for f in _walk(path) if not excluded(f, config)]
        elif path == "-" or not excluded(path, config):
            out.append(path)
    return out


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)
