"""Per-language knowledge, loaded from one data file per language over a shared base.

A language file (`lexicons/<code>.toml`) has the same tables as `lexicons/base.toml`; its
entries are added to the base's and win where both name the same key. Nothing here knows
any particular language: adding one is adding a file.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_TABLES = {
    "language": dict,
    "scales": dict,
    "long_scale": dict,
    "multipliers": dict,
    "number_words": dict,
    "currencies": dict,
    "local_currencies": dict,
    "percent_signs": dict,
    "percent_words": dict,
    "periods": dict,
    "periods_before": dict,
    "horizon_markers": dict,
    "phases": dict,
    "qualifiers": dict,
    "months": dict,
    "weekdays": dict,
    "relative_dates": dict,
    "relative_date_guards": dict,
    "weekday_weeks": dict,
    "weekday_weeks_before": dict,
    "weekday_weeks_guards": dict,
    "measures": dict,
    "units": dict,
    "units_before": dict,
    "rates_before": dict,
    "times_of_day": dict,
    "change_pairs": dict,
    "count_heads": dict,
    "concepts": dict,
    "roles": dict,
    "role_equivalents": dict,
    "role_links": dict,
    "role_remits": dict,
    "countries": dict,
    "stopwords": dict,
    "org_suffixes": dict,
    "ministry_before_name": dict,
    "date_links": dict,
    "date_prepositions": dict,
    "names": dict,
    "name_endings": dict,
    "clause_endings": dict,
    "clause_links": dict,
    "relative_clauses": dict,
    "partitive_links": dict,
    "subset_links": dict,
    "material_links": dict,
    "part_links": dict,
    "measure_links": dict,
    "role_verbs": dict,
    "place_suffixes": dict,
    "fraction_shares": dict,
    "currency_guards": dict,
    "directions": dict,
    "articles": dict,
    "portfolios": dict,
    "portfolio_links": dict,
    "portfolio_joiners": dict,
    "contrasts": dict,
    "percent_before": dict,
    "weekdays_short": dict,
    "months_short": dict,
    "weekdays_in_week": dict,
    "ordinals": dict,
    "anaphoric_days": dict,
    "anaphoric_day_guards": dict,
    "number_joiners": dict,
    "relative_offsets": dict,
    "attribution": dict,
    "attribution_bodies": dict,
    "updates": dict,
    "same_concepts": dict,
    "unit_kinds": dict,
    "portfolio_offices": dict,
    "story_offices": dict,
    "vague_numbers": dict,
    "shared_offices": dict,
    "loose_units": dict,
    "context_units": dict,
    "money_concepts": dict,
    "bodies": dict,
    "native_names": dict,
    "eras": dict,
    "era_links": dict,
    "era_bases": dict,
    "role_modifiers": dict,
    "related_links": dict,
    "back_references": dict,
    "occasions": dict,
    "partial_counts": dict,
    "role_bodies": dict,
    "role_fallbacks": dict,
    "regions": dict,
    "body_links": dict,
    "body_words": dict,
    "generic_bodies": dict,
    "body_kinds": dict,
    "region_nouns": dict,
    "place_kinds": dict,
    "date_direction": dict,
    "date_suffixes": dict,
    "datelines": dict,
    "abbreviations": dict,
    "glued_scales": dict,
    "kanji_forms": dict,
    "han_foreign_sounds": dict,
    "korean_name_readings": dict,
    "name_spellings": dict,
    "scale_fractions": dict,
    "decimal_words": dict,
    "subunits": dict,
    "money_joiners": dict,
    "ordinal_suffixes": dict,
    "ordinal_prefixes": dict,
    "counters": dict,
    "counter_modifiers": dict,
    "target_eras": dict,
    "part_outcomes": dict,
    "clock_asides": dict,
    "joint_titles": dict,
    "generic_counters": dict,
    "rate_heads": dict,
    "fraction_marks": dict,
    "indefinite_articles": dict,
    "fraction_words": dict,
    "fraction_denominators": dict,
    "fraction_joiners": dict,
    "fraction_suffixes": dict,
    "percent_phrases": dict,
    "percent_guards": dict,
    "role_guards": dict,
    "share_tails": dict,
    "relative_years": dict,
    "durations": dict,
    "ages": dict,
    "role_honorifics": dict,
    "glued_offices": dict,
    "role_ranks": dict,
    "rate_quotes": dict,
}
_QUALIFIERS = (
    "approximate",
    "at_least",
    "at_most",
    "at_least_after",
    "at_most_after",
    "approximate_after",
    "comparative_after",
    "place_verbs",
    "range_start",
    "range_join",
    "range_and",
    "negative",
    "compared",
    "change_from",
    "change_by",
    "change_by_after",
    "change_to",
    "change_after",
    "to_after",
    "amount_nouns",
    "level_nouns",
    "span_after",
)


class LexiconError(Exception):
    """A language file is missing, malformed or names an unknown table."""


def fold(text: str) -> str:
    """The form phrases are compared in: case-folded, one kind of apostrophe, single spaces, and
    one letter i: Unicode folds Turkish `İ` to `i` + a combining dot and leaves `ı` alone, so
    `İngiltere` or `BAŞBAKANI` would miss `ingiltere` and `başbakanı` (regex matching, which
    already treats the four as one letter, finds them)."""
    folded = text.casefold().replace("’", "'").replace("‘", "'")
    return " ".join(folded.replace("i\u0307", "i").replace("ı", "i").split())


_SEEN_LIMIT = 50_000
"""Remembered look-ups per table, so that a long scan's memory stays bounded."""


