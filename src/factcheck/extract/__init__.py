"""Claims from one document: a pure function of its text, language and anchor date."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from factcheck.extract.ages import find_bracketed_ages
from factcheck.extract.anaphoric_dates import find_anaphoric
from factcheck.extract.attribution import attribution_of
from factcheck.extract.compound_measures import join_compound_measures
from factcheck.extract.dates import find_dates
from factcheck.extract.durations import find_durations
from factcheck.extract.figures import find_figures
from factcheck.extract.found import DateFinding, Found
from factcheck.extract.local_currency import localise
from factcheck.extract.numbers import document_convention
from factcheck.extract.outcomes import with_outcomes
from factcheck.extract.partial_counts import with_partial_counts
from factcheck.extract.quotes import with_trading_days
from factcheck.extract.roles import find_roles
from factcheck.extract.subject import document_names, measure_concepts, subject_of
from factcheck.extract.sums import mark_sums
from factcheck.extract.telling import told_day
from factcheck.extract.wholes import without_part_outcomes
from factcheck.lexicon import Lexicon, Phrases, fold, listed_pattern
from factcheck.records import (
    Claim,
    DateValue,
    Document,
    Kind,
    Money,
    Percent,
    Quantity,
    Role,
    Source,
    Value,
    Warning,
)
from factcheck.text import NormalText, Sentence, sentences, url_spans

Span = tuple[int, int]

__all__ = ["anchor_and_basis", "extract_source", "own_anchor"]

_DATELINE_CHARS = 300
_TERM_END_CHARS = 30
_DATELINE_LEAD_WORDS = 4
_DATELINE_LEAD_CHARS = 40
_BRACKETED_PLACE = re.compile(r"\s*【[^】\n]{1,20}】\s*")
_DATELINE_BODY = 200
_DATELINE_REST = 40


def own_anchor(document: Document, lex: Lexicon) -> tuple[dt.date | None, bool]:
    """The document's date: metadata, else its dateline, else its latest full date (inferred)."""
    anchor, inferred, _, _ = anchor_and_basis(document, lex)
    return anchor, inferred


def anchor_and_basis(document: Document, lex: Lexicon) -> tuple[dt.date | None, bool, bool, bool]:
    """`own_anchor`; whether the date is only a guess from a date in the text (no metadata, no
    dateline), as a guess may be a plan (`the opening slips to 3 June 2028`), not the news;
    and whether it is a dateline's day without its year (`LAUSANNE, Oct 14 (Wire) -`), whose
    year the text's background dates gave only for want of better."""
    if document.published is not None:
        return document.published, False, False, False
    normal = NormalText.of(document.text)
    full = [f for f in find_dates(normal.text, lex, None, days_only=True) if f.full]
    tails = lex.raw_list("datelines", "tails")
    dated = [f for f in full if _is_dateline(normal.text, f, tails=tails)]
    if dated:
        return _as_date(dated[0]), True, False, False
    guess = _guessed_anchor(normal.text, full, lex)
    yearless = _yearless_dateline(normal.text, lex, guess)
    return yearless or guess, True, True, yearless is not None


def _yearless_dateline(text: str, lex: Lexicon, guess: dt.date | None) -> dt.date | None:
    """A dateline without its year (`新华社东京1月22日电`) still names the day of the news: a
    date in the text (`launched on 8 October 2026`) gives it only its nearest year, as the
    background's dates are months before or after the news, never the news itself."""
    if guess is None:
        return None
    tails = lex.raw_list("datelines", "tails")
    dated = _datelines(text, list(find_dates(text, lex, guess, days_only=True)), tails)
    value = dated[0].found.value if dated else None
    if isinstance(value, DateValue) and value.year and value.month and value.day:
        return dt.date(value.year, value.month, value.day)
    return None


def _guessed_anchor(text: str, full: list[DateFinding], lex: Lexicon) -> dt.date | None:
    # The end of a term (`hasta el 30 de junio de 2031`, `until 2031`) is never the day of
    # the news: without other dates the corpus's date is a better guess.
    ends = lex.raw_list("datelines", "term_ends")
    full = [f for f in full if not _ends_term(text, f, ends)]
    # No dateline: a date written with its weekday (`Selasa (3/3/2026)`, `3月3日（火）`) tells
    # the day of the news; a later bare date is more often a plan (`work starts on 1 July`).
    told = [f for f in full if _names_weekday(text, f, lex)] or full
    return _as_date(max(told, key=_as_date)) if told else None


def _ends_term(text: str, finding: DateFinding, ends: tuple[str, ...]) -> bool:
    """Does one of `ends` (`until`, `fino al`) stand just before the date, as whole words?"""
    before = fold(text[max(0, finding.found.start - _TERM_END_CHARS) : finding.found.start])
    before = before.rstrip()
    for end in map(fold, ends):
        head = before[: len(before) - len(end)]
        if before.endswith(end) and not (head and _WORD_CHAR.match(head[-1])):
            return True
    return False


_WORD_CHAR = re.compile(r"\w")


