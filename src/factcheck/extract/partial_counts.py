"""Figures of a count still under way: `with 87% of tally sheets counted, Quispe led with 51.9%
and some 3.71 million votes` gives an election night's early figures, not the result another
paper reports once every ballot is in.

The share counted is found as a percent with a lead word before it (`with`, `con`, `com`) and a
word of counting after it (`counted`, `escrutadas`, `apuradas`), or with a word of counting
right before it (`開票率87%`, `개표율 87%`). Every figure of its sentence, the share included, is
marked `counted:87`; match.py keeps a figure so marked apart from any not marked alike. A
sentence with everything counted (`Com 100% das urnas apuradas`) is the final count: no mark.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from factcheck.lexicon import Lexicon, listed_pattern
from factcheck.records import Claim, Kind, Percent

_LEAD_REACH = 15
"""Characters before the share that may hold its lead word (`with`, `après`)."""
_WORD_REACH = 60
"""Characters after the share that may hold the word of counting (`of tally sheets counted`)."""
_ALL = 100.0


def counted_share(claim: Claim) -> str | None:
    """The share counted when the claim's figure was told, marked by `with_partial_counts`."""
    return next((q.split(":", 1)[1] for q in claim.qualifiers if q.startswith("counted:")), None)


def counted_apart(a: Claim, b: Claim) -> bool:
    """Figures of two stages of a count: an early one and the final one, or two early ones."""
    return counted_share(a) != counted_share(b)


def with_partial_counts(claims: Sequence[Claim], lex: Lexicon) -> list[Claim]:
    """Mark the figures of each sentence that tells a count under way with the share counted."""
    patterns = _patterns(lex)
    if not any(patterns):
        return list(claims)
    shares: dict[str, str] = {}
    for claim in claims:
        share = _share_counted(claim, patterns)
        if share is not None:
            shares.setdefault(claim.sentence, share)
    return [
        replace(claim, qualifiers=(*claim.qualifiers, f"counted:{shares[claim.sentence]}"))
        if claim.sentence in shares and claim.kind in _FIGURES
        else claim
        for claim in claims
    ]


_FIGURES = frozenset({Kind.MONEY, Kind.PERCENT, Kind.QUANTITY})
"""What a count gives; a date or an office in the same sentence is no stage of it."""


def _share_counted(
    claim: Claim,
    patterns: tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None],
) -> str | None:
    value = claim.value
    if claim.kind is not Kind.PERCENT or not isinstance(value, Percent):
        return None
    at = claim.sentence.find(claim.text)
    if at < 0:
        return None
    lead, word, before = patterns
    head = claim.sentence[max(0, at - _LEAD_REACH) : at]
    tail = claim.sentence[at + len(claim.text) : at + len(claim.text) + _WORD_REACH]
    led = lead is not None and word is not None and lead.search(head) and word.search(tail)
    if not (led or (before is not None and before.search(head))):
        return None
    amount = value.number.amount
    return None if amount >= _ALL else f"{amount:g}"


def _patterns(
    lex: Lexicon,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """The share's lead word, the word of counting after it, and a word of counting before it
    ([partial_counts] lead, after, before; `after` words are stems: `escrutad` for any ending)."""
    edge = r"(?<!\w)" if lex.spaced else ""
    return (
        listed_pattern(lex, "partial_counts", "lead", edge + r"(?:{words})\s+(?:\w+\s+)?$"),
        listed_pattern(lex, "partial_counts", "after", edge + "(?:{words})"),
        listed_pattern(lex, "partial_counts", "before", r"(?:{words})\s*$"),
    )