class Phrases(Generic[T]):
    """A table of phrases (exact, or prefixes ending in `*`) and one regex that finds them all."""

    def __init__(self, entries: Mapping[str, T], *, spaced: bool, loose: bool = False) -> None:
        self.exact: dict[str, T] = {}
        self.prefixes: list[tuple[str, T]] = []
        self.acronyms = frozenset(
            fold(k) for k in entries if k.isalpha() and k.isupper()
        ) - frozenset(k for k in entries if k.islower())
        """Keys written in capitals in the data (`CEO`, `PM`): only capitals match them in text,
        unless a language's file also writes them in lower case (Dutch `ceo`)."""
        for key, value in entries.items():
            if key.endswith("*") and len(key) > 1:
                self.prefixes.append((fold(key[:-1]), value))
            else:
                self.exact[fold(key)] = value
        self.prefixes.sort(key=lambda item: -len(item[0]))
        self._by_length: dict[str, T] = {}
        """Prefixes to their values, first (longest) one kept, looked up by cutting a key to
        each prefix length: the tables hold hundreds of prefixes but few lengths."""
        for prefix, value in self.prefixes:
            self._by_length.setdefault(prefix, value)
        self._lengths = sorted({len(p) for p, _ in self.prefixes}, reverse=True)
        self._seen: dict[str, T | None] = {}
        """Answers already given: every capitalised word of a text is looked up in several
        tables, and the prefixes are tried one by one."""
        self.loose = loose
        """Spaces may stand between any two characters (`百 分 之`: text set with spaces)."""
        body = _body(self.exact, [p for p, _ in self.prefixes], loose)
        if not spaced:  # without spaces between words there are no boundaries to check
            body = body.replace(_LETTER_BEFORE, "").replace(_LETTER_AFTER, "")
        self.body = body
        """The alternation alone, for building larger patterns around it."""

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        # Compiled on first use: compiling every table of a language took most of a small
        # scan's start-up, and many tables are only ever used inside larger patterns.
        return re.compile(self.body, re.IGNORECASE)

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefixes)

    def written_as_listed(self, found: str) -> bool:
        """Is `found` written as the data writes its key? A key in capitals (`CEO`, `UN`) is
        matched only in capitals: `ceo`, Italian `un` are other words."""
        return found.isupper() or fold(found) not in self.acronyms

    def get(self, text: str) -> T | None:
        if text in self._seen:
            return self._seen[text]
        key = fold(text).replace(" ", "") if self.loose else fold(text)
        found = self.exact.get(key) if key in self.exact else self._by_prefix(key)
        if len(self._seen) < _SEEN_LIMIT:
            self._seen[text] = found
        return found

    def _by_prefix(self, key: str) -> T | None:
        for length in self._lengths:
            if length <= len(key) and (found := self._by_length.get(key[:length])) is not None:
                return found
        return None

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)

    def match_at(self, text: str, pos: int) -> re.Match[str] | None:
        return self.pattern.match(text, pos)


_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"
_END = ""
"""The trie key that marks where a phrase ends (no unit of a phrase is empty)."""

_Trie = dict[str, "_Trie | bool"]
"""Phrase units (`a`, ` `, `ss`) to subtries; at `_END`, whether the phrase is a prefix."""


def _units(phrase: str) -> list[str]:
    # Keys are case-folded (`ß` → `ss`); the text is not, so `ss` is one unit matching either.
    return re.findall(r"ss|.", phrase, re.DOTALL)


