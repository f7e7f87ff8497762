"""Typed claims: the one vocabulary shared by extractors, the reconciler and the reports.

Every model forbids extra fields so that an extractor (rules or LLM) cannot smuggle in data the
reconciler does not understand. Field descriptions double as guidance for the LLM prompt.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum
from functools import cached_property, lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.0"


class Kind(str, Enum):
    """What a claim asserts. The reconciler picks its checks by kind."""

    COUNT = "count"  # released on one day / in one stage
    TOTAL = "total"  # over several days / stages
    CUMULATIVE = "cumulative"  # since a start point ("since the start of the invasion")
    TARGET = "target"  # agreed size of a multi-stage event ("1,000-for-1,000")
    ORDINAL = "ordinal"  # "the second day", "third and final stage"
    SUBSET = "subset"  # part of another count ("27 defenders of Mariupol")
    COUNTERPART = "counterpart"  # the other side's count in an N-for-N swap
    AGE = "age"  # a person's age, optionally with an earlier age and year
    DURATION = "duration"  # elapsed time since an anchor ("four years into the war")
    DATE = "date"  # an absolute or relative date / weekday mention


class Category(str, Enum):
    """What is counted. Sums only add like with like; `people` is the umbrella term."""

    PEOPLE = "people"
    MILITARY = "military"  # POWs, servicemen, soldiers, defenders
    CIVILIAN = "civilian"
    BODY = "body"  # repatriated bodies, deaths
    INJURED = "injured"
    MISSING = "missing"
    HOSTAGE = "hostage"
    PRISONER = "prisoner"  # detainees not known to be military or civilian
    VEHICLE = "vehicle"  # aid trucks, convoys
    VOTE = "vote"
    OTHER = "other"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Interval(Strict):
    """A number as an interval; a point has lo == hi. None is unbounded.

    Hedged figures ("more than 300", "nearly 400") are intervals, never points, so arithmetic on
    them stays honest (statcheck / GRIM style).
    """

    lo: Decimal | None = Field(description="Lower bound, None for unbounded")
    hi: Decimal | None = Field(description="Upper bound, None for unbounded")
    lo_open: bool = False
    hi_open: bool = False
    hedge: str | None = Field(default=None, description="Hedge word as written, e.g. 'more than'")

    @classmethod
    def point(cls, value: int | Decimal) -> Interval:
        d = Decimal(value)
        return cls(lo=d, hi=d)

    @model_validator(mode="after")
    def _ordered(self) -> Interval:
        if self.lo is not None and self.hi is not None and self.lo > self.hi:
            raise ValueError(f"interval lower bound {self.lo} exceeds upper bound {self.hi}")
        return self

    @property
    def is_point(self) -> bool:
        return self.lo is not None and self.lo == self.hi and not (self.lo_open or self.hi_open)

    def contains(self, x: Decimal | int) -> bool:
        x = Decimal(x)
        if self.lo is not None and (x < self.lo or (self.lo_open and x == self.lo)):
            return False
        return not (self.hi is not None and (x > self.hi or (self.hi_open and x == self.hi)))

    def overlaps(self, other: Interval) -> bool:
        """True when some number lies in both intervals."""
        lo, lo_open = _max_lo(self, other)
        hi, hi_open = _min_hi(self, other)
        if lo is None or hi is None:
            return True
        if lo < hi:
            return True
        return lo == hi and not (lo_open or hi_open)

    def __add__(self, other: Interval) -> Interval:
        if self.is_point and other.is_point:
            return _point(self.lo + other.lo)  # type: ignore[operator]
        lo = None if self.lo is None or other.lo is None else self.lo + other.lo
        hi = None if self.hi is None or other.hi is None else self.hi + other.hi
        # Sums of ordered intervals are ordered: no need to validate (hot path in the reconciler).
        return Interval.model_construct(lo=lo, hi=hi, lo_open=self.lo_open or other.lo_open,
                                        hi_open=self.hi_open or other.hi_open, hedge=None)

    def __sub__(self, other: Interval) -> Interval:
        lo = None if self.lo is None or other.hi is None else self.lo - other.hi
        hi = None if self.hi is None or other.lo is None else self.hi - other.lo
        return Interval.model_construct(lo=lo, hi=hi, lo_open=self.lo_open or other.hi_open,
                                        hi_open=self.hi_open or other.lo_open, hedge=None)

    def __str__(self) -> str:
        return self.text

    @cached_property
    def text(self) -> str:
        """Display form ('697', '>4', '[360, 440]'); cached because reports print it often."""
        if self.is_point:
            return fmt_number(self.lo)
        if self.hedge and self.lo is not None and self.hi is None:
            return f"{'>' if self.lo_open else '≥'}{fmt_number(self.lo)}"
        if self.hedge and self.hi is not None and self.lo in (None, Decimal(0)):
            return f"{'<' if self.hi_open else '≤'}{fmt_number(self.hi)}"
        left = "(" if self.lo_open else "["
        right = ")" if self.hi_open else "]"
        lo = "-∞" if self.lo is None else fmt_number(self.lo)
        hi = "∞" if self.hi is None else fmt_number(self.hi)
        return f"{left}{lo}, {hi}{right}"


@lru_cache(maxsize=65536)
def _point(value: Decimal) -> Interval:
    """Shared immutable points: sums of counts repeat the same few values across a batch."""
    return Interval(lo=value, hi=value)


def _max_lo(a: Interval, b: Interval) -> tuple[Decimal | None, bool]:
    if a.lo is None:
        return b.lo, b.lo_open
    if b.lo is None or a.lo > b.lo:
        return a.lo, a.lo_open
    if b.lo > a.lo:
        return b.lo, b.lo_open
    return a.lo, a.lo_open or b.lo_open


def _min_hi(a: Interval, b: Interval) -> tuple[Decimal | None, bool]:
    if a.hi is None:
        return b.hi, b.hi_open
    if b.hi is None or a.hi < b.hi:
        return a.hi, a.hi_open
    if b.hi < a.hi:
        return b.hi, b.hi_open
    return a.hi, a.hi_open or b.hi_open


def fmt_number(x: Decimal | int | None) -> str:
    if x is None:
        return "?"
    d = Decimal(x)
    if d == d.to_integral_value():
        return f"{int(d):,}"
    return f"{d.normalize():f}"


class Grounding(Strict):
    """Where a claim sits in the article text, computed by our code (never by the model)."""

    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    match: Literal["exact", "normalized", "fuzzy"] = "exact"
    score: int = Field(default=100, ge=0, le=100, description="Match quality, 100 = exact")


class DateRef(Strict):
    """A date as the text gives it, plus its resolution against the publication date."""

    text: str = Field(description="The date words as written, e.g. 'Friday, May 23', 'the previous day'")
    weekday: int | None = Field(default=None, ge=0, le=6, description="0=Monday .. 6=Sunday, if named")
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    year: int | None = Field(default=None, description="Year only when the text states it")
    relative_days: int | None = Field(
        default=None, description="Offset in days from the anchor date: -1 'the previous day', 0 'today'"
    )
    relative_to: DateRef | None = Field(
        default=None, description="For 'the previous day', 'a day later': the date named before it, if any")
    resolved: dt.date | None = Field(default=None, description="Calendar date after resolution")
    year_basis: str | None = Field(default=None, description="How the year was decided, for the report")


class Claim(Strict):
    """One numeric or calendar assertion of an article, with the exact quote it rests on."""

    id: str = Field(description="Stable id: '<article id>/c<n>'")
    article_id: str
    kind: Kind
    value: Interval | None = Field(default=None, description="The figure; None for pure date claims")
    unit: Literal["people", "years", "days", "months", "stage", "other"] = "people"
    category: Category = Category.PEOPLE
    party: str | None = Field(default=None, description="Whose people are counted, e.g. 'ukrainian'")
    event: str | None = Field(default=None, description="Event key, e.g. 'exchange'")
    stage: int | None = Field(default=None, ge=1, description="Stage/day ordinal the figure belongs to")
    final_stage: bool = Field(default=False, description="Text says this stage completes the event")
    date: DateRef | None = Field(default=None, description="Day the figure refers to")
    period_days: int | None = Field(default=None, ge=1, description="For totals: how many days/stages")
    since: dt.date | None = Field(default=None, description="Start point of a cumulative or duration")
    since_text: str | None = None
    then_value: Decimal | None = Field(default=None, description="Age: the earlier age ('captured at 22')")
    then_year: int | None = Field(default=None, description="Age: year of the earlier age")
    label: str | None = Field(default=None, description="What is counted, as written ('defenders of Mariupol')")
    whole_hint: str | None = Field(default=None, description="Subset: what it is a part of")
    attribution: str | None = Field(default=None, description="Who said it, if the text says")
    grounding: Grounding | None = Field(default=None, description="None means ungrounded")

    @property
    def grounded(self) -> bool:
        return self.grounding is not None

    @property
    def quote(self) -> str:
        return self.grounding.quote if self.grounding else ""

    @property
    def day(self) -> dt.date | None:
        return self.date.resolved if self.date else None


class Article(Strict):
    """An article exactly as the checker read it; offsets refer to `text`."""

    id: str
    text: str
    published: dt.date | None = None
    published_basis: str | None = Field(default=None, description="Where the date came from")
    source: str | None = Field(default=None, description="File path or collection name")
    url: str | None = None
    outlet: str | None = None


class UngroundedClaim(Strict):
    """A claim an extractor proposed whose quote is not in the article: reported, never used."""

    article_id: str
    kind: Kind
    quote: str
    reason: str


class RejectedClaim(Strict):
    """A claim an extractor proposed that failed validation (e.g. a count without a value): reported
    with the validation error, never used. Kind and quote are kept as given, when given."""

    article_id: str
    kind: str | None
    quote: str | None
    reason: str


class Extraction(Strict):
    """What one extractor produced for one article.

    `errors` means the article could not be extracted at all; `partial` says why only part of it was
    (its claims are still used); `rejected` claims failed validation and are only reported.
    """

    article_id: str
    extractor: str
    claims: list[Claim] = Field(default_factory=list)
    ungrounded: list[UngroundedClaim] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)
    rejected: list[RejectedClaim] = Field(default_factory=list)
    partial: str | None = Field(default=None, description="Why only part of the article was extracted")
