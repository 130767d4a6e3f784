"""What a figure is about: the named entities of its sentence and the topic words of its clause,
both reduced to forms that compare across languages."""

from __future__ import annotations

import re
import unicodedata

from factcheck.lexicon import Lexicon, fold
from factcheck.records import Subject
from factcheck.romanise import romanise

_CLAUSE_BREAK = re.compile(r"[,;:()\"、]|\s-\s")
_CAPITALISED = re.compile(r"[^\W\d_][\w'&.-]*")
_POSSESSIVE = re.compile(r"'s?$")


def ascii_fold(text: str) -> str:
    """Case-folded, accents and possessives stripped: `Softbank's` → `softbank`."""
    decomposed = unicodedata.normalize("NFKD", fold(text))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _POSSESSIVE.sub("", plain.strip(".-'"))


def subject_of(
    text: str,
    lex: Lexicon,
    sentence: tuple[int, int],
    focus: tuple[int, int],
    extra: frozenset[str],
) -> Subject:
    """The subject of the claim at `focus` inside `sentence` (offsets into normalised text)."""
    start, end = sentence
    clause = _clause(text, start, end, focus)
    concepts = set(extra) | _concepts(text, lex, *clause)
    if len(concepts) <= len(extra):
        concepts |= _concepts(text, lex, start, end)
    entities = _entities(text, lex, start, end, focus)
    summary = " ".join(sorted(concepts)) + (" | " + " ".join(sorted(entities)) if entities else "")
    words = (
        _content_words(text, lex, start, end, focus, entities)
        if lex.spaced
        else _bigrams(text, start, end, focus)
    )
    return Subject(frozenset(entities), frozenset(concepts), words, lex.code, summary.strip())


def _bigrams(text: str, start: int, end: int, focus: tuple[int, int]) -> frozenset[str]:
    """Without spaces, pairs of characters stand in for words (within one language only)."""
    found: set[str] = set()
    for match in _CJK_RUN.finditer(text, start, end):
        if focus[0] <= match.start() < focus[1]:
            continue
        run = match.group()
        found.update(run[i : i + 2] for i in range(len(run) - 1))
    return frozenset(found)


_STEM = 5
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _content_words(
    text: str, lex: Lexicon, start: int, end: int, focus: tuple[int, int], entities: set[str]
) -> frozenset[str]:
    """Lower-case words of the sentence outside the claim, cut to a crude stem."""
    found = set()
    for match in _CONTENT_WORD.finditer(text, start, end):
        if focus[0] <= match.start() < focus[1]:
            continue
        word = fold(match.group())
        if word in lex.stopwords or ascii_fold(word) in entities:
            continue
        found.add(word[:_STEM])
    return frozenset(found)


def _clause(text: str, start: int, end: int, focus: tuple[int, int]) -> tuple[int, int]:
    left, right = start, end
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if match.end() <= focus[0]:
            left = match.end()
        elif match.start() >= focus[1]:
            right = match.start()
            break
    return left, right


def _concepts(text: str, lex: Lexicon, start: int, end: int) -> set[str]:
    found = set()
    for match in lex.concepts.finditer(text, start, end):
        concept = lex.concepts.get(match.group())
        if concept:
            found.add(concept)
    return found


def _entities(text: str, lex: Lexicon, start: int, end: int, focus: tuple[int, int]) -> set[str]:
    entities: set[str] = set()
    countries: list[tuple[int, int]] = []
    for match in lex.countries.finditer(text, start, end):
        country = lex.countries.get(match.group())
        currency = lex.currencies.match_at(text, match.start())
        if country and (currency is None or currency.end() <= match.end()):  # `US$`, `US-Dollar`
            entities.add(ascii_fold(country).replace(" ", "_"))
            countries.append(match.span())
    if not lex.spaced:
        return entities | _cjk_entities(text, lex, start, end)
    for match in _CAPITALISED.finditer(text, start, end):
        word = match.group()
        if not (word[0].isupper() and (match.start() > start or _looks_like_name(word, lex))):
            continue
        if focus[0] <= match.start() < focus[1] or any(
            s <= match.start() < e for s, e in countries
        ):
            continue
        key = ascii_fold(word)
        if key and key not in lex.stopwords | lex.org_suffixes and not _is_lexicon_word(word, lex):
            entities.add(key)
    return entities


def _looks_like_name(word: str, lex: Lexicon) -> bool:
    """A sentence's first word counts only when it is plainly a name (`OpenAI`, `SoftBank`)."""
    return any(c.isupper() for c in word[1:]) and fold(word) not in lex.stopwords


def _is_lexicon_word(word: str, lex: Lexicon) -> bool:
    return bool(
        lex.concepts.get(word)
        or lex.units_before.get(word)
        or lex.currencies.get(word)
        or lex.months.get(word)
        or lex.weekdays.get(word) is not None
        or lex.roles.get(word)
        or lex.number_words.get(word) is not None
        or lex.countries.get(word)
    )


_CJK_RUN = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fff・]{2,}|[A-Za-z][\w&.-]+")
_KATAKANA_RUN = re.compile(r"[\u30a0-\u30ff・]{2,}")


def _cjk_entities(text: str, lex: Lexicon, start: int, end: int) -> set[str]:
    """Scripts without spaces: katakana runs (borrowed names) and Latin words stand in for
    names, romanised where the lexicon says so, to meet their Latin spelling elsewhere."""
    found = {ascii_fold(m.group()) for m in re.finditer(r"[A-Za-z][\w&.-]+", text[start:end])}
    if lex.romanise:
        # Katakana is how borrowed names are written (ソフトバンク, ジャカルタ); kanji runs are
        # mostly common words, and without a tokenizer they cannot be told from names.
        for match in _KATAKANA_RUN.finditer(text, start, end):
            if _is_lexicon_word(match.group(), lex) or lex.units.get(match.group()):
                continue  # キロ, マグニチュード: units and topic words, not names
            found.update(ascii_fold(w) for w in romanise(match.group()).split() if len(w) > 2)
    return found