def _body(exact: Iterable[str], prefixes: Iterable[str], loose: bool = False) -> str:
    """One pattern for all the phrases, written as a trie (`do(?:llars?|ng)`): with hundreds
    of phrases, trying each one in turn at every letter of a text was most of the time spent
    on extraction. Longer phrases are tried before shorter ones along each branch. No letter
    may touch a phrase on a side where it ends in a letter; a digit may (`US$3`, `3bn`,
    `10km`), and so may anything after `d'`."""
    root: _Trie = {}
    for phrases, is_prefix in ((exact, False), (prefixes, True)):
        for phrase in phrases:
            node = root
            for unit in _units(phrase):
                node = node.setdefault(unit, {})  # type: ignore[assignment]
            node[_END] = is_prefix or bool(node.get(_END))  # a prefix also covers the exact
    lettered = {u: t for u, t in root.items() if u[:1].isalnum()}
    others = {u: t for u, t in root.items() if u and not u[:1].isalnum()}
    parts = [_LETTER_BEFORE + _alternatives(lettered, "", loose)] if lettered else []
    parts += [_alternatives(others, "", loose)] if others else []
    if not parts:
        return r"(?!x)x"
    firsts = {u[0] for u in root} | ({"ß"} if any(u.startswith("ss") for u in root) else set())
    chars = "".join(sorted(re.escape(c) for c in firsts))
    # The class rejects at once the positions that start no phrase.
    return f"(?=[{chars}])(?:{'|'.join(parts)})"


def _alternatives(trie: _Trie, last: str, loose: bool = False) -> str:
    """The pattern of `trie`'s branches; `last` is the unit that led to it."""
    space = r"[ \u00a0]*" if loose and last else ""
    options = [
        space + _unit_regex(unit) + _alternatives(sub, unit, loose)  # type: ignore[arg-type]
        for unit, sub in sorted(trie.items())
        if unit != _END
    ]
    if _END in trie:
        tail = r"\w*" if trie[_END] else ""
        lettered = bool(trie[_END]) or last[-1:].isalnum()
        options.append(tail + (_LETTER_AFTER if lettered else ""))
    return options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"


def _unit_regex(unit: str) -> str:
    if unit == " ":
        return r"\s+"
    return "(?:ss|ß)" if unit == "ss" else re.escape(unit)


