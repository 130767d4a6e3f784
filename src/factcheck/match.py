"""Group claims that state the same thing, across sources and languages.

One documented pass, in three steps:
1. Blocking: only claims of one kind and one comparable sort (currency and rate-or-total for
   money, dimension for quantities, office and body for roles) are ever compared.
2. Linking: within a block, two claims from different sources are linked when their subjects
   are alike. Claims whose values agree need less likeness than claims whose values differ:
   a conflict is only called when the sources are plainly talking about the same thing.
3. Merging: links are taken best first (average linkage); a merge that would give one source
   two disagreeing values is refused, so a source's two figures never become a conflict.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from factcheck.compare import agree, same_person
from factcheck.crossed_ends import uncross
from factcheck.extract.partial_counts import counted_apart
from factcheck.extract.quotes import quoted_apart
from factcheck.extract.subject import ascii_fold
from factcheck.lexicon import country_names, shared
from factcheck.likeness import (
    comparable,
    countries_apart,
    day_slip,
    likeness,
    names_apart,
    reordered,
    slip_like,
    specific,
    term_weights,
    transposed,
)
from factcheck.records import Bound, Claim, DateValue, Kind, Money, Percent, Quantity, Role
from factcheck.romanise import spelled

AGREEING_LINK = (0.30, 0.15, 0.05)
"""Subject likeness at which claims with agreeing values are one fact, for values of one, two,
and three or more significant digits: the more unusual the figure, the less else is needed."""
DIFFERING_LINK = 0.55
"""Subject likeness at which claims with differing values are one fact."""
MERGE_FLOOR = 0.5
"""Share of the pairwise thresholds two groups must reach on average to merge into a conflict."""
SLIP_LINK = 0.40
"""The same, when the values differ as slips do (10× apart, swapped digits, days apart)."""
TRANSPOSED_LINK = 0.2
"""The likeness a conflict needs when the two figures, in one unit, hold the same three or more
significant digits in another order (984 against 948 feet), and no names of theirs tell them
apart: a coincidence that rare is most of the evidence, so the empty prior (nothing named
against them) is enough. The Kelvara tower's 312 m and the Ostrava tower's 321 m are not."""
WEEKDAY_LINK = 0.0
"""The likeness a date conflict needs when one side's own weekday points at the other's date:
none, the coincidence is evidence enough."""
RELATIVE_LINK = 0.75
"""The likeness a conflict needs when one side is a relative date (`Tuesday`)."""
SOLE_SUM = 0.4
"""Evidence, combined with subject likeness, that two sums are one fact when every source gives
at most one sum in that currency: articles about one event that each give one dollar total
within a slip of the other are most likely giving the same total in other words."""
SOLE_SUM_DAYS = 31
"""Sole sums count as evidence only between sources this close in time."""
MAX_SLIP_RATIO = 1e4
"""The widest slip of a scale word: 万 for 億 (만 for 억) in Chinese, Japanese and Korean, whose
scales step by 10,000. Figures further apart are two things."""
BOUND_REACH = 10.0
"""How far past its figure an open bound (`up to €1.8 billion`, `more than 200`) still speaks
of a value: `up to` a billion does not describe €96, nor `at least 5` a toll of 120."""
MAX_MONEY_RATIO = 6.0
"""Sums for one fact differ by estimates ($100 vs $500 billion) or slips (10×, 1,000×);
further apart and not as slips do, they are two sums."""
MAX_MEASURE_RATIO = 3.0
"""Two measures (lengths, magnitudes, ...) further apart than this, and not as slips differ,
are two things measured."""
MAX_DATE_SLIP_DAYS = 10
"""Two dates for one event this far apart are a slip; farther apart, two events."""
MAX_MONTH_SLIP = 1
"""Two months alone (`in September`, `as soon as October`) for one plan may be a month apart:
the schedules sources give slip by a month; further apart they are two steps of a plan."""


@dataclass(frozen=True)
class MatchOptions:
    tolerance: float = 0.0
    """Relative tolerance added to every figure's interval."""
    generic_roles: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Offices that stand for others (`head` → ceo, president, ...), from the lexicon."""
    contrasts: Sequence[frozenset[str]] = ()
    """Concepts that tell two figures apart (dead / injured), from the lexicon."""
    dated: Mapping[str, dt.date | None] = field(default_factory=dict)
    """Each source's date, by document id."""


def block_key(claim: Claim) -> tuple[str, ...] | None:
    """Claims are only compared within one block; None keeps a claim out of all comparison."""
    value = claim.value
    if isinstance(value, Money):
        return (
            claim.kind.value,
            value.currency,
            value.period or "total",
            _phase(claim),
            *_occasions(claim),
        )
    if isinstance(value, Quantity):
        return (claim.kind.value, value.dimension, _rate(claim), *_occasions(claim))
    if isinstance(value, DateValue):
        return (claim.kind.value,) if value.month is not None else None
    if isinstance(value, Role):
        return (claim.kind.value, ascii_fold(value.of)) if value.of else None
    if isinstance(value, Percent) and value.points:
        return (claim.kind.value, "points", *_occasions(claim))
    return (claim.kind.value, *_occasions(claim))


def group(claims: Sequence[Claim], options: MatchOptions) -> list[list[Claim]]:
    """Partition `claims` into groups that each state one fact (singletons included)."""
    weights = term_weights(claims)
    blocks: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    loose: list[list[Claim]] = []
    bodies = _shortest_bodies(claims)
    for claim in claims:
        key = block_key(claim)
        if key is not None and claim.kind is Kind.ROLE:
            key = (key[0], bodies.get(key[1], key[1]))
        if key is None:
            loose.append([claim])
        else:
            blocks[key].append(claim)
    groups = [g for key in sorted(blocks) for g in _cluster_block(blocks[key], options, weights)]
    groups = _join_currency_twins(groups, weights, options)
    groups = _join_bodies_across_scripts(groups, options)
    groups = uncross(groups, block_key)
    return _attach_roles_without_body(groups, loose, options)


def _shortest_bodies(claims: Sequence[Claim]) -> dict[str, str]:
    """`Tenwei Semiconductor` is `Tenwei` when another source names the body so: a body whose
    words begin with another body's words is that body."""
    named = {ascii_fold(c.value.of) for c in claims if isinstance(c.value, Role) and c.value.of}
    out = {}
    for body in named:
        shorter = [b for b in named if body.startswith(b + " ")]
        if shorter:
            out[body] = min(shorter, key=len)
    return out