def _names_weekday(text: str, finding: DateFinding, lex: Lexicon) -> bool:
    start, end = finding.found.start, finding.found.end
    if next(lex.weekdays.finditer(text, start, end), None) is not None:
        return True
    span = text[start:end]
    short = lex.raw.get("weekdays_short", {})
    return any(f"{o}{w}{c}" in span for w in short for o, c in (("(", ")"), ("（", "）")))


def _as_date(finding: DateFinding) -> dt.date:
    value = finding.found.value
    assert not isinstance(value, (Quantity, Role))
    return dt.date(value.year or 1, value.month or 1, value.day or 1)  # type: ignore[union-attr]


_AFTER_TAIL = frozenset(" \u3000\u00a0\t（(")


def _datelines(text: str, dates: list[DateFinding], tails: tuple[str, ...]) -> list[DateFinding]:
    """The datelines among `dates`, at most one a line: the first date on it. A short lead
    paragraph in a script without spaces may hold the dateline and the day of the event
    (`新华社河内9月16日电（记者 …）…15日凌晨在…登陆，…`): the later day is the story's."""
    out: list[DateFinding] = []
    lines: set[int] = set()
    for finding in sorted(dates, key=lambda d: d.found.start):
        line = text.rfind("\n", 0, finding.found.start)
        if line in lines or "relative" in finding.found.qualifiers:
            continue  # `19일(현지시간)`, `Monday`: read from the report's date, never its dateline
        if _is_dateline(text, finding, with_year=False, tails=tails):
            out.append(finding)
            lines.add(line)
    return out


_CLOCK = re.compile(r"\d{1,2}(?:[:h.]\d{2}|時\d{1,2}分|시 ?\d{1,2}분)")
_STAMP_WORDS = 2
_STAMP_LETTERS = 12


def _stamps(text: str, dates: list[DateFinding]) -> list[DateFinding]:
    """Dates on a line of their own but for a time and a word or two (`2027/05/25 11:20 송고`,
    `Updated 25 May 2027, 11:20`): when the report was filed, no event of the story."""
    out = []
    for finding in dates:
        start, end = finding.found.start, finding.found.end
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if not text[:line_start].strip() and not text[line_end:].strip():
            continue  # the whole text: a sentence, not a report's stamp
        rest = _CLOCK.sub(" ", text[line_start:start] + " " + text[end:line_end])
        words = _WORDS.findall(rest)
        if (
            not any(c.isdigit() for c in rest)
            and len(words) <= _STAMP_WORDS
            and sum(map(_letter_weight, "".join(words))) <= _STAMP_LETTERS
        ):
            out.append(finding)
    return out


_WORDS = re.compile(r"[^\W\d_]+")


def _letter_weight(char: str) -> int:
    """A kana, hanzi or Hangul syllable says about as much as a short word: `송고` (filed) is a
    stamp's word, `に協定に署名したと発表` a sentence."""
    return 3 if ord(char) >= _CJK_FIRST else 1


_CJK_FIRST = 0x3040


def _is_dateline(
    text: str, finding: DateFinding, *, with_year: bool = True, tails: tuple[str, ...] = ()
) -> bool:
    """A full date at the head of a line near the top: `PARIS, 4 mars 2025 (AFP) -`; without
    `with_year`, also a day without its year (`PALU, Indonesia, Oct 7 (Reuters) -`)."""
    start = finding.found.start
    if start > _DATELINE_CHARS or not (finding.full or (not with_year and _has_day(finding))):
        return False
    if len(text) - finding.found.end < _DATELINE_BODY:
        return False  # a date with no article after it is not a dateline
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start]
    # Words for spaced scripts, characters for those without spaces (`【神戸】`).
    if len(lead.split()) > _DATELINE_LEAD_WORDS or len(lead) > _DATELINE_LEAD_CHARS:
        return False
    line_end = text.find("\n", finding.found.end)
    rest = text[finding.found.end : line_end if line_end != -1 else len(text)].strip()
    # The date's own closing bracket or year mark before the dash: `KONYA (15 Ekim 2025) —`,
    # `Москва, 15 октября 2025 г. —`.
    rest = _DATE_TAIL.sub("", rest, count=1)
    # `新华社雅加达3月3日电　...`, `…3月11日电（记者 王琳）…`: a mark of the lexicon's closes the
    # dateline, then a space or the reporter's byline in brackets.
    if any(rest.startswith(t) and rest[len(t) : len(t) + 1] in _AFTER_TAIL for t in tails):
        return True
    if text[finding.found.end : finding.found.end + 1].isalpha():
        return False  # `당초 발사는 4월 28일로 예정돼`: a date glued to its particle is prose
    # `PARIS, 4 mars 2025 (AFP) - ...`, or a line holding little but the date and the outlet.
    if not rest or rest[0] in "(-—–|/" or len(rest) <= _DATELINE_REST:
        return True
    # `Santiago de Chile, 13. März 2025. Das ...`: a place, a comma, the date, a full stop;
    # `【神戸】2025年2月4日　...`: a place in lenticular brackets, the date, the story.
    return (rest[0] == "." and (not lead.strip() or lead.rstrip().endswith(","))) or bool(
        _BRACKETED_PLACE.fullmatch(lead)
    )