def alternation(words: Iterable[str]) -> str:
    """`words` escaped and joined for a regex, longest first, so that `per year` is tried
    before `per`."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=256)
def listed_pattern(
    lex: Lexicon, table: str, key: str, template: str, flags: int = re.IGNORECASE
) -> re.Pattern[str] | None:
    """`template` compiled with `{words}` standing for the alternation of a data file's word
    list (`[portfolio_links] words`); None when the language lists none."""
    words = lex.raw_list(table, key)
    if not words:
        return None
    return re.compile(template.replace("{words}", alternation(words)), flags)


@dataclass(frozen=True)
class UnitSense:
    """What a unit word measures: `km` is (length, 1000.0, km)."""

    dimension: str
    factor: float
    name: str
    rate: str | None = None
    """The period a unit word holds in itself (`bpd`, barrels a day), as `a day` after it."""


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Everything extraction needs to know about one language."""

    code: str
    name: str
    decimal: str
    group: tuple[str, ...]
    date_order: str
    year_last_order: str
    """The order of a date written with its year last, where that is not `date_order`'s."""
    spaced: bool
    known: bool
    """False for a language without a data file, read with the base tables alone."""
    romanise: bool
    """Read names in this script in Latin letters for matching (Japanese kana and kanji)."""
    elided_place: bool
    """Does a last digit after a multiplier count in the next lower place (二百五 is 250)?"""
    compound_numbers: bool
    """Are numbers written as one word (`zweihundertfünfzig`)?"""
    name_before_title: bool
    """In scripts without spaces: is the holder written before the office (`石破茂首相`)?"""
    spaced_names: bool
    """Are the words of names and bodies before an office spaced, though keys match inside
    words (Korean `이시바 시게루 일본 총리가`)?"""
    scales: Phrases[float]
    multipliers: Phrases[float]
    number_joiners: Phrases[str]
    """Words inside numbers written out: `and` in `one hundred and six`."""
    number_words: Phrases[float]
    currencies: Phrases[str]
    percent: Phrases[str]
    percent_phrases: Phrases[float]
    """Phrases that are a percentage alone, with its value: `对折` (half price) is 50."""
    percent_before: Phrases[float]
    """Words that make the number after them a percentage: `百分之` in `百分之三十`; the value
    is in percent (`千分之` is 0.1)."""
    glued_scales: Phrases[float]
    """Short scales read without a currency when glued to the digits: `10k`."""
    scale_fractions: Phrases[float]
    """A fraction of the scale word before it: `and a half` in `3 million and a half`."""
    decimal_words: Phrases[str]
    """The decimal mark written as a word: `coma`, `virgule`, `点`; `percent` for a mark read
    only before a percent word (`con` in `siete con cincuenta por ciento`), else empty."""
    subunits: Phrases[float]
    """Subunits as a fraction of their main unit, for `3 dollars and 50 cents`."""
    money_joiners: Phrases[str]
    """Words between a main unit and its subunits: `and` in `3 dollars and 50 cents`."""
    indefinite_articles: Phrases[str]
    """Words for `one` that are also `a`: alone they are never a figure."""
    fraction_marks: Phrases[str]
    """Written between a denominator and its numerator: `分之` in `三分之一` (a third)."""
    fraction_words: Phrases[str]
    """Written between a numerator and its denominator: `over` in `1 over 3`."""
    fraction_denominators: Phrases[float]
    """Denominators written as words after a numerator: `fifths` in `three fifths` (5)."""
    fraction_joiners: Phrases[str]
    """Between a whole number and its fraction: `又` in `3又1/4`."""
    fraction_suffixes: Mapping[str, float]
    """Endings that make a denominator of the number written before them, against it or as a
    word after it, times the value: `avos` in `veintiunavos` and `vinte e um avos` (21),
    `milésimos` in `dosmilésimos` (2,000). Case-folded keys."""
    counters: Phrases[str]
    """Measure words that make a lone numeral a count (`三双`), without being a unit."""
    ordinal_suffixes: Phrases[str]
    """Letters after digits that make a rank, not an amount: `th` in `4th`."""
    periods: Phrases[str]
    periods_before: Phrases[str]
    """A rate written before the sum: `yıllık` in `yıllık 3 milyar dolar`, `매년` in `매년 30억
    달러` (every year)."""
    horizon_markers: Phrases[str]
    phases: Phrases[str]
    qualifiers: Mapping[str, Phrases[str]]
    months: Phrases[int]
    weekdays: Phrases[int]
    relative_dates: Phrases[str | int]
    """A day's distance from the document's date (`yesterday` -1), or a wider span's precision."""
    units: Phrases[UnitSense]
    units_before: Phrases[str]
    count_heads: Phrases[UnitSense]
    """Phrases naming a count, before a bare number (`death toll ... 284`): the unit counted."""
    concepts: Phrases[str]
    roles: Phrases[str]
    role_links: Phrases[str]
    countries: Phrases[str]
    stopwords: frozenset[str]
    org_suffixes: frozenset[str]
    abbreviations: frozenset[str]
    """Words whose full stop ends no sentence: `Mr.`, `Corp.`, `Mrd.`, `Sra.` (case-folded)."""
    name_particles: frozenset[str]
    """Lower-case words inside names: `de` in `Luca de Meo`."""
    joined_particles: frozenset[str]
    """Lower-case heads that make a surname only when joined by a hyphen: the Arabic article
    assimilated to the next consonant (`ar-Rabiah`, `er-Rebia`, `ар-Рабиа`)."""
    name_descriptors: tuple[str, ...]
    """Endings that make a capitalised compound a description, no name (`Austin-based`)."""
    name_titles: tuple[str, ...]
    """Trades written before a name as its description (`Onderzoeker`, `Researcher`); a word
    ending in one (`Klimaatwetenschapper`) is one too. Case-folded."""
    name_elisions: tuple[str, ...]
    """Elided articles and prepositions written onto a name (`l'`, `dell'`): `dell'AVM` is AVM."""
    articles: Phrases[str]
    """Articles that may stand between a comma and an office: `Sam Altman, the head of`."""
    portfolios: Phrases[str]
    bodies: Phrases[str]
    attribution_bodies: Phrases[str]
    """Bodies named by a common noun that figures are credited to (`selon la police`,
    `menurut polisi`), to one English name: `police`, `union`, `organisers`."""
    """Organisations by any of their names, to one English name: `BCE`, `EZB` → `ECB`."""
    native_names: Phrases[str]
    """Names a script without spaces writes in its own words, to the one Latin word news in
    other languages uses: stock indexes (`코스피`, `日経平均株価` → `KOSPI`, `Nikkei`)."""
    role_bodies: Phrases[str]
    """Offices that name their body: `Bundeskanzler` is Germany's, `首相` Japan's."""
    body_words: Mapping[str, str]
    """Common nouns in a public body's name, to one English word (`Agencia`, `İdaresi`,
    `Badan` → `Agency`; `Agua`, `Su`, `Air` → `Water`), so one body named in two languages
    is one body: `Agencia del Agua de Valdemora` = `Valdemora Su İdaresi`."""
    """What a minister is minister of: `Manpower`, `Ketenagakerjaan`, `Travail` → labour."""
    date_links: tuple[str, ...]
    """Words between day, month and year: `3 de febrero de 2025`."""
    date_suffixes: Mapping[str, str]
    """Marks after year, month and day in scripts that write `2025年2月3日`."""
    counted_nouns: Mapping[str, UnitSense] = field(default_factory=dict)
    """Nouns that mean another thing before a generic counter than as a unit of their own:
    Korean `표` counts votes (`300표`), but `표 4천만 장` are tickets."""
    raw: Mapping[str, Any] = field(repr=False, default_factory=dict)

    def raw_list(self, table: str, key: str) -> tuple[str, ...]:
        """A list of words from the data file (`[date_prepositions] words`), empty if absent."""
        return tuple(self.raw.get(table, {}).get(key, []))


