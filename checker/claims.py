"""Typed claims: the one vocabulary shared by extractors, the reconciler and the reports.

Every model forbids extra fields so that an extractor (rules or LLM) cannot smuggle in data the
reconciler does not understand. A claim says what it counts (the noun phrase as written, its
category, facets), what happened to it (the action), its time scope and modality, and, for every
field that can make two figures "the same quantity" (date, side, stage, scope, event), whether the
text *stated* it, the checker *inferred* it, or a default filled it (`Known.basis`). Defaults never
establish identity: the reconciler reads the basis, never guesses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal
from enum import Enum
from functools import lru_cache
from typing import Any, ClassVar, Generic, Literal, TypeVar, overload

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "2.0"


class Kind(str, Enum):
    """What a figure is. Its time scope (one day, a period, since a start, a stock) is `Claim.scope`."""

    COUNT = "count"  # a number of people or things
    TARGET = "target"  # the agreed or planned size of an event ("the 1,000-for-1,000 exchange")
    ORDINAL = "ordinal"  # "the second day", "third and final stage"
    AGE = "age"  # a person's age, optionally with an earlier age and year
    DURATION = "duration"  # elapsed time ("four years into the war", "for three days")
    MEASURE = "measure"  # a percentage, sum of money, magnitude, distance, rate: not a count
    DATE = "date"  # an absolute or relative date / weekday mention


class Scope(str, Enum):
    """The time a count covers."""

    DAY = "day"  # one day, stage, batch or occurrence
    PERIOD = "period"  # a stated period: "over the past two days", "this week", "in total"
    SINCE = "since"  # a running total since a start point: "since the invasion", "so far", a toll
    STOCK = "stock"  # a standing stock: "remain", "are still held", "still missing"
    UNKNOWN = "unknown"


class Category(str, Enum):
    """What is counted, coarsely. Identity needs more: the head noun and facets (see `Counted`)."""

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
    SEAT = "seat"
    OTHER = "other"


class Action(str, Enum):
    """What happened to what is counted; two figures with different actions are different quantities."""

    RELEASED = "released"  # freed, returned, brought home, handed over, exchanged, came home
    EXCHANGED = "exchanged"
    KILLED = "killed"  # killed, died, dead, bodies, toll
    INJURED = "injured"
    MISSING = "missing"
    EVACUATED = "evacuated"
    RESCUED = "rescued"
    ARRIVED = "arrived"
    DELIVERED = "delivered"  # aid trucks crossed, entered, delivered
    WON = "won"
    VOTED = "voted"
    DISPLACED = "displaced"
    HELD = "held"  # held, detained, captured, abducted, in captivity
    AFFECTED = "affected"
    ARRESTED = "arrested"


class Modality(str, Enum):
    """Whether the figure reports what happened. Plans are compared only with plans."""

    REPORTED = "reported"
    PLANNED = "planned"  # "are to be freed next week", "the deal calls for"
    CONDITIONAL = "conditional"  # "if the truce holds, 50 more would be freed"
    HYPOTHETICAL = "hypothetical"  # "could reach 1,000"


class Basis(str, Enum):
    """How a claim field got its value."""

    STATED = "stated"  # the text says it; `Known.words` holds the words
    INFERRED = "inferred"  # derived from the text; `Known.words` says from what
    DEFAULTED = "defaulted"  # filled by a rule with no evidence; never establishes identity


R = TypeVar("R")


class cached_value(Generic[R]):  # noqa: N801 - used like functools.cached_property
    """A derived value computed once per (frozen) model and kept in its __dict__; unlike
    functools.cached_property (which takes a lock on every read in Python 3.11), later reads are
    plain attribute hits. The reconciler reads a claim's day millions of times."""

    def __init__(self, fn: Callable[[Any], R]) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, cls: type | None = None) -> cached_value[R]: ...

    @overload
    def __get__(self, obj: object, cls: type | None = None) -> R: ...

    def __get__(self, obj: object | None, cls: type | None = None) -> R | cached_value[R]:
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, ignored_types=(cached_value,))


T = TypeVar("T")


