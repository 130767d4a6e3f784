"""What an extractor hands back before the claim is dressed with its sentence and subject."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.records import Kind, Value


@dataclass(frozen=True)
class Found:
    kind: Kind
    start: int
    """Offsets into the normalised text."""
    end: int
    value: Value
    qualifiers: tuple[str, ...] = ()
    focus: tuple[int, int] | None = None
    """Where the subject should be read around, when not the claim itself (roles)."""


@dataclass(frozen=True)
class DateFinding:
    found: Found
    weekday_mismatch: str | None = None
    """A message when the written weekday is not the date's weekday."""
    full: bool = False
    """The text gave day, month and year."""
