"""What a figure is about: the named entities of its sentence and the topic words of its clause,
both reduced to forms that compare across languages."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

from factcheck.extract.figure_echoes import folded_words
from factcheck.extract.memo import remembered
from factcheck.lexicon import Lexicon, alternation, fold, listed_pattern, shared
from factcheck.records import Subject
from factcheck.romanise import romanise
from factcheck.text import title_case

_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_CLAUSE_BREAK = re.compile(rf"[,;:()\"、]|\s-\s(?!\d)|(?<=[{_CJK}])\s+(?=[{_CJK}])")
"""A dash before a figure is no break: it stands for a verb (`против — 136`, `прибыль — 3
млрд`: against, 136; profit, 3 billion), so the words before it are the figure's. Chinese and
Japanese run their words together, so a space between two of their characters parts a
headline's halves (`公開1週間で興収38億元超　初週末の世界記録に続き`)."""
_CAPITALISED = re.compile(r"[^\W\d_][\w'&.-]*")
_LETTER = re.compile(r"[^\W\d_]")
_POSSESSIVE = re.compile(r"'s?$")
_CASE_ENDING = re.compile(r"(?<=\w)['’][^\W\d_A-Z]+$")
"""A lower-case case ending after an apostrophe (`ANACOM'un`, `Lizbon'da`): the name is the
word before it (not `O'Brien`, whose second part is capitalised)."""


@functools.lru_cache(maxsize=1 << 16)
def ascii_fold(text: str) -> str:
    """Case-folded, accents and possessives stripped: `Softbank's` → `softbank`. Remembered:
    every capitalised word of a sentence is folded once per claim and table it is tried in."""
    decomposed = unicodedata.normalize("NFKD", fold(text))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _POSSESSIVE.sub("", plain.strip(".-'"))


def subject_of(
    text: str,
    lex: Lexicon,
    sentence: tuple[int, int],
    focus: tuple[int, int],
    extra: frozenset[str],
    names: frozenset[str] = frozenset(),
    others: Sequence[tuple[int, int]] = (),
    measured: frozenset[str] = frozenset(),
    apposed: bool = False,
) -> Subject:
    """The subject of the claim at `focus` inside `sentence` (offsets into normalised text).
    `names` are the document's names (see `document_names`), which count at a sentence's start;
    `others` the spans of the sentence's other figures, which share its topic words out;
    `measured` what the words after a measure make of it (see `measure_concepts`), which the
    clause's own words overrule (`984 feet from bow to stern` is a length); `apposed` whether
    a quantity set off after a name is that name's (`Chen Liwen, 45 ans,`: see _apposed_name)."""
    start, end = sentence[0], _before_part(text, lex, focus[1], sentence[1])
    clause = _clause(text, start, end, focus, _clause_breaks(lex), others, _clock_asides(lex))
    zone = _zone(text, lex, clause, focus, others)
    own = _concepts(text, lex, *zone) if zone != clause else frozenset()
    given = extra | _side_before(text, lex, focus[0])  # the counted noun; a tally's side
    concepts = set(given) | own
    if not own and concepts == given:
        _widen(concepts, _concepts(text, lex, *clause))
    share = text[focus[0] : focus[1]].rstrip().endswith(("%", "％"))
    antecedent = _antecedent(text, lex, start, clause, others, share)
    if antecedent is not None:
        _widen(concepts, _concepts(text, lex, *antecedent))
    upto = _next_clause_figure(text, lex, focus, others, end)
    if not own and concepts == given:
        # a tally's side belongs to a figure of its own clause (`320 kabul, 150 ret oyuyla`)
        _widen(concepts, _concepts(text, lex, start, upto) - _side_concepts())
    _widen(concepts, measured)
    if _since_a_year(text, lex, start, upto):
        concepts.add("cumulative")  # `earmarked 3.9 trillion yen since 2021`: a running total
    expected = concepts & _TIMING  # `the 3.4% growth forecast`: said in its own clause
    if not others:
        # `Lors de la précédente journée, le 23 janvier, la police avait recensé 800 000
        # manifestants`: when a sentence holds one figure, what dates it (an earlier event, a
        # forecast) holds for it from any clause, but not across a semicolon, which opens a
        # statement of its own (`ricavi per 2,1 miliardi; per quest'anno prevede 2,25`).
        _widen(concepts, _concepts(text, lex, *_statement(text, start, end, focus)) & _HELD)
    moved = concepts - extra - _RUNNING - expected - _TELLERS
    if moved and moved <= shared().directions | shared().populations:
        # `Revenue reached $640 million, up 18% on the year`: the clause says which way the
        # figure moved (or of whom it is a share, or that a poll expected it: `rose 5.2%,
        # above the 3.4% growth forecast in a poll`); what moved is the sentence's.
        _widen(concepts, _sentence_topic(text, lex, (start, upto), focus, others))
    entities = _entities(text, lex, start, end, focus, names, clause, apposed)
    summary = summarise(concepts, entities)
    words = (
        _content_words(text, lex, start, end, focus, entities)
        if lex.spaced
        else _bigrams(text, start, end, focus)
    )
    return Subject(frozenset(entities), frozenset(concepts), words, lex.code, summary)


def summarise(concepts: Iterable[str], entities: Iterable[str]) -> str:
    """A subject's readable summary: its concepts, then its entities after a bar."""
    names = " ".join(sorted(entities))
    return (" ".join(sorted(concepts)) + (" | " + names if names else "")).strip()


def _sentence_topic(
    text: str,
    lex: Lexicon,
    span: tuple[int, int],
    focus: tuple[int, int],
    others: Sequence[tuple[int, int]],
) -> frozenset[str]:
    """The topic words a clause that only says which way its figure moved takes from `span`.
    An occasion (`intraday`) comes only from after a figure of an earlier clause:
    `盘中一度升至4215美元，今年以来累计上涨28.4%` gives the intraday to the high, not to the
    year's rise, while in `一時、前日比4.2％安の2315円` it dates both figures after it."""
    start, upto = span
    after = max(
        (e for _, e in others if e <= focus[0] and _LIST_BREAK.search(text, e, focus[0])),
        default=start,
    )
    occasions = shared().occasions
    whole = _concepts(text, lex, start, upto) - _side_concepts()
    return (whole - occasions) | (_concepts(text, lex, max(start, after), upto) & occasions)


