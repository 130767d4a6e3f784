"""Documents from files, folders and stdin: one reader per format, chosen by file suffix."""

from __future__ import annotations

import codecs
import contextlib
import contextvars
import datetime as dt
import errno
import json
import os
import re
import signal
import stat
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.records import Document

STDIN = "-"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
"""Files larger than this are refused unread (`--max-bytes` raises the limit)."""
_BINARY_SAMPLE = 65536
_BINARY_SHARE = 0.1
"""A file whose first 64 KB are more than 10% control bytes is binary, not text."""
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")


class ReadError(Exception):
    """A file that cannot be read as a document; the message names the reason."""


@dataclass(frozen=True)
class Reading:
    documents: tuple[Document, ...]
    skipped: tuple[str, ...]
    """One line per input that was not read, naming it and why."""


def shown(name: str) -> str:
    """A file name or path as it may be printed: control, format and invisible characters,
    backslashes and undecodable bytes (`\\udcff` from the file system) as escapes, so that a
    name can never move the cursor, hide itself or break a line.

    >>> shown("a b\\nc\\u202e.txt")
    'a b\\\\nc\\\\u202e.txt'
    >>> shown("caf\\udce9.txt")
    'caf\\\\xe9.txt'
    """
    if name.isprintable() and "\\" not in name:
        return name
    out = []
    for char in name:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif char == "\\":
            out.append("\\\\")
        elif char.isprintable():
            out.append(char)
        else:
            out.append(char.encode("unicode_escape", "backslashreplace").decode("ascii"))
    return "".join(out)


def clean_text(text: str) -> str:
    """Lone surrogates (from JSON `\\ud800` escapes) become U+FFFD: they cannot be written as
    UTF-8, so a report quoting them could not be printed."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def too_large(size: int, max_bytes: int) -> str:
    return (
        f"skipped, {_size(size)} is over the {_size(max_bytes)} limit (raise it with --max-bytes)"
    )


def _size(count: int) -> str:
    if count < 1024:
        return f"{count} bytes"
    if count < 1024 * 1024:
        return f"{count / 1024:.1f} KB"
    return f"{count / (1024 * 1024):.1f} MB"


def read_paths(
    paths: Sequence[str],
    stdin_text: str | bytes | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Reading:
    """Every document in `paths`, and one note per input that was not read.

    `stdin_text` is what `-` reads: text, or bytes to decode like a file (read at most
    `max_bytes + 1` of them, so that an over-large input is recognised)."""
    documents: list[Document] = []
    skipped: list[str] = []
    limit = _LIMIT.set(max_bytes)
    try:
        _read_all(paths, stdin_text, max_bytes, documents, skipped)
    finally:
        _LIMIT.reset(limit)
    return Reading(tuple(documents), tuple(skipped))


def _read_all(
    paths: Sequence[str],
    stdin_text: str | bytes | None,
    max_bytes: int,
    documents: list[Document],
    skipped: list[str],
) -> None:
    for path in _expand(paths, skipped):
        if path == STDIN:
            try:
                documents.append(_stdin_document(stdin_text, max_bytes))
            except ReadError as exc:
                skipped.append(f"stdin: {exc}")
            continue
        _read_one(path, max_bytes, documents, skipped)


def read_file(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Reading:
    """The documents of one file that `read_paths` would yield for it, without walking or
    checking the path again: for a file already listed by `read_paths`' walk (`pipeline`)."""
    documents: list[Document] = []
    skipped: list[str] = []
    limit = _LIMIT.set(max_bytes)
    try:
        _read_one(path, max_bytes, documents, skipped)
    finally:
        _LIMIT.reset(limit)
    return Reading(tuple(documents), tuple(skipped))


def _read_one(path: str, max_bytes: int, documents: list[Document], skipped: list[str]) -> None:
    reader = READERS.get(Path(path).suffix.lower())
    if reader is None:
        skipped.append(f"{shown(path)}: skipped, not a supported format")
        return
    try:
        _check_size(path, max_bytes)
        documents.extend(reader(Path(path)))
    except _PartialRead as exc:
        documents.extend(exc.documents)
        skipped.append(f"{shown(path)}: {exc}")
    except ReadError as exc:
        skipped.append(f"{shown(path)}: {exc}")
    except OSError as exc:
        skipped.append(f"{shown(path)}: skipped, {_os_reason(exc)}")
    except RecursionError:
        skipped.append(f"{shown(path)}: skipped, nested too deeply to parse")


