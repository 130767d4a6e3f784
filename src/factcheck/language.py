"""Which language a document is written in, among those factcheck has data for."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from factcheck.lexicon import available_languages, common_words, fold, script

MIN_LETTERS = 12
"""Below this many letters the identifier guesses; the fallback is more honest."""
FALLBACK = "en"
SAMPLE = 3000
"""Characters looked at: a few paragraphs name the language as surely as a whole article."""


UNSUPPORTED_LEAD = 20.0
"""A language without a data file is named only when it is this many times likelier than every
language with one: Malay must not take Indonesian, nor Galician Portuguese."""


@cache
def _identifier() -> Any:
    # py3langid ships its model inside the wheel: no download at run time. It is imported
    # here, not at module load, so that `--lang` and `--help` never pay for the model.
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True)


def _identified(sample: str, allowed: tuple[str, ...]) -> str:
    """The likeliest of `allowed`, unless a language outside them is far likelier: a Russian
    article is Russian, read without a lexicon, not the nearest language that has one."""
    ranking = _identifier().rank(sample)
    best = next(((code, p) for code, p in ranking if code in allowed), (allowed[0], 0.0))
    top, probability = ranking[0]
    if top not in allowed and probability > UNSUPPORTED_LEAD * best[1]:
        return str(top)
    return str(best[0])


def detect(text: str, languages: Sequence[str] | None = None) -> str:
    """The most likely language of `text`: one of `languages` (default: every lexicon), or a
    language without a lexicon when the text is plainly written in one."""
    allowed = tuple(sorted(languages or available_languages()))
    if len(allowed) == 1:
        return allowed[0]
    letters = (c for c in text[:2000] if c.isalpha())
    if sum(1 for _ in itertools.islice(letters, MIN_LETTERS)) < MIN_LETTERS:
        return FALLBACK if FALLBACK in allowed else allowed[0]
    plain = without_model(text[:SAMPLE], allowed)
    if plain is not None:
        return plain
    return _identified(text[:SAMPLE], allowed)


def without_model(text: str, languages: Sequence[str]) -> str | None:
    """The language the common words or the letters plainly tell, if they do."""
    return by_common_words(text, languages) or by_script(text, languages)


OWN_LETTERS_NEEDED = 5
OWN_LETTERS_SHARE = 0.02
"""A language's own letters (kana, Hangul) decide from this many, and this share of all."""
SHARED_LETTERS_SHARE = 0.3
"""Letters shared with another language (Han) decide from this share, and with no own letters."""


def by_script(text: str, languages: Sequence[str]) -> str | None:
    """The language the letters tell, from each lexicon's `own_letters` and `letters`: kana is
    Japanese, Hangul Korean, Han with neither Chinese. Loading the statistical model for these
    costs 0.7 s, and classifying with it about 1.6 ms per article."""
    letters = sum(1 for c in text if c.isalpha())
    if letters == 0:
        return None
    scripts = _scripts(tuple(languages))
    own = [(len(p.findall(text)), code) for code, p, shared in scripts if not shared]
    count, best = max(own, default=(0, None))
    if best is not None and count >= max(OWN_LETTERS_NEEDED, OWN_LETTERS_SHARE * letters):
        return best
    if count:
        return None  # a few own letters: too little to say, too much to ignore
    shared_hits = [
        code
        for code, p, shared in scripts
        if shared and len(p.findall(text)) >= SHARED_LETTERS_SHARE * letters
    ]
    return shared_hits[0] if len(shared_hits) == 1 else None


@cache
def _scripts(languages: tuple[str, ...]) -> list[tuple[str, re.Pattern[str], bool]]:
    """(code, letters, shared?) for every language whose lexicon names its letters."""
    out = []
    for code in languages:
        marks = script(code)
        if marks.own:
            out.append((code, re.compile(f"[{marks.own}]"), False))
        if marks.shared:
            out.append((code, re.compile(f"[{marks.shared}]"), True))
    return out


COMMON_WORDS_NEEDED = 8
COMMON_WORDS_LEAD = 2.5
"""The common-word vote decides only with this many hits and this lead over the runner-up;
otherwise (short texts, close languages such as es/pt, scripts without spaces) the
statistical model does. Loading that model costs 0.4 s, most of a small scan's start-up."""
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def by_common_words(text: str, languages: Sequence[str]) -> str | None:
    """The language whose stopwords (from the lexicons) `text` plainly uses most, if any: a
    word common to several languages counts for each in part."""
    if len(languages) < 2:
        return languages[0] if languages else None
    owners = _stopword_owners(tuple(languages))
    seen = _seen_words(tuple(languages))
    score: dict[str, float] = dict.fromkeys(languages, 0.0)
    for word in _WORD.findall(text):
        holders = seen.get(word)
        if holders is None:
            holders = owners.get(fold(word), ())
            if len(seen) < _SEEN_LIMIT:
                seen[word] = holders
        for code in holders:
            score[code] += 1 / len(holders)
    (best, hits), (_, runner_up) = sorted(score.items(), key=lambda item: -item[1])[:2]
    if hits >= COMMON_WORDS_NEEDED and hits >= COMMON_WORDS_LEAD * runner_up:
        return best
    return None


_SEEN_LIMIT = 100_000
"""Words remembered as written (casefolding each word again was most of the vote's cost)."""


@cache
def _seen_words(languages: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return {}


@cache
def _stopword_owners(languages: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    owners: dict[str, list[str]] = {}
    for code in languages:
        for word in common_words(code):
            owners.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in owners.items()}
