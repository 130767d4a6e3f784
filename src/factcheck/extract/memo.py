"""Scans of one text remembered while it is read: the claims of one sentence scan that
sentence alike (its names, concepts, words, who is credited), so each scan runs once, not once
per claim."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from factcheck.lexicon import Lexicon

T = TypeVar("T")

_memo: tuple[str, Lexicon, dict[tuple[object, ...], Any]] | None = None


def remembered(text: str, lex: Lexicon, key: tuple[object, ...], work: Callable[[], T]) -> T:
    """`work()`, remembered under `key` for the last text read (and only that text, so memory
    stays bounded by one document)."""
    global _memo
    memo = _memo
    if memo is None or memo[0] is not text or memo[1] is not lex:
        memo = _memo = (text, lex, {})
    table = memo[2]
    if key not in table:
        table[key] = work()
    result: T = table[key]
    return result