@cache
def available_languages() -> tuple[str, ...]:
    """Codes of every language that has a data file, sorted."""
    folder = resources.files("factcheck") / "lexicons"
    names = (entry.name for entry in folder.iterdir() if entry.name.endswith(".toml"))
    return tuple(sorted(n.removesuffix(".toml") for n in names if n != "base.toml"))


@dataclass(frozen=True)
class Shared:
    """Tables of `base.toml` that matching uses across languages: claims of two languages
    must be compared by one rule, not by either language's additions."""

    role_equivalents: Mapping[str, frozenset[str]]
    contrasts: tuple[frozenset[str], ...]
    update_concepts: frozenset[str]
    falling_concepts: frozenset[str] = frozenset()
    """Counts that fall as reports come in (the missing, as people are found): a later lower
    count of them alone is an update, not a contradiction."""
    directions: frozenset[str] = frozenset()
    """Concepts that say which way a figure moved, not what moved (`increase`)."""
    populations: frozenset[str] = frozenset()
    """Concepts that say whom a share is of, not what it measures (`12% of patients`)."""
    markets: frozenset[str] = frozenset()
    """Concepts that say a stock moved, not which one (`share`)."""
    currency_families: frozenset[frozenset[str]] = frozenset()
    """A shared currency name's code with its members' codes (`crown`: SEK, NOK, DKK, ...):
    a bare `couronnes` and `kronor` may name one sum, so they are no wrong currency."""
    same_concepts: Mapping[str, str] = field(default_factory=dict)
    """Concepts that count as another when subjects are compared: `growth` → `increase`."""
    kanji_forms: Mapping[str, str] = field(default_factory=dict)
    """Simplified Chinese characters → their Japanese forms, to read Japanese names written
    in Chinese (`贤` → `賢`)."""
    korean_surnames: Mapping[str, str] = field(default_factory=dict)
    """Han characters of Korean family names → their Hangul reading (`姜` → `강`)."""
    korean_given: Mapping[str, str] = field(default_factory=dict)
    """Han characters of Korean given names → their Hangul reading (`敏` → `민`)."""
    korean_latin_surnames: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Hangul family names → the Latin spellings custom gives them (`박` → `Park`, `Pak`)."""
    han_foreign_sounds: Mapping[str, str] = field(default_factory=dict)
    """Han characters → the foreign sound they write in a transliterated name (`尔` → `r`)."""
    name_articles: frozenset[str] = frozenset()
    """Lower-case words inside Latin names (`de`, `al`, `ar`): no given name of their own."""
    name_spellings: Mapping[str, str] = field(default_factory=dict)
    """A name word as Chinese, Japanese or Korean writes it by custom → its Latin spelling
    (`普京` → `Putin`), where its sounds do not lead there."""
    portfolio_offices: Mapping[str, tuple[str, bool]] = field(default_factory=dict)
    """Offices named after a portfolio: the office word, the name the portfolio goes before,
    and whether it must have one (`minister` → `labour minister`; `commissioner` may not)."""
    story_offices: frozenset[str] = frozenset()
    """Offices one story has one holder of (`presiding judge`): without a body, one office."""
    unnamed_story_offices: frozenset[str] = frozenset()
    """Offices one story has one holder of while no source names its body (a bare `mayor`)."""
    loose_units: Mapping[str, float] = field(default_factory=dict)
    """Units news writes for another, to the other's size (`mile` → a nautical mile's 1,852
    m): a figure in one allows either size."""
    shared_offices: frozenset[str] = frozenset()
    """Offices a body has several holders of (`spokesperson`): different holders are two
    people, never a conflict."""
    part_outcomes: frozenset[str] = frozenset()
    """What befalls the people a count counts (`rescue`, `missing`): in `14 of its 21 crew were
    rescued` said of the part, never of the whole it is taken from."""
    occasions: frozenset[str] = frozenset()
    """Concepts that make a figure another measurement (`intraday`: a move at one point of
    the day, not at the close): compared only with figures that have the concept too."""

    target_concepts: frozenset[str] = frozenset()
    """Concepts that make a figure a target (`expected to produce`, `at full capacity`): it
    may be the one a source dates to a later year (`prevista para 2029`)."""
    sides: tuple[frozenset[str], ...] = ()
    """Contrasts whose members a sentence gives each to its own figure (the ayes and the noes
    of one tally): a figure that names none takes none from a sentence naming several."""
    spans: frozenset[str] = frozenset()
    """Contrasts of the span a running total covers (`weekend`, `week`) and of the side that
    states a figure (a union's demand, an employer's offer): they tell figures apart but say
    nothing of what was counted, so likeness does not weigh them."""


def _pairs(data: Mapping[str, Any], table: str, key: str) -> dict[str, str]:
    """A table written as pairs of a character and its reading, spaced (`"姜강 金김"`)."""
    return {p[0]: p[1:] for p in " ".join(data.get(table, {}).get(key, [])).split()}


@cache
def shared() -> Shared:
    data = _read("base.toml")
    return Shared(
        role_equivalents={
            generic: frozenset(specific)
            for generic, specific in data.get("role_equivalents", {}).items()
        },
        contrasts=tuple(
            frozenset(g)
            for key in ("groups", "sides", "spans", "stances", "bases")
            for g in data.get("contrasts", {}).get(key, [])
        ),
        sides=tuple(frozenset(g) for g in data.get("contrasts", {}).get("sides", [])),
        spans=frozenset(
            c
            for key in ("spans", "stances", "bases")
            for g in data.get("contrasts", {}).get(key, [])
            for c in g
        ),
        update_concepts=frozenset(data.get("updates", {}).get("concepts", [])),
        falling_concepts=frozenset(data.get("updates", {}).get("falling", [])),
        directions=frozenset(data.get("directions", {}).get("concepts", [])),
        populations=frozenset(data.get("directions", {}).get("populations", [])),
        markets=frozenset(data.get("directions", {}).get("markets", [])),
        currency_families=frozenset(
            frozenset({code, *members.values()})
            for code, members in data.get("local_currencies", {}).items()
        ),
        target_concepts=frozenset(data.get("target_eras", {}).get("concepts", [])),
        same_concepts={
            variant: concept
            for concept, variants in data.get("same_concepts", {}).items()
            for variant in variants
        },
        kanji_forms={p[0]: p[1] for p in data.get("kanji_forms", {}).get("pairs", [])},
        korean_surnames=_pairs(data, "korean_name_readings", "surnames"),
        korean_given=_pairs(data, "korean_name_readings", "given"),
        korean_latin_surnames={
            words[0]: tuple(words[1:])
            for words in (e.split() for e in data.get("korean_name_readings", {}).get("latin", []))
        },
        han_foreign_sounds=_pairs(data, "han_foreign_sounds", "pairs"),
        name_articles=frozenset(
            fold(w) for key in ("particles", "joined") for w in data.get("names", {}).get(key, [])
        ),
        name_spellings={
            word: spelling
            for entries in data.get("name_spellings", {}).values()
            for word, spelling in (entry.split(maxsplit=1) for entry in entries)
        },
        portfolio_offices={
            role: (str(v["office"]), bool(v["needs"]))
            for role, v in data.get("portfolio_offices", {}).items()
        },
        story_offices=frozenset(data.get("story_offices", {}).get("offices", [])),
        unnamed_story_offices=frozenset(data.get("story_offices", {}).get("unnamed", [])),
        shared_offices=frozenset(data.get("shared_offices", {}).get("offices", [])),
        loose_units={k: float(v) for k, v in data.get("loose_units", {}).items()},
        occasions=frozenset(data.get("occasions", {}).get("concepts", [])),
        part_outcomes=frozenset(data.get("part_outcomes", {}).get("concepts", [])),
    )


@dataclass(frozen=True)
class Script:
    """Letters that tell a language from the others with a lexicon, as regex classes."""

    own: str | None
    """Letters no other of them writes (kana for Japanese, Hangul for Korean)."""
    shared: str | None
    """Letters it shares with another (Han for Chinese): they decide only where no language's
    own letters appear."""


def script(code: str) -> Script:
    lang = _section(f"{code}.toml", "language")
    return Script(lang.get("own_letters"), lang.get("letters"))


def common_words(code: str) -> frozenset[str]:
    """A language's stopwords alone, without building its lexicon (language identification)."""
    words = _section(f"{code}.toml", "stopwords").get("words", [])
    return frozenset(fold(w) for w in words)