def _has_day(finding: DateFinding) -> bool:
    value = finding.found.value
    return isinstance(value, DateValue) and value.day is not None and value.month is not None


_DATE_TAIL = re.compile(r"^(?:\)|[^\W\d_]{1,3}\.)\s*")


_WORD_AFTER = re.compile(r"\s?[^\W\d_]")


def _maybe_scaled(text: str, found: Found) -> bool:
    """Without a lexicon, a figure that ends in digits and runs into a word may be scaled by
    it (`USD 250 mln`, `$3,5 mld`): read alone it would be a million times too small."""
    return text[found.end - 1].isdigit() and _WORD_AFTER.match(text, found.end) is not None


def extract_source(
    document: Document,
    lex: Lexicon,
    anchor: dt.date | None,
    anchor_inferred: bool,
    relative_anchor: dt.date | None = None,
) -> Source:
    """The claims of one document. `anchor` dates year-less dates; `relative_anchor`, when the
    document's own or given by the user, resolves `Monday` and `last month`."""
    normal = NormalText.of(document.text)
    text = normal.text
    lex = document_convention(text, lex)  # `1,126 refugios` in Mexican Spanish
    urls = url_spans(text) + related_lines(text, lex)  # never read for claims
    tails = lex.raw_list("datelines", "tails")
    dates = [
        d for d in find_dates(text, lex, anchor, relative_anchor) if not _inside(d.found, urls)
    ]
    if relative_anchor is None and anchor is not None:
        # `新华社雅加达3月3日电`: a dateline without its year still dates the report, so its
        # `3日` and `Monday` can be read; the year comes from the corpus.
        own = _datelines(text, dates, tails)
        if own and _has_day(own[0]):
            relative_anchor = _as_date(own[0])
            # and it is the report's day, not the corpus's: `ISTANBUL, Nov 23 (...) -` among
            # reports of the 24th is the earlier report of a revised toll
            anchor = relative_anchor
            dates = [
                d
                for d in find_dates(text, lex, anchor, relative_anchor)
                if not _inside(d.found, urls)
            ]
    # A dateline dates no story event, nor does a line that only stamps the report's time.
    lines = {id(d) for d in _datelines(text, dates, tails) + _stamps(text, dates)}
    told = [d for d in dates if id(d) not in lines]
    anaphoric = find_anaphoric(text, lex, told)
    dates += anaphoric
    found = [d.found for d in told + anaphoric]
    timed = find_durations(text, lex) + find_bracketed_ages(text, lex)
    durations = [d for d in timed if not _inside(d, urls)]
    blocked = [(d.found.start, d.found.end) for d in dates] + [(d.start, d.end) for d in durations]
    figures = find_figures(text, lex, blocked + urls)
    figures = sorted(localise(text, lex, figures, urls) + durations, key=lambda f: f.start)
    figures = mark_sums(text, join_compound_measures(text, lex, figures))
    found += figures if lex.known else [f for f in figures if not _maybe_scaled(text, f)]
    found += [r for r in find_roles(text, lex) if not _inside(r, urls)]
    found = _drop_overlaps(found)
    split = sentences(
        text, lambda t, pos: lex.months.match_at(t, pos) is not None, lex.abbreviations
    )
    by_start = sorted(found, key=lambda f: f.start)
    past = _long_ago(by_start, anchor)
    found = [_with_era(text, split, f, anchor, lex, by_start, past) for f in found]
    crowded = _crowded(split, found)
    names = document_names(text, lex, [(s.start, s.end) for s in split])
    figures_of = _figures_by_sentence(split, found)
    read = [
        _claim(document, normal, lex, split, f, crowded, names, figures_of)
        for f in sorted(found, key=lambda f: f.start)
    ]
    read = with_outcomes(without_part_outcomes(with_trading_days(read, relative_anchor)))
    claims = tuple(with_partial_counts(read, lex))
    warnings = tuple(
        Warning(
            document.id,
            "weekday-mismatch",
            d.weekday_mismatch,
            normal.span(d.found.start, d.found.end),
        )
        for d in dates
        if d.weekday_mismatch
    )
    if not lex.known:
        warnings = (Warning(document.id, "no-lexicon", _NO_LEXICON.format(lex.code)), *warnings)
    return Source(document, lex.code, anchor, anchor_inferred, claims, warnings)


_LINE_LEAD = r"(?m)^[ \t]*(?:[-–—•·*»►▶■□◆◇◈▲△▷●○☞>|\"]+[ \t]*)?"
"""Blank space and a bullet at a line's start, before the words that open it (`»`, which
normalised text writes as a straight quote; `◇ 관련 기사:`, `☞`, `▲` in Korean news)."""


@functools.lru_cache(maxsize=32)
def _related_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    tail = r"(?![^\W\d_])" if lex.spaced else ""
    return listed_pattern(
        lex, "related_links", "words", _LINE_LEAD + r"(?:{words})" + tail + r"[^\n]*"
    )