class Known(Strict, Generic[T]):
    """A field value with its provenance."""

    value: T
    basis: Basis = Basis.STATED
    words: str = Field(default="", description="Stated: the words as written; otherwise what it rests on")

    @property
    def stated(self) -> bool:
        return self.basis is Basis.STATED


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
    figure: Decimal | None = Field(default=None, description="The hedged figure as written: 300 in 'more than 300'")

    @classmethod
    def point(cls, value: int | Decimal) -> Interval:
        return _point(Decimal(value))

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

    def exceeds(self, other: Interval) -> bool:
        """True when every number of self is greater than every number of other."""
        if self.lo is None or other.hi is None:
            return False
        return self.lo > other.hi or (self.lo == other.hi and (self.lo_open or other.hi_open))

    def __add__(self, other: Interval) -> Interval:
        if self.is_point and other.is_point and self.lo is not None and other.lo is not None:
            return _point(self.lo + other.lo)
        lo = None if self.lo is None or other.lo is None else self.lo + other.lo
        hi = None if self.hi is None or other.hi is None else self.hi + other.hi
        # Sums of ordered intervals are ordered: no need to validate (hot path in the reconciler).
        return Interval.model_construct(lo=lo, hi=hi, lo_open=self.lo_open or other.lo_open,
                                        hi_open=self.hi_open or other.hi_open, hedge=None, figure=None)

    def __sub__(self, other: Interval) -> Interval:
        lo = None if self.lo is None or other.hi is None else self.lo - other.hi
        hi = None if self.hi is None or other.lo is None else self.hi - other.lo
        return Interval.model_construct(lo=lo, hi=hi, lo_open=self.lo_open or other.hi_open,
                                        hi_open=self.hi_open or other.lo_open, hedge=None, figure=None)

    def __str__(self) -> str:
        return self.text

    @cached_value
    def text(self) -> str:
        """Display form: '697', 'more than 300', 'about 1,800 (1,620–1,980)', '10–12'; cached because
        reports print it often."""
        if self.is_point:
            return fmt_number(self.lo)
        lo = "-∞" if self.lo is None else fmt_number(self.lo)
        hi = "∞" if self.hi is None else fmt_number(self.hi)
        if self.hedge and self.figure is not None:
            words = f"{self.hedge.lower()} {fmt_number(self.figure)}"
            return words if self.lo is None or self.hi is None or self.lo == 0 else f"{words} ({lo}–{hi})"
        if self.lo is not None and self.hi is None:
            return f"{'>' if self.lo_open else '≥'}{lo}"
        if self.hi is not None and self.lo in (None, Decimal(0)):
            return f"{'<' if self.hi_open else '≤'}{hi}"
        return f"{lo}–{hi}"


@lru_cache(maxsize=65536)
def _point(value: Decimal) -> Interval:
    """Shared immutable points: sums of counts repeat the same few values across a batch."""
    return Interval.model_construct(lo=value, hi=value, lo_open=False, hi_open=False, hedge=None, figure=None)


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


class Span(Strict):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Grounding(Strict):
    """Where a claim sits in the article text, computed by our code (never by the model)."""

    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    match: Literal["exact", "normalized", "fuzzy"] = "exact"
    score: int = Field(default=100, ge=0, le=100, description="Match quality, 100 = exact")


YearSource = Literal["stated", "publication", "article", "assumed", "anchor"]


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
    year_source: YearSource | None = Field(default=None, description="Where the year of `resolved` came from")
    year_basis: str | None = Field(default=None, description="How the date was resolved, in words, for the report")


class Counted(Strict):
    """The thing counted, as written: 'Ukrainian prisoners of war' -> head 'prisoner of war'."""

    text: str = Field(description="The noun phrase as written")
    head: str = Field(description="Its head noun, lower case, singular ('prisoner of war', 'truck')")
    modifiers: tuple[str, ...] = Field(default=(), description="Words that narrow it, lower case ('wounded')")
    inherited: bool = Field(default=False, description="Taken from a list's head noun ('four more on Monday')")
    implied: bool = Field(default=False, description="Not written: 'people', implied by the action ('kills 120')")


class Facets(Strict):
    """Sub-groups that are not a side of a swap: nationality, place, group."""

    nationality: str | None = None
    place: str | None = None
    group: str | None = Field(default=None, description="A sub-group: 'women', 'minors', 'defenders of Mariupol'")
    where: str | None = Field(default=None, description="Where it happened, from a locative phrase in the figure's "
                              "clause ('rescued in Drummel'): a figure of one place is a part of the day's, not it")
    separate: bool = Field(default=False, description="The text sets it apart as another incident "
                           "('In a separate accident, two died'): never one quantity with another incident's figure")


