"""Dates said relative to the document's own: `Monday`, `next Friday`, `last month`,
`yesterday`, and through `offset_dates` `two days ago`, `in three weeks`, resolved against the
anchor (publication date or --as-of)."""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from functools import lru_cache

from factcheck.extract.found import DateFinding, Found
from factcheck.extract.offset_dates import find_offsets
from factcheck.extract.weekday_days import (
    day_of_weekday,
    guarded_rank,
    month_after,
    nth_weekday,
    rank_before,
)
from factcheck.lexicon import Lexicon, Phrases, alternation, fold, listed_pattern
from factcheck.records import DateValue, Kind
from factcheck.text import Spans, line_around, title_case


def find_relative(
    text: str,
    lex: Lexicon,
    anchor: dt.date | None,
    weekday_pattern: re.Pattern[str],
    taken: list[tuple[int, int]],
    day_anchor: dt.date | None = None,
) -> list[DateFinding]:
    """Relative dates not inside the absolute ones already `taken`. A weekday with its day of
    the month (`quarta-feira (15)`) is nearly a full date: without `anchor`, the looser
    `day_anchor` (a year and month borrowed from other documents) places it."""
    found = find_offsets(text, lex, anchor, taken)
    taken = taken + [(f.found.start, f.found.end) for f in found]
    anchors = (anchor, day_anchor)
    weekdays = _weekdays_alone(text, lex, anchors, weekday_pattern, taken)
    taken = taken + [(f.found.start, f.found.end) for f in weekdays]
    short = _short_weekdays(lex)
    if short:
        weekdays += _weekdays_alone(text, lex, anchors, short.pattern, taken, short)
        taken = taken + [(f.found.start, f.found.end) for f in weekdays]
    return found + weekdays + _relative(text, lex, anchor, taken)


def _weekdays_alone(
    text: str,
    lex: Lexicon,
    anchors: tuple[dt.date | None, dt.date | None],
    pattern: re.Pattern[str],
    taken: list[tuple[int, int]],
    short: Phrases[int] | None = None,
) -> list[DateFinding]:
    """`said Monday`: the latest such day on or before the anchor; `next Monday`, `Friday next
    week`, `上周一`: the day its words name. `short` names that are also other words (`sexta`,
    sixth) count only with a week, a rank or a direction (`nesta sexta`, `próxima sexta`)."""
    out = []
    occupied = Spans(taken)
    for match in pattern.finditer(text):
        if occupied.covers(match.start()):
            continue
        word = match.group()
        if lex.spaced and len(word) <= 3:
            continue  # `Sun`, `Mar`, `Sat` alone are too often something else
        stated = (short or lex.weekdays).get(word)
        if stated is None or _counted_before(text, match.start(), lex):
            continue  # `dua minggu` is two weeks, not a Sunday
        if _week_phrase(lex).match(text, match.start()):
            continue  # `minggu depan` is next week, not next Sunday
        found = _weekday(text, lex, anchors, stated, match, needs_week=short is not None)
        if found is not None:
            out.append(found)
    return out


@lru_cache(maxsize=32)
def _short_weekdays(lex: Lexicon) -> Phrases[int] | None:
    names = {k: int(v) for k, v in lex.raw.get("weekdays_in_week", {}).items()}
    return Phrases(names, spaced=lex.spaced) if names else None