@cache
def country_names() -> frozenset[str]:
    """Every country any data file names (`Japan`, `United States`), read from the `countries`
    tables alone: matching asks which subject names are countries, and building all 14
    lexicons for it cost a quarter of a second of every scan."""
    files = ["base.toml", *(f"{code}.toml" for code in available_languages())]
    return frozenset(
        name
        for file in files
        for name in _section(file, "countries").values()
        if isinstance(name, str)
    )


@dataclass(frozen=True)
class Compass:
    """Every data file's compass words for regions (`[regions]`): `words` (`barat`, `tây`,
    `occidentale`), `prefixes` glued before a name (`西`) and `suffixes` that only say a name
    is a province or a state (`州`). Read across languages, so `Jawa Barat` in an English
    article is the province an Indonesian one names."""

    words: Mapping[str, str]
    prefixes: Mapping[str, str]
    suffixes: tuple[str, ...]


@cache
def compass() -> Compass:
    files = ["base.toml", *(f"{code}.toml" for code in available_languages())]
    tables = [_section(file, "regions") for file in files]
    return Compass(
        words={fold(k): v for t in tables for k, v in t.get("words", {}).items()},
        prefixes={k: v for t in tables for k, v in t.get("prefixes", {}).items()},
        suffixes=tuple(s for t in tables for s in t.get("suffixes", [])),
    )


