"""Bad files: each is named on one line with its reason, and the rest is read."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factcheck import ingest
from factcheck.ingest import output_problem, read_paths, shown, summary_line, write_atomically

GOOD = "The bridge cost $1.2 billion, officials said on Monday."


def _one_line_each(notes: tuple[str, ...]) -> None:
    for note in notes:
        assert "\n" not in note and "\r" not in note
        assert note.isprintable(), note


def _read(*paths: Path | str, **kwargs: int) -> ingest.Reading:
    reading = read_paths([str(p) for p in paths], **kwargs)  # type: ignore[arg-type]
    _one_line_each(reading.skipped)
    return reading


def test_good_file_is_read_and_bad_ones_are_named(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_bytes(b"  \n\t\n")
    (tmp_path / "nul.txt").write_bytes(b"The plant\x00cost $2 billion")
    (tmp_path / "noise.txt").write_bytes(bytes(range(1, 32)) * 100)
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    reading = _read(tmp_path)
    assert [d.id for d in reading.documents] == ["good.txt"]
    notes = sorted(reading.skipped)
    assert len(notes) == 5  # one note per skipped file
    by_name = {n.split(":")[0].rsplit("/", 1)[-1]: n for n in notes}
    assert "empty file" in by_name["empty.txt"] and "empty file" in by_name["blank.md"]
    assert "binary" in by_name["nul.txt"] and "binary" in by_name["noise.txt"]
    assert "not a supported format" in by_name["picture.png"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Coût : 3 milliards d'€, à Genève".encode("utf-16"), "Genève"),
        ("Coût : 3 milliards d'€, à Genève".encode("utf-16-be"), None),  # no BOM: refused
        (b"\xef\xbb\xbfThe plant cost $2 billion.", "The plant"),
        ("Le coût a été estimé à 3 milliards, selon la société générale.".encode("latin-1"), "été"),
        (b"The plant cost \xff\xfe\xfa $2 billion \xc3\x28 in 2024.", None),
    ],
)
def test_encodings(tmp_path: Path, data: bytes, expected: str | None) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    reading = _read(path)
    if expected is None:  # read as something, or skipped with a reason: never a crash
        assert len(reading.documents) + len(reading.skipped) == 1
    else:
        assert expected in reading.documents[0].text
    for document in reading.documents:
        document.text.encode("utf-8")  # printable as UTF-8: no lone surrogates


def test_file_over_the_limit_is_refused_naming_the_option(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(GOOD * 100, encoding="utf-8")
    reading = _read(path, max_bytes=1000)
    assert not reading.documents
    assert "--max-bytes" in reading.skipped[0] and "long.txt" in reading.skipped[0]
    assert _read(path, max_bytes=100_000).documents


def test_200_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:  # sparse: costs no disk
        stream.truncate(200 * 1024 * 1024)
    began = time.perf_counter()
    reading = _read(path)
    assert time.perf_counter() - began < 1.0
    assert not reading.documents
    assert "200.0 MB" in reading.skipped[0] and "--max-bytes" in reading.skipped[0]


def test_stdin_bytes_are_decoded_and_limited() -> None:
    reading = read_paths(["-"], "Le coût : 3 milliards.".encode("utf-16"))
    assert reading.documents[0].text == "Le coût : 3 milliards."
    refused = read_paths(["-"], b"x" * 101, max_bytes=100)
    assert not refused.documents and "--max-bytes" in refused.skipped[0]
    assert read_paths(["-"], "lone \ud800 surrogate").documents[0].text == "lone \ufffd surrogate"


def test_jsonl_with_broken_lines_keeps_the_good_ones(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": GOOD}),
        "{broken",
        "",
        json.dumps({"title": "no text"}),
        json.dumps({"id": "b", "text": "It cost $3 billion \u2028 in 2024."}),  # U+2028 inside
        "[" * 100_000,
        "1" * 5000,
    ]
    path = tmp_path / "wires.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    reading = _read(path)
    assert [d.id for d in reading.documents] == ["wires.jsonl#a", "wires.jsonl#b"]
    assert reading.skipped == (f"{path}: bad lines 2, 4, 6, 7 skipped",)


def test_jsonl_reads_a_wire_feeds_own_field_names(tmp_path: Path) -> None:
    # Wire feeds name the fields `headline`, `body`, `date` and `lang`, not ours.
    record = {"id": "w1", "headline": "Floods", "body": GOOD, "date": "2026-05-12", "lang": "es"}
    path = tmp_path / "wires.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (document,) = _read(path).documents
    assert (document.id, document.title, document.text) == ("wires.jsonl#w1", "Floods", GOOD)
    assert (document.published, document.language) == (dt.date(2026, 5, 12), "es")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"title": "no text"}', "wrong shape"),
        ("[1, 2, 3]", "wrong shape"),
        ('"just a string"', "wrong shape"),
        ("[]", "no records"),
        ("{not json", "invalid JSON at line 1"),
        ("[" * 100_000 + "]" * 100_000, "cannot read"),
        ('{"text": ' + "9" * 5000 + "}", "cannot read"),
    ],
)
def test_json_of_the_wrong_shape(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "report.json"
    path.write_text(content, encoding="utf-8")
    reading = _read(path)
    assert not reading.documents
    assert reason in reading.skipped[0]


def test_json_array_with_some_bad_records(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    records = [{"text": GOOD}, {"text": 3}, {"id": {"nested": 1}, "text": "Lone \ud83d here."}]
    path.write_text(json.dumps(records), encoding="utf-8")
    reading = _read(path)
    assert [d.id for d in reading.documents] == ["feed.json#1", "feed.json#3"]
    assert reading.documents[1].text == "Lone \ufffd here."
    assert "records 2 skipped" in reading.skipped[0]


def test_yaml_aliases_cannot_blow_up_metadata(tmp_path: Path) -> None:
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    front = "\n".join(levels) + "\ntitle: *a8\nlanguage: [en]\n"
    path = tmp_path / "bomb.md"
    path.write_text(f"---\n{front}---\n{GOOD}\n", encoding="utf-8")
    began = time.perf_counter()
    document = _read(path).documents[0]
    assert time.perf_counter() - began < 2.0
    assert document.title is None and document.language is None


def test_malformed_and_enormous_html(tmp_path: Path) -> None:
    article = "<p>" + GOOD + " The second phase will add 300 MW by 2027.</p>"
    (tmp_path / "broken.html").write_text(
        f"<html><title>Unclosed <b>title<meta name='date' content='2025-02-03'><body>{article}"
        "<div><span></p></table>",
        encoding="utf-8",
    )
    (tmp_path / "metas.html").write_text('<meta name="date" ' * 20_000, encoding="utf-8")
    (tmp_path / "titles.htm").write_text("<title>" * 20_000, encoding="utf-8")
    began = time.perf_counter()
    reading = _read(tmp_path)
    assert time.perf_counter() - began < 20
    assert len(reading.documents) + len(reading.skipped) == 3
    assert any("no article text" in note for note in reading.skipped)


def test_html_date_and_title_are_still_read(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    body = "".join(f"<p>{GOOD} Paragraph {n} adds detail about the project.</p>" for n in range(5))
    path.write_text(
        "<html><head><title>  Bridge\n cost </title>"
        '<meta content="ignored" name="description">'
        '<meta property="article:published_time" content="2025-03-04T10:00:00Z">'
        f"</head><body><article>{body}</article></body></html>",
        encoding="utf-8",
    )
    document = _read(path).documents[0]
    assert document.title == "Bridge cost"
    assert str(document.published) == "2025-03-04"


def test_unreadable_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD, encoding="utf-8")
    real_open = Path.open

    def guarded(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", guarded)
    reading = _read(tmp_path)
    assert [d.id for d in reading.documents] == ["good.txt"]
    assert reading.skipped == (f"{secret}: skipped, permission denied",)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file_and_folder_for_real(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "secret.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    os.chmod(tmp_path / "secret.txt", 0)
    os.chmod(tmp_path / "locked", 0)
    try:
        reading = _read(tmp_path)
    finally:
        os.chmod(tmp_path / "locked", 0o700)
    assert [d.id for d in reading.documents] == ["good.txt"]
    assert len(reading.skipped) == 2
    assert all("permission denied" in note for note in reading.skipped)


def test_symbolic_links(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "ping.txt").symlink_to(folder / "pong.txt")
    (folder / "pong.txt").symlink_to(folder / "ping.txt")
    (folder / "again.txt").symlink_to(folder / "good.txt")
    (folder / "up").symlink_to(tmp_path, target_is_directory=True)  # a folder loop
    reading = _read(folder, folder / "dangling.txt")
    assert [d.id for d in reading.documents] == ["again.txt"]  # good.txt is the same file
    notes = "\n".join(reading.skipped)
    assert notes.count("broken symbolic link") == 2
    assert notes.count("symbolic link loop") == 3
    assert "link to a folder (not followed)" in notes
    assert "good.txt: skipped, the same file was already read" in notes
    assert len(reading.skipped) == 7


def test_fifo_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    reading = _read(tmp_path)  # would block forever if the FIFO were opened
    assert [d.id for d in reading.documents] == ["good.txt"]
    assert reading.skipped == (f"{tmp_path / 'pipe.txt'}: skipped, not a regular file",)


def test_strange_file_names_are_read_and_shown_escaped(tmp_path: Path) -> None:
    names = [b"with space.txt", b"new\nline.txt", b"caf\xe9.txt", b"rtl\xe2\x80\xaetxt.exe.txt"]
    for name in [*names, b"bad\x1b[31m.bin"]:
        with open(os.path.join(os.fsencode(tmp_path), name), "wb") as stream:
            stream.write(GOOD.encode())
    reading = _read(tmp_path)
    ids = sorted(d.id for d in reading.documents)
    assert ids == ["caf\\xe9.txt", "new\\nline.txt", "rtl\\u202etxt.exe.txt", "with space.txt"]
    for document in reading.documents:
        assert document.path.isprintable()
        json.dumps(document.id, ensure_ascii=False).encode("utf-8")
    assert reading.skipped[0].endswith("bad\\x1b[31m.bin: skipped, not a supported format")


def test_shown_escapes_everything_that_is_not_plainly_visible() -> None:
    assert shown("plain name.txt") == "plain name.txt"
    assert shown("a\tb\r\n\x00\x7f") == "a\\tb\\r\\n\\x00\\x7f"
    assert shown("zero\u200bwidth\u202eright") == "zero\\u200bwidth\\u202eright"
    assert shown("back\\slash") == "back\\\\slash"
    assert shown("日本語のファイル.txt") == "日本語のファイル.txt"


def test_many_small_files(tmp_path: Path) -> None:
    for n in range(5000):
        (tmp_path / f"{n:05d}.txt").write_text(f"Item {n} cost ${n} million.", encoding="utf-8")
    began = time.perf_counter()
    reading = _read(tmp_path)
    assert time.perf_counter() - began < 30
    assert len(reading.documents) == 5000 and not reading.skipped
    assert reading.documents[0].id == "00000.txt" and reading.documents[-1].id == "04999.txt"


def test_summary_line() -> None:
    assert summary_line(3, ()) is None
    assert summary_line(1, ("a: x", "b: y")) == "read 1 document, skipped 2 inputs (see above)"


def test_output_may_not_overwrite_an_input_or_land_in_a_scanned_folder(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    assert "overwrite input document" in (output_problem(article, [str(article)]) or "")
    assert "inside the scanned folder" in (output_problem(folder / "r.json", [str(folder)]) or "")
    assert "is a folder" in (output_problem(tmp_path, [str(article)]) or "")
    assert output_problem(tmp_path / "r.json", [str(folder), "-"]) is None


def test_atomic_write_replaces_whole_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    write_atomically(target, "new report\n")
    assert target.read_text(encoding="utf-8") == "new report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_interrupted_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")

    def stop(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", stop)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, "half")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


_DRIVER = """
import sys, time
from factcheck import ingest
ingest.handle_termination()
try:
    print("ready", flush=True)
    time.sleep(60)
except ingest.Interrupted as exc:
    print(f"factcheck: {exc}", file=sys.stderr)
    sys.exit(exc.status)
"""


@pytest.mark.parametrize(
    ("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["term", "int"]
)
def test_signals_become_exit_status_with_a_message(signum: int, status: int) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", _DRIVER], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    process.send_signal(signum)
    _, err = process.communicate(timeout=30)
    assert process.returncode == status
    assert err.strip() == f"factcheck: interrupted by {signal.Signals(signum).name}"
