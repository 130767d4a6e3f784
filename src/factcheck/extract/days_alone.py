"""A day of the month written alone: `지난 4일` (last 4th), `오는 10일` (the coming 10th),
`3일(현지시간)` (the 3rd, local time), `14일 새벽` (before dawn on the 14th). Scripts that mark
the day (`일`, `日`) write a date in the current month so; the month is the anchor's, or the one
next to it that puts the day on the side its word names. Only days with such a word are read:
`3일` alone is as often a span (`3일간`) or a count."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from factcheck.extract.found import DateFinding, Found
from factcheck.lexicon import Lexicon, alternation
from factcheck.records import DateValue, Kind
from factcheck.text import Spans


@lru_cache(maxsize=32)
def _patterns(code: str, lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """The day after a direction word (`지난 4일`), the day before a `near` mark, and the day
    before a time of day (`times`: `15일 오전`, a space apart or none): a span or a count
    (`3일간`, `3일 걸렸다`) takes no time of day."""
    mark = lex.date_suffixes.get("day")
    past, future, near, before, times, places, subjects, spans, particles, opening, clefts = (
        alternation(lex.raw_list("date_direction", key))
        for key in (
            "past",
            "future",
            "near",
            "before",
            "times",
            "places",
            "subjects",
            "spans",
            "particles",
            "opening",
            "clefts",
        )
    )
    if not mark:
        return ()
    # Not the tail of a number (`1,20日`), but a day after a comma (`21日说，20日上午`, whose
    # full-width comma the text has made ASCII).
    day = rf"(?<!\d)(?<!\d[.,])(?P<day>[0-3]?\d)(?P<mark>{re.escape(mark)})"
    out = []
    if past or future:
        sides = rf"(?P<past>{past or '(?!x)x'})|(?P<future>{future or '(?!x)x'})"
        out.append(re.compile(rf"(?:{sides})\s+{day}"))
    months = [alternation(lex.raw_list("date_direction", k)) for k in ("last_month", "next_month")]
    if any(months):
        # `지난달 17일`, `先月17日`: the day of the month before or after the anchor's
        sides = rf"(?P<last_month>{months[0] or '(?!x)x'})|(?P<next_month>{months[1] or '(?!x)x'})"
        out.append(re.compile(rf"(?:{sides}) ?{day}"))
    if near:
        out.append(re.compile(rf"{day}(?:{near})"))
    if before:
        # `当地时间15日`, `現地時間15日`: a mark of the clock the day is told in, right before it
        out.append(re.compile(rf"(?:{before}){day}"))
    if times:
        out.append(re.compile(rf"{day} ?(?:{times})"))
    if subjects:
        # `政府は3日、…`, `정부는 3일 …`: the day right after the subject of a news lead, then a
        # comma or a word that makes it no span (`기간은 3일 동안`, three days long); the
        # subject may end in an aside (`킵타누이(26)가 11일`, the age in brackets) or a title's
        # closing quote (`「星の港」が24日に公開され`, `'별의 항구'는 24일 개봉해`)
        after = rf"[、，,]| (?!{spans or '(?!x)x'})"
        if particles:
            # `同作は24日に公開された`: a particle of time after the day (`2日に1度`, every two
            # days, is a rate: no digit may follow)
            after += rf"|(?:{particles})(?!\d)"
        closing = r"[)）」』'\"’”]"
        lead = rf"(?P<lead>(?:{subjects}) ?)"
        out.append(re.compile(rf"(?<=[^\W\d_]|{closing}){lead}{day}(?={after})"))
    if opening:
        # `18日，普拉博沃在首尔…`: a day that opens a sentence and is set off by a comma is when
        # the sentence happened (`为期3日，` is a span: a word comes before it)
        out.append(re.compile(rf"(?:^|(?<=[\n。！？]))[ \t]*{day}(?=(?:{opening}))", re.MULTILINE))
    if clefts:
        # `最後の隊が登頂したのは27日。`: a cleft puts the day last, as what the clause is about,
        # then the sentence ends or a copula closes it (`cleft_ends`; `のは3日だけ`, only three
        # days, does not)
        ends = alternation(lex.raw_list("date_direction", "cleft_ends"))
        closing = rf"[。、，,]|{ends}|$" if ends else r"[。、，,]|$"
        out.append(re.compile(rf"(?P<lead>{clefts}){day}(?={closing})", re.MULTILINE))
    if places:
        # `5일 자카르타에서`: the day, then where it happened (one word in the locative)
        out.append(re.compile(rf"{day} [^\W\d_]+(?:{places})(?![^\W\d_])"))
    return tuple(out)


def find_days_alone(
    text: str, lex: Lexicon, anchor: dt.date | None, taken: list[tuple[int, int]]
) -> list[DateFinding]:
    """Days alone not inside the dates already `taken`, resolved against `anchor`."""
    if anchor is None:
        return []
    occupied = Spans(taken)
    out = []
    seen: set[int] = set()
    for match in (m for p in _patterns(lex.code, lex) for m in p.finditer(text)):
        if occupied.overlaps(match.start(), match.end()) or match.start("day") in seen:
            continue
        if lex.units.match_at(text, match.start("mark")) is not None:
            continue  # `지난 3일간`: over the last three days
        groups = match.groupdict()
        side = "past" if groups.get("past") else "future" if groups.get("future") else None
        weekday = _bracketed_weekday(text, lex, match.end("mark"))
        day = _in_named_month(anchor, int(match.group("day")), groups) or _resolve(
            anchor, int(match.group("day")), side, weekday
        )
        if day is None:
            continue
        end = match.end("mark")
        seen.add(match.start("day"))
        begin = match.end("lead") if groups.get("lead") else match.start()
        value = DateValue(day.year, day.month, day.day, True, relative=text[begin:end])
        # `6日（日）`: a day its own weekday confirms is as firm as a date written whole, not
        # one counted from the report
        confirmed = weekday is not None and day.weekday() == weekday
        out.append(
            DateFinding(Found(Kind.DATE, begin, end, value, () if confirmed else ("relative",)))
        )
    return out


def _in_named_month(anchor: dt.date, day: int, groups: dict[str, str | None]) -> dt.date | None:
    """The day in the month before the anchor's (`지난달 17일`) or after it (`다음 달 5일`)."""
    first = anchor.replace(day=1)
    if groups.get("last_month"):
        month = (first - dt.timedelta(days=1)).replace(day=1)
    elif groups.get("next_month"):
        month = (first + dt.timedelta(days=32)).replace(day=1)
    else:
        return None
    try:
        return month.replace(day=day)
    except ValueError:
        return None