def _weekday(
    text: str,
    lex: Lexicon,
    anchors: tuple[dt.date | None, dt.date | None],
    stated: int,
    match: re.Match[str],
    *,
    needs_week: bool = False,
) -> DateFinding | None:
    anchor, day_anchor = anchors
    if _guarded_weekday(text, match.start(), match.end(), lex):
        return None
    ranked = rank_before(text, lex, match.start())
    if ranked is not None:
        return _ranked_weekday(text, lex, anchor, stated, match, ranked)
    numbered = (
        None if needs_week else day_of_weekday(text, lex, anchor or day_anchor, stated, match.end())
    )
    if numbered is not None:
        # `quarta-feira (15)`: the day is written, only its month comes from the anchor
        return _day_finding(text, match.start(), numbered[0], numbered[1], counted=False)
    week = _week_of(text, lex, match.start(), match.end())
    if week is not None:
        weeks, start, end = week
        day = anchor and _in_week(anchor, stated, weeks)
    else:
        direction, start, end = _weekday_direction(text, lex, match.start(), match.end())
        if direction is None and (
            _told_ahead(text, lex, match.start())
            or _opens_ahead(text, lex, match.end())
            or _planned_after(text, lex, match.end())
        ):
            direction = "future"  # `the vote will take place on Sunday`, `Venerdì sono attesi`
        if direction is None and (
            needs_week or (not lex.spaced and not _told_near(text, lex, match.start(), match.end()))
        ):
            # a short name needs its week; a weekday alone among unspaced characters is too
            # often inside another word, unless what news writes around a day is around it
            return None
        day = anchor and _weekday_from(anchor, stated, direction)
    phrase = text[start:end]
    value = DateValue(None, None, None, relative=phrase)
    if day:
        value = DateValue(day.year, day.month, day.day, True, relative=phrase)
    return DateFinding(Found(Kind.DATE, start, end, value, ("relative",)))


def _ranked_weekday(
    text: str,
    lex: Lexicon,
    anchor: dt.date | None,
    stated: int,
    match: re.Match[str],
    ranked: tuple[int, int],
) -> DateFinding | None:
    """`the second Sunday`: of the anchor's month, or of the month named after it."""
    rank, start = ranked
    month = month_after(text, lex, match.end())
    if month is None and guarded_rank(text, lex, match.end()):
        return None  # `the first Sunday of Advent`
    end = month.end() if month else match.end()
    year_month = _named_month(month, lex, anchor) if month else None
    if month is None and anchor is not None:
        year_month = anchor.year, anchor.month
    day = nth_weekday(*year_month, stated, rank) if year_month else None
    return _day_finding(text, start, end, day)


def _named_month(
    match: re.Match[str], lex: Lexicon, anchor: dt.date | None
) -> tuple[int, int] | None:
    """`next month` against the anchor; `October` in its year, or the one nearest the anchor."""
    if match.group("current"):
        return (anchor.year, anchor.month) if anchor else None
    if match.group("relative"):
        value = _month_of(match.group("relative"), lex.code, anchor)
        return (value.year, value.month) if value.year and value.month else None
    month = lex.months.get(match.group("month"))
    if month is None:
        return None
    if match.group("year"):
        return int(match.group("year")), month
    if anchor is None:
        return None
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    return min(
        ((y, month) for y in years),
        key=lambda ym: abs(ym[0] * 12 + ym[1] - anchor.year * 12 - anchor.month),
    )


def _day_finding(
    text: str, start: int, end: int, day: dt.date | None, *, counted: bool = True
) -> DateFinding:
    phrase = text[start:end]
    value = DateValue(None, None, None, relative=phrase)
    if day is not None:
        value = DateValue(day.year, day.month, day.day, True, relative=phrase)
    return DateFinding(Found(Kind.DATE, start, end, value, ("relative",) if counted else ()))


