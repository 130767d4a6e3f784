"""Names a user declares to be one (`SB OpenAI Japan` = `SoftBank-OpenAI joint venture`), from
the configuration file: a claim whose sentence uses one name also counts as naming the other,
and an office's body written with an alias is written with its canonical name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from factcheck.extract.subject import ascii_fold
from factcheck.records import Claim, Role, Source

Aliases = tuple[tuple[str, str], ...]
"""(alias, canonical name) pairs."""


def _tokens(name: str) -> frozenset[str]:
    return frozenset(t for t in (ascii_fold(w) for w in name.replace("-", " ").split()) if t)


def apply(sources: Sequence[Source], aliases: Aliases) -> tuple[Source, ...]:
    if not aliases:
        return tuple(sources)
    return tuple(replace(s, claims=tuple(_claim(c, aliases) for c in s.claims)) for s in sources)


def _claim(claim: Claim, aliases: Aliases) -> Claim:
    sentence = claim.sentence.casefold()
    entities = set(claim.subject.entities)
    for alias, canonical in aliases:
        if alias.casefold() in sentence or canonical.casefold() in sentence:
            entities |= _tokens(canonical)  # both spellings name the same thing the same way
    value = claim.value
    if isinstance(value, Role) and value.of is not None:
        canonical_body = next((c for a, c in aliases if a.casefold() == value.of.casefold()), None)
        if canonical_body is not None:
            value = Role(value.role, canonical_body, value.holder)
    if entities == set(claim.subject.entities) and value is claim.value:
        return claim
    return replace(claim, value=value, subject=replace(claim.subject, entities=frozenset(entities)))