def _next_clause_figure(
    text: str, lex: Lexicon, focus: tuple[int, int], others: Sequence[tuple[int, int]], end: int
) -> int:
    """Where a figure's widening to its sentence stops: at the next figure that opens a clause
    of its own (`достигло 230 человек, семь человек погибли, пятеро ... пропавшими`: the 230 are
    none of the dead or missing). A figure in the same clause (a conversion in brackets, `250
    billion rupiah ($16 million) in emergency funds`) leaves the rest to both. Words that date
    the next figure after the last break are its own (`setzte 685 Mrd. Yen um, für das laufende
    Jahr erwartet er 740 Mrd.`: the forecast is the 740's), and so are words of another
    occasion (`设7座车站，设计时速350公里`: the design speed's); the others' topic is shared
    (`裁员2400人，约占员工总数的12%`: both are of the staff)."""
    for other_start, _ in sorted(others):
        if other_start >= focus[1] and _LIST_BREAK.search(text, focus[1], other_start):
            last = list(_LIST_BREAK.finditer(text, focus[1], other_start))[-1].start()
            own = _TIMING | _STAGES | shared().occasions  # `设7座车站，设计时速350公里`
            return last if _concepts(text, lex, last, other_start) & own else other_start
    return end


_LIST_BREAK = re.compile(r"[,;:、，；]")
"""What parts the items of a list of figures; not brackets, which hold a conversion."""


def _statement(text: str, start: int, end: int, focus: tuple[int, int]) -> tuple[int, int]:
    """The part of the sentence between the semicolons around `focus`."""
    left = max(text.rfind(mark, start, focus[0]) for mark in _SEMICOLONS) + 1
    rights = [at for mark in _SEMICOLONS if (at := text.find(mark, focus[1], end)) >= 0]
    return max(start, left), min(rights, default=end)


_SEMICOLONS = (";", "；")

_TIMING = frozenset({"previous", "forecast"})
"""Concepts that say which occasion a figure belongs to, not what it counts. Not `first`: in
another clause it is mostly an adverb (`when Washington first accused ...`), and it took an
old 10% tariff out of its agreement into a false conflict with the new 25%."""
_BASES = frozenset({"local currency", "dollar terms"})
"""The currency a change is reckoned in (`In yuan terms, exports rose 4.9%`): like timing, it
holds for a statement's one figure from any clause."""
_OUTCOMES = frozenset({"measured"})
"""An outcome set against expectations (`exports grew 5.2%, faster than expected`): like
timing, it holds for a statement's one figure from any clause."""
_HELD = _TIMING | _BASES | _OUTCOMES
_STAGES = frozenset({"design", "in service"})
"""Concepts that say at which stage of a thing's life a figure holds (what it was designed for,
what it runs at): like timing, the next figure's own when they follow the last break."""
_TELLERS = frozenset({"poll"})
"""Concepts that say who gave a figure (a poll of economists), not what it is of."""
_RUNNING = frozenset({"cumulative"})
"""Concepts that say over what span a figure ran up (`今年以来累计上涨28.4%`, year to date),
not what it counts: a clause holding only these and a direction takes its sentence's topic."""

_YEAR_AFTER = re.compile(r"\s*(?:the\s+)?(?:1[89]|20)\d\d(?!\d)", re.I)


@functools.cache
def _since_words(lex: Lexicon) -> re.Pattern[str] | None:
    edge = r"(?<!\w)" if lex.spaced else ""
    return listed_pattern(lex, "era_bases", "since", edge + "(?:{words})")


def _since_a_year(text: str, lex: Lexicon, start: int, end: int) -> bool:
    """Does `since` stand before a year (`since 2021`, `Desde 2021`, `seit 2021`; [era_bases]
    since) in the figure's stretch? A sum counted from then to today is a running total, not
    one grant of the same kind (`earmarked 3.9 trillion yen since 2021` vs a 392 billion yen
    subsidy). `since the start of the year` names no year and marks nothing."""
    pattern = _since_words(lex)
    if pattern is None:
        return False
    return any(_YEAR_AFTER.match(text, m.end()) for m in pattern.finditer(text, start, end))


_BRACKETED = re.compile(r"\s*\([^()\n]{1,40}\)")


def measure_concepts(text: str, lex: Lexicon, end: int, dimension: str) -> frozenset[str]:
    """What a word right after a measure makes of it: `1,200 km from Jakarta`, `40 km away`,
    `1.200 km dari Jakarta` are distances (`[measure_links]` in the lexicon, by dimension). A
    conversion in brackets between them (`1,200 km (745 miles) from`) is passed over."""
    links = lex.raw.get("measure_links", {}).get(dimension)
    if not links:
        return frozenset()
    bracket = _BRACKETED.match(text, end)
    pos = bracket.end() if bracket else end
    concept = _measure_link_pattern(tuple(links.items()), lex.spaced).match(text, pos)
    return frozenset({links[fold(concept.group(1))]}) if concept else frozenset()


@functools.lru_cache(maxsize=32)
def _measure_link_pattern(links: tuple[tuple[str, str], ...], spaced: bool) -> re.Pattern[str]:
    words = sorted((word for word, _ in links), key=len, reverse=True)
    body = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\s*({body})(?!\w)" if spaced else rf"\s*({body})", re.IGNORECASE)