class Claim(Strict):
    """One numeric or calendar assertion of an article, with the exact quote it rests on."""

    id: str = Field(description="Stable id: '<article id>/c<n>'")
    article_id: str
    kind: Kind
    value: Interval | None = Field(default=None, description="The figure; None for pure date claims")
    unit: str | None = Field(default=None, description="For measures and durations: '%', 'km', 'years'")
    counted: Counted | None = None
    category: Category = Category.OTHER
    action: Action | None = None
    facets: Facets = Facets()
    side: Known[str] | None = Field(default=None, description="Whose people are counted, e.g. 'ukrainian'")
    scope: Known[Scope] = Known[Scope](value=Scope.UNKNOWN, basis=Basis.DEFAULTED)
    modality: Modality = Modality.REPORTED
    date: Known[DateRef] | None = Field(default=None, description="Day the figure refers to")
    stage: Known[int] | None = Field(default=None, description="Stage/day ordinal the figure belongs to")
    event: Known[str] | None = Field(default=None, description="What event or series the stage is of: 'exchange'")
    final_stage: bool = Field(default=False, description="Text says this stage completes the event")
    per_side: bool = Field(default=False, description="'150 captives each', 'from each side'")
    increment: bool = Field(default=False, description="'another 35', 'a further 20': one more batch, never a whole")
    superseded: bool = Field(default=False, description="'rose from 22', 'up from an earlier figure of six': a value "
                                                        "the text says was replaced, never today's figure")
    period_days: int | None = Field(default=None, ge=1, description="Scope period: how many days/stages")
    since: dt.date | None = Field(default=None, description="Scope since: the start point")
    since_text: str | None = None
    then_value: Decimal | None = Field(default=None, description="Age: the earlier age ('captured at 22')")
    then_year: int | None = Field(default=None, description="Age: year of the earlier age")
    extreme: Literal["youngest", "oldest"] | None = Field(default=None, description="Age of the youngest/oldest")
    headline: bool = Field(default=False, description="The claim is in the article's headline")
    attribution: str | None = Field(default=None, description="Who said it, if the text says")
    figure: Span | None = Field(default=None, description="Offsets of the figure itself (hedge included)")
    grounding: Grounding | None = Field(default=None, description="None means ungrounded")

    @property
    def grounded(self) -> bool:
        return self.grounding is not None

    @property
    def quote(self) -> str:
        return self.grounding.quote if self.grounding else ""

    # Derived values read millions of times by the reconciler are cached on the (frozen) claim;
    # `model_copy` drops them, so a copy with another date never keeps a stale day.
    _CACHED: ClassVar[tuple[str, ...]] = ("day", "day_stated", "day_known")

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Claim:
        copied = super().model_copy(update=update, deep=deep)
        for name in self._CACHED:
            copied.__dict__.pop(name, None)
        return copied

    @cached_value
    def day(self) -> dt.date | None:
        return self.date.value.resolved if self.date else None

    @cached_value
    def day_stated(self) -> bool:
        """Dated by the text itself: a date in the figure's own clause."""
        return self.date is not None and self.date.basis is Basis.STATED and self.day is not None

    @cached_value
    def day_known(self) -> bool:
        """Dated by the text, in its clause or elsewhere (a stage's date, its sentence): not a default."""
        return self.date is not None and self.date.basis is not Basis.DEFAULTED and self.day is not None

    @property
    def label(self) -> str:
        """What is counted, for reports."""
        return self.counted.text if self.counted else (self.unit or "")

    @property
    def figure_type(self) -> str:
        """The kind as editors name it: a count over a period is a total, since a start a cumulative."""
        if self.kind is not Kind.COUNT:
            return str(self.kind.value)
        return str(FIGURE_TYPES.get(self.scope.value, "count"))


