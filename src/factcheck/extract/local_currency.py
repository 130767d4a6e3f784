"""A currency name several countries share (`roupies`, `rupias`, `pesos`), read as the
currency of the country the document is about.

The families are data (`[local_currencies]` in base.toml): the code a bare name is read as,
and the country of each member. A member's currency the document writes out in full (and no
other member's) decides; else the family's own country named in the document keeps it; else
exactly one other member's country named decides (countries on `Read also:` lines are
another story's and left out); else the name keeps its first reading
(the family's `"*"` entry, when its key is a pseudo-currency such as `pound`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from factcheck.extract.found import Found
from factcheck.lexicon import Lexicon
from factcheck.records import Money


def localise(
    text: str, lex: Lexicon, found: list[Found], skip: Sequence[tuple[int, int]] = ()
) -> list[Found]:
    """`found` with each shared currency name read as the currency of the document's country.
    A country named only in `skip` (a `Read also:` line, a link) is another story's and
    decides nothing: `Lesen Sie auch: Indien meldet ...` under a story about Pakistan."""
    families: dict[str, dict[str, str]] = lex.raw.get("local_currencies", {})
    shared = {f.value.currency for f in found if isinstance(f.value, Money)} & families.keys()
    if not shared:
        return found
    named = {
        lex.countries.get(m.group())
        for m in lex.countries.finditer(text)
        if not any(start <= m.start() < end for start, end in skip)
    }
    written = {f.value.currency for f in found if isinstance(f.value, Money)}
    local = {
        code: _written(families[code], written - {code}) or _local(families[code], code, named)
        for code in shared
    }
    return [
        replace(f, value=replace(f.value, currency=local[f.value.currency]))
        if isinstance(f.value, Money) and f.value.currency in local
        else f
        for f in found
    ]


def _written(members: dict[str, str], written: set[str]) -> str | None:
    """The one member's currency the document writes out in full (`12 millions de couronnes
    suédoises`, then `11 millions de couronnes`): its bare name is that one. The family's own
    code is left out of `written`, as the bare name itself is read as it (`rupias`: INR)."""
    codes = {code for country, code in members.items() if country != "*"} & written
    return codes.pop() if len(codes) == 1 else None


def _local(members: dict[str, str], code: str, named: set[str | None]) -> str:
    first = members.get("*", code)  # a pseudo-currency's usual reading (`livres`: sterling)
    if any(members.get(country) == first for country in named if country):
        return first
    others = {members[c] for c in named if c in members and members[c] != first}
    return others.pop() if len(others) == 1 else first