def _guarded_weekday(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """`上周一共`: the weekday's last character starts the next word (`一共`, in all); `lần thứ
    hai`: after these words a weekday's name is an ordinal (the second time)."""
    if _reduplicated(text, start, end):
        return True
    if any(text.startswith(w, end) for w in lex.raw_list("weekday_weeks_guards", "not_before")):
        return True
    words = lex.raw_list("weekday_weeks_guards", "not_after")
    if not words:
        return False
    alternatives = "|".join(re.escape(w) for w in words)
    head = text[max(0, start - 30) : start]
    edge, gap = (r"(?<!\w)", r"\s+") if lex.spaced else ("", r"\s*")
    return re.search(rf"{edge}(?:{alternatives}){gap}$", head, re.IGNORECASE) is not None


def _reduplicated(text: str, start: int, end: int) -> bool:
    """`berminggu-minggu` (for weeks), `minggu-minggu`: a word written twice across a hyphen is
    a plural or an adverb, never the weekday it repeats."""
    word = text[start:end].casefold()
    before = text[max(0, start - len(word) - 1) : start].casefold()
    after = text[end : end + len(word) + 1].casefold()
    return before == word + "-" or after == "-" + word


@lru_cache(maxsize=32)
def _week_patterns(code: str, lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words naming a weekday's week, written before it (`next week Friday`, `this Friday`,
    `上周一`) or, for whole phrases, after it (`Friday of next week`, `viernes de esta semana`)."""
    gap = r"\s+" if lex.spaced else r"\s*"
    edge = r"(?<![^\W\d_])" if lex.spaced else ""
    tail = r"(?![^\W\d_])" if lex.spaced else ""
    links = "|".join(re.escape(w) for w in lex.raw_list("date_links", "weekday")) or r"(?!x)x"
    phrases = _alternation(lex.raw.get("weekday_weeks", {}))
    words = _alternation(
        {**lex.raw.get("weekday_weeks", {}), **lex.raw.get("weekday_weeks_before", {})}
    )
    before = (
        rf"{edge}(?P<week>{words})(?:\s*[,–-])?(?:{gap}(?:{links}))?{gap}$"  # `this week, Friday`
    )
    after = rf"{gap}(?:(?:{links}){gap})?(?P<week>{phrases}){tail}"
    return re.compile(before, re.I), re.compile(after, re.I)


@lru_cache(maxsize=32)
def _week_phrase(lex: Lexicon) -> re.Pattern[str]:
    """A phrase naming a week that begins with a weekday's name (Indonesian `minggu` is both
    Sunday and week)."""
    tail = r"(?![^\W\d_])" if lex.spaced else ""
    return re.compile(rf"(?:{_alternation(lex.raw.get('weekday_weeks', {}))}){tail}", re.I)


def _alternation(words: dict[str, object]) -> str:
    return alternation(words) or r"(?!x)x"


def _week_of(text: str, lex: Lexicon, start: int, end: int) -> tuple[int, int, int] | None:
    """The week a weekday is said to lie in, counted from the anchor's, and the span."""
    before_pattern, after_pattern = _week_patterns(lex.code, lex)
    weeks = {
        fold(k): int(v)
        for table in ("weekday_weeks", "weekday_weeks_before")
        for k, v in lex.raw.get(table, {}).items()
    }
    head = text[max(0, start - 40) : start]
    before = before_pattern.search(head)
    if before is not None:
        return weeks[fold(before.group("week"))], start - len(head) + before.start(), end
    after = after_pattern.match(text, end)
    if after is not None:
        return weeks[fold(after.group("week"))], start, after.end()
    return None


def _in_week(anchor: dt.date, weekday: int, weeks: int) -> dt.date:
    """The weekday in the week `weeks` after the anchor's (weeks start on Monday)."""
    monday = anchor - dt.timedelta(days=anchor.weekday())
    return monday + dt.timedelta(days=7 * weeks + weekday)


def _weekday_direction(
    text: str, lex: Lexicon, start: int, end: int
) -> tuple[str | None, int, int]:
    """`next Monday`, `lundi prochain`, `Senin depan`, `last Wednesday`: the word and its side."""
    for direction in ("future", "past"):
        for word in lex.raw_list("date_direction", direction):
            before = re.search(
                rf"(?<!\w){re.escape(word)}\s+$", text[max(0, start - 25) : start], re.I
            )
            if before is not None:
                return (
                    direction,
                    start - (len(text[max(0, start - 25) : start]) - before.start()),
                    end,
                )
            after = re.match(rf"\s+{re.escape(word)}(?!\w)", text[end : end + 25], re.I)
            if after is not None:
                return direction, start, end + after.end()
    return None, start, end


_CLAUSE_REACH = 80
_CLAUSE_MARKS = re.compile(r"[,;:.!?()\n\"“”«»]")


@lru_cache(maxsize=32)
def _ahead_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    words = lex.raw_list("date_direction", "ahead")
    endings = lex.raw_list("date_direction", "ahead_endings")
    if not (words or endings):
        return None
    parts = [rf"(?<!\w){re.escape(w)}(?!\w)" for w in sorted(words, key=len, reverse=True)]
    parts += [rf"(?<!\w)\w{{2,}}{re.escape(e)}(?!\w)" for e in endings]
    return re.compile("|".join(parts))


