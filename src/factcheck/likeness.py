"""How alike two claims' subjects are, and how much their values alone say about them.

Subjects are compared as weighted term sets (topic concepts, names, and, within one language,
plain content words); rarer terms weigh more. Values add evidence of their own: two sources
giving the same unusual figure (`$1.18 billion`) are very likely stating one fact, and two
figures that differ the way slips do (a factor of ten, swapped digits, a day apart) are more
likely one fact misreported than two facts.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal

from rapidfuzz import fuzz

from factcheck.extract.subject import ascii_fold
from factcheck.lexicon import country_names, shared
from factcheck.records import (
    Bound,
    Claim,
    DateValue,
    Kind,
    Money,
    Number,
    Percent,
    Quantity,
    Subject,
)
from factcheck.romanise import loose_skeleton, same_name_word

_FUZZY_TOKEN = 88
# How far shared names and shared topic words each go towards a match, by kind: a date is
# tied to who was involved; a figure to what was measured.
_STRENGTH = {
    Kind.DATE: (0.8, 0.5),
    Kind.ROLE: (0.8, 0.5),
    Kind.MONEY: (0.6, 0.7),
    Kind.QUANTITY: (0.6, 0.7),
    Kind.PERCENT: (0.6, 0.7),
}
EMPTY_PRIOR = 0.2
"""Likeness assumed when a sentence gives nothing to compare: two figures in one event's
folder, with nothing against them being one fact. Enough only for unusual equal values."""
UNNAMED = 0.7
"""Factor on the weight of topic words when one of the two sentences names nothing (for dates:
exactly one of them)."""
DISJOINT_NAMES = 0.5
DISJOINT_NAMES_ACROSS = 0.75
"""Factor on likeness when two sentences name things and share none (one language; across)."""
DIRECTION_ONLY = 0.5
"""Factor on topic likeness when the topic words shared only say which way figures moved."""
_WORD_STRENGTH = 0.5
"""How far plain words go, between claims in the same language only."""


def term_weights(claims: Sequence[Claim]) -> dict[str, float]:
    """Rarer subject terms say more: `stargate` outweighs `ai` (inverse document frequency)."""
    counts: Counter[str] = Counter()
    for claim in claims:
        s = claim.subject
        counts.update(s.entities | comparable(s.concepts) | {"~" + w for w in s.words})
    total = max(1, len(claims))
    return {term: math.log(1 + total / n) for term, n in counts.items()}


def likeness(a: Claim, b: Claim, weights: dict[str, float]) -> float:
    """How alike two subjects are, 0 to 1.

    Shared names and shared topic words are combined as independent evidence (noisy-or): either
    alone can carry a match, so a French and an English sentence that name the same project in
    different words still meet."""
    sa, sb = a.subject, b.subject
    spans = shared().spans  # `the weekend` tells totals apart, not what they count
    concepts = _cosine(comparable(sa.concepts) - spans, comparable(sb.concepts) - spans, weights)
    named_a, named_b = _named(a), _named(b)
    across = sa.language != sb.language
    entities = _containment(named_a, named_b, weights, across=across)
    if _only_a_direction(sa, sb) or (not entities and _only_a_stock_move(sa, sb)):
        # `recuou 2,1%` and `IBEX 35 ise yüzde 0,4 düştü`: both fell, which says not what fell.
        concepts *= DIRECTION_ONLY
    entity_strength, concept_strength = _STRENGTH[a.kind]
    neither_named = not named_a and not named_b
    if (not named_a or not named_b) and not (neither_named and a.kind is Kind.DATE):
        # Topic words alone, with nothing named to back them. A date of two sentences that
        # both name nothing (`civil servants will move in September`) has only its topic
        # words to go on, and no name says the two are about different things.
        concept_strength *= UNNAMED
    core = 1 - (1 - entity_strength * entities) * (1 - concept_strength * concepts)
    if _empty(sa) or _empty(sb) or (_figure(a) and not (named_a and named_b)):
        # Nothing named against them: two figures of one event's folder are one fact only
        # if their values are unusual and agree. Topic words that differ are often incidental
        # (`vehicles` in the sentence giving a bridge's length).
        core = max(core, EMPTY_PRIOR)
    if named_a and named_b and entities == 0:
        # Wajima's dead and the prefecture's dead are two counts. Across languages names are
        # often translated, so sharing none there says less.
        core *= DISJOINT_NAMES if sa.language == sb.language else DISJOINT_NAMES_ACROSS
    if sa.language != sb.language:
        return core
    words = _cosine(_tilde(sa.words), _tilde(sb.words), weights)
    return 1 - (1 - core) * (1 - _WORD_STRENGTH * words)


def _named(claim: Claim) -> frozenset[str]:
    """What a claim's sentence names. A date said of the whole world (`全球最大的...基金`, `le
    plus grand fonds du monde ... a annoncé mercredi`) names no one it happened to."""
    entities = claim.subject.entities
    return entities - {WORLD} if claim.kind is Kind.DATE else entities


def _only_a_direction(sa: Subject, sb: Subject) -> bool:
    """The two subjects share topic words, and all of them say only which way a figure moved."""
    common = comparable(sa.concepts) & comparable(sb.concepts)
    return bool(common) and common <= comparable(shared().directions)


def _only_a_stock_move(sa: Subject, sb: Subject) -> bool:
    """The topic words the two subjects share say only that a stock moved, and which way:
    `Shares of miner Newmont climbed 3.4%` and `Cổ phiếu PNJ tăng 3,1%`. Only a shared name
    says whose (`L'action Lumora a reculé de 3,2 %` and Lumora's shares in another paper)."""
    common = comparable(sa.concepts) & comparable(sb.concepts)
    directions = comparable(shared().directions)
    return bool(common & directions) and common <= directions | comparable(shared().markets)


@functools.lru_cache(maxsize=1 << 12)
def comparable(concepts: frozenset[str]) -> frozenset[str]:
    """Topic words as matching compares them: those base.toml `[same_concepts]` counts as one
    are one (`growth` is `increase`: a percent that grew is a percent that rose)."""
    same = shared().same_concepts
    return frozenset(same.get(c, c) for c in concepts)


def names_apart(a: Claim, b: Claim) -> bool:
    """Both sentences name things, and none the same: Wajima's count and Suzu's."""
    sa, sb = a.subject.entities, b.subject.entities
    return bool(sa and sb) and not _shared(sa, sb)


def countries_apart(a: Claim, b: Claim) -> bool:
    """Each sentence names a country the other does not: Turkey's steel exports to the US and
    Vietnam's are two figures, however alike the rest of their sentences (the local angle a
    paper adds to a foreign story). For a sum or a date a shared name makes the countries
    descriptions (`the Taiwanese chipmaker Tenwei` and `Tenwei, an hour from Singapore`); a
    count narrowed to a country stays apart even so (`Kunden aus Deutschland` and `Em
    Portugal, ... clientes` of one firm). Only countries the lexicons know count; other names
    may be spelt apart across languages."""
    known = country_entities()
    if a.kind is not Kind.QUANTITY:
        # A worldwide count is no country's part; a date or a rate said worldwide (`fallen
        # weltweit ... zwölf Prozent`) names no place against `het Amerikaanse Tessaro`.
        known = known - {WORLD}
    ea, eb = a.subject.entities, b.subject.entities
    ca, cb = ea & known, eb & known
    if not (ca - cb and cb - ca):
        return False
    return a.kind is Kind.QUANTITY or not _shared(ea - known, eb - known)


WORLD = "world"
"""The entity of `worldwide`, `weltweit`, `全球` (the `World` of the countries tables)."""


@functools.cache
def country_entities() -> frozenset[str]:
    """Every country as subject entities write it (`united_states`), from all lexicons."""
    return frozenset(ascii_fold(n).replace(" ", "_") for n in country_names())


def _figure(claim: Claim) -> bool:
    return claim.kind in (Kind.MONEY, Kind.QUANTITY, Kind.PERCENT)


def _empty(subject: Subject) -> bool:
    return not subject.concepts and not subject.entities


def _tilde(words: frozenset[str]) -> frozenset[str]:
    return frozenset("~" + w for w in words)


def _cosine(a: frozenset[str], b: frozenset[str], weights: dict[str, float]) -> float:
    """Weighted cosine of two term sets."""
    if not a or not b:
        return 0.0
    weight = sum(weights.get(t, 1.0) for t in a & b)
    norm = math.sqrt(sum(weights.get(t, 1.0) for t in a) * sum(weights.get(t, 1.0) for t in b))
    return min(1.0, weight / norm) if norm else 0.0


_SMOOTHING = 1.0
"""Added to the smaller set's weight, so that one shared name in a one-name subject is not 100%."""