def _bigrams(text: str, start: int, end: int, focus: tuple[int, int]) -> frozenset[str]:
    """Without spaces, pairs of characters stand in for words (within one language only)."""
    found: set[str] = set()
    for match in _CJK_RUN.finditer(text, start, end):
        if focus[0] <= match.start() < focus[1]:
            continue
        run = match.group()
        found.update(run[i : i + 2] for i in range(len(run) - 1))
    return frozenset(found)


_STEM = 5
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _content_words(
    text: str, lex: Lexicon, start: int, end: int, focus: tuple[int, int], entities: set[str]
) -> frozenset[str]:
    """Lower-case words of the sentence outside the claim, cut to a crude stem."""

    def scan() -> list[tuple[int, str, str]]:
        out = []
        for match in _CONTENT_WORD.finditer(text, start, end):
            word = fold(match.group())
            if word not in lex.stopwords:
                out.append((match.start(), ascii_fold(word), word[:_STEM]))
        return out

    return frozenset(
        stem
        for at, key, stem in remembered(text, lex, ("words", start, end), scan)
        if not focus[0] <= at < focus[1] and key not in entities
    )


@functools.lru_cache(maxsize=32)
def _clause_breaks(lex: Lexicon) -> re.Pattern[str]:
    """Punctuation, and the lexicon's clause endings before a space (Korean `숨지고 `, and)."""
    endings = lex.raw_list("clause_endings", "words")
    if not endings:
        return _CLAUSE_BREAK
    alternatives = alternation(endings)
    return re.compile(rf"{_CLAUSE_BREAK.pattern}|(?<=\w)(?:{alternatives})(?=\s)")


def _antecedent(
    text: str,
    lex: Lexicon,
    start: int,
    clause: tuple[int, int],
    others: Sequence[tuple[int, int]],
    share: bool = False,
) -> tuple[int, int] | None:
    """The clause a relative clause holding the figure speaks of (`la liste des invités, qui
    comptait 800 noms`: the 800 are guests): the one right before it, when that one holds no
    figure of its own to be the pronoun's, or when the figure is a percent, the share that
    figure is (`9,275 doctors have resigned, which is 72% of all trainees`)."""
    relatives = lex.raw_list("relative_clauses", "words")
    opening = text[clause[0] : clause[1]].split(maxsplit=1)
    if not relatives or not opening or opening[0].lower() not in relatives:
        return None
    comma = clause[0] - 1
    if comma <= start or text[comma] != ",":
        return None
    before = _clause(text, start, comma, (comma, comma), _clause_breaks(lex), others)
    if not share and any(before[0] <= s < before[1] for s, _ in others):
        return None
    return before


def _widen(concepts: set[str], wider: frozenset[str]) -> None:
    """Add the topic words of a wider stretch (clause, sentence) to `concepts`, except those
    that contrast with one already there: in `3 người chết, 12 người bị thương` the sentence
    gives the 12 its `earthquake`, but not the 3's `death` beside its own `injured`."""
    held = frozenset(concepts)
    for concept in wider - held:
        rivals = next((g for g in shared().contrasts if concept in g), frozenset({concept}))
        if not held & rivals and not _other_side_named(concept, wider):
            concepts.add(concept)


@functools.cache
def _side_concepts() -> frozenset[str]:
    return frozenset().union(*shared().sides)


_FIGURE_NEXT = re.compile(r"[\s\"'-]*\d")


def _side_of_next(concept: str, text: str, end: int) -> bool:
    """`289 voix contre 252`, `289 голосами против 252`: a side of a tally written right
    before a figure is that figure's side, not the side of the figure before it."""
    return concept in _side_concepts() and bool(_FIGURE_NEXT.match(text, end))


def _side_before(text: str, lex: Lexicon, start: int) -> frozenset[str]:
    """The side of a tally written right before the figure at `start` (see `_side_of_next`)."""
    head = text[max(0, start - _SIDE_REACH) : start]
    gap = len(head) - len(head.rstrip(" \"'-"))
    return frozenset(
        concept
        for match in lex.concepts.finditer(head)
        if match.end() == len(head) - gap
        and (concept := lex.concepts.get(match.group()))
        and concept in _side_concepts()
    )


_SIDE_REACH = 30


def _other_side_named(concept: str, wider: frozenset[str]) -> bool:
    """`163 votos a favor, 136 en contra`: a stretch that names both sides of a tally
    ([contrasts] sides) gives neither to a figure that names none."""
    side = next((g for g in shared().sides if concept in g), frozenset())
    return bool((wider - {concept}) & side)


def _clause(
    text: str,
    start: int,
    end: int,
    focus: tuple[int, int],
    breaks: re.Pattern[str],
    others: Sequence[tuple[int, int]] = (),
    clocks: re.Pattern[str] | None = None,
) -> tuple[int, int]:
    """The stretch of the sentence between the clause breaks around `focus`. A break inside
    another figure (the comma of `1,950`) breaks nothing, and nor does the comma that closes
    a figure set off by one inside it (`war am Mittwoch, dem 9. September, ... eingestürzt`:
    the date is an aside within its clause, whose verb comes after it)."""
    left, right = start, end
    closing = _closing_comma(text, focus)
    asides = [m.span() for m in _ACRONYM_ASIDE.finditer(text, start, end)]
    if clocks is not None:
        asides += [m.span() for m in clocks.finditer(text, start, end)]
    for match in breaks.finditer(text, start, end):
        if any(a <= match.start() < b for a, b in [*others, *asides]) or match.start() == closing:
            continue
        if match.end() <= focus[0]:
            left = match.end()
        elif match.start() >= focus[1]:
            # a clause ending (`싣고 `, loaded and) is its verb's own suffix: the verb stays
            right = match.end() if _LETTER.match(match.group()) else match.start()
            break
    return left, right


_ACRONYM_ASIDE = re.compile(
    r"\((?:[A-Z][A-Za-z.&-]{1,15}|[^\W\d_]|\d{1,2}[:.]?\d\d\s?[A-Z]{2,5})\)"
)
"""A name's short form in brackets (`Indeks Harga Saham Gabungan (IHSG) ditutup melemah`),
a weekday's one letter (`6日（日）午後`),
or a time in another zone (`take effect at 2:30 p.m. (0730 GMT) on Saturday`): an aside
that ends no clause."""


