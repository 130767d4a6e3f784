"""Time per MB of the whole scan on crafted input, from 100 KB to 10 MB: it must stay flat.

    python bench/linear_time.py                      # every input, 100 KB, 1 MB and 10 MB
    python bench/linear_time.py --sizes 100000,1000000 --inputs digits,dots

Each input is written to a file in a temporary folder and scanned by `pipeline.run` (reading,
language detection, extraction, matching and clustering), in this process. A row prints the
seconds per MB at each size and the ratio of the largest to the smallest: a ratio near 1 is
linear, a ratio near the size ratio (100) is quadratic.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from factcheck.pipeline import ScanError, ScanOptions, run


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


INPUTS: dict[str, tuple[str, Callable[[int], str]]] = {
    # The list.
    "digits": (".txt", _repeat("7")),
    "ones-commas": (".txt", _repeat("1,")),
    "$$$$": (".txt", _repeat("$")),
    "dots": (".txt", _repeat(".")),
    "one-line": (".txt", _repeat("abcdefghij")),
    # Dense claims and separators, which made per-claim work quadratic before.
    "dollar-ones": (".txt", _repeat("$1 ")),
    "dot-groups": (".txt", _repeat("1.000.")),
    "dates": (".txt", _repeat("3/2/2025 ")),
    "initials": (".txt", _repeat("A. ")),
    # Counts whose counter names no thing: each once walked back through every earlier one.
    "units-list": (".txt", _repeat("It sold 4 million units. ")),
    "mixed-scripts": (".txt", _repeat("３０億ドル\u200b٣ مليار €1,5 Mrd. \u202e$2bn 🙂 ")),
    "html-meta": (".html", _repeat('<meta name="date" ')),
}
DEFAULT_SIZES = (100_000, 1_000_000, 10_000_000)


def time_one(folder: Path, suffix: str, text: str) -> float:
    path = folder / f"input{suffix}"
    path.write_text(text, encoding="utf-8")
    began = time.perf_counter()
    # Nothing readable (an HTML page with no article text) is a result too.
    with contextlib.suppress(ScanError):
        run([str(path)], ScanOptions(jobs=1))
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in DEFAULT_SIZES))
    parser.add_argument("--inputs", default=",".join(INPUTS))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    names = [n for n in args.inputs.split(",") if n]
    unknown = [n for n in names if n not in INPUTS]
    if unknown:
        sys.exit(f"unknown input {unknown}; known: {', '.join(INPUTS)}")
    header = " | ".join(f"{_label(s):>9}" for s in sizes)
    print(f"{'input':<14} | {header} | largest/smallest (s per MB)")
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        for name in names:
            suffix, make = INPUTS[name]
            per_mb = []
            for size in sizes:
                text = make(size)
                seconds = time_one(folder, suffix, text)
                per_mb.append(seconds / (len(text.encode("utf-8")) / 1e6))
            cells = " | ".join(f"{v:9.2f}" for v in per_mb)
            print(f"{name:<14} | {cells} | {per_mb[-1] / max(per_mb[0], 1e-9):.2f}", flush=True)


def _label(size: int) -> str:
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1000} KB"


if __name__ == "__main__":
    main()
