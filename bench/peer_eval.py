"""Score factcheck's extraction on the public peer suite (../shared/peer, Microsoft
Recognizers-Text specifications), following the suite's README.

Usage: python bench/peer_eval.py [PEER_DIR] [--json]

For each case, the text goes through the same extraction a scan uses, in the case's language,
with its reference date as the document date. Only outputs of the case's kind count:
- number: the number recogniser under the claims (digits with separators and scale words,
  numbers written as words); a bare number is not a claim in a report, so this is the layer
  below claims;
- currency: money claims (amount in the written unit; ISO code compared when expected);
- percent: percent claims (percentage points);
- datetime: date claims that resolve to one calendar day.
An output matches an expectation when the values are equal (rel. 1e-9) and the spans overlap;
each expectation is used once. Languages without a lexicon are listed as unsupported.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.extract import extract_source
from factcheck.extract.number_words import find_word_numbers
from factcheck.extract.numbers import NumberMention, find_digit_numbers
from factcheck.lexicon import Lexicon, available_languages, load
from factcheck.records import Bound, DateValue, Document, Money, Percent
from factcheck.text import NormalText

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "peer" / "recognizers"


@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    value_errors: int = 0
    outputs: int = 0
    matched_outputs: int = 0
    negatives: int = 0
    negatives_flagged: int = 0
    misses: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Output:
    start: int
    end: int
    value: Any
    currency: str | None = None
    ends: tuple[float, ...] = ()
    """A range's two ends, each stated in the text: `5-20%` states 20%."""


def _numbers(text: str, lex: Lexicon) -> list[Output]:
    normal = NormalText.of(text)
    mentions: list[NumberMention] = find_digit_numbers(normal.text, lex, frozenset())
    mentions += find_word_numbers(normal.text, lex)
    return [Output(*normal.span(m.start, m.end), m.value) for m in mentions]


def _claims(text: str, lex: Lexicon, model: str, anchor: dt.date | None) -> list[Output]:
    source = extract_source(Document(id="case", path="case", text=text), lex, anchor, False, anchor)
    out = []
    for claim in source.claims:
        value = claim.value
        if model == "currency" and isinstance(value, Money):
            out.append(Output(*claim.span, value.number.amount, value.currency, _ends(value)))
        elif model == "percent" and isinstance(value, Percent):
            out.append(Output(*claim.span, value.number.amount, ends=_ends(value)))
        elif model == "datetime" and isinstance(value, DateValue) and value.day is not None:
            out.append(Output(*claim.span, value.iso()))
    return out


def _ends(value: Money | Percent) -> tuple[float, ...]:
    number = value.number
    return (number.low, number.high) if number.bound is Bound.RANGE else ()


def _same(want: float, got: float) -> bool:
    return got == 0 if want == 0 else math.isclose(want, got, rel_tol=1e-9)


def _equal(expected: dict[str, Any], output: Output) -> bool:
    want = expected["value"]
    if isinstance(want, str) or isinstance(output.value, str):
        return bool(want == output.value)
    same = any(_same(float(want), float(got)) for got in (output.value, *output.ends))
    code = expected.get("currency")
    return same and (code is None or code == output.currency)


def _overlaps(expected: dict[str, Any], output: Output) -> bool:
    return output.start < expected["end"] and expected["start"] < output.end


def score_case(case: dict[str, Any], tally: Tally) -> None:
    lex = load(case["language"])
    anchor = dt.date.fromisoformat(case["reference_date"][:10]) if case["reference_date"] else None
    model = case["model"]
    outputs = (
        _numbers(case["text"], lex)
        if model == "number"
        else _claims(case["text"], lex, model, anchor)
    )
    tally.outputs += len(outputs)
    if not case["expected"]:
        tally.negatives += 1
        tally.negatives_flagged += bool(outputs)
        return
    unused = list(outputs)
    for expected in case["expected"]:
        tally.expected += 1
        hit = next((o for o in unused if _overlaps(expected, o) and _equal(expected, o)), None)
        if hit is not None:
            unused.remove(hit)
            tally.found += 1
            tally.matched_outputs += 1
        elif any(_overlaps(expected, o) for o in outputs):
            tally.value_errors += 1
            tally.misses.append(f"{case['id']}: value {expected['text']!r} -> {expected['value']}")
        else:
            tally.misses.append(f"{case['id']}: missed {expected['text']!r}")


_NOT_NEWS = re.compile(r"[/^]|\d\s*[eE][+-]?\s*\d")


def news_number(expected: dict[str, Any]) -> bool:
    """A number a news claim would carry: digits with separators and scale words, or a whole
    number up to the thousands written as words; not fractions, powers or IP addresses."""
    text, value = expected["text"], expected["value"]
    if _NOT_NEWS.search(text) or text.count(".") > 1:
        return False
    if any(c.isdigit() for c in text):
        return True
    return isinstance(value, int) and 0 < value < 10_000


def _news_subset(case: dict[str, Any]) -> dict[str, Any] | None:
    kept = [e for e in case["expected"] if news_number(e)]
    return {**case, "expected": kept} if kept or not case["expected"] else None


def evaluate(folder: Path) -> dict[tuple[str, str], Tally | None]:
    supported = set(available_languages())
    results: dict[tuple[str, str], Tally | None] = {}
    for path in sorted(folder.glob("*.jsonl")):
        model, language = path.stem.rsplit("-", 1)
        if language not in supported:
            results[model, language] = None
            continue
        tally, news = Tally(), Tally()
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            score_case(case, tally)
            subset = _news_subset(case) if model == "number" else None
            if subset is not None:
                score_case(subset, news)
        results[model, language] = tally
        if model == "number":
            results["number (news)", language] = news
    return results


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.0f}%" if d else "-"


def table(results: dict[tuple[str, str], Tally | None]) -> str:
    rows = [
        "| model | lang | expected | found (recall) | value errors | outputs matched (precision) "
        "| negative cases with output |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    totals: dict[str, Tally] = defaultdict(Tally)
    for (model, language), tally in sorted(results.items()):
        if tally is None:
            rows.append(f"| {model} | {language} | unsupported (no lexicon) | | | | |")
            continue
        total = totals[model]
        for name in (
            "expected",
            "found",
            "value_errors",
            "outputs",
            "matched_outputs",
            "negatives",
            "negatives_flagged",
        ):
            setattr(total, name, getattr(total, name) + getattr(tally, name))
        rows.append(_row(model, language, tally))
    rows += [_row(model, "**all supported**", total) for model, total in sorted(totals.items())]
    return "\n".join(rows)


def _row(model: str, language: str, t: Tally) -> str:
    return (
        f"| {model} | {language} | {t.expected} | {t.found} ({_pct(t.found, t.expected)}) "
        f"| {t.value_errors} | {t.matched_outputs}/{t.outputs} "
        f"({_pct(t.matched_outputs, t.outputs)}) "
        f"| {t.negatives_flagged}/{t.negatives} ({_pct(t.negatives_flagged, t.negatives)}) |"
    )


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = Path(args[0]) if args else DEFAULT
    if not folder.is_dir():
        sys.exit(f"peer_eval: no peer suite at {folder}")
    results = evaluate(folder)
    if "--misses" in sys.argv:
        for key, tally in sorted(results.items()):
            for miss in tally.misses if tally else []:
                print(f"{key[0]}-{key[1]} {miss}")
        return
    print(f"Peer suite {folder} measured {dt.date.today().isoformat()}\n")
    print(table(results))


if __name__ == "__main__":
    main()
