"""Runs of capitalised words that name a person or a body: `Shigeru Ishiba`, `Luca de Meo`,
`SoftBank Group`. Which words are particles, articles and function words is lexicon data."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.lexicon import Lexicon, fold

MAX_TOKENS = 4
_TOKEN = re.compile(r"[^\W\d_][\w'.-]*")
_TOKEN_BEFORE = re.compile(r"(?<![\w'.-])[^\W\d_][\w'.-]*$")


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    text: str


def _is_capitalised(word: str, lex: Lexicon) -> bool:
    return bool(word) and (word[0].isupper() or not lex.spaced or _joined_particle(word, lex))


def _joined_particle(word: str, lex: Lexicon) -> bool:
    """A particle joined by a hyphen to a capitalised word (`al-Faleh`, `el-Sisi`) is a
    surname, written in lower case only for its article; so is the article assimilated to
    the consonant after it (`ar-Rabiah`, `as-Sudais`), a head that alone is a plain word."""
    head, hyphen, rest = word.partition("-")
    heads = lex.name_particles | lex.joined_particles
    return bool(hyphen) and rest[:1].isupper() and fold(head) in heads


def _excluded(text: str, token: re.Match[str], lex: Lexicon) -> bool:
    """Offices, weekdays and a month followed by a day are never part of a name."""
    word = token.group().rstrip(".")
    if lex.roles.get(word) is not None or lex.weekdays.get(word) is not None:
        return True
    return bool(lex.months.get(word)) and re.match(r"\.?\s*\d", text[token.end() :]) is not None


def _in_a_place_case(word: str, lex: Lexicon) -> bool:
    """A proper noun with a case ending of place (`Moskova'da`, `Ankara'dan`, `İstanbul'a`)
    is where something happens, not who does it."""
    endings = lex.raw_list("names", "place_cases")
    return bool(endings) and fold(word).endswith(tuple(fold(e) for e in endings))


def _adjective_of_a_body(text: str, token: re.Match[str], lex: Lexicon) -> bool:
    """A capitalised word with an adjective's case ending ([names] adjective_cases) before a
    lower-case noun opens a body's name (`судья Окружного суда Амстердама`), not a person's."""
    endings = lex.raw_list("names", "adjective_cases")
    if not endings or not fold(token.group()).endswith(tuple(fold(e) for e in endings)):
        return False
    following = _TOKEN.match(text, token.end() + 1) if text.startswith(" ", token.end()) else None
    return following is not None and following.group()[0].islower()


_CASE_ENDING = re.compile(r"['’][^\W\d_]+")


def ends_in_a_place_case(text: str, run: Run, lex: Lexicon) -> bool:
    """The run's last word carries a case ending of place (`Meclis Genel Kurulu'nda`, in the
    plenary): the run says where, so it is no one standing in apposition to an office."""
    ending = _CASE_ENDING.match(text, run.end)
    last = run.text.rsplit(" ", 1)[-1]
    return ending is not None and _in_a_place_case(last + ending.group(), lex)


def _particle(word: str, lex: Lexicon) -> bool:
    return word.islower() and fold(word) in lex.name_particles


def name_at(text: str, lex: Lexicon, pos: int) -> Run | None:
    """The name that starts at `pos`: its first word may not be a function word."""
    tokens: list[re.Match[str]] = []
    at = pos
    particle_before = surname_with_particle = False
    while len(tokens) < MAX_TOKENS:
        token = _TOKEN.match(text, at)
        if token is None or _excluded(text, token, lex):
            break
        word = token.group()
        if _is_capitalised(word, lex):
            if not tokens and fold(word.rstrip(".")) in lex.stopwords:
                break
            if not tokens and _in_a_place_case(word, lex):
                break  # `Moskova'da` (in Moscow) starts no one's name
            if not tokens and _adjective_of_a_body(text, token, lex):
                break  # `Окружного суда`: the court's name, not its judge's
            tokens.append(token)
            surname_with_particle = surname_with_particle or particle_before
            particle_before = False
        elif (
            tokens
            and _particle(word, lex)
            and _capitalised_next(text, token.end(), lex)
            and not (surname_with_particle and not particle_before)
            and not _named_alone(text, token.end(), lex)
        ):
            # `Frans van der Steen`; but in `Marieke de Wit van Lumora` the surname already
            # had its particle, so the second `van` links the name to a body.
            particle_before = True
        else:
            break
        at = token.end()
        if not text.startswith(" ", at) or _ends_sentence(word) or _case_ending(word):
            break  # `Shigeru Ishiba's Liberal Democratic Party`: the name ends at its `'s`
        at += 1
    while tokens and _particle(tokens[-1].group(), lex):
        tokens.pop()
    if not tokens:
        return None
    return _run(text, tokens[0].start(), tokens[-1].end())


