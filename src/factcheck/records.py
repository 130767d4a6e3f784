"""The records passed from one stage to the next: documents → claims → clusters → report.

Every record is a frozen dataclass: a stage never changes what an earlier stage produced.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """What a claim states."""

    MONEY = "money"
    QUANTITY = "quantity"
    PERCENT = "percent"
    DATE = "date"
    ROLE = "role"


class Bound(StrEnum):
    """How a figure relates to the true value, as its wording says."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    RANGE = "range"


class Status(StrEnum):
    """What the sources of a cluster say together."""

    CONFLICT = "conflict"
    AGREEMENT = "agreement"
    SINGLE = "single"


class Nature(StrEnum):
    """What kind of disagreement a conflict is."""

    CONTRADICTION = "contradiction"
    """The sources cannot all be right."""
    UPDATE = "update"
    """A count that grew as later reports came in."""
    ATTRIBUTED = "attributed"
    """Each value is credited to a different named body (USGS: 7.7, CENC: 7.9)."""


@dataclass(frozen=True)
class Document:
    """One article as read from disk, stdin or a JSON record."""

    id: str
    """Stable source id shown in reports: the file name, or `file.jsonl#<id>`."""
    path: str
    """Where it was read from, as given on the command line."""
    text: str
    """The text shown to the user; claim spans index into it."""
    title: str | None = None
    language: str | None = None
    """Language given by metadata or `--lang`; detection fills it in later when None."""
    published: dt.date | None = None
    url: str | None = None


@dataclass(frozen=True)
class Number:
    """A figure with the interval its wording allows."""

    amount: float
    low: float
    high: float
    bound: Bound = Bound.EXACT
    decimals: int = 0
    """Digits stated after the decimal point, in units of the scale word: `3.7 billion` → 1."""
    scale: float = 1.0


@dataclass(frozen=True)
class Money:
    number: Number
    currency: str
    period: str | None = None
    """`year`, `month`, ... for rates; None for totals."""
    horizon: str | None = None
    """The time a total is spread over, as written: `over the next four years`."""
    horizon_years: float | None = None
    """That time in years, when it could be read."""


MEASURES = frozenset(
    {
        "length",
        "area",
        "mass",
        "power",
        "energy",
        "data",
        "speed",
        "temperature",
        "pressure",
        "time",
        "magnitude",
        "volume",
        "charge",
        "resolution",
    }
)
"""Dimensions of measurement; any other dimension counts things (people, ships, companies)."""


@dataclass(frozen=True)
class Quantity:
    number: Number
    unit: str
    """The counted noun or unit, as one English concept (`employee`, `km`)."""
    dimension: str
    """Units of one dimension compare with each other (`length`, `person`, or the noun itself)."""
    factor: float = 1.0
    """Size of `unit` in the dimension's base unit."""

    @property
    def is_count(self) -> bool:
        """A count of things (64 dead, 46 ships), not a measurement (7.6, 320 km)."""
        return self.dimension not in MEASURES


@dataclass(frozen=True)
class Percent:
    number: Number
    points: bool = False
    """A change in percentage points (`+6.3 points`), never the same fact as a share in %."""


@dataclass(frozen=True)
class DateValue:
    year: int | None
    month: int | None
    """None only for a relative date that had nothing to resolve against."""
    day: int | None
    year_inferred: bool = False
    end_day: int | None = None
    """Last day of a range such as `April 29-30`."""
    relative: str | None = None
    """The wording of a relative date (`Monday`, `last month`)."""

    def iso(self) -> str | None:
        """`2025-02-03`, `2025-02`, or `--02-03` when no year could be worked out."""
        if self.month is None:
            return None
        year = f"{self.year:04d}" if self.year is not None else "-"
        month_part = f"{year}-{self.month:02d}"
        return month_part if self.day is None else f"{month_part}-{self.day:02d}"


@dataclass(frozen=True)
class Role:
    role: str
    """The office as one English concept (`prime minister`, `ceo`)."""
    of: str | None
    """The country or organisation the office belongs to."""
    holder: str


Value = Money | Quantity | Percent | DateValue | Role


@dataclass(frozen=True)
class Subject:
    """What a figure is about, reduced to comparable parts."""

    entities: frozenset[str]
    """Named entities of the clause, folded (`softbank`, `japan`)."""
    concepts: frozenset[str]
    """Topic words mapped to shared English concepts (`invest`, `employee`)."""
    words: frozenset[str]
    """Other content words of the sentence, cut to a stem: they match within one language only."""
    language: str
    text: str
    """A readable summary: entities and concepts joined."""


@dataclass(frozen=True)
class Claim:
    id: str
    source: str
    kind: Kind
    text: str
    span: tuple[int, int]
    sentence: str
    value: Value
    subject: Subject
    qualifiers: tuple[str, ...] = ()
    attribution: str | None = None
    """Who the sentence credits the figure to (`according to the USGS` → `USGS`)."""


@dataclass(frozen=True)
class Diagnosis:
    """What probably went wrong, as a code for machines and a phrase for people."""

    code: str
    text: str


@dataclass(frozen=True)
class Warning:
    source: str
    code: str
    message: str
    span: tuple[int, int] | None = None


@dataclass(frozen=True)
class Source:
    """A document after extraction: its language, anchor date and claims."""

    document: Document
    language: str
    anchor: dt.date | None
    """The date relative and year-less dates were resolved against."""
    anchor_inferred: bool
    claims: tuple[Claim, ...]
    warnings: tuple[Warning, ...] = ()


@dataclass(frozen=True)
class Cluster:
    id: str
    kind: Kind
    about: str
    status: Status
    claims: tuple[Claim, ...]
    explanation: str
    nature: Nature | None = None
    """For conflicts only."""
    diagnosis: tuple[Diagnosis, ...] = ()


@dataclass(frozen=True)
class Report:
    sources: tuple[Source, ...]
    clusters: tuple[Cluster, ...]
    skipped: tuple[str, ...] = field(default=())
    """One-line notes on inputs that were not read."""

    @property
    def conflicts(self) -> tuple[Cluster, ...]:
        return tuple(c for c in self.clusters if c.status is Status.CONFLICT)

    @property
    def agreements(self) -> tuple[Cluster, ...]:
        return tuple(c for c in self.clusters if c.status is Status.AGREEMENT)
