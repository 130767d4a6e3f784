"""Who a figure is credited to: `according to the USGS`, `menurut BMKG`, `selon l'USGS`,
`laut dem USGS`, `USGSによると`, `据新华社`, `Reuters reported`.

The lexicon lists the words that introduce a source before its name (`[attribution] before`)
and after it (`after`); the name is the capitalised run (or CJK run) next to that word. The
marker nearest the claim in its sentence wins.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.memo import remembered
from factcheck.extract.names import after_spaces, name_at, name_ending
from factcheck.lexicon import Lexicon, listed_pattern

_CJK_RUN_AFTER = re.compile(r"[\u30a0-\u30ff\u3005\u3400-\u9fffA-Za-z・]{2,12}")
_CJK_RUN_BEFORE = re.compile(r"[\u30a0-\u30ff\u3005\u3400-\u9fffA-Za-z・]{2,12}$")


def attribution_of(
    text: str, lex: Lexicon, sentence: tuple[int, int], focus: tuple[int, int]
) -> str | None:
    """The body the sentence credits, nearest to the claim at `focus`, or None."""
    credited = remembered(
        text, lex, ("attribution", *sentence), lambda: _credits(text, lex, sentence)
    )
    best = min(credited, key=lambda item: abs(item[0] - focus[0]), default=None)
    return best[1] if best else None


def _credits(text: str, lex: Lexicon, sentence: tuple[int, int]) -> list[tuple[int, str]]:
    """Every (marker position, name) of the sentence: its claims share one scan of it."""
    found = []
    for key, read in (("before", _name_after_marker), ("after", _name_before_marker)):
        pattern = _markers(lex, key)
        if pattern is None:
            continue
        for match in pattern.finditer(text, *sentence):
            name = read(text, lex, match.start(), match.end())
            if name is not None:
                found.append((match.start(), name))
    return sorted(found)


@lru_cache(maxsize=64)
def _markers(lex: Lexicon, key: str) -> re.Pattern[str] | None:
    body = r"(?<!\w)(?:{words})(?!\w)" if lex.spaced else "(?:{words})"
    return listed_pattern(lex, "attribution", key, body)


def _name_after_marker(text: str, lex: Lexicon, _start: int, end: int) -> str | None:
    pos = end
    while pos < len(text) and text[pos] == " ":
        pos += 1
    article = lex.articles.match_at(text, pos)
    if article is not None:
        pos = article.end()
        while pos < len(text) and text[pos] == " ":
            pos += 1
    if not lex.spaced:
        run = _CJK_RUN_AFTER.match(text, pos)
        return run.group() if run else None
    body = lex.attribution_bodies.match_at(text, pos)
    if body is not None:
        # `volgens de vakbondskoepel KSL`: the body's own name, when it follows, says more.
        named = name_at(text, lex, after_spaces(text, body.end()))
        return named.text if named else lex.attribution_bodies.get(body.group())
    name = name_at(text, lex, pos)
    return name.text if name else None


def _name_before_marker(text: str, lex: Lexicon, start: int, _end: int) -> str | None:
    if not lex.spaced:
        run = _CJK_RUN_BEFORE.search(text, max(0, start - 12), start)
        return run.group() if run else None
    pos = start
    while pos > 0 and text[pos - 1] in " ,":
        pos -= 1
    name = name_ending(text, lex, pos)
    return name.text if name else None
