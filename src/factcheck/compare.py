"""When two values agree, and how to say that they do not.

Figures agree when they are equal at the precision they are stated in, or when one lies in the
range an approximate, bounded or ranged figure allows. Dates agree at the coarser precision of
the two; roles when they name the same holder.
"""

from __future__ import annotations

import math
import re

from rapidfuzz import fuzz

from factcheck.extract.subject import ascii_fold
from factcheck.lexicon import shared
from factcheck.likeness import reordered
from factcheck.records import Bound, Claim, DateValue, Money, Number, Percent, Quantity, Role, Value
from factcheck.romanise import (
    MIN_WHOLE_NAME,
    ascii_letters,
    customary_spelling,
    given_name_forms,
    heard_spelling,
    latin,
    readings,
    same_heard_word,
    whole_name_forms,
)

APPROXIMATE = 0.10
"""How far `about X` may stray from X at most, relative."""
SAME_NAME = 85
"""rapidfuzz ratio above which two family names are one."""


def interval(value: Value, tolerance: float = 0.0, as_stated: bool = False) -> tuple[float, float]:
    """The values a figure's wording allows, in the base unit of its dimension; `as_stated`,
    the figure itself, a bound's open side left out (`at least 124` as 124)."""
    if isinstance(value, (Money, Percent)):
        low, high = _number_interval(value.number, as_stated)
    elif isinstance(value, Quantity):
        low, high = _number_interval(value.number, as_stated)
        # A unit written for another (`38 miglia` at sea, nautical miles) allows either size.
        sizes = (value.factor, shared().loose_units.get(value.unit, value.factor))
        low, high = low * min(sizes), high * max(sizes)
    else:
        raise TypeError(f"no interval for {type(value).__name__}")
    if tolerance:
        low, high = low - abs(low) * tolerance, high + abs(high) * tolerance
    return low, high


def _number_interval(number: Number, as_stated: bool = False) -> tuple[float, float]:
    half = 0.5 * 10 ** (-number.decimals) * number.scale
    low, high = _snap(number.low - half, number), _snap(number.high + half, number)
    if as_stated and number.bound in (Bound.AT_LEAST, Bound.AT_MOST):
        return low, high
    if number.bound is Bound.APPROXIMATE:
        spread = min(0.5 * _rounding_unit(number), abs(number.amount) * APPROXIMATE)
        return min(low, number.amount - spread), max(high, number.amount + spread)
    # A bound includes its own figure: `at least 3` and `at most 3` both allow 3.
    if number.bound is Bound.AT_LEAST:
        return math.nextafter(number.amount, -math.inf), math.inf
    if number.bound is Bound.AT_MOST:
        return -math.inf, math.nextafter(number.amount, math.inf)
    return low, high


_NOISE_DIGITS = 6
"""Digits past the stated ones at which an interval's end is rounded."""


def _snap(end: float, number: Number) -> float:
    """An interval's end without float noise: 0.7 - 0.05 is 0.6499… in floats, which would
    make `0.6%` and `0.7%` overlap instead of touch. Rounded well below any stated digit."""
    return round(end / number.scale, number.decimals + _NOISE_DIGITS) * number.scale


def _rounding_unit(number: Number) -> float:
    """The unit a figure is rounded to, trailing zeros included: `about 1,300` is rounded to
    hundreds, `about 33 billion` to billions. `About` covers figures that round to it (5.28 is
    `about 5`), not another figure stated as precisely (`about 33` is not 32)."""
    if number.decimals:
        return 10.0 ** (-number.decimals) * number.scale
    written = round(abs(number.amount) / number.scale)
    unit = 1
    while written and written % (unit * 10) == 0:
        unit *= 10
    return unit * number.scale