@functools.lru_cache(maxsize=32)
def _clock_asides(lex: Lexicon) -> re.Pattern[str] | None:
    """The clock a time or a day is told in, in brackets (`9일(현지시간) 밤`, `(local time)`,
    `[clock_asides] words`): an aside that ends no clause, so the day keeps its verb."""
    return listed_pattern(lex, "clock_asides", "words", r"\((?:{words})\)")


_APPOSITION_COMMA = re.compile(r",\s")


def _closing_comma(text: str, focus: tuple[int, int]) -> int | None:
    """Where the comma after a figure that holds a comma of its own stands (`Mittwoch, dem 9.
    September,`), or None."""
    if not _APPOSITION_COMMA.search(text, focus[0], focus[1]):
        return None  # `430,000` holds a comma of its digits, not of words
    after = text.find(",", focus[1], focus[1] + 2)
    return after if after >= 0 and not text[focus[1] : after].strip() else None


def _zone(
    text: str,
    lex: Lexicon,
    clause: tuple[int, int],
    focus: tuple[int, int],
    others: Sequence[tuple[int, int]],
) -> tuple[int, int]:
    """The part of the clause that belongs to the figure at `focus`: cut at a link word between
    it and another figure of the clause (`64 killed and 120 injured`: `killed` is the 64's,
    `injured` the 120's). Without a link word the figures share the clause (`revenue rose 12%
    to $3.7 billion`)."""
    left, right = clause
    for other in others:
        if left <= other[0] and other[1] <= focus[0]:
            left = max(left, _after_last_link(text, lex, other[1], focus[0]))
        elif focus[1] <= other[0] and other[1] <= right:
            right = min(right, _first_link(text, lex, focus[1], other[0]))
    return left, right


def _before_part(text: str, lex: Lexicon, start: int, end: int) -> int:
    """Where a part of the figure before `start` is named (`a totalisé 96,3 millions d'euros,
    dont près de la moitié pour la toile de Vautrin`): what follows the link (`[part_links]`)
    is the part's, not the whole's. The sentence's end if no link follows the figure."""
    words = lex.raw_list("part_links", "words")
    if not words:
        return end
    found = _link_pattern(words, lex.spaced).search(text, start, end)
    return found.start() if found else end


def _links(lex: Lexicon) -> re.Pattern[str] | None:
    words = lex.raw_list("clause_links", "words")
    return _link_pattern(words, lex.spaced) if words else None


@functools.lru_cache(maxsize=32)
def _link_pattern(words: tuple[str, ...], spaced: bool) -> re.Pattern[str]:
    body = alternation(words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)" if spaced else body, re.IGNORECASE)


def _first_link(text: str, lex: Lexicon, start: int, end: int) -> int:
    """Where the first link word between `start` and `end` begins; the clause's end if none."""
    pattern = _links(lex)
    found = pattern.search(text, start, end) if pattern else None
    return found.start() if found else len(text)


def _after_last_link(text: str, lex: Lexicon, start: int, end: int) -> int:
    """Where the last link word between `start` and `end` ends; the clause's start if none."""
    pattern = _links(lex)
    ends = [m.end() for m in pattern.finditer(text, start, end)] if pattern else []
    return ends[-1] if ends else 0


def _concepts(text: str, lex: Lexicon, start: int, end: int) -> frozenset[str]:
    def scan() -> frozenset[str]:
        found = set()
        for match in lex.concepts.finditer(text, start, end):
            concept = lex.concepts.get(match.group())
            if concept and not _side_of_next(concept, text, match.end()):
                found.add(concept)
        return frozenset(found)

    return remembered(text, lex, ("concepts", start, end), scan)


def _country_matches(
    text: str, lex: Lexicon, start: int, end: int
) -> list[tuple[str, tuple[int, int], bool]]:
    """Country words of the sentence: the word, its span, and whether it is only part of a
    currency's name (`US$`, `Swedish kronor`, `couronnes suédoises`)."""

    def scan() -> list[tuple[str, tuple[int, int], bool]]:
        currencies = [m.span() for m in lex.currencies.finditer(text, start, end)]
        out = []
        for match in lex.countries.finditer(text, start, end):
            at, until = match.span()
            inside = any(s <= at and until <= e and e - s > until - at for s, e in currencies)
            out.append((match.group(), match.span(), inside))
        return out

    return remembered(text, lex, ("countries", start, end), scan)


def document_names(text: str, lex: Lexicon, sentences: list[tuple[int, int]]) -> frozenset[str]:
    """Capitalised words seen inside a sentence somewhere in the document: a name at the start
    of another sentence (`Meridian will hold 51%`) is then still known to be a name."""
    if not lex.spaced:
        return frozenset()
    found: set[str] = set()
    for start, end in sentences:
        if title_case(text, start, end):
            continue  # a headline's capitals are its style, not names
        # The first word starts the sentence; after a dateline lead (`DORVIK, KABAR EROPA -
        # Sebanyak ...`) so does the first word of the text proper.
        firsts = {start, _dateline_lead(text, start, end)}
        found.update(
            m.group()
            for m in _CAPITALISED.finditer(text, start, end)
            if m.group()[0].isupper() and m.start() not in firsts
        )
    return frozenset(ascii_fold(w) for w in found)


