"""Who holds which office: `Japanese Prime Minister Shigeru Ishiba`, `Sam Altman, kepala OpenAI`,
`le PDG d'OpenAI, Sam Altman`, `Perdana Menteri Jepang, Shigeru Ishiba`.

An office word from the lexicon is the anchor; the body it belongs to is read from a country word
or a capitalised name next to it (before it in English, after it in French and Indonesian), and
the holder from the capitalised name after it, or before it when a comma sets the office off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.found import Found
from factcheck.lexicon import Lexicon, fold
from factcheck.records import Kind, Role

_NAME_TOKEN = re.compile(r"[^\W\d_][\w'.-]*")
_MAX_NAME_TOKENS = 4
_ARTICLE = re.compile(r"(?:the|le|la|l'|el|o|a|der|die|das|sang)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class _Run:
    """A run of capitalised tokens: a name or an organisation."""

    start: int
    end: int
    text: str


def find_roles(text: str, lex: Lexicon) -> list[Found]:
    out: list[Found] = []
    for title in lex.roles.finditer(text):
        role = lex.roles.get(title.group())
        if role is None or not _title_case_ok(title.group()):
            continue
        found = _read_role(text, lex, role, title.start(), title.end())
        if found is not None:
            out.append(found)
    return out


def _title_case_ok(title: str) -> bool:
    """Acronym offices must be written as acronyms: `CEO`, not `ceo`; `PM`, not `pm`."""
    return not (
        len(title) <= 4
        and title.isalpha()
        and not title.isupper()
        and title.lower() in ("ceo", "pm", "pdg", "coo", "cfo", "cto")
    )


def _read_role(text: str, lex: Lexicon, role: str, start: int, end: int) -> Found | None:
    left_of = _body_before(text, lex, start)
    right_of, after_of = _body_after(text, lex, end)
    earlier = _holder_before(text, lex, start)
    if earlier is not None and right_of is None:
        # `Sam Altman, kepala OpenAI`: the name came first, so what follows is the body.
        right_of = _name_at(text, lex, _skip(text, end, " "))
        after_of = right_of.end if right_of else end
        of = right_of or left_of
        return _found(
            role, of, earlier, earlier.start, max(earlier.end, after_of), lex, (start, end)
        )
    holder = _name_at(text, lex, _skip(text, after_of, ", "))
    of = right_of or left_of
    span_start = left_of.start if left_of else start
    if (
        holder is not None
        and right_of is None
        and holder.end < len(text)
        and _starts_with(text, holder.end, ", ")
    ):
        # `CEO SoftBank Group, Masayoshi Son`: the first run was the body, the second the holder.
        second = _name_at(text, lex, _skip(text, holder.end, ", "))
        if second is not None and left_of is None:
            of, holder = holder, second
    if holder is None:
        holder = _holder_before(text, lex, span_start)
        if holder is None:
            return None
        span_start = holder.start
    return _found(role, of, holder, span_start, max(holder.end, after_of), lex, (start, end))


def _found(
    role: str,
    of: _Run | None,
    holder: _Run,
    start: int,
    end: int,
    lex: Lexicon,
    focus: tuple[int, int],
) -> Found:
    value = Role(role, _body_name(of, lex) if of else None, holder.text)
    return Found(Kind.ROLE, start, end, value, focus=focus)


def _skip(text: str, pos: int, chars: str) -> int:
    while pos < len(text) and text[pos] in chars:
        pos += 1
    return pos


def _starts_with(text: str, pos: int, chars: str) -> bool:
    return pos < len(text) and text[pos] in chars


def _body_before(text: str, lex: Lexicon, end: int) -> _Run | None:
    """`Japanese` or `SoftBank Group` written right before the office."""
    head = text[max(0, end - 60) : end]
    offset = end - len(head)
    for country in lex.countries.finditer(head):
        if head[country.end() :].strip() == "" and (country.group()[0].isupper() or not lex.spaced):
            return _Run(offset + country.start(), offset + country.end(), country.group())
    while end > 0 and text[end - 1] == " ":
        end -= 1
    return _run_ending(text, lex, end)


def _body_after(text: str, lex: Lexicon, end: int) -> tuple[_Run | None, int]:
    """`japonais`, `Jepang`, `of OpenAI`, `d'OpenAI` written right after the office."""
    pos = _skip(text, end, " ")
    link = lex.role_links.match_at(text, pos)
    at = pos
    if link is not None:
        at = link.end() if link.group().endswith("'") else _skip(text, link.end(), " ")
        article = _ARTICLE.match(text, at)
        at = article.end() if article else at
    country = lex.countries.match_at(text, at)
    if country is not None:
        return _Run(country.start(), country.end(), country.group()), country.end()
    if link is not None:
        run = _name_at(text, lex, at)
        if run is not None:
            return run, run.end
    return None, end


def _name_at(text: str, lex: Lexicon, pos: int) -> _Run | None:
    """The run of capitalised tokens starting at `pos`, if any."""
    end = pos
    tokens: list[str] = []
    while len(tokens) < _MAX_NAME_TOKENS:
        match = _NAME_TOKEN.match(text, end)
        if match is None or not _is_name_token(match.group(), lex):
            break
        tokens.append(match.group())
        end = match.end()
        nxt = _skip(text, end, " ")
        if nxt == end or nxt >= len(text) or not text[nxt].isupper():
            break
        end = nxt
    if not tokens:
        return None
    name_end = pos + len(" ".join(tokens)) if text[pos:end].count(" ") == len(tokens) - 1 else end
    return _Run(pos, name_end, " ".join(tokens).rstrip("."))


_TOKEN_BEFORE = re.compile(r"(?<![\w'.-])[^\W\d_][\w'.-]*$")


def _run_ending(text: str, lex: Lexicon, end: int) -> _Run | None:
    """The run of capitalised tokens that ends exactly at `end` (single spaces between)."""
    pos, count = end, 0
    while count < _MAX_NAME_TOKENS:
        match = _TOKEN_BEFORE.search(text, max(0, pos - 40), pos)
        if match is None or not _is_name_token(match.group(), lex):
            break
        start, count = match.start(), count + 1
        if start == 0 or text[start - 1] != " ":
            pos = start
            break
        pos = start - 1 if count < _MAX_NAME_TOKENS else start
    first = _skip(text, pos, " ")
    if count == 0 or first >= end:
        return None
    return _Run(first, end, text[first:end].rstrip("."))


def _is_name_token(token: str, lex: Lexicon) -> bool:
    word = token.rstrip(".")
    if not word or not (word[0].isupper() or not lex.spaced):
        return False
    key = fold(word)
    if key in lex.stopwords or lex.months.get(word) or lex.weekdays.get(word) is not None:
        return False
    return lex.roles.get(word) is None


def _holder_before(text: str, lex: Lexicon, start: int) -> _Run | None:
    """`Sam Altman, kepala OpenAI` / `Sam Altman, the head of OpenAI`."""
    head = text[max(0, start - 60) : start]
    match = re.search(r",\s*(?:(?:the|le|la|l'|el|o|a|sang)\s+)?$", head, re.IGNORECASE)
    if match is None:
        return None
    return _run_ending(text, lex, start - len(head) + match.start())


def _body_name(run: _Run, lex: Lexicon) -> str:
    """A country as its English name; an organisation without `Group`, `Corp.` and the like."""
    country = lex.countries.get(run.text)
    if country is not None:
        return country
    words = run.text.split()
    while len(words) > 1 and fold(words[-1]) in lex.org_suffixes:
        words.pop()
    return " ".join(words)