def _cluster_block(
    claims: list[Claim], options: MatchOptions, weights: dict[str, float]
) -> list[list[Claim]]:
    if claims[0].kind is Kind.ROLE:
        return _cluster_roles(claims, options)
    clusters: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    owner = list(range(len(claims)))
    scores: dict[tuple[int, int], float] = {}
    links: list[tuple[float, int, int, int, int, int]] = []
    first, single = _first_of_sentence(claims)
    judged = _Judged(claims, options)
    alone = _Alone.of(claims)
    for i, j in _pairs(claims):
        possible, agrees = judged.verdict(i, j)
        if not possible:
            continue
        scores[i, j] = likeness(claims[i], claims[j], weights)
        if alone.both(claims, i, j, agrees) and _close_in_time(claims[i], claims[j], options):
            scores[i, j] = 1 - (1 - scores[i, j]) * (1 - SOLE_SUM)
        if scores[i, j] >= judged.threshold(i, j, agrees):
            # Between equally alike links from a sentence's only day to two days of another
            # sentence, the agreeing goes first: two days in one sentence are two events
            # (`final results from Sunday's referendum showed on Monday`), and another's one
            # day (`résultats publiés lundi`) is the one it agrees with. Not for figures: two
            # in one sentence are often an old and a new value (`from 10% to 25%`), and a
            # source that gives the old one as new (`yüzde 10`) is the conflict. Where both
            # sentences give two figures (`de 10 000 à 11 500 roupies`, `to 11,000 rupiah
            # from 10,000`), the agreeing ends go first: the old meets the old.
            dated = claims[i].kind is Kind.DATE
            paired = not (dated or single[i] or single[j]) and agrees
            # only one exact figure: a range (`0 to 0.1%`) or a rounder one (`0` for `-0.1%`)
            # also agrees with the slip
            exact = _exact_amount(claims[i])
            paired = paired and exact is not None and exact == _exact_amount(claims[j])
            differs = dated and not agrees and (single[i] or single[j])
            order = -1.0 if _same_unusual_figure(judged, i, j, agrees) else -scores[i, j]
            links.append((order, first[i], first[j], int(differs) - int(paired), i, j))
    links.extend((-1.0, first[i], first[j], 0, i, j) for i, j in _repeated(claims, judged))
    for *_order, i, j in sorted(links):
        a, b = owner[i], owner[j]
        if a == b or not _can_merge(judged, clusters[a], clusters[b], scores):
            continue
        clusters[a].extend(clusters.pop(b))
        for member in clusters[a]:
            owner[member] = a
    return [[claims[i] for i in sorted(members)] for _, members in sorted(clusters.items())]


def _same_unusual_figure(judged: _Judged, i: int, j: int, agrees: bool) -> bool:
    """Two sources giving one unusual exact figure (`465个议席`, `465 seats`) are linked before
    pairs that are only more alike in words: else a sentence sharing more names with another
    source's different figure (`465个议席` and `191석`, both of Japan's election) meets it
    first and stands against it as a false conflict."""
    a, b = judged.claims[i], judged.claims[j]
    amount = _exact_amount(a)
    return (
        agrees
        and a.kind is not Kind.DATE
        and amount is not None
        and amount == _exact_amount(b)
        and specific(a) >= REPEAT_DIGITS
    )


def _first_of_sentence(claims: list[Claim]) -> tuple[list[int], list[bool]]:
    """For each claim, the index of the first claim of its source's sentence, and whether
    it is that sentence's only claim."""
    seen: dict[tuple[str, str], int] = {}
    first = [seen.setdefault((c.source, c.sentence), i) for i, c in enumerate(claims)]
    counts = Counter(first)
    return first, [counts[f] == 1 for f in first]