def _entities(
    text: str,
    lex: Lexicon,
    start: int,
    end: int,
    focus: tuple[int, int],
    names: frozenset[str] = frozenset(),
    clause: tuple[int, int] | None = None,
    apposed: bool = False,
) -> set[str]:
    entities: set[str] = set()
    countries: list[tuple[int, int]] = []
    named: list[tuple[str, tuple[int, int]]] = []
    for word, span, in_currency in _country_matches(text, lex, start, end):
        country = lex.countries.get(word)
        if country and not in_currency:  # `US$`, `US-Dollar`
            named.append((ascii_fold(country).replace(" ", "_"), span))
            countries.append(span)
    natives = _native_names(text, lex, start, end)
    named.extend(natives)
    entities.update(_own_countries(text, lex, named, clause, (start, end), focus))
    entities -= _indexes_elsewhere(text, lex, natives, clause, (start, end))
    bodies = _body_names(text, lex, start, end)
    entities.update(name for name, _ in bodies)
    if not lex.spaced:
        return entities | _cjk_entities(text, lex, start, end)
    # The text proper starts after a dateline lead; the lead's country still places it.
    lead = _dateline_lead(text, start, end)
    own_clause = countries + [span for _, span in natives] + [span for _, span in bodies]
    own = _apposed_name(text, lex, lead, focus) if apposed else None
    scope = _index_clause(natives, clause) or own or (lead, end)
    capitals = [
        (at, key)
        for at, key in _capitalised_names(text, lex, lead, end, names)
        if not focus[0] <= at < focus[1]
        and not any(s <= at < e for s, e in own_clause)
        and scope[0] <= at < scope[1]
    ]
    indexes = [span for _, span in natives]
    entities.update(
        key for _, key in _own_clause_names(text, lex, capitals, clause, (start, end), indexes)
    )
    return entities


def _own_clause_names(
    text: str,
    lex: Lexicon,
    capitals: list[tuple[int, str]],
    clause: tuple[int, int] | None,
    sentence: tuple[int, int],
    indexes: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, str]]:
    """Names of the figure's own clause, when it has some, and not those of the clause next
    to it when a link word ([clause_links]) or a name opens the later of the two and the
    other holds a figure of its own: in `Engie closed 1.3% higher, while Elia gained 0.7%`
    and `Toyota gaben 5,6 Prozent nach, Sony verlor 4,3 Prozent` each move is its own
    company's, as each country keeps its own figure (`_own_countries`). A clause naming
    nothing keeps the sentence's, and so does any figure for names further away (`Segundo a
    Emater-MG, ..., e a perda é de 18%`), and so do those beside a stock index, whose own
    clause `_indexes_elsewhere` keeps (`Nordwind fell 3.2%, while Frankfurt's DAX was down
    0.3%`: the share trades in Frankfurt too)."""
    if clause is None or not any(clause[0] <= at < clause[1] for at, _ in capitals):
        return capitals
    links = folded_words(lex, "clause_links")
    if not links:
        return capitals
    marks = [
        m
        for m in _clause_breaks(lex).finditer(text, *sentence)
        if not (text[m.start() - 1 : m.start()].isdigit() and m.group() in ",.")
    ]  # a mark inside a number (`1,3 Prozent`) ends no clause

    def next_break(pos: int) -> re.Match[str] | None:
        return next((m for m in marks if m.start() >= pos), None)

    def nearby(at: int) -> tuple[int, int] | None:
        """The clause holding `at` when it is the one right before or after the figure's."""
        begin = max([sentence[0], *(m.end() for m in marks if m.end() <= at)])
        stop = next_break(at)
        if at >= clause[1]:
            first = next_break(clause[1])
            adjacent = first is not None and first.end() == begin
        else:
            adjacent = stop is not None and stop.end() == clause[0]
        return (begin, stop.start() if stop else sentence[1]) if adjacent else None

    def linked(begin: int) -> bool:
        word = re.match(r"\s*([^\W\d_]+(?:\s[^\W\d_]+)?)", text[begin : begin + 40])
        opening = fold(word.group(1)) if word else ""
        return any(opening == w or opening.startswith(w + " ") for w in links)

    def apart(at: int) -> bool:
        other = nearby(at)
        if other is None or not any(ch.isdigit() for ch in text[other[0] : other[1]]):
            return False
        if any(other[0] <= at < other[1] for at, _ in indexes):
            return False
        later = other[0] if at >= clause[1] else clause[0]
        return linked(later) or named(later)

    def named(begin: int) -> bool:
        """`..., Sony verlor 4,3 Prozent`: a clause opening with a name needs no link word."""
        first = len(text[begin:]) - len(text[begin:].lstrip())
        return any(at == begin + first for at, _ in capitals)

    return [(at, key) for at, key in capitals if clause[0] <= at < clause[1] or not apart(at)]


def _apposed_name(
    text: str, lex: Lexicon, start: int, focus: tuple[int, int]
) -> tuple[int, int] | None:
    """The name a figure stands in apposition to (`Chen Liwen, 45 ans,`, `Chen, de 54,`):
    a figure between a comma after a name and a comma (or the sentence's end) is that person's
    or thing's, and the other names of the sentence (`Rafael Montoya, 71 ans, et`) are not."""
    if not re.match(r"\s*(?:[,;.)]|$)", text[focus[1] : focus[1] + 2]):
        return None
    lead = r"|".join(re.escape(w) for w in lex.raw_list("ages", "apposition_words"))
    window = max(start, focus[0] - 80)
    before = re.search(
        rf"(?P<name>(?:[^\W\d_][\w'’-]*\s)*[^\W\d_][\w'’-]*),\s(?:(?:{lead})\s)?$"
        if lead
        else r"(?P<name>(?:[^\W\d_][\w'’-]*\s)*[^\W\d_][\w'’-]*),\s$",
        text[window : focus[0]],
    )
    if before is None:
        return None
    words: list[str] = []
    for word in reversed(before.group("name").split()):
        if not word[0].isupper():
            break  # `et Chen Liwen`: the name is the capitalised words before the comma
        words.insert(0, word)
    if not words:
        return None
    name_end = window + before.end("name")
    return name_end - len(" ".join(words)), name_end