def _containment(
    a: frozenset[str], b: frozenset[str], weights: dict[str, float], *, across: bool = False
) -> float:
    """How much of the smaller name set the other shares: a sentence naming the Stargate project
    and Oracle, and one naming Stargate and Trump, still share what matters."""
    if not a or not b:
        return 0.0
    shared = _shared(a, b)
    if across:
        shared |= _syllables_heard_alike(a - shared, b)
    weight = sum(weights.get(t, 1.0) for t in shared)
    smaller = min(sum(weights.get(t, 1.0) for t in a), sum(weights.get(t, 1.0) for t in b))
    return weight / (smaller + _SMOOTHING)


def _shared(a: frozenset[str], b: frozenset[str]) -> set[str]:
    """Names both sets hold: the same, nearly the same (`softbanks`), or the same once
    romanised (`sofutobanku`, from katakana, is `softbank`)."""
    rest = b - a
    return set(a & b) | {
        x
        for x in a - b
        if any(
            fuzz.ratio(x, y) >= _FUZZY_TOKEN or same_name_word(x, y) or _heard_alike(x, y)
            for y in rest
        )
    }


SYLLABLE_NAME_WORDS = 3
"""Words of a name written in one-syllable words that must each be heard alike in another
script before they count as shared."""


def _syllables_heard_alike(a: frozenset[str], b: frozenset[str]) -> set[str]:
    """`ファン・クオック・ビン` (`fan kuokku bin`) and `판 꾸옥 빈` are Phan Quoc Vinh: Vietnamese,
    Chinese and Korean names are written in one-syllable words, each too short for its loose
    skeleton alone to tell (`pn`, `k`), but three or more of one sentence heard alike as three
    others of another sentence are one name. Across languages only."""
    found: set[str] = set()
    taken: set[str] = set()
    for x in sorted(a):
        shape = loose_skeleton(x)
        y = next((y for y in sorted(b - taken) if y != x and loose_skeleton(y) == shape), None)
        if shape and y is not None:
            found.add(x)
            taken.add(y)
    return found if len(found) >= SYLLABLE_NAME_WORDS else set()


