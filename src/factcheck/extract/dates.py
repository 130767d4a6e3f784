"""Calendar dates: `February 3, 2025`, `3 février`, `Senin (29/1)`, `2025年2月3日`, `Monday`.

Patterns are built once per language from its month and weekday names. A year-less date takes
the year nearest the anchor (publication date or `--as-of`); a weekday written next to a date
is checked against it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factcheck.extract.days_alone import find_days_alone
from factcheck.extract.digit_dates import (
    YEAR_GAP,
    counted,
    linked_numeric_month,
    short_year,
    spaced_day_first,
    spaced_year_first,
)
from factcheck.extract.found import DateFinding, Found
from factcheck.extract.named_dates import NUMERIC_END, month_number, named_numeric, named_parts
from factcheck.extract.numeral_dates import numeral_parts, numeral_pattern
from factcheck.extract.relative_dates import find_relative
from factcheck.extract.relative_years import with_year_word
from factcheck.extract.weekday_days import ordinals
from factcheck.lexicon import Lexicon, Phrases, fold
from factcheck.records import DateValue, Kind
from factcheck.text import Spans

_YEAR = r"(?P<year>(?:1[89]|20)\d\d|1[0-7]\d\d(?=[.,;:!?)]|\s*$))(?!\d)"
"""Years before 1800 only where nothing follows (`5 December 1391.`): `5 March 1500 people`."""
_YEAR_OR_SHORT = r"(?P<year>(?:19|20)\d\d|\d\d)(?!\d)"
_TWO_DIGIT_AHEAD = 20
"""A two-digit year is read in the century that puts it at most this many years after the
anchor: news names the past far more than the far future (`05/05/89` is 1989, `3-7-27` 2027)."""


@dataclass(frozen=True)
class _Patterns:
    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    month_year: re.Pattern[str]
    month_alone: re.Pattern[str]
    numeric_full: re.Pattern[str]
    year_first: re.Pattern[str]
    spaced_day_first: re.Pattern[str]
    spaced_year_first: re.Pattern[str]
    linked_numeric_month: re.Pattern[str] | None
    named_numeric: re.Pattern[str]
    numeric: re.Pattern[str]
    weekday: re.Pattern[str]
    suffixed: re.Pattern[str] | None


def _words(words: tuple[str, ...]) -> str:
    """Optional linking words, each followed by space: `de `, `den `."""
    return "".join(rf"(?:{re.escape(w)}\s+)?" for w in words)


def _full_months(lex: Lexicon) -> str:
    """Month names that are no shortening of another name of their month: `by Jan Novak` or
    `Dec Moran` name people, so `jan` and `dec` are months only with a day or a year."""
    names = {fold(k): v for k, v in lex.raw.get("months", {}).items()}
    full = {
        k: v
        for k, v in names.items()
        if not any(o != k and o.startswith(k) and names[o] == v for o in names)
    }
    return Phrases(full, spaced=lex.spaced).body or lex.months.body


@lru_cache(maxsize=32)
def _patterns(code: str, lex: Lexicon) -> _Patterns:
    month = f"(?P<month>{lex.months.body})"
    # `4e jan 2019`: a short name (`jan`, `sep`) is a month before a year, not alone (`Jan`).
    abbreviated = Phrases(lex.raw.get("months_short", {}), spaced=lex.spaced).body
    month_or_short = f"(?P<month>{lex.months.body}|(?P<short>{abbreviated}))"
    weekday = f"(?P<weekday>{lex.weekdays.body})"
    link = _words(lex.date_links)
    year_link = _words(lex.date_links + lex.raw_list("date_links", "year"))
    short = short_year(lex.date_links + lex.raw_list("date_links", "year"))
    # `28 June in 2020`: a link only a day's date takes (`Theresa May in 2019` is no date).
    day_year_link = _words(
        lex.date_links + lex.raw_list("date_links", "year") + lex.raw_list("date_links", "day_year")
    )
    suffixes = lex.ordinal_suffixes.body
    day = rf"(?P<day>[0-3]?\d)(?:(?P<ord>{suffixes}|[º°])|\.(?=\s))?"  # `4th`, `4e`, `4.`
    # `the fourth of July`, `vierde juli van 1995`: a day in words needs its link or a year.
    day = rf"(?:{day}|(?P<ord_word>{ordinals(lex).body}))"
    # `4th of July`: a link only an ordinal day takes (`3 of May's ministers` is no date).
    ordinal_words = "|".join(re.escape(w) for w in lex.raw_list("date_links", "ordinal"))
    ordinal_link = (
        rf"(?:(?(ord)|(?(ord_word)|(?!)))(?P<ord_link>\s+(?:{ordinal_words})))?"
        if ordinal_words
        else ""
    )
    lead = rf"(?:{weekday}\.?,?\s+(?:{link})?)?"
    # Digits never touch a date; letters may in scripts written without spaces (`你3-7-2017`).
    edge = r"(?<![^\W\d_])(?<!\d)" if lex.spaced else r"(?<!\d)"
    tail = r"(?![^\W\d_])" if lex.spaced else ""
    joins = "|".join(
        re.escape(w)
        for w in (
            *lex.raw_list("qualifiers", "range_and"),
            *lex.raw_list("qualifiers", "range_join"),
        )
    )
    # `jeudi 4 et vendredi 5 mars`, `am 4. und 5. März`: the second day may have its own
    # weekday and, as the first may, its ordinal dot.
    weekday2 = rf"(?:(?:{lex.weekdays.body})\.?,?\s+)?"
    day2 = (
        rf"(?:\s*(?:-|(?:{joins})(?=\s))\s*{weekday2}(?P<day2>[0-3]?\d)"
        rf"(?:st|nd|rd|th|er|\.(?=\s))?)?"
    )
    prepositions = (
        "|".join(re.escape(w) for w in lex.raw_list("date_prepositions", "words")) or r"(?!x)x"
    )
    # `ngày 3/2` (Vietnamese): a word that makes a bare `3/2` a date, as a weekday does.
    numeric_lead = "|".join(re.escape(w) for w in lex.raw_list("date_links", "numeric"))
    numeric_lead = numeric_lead or r"(?!x)x"
    # `ngày 22-10`, `am 22.10.`: after these words a dash or a dot joins day and month too;
    # after a weekday a dot does (`Donnerstag, 22.10.`).
    dashed_lead = "|".join(re.escape(w) for w in lex.raw_list("date_links", "numeric_dashed"))
    after_weekday = r"(?(weekday)[/.]|/)" if dashed_lead else "/"
    dashed_lead = dashed_lead or r"(?!x)x"
    # `tháng 2/2023` (Vietnamese): a mark joining a month to its year without a space.
    month_year_join = "|".join(re.escape(w) for w in lex.raw_list("date_links", "month_year"))
    month_year_join = month_year_join or r"(?!x)x"
    # `3 Şubat 2025 Pazartesi` (Turkish): the weekday after the date, checked as one before it.
    weekday_after = (
        rf"(?:,?\s+(?P<weekday_after>{lex.weekdays.body}){tail})?"
        if lex.raw.get("language", {}).get("weekday_after_date")
        else ""
    )
    # A two-digit year after dashes (`3-7-27`), or with dots after a two-digit day and month
    # (`15.05.99`): never after shorter ones (`1.2.10` is a section or a version).
    short_numeric = r"(?<=-)\d\d|(?<=\d\d\.\d\d\.)\d\d"  # no unit after it: `_counted_date`
    # `Dec31 , 1994`: a day glued to its month's letters, read only with a year (spaced
    # scripts; `tháng 11` ends in its own digits).
    glued = r"(?:\s+|(?P<glued>)(?<![\d\s])(?=\d))" if lex.spaced else r"\s+"
    flags = re.IGNORECASE
    return _Patterns(
        day_month=re.compile(
            rf"{edge}{lead}{day}{ordinal_link}{day2}\s+{link}{month_or_short}\.?{tail}"
            rf"(?:{YEAR_GAP}{day_year_link}{_YEAR}|{short})?{weekday_after}",
            flags,
        ),
        month_day=re.compile(
            rf"{edge}{lead}{month}\.?{glued}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?{day2}(?![\d:.,]\d)"
            rf"(?:{YEAR_GAP}{day_year_link}{_YEAR}|{short})?{tail}",
            flags,
        ),
        month_year=re.compile(
            rf"{edge}{month}\.?,?(?:\s+{year_link}|{month_year_join}){_YEAR}", flags
        ),
        month_alone=re.compile(
            rf"{edge}(?:{prepositions})\s+{link}(?P<month>{_full_months(lex)}){tail}(?!\.?\s*\d)",
            flags,
        ),
        numeric_full=re.compile(
            rf"{edge}(?:{weekday}\.?,?\s*)?(?<!\d[.-])(?P<a>\d\d?)(?P<sep>[.-])(?P<b>\d\d?)"
            rf"(?:(?P=sep)|(?<=\d\d-\d\d),\s?(?=(?:19|20)\d\d))(?P<year>(?:19|20)\d\d|{short_numeric})(?!\d)"
            rf"{NUMERIC_END}",
            flags,
        ),
        year_first=re.compile(
            rf"{edge}(?P<year>(?:19|20)\d\d|1[0-8]\d\d(?=([/.-])[01]\d\2[0-3]\d))"
            rf"(?P<sep>[/.-])(?P<month>[01]?\d)(?P=sep)"
            rf"(?P<day>[0-3]?\d){NUMERIC_END}",
            flags,
        ),
        spaced_day_first=spaced_day_first(edge, tail),
        spaced_year_first=spaced_year_first(edge, tail),
        linked_numeric_month=linked_numeric_month(lex, edge),
        named_numeric=named_numeric(lex, edge),
        numeric=re.compile(
            rf"{edge}(?:{weekday}\.?,?\s*)?"
            rf"(?:(?P<dashed>{dashed_lead})\s+|(?P<lead>{numeric_lead})\s+)?(?P<open>\()?"
            rf"(?P<a>\d\d?)(?(dashed)[/.-]|{after_weekday})(?P<b>\d\d?)"
            rf"(?:(?:/|,(?=(?:19|20)\d\d))(?P<year>(?:19|20)?\d\d))?(?(open)\))(?![\d/])"
            rf"(?(dashed)(?![.-]\d))(?(weekday)(?![.-]\d))",
            flags,
        ),
        weekday=re.compile(rf"{edge}{weekday}{tail}", flags),
        suffixed=_suffixed(lex),
    )


def _suffixed(lex: Lexicon) -> re.Pattern[str] | None:
    marks = lex.date_suffixes
    if not {"year", "month", "day"} <= marks.keys():
        return None
    year, month, day = (re.escape(marks[k]) for k in ("year", "month", "day"))
    short = "|".join(re.escape(w) for w in lex.raw.get("weekdays_short", {})) or r"(?!x)x"
    weekday = rf"(?:\s*\((?P<weekday>{short}|{lex.weekdays.body})\))?"
    eras = "|".join(re.escape(e) for e in lex.raw.get("eras", {})) or r"(?!x)x"
    years = rf"(?:(?P<year>\d{{4}})|(?P<era>{eras})(?P<era_year>\d{{1,2}}|元)){year}"
    return re.compile(
        rf"(?:{years}\s*)?(?<!\d)(?P<month>1[0-2]|0?[1-9]){month}(?:\s*(?P<day>[0-3]?\d){day})?{weekday}"
    )


# What a text must hold for some patterns to match at all: one C-level search spares each
# pattern's walk over the whole text (most articles hold no `05-Aug-2016` or `2025/02/03`).
# The separator first: a scan that tries a letter class at every letter was 12x slower.
_NAMED_NUMERIC_HINT = re.compile(r"[-/](?:(?<=\d.)[^\W\d_]|(?<=[^\W\d_].)\d)")
_YEAR_FIRST_HINT = re.compile(r"(?:1\d|20)\d\d[/.-]\d")
_SPACED_HINT = re.compile(r"\d\d \d\d")


_DASHED_HINT = re.compile(r"\d[.-]\d")


def _numeric_hint(text: str, lex: Lexicon) -> bool:
    """Could `text` hold a bare `22/10`, or `22-10` after a word that makes it a date?"""
    dashed = bool(lex.raw_list("date_links", "numeric_dashed"))
    return "/" in text or (dashed and _DASHED_HINT.search(text) is not None)


def find_dates(
    text: str,
    lex: Lexicon,
    anchor: dt.date | None,
    relative_anchor: dt.date | None = None,
    *,
    days_only: bool = False,
) -> list[DateFinding]:
    """Every date in `text`, resolved against `anchor` where the text leaves the year out.

    Relative dates (`Monday`, `last month`) need a firmer anchor, `relative_anchor`: a year
    borrowed from other documents is good enough for `29/1`, not for `Monday`. A day of the
    month alone (`9일(현지시간)`) borrows a month as `29/1` borrows a year, so it is read
    against `anchor` when there is no firmer one (a Yonhap report often has no date line).
    With `days_only`, months alone and relative dates are skipped (looking for a document's
    date)."""
    pats = _patterns(lex.code, lex)
    found: list[DateFinding] = []
    taken: list[tuple[int, int]] = []
    occupied = Spans()  # `taken`, searchable in log time: dense dates were quadratic
    numerals = numeral_pattern(lex.code, lex)
    ordered = (
        pats.suffixed,
        numerals if numerals is not None and lex.date_suffixes["month"] in text else None,
        pats.year_first if _YEAR_FIRST_HINT.search(text) else None,
        pats.numeric_full,
        *((pats.spaced_year_first, pats.spaced_day_first) if _SPACED_HINT.search(text) else ()),
        pats.linked_numeric_month,
        pats.named_numeric if _NAMED_NUMERIC_HINT.search(text) else None,
        pats.day_month,
        pats.month_day,
        None if days_only else pats.month_year,
        pats.numeric if _numeric_hint(text, lex) else None,
        None if days_only else pats.month_alone,
    )
    for pattern in ordered:
        if pattern is None:
            continue
        for match in _matches(pattern, text):
            if occupied.overlaps(match.start(), match.end()):
                continue
            if pattern is pats.month_day and _after_a_name(text, match, lex):
                continue  # `Theresa May 10 years ago`
            # a month alone holds its preposition, which may say the side (`since July`)
            named = match.start("month") if pattern is pats.month_alone else match.start()
            direction = _direction(text, named, match.end(), lex)
            numeric = "a" in pattern.groupindex  # digits whose order the language decides
            groups = _groups(match, text, lex, pats)
            if groups is None or _counted_date(match, text, lex, pats):
                continue
            finding = _from_match(match, groups, lex, anchor, numeric=numeric, direction=direction)
            if finding is not None:
                finding = with_year_word(text, finding, lex, anchor)
                found.append(finding)
                taken.append((match.start(), match.end()))
                occupied.add(match.start(), match.end())
    if not days_only:
        alone = find_days_alone(text, lex, relative_anchor or anchor, taken)
        taken += [(f.found.start, f.found.end) for f in alone]
        found += alone + find_relative(text, lex, relative_anchor, pats.weekday, taken, anchor)
    return sorted(found, key=lambda f: f.found.start)


@lru_cache(maxsize=64)
def _matches(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    """A pattern's matches in a text, remembered: a document's dates are looked for twice (to
    date the document, then as claims), and the patterns do not depend on the anchor."""
    return tuple(pattern.finditer(text))


def _counted_date(match: re.Match[str], text: str, lex: Lexicon, pats: _Patterns) -> bool:
    """Digits that only look like a date when a unit follows: `12 05 2009 personnes`,
    `10.05.12 Minuten` (a dotted two-digit year), `am 1.5 Prozent` (a dotted day and month)."""
    spaced = (pats.spaced_day_first, pats.spaced_year_first, pats.linked_numeric_month)
    dotted_short = (
        match.re is pats.numeric_full
        and match.group("sep") == "."
        and len(match.group("year")) == 2
    )
    marked = match.re is pats.numeric and (match.group("dashed") or match.group("weekday"))
    if marked and "/" not in match.group():
        # `am 1.5 Prozent`, `ngày 2.5%`: a decimal after the word, not a day and month
        after = re.compile(r"\s*").match(text, match.end())
        rest = after.end() if after else match.end()
        return (
            counted(text, match.end(), lex)
            or lex.percent.match_at(text, rest) is not None
            or lex.scales.match_at(text, rest) is not None  # `Montag, 3.5 Millionen`
        )
    return (match.re in spaced or dotted_short) and counted(text, match.end(), lex)


def _groups(
    match: re.Match[str], text: str, lex: Lexicon, pats: _Patterns
) -> dict[str, Any] | None:
    """A match's day, month and year as the patterns that read words or numerals give them."""
    if match.re is pats.named_numeric:
        return named_parts(match, lex)
    if match.re is pats.day_month and match.group("ord_word"):
        return _word_day(match, lex)
    if match.re is numeral_pattern(lex.code, lex):
        return numeral_parts(match, text, lex)
    return match.groupdict()