_BRACKETED = re.compile(r"\s?[(（]([^()（）]{1,4})[)）]")


def _bracketed_weekday(text: str, lex: Lexicon, end: int) -> int | None:
    """The weekday in brackets right after a day (`6日（日）`, `6일(일)`), if any."""
    found = _BRACKETED.match(text, end)
    if found is None:
        return None
    word = found.group(1)
    short = lex.raw.get("weekdays_short", {}).get(word)
    return int(short) if short is not None else lex.weekdays.get(word)


def _resolve(
    anchor: dt.date, day: int, side: str | None, weekday: int | None = None
) -> dt.date | None:
    """The day in the anchor's month or the one before or after it: the latest on or before
    the anchor (`past`), the first on or after it (`future`), else the nearest; of those, one
    on the `weekday` written beside it if any is."""
    first = anchor.replace(day=1)
    months = [(first - dt.timedelta(days=1)).replace(day=1), first]
    months.append((first + dt.timedelta(days=32)).replace(day=1))
    candidates = []
    for month in months:
        try:
            candidates.append(month.replace(day=day))
        except ValueError:
            continue
    if side == "past":
        candidates = [c for c in candidates if c <= anchor]
    elif side == "future":
        candidates = [c for c in candidates if c >= anchor]
    if not candidates:
        return None
    candidates = [c for c in candidates if c.weekday() == weekday] or candidates
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))