@dataclass
class _Judged:
    """What two claims of a block are to each other, worked out once: the link loop asks, and
    then every merge test asks again for each pair of its two groups."""

    claims: list[Claim]
    options: MatchOptions
    _verdicts: dict[tuple[int, int], tuple[bool, bool]] = field(default_factory=dict)
    _thresholds: dict[tuple[int, int, bool], float] = field(default_factory=dict)
    _stated: dict[str, set[float]] = field(default_factory=dict)
    """Each source's exact figures in this block, in base units."""
    _beside: dict[tuple[str, str], set[float]] = field(default_factory=dict)
    """The same, per sentence of a source."""
    _by_source: dict[str, list[Claim]] = field(default_factory=dict)
    """Each source's claims in this block."""

    def __post_init__(self) -> None:
        for claim in self.claims:
            self._by_source.setdefault(claim.source, []).append(claim)
            amount = _exact_amount(claim)
            if amount is not None:
                self._stated.setdefault(claim.source, set()).add(amount)
                self._beside.setdefault((claim.source, claim.sentence), set()).add(amount)

    def verdict(self, a: int, b: int) -> tuple[bool, bool]:
        """(could they be one fact, do their values agree), for claims `a < b`."""
        found = self._verdicts.get((a, b))
        if found is None:
            x, y = self.claims[a], self.claims[b]
            if _apart(x, y, self.options):
                found = (False, False)  # dead vs injured; another era
            else:
                agrees = agree(x, y, self.options.tolerance)
                # Two countries' figures may agree by chance, but never conflict.
                differ = _may_differ(x, y) and not countries_apart(x, y)
                differ = differ and not (
                    _told_on_own_day(x, y, self.options) or _told_on_own_day(y, x, self.options)
                )
                found = (agrees or differ, agrees)
                if agrees and (_far_past_bound(x, y) or _far_past_bound(y, x)):
                    found = (False, False)  # `tot 1,8 miljard euro` is no share price of €96
                elif agrees and (self._says_otherwise(x, y) or self._says_otherwise(y, x)):
                    found = (False, False)  # `1 Million` is not the `1,2 Millionen` it wrote
                elif not agrees and (self._tells_apart(x, y) or self._tells_apart(y, x)):
                    found = (agrees, agrees)  # `14 of its 23 hospitals` against `23 hospitals`
                elif not agrees and (_part_below(x, y) or _part_below(y, x)):
                    found = (False, False)  # `19 de los heridos` is no misreading of 63
                elif not agrees and (self._knows_both(x, y) or self._knows_both(y, x)):
                    found = (False, False)  # one office's `240 medewerkers` beside its 20,000
                elif not agrees and (self._names_both(x, y) or self._names_both(y, x)):
                    found = (False, False)  # `from 3.81% in September` beside October's rate
            self._verdicts[a, b] = found
        return found

    def _says_otherwise(self, x: Claim, y: Claim) -> bool:
        """Does `x`'s source state `y`'s exact figure elsewhere, while `x`, agreeing with it
        only at its own precision, differs? Then `x` (a rounder `1 Million` beside `1,2
        Millionen`) is another figure of that source, not the same one. Values that differ
        outright are left to the conflict rules: a source may quote both sides of a dispute."""
        mine, theirs = _exact_amount(x), _exact_amount(y)
        return (
            mine is not None
            and theirs is not None
            and mine != theirs
            and theirs in self._stated.get(x.source, set())
        )

    def _tells_apart(self, x: Claim, y: Claim) -> bool:
        """Is `x` a part of a whole its sentence states, and `y` that whole's figure? Then
        `x` (`14 of its 23 hospitals`) is not a misreading of another source's `23
        hospitals`. Two figures side by side are not enough: a sentence may give both sides
        of a dispute (the JMA's magnitude 7.6, the USGS's 7.5), and a source taking one
        side then differs from the other."""
        theirs = _exact_amount(y)
        return (
            "part" in x.qualifiers
            and theirs is not None
            and theirs in self._beside.get((x.source, x.sentence), set())
        )

    def _knows_both(self, x: Claim, y: Claim) -> bool:
        """Is `x` a count whose source also gives one that agrees with `y`, while `x` and `y`
        differ as no slip does? Then `x` is another count of that source (`ongeveer 240
        medewerkers` of one office, where it gives `zo'n 20.000 werknemers` for the firm),
        not a misreading of `y`. A slip (`24.000` beside `2.400`) may still be one; rates
        and sums are left out, as an old and a new rate (`from 10% to 25%`) share a
        sentence and one report's deficit and growth are often the same 3.1% (tried for
        percents from another sentence: budget-vote g1 and steel-tariffs g2 were lost). A
        count that could never be `y`'s fact (another era's: `in 2012, killed 14 people`
        beside today's 11) tells nothing of `x`: a revised toll meets the earlier one. Nor
        does an open bound (`mindestens drei Menschen` beside `Drei Tote`): it agrees with a
        later `5` by its bound alone and states no other count."""
        value = x.value
        if not isinstance(value, Quantity) or not value.is_count:
            return False
        if slip_like(x, y) or transposed(x, y):
            return False
        return any(
            z is not x
            and z.source == x.source
            and not _open_bound(z)
            and agree(z, y, self.options.tolerance)
            and not _apart(z, y, self.options)
            for z in self._by_source.get(x.source, ())
        )

    def _names_both(self, x: Claim, y: Claim) -> bool:
        """Is `x` a month alone whose source also names `y`'s month? A report that gives this
        month's figure and last month's (`3.62% in October, from 3.81% in September`) names
        both months as the periods of its figures; its September is no misdating of another
        source's October. Days are left out: a wrong day is the slip a date conflict is for."""
        vx, vy = x.value, y.value
        if not (isinstance(vx, DateValue) and isinstance(vy, DateValue)):
            return False
        if vx.day is not None or vy.day is not None:
            return False
        return any(
            z is not x and agree(z, y, self.options.tolerance)
            for z in self._by_source.get(x.source, ())
            if isinstance(z.value, DateValue) and z.value.day is None
        )

    def threshold(self, a: int, b: int, agrees: bool) -> float:
        found = self._thresholds.get((a, b, agrees))
        if found is None:
            found = link_threshold(self.claims[a], self.claims[b], agrees)
            self._thresholds[a, b, agrees] = found
        return found


def _part_below(x: Claim, y: Claim) -> bool:
    """Is `x` a count told as a part (`19 de los heridos`, `Vagonlardan 6'sı`) and `y`, not
    told so, a larger count? Then `x` is a part of what `y` counts, not a misreading of it:
    another source that gives the whole differs from the part, as it should."""
    if "part" not in x.qualifiers or "part" in y.qualifiers:
        return False
    mine, theirs = x.value, y.value
    if not isinstance(mine, Quantity) or not isinstance(theirs, Quantity):
        return False
    return _base_amount(mine) < _base_amount(theirs)


@dataclass(frozen=True)
class _Alone:
    """What each source states only once in a block: its only sum, its only count of one
    noun, its only written day of a topic in a month, its only rate of a topic. Two such
    claims of two sources are likely one fact, however little their sentences share."""

    sums: set[int]
    counts: set[int]
    measures: set[int]
    days: dict[int, set[str]]
    topics: dict[int, frozenset[str]]

    @classmethod
    def of(cls, claims: list[Claim]) -> _Alone:
        return cls(
            _sole_sums(claims),
            _sole_counts(claims),
            _sole_measures(claims),
            _sole_days(claims),
            _sole_topics(claims),
        )

    def both(self, claims: list[Claim], i: int, j: int, agrees: bool) -> bool:
        """Are claims `i` and `j` each alone in one of these ways, with values that agree or
        differ as slips do? 250 billion rupiah for repairs and a 1.5 trillion reconstruction
        fund, each an article's only sum, are two sums; a toll revised on Tuesday is not the
        quake of Monday (a day stands alone only against one a slip away in its month)."""
        a, b = claims[i], claims[j]
        sums = i in self.sums and j in self.sums
        counts = i in self.counts and j in self.counts and _same_unit(a, b)
        # a measure's only figure of its kind, unless names say whose (two named towers)
        measures = (
            i in self.measures and j in self.measures and _same_unit(a, b) and not names_apart(a, b)
        )
        # Digits in another order are a slip only if the sentences do not say they are about
        # different things (a census's cost, last year's trade value).
        slip = slip_like(a, b) and not (reordered(a, b) and _topics_apart(a, b))
        if (sums or counts or measures) and (agrees or slip):
            return True
        if self.days.get(i, set()) & self.days.get(j, set()) and (agrees or day_slip(a, b)):
            return True
        return _sole_rates(a, b, self.topics.get(i), self.topics.get(j))