_HEARD_SKELETON = 5
"""Consonants a name must keep for its loose skeleton alone to make two names one."""


def _heard_alike(a: str, b: str) -> bool:
    """`kuraudosutoraiku` (romanised from katakana) is `crowdstrike`, `maikrosoft` (from
    Cyrillic) `microsoft`: a borrowed name keeps its consonants, heard through another script's
    sounds. Long skeletons only: short ones meet by chance."""
    shape = loose_skeleton(a)
    return len(shape) >= _HEARD_SKELETON and shape == loose_skeleton(b)


def _number(claim: Claim) -> Number | None:
    value = claim.value
    return value.number if isinstance(value, (Money, Percent, Quantity)) else None


def significant_digits(number: Number) -> int:
    """`1.18 billion` has 3, `4.5 trillion` 2, `500 billion` 1."""
    digits = f"{abs(number.amount):.10g}".replace(".", "").lstrip("0").rstrip("0")
    return len(digits.split("e")[0])


def specific(claim: Claim) -> int:
    """How unusual a stated value is, as its significant digits (dates and roles: 2)."""
    number = _number(claim)
    return significant_digits(number) if number is not None else 2


def slip_like(a: Claim, b: Claim) -> bool:
    """Do two different values differ the way misreporting does?"""
    va, vb = a.value, b.value
    if isinstance(va, DateValue) and isinstance(vb, DateValue):
        if va.day is None or vb.day is None or va.month != vb.month:
            return (
                va.month == vb.month
                or va.year == vb.year
                or (va.day, va.month) == (vb.month, vb.day)
            )
        return _days_slip(va.day, vb.day)
    na, nb = _number(a), _number(b)
    if na is None or nb is None or na.amount == 0 or nb.amount == 0:
        return False
    if _units_differ(a, b) and not _counts_of_one_kind(a, b):
        # 1.6 miles against 157 ft: digits and powers of ten written in two units say nothing;
        # only a rounding-size difference of the measure itself does (984 ft against 289 m).
        # Units a power of ten apart (185 km² against 185 thousand ha) keep a decimal slip.
        base = _ratio(_base(a), _base(b))
        if _decimal_units(a, b) and _power_of_ten(base):
            return True
        return base <= 1.1 and not _counts_people_or_things(a)
    ratio = _ratio(na.amount, nb.amount)
    if _power_of_ten(ratio):
        return True  # a dropped zero or a thousand/million slip
    if na.amount == -nb.amount:
        return True  # a lost minus sign
    if ratio <= 1.1 and not _counts_people_or_things(a):
        return True  # a rounding-size difference in a measure (7.6 vs 7.5, 320 km vs 300 km)
    if _rounded_past(na, nb) or _rounded_past(nb, na):
        return True  # `more than 2,800 cases` for 2,764: rounded, then told as a floor
    return ratio < 10 and _same_digits(na, nb)


