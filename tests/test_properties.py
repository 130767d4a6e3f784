"""Property tests: any text, any number, any mutation of a fixture article is read without an
exception, and every claim points at itself.

`make test` runs the `default` profile (a few seconds); `make fuzz` the `fuzz` profile
(HYPOTHESIS_PROFILE=fuzz, thousands of examples per property).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from factcheck import ingest, lexicon
from factcheck.extract import extract_source, own_anchor
from factcheck.extract.number_words import find_word_numbers
from factcheck.extract.numbers import find_digit_numbers, parse_digits
from factcheck.pipeline import ScanError, ScanOptions, run
from factcheck.records import Document, Source
from factcheck.render import json_report
from factcheck.text import NormalText, sentences, words

settings.register_profile(
    "default",
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "fuzz",
    max_examples=3000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

SCHEMA = json.loads(
    (Path(__file__).parent.parent / "src/factcheck/schema/report.schema.json").read_text()
)
LANGUAGES = sorted(lexicon.available_languages())
ANCHOR = dt.date(2025, 5, 14)

# Pieces news text is made of, and pieces that break naive code.
_WORDS = [
    "$",
    "US$",
    "€",
    "¥",
    "£",
    "Rp",
    "Rp.",
    "IDR",
    "円",
    "ドル",
    "元",
    "dollars",
    "euros",
    "million",
    "billion",
    "bn",
    "m",
    "k",
    "miliar",
    "juta",
    "triliun",
    "milliards",
    "Mrd.",
    "Milliarden",
    "millones",
    "bilhões",
    "億",
    "万",
    "兆",
    "千",
    "百",
    "三百五十",
    "十",
    "%",
    "persen",
    "pour cent",
    "Prozent",
    "por ciento",
    "パーセント",
    "about",
    "at least",
    "up to",
    "sekitar",
    "environ",
    "mehr als",
    "以上",
    "約",
    "a year",
    "per tahun",
    "par an",
    "pro Jahr",
    "年間",
    "to",
    "and",
    "between",
    "-",
    "–",
    "January",
    "Februar",
    "mars",
    "Mei",
    "mayo",
    "junho",
    "5月",
    "2025年",
    "3日",
    "(29/1)",
    "Monday",
    "Senin",
    "lundi",
    "Montag",
    "last month",
    "bulan lalu",
    "hier",
    "letzte Woche",
    "Prime Minister",
    "Presiden",
    "le PDG d'OpenAI",
    "CEO",
    "首相",
    "社长",
    "Menteri",
    "Sam Altman",
    "Shigeru Ishiba",
    "石破茂",
    "OpenAI",
    "Jakarta",
    "U.S.",
    "Corp.",
    "km",
    "MW",
    "tons",
    "orang",
    "人",
    "people",
    "jiwa",
    "magnitude",
    "M7.6",
    "https://example.com/1,000%2C3",
    "www.a.b/$5bn",
]
_ODD = [
    "\u0301",
    "\u0308",
    "\u200b",
    "\u200c",
    "\u200d",
    "\ufeff",
    "\u200e",
    "\u200f",
    "\u202e",
    "\u2066",
    "\u00a0",
    "\u202f",
    "\u3000",
    "\u2028",
    "\n",
    "\r\n",
    "\t",
    "\x00",
    "\x1b[31m",
    "[bold]",
    "[/]",
    "０",
    "１２３",
    "٣",
    "۴",
    "१",
    "½",
    "²",
    "Ⅻ",
    "🙂",
    "👨‍👩‍👧",
    "🇯🇵",
    "ﬁ",
    "ß",
    "İ",
    "Σ",
    "\ud800",
    "\udfff",
    "\U0010ffff",
    ".",
    "..",
    "...",
    ",",
    ";",
    ":",
    "'",
    '"',
    "(",
    ")",
    "。",
    "、",
    "！",
    "?",
    " ",
]
_SEPARATORS = [",", ".", " ", "\u00a0", "\u202f", "'", "’", ",", ".", "", "-", "/"]

numbers = st.builds(
    lambda groups, seps: "".join(g + s for g, s in zip(groups, seps, strict=False)) + groups[-1],
    st.lists(st.from_regex(r"\A[0-9０-９]{1,4}\Z"), min_size=1, max_size=8),
    st.lists(st.sampled_from(_SEPARATORS), min_size=8, max_size=8),
)
pieces = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_ODD),
    numbers,
    st.text(max_size=6),
    st.integers(-(10**30), 10**30).map(str),
    st.integers(0, 10**450).map(str),  # beyond a float's range
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)
texts = st.lists(
    st.tuples(pieces, st.sampled_from([" ", "", " ", "\n", ". ", ", "])), max_size=40
).map(lambda parts: "".join(p + s for p, s in parts))


@cache
def _fixture_texts() -> tuple[str, ...]:
    out = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in (".txt", ".md"):
            out.append(path.read_text(encoding="utf-8")[:3000])
    return tuple(out)


@st.composite
def mutated_articles(draw: st.DrawFn) -> str:
    """A fixture article with characters deleted, doubled, replaced and inserted."""
    text = draw(st.sampled_from(_fixture_texts()))
    for _ in range(draw(st.integers(1, 12))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["delete", "insert", "double", "cut"]))
        if action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 20)) :]
        elif action == "insert":
            text = text[:at] + draw(pieces) + text[at:]
        elif action == "double":
            text = text[:at] + text[at : at + 30] * draw(st.integers(2, 5)) + text[at:]
        else:
            text = text[:at]
    return text


def _finite(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(_finite(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return all(_finite(v) for v in value)
    return True


def _check_source(document: Document, source: Source) -> None:
    text = document.text
    for claim in source.claims:
        start, end = claim.span
        assert 0 <= start <= end <= len(text), (claim.span, len(text))
        assert text[start:end] == claim.text
        assert claim.sentence in text
        value = json_report.value_dict(claim.value)
        assert _finite(value), value
        for field in ("amount", "low", "high"):
            if field in value:
                assert value[field] is None or math.isfinite(value[field]), value
        number = getattr(claim.value, "number", None)
        if number is not None:
            assert math.isfinite(number.amount) and math.isfinite(number.low), number
            assert math.isfinite(number.high), number
    for warning in source.warnings:
        if warning.span is not None:
            assert 0 <= warning.span[0] <= warning.span[1] <= len(text)


def _extract(text: str, code: str, anchor: dt.date | None) -> None:
    document = Document(id="doc.txt", path="doc.txt", text=text)
    lex = lexicon.load(code)
    own, inferred = own_anchor(document, lex)
    source = extract_source(document, lex, own or anchor, inferred, own or anchor)
    _check_source(document, source)


@given(texts, st.sampled_from(LANGUAGES), st.sampled_from([None, ANCHOR]))
def test_extraction_on_arbitrary_text(text: str, code: str, anchor: dt.date | None) -> None:
    _extract(text, code, anchor)


@given(st.text(max_size=300), st.sampled_from(LANGUAGES))
def test_extraction_on_any_unicode(text: str, code: str) -> None:
    _extract(text, code, ANCHOR)


@given(mutated_articles(), st.sampled_from(LANGUAGES))
def test_extraction_on_mutated_fixture_articles(text: str, code: str) -> None:
    _extract(text, code, ANCHOR)


@given(numbers, st.sampled_from(LANGUAGES))
def test_numbers_parse_to_finite_values(raw: str, code: str) -> None:
    lex = lexicon.load(code)
    normal = NormalText.of(raw).text
    for mention in find_digit_numbers(normal, lex, frozenset()) + find_word_numbers(normal, lex):
        assert 0 <= mention.start <= mention.end <= len(normal)
        assert math.isfinite(mention.value)
    for match in re.finditer(r"-?\d+(?:[.,\u00a0\u202f ]\d+)*", normal):
        parsed = parse_digits(match.group(), lex)
        assert parsed is None or parsed[2] <= len(match.group())


@given(st.text(max_size=400))
def test_text_helpers(text: str) -> None:
    normal = NormalText.of(text)
    assert len(normal.origin) == len(normal.text)
    assert all(0 <= i < len(text) for i in normal.origin)
    assert list(normal.origin) == sorted(normal.origin)
    for start in range(0, len(normal.text) + 1, 7):
        low, high = normal.span(start, min(len(normal.text), start + 5))
        assert 0 <= low <= high <= len(text)
    previous_end = 0
    for sentence in sentences(normal.text):
        assert previous_end <= sentence.start < sentence.end <= len(normal.text)
        assert normal.text[sentence.start : sentence.end] == sentence.text
        previous_end = sentence.end
    for word in words(normal.text):
        assert word.group()


@given(
    st.lists(st.one_of(texts, mutated_articles()), min_size=1, max_size=3),
    st.sampled_from(["txt", "md", "json", "jsonl", "html"]),
)
@settings(max_examples=int(os.environ.get("FUZZ_PIPELINE_EXAMPLES", "8")))
def test_whole_pipeline_gives_valid_json(bodies: list[str], suffix: str) -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        for n, body in enumerate(bodies):
            _write(folder / f"doc{n}.{suffix}", body, suffix)
        try:
            report = run([temp], ScanOptions(jobs=1, as_of=ANCHOR))
        except ScanError:
            return  # nothing readable: the command line exits 2
        documents = {s.document.id: s.document for s in report.sources}
        for source in report.sources:
            _check_source(documents[source.document.id], source)
        rendered = json_report.render(report)
        rendered.encode("utf-8")  # printable
        parsed = json.loads(rendered)
        jsonschema.validate(parsed, SCHEMA)
        assert all(ord(c) >= 0x20 or c in "\n " for c in rendered)  # controls are escaped


def _write(path: Path, body: str, suffix: str) -> None:
    safe = ingest.clean_text(body)
    if suffix == "json":
        path.write_text(json.dumps({"text": body, "title": body[:20]}), encoding="utf-8")
    elif suffix == "jsonl":
        lines = [json.dumps({"id": n, "text": line}) for n, line in enumerate(body.split("\n"))]
        path.write_text("\n".join([*lines, "{broken"]), encoding="utf-8")
    elif suffix == "html":
        path.write_text(f"<html><title>{safe[:30]}</title><p>{safe}</p>", encoding="utf-8")
    elif suffix == "md":
        path.write_text(f"---\ntitle: {json.dumps(safe[:30])}\n---\n{safe}", encoding="utf-8")
    else:
        path.write_bytes(safe.encode("utf-8"))


@given(st.binary(max_size=2000))
def test_decode_never_crashes(data: bytes) -> None:
    try:
        text = ingest.decode(data)
    except ingest.ReadError:
        return
    text.encode("utf-8")


@given(st.text(max_size=200))
def test_shown_names_are_printable_and_single_line(name: str) -> None:
    out = ingest.shown(name)
    assert out.isprintable()
    out.encode("utf-8")


_HOSTILE = "[bold red]Alert[/] The \u202ebridge \x1b[2J\x07cost $1.2 billion [link=x]here[/link]."


def _hostile_report() -> Any:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        (folder / "a[red]\x1b.txt").write_text(_HOSTILE, encoding="utf-8")
        (folder / "b.txt").write_text("The bridge cost $1.5 billion [blink].", encoding="utf-8")
        return run([temp], ScanOptions(jobs=1))


def test_json_output_escapes_control_characters() -> None:
    rendered = json_report.render(_hostile_report())
    assert "\x1b" not in rendered and "\x07" not in rendered
    parsed = json.loads(rendered)
    assert any("\x1b[2J" in c["sentence"] for c in parsed["claims"])  # kept, escaped
    assert {s["id"] for s in parsed["sources"]} == {"a[red]\\x1b.txt", "b.txt"}


def test_terminal_output_has_no_raw_control_characters() -> None:
    import io

    from rich.console import Console

    from factcheck.render import terminal

    buffer = io.StringIO()
    console = Console(file=buffer, width=100, force_terminal=True, color_system="standard")
    terminal.render(_hostile_report(), console)
    out = buffer.getvalue()
    assert "[blink]" in out  # shown as text, not taken as markup
    without_colour = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "\x1b" not in without_colour and "\x07" not in without_colour


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # NaN and infinities go to the standard library
    | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=8), inner, max_size=4)
        | st.dictionaries(st.integers(), inner, max_size=2)
    ),  # keys json.dumps turns into text
    max_leaves=30,
)


@given(json_values)
def test_report_json_is_json_dumps_indented(value: Any) -> None:
    expected = json.dumps(value, ensure_ascii=False, indent=2)
    assert json_report.dumps(value) == expected
