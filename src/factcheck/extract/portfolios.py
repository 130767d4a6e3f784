"""A minister's portfolio, written after the office (`Minister of Economy, Trade and
Industry`, `ministre du Travail`, `ministro per lo Sport e i Giovani`) or before it as a list
(`Economy and Finance Minister`), and the other portfolios of a joint ministry written before
an unspaced office (`巴西矿产和能源部长`). The office itself is read in roles.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.names import after_spaces
from factcheck.lexicon import Lexicon, listed_pattern


def past_joint_portfolios(text: str, lex: Lexicon, start: int) -> int:
    """`巴西矿产和能源部长`: the other portfolios of a joint ministry (`矿产和`) stand between
    an unspaced office and its country; return where they begin, or `start` if none do."""
    joiners = lex.raw_list("portfolio_joiners", "words")
    while joiners:
        gap = next((j for j in joiners if text.startswith(j, start - len(j))), "")
        head = text[max(0, start - len(gap) - 12) : start - len(gap)]
        found = [m for m in lex.portfolios.finditer(head) if m.end() == len(head)]
        if not found:
            break
        start -= len(gap) + len(min(found, key=lambda m: m.start()).group())
    return start


@lru_cache(maxsize=32)
def _portfolio_list(lex: Lexicon) -> re.Pattern[str]:
    """What may stand between portfolios: a comma, `&`, or the language's `and` words."""
    joins = "|".join(re.escape(w) for w in lex.raw_list("qualifiers", "range_and"))
    return re.compile(rf"(?:\s*(?:,|&{'|' + joins if joins else ''})\s*)", re.IGNORECASE)


def portfolio(text: str, lex: Lexicon, start: int, end: int) -> tuple[str, int, int] | None:
    """The last portfolio named next to a minister, and the span of office and portfolio."""
    after = portfolios_after(text, lex, end)
    if after is not None:
        return after[0], start, after[1]
    head = text[max(0, start - 80) : start]
    found: list[re.Match[str]] = [
        m for m in lex.portfolios.finditer(head) if _only_list_between(head[m.end() :], lex)
    ]
    if not found:
        ministry = _ministry_before_name(head, lex)
        return (ministry, start, end) if ministry is not None else None
    first = min(found, key=lambda m: m.start())
    last = max(found, key=lambda m: m.end())
    return lex.portfolios.get(last.group()) or "", start - len(head) + first.start(), end


_MINISTRY_REACH = 5
"""The ministry and up to four words of its minister's name before the office."""


def _ministry_before_name(head: str, lex: Lexicon) -> str | None:
    """`베트남 농업농촌개발부 레 민 호안 장관`: Korean may name a minister's ministry (a word
    holding a portfolio and ending in `[ministry_before_name] suffixes`, 부) before the
    holder's name, the office after it; the ministry's first portfolio is the office's."""
    suffixes = lex.raw_list("ministry_before_name", "suffixes")
    if not suffixes or not head.endswith(" "):
        return None
    words = head.split(" ")[:-1]
    for word in reversed(words[-_MINISTRY_REACH:-1]):  # past one to four words of the name
        if word.endswith(suffixes) and (first := next(lex.portfolios.finditer(word), None)):
            return lex.portfolios.get(first.group())
    return None


def _only_list_between(gap: str, lex: Lexicon) -> bool:
    return _portfolio_list(lex).sub(" ", gap).strip() == ""


def portfolios_after(text: str, lex: Lexicon, end: int) -> tuple[str, int] | None:
    """`Minister of Economy, Trade and Industry`, `Menteri Perindustrian`, `ministre du Travail`."""
    at, last, last_end = end, None, end
    while True:
        pos = after_spaces(text, at)
        link = lex.role_links.match_at(text, pos) or _portfolio_link(text, lex, pos)
        if link is not None:
            pos = link.end() if link.group().endswith("'") else after_spaces(text, link.end())
            article = lex.articles.match_at(text, pos)
            pos = (
                (
                    article.end()
                    if article.group().endswith("'")
                    else after_spaces(text, article.end())
                )
                if article
                else pos
            )
        match = lex.portfolios.match_at(text, pos)
        if match is None:
            if last and "," not in text[last_end:at]:
                last_end = _rest_of_portfolio(text, lex, at, last_end)
            break
        last, last_end = lex.portfolios.get(match.group()), match.end()
        joiner = _portfolio_list(lex).match(text, last_end)
        if joiner is None:
            break
        at = joiner.end()
    return (last, last_end) if last else None


def joint_rest(text: str, lex: Lexicon, end: int) -> int:
    """`le ministre de l'Énergie et des Ressources minérales, X`: an office that names its
    portfolio itself may go on with the joint ministry's other portfolios up to the comma
    before the holder; where they end, or `end` if nothing follows."""
    joiner = _portfolio_list(lex).match(text, end)
    if joiner is None or "," in joiner.group():
        return end
    return _rest_of_portfolio(text, lex, joiner.end(), end)


_PORTFOLIO_REST = re.compile(r"[^\W\d_][\w'’-]*(?:[ \u00a0]+[^\W\d_][\w'’-]*)*(?=\s*,)")


def _rest_of_portfolio(text: str, lex: Lexicon, at: int, last_end: int) -> int:
    """`ministro per lo Sport e i Giovani, X`, `dell'Ambiente e della Sicurezza energetica, X`:
    after `and` and an article or a link, capitalised words up to a comma are the rest of the
    ministry's name (a holder never starts with an article), though no portfolio we know."""
    pos = after_spaces(text, at)
    lead = lex.role_links.match_at(text, pos) or lex.articles.match_at(text, pos)
    if lead is None:
        return last_end
    pos = lead.end() if lead.group().endswith("'") else after_spaces(text, lead.end())
    if (article := lex.articles.match_at(text, pos)) is not None:
        pos = article.end() if article.group().endswith("'") else after_spaces(text, article.end())
    match = _PORTFOLIO_REST.match(text, pos)
    return match.end() if match and text[pos].isupper() else last_end


def _portfolio_link(text: str, lex: Lexicon, pos: int) -> re.Match[str] | None:
    """A word that joins a minister to a portfolio only (`ministro per lo Sport`, a minister
    without a ministry of his own): as a role link it would join other offices to anything."""
    pattern = _portfolio_links(lex)
    return pattern.match(text, pos) if pattern is not None else None


@lru_cache(maxsize=32)
def _portfolio_links(lex: Lexicon) -> re.Pattern[str] | None:
    return listed_pattern(lex, "portfolio_links", "words", r"(?:{words})(?=\s)")
