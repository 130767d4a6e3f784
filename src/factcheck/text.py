"""Text as extraction sees it: NFKC-normalised, with a map back to the text the user sees."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Characters folded beyond NFKC so that lexicon phrases need one spelling only.
_EXTRA_FOLD = {
    "’": "'",
    "‘": "'",
    "‚": ",",
    "“": '"',
    "”": '"',
    "«": '"',
    "»": '"',
    "–": "-",
    "—": "-",
    "−": "-",
}


@dataclass(frozen=True)
class NormalText:
    """`text` is the normalised form; `origin[i]` is the index in `original` of `text[i]`."""

    original: str
    text: str
    origin: tuple[int, ...]

    @classmethod
    def of(cls, original: str) -> NormalText:
        if original.isascii():
            return cls(original, original, tuple(range(len(original))))
        pieces: list[str] = []
        origin: list[int] = []
        for index, char in enumerate(original):
            folded = _EXTRA_FOLD.get(char) or unicodedata.normalize("NFKC", char)
            pieces.append(folded)
            origin.extend([index] * len(folded))
        return cls(original, "".join(pieces), tuple(origin))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the original text that covers `text[start:end]`."""
        if start >= end:
            first = self.origin[start] if start < len(self.origin) else len(self.original)
            return first, first
        return self.origin[start], self.origin[end - 1] + 1


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    line: int
    """0-based line number of the sentence's start, for telling datelines from body text."""


# Latin full stops need a space after them; CJK ones (。！？) end a sentence on their own.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|(?<=[。！？])[」』）)]*\s*|\n\s*")
_NO_BREAK_BEFORE = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Corp|Inc|Co|Ltd|No|Jr|Sr|vs|etc|approx|Rp))\.$"
)


def sentences(text: str) -> list[Sentence]:
    """Split on sentence punctuation and line breaks, keeping `U.S.` and `Corp.` whole."""
    out: list[Sentence] = []
    start = 0
    line = 0
    for match in _SENTENCE_END.finditer(text):
        piece = text[start : match.start()]
        if "\n" not in match.group() and _NO_BREAK_BEFORE.search(piece):
            continue
        if match.end() < len(text) and text[match.end()].islower() and "\n" not in match.group():
            continue
        _append(out, text, start, match.start(), line)
        line += text.count("\n", start, match.end())
        start = match.end()
    _append(out, text, start, len(text), line)
    return out


def _append(out: list[Sentence], text: str, start: int, end: int, line: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end, text[start:end], line))


WORD = re.compile(r"[^\W_](?:[\w'.-]*[^\W_])?")


def words(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Word tokens of `text[start:end]` (letters and digits, with inner `'`, `.` and `-`)."""
    return list(WORD.finditer(text, start, len(text) if end is None else end))


URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def url_spans(text: str) -> list[tuple[int, int]]:
    """Web addresses, whose digits and `%2C` are never claims."""
    return [m.span() for m in URL.finditer(text)]