@cache
def _section(name: str, table: str) -> dict[str, Any]:
    """One table of a data file, parsed alone: telling a text's language needs every language's
    stopwords, and parsing 14 whole files for them was a fifth of a small scan's start-up. The
    whole file is parsed (and checked) when its language is used."""
    text = _text(name)
    header = f"\n[{table}]\n"
    begin = ("\n" + text).find(header)
    if begin < 0:
        return {}
    end = text.find("\n[", begin + len(header) - 1)
    try:
        parsed = tomllib.loads(text[begin : end if end >= 0 else len(text)])
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{name}: {exc}") from exc
    found = parsed.get(table, {})
    return found if isinstance(found, dict) else {}


def _text(name: str) -> str:
    path = resources.files("factcheck") / "lexicons" / name
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(f"no language data file {name}") from exc


@cache
def _read(name: str) -> dict[str, Any]:
    try:
        data = tomllib.loads(_text(name))
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{name}: {exc}") from exc
    for table, value in data.items():
        if table not in _TABLES:
            raise LexiconError(f"{name}: unknown table [{table}]")
        if not isinstance(value, _TABLES[table]):
            raise LexiconError(f"{name}: [{table}] must be a table")
    for key in data.get("qualifiers", {}):
        if key not in _QUALIFIERS:
            raise LexiconError(f"{name}: unknown qualifier list {key!r}")
    return data


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = {table: dict(entries) for table, entries in base.items()}
    for table, entries in over.items():
        target = merged.setdefault(table, {})
        for key, value in entries.items():
            if value is False and table != "language":  # drop a base entry: Italian `ha` is `has`
                target.pop(key, None)
            elif (
                table != "language"
                and isinstance(value, list)
                and isinstance(target.get(key), list)
            ):
                target[key] = [*target[key], *value]
            else:
                target[key] = value
    return merged


def _name_particles(table: Mapping[str, Any]) -> frozenset[str]:
    """Lower-case words inside a name (`di`, `van`), less those the language writes as a
    preposition after one (Indonesian `Fahrettin Koca di Ankara`, at Ankara): merged lists
    only grow, so a language names what it drops."""
    dropped = {fold(w) for w in table.get("not_particles", [])}
    return frozenset(fold(w) for w in table.get("particles", [])) - dropped


def _decimal_words(table: Mapping[str, Any]) -> dict[str, str]:
    """Decimal marks, with `percent` for those read only before a percent word."""
    marks = {str(w): "" for w in table.get("words", [])}
    return marks | {str(w): "percent" for w in table.get("before_percent", [])}


def _unit_sense(key: str, value: Any, kinds: Mapping[str, str]) -> UnitSense:
    if isinstance(value, str):
        return UnitSense(dimension=kinds.get(value, value), factor=1.0, name=value)
    if isinstance(value, list) and len(value) in (3, 4):
        rate = str(value[3]) if len(value) == 4 else None
        return UnitSense(str(value[0]), float(value[1]), str(value[2]), rate)
    raise LexiconError(f"unit {key!r}: expected a concept or [dimension, size, name, rate?]")


@cache
def load(code: str) -> Lexicon:
    """The lexicon of language `code`, merged over the base; raises LexiconError."""
    if not re.fullmatch(r"[a-z]{2,3}", code):
        raise LexiconError(f"not a language code: {code!r}")
    return _build(code, _merge(_read("base.toml"), _read(f"{code}.toml")), known=True)


@cache
def load_or_generic(code: str) -> Lexicon:
    """The lexicon of `code` if it has a data file; otherwise the base alone, which reads
    what every language writes alike: symbols, codes, digits and `%`."""
    if code in available_languages():
        return load(code)
    return _build(code, _read("base.toml"), known=False)