class RelationKind(str, Enum):
    """The arithmetic a text states between figures (SPEC, "Relations news states")."""

    BREAKDOWN = "breakdown"  # a whole and its parts: "35 detainees - 20 soldiers, 8 civilians and two medics"
    PERIOD_TOTAL = "period_total"  # per-day figures and a multi-day total
    CHANGE = "change"  # "rose to 1,061 from 1,033", "increased by 100"
    REMAINING = "remaining"  # total - done = left
    COMPLETION = "completion"  # "the fifth group completes the 60"
    RESTATEMENT = "restatement"  # the same quantity stated twice
    SERIES = "series"  # a running total over time, which never falls
    EXCHANGE = "exchange"  # the two sides of a swap: "300 ... in exchange for 300 ..."
    TARGET = "target"  # an agreed size and the stages that fill it
    SHARE = "share"  # a part given as a share of its whole: "40% of the 200 farms, or 80", "half of them, 2,700"


class Role(str, Enum):
    WHOLE = "whole"
    PART = "part"
    FROM = "from"
    TO = "to"
    BY = "by"
    DONE = "done"
    LEFT = "left"
    SAME = "same"
    SIDE = "side"  # one side of an exchange
    TARGET = "target"
    RATE = "rate"  # the percentage of a share ("40% of the 200") or of a change ("rose 8% to 54 from 50")


class Member(Strict):
    claim: str = Field(description="Claim id")
    role: Role


class Relation(Strict):
    """A typed, grounded relation between claims of one article (or, for batch checks, several).

    `basis` is STATED when cue words in the text tie the figures ("comprising", "bringing the total to",
    "rose ... from"), INFERRED when the reconciler built it from typed fields (dated per-day figures and
    a stated multi-day total). `exhaustive` says whether the listed parts are all of the whole ("=") or
    some of it ("<="); `overlap` that the parts may count the same people twice ("women and minors").
    A share or a change may state its ratio: a percentage claim in the RATE role ("40% of the 200 farms,
    or 80"; "rose 8% to 54 billion from 50 billion") or a word in `factor` ("half of them", "doubled").
    """

    id: str
    article_id: str
    kind: RelationKind
    members: tuple[Member, ...]
    exhaustive: bool | None = None
    overlap: bool = False
    direction: Literal["up", "down"] | None = Field(default=None, description="Change: 'rose' up, 'fell' down")
    factor: Interval | None = Field(
        default=None, description="A share or multiple the text states in words, hedged as written: 0.5 for "
        "'half of them', 2 for 'doubled' or 'twice the', 'nearly twice' below 2; the new figure (or the part) "
        "is this times the earlier one (or the whole)")
    cues: tuple[str, ...] = Field(default=(), description="The cue words as written")
    basis: Basis = Basis.STATED
    grounding: Grounding | None = Field(default=None, description="The text that states the relation")

    def claims(self, role: Role | None = None) -> list[str]:
        return [m.claim for m in self.members if role is None or m.role is role]


class EventMark(Strict):
    """A name or agreed size the text gives the happening it reports ('agreed in Geneva', '1,000-for-1,000')."""

    kind: Literal["named", "size"]
    key: str = Field(description="Normalised: lower case, no accents, no thousands separators")
    words: str = Field(description="As written")


class DocumentFacts(Strict):
    """What resolution decided once for a whole article; the reconciler reads it, never recomputes it."""

    reported_day: Known[dt.date] | None = Field(default=None, description="The day the article reports")
    main_side: Known[str] | None = Field(default=None, description="The side most of its figures count")
    sides: tuple[str, ...] = Field(default=(), description="Sides its figures name, most named first")
    swap_declared: Known[str] | None = Field(
        default=None, description="The text declares an N-for-N exchange ('1,000-for-1,000', '90 each')")
    year: Known[int] | None = Field(default=None, description="Year of dates that state none")
    event_marks: tuple[EventMark, ...] | None = Field(
        default=None, description="Names and agreed sizes the text gives its event; None: not read yet")


def claim_order(kind: Kind, start: int, end: int) -> tuple[int, int, int]:
    """Claims are numbered by where their figure starts (then ends, then kind): the same order for
    every extractor and answer format, so a claim keeps its id on any road."""
    return start, end, list(Kind).index(kind)


FIGURE_TYPES: dict[Scope, str] = {Scope.PERIOD: "total", Scope.SINCE: "cumulative", Scope.STOCK: "remaining"}


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
    relations: list[Relation] = Field(default_factory=list)
    ungrounded: list[UngroundedClaim] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list)
    rejected: list[RejectedClaim] = Field(default_factory=list)
    partial: str | None = Field(default=None, description="Why only part of the article was extracted")
