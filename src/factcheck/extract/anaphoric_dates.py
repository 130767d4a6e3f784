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
from factcheck.lexicon import Lexicon, Phrases, fold
from factcheck.records import DateValue, Kind
from factcheck.text import Spans

_CLOSE = re.compile(r"\s*(?:[.,;:!?)\]»\"”’']|$)")


@lru_cache(maxsize=32)
def _phrases(lex: Lexicon) -> Phrases[int]:
    days = {k: int(v) for k, v in lex.raw.get("anaphoric_days", {}).items()}
    return Phrases(days, spaced=lex.spaced)


def find_anaphoric(text: str, lex: Lexicon, found: list[DateFinding]) -> list[DateFinding]:
    """`the next day` and its kin outside the dates already `found` (a dateline is not one of
    them: it dates the publication, not the story)."""
    phrases = _phrases(lex)
    if not phrases:
        return []
    occupied = Spans((f.found.start, f.found.end) for f in found)
    dated = [f.found for f in found]
    out: list[DateFinding] = []
    for match in phrases.finditer(text):
        if occupied.overlaps(match.start(), match.end()) or _guarded(text, match, lex):
            continue
        offset = phrases.get(match.group())
        if offset is None:
            continue
        base = _base(dated, match.start())
        if base is None:
            continue
        day = base + dt.timedelta(days=offset)
        value = DateValue(day.year, day.month, day.day, True, relative=match.group())
        finding = Found(Kind.DATE, match.start(), match.end(), value, ("relative",))
        dated.append(finding)
        out.append(DateFinding(finding))
    return out


def _base(dated: list[Found], start: int) -> dt.date | None:
    """The (last) day of the last date before `start`."""
    before = [f for f in dated if f.end <= start]
    if not before:
        return None
    value = max(before, key=lambda f: f.start).value
    if not isinstance(value, DateValue) or not (value.year and value.month and value.day):
        return None
    return dt.date(value.year, value.month, value.end_day or value.day)  # `29-30 April`


def _guarded(text: str, match: re.Match[str], lex: Lexicon) -> bool:
    """`la veille de l'élection`, `the day after the vote`: counted from an event, not a date."""
    closed = {fold(w) for w in lex.raw_list("anaphoric_day_guards", "closed")}
    if fold(match.group()) in closed and _CLOSE.match(text, match.end()) is None:
        return True
    words = "|".join(re.escape(w) for w in lex.raw_list("anaphoric_day_guards", "not_before"))
    gap = r"\s+" if lex.spaced else r"\s*"
    return (
        bool(words) and re.match(rf"{gap}(?:{words})(?!\w)", text[match.end() :], re.I) is not None
    )