def _word_day(match: re.Match[str], lex: Lexicon) -> dict[str, Any] | None:
    """`the fourth of July`, `vierde juli van 1995`; not `a second March on Washington`. A word
    a language writes for the first of a month needs neither (`dal primo aprile`, `[date_links]
    day_words`)."""
    groups = match.groupdict()
    alone = fold(match.group("ord_word")) in lex.raw_list("date_links", "day_words")
    if not (groups.get("ord_link") or groups.get("year") or alone):
        return None
    day = ordinals(lex).get(match.group("ord_word"))
    return {**groups, "day": str(day)} if day else None


def _after_a_name(text: str, match: re.Match[str], lex: Lexicon) -> bool:
    """A capitalised month word right after a capitalised name is part of the name; a name on
    the line before (a byline: `By Jane May\nOctober 19, 2026`) is not."""
    if match.group("weekday") or not match.group("month")[:1].isupper():
        return False
    before = re.search(
        r"([^\W\d_][\w'-]*)[^\S\n]+$", text[max(0, match.start() - 40) : match.start()]
    )
    if before is None or not before.group(1)[0].isupper():
        return False
    word = before.group(1)
    prepositions = {w.casefold() for w in lex.raw_list("date_prepositions", "words")}
    return (
        fold(word) not in lex.stopwords
        and word.casefold() not in prepositions
        and lex.weekdays.get(word) is None
    )