def related_lines(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Lines that link to other stories (`Read also: ...`, `Baca juga: ...`, `関連記事`): their
    figures and dates are those stories', not this one's ([related_links] words)."""
    pattern = _related_pattern(lex)
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []


_NO_LEXICON = "no language data for '{}': only symbols, currency codes, digits and % were read"
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_PAST_YEARS = 2


def _with_era(
    text: str,
    split: list[Sentence],
    found: Found,
    anchor: dt.date | None,
    lex: Lexicon,
    others: Sequence[Found] = (),
    past_dates: Sequence[tuple[int, int, int]] = (),
) -> Found:
    """A figure in a sentence about an earlier year (`the 1979 eruption killed 40`) is marked
    with that year, so that it is never taken for a rival of today's figure. A sentence with no
    year that opens by pointing back (`당시`, `тогда`, `khi đó`, `O depremde`: at the time, in
    that earthquake) is about the earlier year of the sentence before it. A year as far ahead
    marks the figure next to it as a target of that year (`К 2030 году ... 120 спутников`),
    never a rival of today's count (`12 спутников` launched)."""
    if anchor is None or found.kind is Kind.DATE:
        return found
    index = bisect.bisect_right(split, found.start, key=lambda s: s.start) - 1
    sentence = split[index] if index >= 0 and found.start < split[index].end else None
    if sentence is None:
        return found
    bounds = (sentence.start, sentence.end)
    relatives = lex.raw_list("relative_clauses", "words")

    def dates_it(at: int, until: int | None = None) -> bool:
        """Does the year (or date) at `at` date this figure, not an aside, a sibling figure,
        or the start of a span reaching today?"""
        aside = _in_an_aside(text, bounds, at, found.start, until, relatives)
        aside = aside and not _resumed_after(text, bounds, at, found.start, lex)
        return (
            not (aside and not _opens_in_the_past(text, bounds[0], at, lex))
            and not _sibling_between(found, at, others)
            and not _dates_a_figure_of_a_later_clause(text, found, at, others)
            and not _dates_a_later_sibling(text, found, at, others, bounds[1])
            and not _since(text, at, lex)
            and not (_is_duration(found) and _bounds_a_span(text, at, lex))
        )

    marks = [
        m
        for m in _YEAR.finditer(text, *bounds)
        if not found.start <= m.start() < found.end
        and not _inside_a_figure(m.start(), others)
        and dates_it(m.start())
    ]
    years = [int(m.group()) for m in marks]
    eras = [y for y in years if y <= anchor.year - _PAST_YEARS] + [
        int(m.group())
        for m in marks
        if int(m.group()) >= anchor.year + _PAST_YEARS
        and _nearest_figure(found, m, others, sentence)
    ]
    first = bisect.bisect_left(past_dates, (sentence.start,))
    last = bisect.bisect_left(past_dates, (sentence.end,))
    eras += [year for at, year, until in past_dates[first:last] if dates_it(at, until)]
    if not years and index > 0 and _points_back(text, sentence, lex):
        before = split[index - 1]
        eras = [
            int(m.group())
            for m in _YEAR.finditer(text, before.start, before.end)
            if int(m.group()) <= anchor.year - _PAST_YEARS
        ]
    if not eras:
        return found
    return replace(found, qualifiers=(*found.qualifiers, f"era:{min(eras)}"))


_PAST_MONTHS = 12
_PAST_MONTHS_LAST_YEAR = 6
"""A month of an earlier calendar year this far back is a past moment too (`October 2025` in a
September 2026 report of another round of layoffs): the news itself, a month's or a quarter's
figures, is reported within weeks of it."""


def _long_ago(found: Sequence[Found], anchor: dt.date | None) -> list[tuple[int, int, int]]:
    """Start, year and end of each date whose month lies a year or more before the anchor (`im März
    2025`, `지난해 3월` in October 2026), or half a year in an earlier year, in order: past
    moments (an earlier bid, an old price) that date their sentence's figures, unlike a bare
    last year (`revenue in 2025`), which is often the news itself."""
    if anchor is None:
        return []
    return sorted(
        (d.start, d.value.year, d.end)
        for d in found
        if isinstance(d.value, DateValue)
        and d.value.year is not None
        and d.value.month is not None
        and _months_back(anchor, d.value.year, d.value.month, _guessed_year(d.value))
    )


def _guessed_year(value: DateValue) -> bool:
    """Was the year of a bare day and month (`Sept. 30`) taken as the one nearest the anchor?
    Half a year back is then a coin toss (`the fiscal year that ends on Sept. 30` in March)."""
    return value.year_inferred and value.relative is None


def _months_back(anchor: dt.date, year: int, month: int, guessed: bool = False) -> bool:
    months = (anchor.year - year) * 12 + anchor.month - month
    last_year = _PAST_MONTHS_LAST_YEAR + (1 if guessed else 0)
    return months >= _PAST_MONTHS or (year < anchor.year and months >= last_year)


_ERA_LINK_REACH = 24
"""How far into a sentence a word pointing back to the sentence before may start."""


def _points_back(text: str, sentence: Sentence, lex: Lexicon) -> bool:
    links = _word_phrases(lex, "era_links", "words")
    if links is None:
        return False
    end = min(sentence.end, sentence.start + _ERA_LINK_REACH)
    return next(links.finditer(text, sentence.start, end), None) is not None


_SINCE_REACH = 24
"""How far before a year a `since` word may begin (it must end right before the year)."""
_COMPARED_REACH = 48
"""How far before a year a `compared` word may begin, with no punctuation in between."""


def _since(text: str, at: int, lex: Lexicon) -> bool:
    """Does the year at `at` follow `since` (`the best result since 2006`) or stand in a
    comparison (`compared with the 2022 election`)? It then dates nothing in the past."""
    compared = _word_phrases(lex, "era_bases", "compared")
    head = text[max(0, at - _SINCE_REACH) : at].rstrip(" \u00a0")
    for key in ("since", "founded"):
        # `được thành lập năm 1867, ... đón 1,4 triệu lượt khách`: a founding year dates the
        # body, not the figures of the sentence
        words = _word_phrases(lex, "era_bases", key)
        if words is not None and any(m.end() == len(head) for m in words.finditer(head)):
            return True
    if _founded_after(text, at, lex) or _compared_after(text, at, lex):
        return True
    clause = re.split(r"[,.;:!?()]", text[max(0, at - _COMPARED_REACH) : at])[-1]
    return compared is not None and next(compared.finditer(clause), None) is not None


def _is_duration(found: Found) -> bool:
    return isinstance(found.value, Quantity) and found.value.dimension == "time"


def _bounds_a_span(text: str, at: int, lex: Lexicon) -> bool:
    """Is the year at `at` an end of a span (`von 2019 bis 2025`, `2019년부터`)? A duration
    (`sechs Jahre`, `6년간`) measures that span; its years do not date it in the past. A
    `from` word alone is too common (`le recensement de 2017`): it needs its `to` after."""
    year = _year_patterns(lex)[0].match(text, at)
    if year is None:
        return False
    after = _word_phrases(lex, "era_bases", "span_after")
    if after is not None and after.match_at(text, year.end()) is not None:
        return True
    starts, ends = (_word_phrases(lex, "era_bases", k) for k in ("span_from", "span_to"))
    if starts is None or ends is None:
        return False
    if _ends_with(text, at, starts) and ends.match_at(text, year.end()) is not None:
        return True
    base = max(0, at - _SINCE_REACH)
    head = text[base:at].rstrip(" \u00a0")
    to = next((m for m in ends.finditer(head) if m.end() == len(head)), None)
    first = _year_patterns(lex)[1].search(head[: to.start()]) if to is not None else None
    return first is not None and _ends_with(text, base + first.start(), starts)


@functools.lru_cache(maxsize=32)
def _year_patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A year with the language's year mark (`2019年`, `2019년`; [date_suffixes] year), as it
    starts at a position and as it ends a text."""
    mark = lex.date_suffixes.get("year")
    suffix = rf"\s?(?:{re.escape(mark)})?" if mark else ""
    return re.compile(rf"\d{{4}}{suffix}\s*"), re.compile(rf"(1[89]\d\d|20\d\d){suffix}\s*$")


def _ends_with(text: str, at: int, words: Phrases[str]) -> bool:
    head = text[max(0, at - _SINCE_REACH) : at].rstrip(" \u00a0")
    return any(m.end() == len(head) for m in words.finditer(head))


def _founded_after(text: str, at: int, lex: Lexicon) -> bool:
    """Is the year at `at` followed by a word of founding (`werd in 2019 opgericht`, `2019년
    설립된`, `2019年成立`)? Languages that put the verb after the year date the body so."""
    return _word_after_year(text, at, lex, "founded_after")


def _compared_after(text: str, at: int, lex: Lexicon) -> bool:
    """Is the year at `at` the base of a comparison written after it (`在2019年基础上减少60%`,
    `2019年比`, `2019년 대비`)? A cut measured against a base year happens later, not then."""
    return _word_after_year(text, at, lex, "compared_after")


def _word_after_year(text: str, at: int, lex: Lexicon, key: str) -> bool:
    words = _word_phrases(lex, "era_bases", key)
    year = _year_patterns(lex)[0].match(text, at)
    return words is not None and year is not None and words.match_at(text, year.end()) is not None


@functools.lru_cache(maxsize=64)
def _word_phrases(lex: Lexicon, table: str, key: str) -> Phrases[str] | None:
    """A data file's word list (`[era_links] words`) as phrases to find, if it has one."""
    words = lex.raw_list(table, key)
    return Phrases({w: w for w in words}, spaced=lex.spaced) if words else None


def _inside_a_figure(at: int, others: Sequence[Found]) -> bool:
    """Are the digits at `at` part of another figure (`1兆2000億ルピア`, `2.025 Euro`)? They
    are that figure's, not a year. `others` is sorted by start."""
    index = bisect.bisect_right(others, at, key=lambda o: o.start) - 1
    return index >= 0 and others[index].start <= at < others[index].end


def _sibling_between(found: Found, year_at: int, others: Sequence[Found]) -> bool:
    """Does a figure of the same measure stand between `found` and a later year (`reached
    44.6 °C, short of the record of 48.8 °C set in 2021`)? The year dates that nearer figure.
    `others` is sorted by start: only the figures between the two are looked at."""
    if year_at <= found.end:
        return False
    first = bisect.bisect_left(others, found.end, key=lambda o: o.start)
    last = bisect.bisect_left(others, year_at, key=lambda o: o.start)
    return any(o.end <= year_at and _same_measure(found.value, o.value) for o in others[first:last])


_CLAUSE_BREAK = re.compile(r"[,，、;；]")


def _dates_a_figure_of_a_later_clause(
    text: str, found: Found, year_at: int, others: Sequence[Found]
) -> bool:
    """Does the year follow another figure of a later clause, with no break between them
    (`1.7% of its turnover, which rose to €3.7bn in 2025`, `1,7 % du chiffre d'affaires, qui
    s'est élevé à 3,7 milliards d'euros en 2025`)? It dates that figure, whatever it measures,
    not the one the clause before gives."""
    if year_at <= found.end:
        return False
    first = bisect.bisect_left(others, found.end, key=lambda o: o.start)
    last = bisect.bisect_left(others, year_at, key=lambda o: o.start)
    return any(
        o.kind in _FIGURES
        and o.end <= year_at
        and _CLAUSE_BREAK.search(text, found.end, o.start) is not None
        and _CLAUSE_BREAK.search(text, o.end, year_at) is None
        for o in others[first:last]
    )


def _dates_a_later_sibling(
    text: str, found: Found, year_at: int, others: Sequence[Found], end: int
) -> bool:
    """Does a later year open a clause of its own that goes on to a figure of the same
    measure (`costs $312 million, nearly triple the 2023 budget of $110 million`,
    `造价将达3.12亿欧元，接近2023年所批预算1.1亿欧元的三倍`)? The year dates that figure,
    not the one in the clause before."""
    if year_at <= found.end or not _CLAUSE_BREAK.search(text, found.end, year_at):
        return False
    first = bisect.bisect_left(others, year_at, key=lambda o: o.start)
    for other in others[first:]:
        if other.start >= end or _CLAUSE_BREAK.search(text, year_at, other.start):
            return False
        if _same_measure(found.value, other.value):
            return True
    return False


def _nearest_figure(
    found: Found, year: re.Match[str], others: Sequence[Found], sentence: Sentence
) -> bool:
    """Is `found` the figure of its sentence nearest to a year ahead? A target year dates the
    figure next to it (`cut costs by 40% by 2030`, `2030年までに４０％`), not the sentence's
    others (`24 countries wrapped up a two-day summit with a promise to ...`)."""

    def gap(item: Found) -> int:
        return max(year.start() - item.end, item.start - year.end(), 0)

    first = bisect.bisect_left(others, sentence.start, key=lambda o: o.start)
    rivals = [
        o
        for o in others[first:]
        if o.start < sentence.end and o is not found and o.kind in _FIGURES
    ]
    # `В прошлом году ... 28 млн пассажиров, а к 2035 году ... 45 млн человек`: a figure in
    # the year's own clause is the target, however close one before the comma stands.
    start, end = _clause_of(sentence, year.start())
    if any(start <= o.start < end for o in (found, *rivals)):
        if not start <= found.start < end:
            return False
        rivals = [o for o in rivals if start <= o.start < end]
    return all(gap(found) < gap(o) for o in rivals)


_CLAUSE_MARK = re.compile(r"[,;:](?=\s)|[，；：]")
"""A clause break: a comma before a space (`28,5` is a number), or a CJK one."""


def _clause_of(sentence: Sentence, at: int) -> tuple[int, int]:
    """Where the clause of `sentence` holding offset `at` starts and ends."""
    start, end = sentence.start, sentence.end
    for mark in _CLAUSE_MARK.finditer(sentence.text):
        position = sentence.start + mark.start()
        if position < at:
            start = position
        else:
            return start, position
    return start, end


def _same_measure(a: Value, b: Value) -> bool:
    if isinstance(a, Quantity) and isinstance(b, Quantity):
        return a.unit == b.unit
    if isinstance(a, Money) and isinstance(b, Money):
        return a.currency == b.currency
    return isinstance(a, Percent) and isinstance(b, Percent)


def _in_an_aside(
    text: str,
    sentence: tuple[int, int],
    at: int,
    figure: int,
    until: int | None = None,
    relatives: Sequence[str] = (),
) -> bool:
    """Is the year at `at` in a stretch set off by commas on both sides that does not hold the
    figure (`independence, proclaimed in 1945 at the end of the occupation, was capped at
    1,300 guests`)? Such an aside dates itself, not the figure; `In 1979, the eruption killed
    40` still dates it, and so does a bare year set off after the phrase it dates (`at the
    last election, in 2022, the party won 27.8%`), as does a whole date (ending at `until`)
    set off with one word at most (`Last year, in October 2025, Tessaro laid off 1,100`).
    A relative clause closing the sentence after the figure is an aside too (`cost $730
    million and was built by PNI, which broke ground in March 2022.`; [relative_clauses])."""
    left = _last_comma(text, sentence[0], at)
    right = _first_comma(text, at, sentence[1])
    if right < 0 and figure < left and _opens_relative(text[left + 1 : at], relatives):
        right = sentence[1]
    if left < 0 or right < 0 or left < figure < right:
        return False
    aside = text[left + 1 : right].strip()
    if until is not None and " " in aside:
        # A whole date (`in October 2025`): only the words besides it count.
        besides = (text[left + 1 : at] + " " + text[until:right]).split()
        return len(besides) >= _BARE_YEAR_WORDS
    if " " not in aside:
        # An unspaced script: `，维尔辛格创立于1871年，` says more than `，2022年，`.
        return len(aside) > _BARE_YEAR_CHARS
    return len(aside.split()) > _BARE_YEAR_WORDS


def _opens_relative(stretch: str, relatives: Sequence[str]) -> bool:
    """Does `stretch` open with a relative pronoun (`which`, `yang`, `qui`)?"""
    words = stretch.split(maxsplit=1)
    return bool(words) and words[0].lower() in relatives


def _opens_in_the_past(text: str, start: int, at: int, lex: Lexicon) -> bool:
    """Does the sentence open, before the aside holding the year at `at`, with a subject
    pointing back (`Предыдущая перепись, проведённая в 2017 году, насчитала 29,4 млн`, `the
    previous census, held in 2017, counted`)? Then the aside dates that subject, and with it
    the figure it counts."""
    left = _last_comma(text, start, at)
    if left < 0:
        return False
    return any(
        lex.concepts.get(m.group()) == "previous" for m in lex.concepts.finditer(text, start, left)
    )


def _resumed_after(
    text: str, sentence: tuple[int, int], at: int, figure: int, lex: Lexicon
) -> bool:
    """Does the clause after the aside holding the year at `at` open with a word that takes
    that time up (`bij het vorige referendum in 2019, toen slechts 47,6 procent`, `in 2019,
    when only 47.6%`), and hold the figure? Then the aside's year dates the figure."""
    words = _word_phrases(lex, "era_bases", "when")
    right = _first_comma(text, at, sentence[1])
    if words is None or right < 0 or figure < right:
        return False
    rest = text[right + 1 : sentence[1]]
    start = sentence[1] - len(rest.lstrip())
    return words.match_at(text, start) is not None


_COMMA = re.compile(r"(?<!\d),|,(?!\d)|[，、]")
"""Commas, and the full-width ones of Chinese and Japanese; not the thousands separator of
`24,300`, which sets off no aside."""


def _last_comma(text: str, start: int, end: int) -> int:
    """Where the last comma in `text[start:end]` stands, or -1."""
    return max((m.start() for m in _COMMA.finditer(text, start, end)), default=-1)


def _first_comma(text: str, start: int, end: int) -> int:
    """Where the first comma in `text[start:end]` stands, or -1."""
    found = _COMMA.search(text, start, end)
    return found.start() if found else -1


_BARE_YEAR_WORDS = 2
"""An aside of the year and at most one more word (`, in 2022,`) is a bare year."""
_BARE_YEAR_CHARS = 7
"""In a script without spaces, an aside this long at most (`在2022年`) is a bare year."""


def _inside(found: Found, spans: list[tuple[int, int]]) -> bool:
    """`spans` are sorted and disjoint (web addresses): the last one starting before the end
    of `found` is the only one that can reach into it."""
    index = bisect.bisect_left(spans, found.end, key=lambda span: span[0]) - 1
    return index >= 0 and spans[index][1] > found.start


def _drop_overlaps(found: list[Found]) -> list[Found]:
    """Claims of one family may not share characters (the longest, earliest wins); a role may
    span a figure."""
    kept: list[Found] = []
    reach = {True: -1, False: -1}  # the furthest end kept so far, per family
    for item in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        # Everything kept starts at or before `item`, so it clashes when it reaches past
        # item's start (a linear scan of `kept` made dense text quadratic).
        family = item.kind is Kind.ROLE
        if item.start >= item.end:
            clash = any(
                k.start < item.end and item.start < k.end and (k.kind is Kind.ROLE) == family
                for k in kept
            )
        else:
            clash = reach[family] > item.start
        if not clash:
            kept.append(item)
            reach[family] = max(reach[family], item.end)
    return kept


def _counted(found: Found) -> frozenset[str]:
    """The noun a count counts (`ships`) is part of what it is about; a unit (`km`) is not."""
    value = found.value
    if isinstance(value, Quantity) and value.is_count:
        return frozenset({value.unit})
    return frozenset()


_CROWDED = 16
"""A sentence with more claims than this is no prose (a flattened table, or hostile input)."""
_CROWDED_STEP = 200
"""In a crowded sentence, claims starting in one 200-character stretch share one window
(the stretch and 100 characters either side), so that its scans are made once."""


def _crowded(split: list[Sentence], found: list[Found]) -> frozenset[int]:
    """The sentences holding more than `_CROWDED` claims. Each claim's subject and quote are
    read from its sentence; in these, from a window around the claim instead, so that the work
    (and the report's size) stays linear in the text however densely claims are packed."""
    counts: dict[int, int] = {}
    for item in found:
        index = bisect.bisect_right(split, item.start, key=lambda s: s.start) - 1
        counts[index] = counts.get(index, 0) + 1
    return frozenset(index for index, count in counts.items() if count > _CROWDED)


_FIGURES = frozenset({Kind.MONEY, Kind.QUANTITY, Kind.PERCENT})


def _sentence_index(split: list[Sentence], at: int) -> int:
    return max(0, bisect.bisect_right(split, at, key=lambda s: s.start) - 1)


_OPENER = re.compile(r"([^\W\d_]+)\s+([^\W\d_]+)")


def _refers_back(sentence: Sentence, previous: Sentence, lex: Lexicon) -> bool:
    """A sentence of the same paragraph that opens with a pronoun standing for what the one
    before told (`[back_references]`, `Das teilte ... mit`), followed by a lower-case word: a
    noun after it (`Das Unternehmen`) makes it an article."""
    words = lex.raw_list("back_references", "words")
    opener = _OPENER.match(sentence.text)
    return bool(
        words
        and previous.line == sentence.line
        and opener is not None
        and opener.group(1) in words
        and opener.group(2)[0].islower()
    )


def _figures_by_sentence(split: list[Sentence], found: list[Found]) -> dict[int, list[Span]]:
    """The spans of each sentence's figures, in order: a figure's topic words are read between
    its neighbours. Dates and roles do not split a sentence's topic (`Inflation in January was
    2.5%`: the inflation is the figure's)."""
    spans: dict[int, list[Span]] = {}
    for item in sorted(found, key=lambda f: f.start):
        if item.kind in _FIGURES:
            span = item.focus or (item.start, item.end)
            spans.setdefault(_sentence_index(split, item.start), []).append(span)
    return spans


def _claim(
    document: Document,
    normal: NormalText,
    lex: Lexicon,
    split: list[Sentence],
    found: Found,
    crowded: frozenset[int] = frozenset(),
    names: frozenset[str] = frozenset(),
    figures_of: Mapping[int, list[Span]] | None = None,
) -> Claim:
    index = _sentence_index(split, found.start)
    sentence = split[index] if split else Sentence(0, len(normal.text), normal.text, 0)
    focus = found.focus or (found.start, found.end)
    if index in crowded:
        stretch = found.start - found.start % _CROWDED_STEP
        start = max(sentence.start, stretch - _CROWDED_STEP // 2)
        end = min(sentence.end, stretch + _CROWDED_STEP * 3 // 2)
        start, end = min(start, focus[0], found.start), max(end, focus[1], found.end)
        sentence = Sentence(start, end, normal.text[start:end], sentence.line)
    sentence_span = (sentence.start, sentence.end)
    if found.kind is Kind.DATE and index > 0 and _refers_back(sentence, split[index - 1], lex):
        # `Das teilte der Konzern am Montag, dem 15. Februar, mit.`: the date is that of what
        # the sentence before told, whose names and topic words are the date's subject.
        sentence_span = (split[index - 1].start, sentence.end)
    alone = index in crowded or found.kind not in _FIGURES
    others = [] if alone else (figures_of or {}).get(index, [])
    others = [span for span in others if span != focus]
    measured = frozenset[str]()
    if isinstance(found.value, Quantity):
        measured = measure_concepts(normal.text, lex, focus[1], found.value.dimension)
    # A quantity set off after a name (`Chen Liwen, 45 ans,`) is that person's; a date so set
    # off after a place (`di Jakarta, Selasa (5/5/2026).`) is the event's.
    apposed = isinstance(found.value, Quantity)
    subject = subject_of(
        normal.text, lex, sentence_span, focus, _counted(found), names, others, measured, apposed
    )
    if isinstance(found.value, Role):
        subject = replace(subject, text=f"{found.value.role} of {found.value.of or '?'}")
    span = normal.span(found.start, found.end)
    sentence_span = normal.span(sentence.start, sentence.end)
    # Who holds an office is no figure a source vouches for: in `Minister X said that ...`
    # the speaker is the holder himself.
    credited = (
        None
        if isinstance(found.value, Role)
        else attribution_of(normal.text, lex, (sentence.start, sentence.end), focus)
    )
    return Claim(
        id="",
        source=document.id,
        kind=found.kind,
        text=document.text[span[0] : span[1]],
        span=span,
        sentence=document.text[sentence_span[0] : sentence_span[1]],
        value=found.value,
        subject=subject,
        qualifiers=_qualifiers(found, normal.text, lex),
        attribution=credited,
    )


def _qualifiers(found: Found, text: str, lex: Lexicon) -> tuple[str, ...]:
    """The finding's qualifiers, and `told` for a day of telling (`said on Monday`)."""
    relative = found.kind is Kind.DATE and "relative" in found.qualifiers
    if relative and told_day(text, lex, found.start, found.end):
        return (*found.qualifiers, "told")
    return found.qualifiers