def _index_clause(
    natives: list[tuple[str, tuple[int, int]]], clause: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The figure's clause when it names a stock index: `Shares in Lufthansa fell 1.8%, while
    the Bel 20 index closed 0.4% lower` gives the index's move none of the company's names,
    which belong to the share's figure in the other clause."""
    if clause is None or not any(clause[0] <= at < clause[1] for _, (at, _) in natives):
        return None
    return clause


def _native_names(
    text: str, lex: Lexicon, start: int, end: int
) -> list[tuple[str, tuple[int, int]]]:
    """Names written in the script's own words (`코스피`, `日経平均株価`), to meet their Latin
    name, and the same names in Latin text (`Nikkei`, `KOSPI`); like countries, each belongs to
    its own clause when a sentence lists several (`shares rose to 6,412 yen, while the Nikkei
    closed at 38,215`)."""
    return [
        (ascii_fold(name).replace(" ", "_"), match.span())
        for match in lex.native_names.finditer(text, start, end)
        if (name := lex.native_names.get(match.group()))
    ]


def _body_names(text: str, lex: Lexicon, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    """Bodies by the name [bodies] gives them in every language (`Banco Mundial`, `Bank Dunia`
    and `World Bank` are all `world_bank`); an acronym only in capitals (`UN`, not Italian
    `un`), and not where it describes another name (`The Nasdaq-listed Tessaro`)."""

    def scan() -> list[tuple[str, tuple[int, int]]]:
        found = []
        for match in lex.bodies.finditer(text, start, end):
            written, name = match.group(), lex.bodies.get(match.group())
            if not name or not lex.bodies.written_as_listed(written):
                continue
            if text[match.end() : match.end() + 20].casefold().startswith(lex.name_descriptors):
                continue
            found.append((ascii_fold(name).replace(" ", "_"), match.span()))
        return found

    return remembered(text, lex, ("bodies", start, end), scan)


def _indexes_elsewhere(
    text: str,
    lex: Lexicon,
    natives: list[tuple[str, tuple[int, int]]],
    clause: tuple[int, int] | None,
    sentence: tuple[int, int],
) -> set[str]:
    """Names of [native_names] (stock indexes) that only stand in another clause with a
    figure of their own: `shares rose to 6,412 yen, while the Nikkei closed at 38,215` gives
    the share price no Nikkei, though a single country would frame the whole sentence."""
    if clause is None:
        return set()
    inside = {name for name, (at, _) in natives if clause[0] <= at < clause[1]}
    return {
        name
        for name, (at, _) in natives
        if name not in inside and _has_figure(text, lex, at, clause, sentence)
    }


def _own_countries(
    text: str,
    lex: Lexicon,
    named: list[tuple[str, tuple[int, int]]],
    clause: tuple[int, int] | None,
    sentence: tuple[int, int],
    focus: tuple[int, int] | None = None,
) -> set[str]:
    """The countries a figure is about. A sentence that lists several countries, each with
    its figure, gives each figure the country of its own clause: in `USA (430.000), in Japan
    sind 158.000 Autos betroffen` the 158,000 are Japan's, not the United States'. A clause
    naming none continues the clause right before it (`The United States accounts for the
    largest share, with 430,000 vehicles, ...`). A country with no figure of its own frames
    the whole sentence and stays (`Đối với Việt Nam, kim ngạch xuất khẩu thép sang Mỹ ...`)."""
    if focus is not None:
        # a semicolon closes the figure's statement: a country named only after it is the
        # next statement's (`布伦特原油...下跌2.3%；美国西得克萨斯轻质原油...下跌2.2%`)
        close = _statement(text, *sentence, focus)[1]
        named = [(c, span) for c, span in named if span[0] < close]
    countries = {country for country, _ in named}
    if clause is None or len(countries) < 2:
        return countries
    own = [(c, at) for c, (at, _) in named if clause[0] <= at < clause[1]]
    if not own:
        own = _previous_clause_countries(text, lex, named, clause)
    if not own:
        return _worldwide(countries)
    if focus is not None and len({c for c, _ in own}) > 1:
        # `12 million customers in France and 31 million worldwide`: each figure of a list
        # joined by link words has the countries of its own part of the clause.
        low, high = _linked_part(text, lex, clause, focus)
        own = [(c, at) for c, at in own if low <= at < high] or own
    owned = {at for _, at in own}
    framing = {
        c
        for c, (at, _) in named
        if at not in owned and not _has_figure(text, lex, at, clause, sentence)
    }
    return _worldwide({c for c, _ in own} | framing)


def _linked_part(
    text: str, lex: Lexicon, clause: tuple[int, int], focus: tuple[int, int]
) -> tuple[int, int]:
    """The part of `clause` holding the figure at `focus`, between the link words (`and`,
    `y`, `et`) that stand between two figures; `France and Germany traded €5bn` is one part."""
    pattern = _links(lex)
    low, high = clause
    if pattern is None:
        return low, high
    for link in pattern.finditer(text, *clause):
        between = _has_digit(text, clause[0], link.start()) and _has_digit(
            text, link.end(), clause[1]
        )
        if not between:
            continue
        if link.end() <= focus[0]:
            low = link.end()
        elif link.start() >= focus[1]:
            high = min(high, link.start())
    return low, high


def _has_digit(text: str, start: int, end: int) -> bool:
    return any(ch.isdigit() for ch in text[start:end])


def _previous_clause_countries(
    text: str, lex: Lexicon, named: list[tuple[str, tuple[int, int]]], clause: tuple[int, int]
) -> list[tuple[str, int]]:
    """The countries of the clause right before `clause`, if the last country before it is
    there."""
    before = [(c, at) for c, (at, _) in named if at < clause[0]]
    if not before:
        return []
    last = before[-1][1]
    if len(list(_clause_breaks(lex).finditer(text, last, clause[0]))) != 1:
        return []
    start = _clause_start(text, lex, last)
    return [(c, at) for c, at in before if at >= start]


_FIGURE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:\"、]|\s-\s|(?P<end>[.!?。](?:\s|$))")
"""Clause breaks where a country's own figure stops: brackets do not end its clause (`in den
USA unterwegs (430.000)`), nor do the commas inside a figure; a sentence's end ends it all."""


def _has_figure(
    text: str, lex: Lexicon, at: int, clause: tuple[int, int], sentence: tuple[int, int]
) -> bool:
    """Whether the country at `at` has a figure of its own: a digit in its clause or in the
    clause right after it, unless that is the figure's own clause."""
    start = max(sentence[0], _clause_start(text, lex, at))
    limit = min(sentence[1], at + 200)
    breaks = list(_FIGURE_BREAK.finditer(text, at, limit))[:2]
    first = breaks[0].start() if breaks else limit
    if any(ch.isdigit() for ch in text[start:first]):
        return True
    if not breaks or breaks[0].group("end"):
        return False
    after = (breaks[0].end(), breaks[1].start() if len(breaks) > 1 else limit)
    if after[0] < clause[1] and clause[0] < after[1]:
        return False  # the next clause is the figure's own
    return any(ch.isdigit() for ch in text[after[0] : after[1]])


def _clause_start(text: str, lex: Lexicon, pos: int) -> int:
    """Where the clause holding `pos` starts (after the last break before it)."""
    ends = [m.end() for m in _clause_breaks(lex).finditer(text, max(0, pos - 200), pos)]
    return ends[-1] if ends else max(0, pos - 200)


_WORLD = "world"


def _worldwide(countries: set[str]) -> set[str]:
    """A figure said to hold worldwide (`the Japanese carmaker recalls 1.2 million vehicles
    worldwide`) is the world's, not its maker's country: against one country's part it names
    another place, so the two are never one fact (`countries_apart`)."""
    return {_WORLD} if _WORLD in countries else countries


_DATELINE_LEAD = re.compile(r"[^\n]{0,80}?(?:\s|\)\.)[-–—]\s")
_MARKUP_LEAD = re.compile(r"(?:[-*+•>#]+[ \t]+|\*\*|__)+")


def _dateline_lead(text: str, start: int, end: int) -> int:
    """Where a sentence's text begins after a dateline lead (`DORVIK - `, `LINDOR, WARTA DUNIA
    - `): the place a report was filed from names no subject of its first figure, and two
    reports filed from one city would otherwise share it with every figure of their leads.
    Markup opening a line (a Markdown list item's `- `, a heading's `#`, a bold lead's `**`)
    comes before the text too."""
    markup = _MARKUP_LEAD.match(text, start, end)
    start = markup.end() if markup is not None else start
    lead = _DATELINE_LEAD.match(text, start, end)
    if lead is None:
        return start
    if _DATED_LEAD.match(text, start, lead.end()):
        return lead.end()
    first = _CAPITALISED.match(text, start, lead.end())
    return lead.end() if first and len(first.group()) > 2 and first.group().isupper() else start


_DATED_LEAD = re.compile(
    r"[^\W\d][^,\n]{0,30}, [^\n]{0,30}?"
    r"(?:(?:\d{4}|\d{1,2}/\d{1,2})\s*(?:\([^()\n]{1,40}\))?"
    r"|(?:\d{1,2}\.? [^\W\d]{3,10}\.?|[^\W\d]{3,10}\.? \d{1,2})\s*\([^()\n]{1,40}\))"
    r"\s?\.?[-–—]\s"
)
"""A dateline in title case, known by its date and the outlet in brackets after it (`Frankfurt,
15. April 2026 (Börsenkurier) – `, `Hà Nội, 15/4/2026 – `), or by a day and month and the
outlet (`Madrid, 14 oct (EFE).- `, `Lisboa, 14 out (Lusa) - `): the outlet names no subject
either."""


def _capitalised_names(
    text: str, lex: Lexicon, start: int, end: int, names: frozenset[str]
) -> list[tuple[int, str]]:
    """The sentence's capitalised words that count as names, with where each starts: the same
    for every claim of the sentence, so scanned once (`remembered`)."""

    def scan() -> list[tuple[int, str]]:
        out: list[tuple[int, str]] = []
        titled = title_case(text, start, end)
        for match in _CAPITALISED.finditer(text, start, end):
            word = _without_elision(_CASE_ENDING.sub("", match.group()), lex)
            if not word[0].isupper() or text.startswith("$", match.end()):
                continue  # `US$34 miliar`, `HK$2 billion`: the letters belong to the currency
            key = ascii_fold(word)
            if titled and key not in names:
                continue  # `Resmikan Jalur Metro Melingkar`: a headline's capitals name nothing
            if match.start() == start and not (
                _looks_like_name(word, lex)
                or key in names
                or _before_a_name(text, match.end(), end, lex)
            ):
                continue
            common = (
                key in lex.stopwords
                or key in lex.org_suffixes
                or fold(word) in lex.stopwords
                or key.endswith(lex.name_descriptors)  # `The Austin-based company`
                or _glued_sum(word, lex)
                or _opens_a_topic(text, match, lex)
            )
            if len(key) > 1 and not common and not _is_lexicon_word(word.rstrip(".-'"), lex):
                parts = _name_parts(word, key)
                out.extend((match.start(), part) for part in _name_before_noun(word, lex, parts))
        return out

    return remembered(text, lex, ("names", start, end, names), scan)


def _opens_a_topic(text: str, word: re.Match[str], lex: Lexicon) -> bool:
    """A capital opening a topic phrase of several words (`the Day of Arafat`, `Arafat Day`
    with `arafat` a topic) is that topic's, no name: only its first word would be left over."""
    phrase = lex.concepts.match_at(text, word.start()) if lex.concepts else None
    return phrase is not None and phrase.end() > word.end()


def _without_elision(word: str, lex: Lexicon) -> str:
    """`L'AVM transporte ...` names AVM: a sentence's first word with an elided article
    ([names] elisions) before a capital names what follows it (so the name meets the one other
    texts write bare). Inside a sentence (`de l'IA`, `dell'AVM`) the word stays unread, as
    before: a common noun's acronym (`IA`) would else become a name others write otherwise."""
    if not word[:1].isupper():
        return word
    folded = fold(word)
    for elision in lex.name_elisions:
        rest = word[len(elision) :]
        if folded.startswith(elision) and rest[:1].isupper():
            return rest
    return word


_GLUED_SUM = re.compile(r"([^\W\d_]+)\$?\d")


def _glued_sum(word: str, lex: Lexicon) -> bool:
    """`Rp11.500`, `US$7`: a currency glued to its digits is a figure, not a name; taken for
    one, the other figure of a sentence (`dari Rp10.000 menjadi Rp11.500`) names each."""
    glued = _GLUED_SUM.match(word)
    return glued is not None and lex.currencies.get(glued.group(1)) is not None


def _name_parts(word: str, key: str) -> list[str]:
    """A name in another script joined by hyphens whose parts are all capitalised
    (`Калинда-Тимур`, `Куала-Лумпур`) transliterates the several words Latin text writes apart
    (`Kalinda Timur`): its parts, so that they meet. In Latin letters a hyphen joins two
    entities (`SoftBank-OpenAI`), which stay one name."""
    parts = word.strip(".-'").split("-")
    latin = any(c.isascii() and c.isalpha() for c in word)
    if latin or len(parts) < 2 or not all(len(p) > 1 and p[0].isupper() for p in parts):
        return [key]
    return [ascii_fold(p) for p in parts]


def _name_before_noun(word: str, lex: Lexicon, parts: list[str]) -> list[str]:
    """`Mirah-Raya-Brücke`, `Morandi-Brücke`, `Tesla-Werk`: a name joined by hyphens to a
    common noun after it (a word of the lexicon's tables or a stopword) is that name, whose
    words other texts write apart (`Jembatan Mirah Raya`)."""
    pieces = word.strip(".-'").split("-")
    if len(parts) != 1 or len(pieces) < 2:
        return parts
    *name, noun = pieces
    common = fold(noun) in lex.stopwords or _is_lexicon_word(noun, lex)
    if not common or not all(len(p) > 1 and p[0].isupper() for p in name):
        return parts
    return [ascii_fold(p) for p in name]


def _looks_like_name(word: str, lex: Lexicon) -> bool:
    """A sentence's first word counts only when it is plainly a name (`OpenAI`, `SoftBank`)."""
    return any(c.isupper() for c in word[1:]) and fold(word) not in lex.stopwords


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'&.-]*)")


def _before_a_name(text: str, pos: int, end: int, lex: Lexicon) -> bool:
    """A sentence's first word followed by a capitalised word that is no common word is the
    first half of a name (`Nordvik Energy said`), not just a capital of position."""
    following = _NEXT_WORD.match(text, pos, end)
    if following is None or not following.group(1)[0].isupper():
        return False
    word = following.group(1)
    return fold(word) not in lex.stopwords and not _is_lexicon_word(word, lex)


def _is_lexicon_word(word: str, lex: Lexicon) -> bool:
    return bool(
        lex.concepts.get(word)
        or lex.units_before.get(word)
        or lex.currencies.get(word)
        or lex.months.get(word)
        or lex.weekdays.get(word) is not None
        or lex.roles.get(word)
        or lex.number_words.get(word) is not None
        or lex.countries.get(word)
    )


_CJK_RUN = re.compile(r"[\u30a0-\u30ff\u4e00-\u9fff・]{2,}|[\uac00-\ud7a3]{2,}|[A-Za-z][\w&.-]+")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&.-]+")
"""A Latin word among other scripts ends where they begin: `OpenAIの`, `SoftBank는`."""
_KATAKANA_RUN = re.compile(r"[\u30a0-\u30ff・]{2,}")


