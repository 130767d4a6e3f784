"""Documents from files, folders and stdin: one reader per format, chosen by file suffix."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from factcheck.records import Document

STDIN = "-"


class ReadError(Exception):
    """A file that cannot be read as a document; the message names the reason."""


@dataclass(frozen=True)
class Reading:
    documents: tuple[Document, ...]
    skipped: tuple[str, ...]
    """One line per input that was not read, naming it and why."""


def read_paths(paths: Sequence[str], stdin_text: str | None = None) -> Reading:
    documents: list[Document] = []
    skipped: list[str] = []
    for path in _expand(paths, skipped):
        if path == STDIN:
            documents.append(Document(id="stdin", path=STDIN, text=stdin_text or ""))
            continue
        reader = READERS.get(Path(path).suffix.lower())
        if reader is None:
            skipped.append(f"{path}: skipped, not a supported format")
            continue
        try:
            documents.extend(reader(Path(path)))
        except _PartialRead as exc:
            documents.extend(exc.documents)
            skipped.append(f"{path}: {exc}")
        except ReadError as exc:
            skipped.append(f"{path}: {exc}")
        except OSError as exc:
            skipped.append(f"{path}: cannot read ({exc.strerror or exc})")
    return Reading(tuple(documents), tuple(skipped))


def _expand(paths: Sequence[str], skipped: list[str]) -> Iterator[str]:
    """Files as given, folders walked recursively in sorted order; hidden entries are left out."""
    for path in paths:
        if path == STDIN or os.path.isfile(path):
            yield path
        elif os.path.isdir(path):
            yield from _walk(path)
        else:
            skipped.append(f"{path}: no such file or folder")


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is detected."""
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ReadError("skipped, binary file")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # detection only when UTF-8 failed

    best = from_bytes(data).best()
    if best is None:
        raise ReadError("skipped, unknown text encoding")
    return str(best)


def _text_file(path: Path) -> str:
    return decode(path.read_bytes())


def parse_date(raw: Any) -> dt.date | None:
    """`2025-02-03`, `2025-02-03T10:00:00+09:00`, or a YAML date; None when it is none of those."""
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, str) and re.match(r"\d{4}-\d{2}-\d{2}", raw.strip()):
        try:
            return dt.date.fromisoformat(raw.strip()[:10])
        except ValueError:
            return None
    return None


def read_txt(path: Path) -> list[Document]:
    return [Document(id=path.name, path=str(path), text=_text_file(path))]


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def read_markdown(path: Path) -> list[Document]:
    text = _text_file(path)
    match = _FRONT_MATTER.match(text)
    if match is None:
        return [Document(id=path.name, path=str(path), text=text)]
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise ReadError(f"skipped, malformed front matter ({type(exc).__name__})") from exc
    if not isinstance(meta, dict):
        meta = {}
    return [
        Document(
            id=path.name,
            path=str(path),
            text=text[match.end() :],
            title=_str(meta.get("title")),
            language=_str(meta.get("language")),
            published=parse_date(meta.get("published", meta.get("date"))),
            url=_str(meta.get("url") or meta.get("source")),
        )
    ]


def _str(value: Any) -> str | None:
    return str(value) if value is not None else None


_META_DATE = re.compile(
    r"<meta[^>]+(?:property|name)=[\"'](?:article:published_time|date|pubdate|publish-date)[\"'][^>]*"
    r"content=[\"']([^\"']+)[\"']|<time[^>]+datetime=[\"']([^\"']+)[\"']",
    re.IGNORECASE,
)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def read_html(path: Path) -> list[Document]:
    html = _text_file(path)
    import trafilatura  # the main-text extractor is heavy; load it only for HTML input

    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True
    )
    if not text:
        raise ReadError("skipped, no article text found in the HTML")
    dates = [parse_date(a or b) for a, b in _META_DATE.findall(html)]
    title = _TITLE.search(html)
    return [
        Document(
            id=path.name,
            path=str(path),
            text=text,
            title=" ".join(title.group(1).split()) if title else None,
            published=next((d for d in dates if d is not None), None),
        )
    ]


def _record(path: Path, record: Any, fallback_id: str) -> Document:
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise ReadError(f"skipped record {fallback_id}: needs a 'text' string")
    record_id = str(record.get("id") or fallback_id)
    return Document(
        id=f"{path.name}#{record_id}",
        path=str(path),
        text=record["text"],
        title=_str(record.get("title")),
        language=_str(record.get("language")),
        published=parse_date(record.get("published") or record.get("date")),
        url=_str(record.get("url")),
    )


def read_json(path: Path) -> list[Document]:
    try:
        data = json.loads(_text_file(path))
    except json.JSONDecodeError as exc:
        raise ReadError(f"skipped, invalid JSON at line {exc.lineno}") from exc
    records = data if isinstance(data, list) else [data]
    return [_record(path, r, str(n)) for n, r in enumerate(records, start=1)]


def read_jsonl(path: Path) -> list[Document]:
    documents = []
    bad = []
    for number, line in enumerate(_text_file(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            documents.append(_record(path, json.loads(line), str(number)))
        except (json.JSONDecodeError, ReadError):
            bad.append(number)
    if bad and not documents:
        raise ReadError(f"skipped, no valid record (bad lines: {_lines(bad)})")
    if bad:
        # The good records are kept; the bad lines are still reported.
        raise _PartialRead(documents, f"bad lines {_lines(bad)} skipped")
    return documents


class _PartialRead(ReadError):
    def __init__(self, documents: list[Document], message: str) -> None:
        super().__init__(message)
        self.documents = documents


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10])
    return shown + (f" and {len(numbers) - 10} more" if len(numbers) > 10 else "")


READERS: dict[str, Callable[[Path], list[Document]]] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
}