def agree(a: Claim, b: Claim, tolerance: float = 0.0) -> bool:
    """Do two claims of one kind state compatible values?"""
    va, vb = a.value, b.value
    if isinstance(va, DateValue) and isinstance(vb, DateValue):
        return dates_agree(va, vb)
    if isinstance(va, Role) and isinstance(vb, Role):
        return same_person(va.holder, vb.holder)
    if isinstance(va, Money) and isinstance(vb, Money) and va.currency != vb.currency:
        return False  # `$3 billion` is not `€3 billion`; only a currency twin brings them together
    as_stated = _same_bounds(a, b)
    low_a, high_a = interval(va, tolerance, as_stated)
    low_b, high_b = interval(vb, tolerance, as_stated)
    # Strict: `30` ([29.5, 30.5)) and `31` ([30.5, 31.5)) only touch; they do not agree.
    return max(low_a, low_b) < min(high_a, high_b)


def _same_bounds(a: Claim, b: Claim) -> bool:
    """Two bounds on one side of a running toll (`au moins 124 morts`, `at least 142 killed`:
    counts base.toml `[updates]` lists) allow each other, but two sources stating different
    minimums disagree on what is known (an update, or a slip: 124 and 142); they are compared
    as the figures they state. Other bounds (`more than 200 aftershocks`, `over $1 billion`)
    are rough descriptions, and two of them stay compatible. Two caps on a sum (`a subsidy of
    up to 392 billion yen`, `hasta 392 millones de yenes`) name the cap itself: a grant's,
    a loan's or a fine's ceiling is one definite figure, and two sources stating different
    ceilings disagree on it. A rough description rounds its figure but never reorders its
    digits: `more than 480,000 strikers` against `oltre 840.000` is one figure misread, and
    compared as stated."""
    va, vb = a.value, b.value
    if isinstance(va, Money) and isinstance(vb, Money):
        return va.number.bound is Bound.AT_MOST and vb.number.bound is Bound.AT_MOST
    if not isinstance(va, Quantity) or not isinstance(vb, Quantity):
        return False
    bound = va.number.bound
    if bound not in (Bound.AT_LEAST, Bound.AT_MOST) or vb.number.bound is not bound:
        return False
    if reordered(a, b):
        return True
    tolls = shared().update_concepts
    return all(tolls & (c.subject.concepts | {v.unit}) for c, v in ((a, va), (b, vb)))


def dates_agree(a: DateValue, b: DateValue) -> bool:
    if a.year is not None and b.year is not None and a.year != b.year:
        return False
    if a.month != b.month:
        return False
    if a.day is None or b.day is None:
        return True
    return _days(a) & _days(b) != set()


def _days(value: DateValue) -> set[int]:
    assert value.day is not None
    return set(range(value.day, (value.end_day or value.day) + 1))


_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
"""A Korean given name romanised with a hyphen (`Jin-ho`, `Jae-myung`): written last, after
the family name, while a Western double name capitalises both halves (`Smith-Jones`)."""


def family_name(holder: str) -> str:
    """The family name: the last word, or the first before a Korean given name (`Park Jin-ho`,
    not `Lee Jin-ho`)."""
    written = holder.split()
    if len(written) > 1 and _KOREAN_GIVEN.fullmatch(written[-1]):
        return _name_fold(written[0])
    words = _name_fold(holder).split()
    return words[-1] if words else ""


def same_person(a: str, b: str) -> bool:
    """`Ishiba` is `Shigeru Ishiba`, and so are `石破茂` and `Исиба`; `Kishida` is not. Names
    whose Latin spelling is known (written in Latin, or listed by custom: `拜登` is Biden) are
    compared by those spellings: their sounds may meet another's (`Biden`, `Putin`)."""
    spelled_a, spelled_b = _spelling(a), _spelling(b)
    if spelled_a is not None and spelled_b is not None:
        return _same_latin(spelled_a, spelled_b)
    return any(
        _same_romanised(x, y) or _same_whole_name(x, y) or _split_given_name(x, y)
        for x in readings(a)
        for y in readings(b)
    )


def _spelling(name: str) -> str | None:
    return name if latin(name) else customary_spelling(name)


def _same_latin(a: str, b: str) -> bool:
    fa, fb = family_name(a), family_name(b)
    if not fa or not fb:
        return False
    unhyphened_a, unhyphened_b = (_name_fold(n).replace("-", " ") for n in (a, b))
    if unhyphened_a in unhyphened_b or unhyphened_b in unhyphened_a:
        return True  # `Kim Jong Un` is `Kim Jong-un`
    if _given_names_apart(unhyphened_a.split(), unhyphened_b.split()):
        return False
    return fa == fb or bool(fuzz.ratio(fa, fb) >= SAME_NAME) or _same_latin_sounds(a, b)


