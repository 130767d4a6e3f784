"""A region named by a compass point and a proper name, in any language: `Jawa Barat`, `Tây
Java`, `Java Occidental`, `Giava Occidentale`, `西ジャワ州` and `West Java` are one province.

An office's body is compared as written, so these would be six bodies that join only through
an agreeing holder, and a source naming another governor of the province would stand alone.
Each data file's `[regions]` table gives its compass words; a body of one compass word and one
capitalised name (or, in Japanese, a compass prefix and a name in katakana) becomes
`<Direction> <Name>`, the name spelt as it sounds (`Giava`, `Java`, `ジャワ` are all `Jawa`).
Names in kanji (`東京`, `北海道`) are left alone: a kanji prefix is part of the name there.

>>> compass_region("Jawa Barat"), compass_region("Giava Occidentale"), compass_region("西ジャワ州")
('West Jawa', 'West Jawa', 'West Jawa')
>>> compass_region("Banco Central"), compass_region("東京都"), compass_region("West Ham United")
(None, None, None)
"""

from __future__ import annotations

import re

from factcheck.extract.subject import ascii_fold
from factcheck.lexicon import compass, fold
from factcheck.romanise import romanise

_SOFT_G = re.compile(r"^gi(?=[aou])")
"""Italian `gi` before a, o, u is English `j`: `Giava`, `Giacarta`, `Giordania`."""
_KATAKANA = re.compile(r"[\u30a0-\u30ff]+")
_PARTS = 2
"""A direction and a name."""


def compass_region(body: str) -> str | None:
    """`Jawa Barat` → `West Jawa`; None when `body` is not one compass word and one name."""
    for suffix in compass().suffixes:
        if body.endswith(suffix) and len(body) > len(suffix):
            body = body[: -len(suffix)]
            break
    found = _split_words(body) if " " in body else _split_prefix(body)
    if found is None:
        return None
    direction, name = found
    return f"{direction.capitalize()} {_sounded(name)}"


def _split_words(body: str) -> tuple[str, str] | None:
    """`Jawa Barat`, `Tây Java`: a compass word before or after one capitalised name."""
    words = body.split()
    if len(words) != _PARTS:
        return None
    for word, name in ((words[0], words[1]), (words[1], words[0])):
        direction = compass().words.get(fold(word))
        if direction is not None and name[:1].isupper() and fold(name) not in compass().words:
            return direction, name
    return None


def _split_prefix(body: str) -> tuple[str, str] | None:
    """`西ジャワ`: a compass prefix glued to a name in katakana (a foreign place)."""
    for prefix, direction in compass().prefixes.items():
        rest = body[len(prefix) :]
        if body.startswith(prefix) and _KATAKANA.fullmatch(rest):
            return direction, rest
    return None


def _sounded(name: str) -> str:
    """A place name spelt as heard: romanised, accents dropped, `v` as `w`."""
    plain = ascii_fold(romanise(name)).replace(" ", "")
    plain = _SOFT_G.sub("j", plain).replace("v", "w")
    return plain.capitalize()