def _direction(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """`17 Agustus mendatang`, `17 août prochain`, `el próximo 17 de agosto`: a year-less date
    said to lie ahead or behind; `since July`, `7月以来` look back."""
    after, head = text[end : end + 20], text[max(0, start - 30) : start]
    between = "".join(rf"(?:{re.escape(w)}\s+)?" for w in lex.raw_list("date_direction", "links"))
    tail = r"(?!\w)" if lex.spaced else ""  # `7月以来の円高`: no spaces, no word's end to see
    for direction in ("future", "past"):
        for word in lex.raw_list("date_direction", direction):
            if re.match(rf"\s*{re.escape(word)}{tail}", after, re.IGNORECASE):
                return direction
            if re.search(rf"(?<!\w){re.escape(word)}\s+{between}$", head, re.IGNORECASE):
                return direction
    return None


_SCORE_BEFORE = re.compile(r"\d[ \t]*$")
"""A number just before a bracketed pair: `7-6 (7/5)` is a tie-break's score."""


def _after_score(match: re.Match[str], groups: dict[str, Any]) -> bool:
    """`7-6 (7/5)`: a bracketed pair right after a number is a score, not a date; a date in
    brackets follows a weekday or a word (`Rabu (14/5)`)."""
    if not groups.get("open") or groups.get("year") or groups.get("weekday"):
        return False
    start = match.start("open")
    return _SCORE_BEFORE.search(match.string, max(0, start - 8), start) is not None


_OUTLET_AFTER = re.compile(r"[ \t]*\([^\W\d_]")
"""An opening bracket and a letter: the outlet's name after a dateline's date."""


def _from_match(
    match: re.Match[str],
    groups: dict[str, Any],
    lex: Lexicon,
    anchor: dt.date | None,
    *,
    numeric: bool,
    direction: str | None = None,
) -> DateFinding | None:
    day: int | None
    month: int | None
    if groups.get("short_year"):
        groups = {**groups, "year": groups["short_year"]}
    if numeric:
        if not (
            groups.get("weekday")
            or groups.get("open")
            or groups.get("year")
            or groups.get("sep")
            or groups.get("lead")
            or groups.get("dashed")
        ):
            return None
        if _after_score(match, groups):
            return None
        read = _short_year_first(groups, lex)
        order = lex.year_last_order if read is groups and groups.get("year") else lex.date_order
        groups = read
        day, month = _day_month(int(groups["a"]), int(groups["b"]), order)
    else:
        month_word = groups.get("month") or ""
        month = month_number(month_word, lex) if not month_word.isdigit() else int(month_word)
        # A short month name (`Jan`) or a day glued to the month counts only with a year, or
        # before the wire's name in brackets (`Madrid, 22 oct (EFE).-`, a dateline).
        short = groups.get("short") and not _OUTLET_AFTER.match(match.string, match.end())
        if (short or groups.get("glued") is not None) and not groups.get("year"):
            return None
        day = int(groups["day"]) if groups.get("day") else None
    if month is None:
        return None
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    year = _year(groups.get("year"), anchor) or _era_year(groups, lex)
    value = _resolve(year, month, day, anchor, direction)
    if value is None:
        return None
    end_day = int(groups["day2"]) if groups.get("day2") else None
    if end_day is not None and (day is None or not day < end_day <= 31):
        return None
    value = DateValue(value.year, value.month, value.day, value.year_inferred, end_day)
    weekday = groups.get("weekday") or groups.get("weekday_after")
    mismatch = _weekday_mismatch(weekday, lex, value)
    qualifiers = (
        (f"weekday-date:{_weekday_date(weekday, lex, value)}",) if weekday and mismatch else ()
    )
    found = Found(Kind.DATE, match.start(), _end(match, lex), value, qualifiers)
    return DateFinding(found, mismatch, full=year is not None and day is not None)


def _end(match: re.Match[str], lex: Lexicon) -> int:
    """Where the date ends: a full stop right after a month's full name ends the sentence
    (`14 de marzo.`); only an abbreviation (`Dec.`, a shorter form of another name) keeps it."""
    end = match.end()
    if not match.group().endswith(".") or "month" not in match.re.groupindex:
        return end
    word = match.group("month")
    if word is None or match.end("month") != end - 1:
        return end
    folded = fold(word)
    number = lex.months.get(word)
    shortened = any(
        k != folded and k.startswith(folded) and v == number for k, v in lex.months.exact.items()
    )
    return end if shortened else end - 1


def _weekday_date(word: str, lex: Lexicon, value: DateValue) -> str:
    """The date nearest the stated one that falls on the stated weekday: what the writer may
    have meant (`Selasa (18/3)` in 2024 → 19 March)."""
    assert value.year and value.month and value.day
    stated = dt.date(value.year, value.month, value.day)
    weekday = _weekday_number(word, lex) or 0
    ahead = (weekday - stated.weekday()) % 7
    shift = ahead if ahead <= 3 else ahead - 7
    return (stated + dt.timedelta(days=shift)).isoformat()


def _era_year(groups: dict[str, str | None], lex: Lexicon) -> int | None:
    """`令和7年` is 2025: an era's first year plus the year within it (`元` is the first)."""
    era, within = groups.get("era"), groups.get("era_year")
    if not era or not within:
        return None
    first = int(lex.raw.get("eras", {}).get(era, 0))
    return first + (0 if within == "元" else int(within) - 1)


def _short_year_first(groups: dict[str, Any], lex: Lexicon) -> dict[str, Any]:
    """In a language that writes the year first, `12-11-10` is 2012-11-10: two-digit numbers
    joined by dashes or dots are read in its order when they can be."""
    year = groups.get("year") or ""
    if lex.date_order != "ymd" or len(year) != 2 or len(groups["a"]) != 2:
        return groups
    if not groups.get("sep") or int(groups["b"]) > 12 or int(year) > 31:
        return groups  # `05/05/89` and `3-7-89` end with their year whatever the language
    return {**groups, "year": groups["a"], "a": groups["b"], "b": year}


def _day_month(first: int, second: int, order: str) -> tuple[int, int]:
    """Day and month in the language's order, unless only the other order is a date: no month
    is above 12, so `21/04` is the 21st and `02/22` the 22nd whichever order the language uses."""
    day, month = (first, second) if order.startswith("d") else (second, first)
    return (month, day) if month > 12 >= day else (day, month)


def _year(raw: str | None, anchor: dt.date | None) -> int | None:
    if not raw:
        return None
    year = int(raw)
    if year >= 100:
        return year
    latest = (anchor.year if anchor else 2000) + _TWO_DIGIT_AHEAD
    return 2000 + year if 2000 + year <= latest else 1900 + year


def in_nearest_year(day: dt.date, anchor: dt.date) -> dt.date:
    """`day`'s month and day in the year that puts them nearest `anchor`, as a year-less date
    is read (a dateline without its year, placed among the other reports' dates)."""
    value = _resolve(None, day.month, day.day, anchor)
    return day if value is None or value.year is None else day.replace(year=value.year)


def _resolve(
    year: int | None,
    month: int,
    day: int | None,
    anchor: dt.date | None,
    direction: str | None = None,
) -> DateValue | None:
    """A year-less date takes the year that puts it nearest the anchor, or on the side of the
    anchor its wording names (`mendatang` ahead, `lalu` behind)."""
    if year is not None:
        return DateValue(year, month, day) if _valid(year, month, day) else None
    if anchor is None:
        return DateValue(None, month, day)
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    candidates = [y for y in years if _valid(y, month, day)]
    if direction == "future":
        candidates = [y for y in candidates if dt.date(y, month, day or 28) >= anchor] or candidates
    elif direction == "past":
        candidates = [y for y in candidates if dt.date(y, month, day or 1) <= anchor] or candidates
    if not candidates:
        return None
    nearest = min(candidates, key=lambda y: abs((dt.date(y, month, day or 15) - anchor).days))
    return DateValue(nearest, month, day, year_inferred=True)


def _valid(year: int, month: int, day: int | None) -> bool:
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return False
    return True


def _weekday_number(word: str, lex: Lexicon) -> int | None:
    short = lex.raw.get("weekdays_short", {})
    return int(short[word]) if word in short else lex.weekdays.get(word)


def _weekday_mismatch(word: str | None, lex: Lexicon, value: DateValue) -> str | None:
    if not word or value.year is None or value.month is None or value.day is None:
        return None
    stated = _weekday_number(word, lex)
    actual = dt.date(value.year, value.month, value.day)
    if stated is None or stated == actual.weekday():
        return None
    return f"{word} does not match {actual.isoformat()}, which was a {actual.strftime('%A')}"