MIN_LATIN_SOUNDS = 5
"""Letters two Latin spellings' whole-name skeletons must share: more than a Korean reading
needs (`MIN_WHOLE_NAME`), since both were written by ear from a third script."""


def _same_latin_sounds(a: str, b: str) -> bool:
    """Two Latin transcriptions of a name from another script, each by its own language's
    rules (`Tawfiq al-Rabiah` in English, `Tevfik er-Rebia` in Turkish): given and family
    names sound alike run together, blind to voicing, w and v, q and k."""
    if len(a.split()) < 2 or len(b.split()) < 2:
        return False
    shared_forms = whole_name_forms(a) & whole_name_forms(b)
    return any(len(shape) >= MIN_LATIN_SOUNDS for shape in shared_forms)


def _given_names_apart(wa: list[str], wb: list[str]) -> bool:
    """Two full names of as many words whose given names begin with other letters are two
    people of one family (`Murad Ali Shah` and his predecessor `Qaim Ali Shah`, `Donald` and
    `Melania Trump`); an initial or a short form (`J. Biden`, `Joe Biden`) begins alike."""
    articles = shared().name_articles  # `al` and `er` of `al-Rabiah`, `er-Rebia` name no one
    wa, wb = ([w for w in ws[:-1] if w not in articles] + ws[-1:] for ws in (wa, wb))
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    return any(
        x[:1] != y[:1] and fuzz.ratio(x, y) < SAME_NAME
        for x, y in zip(wa[:-1], wb[:-1], strict=True)
    )


def _same_whole_name(a: str, b: str) -> bool:
    """Readings of one name from two scripts that split or voice its syllables differently."""
    shared = whole_name_forms(a) & whole_name_forms(b)
    return any(len(shape) >= MIN_WHOLE_NAME for shape in shared) or _same_letters(a, b)


MIN_SAME_LETTERS = 6
"""Letters a name's reading must have to be matched letter for letter."""


def _same_letters(a: str, b: str) -> bool:
    """`林嘉怡`, read `linjiayi` in pinyin, is `Lin Jiayi` or `Jiayi Lin`: the same letters
    with the words run together, in either order. A short Chinese name's skeleton (`lnk`) is
    too short to tell, but all its letters are."""
    orders = [{ascii_letters(n), ascii_letters(" ".join(reversed(n.split())))} for n in (a, b)]
    shared_letters = orders[0] & orders[1]
    return any(len(letters) >= MIN_SAME_LETTERS for letters in shared_letters)


def _name_fold(name: str) -> str:
    """A name folded to plain letters, the crossed d too (`Đỗ Đức Duy` is `do duc duy`, as
    other scripts and the English press write it)."""
    return ascii_fold(name).replace("đ", "d")


def _same_romanised(a: str, b: str) -> bool:
    """Japanese names come family name first: every word of the shorter name must be found,
    in any order, in the other (`ishiba shigeru` in `Shigeru Ishiba`). A kanji given name has
    several readings (`恭之` is read `yasuyuki`, the man is `Yasushi`), so once a telling word
    has matched, the others need only begin alike."""
    wa, wb = _name_fold(a).split(), _name_fold(b).split()
    shorter, longer = sorted((wa, wb), key=len)
    if not shorter or not any(_same_holder_word(x, y) for x in shorter for y in longer):
        return False  # at least one word must be telling on its own
    return all(any(_begin_alike(x, y) for y in longer) for x in shorter)


def _split_given_name(a: str, b: str) -> bool:
    """A kanji given name the reader found no word for comes out in pieces (`武藤容治` read
    `mutou you osamu`; the man is Yoji Muto): with the family name matched, the pieces need
    only begin as the other's given name does."""
    wa, wb = _name_fold(a).split(), _name_fold(b).split()
    if len(wb) > len(wa):
        wa, wb = wb, wa
    if len(wb) != 2 or len(wa) != 3:
        return False
    family, given = wa[0], "".join(wa[1:])
    return any(
        _same_holder_word(family, other_family)
        and given[:_READING_PREFIX] == other_given[:_READING_PREFIX]
        for other_given, other_family in (wb, wb[::-1])
    )