def _cjk_entities(text: str, lex: Lexicon, start: int, end: int) -> set[str]:
    """Scripts without spaces (and Korean, whose keys match inside words): katakana runs
    (borrowed names) and Latin words stand in for names, romanised where the lexicon says so,
    to meet their Latin spelling elsewhere."""
    found = {
        ascii_fold(m.group())
        for m in _LATIN_WORD.finditer(text, start, end)
        if not (_is_lexicon_word(m.group(), lex) or lex.units.get(m.group()))  # `km`, `CEO`
    }
    if lex.romanise:
        # Katakana is how borrowed names are written (ソフトバンク, ジャカルタ); kanji runs are
        # mostly common words, and without a tokenizer they cannot be told from names.
        for match in _KATAKANA_RUN.finditer(text, start, end):
            word = match.group()
            if _is_lexicon_word(word, lex) or lex.units.get(word) or lex.native_names.get(word):
                continue  # キロ, マグニチュード: units and topic words, not names
            if fold(word) in lex.stopwords:
                continue  # プラス, マイナス: a sign, not a name
            found.update(ascii_fold(w) for w in romanise(match.group()).split() if len(w) > 2)
        found.update(_place_names(text, lex, start, end))
    return found


def _place_names(text: str, lex: Lexicon, start: int, end: int) -> set[str]:
    """Kanji place names marked by their ending (`輪島市`, `石川県の`, `志賀町で`), romanised to
    meet their Latin spelling (`wajima` is read `washima`, `suzu` and `ishikawa` meet). The name
    must stand between other scripts or punctuation: inside a kanji run the ending may be part
    of a longer word (`県内各市`)."""
    endings = lex.raw_list("place_suffixes", "words")
    if not endings:
        return set()
    names = set()
    for match in _place_pattern(endings).finditer(text, start, end):
        name = match.group(1)
        if not _is_lexicon_word(name, lex):
            names.add(ascii_fold(romanise(name).replace(" ", "")))
    return names


@functools.lru_cache(maxsize=8)
def _place_pattern(endings: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(re.escape(e) for e in endings)
    return re.compile(rf"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{{2,3}})(?:{body})(?![\u4e00-\u9fff])")
