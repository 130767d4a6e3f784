"""Text as extraction sees it: NFKC-normalised, with a map back to the text the user sees."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
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
    origin: Sequence[int]
    """A `range` when every character kept its place (most texts): no list of offsets."""

    @classmethod
    def of(cls, original: str) -> NormalText:
        return _normal(original)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the original text that covers `text[start:end]`."""
        if start >= end:
            first = self.origin[start] if start < len(self.origin) else len(self.original)
            return first, first
        return self.origin[start], self.origin[end - 1] + 1


@functools.lru_cache(maxsize=4)  # a document is normalised to find its date, then to extract
def _normal(original: str) -> NormalText:
    """ASCII is its own NFKC form: only the other characters need folding, each once per
    text (`str.translate`); offsets move only where a character folds to more or fewer than
    one (`ﬁ` → `fi`, `㎞` → `km`)."""
    if original.isascii():
        return NormalText(original, original, range(len(original)))
    folded = {ord(c): _folded(c) for c in set(original) if not c.isascii()}
    text = original.translate(folded)
    uneven = "".join(sorted(chr(c) for c, f in folded.items() if len(f) != 1))
    if not uneven:
        return NormalText(original, text, range(len(original)))
    origin: list[int] = []
    done = 0
    for match in re.finditer(f"[{re.escape(uneven)}]", original):
        at = match.start()
        origin.extend(range(done, at))
        origin.extend([at] * len(folded[ord(match.group())]))
        done = at + 1
    origin.extend(range(done, len(original)))
    return NormalText(original, text, tuple(origin))


@functools.lru_cache(maxsize=4096)
def _folded(char: str) -> str:
    return _EXTRA_FOLD.get(char) or unicodedata.normalize("NFKC", char)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    line: int
    """0-based line number of the sentence's start, for telling datelines from body text."""


# Latin full stops need a space after them; CJK ones (。！？) end a sentence on their own.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|(?<=[。！？])[」』）)]*\s*|\n\s*")
_WORD_BEFORE_DOT = re.compile(r"(?<![^\W_])([^\W\d_]+)\.$")


MAX_SENTENCE = 1000
"""A longer run without a sentence break (a table flattened to one line, or junk) is cut into
pieces this long, so that the work done per claim on its sentence stays bounded."""
_LOOKBACK = 16
"""Enough of a sentence's end to hold an abbreviation and its dot."""


_DOTTED_BEFORE_ASIDE = re.compile(r"(?<![^\W_])[a-z]\.[a-z]\.\s+\($")
"""`p.m. (`, `a.m. (`: a lower-case dotted abbreviation before a bracket goes on."""
_ORDINAL_END = re.compile(r"(?<![\d.,])\d{1,2}\.$")


def sentences(
    text: str,
    continues: Callable[[str, int], bool] | None = None,
    abbreviations: frozenset[str] = frozenset(),
) -> list[Sentence]:
    """Split on sentence punctuation and line breaks, keeping `U.S.` and `Corp.` whole.

    `continues(text, pos)` says whether the word at `pos` carries on after a day number's
    dot, as a month name does in `am 11. Juni`; `abbreviations` (case-folded) are words whose
    dot ends no sentence. Both come from the language's lexicon."""
    out: list[Sentence] = []
    start = 0
    line = 0
    for match in _SENTENCE_END.finditer(text):
        # Only the end of the sentence so far is searched: the whole of it would make a long
        # run of `a. b. c.` quadratic.
        tail = max(start, match.start() - _LOOKBACK)
        if "\n" not in match.group() and _abbreviated(text, tail, match.start(), abbreviations):
            continue
        if match.end() < len(text) and text[match.end()].islower() and "\n" not in match.group():
            continue
        if _DOTTED_BEFORE_ASIDE.search(text, tail, match.end() + 1) and "\n" not in match.group():
            continue  # `at 2:30 p.m. (0730 GMT) on Saturday`: an aside, not a new sentence
        ordinal = _ORDINAL_END.search(text, max(start, match.start() - 4), match.start())
        if (
            continues is not None
            and ordinal
            and "\n" not in match.group()
            and continues(text, match.end())
        ):
            continue
        _append(out, text, start, match.start(), line)
        line += text.count("\n", start, match.end())
        start = match.end()
    _append(out, text, start, len(text), line)
    return out


def _abbreviated(text: str, start: int, end: int, abbreviations: frozenset[str]) -> bool:
    """Does `text[start:end]` end in an initial (`J.`, `U.S.`) or a known abbreviation?"""
    before = _WORD_BEFORE_DOT.search(text, start, end)
    if before is None:
        return False
    word = before.group(1)
    return (len(word) == 1 and word.isupper()) or word.casefold() in abbreviations


def _append(out: list[Sentence], text: str, start: int, end: int, line: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = _cut(text, start, start + MAX_SENTENCE)
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        out.append(Sentence(start, piece_end, text[start:piece_end], line))
        line += text.count("\n", start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append(Sentence(start, end, text[start:end], line))


def _cut(text: str, start: int, limit: int) -> int:
    """Where to cut an over-long sentence: after the last space in its second half, else at
    the limit."""
    space = max(text.rfind(" ", start + MAX_SENTENCE // 2, limit), -1)
    return space + 1 if space > start else limit


WORD = re.compile(r"[^\W_](?:[\w'.-]*[^\W_])?")


def words(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Word tokens of `text[start:end]` (letters and digits, with inner `'`, `.` and `-`)."""
    return list(WORD.finditer(text, start, len(text) if end is None else end))


URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def url_spans(text: str) -> list[tuple[int, int]]:
    """Web addresses, whose digits and `%2C` are never claims."""
    return [m.span() for m in URL.finditer(text)]


class Spans:
    """A set of character spans that answers "does `[start, end)` overlap any of them?" in
    logarithmic time, where a scan of a list would make dense input quadratic.

    Spans are kept merged, sorted and disjoint; an empty span is never stored (none is ever
    added: every match here covers at least one character)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some stored span `(s, e)` has `s < end and start < e`."""
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.ends[index] > start

    def covers(self, pos: int) -> bool:
        """Whether some stored span `(s, e)` has `s <= pos < e`."""
        index = bisect.bisect_right(self.starts, pos) - 1
        return index >= 0 and self.ends[index] > pos

    def add(self, start: int, end: int) -> None:
        if start >= end:
            return
        first = bisect.bisect_right(self.ends, start)  # spans ending after `start`
        last = bisect.bisect_left(self.starts, end)  # spans starting before `end`
        if first < last:  # overlapping spans are merged (touching ones are kept apart)
            start = min(start, self.starts[first])
            end = max(end, self.ends[last - 1])
        self.starts[first:last] = [start]
        self.ends[first:last] = [end]


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_TITLE_WORDS = 4
"""Longer words a headline in title case has at least, every one capitalised (German
capitalises its nouns, but a sentence of it has a verb or an adjective in lower case)."""


def title_case(text: str, start: int, end: int) -> bool:
    """A headline in title case (`Lisabon Resmikan Jalur Metro Melingkar Sepanjang 15,9
    Kilometer`), every longer word capitalised: its capitals say nothing, neither that a word
    is a name nor that a capitalised verb is not one."""
    words = _LONG_WORD.findall(text, start, end)
    return len(words) >= _TITLE_WORDS and all(w[0].isupper() for w in words)


def line_around(text: str, at: int) -> tuple[int, int]:
    """The start and end of the line holding `at`."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end == -1 else end