MIN_HOLDER_HEARD = 4
"""Letters a holder's heard spelling needs. The office and its body already match, so a short
name is telling enough (`ルラ`, read `rura`, is `Lula`), where a word of a sentence is not."""


def _same_holder_word(a: str, b: str) -> bool:
    if same_heard_word(a, b):
        return True
    heard = heard_spelling(a)
    return len(heard) >= MIN_HOLDER_HEARD and heard == heard_spelling(b)


_READING_PREFIX = 2
"""Letters of the looser skeleton two readings of one given name share: `yasuyuki` and
`yasushi` (`ask`, `as`), not `fumio` and `yuko` (`pm`, `ak`)."""


def _begin_alike(a: str, b: str) -> bool:
    return any(
        sa == sb
        or (
            min(len(sa), len(sb)) >= _READING_PREFIX
            and sa[:_READING_PREFIX] == sb[:_READING_PREFIX]
        )
        for sa in given_name_forms(a)
        for sb in given_name_forms(b)
    )


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def describe(value: Value) -> str:
    """A value in short English: `$3 billion a year`, `29 Jan 2025`, `Shigeru Ishiba`."""
    if isinstance(value, Money):
        text = _money_text(value)
        return text + (f" a {value.period}" if value.period else "")
    if isinstance(value, Percent):
        return _number_text(value.number, "") + (" points" if value.points else "%")
    if isinstance(value, Quantity):
        return f"{_number_text(value.number, '')} {value.unit}"
    if isinstance(value, DateValue):
        return describe_date(value)
    return value.holder


def _money_text(value: Money) -> str:
    symbol = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}.get(value.currency)
    number = _number_text(value.number, "")
    if not symbol:
        return f"{number} {value.currency}"
    bound = number[:1] if number[:1] in "~≥≤" else ""
    return f"{bound}{symbol}{number[len(bound) :]}"  # `≥$500 billion`, not `$≥500 billion`


def _number_text(number: Number, unit: str) -> str:
    prefix = {Bound.APPROXIMATE: "~", Bound.AT_LEAST: "≥", Bound.AT_MOST: "≤"}.get(number.bound, "")
    if number.bound is Bound.RANGE:
        low, high = _plain(number.low), _plain(number.high)
        low_word, high_word = low.rpartition(" ")[2], high.rpartition(" ")[2]
        if " " in low and low_word == high_word:  # `20–28 billion`, not `20 billion–28 billion`
            low = low.rpartition(" ")[0]
        return f"{low}–{high}{unit}"
    return f"{prefix}{_plain(number.amount)}{unit}"


def _plain(amount: float) -> str:
    for size, word in _SCALES:
        if abs(amount) >= size:
            return f"{amount / size:.4g} {word}"
    return f"{amount:,.10g}"


def describe_date(value: DateValue) -> str:
    if value.month is None:
        return value.relative or "?"
    day = (
        ""
        if value.day is None
        else f"{value.day}" + (f"-{value.end_day}" if value.end_day else "") + " "
    )
    year = "" if value.year is None else f" {value.year}"
    return f"{day}{_MONTHS[value.month - 1]}{year}"


def ratio_note(values: list[Value]) -> str:
    """`(10× apart)` when the figures differ by a clean power of ten."""
    amounts = []
    for value in values:
        if isinstance(value, (Money, Percent, Quantity)):
            amounts.append(
                abs(value.number.amount) * (value.factor if isinstance(value, Quantity) else 1)
            )
    if len(amounts) < 2 or min(amounts) == 0:
        return ""
    ratio = max(amounts) / min(amounts)
    power = round(math.log10(ratio))
    if power >= 1 and abs(ratio / 10**power - 1) < 0.02:
        return f" ({10**power:,}× apart)"
    return ""