def _sole_sums(claims: list[Claim]) -> set[int]:
    """Claims that are their source's only sum of this block (one currency, rate or total).
    Articles about one event that each give one dollar total are giving the event's total;
    a third source that gives two such sums (`12 Milliarden Euro pro Jahr`, a pension of
    `17.400 Euro im Jahr`) leaves the question to the subjects for its own sums only."""
    if len(claims) > ALL_PAIRS_LIMIT or claims[0].kind is not Kind.MONEY:
        return set()
    by_source: dict[str, list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        by_source[claim.source].append(index)
    return {found[0] for found in by_source.values() if len(found) == 1}


GENERIC_COUNT = "person"
"""The counted noun every count of people falls back on (`460 Menschen`): sharing it says
nothing of what was counted."""


def _sole_counts(claims: list[Claim]) -> set[int]:
    """Claims that are their source's only count of one named thing (`460 interpellations`,
    `46 arresti`): like sole sums, two reports of one event that each count arrests once are
    counting the same arrests, whatever else their sentences say. Unlike sums, counts of one
    noun vary widely (`two companies`, `500 top companies`): only equal values or values apart
    as slips are (10×, swapped digits) take this as evidence."""
    return _sole_quantities(
        claims, lambda q: q.unit if q.is_count and q.unit != GENERIC_COUNT else None
    )


def _sole_measures(claims: list[Claim]) -> set[int]:
    """Measures that are their source's only one of their dimension (`The 340 km line`, `Die
    430 Kilometer lange Strecke`): like sole counts, reports of one event that each give one
    length give the same length, though one sentence says `line` and the other `route`."""
    return _sole_quantities(claims, lambda q: None if q.is_count else q.dimension)


def _sole_quantities(claims: list[Claim], sort: Callable[[Quantity], str | None]) -> set[int]:
    """Quantities alone in their source of their `sort` (None: not counted)."""
    if len(claims) > ALL_PAIRS_LIMIT or claims[0].kind is not Kind.QUANTITY:
        return set()
    seen: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        value = claim.value
        key = sort(value) if isinstance(value, Quantity) else None
        if key is not None:
            seen[claim.source, key].append(index)
    return {found[0] for found in seen.values() if len(found) == 1}


def _sole_days(claims: list[Claim]) -> dict[int, set[str]]:
    """For each day of this block, the topics it is its source's only day for: two reports
    that each date the collapse once (`il crollo è avvenuto mercoledì 13`, `the mine caved
    in on Tuesday, 12 January`) are dating the same collapse, however little else their
    sentences share. Like counts, only equal days or days a slip apart take this as
    evidence. A day counted from the report (`s'est alourdi vendredi`) is never alone, and
    leaves a written day of its topic alone: it mostly dates the telling, not the event."""
    if len(claims) > ALL_PAIRS_LIMIT or claims[0].kind is not Kind.DATE:
        return {}
    seen: dict[tuple[str, str, int | None, int | None], list[int]] = defaultdict(list)
    days: dict[tuple[str, int | None, int | None], set[int]] = defaultdict(set)
    for index, claim in enumerate(claims):
        value = claim.value
        if isinstance(value, DateValue) and value.day is not None:
            days[claim.source, value.year, value.month].add(value.day)
            if not _written_day(claim):
                continue  # `the toll rose on Friday` leaves a written day of its topic alone
            for concept in comparable(claim.subject.concepts):
                seen[claim.source, concept, value.year, value.month].append(index)
    out: dict[int, set[str]] = defaultdict(set)
    for (source, concept, year, month), found in seen.items():
        claim = claims[found[0]]
        if len(found) != 1:
            continue
        # A day written alone (`8日未明`) counts only as its source's one day of the month:
        # reports that write days so give one to each step of the story (`2日午前`, `3日`).
        if "relative" not in claim.qualifiers or len(days[source, year, month]) == 1:
            out[found[0]].add(concept)
    return out


SOLE_TOPIC_WORDS = 2
"""Topic words (not counting directions) a percent's subject must hold for its topic to be
specific enough to stand for one figure (`deficit` of the `economy`: a deficit as % of GDP)."""
SOLE_RATE_RATIO = 1.5
"""Sole rates of one topic further apart than this (and not as slips differ) are two rates."""


def _sole_topics(claims: list[Claim]) -> dict[int, frozenset[str]]:
    """Percents that are their source's only percent with their topic words (directions left
    out): like sole sums, two reports of one event that each give the budget deficit as a
    share of GDP once are giving the same deficit, though neither sentence names the country."""
    if len(claims) > ALL_PAIRS_LIMIT or claims[0].kind is not Kind.PERCENT:
        return {}
    seen: dict[tuple[str, frozenset[str]], list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        topic = comparable(claim.subject.concepts) - shared().directions
        if len(topic) >= SOLE_TOPIC_WORDS:
            seen[claim.source, topic].append(index)
    return {found[0]: key[1] for key, found in seen.items() if len(found) == 1}


def _sole_rates(
    a: Claim, b: Claim, topic_a: frozenset[str] | None, topic_b: frozenset[str] | None
) -> bool:
    """Both are their source's only rate of one topic, nothing named tells them apart, and the
    rates are close (3.1% against 3.7%) or differ as slips do."""
    if topic_a is None or topic_a != topic_b or names_apart(a, b):
        return False
    na, nb = a.value, b.value
    assert isinstance(na, Percent) and isinstance(nb, Percent)
    low, high = sorted(abs(v.number.amount) for v in (na, nb))
    return low > 0 and (high / low <= SOLE_RATE_RATIO or slip_like(a, b))


def _same_unit(a: Claim, b: Claim) -> bool:
    return (
        isinstance(a.value, Quantity)
        and isinstance(b.value, Quantity)
        and (a.value.unit == b.value.unit)
    )


def _close_in_time(a: Claim, b: Claim, options: MatchOptions) -> bool:
    """Sources dated within SOLE_SUM_DAYS of each other, or undated."""
    first, second = options.dated.get(a.source), options.dated.get(b.source)
    return first is None or second is None or abs((first - second).days) <= SOLE_SUM_DAYS


MAX_TWIN_CANDIDATES = 12
"""A figure stated by more groups than this (`$1` in a price list) tells no twins apart; the
pairs of so many groups would also cost the square of their number."""


def _join_currency_twins(
    groups: list[list[Claim]], weights: dict[str, float], options: MatchOptions
) -> list[list[Claim]]:
    """`$3 billion` in one source and `3 billion euros` in another, about one thing: a figure
    copied with the wrong currency. Blocking keeps currencies apart, so such groups are joined
    here, into a conflict that says so. A conversion (`¥450 billion ($3 billion)`) changes the
    figure, and groups that share a source are never joined."""
    by_figure: dict[tuple[float, str, str], dict[int, None]] = defaultdict(dict)
    for index, members in enumerate(groups):
        for claim in members:
            if isinstance(claim.value, Money):
                key = (claim.value.number.amount, claim.value.period or "total", _phase(claim))
                by_figure[key][index] = None  # a dict: ordered, and no repeats
    joins: list[tuple[float, int, int]] = []
    for key in sorted(by_figure):
        if len(by_figure[key]) > MAX_TWIN_CANDIDATES:
            continue
        holders = list(by_figure[key])
        for n, i in enumerate(holders):
            for j in holders[n + 1 :]:
                score, needed = _twin_score(groups[i], groups[j], key[0], weights, options)
                if score >= needed:
                    joins.append((-score, i, j))
    joined: set[int] = set()
    for _score, i, j in sorted(joins):
        if i not in joined and j not in joined:
            groups[i] = groups[i] + groups[j]
            groups[j] = []
            joined |= {i, j}
    return [g for g in groups if g]


def _twin_score(
    left: list[Claim],
    right: list[Claim],
    amount: float,
    weights: dict[str, float],
    options: MatchOptions,
) -> tuple[float, float]:
    """The best likeness between claims of `amount` in two groups of different currencies,
    and the likeness needed: a slip's for an unusual figure (`4.2 billion`), a plain
    difference's for a round one (`1 billion`), which many unrelated sums share."""
    if {_currency(c) for c in left} & {_currency(c) for c in right}:
        return 0.0, 1.0
    if _one_family({_currency(c) for c in left} | {_currency(c) for c in right}):
        return 0.0, 1.0  # `couronnes` and `kronor`: a shared name and a member, no slip
    if {c.source for c in left} & {c.source for c in right}:
        return 0.0, 1.0
    if any(_apart(a, b, options) for a in left for b in right):
        return 0.0, 1.0  # the same veto as any other merge: dead / injured, another era
    pairs = [(a, b) for a in left for b in right if _amount_of(a) == _amount_of(b) == amount]
    score = max(likeness(a, b, weights) for a, b in pairs)
    needed = SLIP_LINK if min(specific(a) for a, _ in pairs) > 1 else DIFFERING_LINK
    return score, needed


def _one_family(codes: set[str]) -> bool:
    """Two codes of one shared currency name's family (`crown` and `SEK`)."""
    return len(codes) == 2 and any(codes <= family for family in shared().currency_families)


def _currency(claim: Claim) -> str:
    return claim.value.currency if isinstance(claim.value, Money) else ""


def _amount_of(claim: Claim) -> float | None:
    return claim.value.number.amount if isinstance(claim.value, Money) else None


def _phase(claim: Claim) -> str:
    return next((q for q in claim.qualifiers if q.startswith("phase:")), "")


def _occasions(claim: Claim) -> tuple[str, ...]:
    """`株価は一時、4.2％安`: a move at one point of the day is compared only with such moves,
    and a five-year average only with averages (base.toml `[occasions]`)."""
    return tuple(sorted(claim.subject.concepts & shared().occasions))


def _rate(claim: Claim) -> str:
    """`60,000 vehicles a month` counts per month: compared only with other monthly counts."""
    return next((q for q in claim.qualifiers if q.startswith("rate:")), "")


def _apart(a: Claim, b: Claim, options: MatchOptions) -> bool:
    """Never one fact: dead vs injured; `the 1979 eruption killed 40` vs today's toll; a
    share's quotes of two trading days; a count's early and final figures."""
    if a.kind is not Kind.DATE and contrasting(a, b, options.contrasts):
        return True
    if quoted_apart(a, b):
        return True  # a share's move on Wednesday and its move on Thursday
    if a.kind is not Kind.DATE and counted_apart(a, b):
        return True  # the figures with 87% of ballots counted and the final ones
    return _era(a) != _era(b) and not (
        _undated_target(a, b, options) or _undated_target(b, a, options)
    )


def _undated_target(dated: Claim, other: Claim, options: MatchOptions) -> bool:
    """`dated` is a target of a later year than its source's (`prevista para 2029`), and
    `other`, undated, looks ahead or gives a capacity too: the same target, its year unsaid."""
    era, told = _era(dated), options.dated.get(dated.source)
    if era is None or _era(other) is not None or told is None or int(era[4:]) <= told.year:
        return False
    return bool(other.subject.concepts & shared().target_concepts)


ALL_PAIRS_LIMIT = 2000
"""Blocks up to this many claims compare every pair of sources. Larger ones (a scan of many
events that no story split) only compare claims that share a rare term: every pair of 50,000
claims would take hours, and claims sharing nothing could only agree on an unusual value,
which is a term of its own."""
COMMON_TERM = 64
"""A term held by more claims than this (in a large block) is too common to pair on."""


def _told_on_own_day(a: Claim, b: Claim, options: MatchOptions) -> bool:
    """`..., informou esta sexta-feira a agência` in a report of that Friday: a day named
    without its number (`this Friday`, `today`) that is its source's own is mostly when the
    news was told, and another source's day more than one before it what happened before,
    not a misdated copy of it. A day off by one may still be a slip (`Tuesday` in a report
    of that Tuesday against `Selasa (18/3)`), and a day written by its number (`19日`) dates
    what the source reports."""
    va, vb = a.value, b.value
    if not isinstance(va, DateValue) or not isinstance(vb, DateValue):
        return False
    if any(c.isdigit() for c in a.text):
        return False
    own = options.dated.get(a.source)
    if own is None or "relative" not in a.qualifiers or va.day is None or vb.day is None:
        return False
    day = own.isoformat()
    return va.iso() == day and _day_distance(va, vb) > 1 and str(vb.iso()) < day


def _pairs(claims: list[Claim]) -> Iterable[tuple[int, int]]:
    """Pairs of claims from two different sources to compare, `i < j`. Claims of one source
    are never compared: walking their pairs only to skip them made one long document
    quadratic."""
    if len(claims) > ALL_PAIRS_LIMIT:
        yield from _pairs_sharing_terms(claims)
        return
    by_source: dict[str, list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        by_source[claim.source].append(index)
    sources = sorted(by_source)
    for n, first in enumerate(sources):
        for second in sources[n + 1 :]:
            for i in by_source[first]:
                for j in by_source[second]:
                    yield min(i, j), max(i, j)


REPEAT_DIGITS = 3
"""Significant digits from which one source's figure stated twice is taken for one fact."""


def _repeated(claims: list[Claim], judged: _Judged) -> Iterable[tuple[int, int]]:
    """Pairs of one source's claims stating one unusual exact figure (`US$ 17,4 bilhões` in
    the headline and again in the lead): one fact told twice, linked before any other pair,
    so that each copy goes where the better told one goes. Otherwise the lead, whose sentence
    shares less with the others' (a long dateline sentence), may meet another sum of the
    event first and stand against it as a false conflict."""
    seen: dict[tuple[str, float], list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        amount = _exact_amount(claim)
        if amount is not None and claim.kind is not Kind.DATE and specific(claim) >= REPEAT_DIGITS:
            seen[claim.source, amount].append(index)
    for members in seen.values():
        for n, i in enumerate(members):
            for j in members[n + 1 :]:
                if judged.verdict(i, j)[1]:
                    yield i, j


def _pairs_sharing_terms(claims: list[Claim]) -> Iterable[tuple[int, int]]:
    holders: dict[str, list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        subject = claim.subject
        for term in (*subject.entities, *comparable(subject.concepts), _value_term(claim)):
            holders[term].append(index)
    seen: set[tuple[int, int]] = set()
    for term in sorted(holders):
        members = holders[term]
        if len(members) > COMMON_TERM:
            continue
        for n, i in enumerate(members):
            for j in members[n + 1 :]:
                if claims[i].source != claims[j].source and (i, j) not in seen:
                    seen.add((i, j))
                    yield i, j


def _value_term(claim: Claim) -> str:
    value = claim.value
    if isinstance(value, (Money, Quantity, Percent)):
        return f"={value.number.amount:.6g}"
    if isinstance(value, DateValue):
        return f"={value.iso()}"
    return "="


def _can_merge(
    judged: _Judged, left: list[int], right: list[int], scores: dict[tuple[int, int], float]
) -> bool:
    """Single linkage while all values agree, or when one group takes a side the other already
    holds. A merge that brings differing values together needs one differing pair that is
    linked on its own, and the groups alike on average (at least MERGE_FLOOR of what their
    pairs would need one by one)."""
    claims = judged.claims
    total, needed, cross, direct, differing = 0.0, 0.0, 0, False, False
    for i in left:
        for j in right:
            a, b = min(i, j), max(i, j)
            possible, agrees = judged.verdict(a, b)
            if not possible:
                # a chain of links must not join the dead and the injured, nor `≥3 m` (which
                # agrees with 200 m and with 16 km) the two measures it agrees with
                return False
            if claims[a].source == claims[b].source:
                if not agrees or _two_figures(claims[a], claims[b]):
                    return False
                continue
            cross += 1
            threshold = judged.threshold(a, b, agrees)
            total += scores.get((a, b), 0.0)
            needed += threshold
            if not agrees:
                differing = True
                direct |= scores.get((a, b), 0.0) >= threshold
    if not differing or cross == 0 or _joins_a_side(judged, left, right, scores):
        return True
    return direct and total / cross >= MERGE_FLOOR * needed / cross


def _joins_a_side(
    judged: _Judged, left: list[int], right: list[int], scores: dict[tuple[int, int], float]
) -> bool:
    """Every claim of the smaller group is linked to a claim of the other that states the same
    value: it takes a side in a conflict the other group already holds. An open bound (`more
    than 1 million`) agrees with any figure above it, but states none: it takes no side, or
    Korea's ≥1 million patients would bridge Japan's 4.72 million and China's 9.83 million."""
    claims = judged.claims
    small, large = sorted((left, right), key=len)

    def linked(i: int) -> bool:
        for j in large:
            a, b = min(i, j), max(i, j)
            same_value = (
                claims[a].source != claims[b].source
                and judged.verdict(a, b)[1]
                and not (_open_bound(claims[a]) or _open_bound(claims[b]))
            )
            if same_value and scores.get((a, b), 0.0) >= judged.threshold(a, b, True):
                return True
        return False

    return all(linked(i) for i in small)


def _written_day(claim: Claim) -> bool:
    """A date whose day is written by its number (`19日`, `3 March`), not counted from the
    report's (`Tuesday`, `yesterday`): only its month may have been inferred."""
    return "relative" not in claim.qualifiers or any(c.isdigit() for c in claim.text)


def _far_past_bound(bounded: Claim, other: Claim) -> bool:
    """Is `other` more than `BOUND_REACH` times past `bounded`'s open bound (below `at most`,
    above `at least`)? The bound allows it, but says nothing about it."""
    value, amount = bounded.value, _exact_amount(other)
    if not isinstance(value, (Money, Percent, Quantity)) or amount is None:
        return False
    if not _open_bound(bounded):
        return False
    edge, amount = abs(_base_amount(value)), abs(amount)
    if value.number.bound is Bound.AT_MOST:
        return amount * BOUND_REACH < edge
    return amount > edge * BOUND_REACH


def _open_bound(claim: Claim) -> bool:
    value = claim.value
    if not isinstance(value, (Money, Percent, Quantity)):
        return False
    return value.number.bound in (Bound.AT_LEAST, Bound.AT_MOST)


def link_threshold(a: Claim, b: Claim, agrees: bool) -> float:
    """The subject likeness two claims need to be taken as one fact, given their values."""
    if agrees:
        return AGREEING_LINK[min(specific(a), specific(b), len(AGREEING_LINK)) - 1]
    if "relative" in a.qualifiers or "relative" in b.qualifiers:
        return RELATIVE_LINK  # `Tuesday` is only as good as the date it was counted from
    if _weekday_explains(a, b) or _weekday_explains(b, a):
        return WEEKDAY_LINK
    if transposed(a, b) and not names_apart(a, b) and not _topics_apart(a, b):
        return TRANSPOSED_LINK
    if slip_like(a, b) or _credited_apart(a, b):
        return SLIP_LINK
    return DIFFERING_LINK


def _credited_apart(a: Claim, b: Claim) -> bool:
    """`selon la police, 1,2 million` against `menurut KSL, 3,5 juta`: figures each credited to
    another body differ as estimates do (the police's count and the unions'), so reports that
    each quote one body need no more likeness than a slip does to be one disputed figure; the
    conflict is then `attributed`, not a contradiction."""
    if a.attribution is None or b.attribution is None:
        return False
    first, second = ascii_fold(a.attribution), ascii_fold(b.attribution)
    return not (first.endswith(second) or second.endswith(first))


def _topics_apart(a: Claim, b: Claim) -> bool:
    """Both sentences say what their figure is about, and not the same thing (a market share
    and a fall in the shares): swapped digits are then no sign of one fact."""
    ca, cb = comparable(a.subject.concepts), comparable(b.subject.concepts)
    return bool(ca and cb) and not ca & cb


def _may_differ(a: Claim, b: Claim) -> bool:
    """Dates far apart are two events (unless day and month are swapped: 3/2 against 2/3), a
    day of telling (`said on Monday`) no date of what was told, and figures 10,000 times apart
    two things, not one fact misreported: no slip of a scale word goes beyond a factor of
    10,000 (`12.3万` for `12.3億`)."""
    va, vb = a.value, b.value
    if isinstance(va, DateValue) and isinstance(vb, DateValue):
        if "told" in a.qualifiers or "told" in b.qualifiers:
            return False  # the day a source told the news is no date of the event
        swapped = va.day is not None and (va.day, va.month) == (vb.month, vb.day)
        if va.day is None and vb.day is None:
            return _month_distance(va, vb) <= MAX_MONTH_SLIP
        return swapped or _day_distance(va, vb) <= MAX_DATE_SLIP_DAYS
    if isinstance(va, (Money, Quantity, Percent)) and isinstance(vb, (Money, Quantity, Percent)):
        low, high = sorted(abs(_base_amount(v)) for v in (va, vb))
        if low <= 0 or high / low > MAX_SLIP_RATIO * 1.02:
            return False
        if isinstance(va, Quantity) and not va.is_count:
            # Measures of one thing differ by rounding or a slip; a depth of 16 km and a wave
            # of 3 m, or a coast that moved 200 m, are other measures.
            return high / low <= MAX_MEASURE_RATIO or slip_like(a, b)
        if isinstance(va, Money):
            # A €420 million subsidy and a €3.7 billion project are two sums, not one misread.
            return high / low <= MAX_MONEY_RATIO or slip_like(a, b)
        return True
    return True


def _exact_amount(claim: Claim) -> float | None:
    value = claim.value
    if isinstance(value, (Money, Quantity, Percent)) and value.number.bound is Bound.EXACT:
        return _base_amount(value)
    return None


def _two_figures(a: Claim, b: Claim) -> bool:
    """One source writing `1,2 Millionen` and, later, `1 Million` means two things (the count
    and the forecast), though the rounder agrees with the other at its own precision: two
    exact figures of one source that differ are never one fact."""
    if type(a.value) is not type(b.value):
        return False
    first, second = _exact_amount(a), _exact_amount(b)
    return first is not None and second is not None and first != second


def _base_amount(value: Money | Quantity | Percent) -> float:
    """The figure in its dimension's base unit (984 ft and 300 m compare)."""
    factor = value.factor if isinstance(value, Quantity) else 1.0
    return value.number.amount * factor


def _weekday_explains(a: Claim, b: Claim) -> bool:
    """`Selasa (18/3)` against `19 March`: the weekday written in `a` points at `b`'s date."""
    meant = next((q.split(":", 1)[1] for q in a.qualifiers if q.startswith("weekday-date:")), None)
    return meant is not None and isinstance(b.value, DateValue) and b.value.iso() == meant


def _era(claim: Claim) -> str | None:
    return next((q for q in claim.qualifiers if q.startswith("era:")), None)


def contrasting(a: Claim, b: Claim, contrasts: Sequence[frozenset[str]]) -> bool:
    """Each names a different member of one contrast set (dead / injured, forecast / measured)."""
    for group in contrasts:
        mine, theirs = a.subject.concepts & group, b.subject.concepts & group
        if mine and theirs and not mine & theirs:
            return True
    return False


_LEAP_YEAR = 2000  # holds 29 February, for dates whose year is unknown


def _month_distance(a: DateValue, b: DateValue) -> int:
    """Months between two months alone; when a year is missing, the nearest reading."""
    if a.month is None or b.month is None:
        return 10**6
    if a.year is not None and b.year is not None:
        return abs((a.year * 12 + a.month) - (b.year * 12 + b.month))
    gap = abs(a.month - b.month)
    return min(gap, 12 - gap)


def _day_distance(a: DateValue, b: DateValue) -> int:
    """Days between two dates; when a year is missing, the nearest reading (29/1 and 3/2 are
    5 days apart, 30/12 and 2/1 are 3)."""
    if a.month is None or b.month is None:
        return 10**6
    if a.year is not None and b.year is not None:
        first = dt.date(a.year, a.month, a.day or 15)
        second = dt.date(b.year, b.month, b.day or 15)
        return abs((first - second).days)
    first = dt.date(_LEAP_YEAR, a.month, a.day or 15)
    second = dt.date(_LEAP_YEAR, b.month, b.day or 15)
    gap = abs((first - second).days)
    return min(gap, 366 - gap)


def _cluster_roles(claims: list[Claim], options: MatchOptions) -> list[list[Claim]]:
    """One office of one body is one fact, whoever the sources name. A generic office (`head`)
    joins the specific one (`ceo`) whose holder it names."""
    by_role: dict[str, list[Claim]] = defaultdict(list)
    generic: list[Claim] = []
    for claim in claims:
        assert isinstance(claim.value, Role)
        (
            generic if claim.value.role in options.generic_roles else by_role[claim.value.role]
        ).append(claim)
    several = shared().shared_offices
    groups = [
        group
        for role in sorted(by_role)
        for group in (_by_holder(by_role[role]) if role in several else [by_role[role]])
    ]
    # Generic offices that name a holder go home first, so that one naming another person
    # meets its own word wherever that word went, whichever source comes first.
    unplaced: list[Claim] = []
    for claim in generic:
        assert isinstance(claim.value, Role)
        home = _role_home(groups, claim.value, options)
        (unplaced.append(claim) if home is None else home.append(claim))
    for claim in unplaced:
        assert isinstance(claim.value, Role)
        home = _worded_alike(groups, claim.value)
        if home is None:
            groups.append([claim])
        else:
            home.append(claim)
    return groups


def _by_holder(claims: list[Claim]) -> list[list[Claim]]:
    """Claims of an office a body has several holders of (`spokesperson`), one group per
    person: two spokespeople of one agency are two facts, not a conflict."""
    groups: list[list[Claim]] = []
    for claim in claims:
        assert isinstance(claim.value, Role)
        holder = claim.value.holder
        home = next(
            (
                g
                for g in groups
                if isinstance(g[0].value, Role) and same_person(g[0].value.holder, holder)
            ),
            None,
        )
        if home is None:
            groups.append([claim])
        else:
            home.append(claim)
    return groups


def _worded_alike(groups: list[list[Claim]], value: Role) -> list[Claim] | None:
    """`leader of X, A` and `leader of X, B`: the same generic office of one body, worded
    alike, is one office whoever holds it (a generic office alone says not which specific
    office it is, but two sources that use it both mean the top one)."""
    for candidate in groups:
        if any(isinstance(c.value, Role) and c.value.role == value.role for c in candidate):
            return candidate
    return None


def _join_bodies_across_scripts(
    groups: list[list[Claim]], options: MatchOptions
) -> list[list[Claim]]:
    """`새별항공`, `セビョル航空` and `Saebyeol Air`, or `East Nusa Tenggara` and
    `Ost-Nusa-Tenggara`: one body written two ways is two bodies to the blocks. Groups of one
    office whose bodies differ are one body when they name the same holder (only agreeing
    holders join, so no conflict comes of it). A group that names the holders of two such
    groups joins them all (`Lin Jiayi`, `林嘉怡`, `린자이`: the kanji meets both scripts)."""
    out: list[list[Claim]] = []
    bodied: list[list[Claim]] = []  # only offices with a body are compared: a few per story
    for group in groups:
        if not any(isinstance(c.value, Role) and c.value.of for c in group):
            out.append(list(group))
            continue
        homes = [h for h in bodied if _one_body_by_holder(h, group, options)]
        if not homes:
            bodied.append(list(group))
            out.append(bodied[-1])
            continue
        homes[0].extend(group)
        for other in homes[1:]:
            homes[0].extend(other)
            bodied = [h for h in bodied if h is not other]
            out = [h for h in out if h is not other]
    return out


def _one_body_by_holder(a: list[Claim], b: list[Claim], options: MatchOptions) -> bool:
    """Do two groups name one body two ways, by naming one holder? Two countries are never
    one body: every lexicon names a country by one English name, so `South Korea` and
    `Indonesia` are two foreign ministers, however alike two transcribed names sound."""
    roles_a = [c.value for c in a if isinstance(c.value, Role) and c.value.of]
    roles_b = [c.value for c in b if isinstance(c.value, Role) and c.value.of]
    countries = country_names()
    return any(
        x.of != y.of
        and not (x.of in countries and y.of in countries)
        and _same_office(x.role, y.role, options)
        and same_person(x.holder, y.holder)
        for x in roles_a
        for y in roles_b
        if x.of and y.of
    )


def _attach_roles_without_body(
    groups: list[list[Claim]], loose: list[list[Claim]], options: MatchOptions
) -> list[list[Claim]]:
    """`PM Kishida`: an office without its body joins the group of that office and holder."""
    out = [list(g) for g in groups]
    for (claim,) in loose:
        home = None
        if isinstance(claim.value, Role):
            home = _role_home(out, claim.value, options)
        if home is None:
            out.append([claim])
        else:
            home.append(claim)
    return _join_bodiless_portfolios(out, options)


def _join_bodiless_portfolios(
    groups: list[list[Claim]], options: MatchOptions
) -> list[list[Claim]]:
    """`Minister van Werk Pavel Drenko` and `ministre du Travail, Elena Marsic`, neither naming
    a country: in reports of one event, close in time, an office with its portfolio and no body
    is the one office of the country reported on, whoever the sources name; so is a bare
    `mayor` ([story_offices] `unnamed`) of the city. A source naming two holders of it (two
    countries' ministers, or an old and a new one) leaves it alone."""
    by_role: dict[str, list[list[Claim]]] = defaultdict(list)
    bodied: dict[str, list[list[Claim]]] = defaultdict(list)
    for candidate in groups:
        role = _bodiless_office(candidate, options)
        if role is not None and (_one_per_story(role) or role in shared().unnamed_story_offices):
            by_role[role].append(candidate)
        elif (role := _office_of_one_body(candidate)) is not None and _one_per_story(role):
            bodied[role].append(candidate)
    for role, joined in by_role.items():
        if len(bodied[role]) == 1 and _spelled_holder(bodied[role][0]):
            # `ministre indonésien des Transports, X` where the others say `Transport Minister
            # Y`: the only country whose such office any source names is the one reported on.
            # Only a holder in letters (Latin, Cyrillic): a reading of kanji may miss its man.
            joined = [bodied[role][0], *joined]
        claims = [c for g in joined for c in g]
        sources = [{c.source for c in g} for g in joined]
        if len(joined) < 2 or len(set().union(*sources)) < sum(map(len, sources)):
            continue
        if sum(any(isinstance(c.value, Role) and c.value.of for c in g) for g in joined) > 1:
            continue  # two courts named: an appeal's judge and the trial's may both be there
        if not all(_close_in_time(a, b, options) for a in claims for b in claims):
            continue
        joined[0].extend(claims[len(joined[0]) :])
        for extra in joined[1:]:
            groups.remove(extra)
    return groups


def _bodiless_office(candidate: list[Claim], options: MatchOptions) -> str | None:
    """The one office a group of roles without a body names (a story office may have one);
    generic words for it (`judge` for `presiding judge`) do not make it two."""
    values = [c.value for c in candidate if isinstance(c.value, Role)]
    if len(values) != len(candidate):
        return None
    roles = {v.role for v in values}
    specific = {r for r in roles if r not in options.generic_roles} or roles
    if len(specific) != 1:
        return None
    (role,) = specific
    # A story office's body is named in each language's words (`Amsterdam District Court`,
    # `Bezirksgericht Amsterdam`): it tells nothing, so it does not keep the office apart.
    bodied = any(v.of is not None for v in values) and role not in shared().story_offices
    if not bodied and all(r == role or role in options.generic_roles[r] for r in roles):
        return role
    return None


def _spelled_holder(candidate: list[Claim]) -> bool:
    return any(isinstance(c.value, Role) and spelled(c.value.holder) for c in candidate)


def _office_of_one_body(candidate: list[Claim]) -> str | None:
    """The office of a group whose roles all name one office of one country, or that office
    with no body (a holder met across sources: `挪威财政大臣X` and `Finance Minister X`); a
    state's `secretario de Transporte de Maryland` is not the federal one another source
    names."""
    values = [c.value for c in candidate if isinstance(c.value, Role)]
    bodies = {v.of for v in values if v.of is not None}
    if len(values) != len(candidate) or len({v.role for v in values}) != 1 or len(bodies) != 1:
        return None
    return values[0].role if bodies.pop() in country_names() else None


def _one_per_story(role: str) -> bool:
    """`labour minister` (a portfolio office: of the country reported on) or `presiding judge`
    (of the trial reported on)."""
    offices = {office for office, needs in shared().portfolio_offices.values() if needs}
    return role in shared().story_offices or any(role.endswith(f" {o}") for o in offices)


def _same_office(a: str, b: str, options: MatchOptions) -> bool:
    return a == b or b in options.generic_roles.get(a, ()) or a in options.generic_roles.get(b, ())


def _role_home(groups: list[list[Claim]], value: Role, options: MatchOptions) -> list[Claim] | None:
    for candidate in groups:
        first = candidate[0].value
        if (
            isinstance(first, Role)
            and _same_office(first.role, value.role, options)
            and any(
                isinstance(c.value, Role) and same_person(c.value.holder, value.holder)
                for c in candidate
            )
        ):
            return candidate
    return None
