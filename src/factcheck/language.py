"""Which language a document is written in, among those factcheck has data for."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import cache
from typing import Any

from factcheck.lexicon import available_languages

MIN_LETTERS = 12
"""Below this many letters the identifier guesses; the fallback is more honest."""
FALLBACK = "en"
SAMPLE = 3000
"""Characters looked at: a few paragraphs name the language as surely as a whole article."""


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
    letters = (c for c in text[:2000] if c.isalpha())
    if sum(1 for _ in itertools.islice(letters, MIN_LETTERS)) < MIN_LETTERS:
        return FALLBACK if FALLBACK in allowed else allowed[0]
    code, _probability = _identifier(allowed).classify(text[:SAMPLE])
    return str(code)