def _told_ahead(text: str, lex: Lexicon, start: int) -> bool:
    """A bare weekday after a future verb in its own clause is the coming one: `the vote will
    take place on Sunday`, `la cumbre se celebrará el jueves` ([date_direction] ahead, and
    `ahead_endings` for a tense's endings). `said Monday it will...` is untouched: the verb
    must come before the weekday, with no comma between."""
    pattern = _ahead_pattern(lex)
    if pattern is None:
        return False
    head = text[max(0, start - _CLAUSE_REACH) : start]
    # An aside in brackets does not end the clause around it: `is expected to approve an
    # €85 million ($93 million) plan on Tuesday`.
    clause = _CLAUSE_MARKS.split(_ASIDE.sub(" ", head))[-1]
    if title_case(text, *line_around(text, start)):
        # A headline capitalises its verbs: `Harga Baru Berlaku Sabtu` (takes effect Saturday).
        return pattern.search(clause.lower()) is not None
    # Lower case only: `Will Smith`, the state of `Pará`.
    return any(not m.group()[0].isupper() for m in pattern.finditer(clause))


_ASIDE = re.compile(r"\([^()\n]*\)")
_OPENING_REACH = 25


def _opens_ahead(text: str, lex: Lexicon, end: int) -> bool:
    """A weekday that a future verb follows at once, the weekday opening its clause:
    `Venerdì sono attesi fino a 48 gradi`, `Friday will bring relief`. A word between the two
    is too many (`Monday's vote will ...` dates the vote, not what will happen)."""
    pattern = _ahead_pattern(lex)
    if pattern is None:
        return False
    after = text[end : end + _OPENING_REACH]
    match = re.match(r"\s+", after)
    if match is None:
        return False
    verb = pattern.match(after, match.end())
    return verb is not None and not verb.group()[0].isupper()


def _planned_after(text: str, lex: Lexicon, end: int) -> bool:
    """A bare weekday before a participle of planning closing its clause is the coming one:
    Dutch and German put the verb last (`Donderdag om 10 uur is een nieuw overleg gepland`,
    `Für Donnerstag ist ein Treffen angesetzt`) ([date_direction] ahead_after)."""
    words = lex.raw_list("date_direction", "ahead_after")
    if not words:
        return False
    clause = _CLAUSE_MARKS.split(text[end : end + _CLAUSE_REACH])[0]
    # `hob am Dienstag seine Prognose an und erwartet ...`: a verb after `und` is another
    # clause's, whose weekday it does not date
    links = listed_pattern(lex, "clause_links", "words", r"(?<!\w)(?:{words})(?!\w)")
    if links is not None and (link := links.search(clause)) is not None:
        clause = clause[: link.start()]
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", clause) for w in words)


@lru_cache(maxsize=32)
def _near_patterns(lex: Lexicon) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """What follows a day in a news lead (`near`, a time of day) and what comes right before
    one (a clock's name, the lead's subject particle): [date_direction], as for days alone."""
    after = alternation(
        lex.raw_list("date_direction", "near") + lex.raw_list("date_direction", "times")
    )
    before = alternation(
        lex.raw_list("date_direction", "before") + lex.raw_list("date_direction", "subjects")
    )
    return (
        re.compile(rf"\s?(?:{after})") if after else None,
        re.compile(rf"(?:{before})\s?$") if before else None,
    )


def _told_near(text: str, lex: Lexicon, start: int, end: int) -> bool:
    """A weekday alone in unspaced text, where a day of the news is told: `热纳瓦尔周二宣布`
    (announced on Tuesday), `当地时间周一`, `首相は月曜日、`."""
    after, before = _near_patterns(lex)
    return bool(
        (after is not None and after.match(text, end))
        or (before is not None and before.search(text[max(0, start - 8) : start]))
    )


def _weekday_from(anchor: dt.date, weekday: int, direction: str | None) -> dt.date:
    """Bare: the latest such day on or before the anchor (news reports the past); `next`: the
    first after it; `last`: the latest before it."""
    back = (anchor.weekday() - weekday) % 7
    if direction == "future":
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    if direction == "past":
        return anchor - dt.timedelta(days=back or 7)
    return anchor - dt.timedelta(days=back)


def _counted_before(text: str, start: int, lex: Lexicon) -> bool:
    before = re.search(r"(\S+)\s+$", text[max(0, start - 30) : start])
    if before is None:
        return False
    word = before.group(1)
    return word[-1].isdigit() or lex.number_words.get(word) is not None


