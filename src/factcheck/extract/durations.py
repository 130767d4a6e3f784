"""Finishing times read as one duration: `1:59:42`, `2:00:35 Stunden`, `1時間59分42秒`,
`2시간 0분 35초`, `2 hours, 5 minutes and 12 seconds`.

Read number by number, `1時間59分42秒` gave three figures (1 hour, 42 seconds, and a minute
count no unit table reads), so a winner's 42 seconds met a runner-up's 58 as a conflict, and
`1:59:42 Stunden` gave 42 hours. A clock written with seconds (`h:mm:ss`) is a time taken
unless a time-of-day word follows it (`14:32:05 Uhr`); without seconds (`10:14`) it stays a
time of day. Words for the parts are data: `[durations] hour`, `minute`, `second`; an hour
and a half written as one word after the number (`3時間半`, `3个半小时`, `3시간 반`) is
`[durations] half_hour`, read before the bare hour could take the number alone.

A lap time or a margin with its thousandths (`1:21.046`, `1'21"046`, `3"412`, `1分21秒046`,
`3秒412`) is one time in seconds, read first: digit by digit, `3秒412` was 3 seconds and
`1'21"046` nothing. The marks of the racing notation are `[durations] minute_marks` and
`second_marks` in base.toml; the thousandths are required, so `5'11"` (a height) is not read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.found import Found
from factcheck.lexicon import Lexicon, alternation, fold
from factcheck.records import Kind, Number, Quantity

_CLOCK = r"(?<![\d:.,])(?P<ch>\d{1,2}):(?P<cm>[0-5]\d):(?P<cs>[0-5]\d)(?![\d:]|[.,]\d)"
"""`1:59:42`; not part of a longer run of numbers (`12:30:45:10`, `1:59:42.5`)."""
_PARTS = ("hour", "minute", "second")
_SECONDS = {"hour": 3600, "minute": 60, "second": 1}


def find_durations(text: str, lex: Lexicon) -> list[Found]:
    """Every duration with seconds in `text`, as a time quantity in seconds."""
    pattern = _pattern(lex)
    found = [_found(m) for m in _lap_times(text, lex)]
    taken = [(f.start, f.end) for f in found]
    for match in pattern.finditer(text) if pattern is not None else ():
        if match.group("ch") is not None and _time_of_day(text, lex, match.end()):
            continue
        if not any(s < match.end() and match.start() < e for s, e in taken):
            found.append(_found(match))
    taken = [(f.start, f.end) for f in found]
    for match in _half_hours(text, lex):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            found.append(_found(match, half=True))
    taken = [(f.start, f.end) for f in found]
    for match in _hour_minutes(text, lex):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            found.append(_found(match))
    return sorted(found, key=lambda f: f.start)


def _hour_minutes(text: str, lex: Lexicon) -> list[re.Match[str]]:
    """`au terme d'un match de 3 h 48`, `s'impose en 2 h 05`: hours and minutes written with a
    short hour mark ([durations] short_hour) read as a clock is read (`à 18 h 30`); only a word
    that tells a time taken ([durations] short_leads before, short_tails after) makes them one."""
    pattern = _short_pattern(lex)
    if pattern is None:
        return []
    leads = [fold(w) for w in lex.raw_list("durations", "short_leads")]
    tails = [fold(w) for w in lex.raw_list("durations", "short_tails")]
    out = []
    for match in pattern.finditer(text):
        before = fold(text[max(0, match.start() - _LEAD_REACH) : match.start()]).rstrip()
        after = fold(text[match.end() : match.end() + _LEAD_REACH]).lstrip()
        led = any(re.search(rf"(?<!\w){re.escape(w)}$", before) for w in leads)
        if led or any(after.startswith(w) for w in tails):
            out.append(match)
    return out


_LEAD_REACH = 24


@lru_cache(maxsize=32)
def _half_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    words = lex.raw_list("durations", "half_hour")
    if not words:
        return None
    return re.compile(rf"(?<![\d:.,])(?P<h>\d{{1,2}})\s?(?:{alternation(words)})")


def _half_hours(text: str, lex: Lexicon) -> list[re.Match[str]]:
    """`約3時間半から48分に`: hours and a half (without this, 3 hours, and the 48 minutes
    read as the far end of a range of hours)."""
    pattern = _half_pattern(lex)
    return list(pattern.finditer(text)) if pattern is not None else []


@lru_cache(maxsize=32)
def _short_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    marks = lex.raw_list("durations", "short_hour")
    if not marks:
        return None
    minute = alternation(lex.raw_list("durations", "minute"))
    minute_word = rf"(?:[ \u00a0]?(?:{minute})(?!\w))?" if minute else ""
    return re.compile(
        rf"(?<![\d:.,])(?P<h>\d{{1,2}})[ \u00a0]?(?:{alternation(marks)})[ \u00a0]?"
        rf"(?P<m>[0-5]\d)(?![\d:.,]){minute_word}",
        re.IGNORECASE,
    )


@lru_cache(maxsize=32)
def _lap_pattern(lex: Lexicon) -> re.Pattern[str]:
    def thousandths(n: int) -> str:
        return rf"(?P<f{n}>\d{{1,3}})(?![\d:]|[.,]\d)"

    forms = [rf"(?<![\d:.,])(?P<m1>\d{{1,2}}):(?P<s1>[0-5]\d)[.,]{thousandths(1)}"]
    marks = lex.raw_list("durations", "second_marks")
    if marks:
        minute = _minutes_of(lex.raw_list("durations", "minute_marks"), 2, "")
        forms.append(
            rf"(?<![\d'’′.,]){minute}(?P<s2>[0-5]?\d)(?:{alternation(marks)}){thousandths(2)}"
        )
    words = lex.raw_list("durations", "second")
    if words:
        minute = _minutes_of(lex.raw_list("durations", "minute"), 3, r"\s?")
        forms.append(
            rf"(?<![\d.,]){minute}(?P<s3>[0-5]?\d)\s?(?:{alternation(words)}){thousandths(3)}"
        )
    return re.compile("|".join(f"(?:{f})" for f in forms), re.IGNORECASE)


def _minutes_of(words: tuple[str, ...], n: int, gap: str) -> str:
    """The optional minutes before a lap time's seconds, marked by one of `words`."""
    return rf"(?:(?P<m{n}>\d{{1,2}}){gap}(?:{alternation(words)}))?" if words else ""


