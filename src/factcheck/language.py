"""Which language a document is written in, among those factcheck has data for."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from factcheck.lexicon import available_languages

MIN_LETTERS = 12
"""Below this many letters the identifier guesses; the fallback is more honest."""
FALLBACK = "en"


@cache
def _identifier(languages: tuple[str, ...]) -> Any:
    # py3langid ships its model inside the wheel: no download at run time. It is imported
    # here, not at module load, so that `--lang` and `--help` never pay for the model.
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True, langs=list(languages))


def detect(text: str, languages: Sequence[str] | None = None) -> str:
    """The most likely language of `text`, limited to `languages` (default: every lexicon)."""
    allowed = tuple(sorted(languages or available_languages()))
    if len(allowed) == 1:
        return allowed[0]
    if sum(c.isalpha() for c in text[:2000]) < MIN_LETTERS:
        return FALLBACK if FALLBACK in allowed else allowed[0]
    code, _probability = _identifier(allowed).classify(text[:20000])
    return str(code)