def _rounded_past(bounded: Number, exact: Number) -> bool:
    """Is `bounded` an open bound (`more than 2,800`, `under 40%`) that `exact` rounds to at
    the bound's own precision? A figure rounded up and then called a floor is a slip of
    rounding, as a dropped zero is one of scale."""
    if exact.bound is not Bound.EXACT or bounded.bound not in (Bound.AT_LEAST, Bound.AT_MOST):
        return False
    edge = bounded.amount
    if bounded.decimals:
        step = 10.0**-bounded.decimals
    else:
        whole = str(int(abs(edge)))
        if len(whole.rstrip("0")) < 2:
            return False  # `more than 3,000` is a round figure, no rounding of 2,764
        step = 10.0 ** (len(whole) - len(whole.rstrip("0")))
    rounded = round(exact.amount / step) * step
    return math.isclose(rounded, edge) and exact.amount != edge


def _same_digits(na: Number, nb: Number) -> bool:
    """The same digits in another order: `1,450` against `1,540`, or two neighbours swapped
    across a zero (`410` against `401`, `3,400` against `3,040`), which the significant digits
    alone (`41`, `401`) do not show."""
    if sorted(_digits(na)) == sorted(_digits(nb)):
        return True
    wa, wb = _whole_digits(na), _whole_digits(nb)
    if wa is None or wb is None:
        return False
    return adjacent_swap(wa, wb)


def adjacent_swap(wa: str, wb: str) -> bool:
    """Two digit strings of one length that differ by two neighbours swapped (`410`, `401`)."""
    if len(wa) != len(wb):
        return False
    apart = [i for i, (x, y) in enumerate(zip(wa, wb, strict=True)) if x != y]
    return (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and (wa[apart[0]], wa[apart[1]]) == (wb[apart[1]], wb[apart[0]])
    )


def _whole_digits(number: Number) -> str | None:
    """A whole figure's digits, zeros and all (`410`); None for a fraction (`4.1 million` is
    written `4.1`, and its zeros are the scale word's)."""
    amount = Decimal(str(abs(number.amount)))
    if amount != amount.to_integral_value() or number.scale != 1.0:
        return None
    return format(amount, "f").split(".")[0]


def day_slip(a: Claim, b: Claim) -> bool:
    """Two days of one month that differ as slips do (see `_days_slip`)."""
    va, vb = a.value, b.value
    return (
        isinstance(va, DateValue)
        and isinstance(vb, DateValue)
        and va.day is not None
        and vb.day is not None
        and (va.year, va.month) == (vb.year, vb.month)
        and _days_slip(va.day, vb.day)
    )


_NEAR_DAYS = 2