def _build(code: str, data: dict[str, Any], known: bool) -> Lexicon:
    lang = data["language"]
    spaced = bool(lang.get("spaced", True))

    def phrases(table: str, entries: Mapping[str, Any] | None = None) -> Phrases[Any]:
        return Phrases(data.get(table, {}) if entries is None else entries, spaced=spaced)

    def loose(entries: Mapping[str, Any]) -> Phrases[Any]:
        """Number phrases: without spaces between words, text set with spaces between
        characters (`百 分 之 五十`) still reads as numbers."""
        return Phrases(entries, spaced=spaced, loose=not spaced)

    def word_list(table: str) -> dict[str, str]:
        return {w: w for w in data.get(table, {}).get("words", [])}

    kinds = {noun: kind for kind, nouns in data.get("unit_kinds", {}).items() for noun in nouns}
    units = {k: _unit_sense(k, v, kinds) for k, v in data.get("units", {}).items()}
    measures = {k: _unit_sense(k, v, kinds) for k, v in data.get("measures", {}).items()}
    # A unit word read only in context (`度`: degrees of temperature, or times, or an angle)
    # joins the matcher with its context sense; figures drops it when no cue stands near.
    for word, entry in data.get("context_units", {}).items():
        if entry.get("only") and word not in units:
            units[word] = _unit_sense(word, entry["unit"], kinds)
    heads = {k: _unit_sense(k, v, kinds) for k, v in data.get("count_heads", {}).items()}
    counted = data.get("generic_counters", {}).get("nouns", {})
    counted_nouns = {k: _unit_sense(k, v, kinds) for k, v in counted.items()}
    qualifiers = {
        q: phrases("", {w: q for w in data.get("qualifiers", {}).get(q, [])}) for q in _QUALIFIERS
    }
    return Lexicon(
        code=str(lang.get("code", code)) if known else code,
        name=str(lang.get("name", code)),
        known=known,
        decimal=str(lang["decimal"]),
        group=tuple(lang["group"]),
        date_order=str(lang["date_order"]),
        year_last_order=str(lang.get("year_last_order", lang["date_order"])),
        spaced=spaced,
        romanise=bool(lang.get("romanise", False)),
        name_before_title=bool(lang.get("name_before_title", False)),
        spaced_names=bool(lang.get("spaced_names", False)),
        elided_place=bool(lang.get("elided_place", False)),
        compound_numbers=bool(lang.get("compound_numbers", False)),
        scales=phrases("scales"),
        multipliers=phrases("multipliers"),
        number_joiners=phrases("", word_list("number_joiners")),
        number_words=phrases("number_words"),
        currencies=phrases("currencies"),
        percent=loose({**data.get("percent_signs", {}), **data.get("percent_words", {})}),
        percent_before=loose(data.get("percent_before", {})),
        percent_phrases=loose(data.get("percent_phrases", {})),
        glued_scales=phrases("glued_scales"),
        scale_fractions=phrases("scale_fractions"),
        decimal_words=phrases("", _decimal_words(data.get("decimal_words", {}))),
        subunits=phrases("subunits"),
        money_joiners=phrases("", word_list("money_joiners")),
        ordinal_suffixes=phrases("", word_list("ordinal_suffixes")),
        counters=phrases("", word_list("counters")),
        fraction_marks=loose(word_list("fraction_marks")),
        fraction_words=phrases("", word_list("fraction_words")),
        fraction_denominators=phrases("fraction_denominators"),
        fraction_joiners=phrases("", word_list("fraction_joiners")),
        fraction_suffixes={fold(k): float(v) for k, v in data.get("fraction_suffixes", {}).items()},
        indefinite_articles=phrases("", word_list("indefinite_articles")),
        periods=phrases("periods"),
        periods_before=phrases("periods_before"),
        horizon_markers=phrases("", word_list("horizon_markers")),
        phases=phrases("phases"),
        qualifiers=qualifiers,
        months=phrases("months"),
        weekdays=phrases("weekdays"),
        relative_dates=phrases("relative_dates"),
        units=Phrases({**units, **measures}, spaced=spaced),
        units_before=phrases("units_before"),
        count_heads=Phrases(heads, spaced=spaced),
        counted_nouns=counted_nouns,
        concepts=phrases("concepts"),
        roles=phrases("roles"),
        role_links=phrases("", word_list("role_links")),
        countries=phrases("countries"),
        stopwords=frozenset(fold(w) for w in data.get("stopwords", {}).get("words", [])),
        org_suffixes=frozenset(fold(w) for w in data.get("org_suffixes", {}).get("words", [])),
        abbreviations=frozenset(fold(w) for w in data.get("abbreviations", {}).get("words", [])),
        name_particles=_name_particles(data.get("names", {})),
        joined_particles=frozenset(fold(w) for w in data.get("names", {}).get("joined", [])),
        name_descriptors=tuple(fold(w) for w in data.get("names", {}).get("descriptors", [])),
        name_elisions=tuple(fold(w) for w in data.get("names", {}).get("elisions", [])),
        name_titles=tuple(fold(w) for w in data.get("names", {}).get("titles", [])),
        articles=phrases("", word_list("articles")),
        portfolios=phrases("portfolios"),
        bodies=phrases("bodies"),
        native_names=phrases("native_names"),
        attribution_bodies=phrases("attribution_bodies"),
        role_bodies=phrases("role_bodies"),
        body_words={fold(k): str(v) for k, v in data.get("body_words", {}).items()},
        date_links=tuple(data.get("date_links", {}).get("words", [])),
        date_suffixes=dict(data.get("date_suffixes", {})),
        raw=data,
    )