def _relative(
    text: str, lex: Lexicon, anchor: dt.date | None, taken: list[tuple[int, int]]
) -> list[DateFinding]:
    """`yesterday`, `pasado mañana`: a number of days from the anchor; `last month`, `bulan
    lalu`: a wider span, resolved by dateparser against the anchor."""
    out = []
    occupied = Spans(taken)
    for match in lex.relative_dates.finditer(text):
        if occupied.overlaps(match.start(), match.end()):
            continue
        entry = lex.relative_dates.get(match.group())
        start = match.start()
        if isinstance(entry, int):
            if _guarded(text, match.start(), lex) or _run_on(text, match.end(), lex):
                continue  # `esta mañana` is this morning; `de volgende maand` needs no guard
            value = _days_from(match.group(), anchor, entry)
        elif entry == "month":
            value, start = _day_of_month(text, lex, anchor, match)
        else:
            continue  # a week or a year names no day or month worth checking
        out.append(DateFinding(Found(Kind.DATE, start, match.end(), value, ("relative",))))
    return out


def _day_of_month(
    text: str, lex: Lexicon, anchor: dt.date | None, match: re.Match[str]
) -> tuple[DateValue, int]:
    """`next month`, or `the 20th of next month` when a day, ranked by its suffix or article,
    and its link come before it."""
    value = _month_of(match.group(), lex.code, anchor)
    links = "|".join(map(re.escape, lex.raw_list("date_links", "ordinal") + lex.date_links))
    articles = "|".join(map(re.escape, lex.raw_list("date_links", "day"))) or "(?!)"
    if not links or not value.year or not value.month:
        return value, match.start()
    head = text[max(0, match.start() - 30) : match.start()]
    day = re.search(
        rf"(?:(?P<article>{articles})\s+)?(?<![\w.,])(?P<day>[0-3]?\d)"
        rf"(?P<suffix>\s?{lex.ordinal_suffixes.body})?"
        rf"\s+(?:{links})\s+(?:(?:{articles})\s+)?$",
        head,
        re.I,
    )
    if day is None or not (day.group("article") or day.group("suffix")):
        return value, match.start()  # `20 of next month's flights` is a count
    if not 1 <= int(day.group("day")) <= monthrange(value.year, value.month)[1]:
        return value, match.start()
    start = match.start() - len(head) + day.start("day")
    dated = DateValue(
        value.year, value.month, int(day.group("day")), True, relative=text[start : match.end()]
    )
    return dated, start


def _guarded(text: str, start: int, lex: Lexicon) -> bool:
    """`esta mañana`, `heute Morgen`: after these words the relative word is a time of day."""
    words = lex.raw_list("relative_date_guards", "not_after")
    if not words:
        return False
    gap = r"\s+" if lex.spaced else r"\s*"
    head = text[max(0, start - 30) : start]
    alternatives = "|".join(re.escape(w) for w in words)
    return re.search(rf"(?<!\w)(?:{alternatives}){gap}$", head, re.IGNORECASE) is not None


def _run_on(text: str, end: int, lex: Lexicon) -> bool:
    """`此后天气`: in a script without spaces the relative word's last character may open
    the next word (`天气`, weather), its first close the one before (`此后`, thereafter)."""
    words = lex.raw_list("relative_date_guards", "not_before")
    return any(text.startswith(w, end) for w in words)


def _days_from(phrase: str, anchor: dt.date | None, days: int) -> DateValue:
    if anchor is None:
        return DateValue(None, None, None, relative=phrase)
    day = anchor + dt.timedelta(days=days)
    return DateValue(day.year, day.month, day.day, year_inferred=True, relative=phrase)


def _month_of(phrase: str, code: str, anchor: dt.date | None) -> DateValue:
    unresolved = DateValue(None, None, None, relative=phrase)
    if anchor is None:
        return unresolved
    import dateparser  # only documents with relative dates pay for its import

    base = dt.datetime(anchor.year, anchor.month, anchor.day, 12)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    parsed = dateparser.parse(phrase, languages=[code], settings=settings)
    if parsed is None:
        return unresolved
    return DateValue(parsed.year, parsed.month, None, year_inferred=True, relative=phrase)