def _lap_times(text: str, lex: Lexicon) -> list[re.Match[str]]:
    """`1:21.046`, `1'21"046`, `3秒412`: minutes (if any), seconds and their thousandths."""
    if _lap_hint(lex).search(text) is None:
        return []  # the full pattern tries every digit of every text: 2% of extraction
    return list(_lap_pattern(lex).finditer(text))


@lru_cache(maxsize=32)
def _lap_hint(lex: Lexicon) -> re.Pattern[str]:
    """What every lap time holds, a digit, its seconds' mark and a digit of the thousandths
    (`1:21.0`, `21"0`, `3秒4`), in a pattern cheap enough to rule most texts out."""
    forms = [r":[0-5]\d[.,]\d"]
    if marks := lex.raw_list("durations", "second_marks"):
        forms.append(rf"(?:{alternation(marks)})\d")
    if words := lex.raw_list("durations", "second"):
        forms.append(rf"\s?(?:{alternation(words)})\d")
    return re.compile(rf"\d(?:{'|'.join(forms)})", re.IGNORECASE)


def _found(match: re.Match[str], half: bool = False) -> Found:
    groups = match.groupdict()
    hours = groups.get("ch") or groups.get("h") or "0"
    minutes = _first(groups, "cm", "m", "m1", "m2", "m3")
    seconds = _first(groups, "cs", "s", "s1", "s2", "s3")
    fraction = _first(groups, "f1", "f2", "f3", default="")
    total = float(int(hours) * 3600 + int(minutes) * 60 + int(seconds) + (1800 if half else 0))
    if fraction:
        total = round(total + int(fraction) / 10 ** len(fraction), len(fraction))
    number = Number(total, total, total, decimals=len(fraction))
    value = Quantity(number, "second", "time", 1.0)
    return Found(Kind.QUANTITY, match.start(), match.end(), value)


def _first(groups: dict[str, str | None], *names: str, default: str = "0") -> str:
    return next((v for n in names if (v := groups.get(n))), default)


def _time_of_day(text: str, lex: Lexicon, end: int) -> bool:
    """`um 14:32:05 Uhr`: a clock word after the reading makes it a time of day."""
    words = lex.raw_list("times_of_day", "after_hour") + lex.raw_list("durations", "clock")
    tail = text[end : end + 16].lstrip().lower()
    return any(tail.startswith(w.lower()) for w in words)


@lru_cache(maxsize=32)
def _pattern(lex: Lexicon) -> re.Pattern[str] | None:
    words = {p: lex.raw_list("durations", p) for p in _PARTS}
    if not all(words.values()):
        return None
    end = r"(?!\w)" if lex.spaced else ""
    unit = {p: f"(?:{alternation(words[p])}){end}" for p in _PARTS}
    joiners = lex.raw_list("qualifiers", "range_and")
    joined = rf"|\s+(?:{alternation(joiners)})\s+" if joiners else ""
    gap = rf"(?:\s*,\s*{joined}|\s*)"
    # Spelled out, the seconds are required: `2 hours and 30 minutes` is left to the
    # compound measures, which read it in hours.
    spelled = (
        rf"(?<!\d)(?:(?P<h>\d{{1,2}})\s?{unit['hour']}{gap})?"
        rf"(?P<m>\d{{1,2}})\s?{unit['minute']}{gap}(?P<s>\d{{1,2}})\s?{unit['second']}"
    )
    clock = rf"{_CLOCK}(?:\s?{unit['hour']})?"
    return re.compile(rf"{clock}|{spelled}", re.IGNORECASE)
