"""Days counted from the story's own last date: `the next day`, `le lendemain`, `el día
anterior`, `第二天`.

In news these follow the event just told (`arrested on 3 March and charged the next day`), so
they count from the last date before them that names a day. With none, or after a date that
names no day (`in March`), they are not read: the publication date is no guide, since the event
they follow is usually before it (`Le lendemain, la police a arrêté deux suspects`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from factcheck.extract.found import DateFinding, Found
from factcheck.lexicon import Lexicon, Phrases, alternation, fold
from factcheck.records import DateValue, Kind
from factcheck.text import Spans

_CLOSE = re.compile(r"\s*(?:[.,;:!?)\]»\"”’']|$)")


@lru_cache(maxsize=32)
def _phrases(lex: Lexicon) -> Phrases[int]:
    days = {k: int(v) for k, v in lex.raw.get("anaphoric_days", {}).items()}
    return Phrases(days, spaced=lex.spaced)


def find_anaphoric(text: str, lex: Lexicon, found: list[DateFinding]) -> list[DateFinding]:
    """`the next day` and its kin outside the dates already `found` (sorted by start; a dateline
    is not one of them: it dates the publication, not the story)."""
    counted = _counted(text, lex)
    ids = {id(match) for match, _ in counted}
    candidates = sorted(_fixed(text, lex) + counted, key=lambda c: c[0].start())
    if not candidates:
        return []
    occupied = Spans((f.found.start, f.found.end) for f in found)
    out: list[DateFinding] = []
    last: Found | None = None  # the last date ending before the current phrase
    ahead = iter(sorted((f.found for f in found), key=lambda f: f.end))
    upcoming = next(ahead, None)
    for match, offset in candidates:
        while upcoming is not None and upcoming.end <= match.start():
            last = upcoming if last is None or upcoming.start > last.start else last
            upcoming = next(ahead, None)
        if occupied.overlaps(match.start(), match.end()):
            continue
        base = _day(last) if last is not None else None
        if base is None and id(match) in ids:
            # `Ten days later` with no day told before it: a date not known, and no span of
            # ten days either (the time between two events, not how long one lasted)
            undated = DateValue(None, None, None, relative=match.group())
            out.append(
                DateFinding(Found(Kind.DATE, match.start(), match.end(), undated, ("relative",)))
            )
        if base is None:
            continue
        day = base + dt.timedelta(days=offset)
        value = DateValue(day.year, day.month, day.day, True, relative=match.group())
        last = Found(Kind.DATE, match.start(), match.end(), value, ("relative",))
        out.append(DateFinding(last))
    return out


def _fixed(text: str, lex: Lexicon) -> list[tuple[re.Match[str], int]]:
    """`the next day`, `le lendemain`: phrases of the [anaphoric_days] table and their offset."""
    phrases = _phrases(lex)
    if not phrases:
        return []
    out = []
    for match in phrases.finditer(text):
        offset = phrases.get(match.group())
        if offset is not None and not _guarded(text, match, lex):
            out.append((match, offset))
    return out


_STORY_UNITS = {"day": 1, "week": 7}


def _counted(text: str, lex: Lexicon) -> list[tuple[re.Match[str], int]]:
    """`Ten days later`, `two weeks earlier`, `tre giorni dopo`: news counts these from the
    event just told, not from the report ([relative_offsets] story_later, story_earlier)."""
    pattern = _counted_pattern(lex)
    if pattern is None:
        return []
    later = {fold(w) for w in lex.raw_list("relative_offsets", "story_later")}
    out = []
    for match in pattern.finditer(text):
        sense = lex.units.get(match.group("unit"))
        amount = _amount(match.group("amount"), lex)
        if sense is None or sense.name not in _STORY_UNITS or amount is None:
            continue
        sign = 1 if fold(match.group("word")) in later else -1
        out.append((match, sign * int(amount) * _STORY_UNITS[sense.name]))
    return out


@lru_cache(maxsize=32)
def _counted_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    words = lex.raw_list("relative_offsets", "story_later")
    words += lex.raw_list("relative_offsets", "story_earlier")
    if not words or not lex.spaced:
        return None
    ones = lex.raw_list("relative_offsets", "one")
    number = rf"\d+|{lex.number_words.body}" + (f"|{alternation(ones)}" if ones else "")
    return re.compile(
        rf"(?<![\w.,])(?P<amount>{number})\s+(?P<unit>{lex.units.body})\s+"
        rf"(?P<word>{alternation(words)})(?!\w)",
        re.I,
    )


def _amount(word: str, lex: Lexicon) -> float | None:
    if word.isdigit():
        return int(word)
    if fold(word) in {fold(w) for w in lex.raw_list("relative_offsets", "one")}:
        return 1
    return lex.number_words.get(word)


def _day(found: Found) -> dt.date | None:
    """The (last) day a date names, if it names one."""
    value = found.value
    if not isinstance(value, DateValue) or not (value.year and value.month and value.day):
        return None
    return dt.date(value.year, value.month, value.end_day or value.day)  # `29-30 April`


@lru_cache(maxsize=32)
def _guards(lex: Lexicon) -> tuple[frozenset[str], re.Pattern[str] | None]:
    closed = frozenset(fold(w) for w in lex.raw_list("anaphoric_day_guards", "closed"))
    words = "|".join(re.escape(w) for w in lex.raw_list("anaphoric_day_guards", "not_before"))
    gap = r"\s+" if lex.spaced else r"\s*"
    # A word ends at a space only where words are spaced: `前日比9.8％` has none after `比`.
    end = r"(?!\w)" if lex.spaced else ""
    return closed, re.compile(rf"{gap}(?:{words}){end}", re.I) if words else None


def _guarded(text: str, match: re.Match[str], lex: Lexicon) -> bool:
    """`la veille de l'élection`, `the day after the vote`: counted from an event, not a date."""
    closed, not_before = _guards(lex)
    if fold(match.group()) in closed and _CLOSE.match(text, match.end()) is None:
        return True
    return not_before is not None and not_before.match(text, match.end()) is not None