def _stdin_document(data: str | bytes | None, max_bytes: int) -> Document:
    if isinstance(data, bytes):
        if len(data) > max_bytes:
            raise ReadError(too_large(len(data), max_bytes))
        text = decode(data)
    else:
        text = clean_text(data or "")
    return Document(id="stdin", path=STDIN, text=text)


def _check_size(path: str, max_bytes: int) -> None:
    """Refuse an over-large file before reading it, and anything that is not a regular file
    (a FIFO or device would block or never end)."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise ReadError("skipped, not a regular file")
    if info.st_size > max_bytes:
        raise ReadError(too_large(info.st_size, max_bytes))


_LIMIT: contextvars.ContextVar[int] = contextvars.ContextVar("max_bytes", default=DEFAULT_MAX_BYTES)


def _read_bytes(path: Path) -> bytes:
    """At most the limit: a file that grew since it was measured is still refused."""
    max_bytes = _LIMIT.get()
    with path.open("rb") as stream:
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ReadError(too_large(len(data), max_bytes))
    return data


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.EACCES or isinstance(exc, PermissionError):
        return "permission denied"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "no such file (removed, or a broken symbolic link)"
    if exc.errno == errno.EISDIR:
        return "is a folder"
    return f"cannot read ({(exc.strerror or str(exc)).lower()})"


def _expand(paths: Sequence[str], skipped: list[str]) -> Iterator[str]:
    """Files as given, folders walked recursively in sorted order; hidden entries are left out.

    A note is appended to `skipped` for each input that will not be read, before the next
    path is yielded. Symbolic links to files are read; links to folders inside a walk are not
    followed (no loops, no scanning outside the folder given); a file reached twice is read
    once."""
    seen: set[str] = set()
    for path in paths:
        if path == STDIN:
            yield path
            continue
        problem = _path_problem(path)
        if problem is not None:
            skipped.append(f"{shown(path)}: {problem}")
        elif os.path.isdir(path):
            for found in _walk(path, skipped):
                if _first_time(found, seen, skipped):
                    yield found
        elif _first_time(path, seen, skipped):
            yield path


def _path_problem(path: str) -> str | None:
    try:
        os.stat(path)
    except OSError as exc:
        if os.path.islink(path):
            if exc.errno == errno.ELOOP:
                return "skipped, symbolic link loop"
            return "skipped, broken symbolic link"
        if exc.errno == errno.ENOENT:
            return "no such file or folder"
        return f"skipped, {_os_reason(exc)}"
    except ValueError:  # an embedded NUL
        return "skipped, not a valid path"
    return None


def _first_time(path: str, seen: set[str], skipped: list[str]) -> bool:
    real = os.path.realpath(path)
    if real in seen:
        skipped.append(f"{shown(path)}: skipped, the same file was already read")
        return False
    seen.add(real)
    return True


def _walk(folder: str, skipped: list[str]) -> Iterator[str]:
    def unreadable(exc: OSError) -> None:
        name = exc.filename if isinstance(exc.filename, str) else folder
        skipped.append(f"{shown(name)}: skipped folder, {_os_reason(exc)}")

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        visible = sorted(d for d in dirs if not d.startswith("."))
        dirs[:] = []
        for name in visible:
            full = os.path.join(root, name)
            if os.path.islink(full):
                skipped.append(f"{shown(full)}: skipped, link to a folder (not followed)")
            else:
                dirs.append(name)
        for name in sorted(files):
            if name.startswith("."):
                continue
            full = os.path.join(root, name)
            problem = _path_problem(full) if os.path.islink(full) else None
            if problem is not None:
                skipped.append(f"{shown(full)}: {problem}")
            else:
                yield full


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is detected. Empty and
    binary data are refused."""
    if not data.strip():
        raise ReadError("skipped, empty file")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            text = clean_text(data.decode(encoding, errors="replace"))
            if not text.strip():
                raise ReadError("skipped, empty file")
            return text
    if b"\x00" in data or _mostly_control(data[:_BINARY_SAMPLE]):
        raise ReadError("skipped, binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    western = _western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes  # detection only when UTF-8 failed

    best = from_bytes(data).best()
    if best is None:
        raise ReadError("skipped, unknown text encoding")
    return clean_text(str(best))


_ACCENTED = re.compile(r"[\u00c0-\u00ff]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{3,}")


def _western(data: bytes) -> str | None:
    """Latin-1 / Windows-1252 text, which detection takes for Baltic or Hungarian code pages
    when the text is short: accepted when nearly every non-ASCII character is an accented
    letter standing between ASCII ones (`coût`, `Brücke`), as legacy CJK encodings never are."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    foreign = sum(1 for c in text if ord(c) > 0x7F)
    accented = len(_ACCENTED.findall(text))
    clustered = sum(len(m.group()) for m in _NON_ASCII_RUN.finditer(text))
    if foreign and accented >= 0.9 * foreign and clustered <= 0.1 * foreign:
        return text
    return None


_CONTROLS = bytes(b for b in range(0x20) if b not in _TEXT_CONTROLS)


def _mostly_control(sample: bytes) -> bool:
    controls = len(sample) - len(sample.translate(None, _CONTROLS))  # counted in C
    return controls > _BINARY_SHARE * len(sample)


def _text_file(path: Path) -> str:
    return decode(_read_bytes(path))


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
    return [Document(id=shown(path.name), path=shown(str(path)), text=_text_file(path))]


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def read_markdown(path: Path) -> list[Document]:
    text = _text_file(path)
    match = _FRONT_MATTER.match(text)
    if match is None:
        return [Document(id=shown(path.name), path=shown(str(path)), text=text)]
    import yaml  # only for front matter: importing it cost a sixth of the reader's start-up

    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except (yaml.YAMLError, ValueError) as exc:
        raise ReadError(f"skipped, malformed front matter ({type(exc).__name__})") from exc
    if not isinstance(meta, dict):
        meta = {}
    return [
        Document(
            id=shown(path.name),
            path=shown(str(path)),
            text=text[match.end() :],
            title=_str(meta.get("title")),
            language=_str(meta.get("language")),
            published=parse_date(meta.get("published", meta.get("date"))),
            url=_str(meta.get("url") or meta.get("source")),
        )
    ]


def _str(value: Any) -> str | None:
    """A metadata value as text; lists and tables (which YAML aliases can make enormous when
    printed) are not metadata."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, (int, float, dt.date)) and not isinstance(value, bool):
        return str(value)
    return None


# Tags are read one at a time and their attributes separately: a single pattern over a
# whole tag backtracks quadratically on an unclosed `<meta name="date" name="date" ...`.
_DATE_TAG = re.compile(r"<(meta|time)\b([^<>]*)", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"([\w:-]+)\s*=\s*(?:\"([^\"<>]*)\"|'([^'<>]*)')")
_DATE_NAMES = frozenset({"article:published_time", "date", "pubdate", "publish-date"})
_TITLE_OPEN = re.compile(r"<title\b[^<>]*>", re.IGNORECASE)
_TITLE_CLOSE = re.compile(r"</title>", re.IGNORECASE)


def _html_dates(html: str) -> list[str]:
    """`<meta property="article:published_time" content=...>` and `<time datetime=...>`."""
    out = []
    for tag in _DATE_TAG.finditer(html):
        attributes = {
            m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
            for m in _ATTRIBUTE.finditer(tag.group(2))
        }
        if tag.group(1).lower() == "time":
            value = attributes.get("datetime")
        elif (attributes.get("property") or attributes.get("name") or "") in _DATE_NAMES:
            value = attributes.get("content")
        else:
            value = None
        if value:
            out.append(value)
    return out


def _html_title(html: str) -> str | None:
    opened = _TITLE_OPEN.search(html)
    if opened is None:
        return None
    closed = _TITLE_CLOSE.search(html, opened.end())
    if closed is None:
        return None
    return " ".join(html[opened.end() : closed.start()].split())


def read_html(path: Path) -> list[Document]:
    html = _text_file(path)
    import trafilatura  # the main-text extractor is heavy; load it only for HTML input

    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True
    )
    if not text:
        raise ReadError("skipped, no article text found in the HTML")
    dates = [parse_date(value) for value in _html_dates(html)]
    return [
        Document(
            id=shown(path.name),
            path=shown(str(path)),
            text=clean_text(text),
            title=_html_title(html),
            published=next((d for d in dates if d is not None), None),
        )
    ]