def _ends_sentence(word: str) -> bool:
    """`Cheng-hao.` ends a sentence; an initial (`J.`) does not."""
    return word.endswith(".") and len(word.rstrip(".")) > 1 and "." not in word.rstrip(".")


def _named_alone(text: str, end: int, lex: Lexicon) -> bool:
    """The word after a particle is a known body, or names something alone elsewhere in the
    text: in `Topman Kang Min-jae van Hanul`, where `Hanul verkocht ...` names the firm, `van`
    links the name to a body. A surname keeps its particle wherever it stands (`Van Houten
    zei`)."""
    following = _TOKEN.match(text, end + 1) if text.startswith(" ", end) else None
    if following is None or _particle(following.group(), lex):
        return False
    word = following.group().rstrip(".,")
    if lex.bodies.get(word) is not None:
        return True  # `Topvrouw Adena Friedman van Nasdaq`: a body the lexicon knows
    for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        before = text[: match.start()].rstrip().rsplit(maxsplit=1)
        if not before or fold(before[-1]) not in lex.name_particles:
            return True
    return False


def _capitalised_next(text: str, end: int, lex: Lexicon) -> bool:
    """A capitalised word follows, perhaps after more particles (`van der Steen`). An acronym
    is no surname: in `Jonas Kerlin van de KSL` the particle links the name to a body."""
    following = _TOKEN.match(text, end + 1) if text.startswith(" ", end) else None
    while following is not None and _particle(following.group(), lex):
        end = following.end()
        following = _TOKEN.match(text, end + 1) if text.startswith(" ", end) else None
    if following is None:
        return False
    word = following.group().rstrip(".,")
    return (
        _is_capitalised(word, lex)
        and not (len(word) > 1 and word.isupper())
        and not _country_adjective(text, following, lex)
    )


def _country_adjective(text: str, word: re.Match[str], lex: Lexicon) -> bool:
    """A country's word before a lower-case noun is an adjective, no surname: in `Rui
    Vasconcelos van de Portugese toezichthouder` the particle links the name to a body."""
    noun = _TOKEN.match(text, word.end() + 1) if text.startswith(" ", word.end()) else None
    return (
        noun is not None
        and noun.group()[0].islower()
        and lex.countries.get(word.group()) is not None
    )


def _is_title(word: str, lex: Lexicon) -> bool:
    """A trade written before a name (`Onderzoeker Rodrigo Saldanha`): German and Dutch
    compounds end in the trade (`Klimaforscherin`), so an ending counts."""
    return bool(lex.name_titles) and fold(word).endswith(lex.name_titles)


def name_ending(text: str, lex: Lexicon, end: int) -> Run | None:
    """The name that ends exactly at `end`; function words at its start are dropped."""
    tokens: list[re.Match[str]] = []
    at = end
    while len(tokens) < MAX_TOKENS:
        token = _TOKEN_BEFORE.search(text, max(0, at - 40), at)
        if token is None or _excluded(text, token, lex):
            break
        word = token.group()
        if not (_is_capitalised(word, lex) or (tokens and _particle(word, lex))):
            break
        if _ends_sentence(word) and fold(word.rstrip(".")) not in lex.abbreviations:
            break  # `in Tokyo. President Macron`: no name runs across a sentence's end
        tokens.insert(0, token)
        if token.start() == 0 or text[token.start() - 1] != " ":
            break
        at = token.start() - 1
    while tokens and (
        _particle(tokens[0].group(), lex)
        or fold(tokens[0].group().rstrip(".")) in lex.stopwords
        or (len(tokens) > 1 and _is_title(tokens[0].group(), lex))
    ):
        tokens.pop(0)
    if not tokens:
        return None
    return _run(text, tokens[0].start(), tokens[-1].end())


_SUFFIX = re.compile(r"['’]([^\W\d_]+)$")
"""A case ending after an apostrophe: `Erdoğan'ın`, `Japonya'nın`, `Altman's` (not `O'Brien`)."""


def _case_ending(word: str) -> bool:
    suffix = _SUFFIX.search(word.rstrip("."))
    return suffix is not None and suffix.group(1).islower()


def _run(text: str, start: int, end: int) -> Run:
    piece = text[start:end].rstrip(".")
    suffix = _SUFFIX.search(piece)
    if suffix is not None and suffix.group(1).islower():
        piece = piece[: suffix.start()]
    return Run(start, start + len(piece), piece)


def after_spaces(text: str, pos: int) -> int:
    """Where the plain spaces at `pos` end: the next word of a role or a credit."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos
