"""Names in Latin letters, so that `石破茂` meets `Shigeru Ishiba` and `サム・アルトマン` meets
`Sam Altman`.

Japanese kana and kanji are read with pykakasi (it ships its dictionary; loaded only when such
text appears). Names borrowed into Japanese gain vowels (`arutoman`), so names are compared by
their consonant skeleton, with r and l as one letter: `altman` and `arutoman` are both `altmn`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

_KANA_OR_KANJI = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_VOWELS = re.compile(r"(?<=.)[aeiouy]")
_DOUBLES = re.compile(r"(.)\1+")
MIN_SKELETON = 3
"""Shorter skeletons (`sm` for Sam) say too little to match names on their own."""


def has_kana_or_kanji(text: str) -> bool:
    return _KANA_OR_KANJI.search(text) is not None


@cache
def _kakasi() -> Any:
    import pykakasi  # its dictionary takes half a second to load: only for Japanese text

    return pykakasi.kakasi()  # type: ignore[no-untyped-call]


@cache
def romanise(text: str) -> str:
    """Japanese text in Hepburn romaji, words separated by spaces; other text as it is."""
    if not has_kana_or_kanji(text):
        return text
    parts = [item["hepburn"] for item in _kakasi().convert(text.replace("・", " "))]
    return " ".join(p.strip() for p in parts if p.strip())


@cache
def skeleton(word: str) -> str:
    """`arutoman` → `altmn`, `Altman` → `altmn`, `sofutobanku` → `sftbnk`."""
    plain = unicodedata.normalize("NFKD", word.casefold())
    letters = "".join(c for c in plain if c.isascii() and c.isalpha()).replace("r", "l")
    return _DOUBLES.sub(r"\1", _VOWELS.sub("", letters))


def same_name_word(a: str, b: str) -> bool:
    """Two words of a name are one when equal, or equal in skeleton and long enough."""
    if a == b:
        return True
    sa, sb = skeleton(a), skeleton(b)
    return len(sa) >= MIN_SKELETON and sa == sb