def _days_slip(a: int, b: int) -> bool:
    """Two days of one month that differ as slips do: a day or two apart (a time zone, a wrong
    weekday), a digit dropped (19 and 9) or swapped (12 and 21), or the tens digit mistyped
    (25 for 15: the unit digit kept). The 9th against the 18th is two events more often than
    one misreported.

    >>> _days_slip(15, 25), _days_slip(19, 9), _days_slip(9, 18), _days_slip(13, 18)
    (True, True, False, False)
    """
    x, y = str(a), str(b)
    dropped = len(x) != len(y) and (x in y or y in x)
    tens = len(x) == len(y) == 2 and x[1] == y[1]
    return abs(a - b) <= _NEAR_DAYS or dropped or tens or sorted(x) == sorted(y)


TRANSPOSED_DIGITS = 3
"""Figures this specific whose digits are the same in another order are one figure misread."""


def reordered(a: Claim, b: Claim) -> bool:
    """Do two figures differ only in the order of their digits (`410` against `140`), however
    few? Such a slip is told from chance by what the sentences say, not by the digits."""
    na, nb = _number(a), _number(b)
    if na is None or nb is None or na.amount == nb.amount:
        return False
    return _ratio(na.amount, nb.amount) < 10 and _same_digits(na, nb)


def transposed(a: Claim, b: Claim) -> bool:
    """`984 feet` against `948 feet`: the same three or more significant digits in another
    order, in one unit. Counted nouns of one kind are one unit (`124 morts`, a count of the
    dead, against `142 people`)."""
    na, nb = _number(a), _number(b)
    if na is None or nb is None or na.amount == nb.amount:
        return False
    if _units_differ(a, b) and not _counts_of_one_kind(a, b):
        return False
    if min(significant_digits(na), significant_digits(nb)) < TRANSPOSED_DIGITS:
        return False
    return _same_magnitude(na, nb) and sorted(_digits(na)) == sorted(_digits(nb))


def _same_magnitude(na: Number, nb: Number) -> bool:
    """Swapping digits keeps a figure's size, as a scale-word slip keeps its digits in order:
    `€41.5 million` against `€1.45 billion` share digits, but a swap that also moved the
    decimal point is two slips, and two figures."""
    ratio = _ratio(na.amount, nb.amount)
    return ratio < 10 or _power_of_ten(ratio)


def _power_of_ten(ratio: float) -> bool:
    power = round(math.log10(ratio))
    return power >= 1 and abs(ratio / 10**power - 1) < 0.02


def _decimal_units(a: Claim, b: Claim) -> bool:
    """Two units of one dimension a power of ten apart (hectares and km², m and km)."""
    va, vb = a.value, b.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity)) or va.is_count:
        return False
    factors = _ratio(va.factor, vb.factor)
    return va.dimension == vb.dimension and (factors == 1 or _power_of_ten(factors))


def _units_differ(a: Claim, b: Claim) -> bool:
    va, vb = a.value, b.value
    return isinstance(va, Quantity) and isinstance(vb, Quantity) and va.unit != vb.unit


def _counts_of_one_kind(a: Claim, b: Claim) -> bool:
    va, vb = a.value, b.value
    return (
        isinstance(va, Quantity)
        and isinstance(vb, Quantity)
        and va.is_count
        and va.dimension == vb.dimension
        and va.factor == vb.factor
    )


def _base(claim: Claim) -> float:
    value = claim.value
    assert isinstance(value, Quantity)
    return value.number.amount * value.factor


def _ratio(x: float, y: float) -> float:
    return max(abs(x), abs(y)) / min(abs(x), abs(y))


def _counts_people_or_things(claim: Claim) -> bool:
    """Counts (64 dead, 1,300 guests) that differ a little are other counts, not slips."""
    value = claim.value
    return isinstance(value, Quantity) and value.is_count


def _digits(number: Number) -> str:
    """The digits a figure is written with: 1.5 trillion is `15`, never `15e+12` (whose
    exponent's digits made 1.5 trillion and 250 billion look like swapped digits)."""
    return format(Decimal(str(abs(number.amount))), "f").replace(".", "").strip("0")