# Wire feeds and CMS exports name a record's fields in their own ways (`headline`/`body`/
# `date`, `content`, `lang`): each field is read from the first of its names the record has.
_RECORD_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article"),
    "title": ("title", "headline"),
    "language": ("language", "lang"),
    "published": ("published", "date", "published_at", "datetime"),
    "url": ("url", "link"),
}


def _field(record: dict[str, Any], field: str) -> Any:
    return next((record[name] for name in _RECORD_FIELDS[field] if record.get(name)), None)


def _record(path: Path, record: Any, fallback_id: str) -> Document:
    text = _field(record, "text") if isinstance(record, dict) else None
    if not isinstance(text, str):
        raise ReadError(f"skipped record {fallback_id}: needs a 'text' string")
    record_id = shown(_str(record.get("id")) or fallback_id)
    return Document(
        id=f"{shown(path.name)}#{record_id}",
        path=shown(str(path)),
        text=clean_text(text),
        title=_str(_field(record, "title")),
        language=_str(_field(record, "language")),
        published=parse_date(_field(record, "published")),
        url=_str(_field(record, "url")),
    )


def read_json(path: Path) -> list[Document]:
    try:
        data = json.loads(_text_file(path))
    except json.JSONDecodeError as exc:
        raise ReadError(f"skipped, invalid JSON at line {exc.lineno}") from exc
    except (ValueError, RecursionError) as exc:  # a 5,000-digit number, `[[[[...]]]]`
        raise ReadError(f"skipped, JSON this program cannot read ({_first_line(exc)})") from exc
    records = data if isinstance(data, list) else [data]
    if not records:
        raise ReadError("skipped, no records (an empty array)")
    documents, bad = [], []
    for number, record in enumerate(records, start=1):
        try:
            documents.append(_record(path, record, str(number)))
        except ReadError:
            bad.append(number)
    if bad and not documents:
        raise ReadError(
            f"skipped, wrong shape: needs an object or an array of objects with a 'text' "
            f"string (bad records: {_lines(bad)})"
        )
    if bad:
        raise _PartialRead(documents, f"records {_lines(bad)} skipped: no 'text' string")
    return documents


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:80] if str(exc) else type(exc).__name__


def read_jsonl(path: Path) -> list[Document]:
    documents = []
    bad = []
    # Split on newlines only: a JSON string may hold U+2028, which splitlines() breaks at.
    for number, line in enumerate(_text_file(path).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            documents.append(_record(path, json.loads(line), str(number)))
        except (ValueError, RecursionError, ReadError):
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


# Output and interruption: what the command line needs to never lose or half-write data. ---


class Interrupted(Exception):
    """The run was stopped by a signal; `status` is the exit status to use (143 for SIGTERM)."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"interrupted by {signal.Signals(signum).name}")
        self.status = 128 + signum


def _interrupted(signum: int, frame: object) -> None:
    raise Interrupted(signum)


def handle_termination() -> None:
    """Turn SIGINT (Ctrl-C), SIGTERM and SIGHUP into `Interrupted` (exit 130, 143, 129), so
    that `finally` blocks run and no half-written report is left behind. SIGINT is included
    because click turns a `KeyboardInterrupt` into "Aborted!" and exit 1."""
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _interrupted)


def summary_line(documents: int, skipped: Sequence[str]) -> str | None:
    """`read 12 documents, skipped 3 inputs (see above)`; None when nothing was skipped."""
    if not skipped:
        return None
    read = f"read {documents} document{'s' if documents != 1 else ''}"
    return f"{read}, skipped {len(skipped)} input{'s' if len(skipped) != 1 else ''} (see above)"


def output_problem(output: str | os.PathLike[str], inputs: Sequence[str]) -> str | None:
    """Why the report may not be written to `output`, or None: it would overwrite an input
    document, or land inside a folder being scanned (the next scan would read it)."""
    target = os.path.realpath(output)
    for given in inputs:
        if given == STDIN:
            continue
        real = os.path.realpath(given)
        if real == target:
            return f"refusing to overwrite input document {shown(str(output))}"
        if os.path.isdir(real) and target.startswith(real.rstrip(os.sep) + os.sep):
            return (
                f"refusing to write {shown(str(output))} inside the scanned folder {shown(given)}"
            )
    if os.path.isdir(target):
        return f"{shown(str(output))} is a folder"
    return None


def write_atomically(output: str | os.PathLike[str], text: str) -> None:
    """Write `text` to `output` through a hidden temporary file in the same folder and an
    atomic rename: readers see the old file or the whole new one, never a part. Whatever
    stops the write (an error, Ctrl-C, `Interrupted`) removes the temporary file."""
    target = os.path.realpath(output)
    handle, temp = tempfile.mkstemp(
        prefix=".factcheck-", suffix=".tmp", dir=os.path.dirname(target)
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
