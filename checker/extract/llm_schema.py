"""What the LLM answers (`ClaimDraft`, `ArticleClaims`) and how an answer becomes typed claims.

The model never computes offsets: it copies a quote and `Grounder` places it. Grounding runs inside
pydantic validation, so a quote the article does not contain fails validation with an error naming
it, and instructor re-asks with that error. The article text reaches the validator either as pydantic
validation context (`{"grounding": GroundingSpec(...)}`) or through `grounding_against(...)`, a
ContextVar: the extractor uses the latter because instructor renders every message as a Jinja
template whenever it is given a context, and article text must reach the model byte for byte.
"""

from __future__ import annotations

import contextvars
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)

from checker.claims import (
    Article,
    Basis,
    Category,
    Claim,
    Counted,
    DateRef,
    Extraction,
    Facets,
    Grounding,
    Interval,
    Known,
    RejectedClaim,
    Scope,
    UngroundedClaim,
)
from checker.claims import Kind as ModelKind
from checker.dates import WEEKDAYS
from checker.ground import Grounder
from checker.numbers import HEDGES, hedged


class Kind(str, Enum):
    """TEMPORARY BRIDGE (branch audit only; the lead's rewrite of this file replaces it): the old
    response format's kinds, mapped onto the new claim model by `_bridge` below, so that the LLM
    path imports and runs while the new response format is written."""

    COUNT = "count"
    TOTAL = "total"
    CUMULATIVE = "cumulative"
    TARGET = "target"
    ORDINAL = "ordinal"
    SUBSET = "subset"
    COUNTERPART = "counterpart"
    AGE = "age"
    DURATION = "duration"
    DATE = "date"


_MODEL_KIND = {Kind.TARGET: ModelKind.TARGET, Kind.ORDINAL: ModelKind.ORDINAL, Kind.AGE: ModelKind.AGE,
               Kind.DURATION: ModelKind.DURATION, Kind.DATE: ModelKind.DATE}
_SCOPE = {Kind.COUNT: Scope.DAY, Kind.TOTAL: Scope.PERIOD, Kind.CUMULATIVE: Scope.SINCE,
          Kind.SUBSET: Scope.DAY, Kind.COUNTERPART: Scope.DAY}

# Kinds whose value counts something (people, stages): a fraction there is a misread, not a fact.
WHOLE_NUMBER_KINDS = frozenset(
    {Kind.COUNT, Kind.TOTAL, Kind.CUMULATIVE, Kind.TARGET, Kind.SUBSET, Kind.COUNTERPART, Kind.ORDINAL}
)
Unit = Literal["people", "years", "days", "months", "stage", "other"]
DEFAULT_UNIT: dict[Kind, Unit] = {Kind.AGE: "years", Kind.DURATION: "years", Kind.ORDINAL: "stage",
                                 Kind.DATE: "other"}
_SEPARATORS = str.maketrans("", "", ",_ '\u00a0\u202f\u2009")


def _number(v: Any) -> Any:
    """Digits as Decimal, never float: '6,922' and 6922 both read as Decimal('6922').

    JSON numbers arrive as int or float; a float is re-read from its shortest repr (what the model
    wrote), so 4.5 stays Decimal('4.5') without binary noise.
    """
    if v is None or isinstance(v, Decimal):
        return v
    if isinstance(v, bool):
        raise ValueError("expected a number, got a boolean")
    if isinstance(v, int):
        return Decimal(v)
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            raise ValueError("expected a finite number")
        return Decimal(repr(v))
    if isinstance(v, str):
        s = v.strip().translate(_SEPARATORS)
        try:
            d = Decimal(s)
        except InvalidOperation:
            d = None
        if d is None or not d.is_finite():
            raise ValueError(f"{v!r} is not a number written in digits; write it as digits, e.g. 300")
        return d
    raise ValueError(f"expected a number, got {type(v).__name__}")


Number = Annotated[Decimal, BeforeValidator(_number), WithJsonSchema({"type": "number"})]
Weekday = Literal["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _weekday(v: Any) -> Any:
    return v.strip().capitalize() if isinstance(v, str) else v


class Draft(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RangeDraft(Draft):
    """A hedged or ranged figure: 'more than 300' is {"lo": 300, "hedge": "more than"}."""

    lo: Number | None = Field(default=None, description="Lower figure as written, digits only")
    hi: Number | None = Field(default=None, description="Upper figure as written, digits only")
    hedge: str | None = Field(
        default=None, description="Hedge words exactly as written: 'more than', 'nearly', 'about', 'at least'"
    )

    @model_validator(mode="after")
    def _has_bound(self) -> RangeDraft:
        if self.lo is None and self.hi is None:
            raise ValueError("a range needs lo or hi")
        if self.lo is not None and self.hi is not None and self.lo > self.hi:
            raise ValueError(f"lo {self.lo} is greater than hi {self.hi}")
        return self


class DateDraft(Draft):
    """A date the figure refers to, as the text gives it; the checker resolves it to a calendar day."""

    text: str = Field(min_length=1, description="The date words exactly as written, e.g. 'Friday, May 23'")
    month: int | None = Field(default=None, ge=1, le=12, description="Month number if the text names it")
    day: int | None = Field(default=None, ge=1, le=31, description="Day of month if the text gives it")
    year: int | None = Field(default=None, description="Only when the text states the year")
    weekday: Annotated[Weekday | None, BeforeValidator(_weekday)] = Field(
        default=None, description="Weekday name if the text names one"
    )
    relative_days: int | None = Field(
        default=None, description="For relative dates: -1 'the previous day', 0 'today', 1 'the next day'"
    )


class ClaimDraft(Draft):
    """One numeric or calendar claim, with the exact words of the article it rests on."""

    kind: Kind = Field(description="What the claim asserts")
    value: RangeDraft | Number | None = Field(
        default=None,
        description="The figure in digits ('Three hundred' -> 300); a range object when hedged; "
        "null only for date claims",
    )
    unit: Unit | None = Field(default=None, description="What the value measures; default by kind")
    category: Category = Field(default=Category.PEOPLE, description="What is counted")
    party: str | None = Field(default=None, description="Whose people, lower case: 'ukrainian', 'russian'")
    event: str | None = Field(default=None, description="Short event key, e.g. 'exchange'")
    stage: int | None = Field(default=None, ge=1, description="Stage or day number the figure belongs to")
    final_stage: bool = Field(default=False, description="True only if the text says this completes it")
    date: DateDraft | None = Field(default=None, description="The day the figure refers to, if stated")
    period_days: int | None = Field(default=None, ge=1, description="Totals: over how many days/stages")
    since_text: str | None = Field(default=None, description="Cumulative/duration start as written")
    then_value: Number | None = Field(default=None, description="Age claims: the earlier age ('at 22')")
    then_year: int | None = Field(default=None, description="Age claims: the year of the earlier age")
    label: str | None = Field(default=None, description="What is counted, as written")
    whole_hint: str | None = Field(default=None, description="Subset claims: what it is part of")
    attribution: str | None = Field(default=None, description="Who said it, if the text says")
    quote: str = Field(
        min_length=1,
        description="The sentence or clause stating the claim, copied character for character from "
        "the article; must contain the figure",
    )

    @model_validator(mode="after")
    def _coherent(self) -> ClaimDraft:
        if self.kind is Kind.DATE:
            if self.date is None:
                raise ValueError("a date claim needs a date object")
        elif self.value is None and not (self.kind is Kind.ORDINAL and self.stage is not None):
            raise ValueError(f"a {self.kind.value} claim needs a value")
        if self.kind in WHOLE_NUMBER_KINDS:
            for x in _figures(self.value):
                if x != x.to_integral_value():
                    raise ValueError(f"a {self.kind.value} is a whole number; got {x}")
        return self


def _figures(value: RangeDraft | Decimal | None) -> list[Decimal]:
    if value is None:
        return []
    if isinstance(value, RangeDraft):
        return [x for x in (value.lo, value.hi) if x is not None]
    return [value]


@dataclass(frozen=True)
class GroundingSpec:
    """Where validation must find quotes: the full article text, a hint near the chunk, a threshold."""

    text: str
    near: int | None = None
    fuzzy_threshold: int = 90


_ACTIVE: contextvars.ContextVar[GroundingSpec | None] = contextvars.ContextVar("grounding", default=None)


@contextmanager
def grounding_against(spec: GroundingSpec) -> Iterator[None]:
    """Require every quote validated in this (async) context to be placeable in `spec.text`."""
    token = _ACTIVE.set(spec)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


class ArticleClaims(Draft):
    """Every numeric and calendar claim in the article text, in reading order."""

    claims: list[ClaimDraft] = Field(description="All claims; an empty list if there are none")

    @model_validator(mode="after")
    def _quotes_in_article(self, info: ValidationInfo) -> ArticleClaims:
        spec = (info.context or {}).get("grounding") or _ACTIVE.get()
        if spec is None:
            return self
        missing = [
            f"claims[{i}].quote {d.quote!r}"
            for i, (d, g) in enumerate(zip(self.claims, place_all(self.claims, spec), strict=True))
            if g is None
        ]
        if missing:
            raise ValueError(
                "not found in the article: " + "; ".join(missing)
                + ". Copy each quote character for character from the article text, or leave that claim out."
            )
        return self


def place_all(drafts: list[ClaimDraft], spec: GroundingSpec) -> list[Grounding | None]:
    """Ground drafts in order with a fresh Grounder, so repeated quotes take successive occurrences."""
    grounder = Grounder(spec.text, fuzzy_threshold=spec.fuzzy_threshold)
    return [grounder.place(d.quote, near=spec.near) for d in drafts]


@dataclass(frozen=True)
class LenientParse:
    """A model answer read claim by claim: the valid drafts, the invalid claims with their validation
    errors, and `unusable` when the answer as a whole could not be read (not JSON, no claims list)."""

    drafts: list[ClaimDraft]
    invalid: list[tuple[str | None, str | None, str]]  # (kind, quote, reason) as the model gave them
    unusable: str | None = None


def parse_leniently(raw: str) -> LenientParse:
    """Drafts from a model answer without the grounding requirement, claim by claim.

    Used for the answer that still failed after the re-asks: each well-formed claim survives (and is
    reported ungrounded if its quote is not in the text); each malformed one is rejected with its error.
    """
    try:
        return LenientParse(ArticleClaims.model_validate_json(raw).claims, [])
    except ValidationError:
        pass
    try:
        data = json.loads(raw, strict=False)  # tolerate raw newlines inside strings, as small models write
    except json.JSONDecodeError as e:
        return LenientParse([], [], f"model answer is not JSON ({e.msg} at char {e.pos}): {raw[:120]!r}")
    items = data.get("claims") if isinstance(data, dict) else data
    if not isinstance(items, list):
        return LenientParse([], [], f"model answer has no 'claims' list: {raw[:120]!r}")
    drafts: list[ClaimDraft] = []
    invalid: list[tuple[str | None, str | None, str]] = []
    for i, item in enumerate(items):
        try:
            drafts.append(ClaimDraft.model_validate(item))
        except ValidationError as e:
            given = item if isinstance(item, dict) else {}
            invalid.append((_text_or_none(given.get("kind")), _text_or_none(given.get("quote")),
                            f"claims[{i}]: {_brief(e)}"))
    return LenientParse(drafts, invalid)


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _brief(e: ValidationError) -> str:
    return "; ".join(f"{'.'.join(map(str, err['loc'])) or 'claim'}: {err['msg']}" for err in e.errors())


@dataclass(frozen=True)
class ChunkAnswer:
    """The model's raw answer for one chunk of an article (what the cache stores).

    `grounded` is False when the answer still failed grounding after the re-asks; `note` says why.
    """

    start: int
    end: int
    raw: str
    grounded: bool = True
    reasks: int = 0
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "raw": self.raw, "grounded": self.grounded,
                "reasks": self.reasks, "note": self.note}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ChunkAnswer:
        return cls(start=d["start"], end=d["end"], raw=d["raw"], grounded=d["grounded"],
                   reasks=d.get("reasks", 0), note=d.get("note"))


def build_extraction(
    article: Article, answers: list[ChunkAnswer], extractor: str, *, fuzzy_threshold: int = 90
) -> Extraction:
    """Ground every chunk's drafts against the full text, de-duplicate by (kind, start, end), number them.

    Claims are numbered in text order so ids are stable across runs and chunkings. An invalid claim is
    rejected (reported, never used) and the rest of the answer kept. A chunk whose answer cannot be
    read at all leaves the article partial; when no chunk can be read, the article is an error.
    """
    placed: dict[tuple[Kind, int, int], tuple[ClaimDraft, Grounding]] = {}
    ungrounded: dict[tuple[Kind, str], UngroundedClaim] = {}
    rejected: list[RejectedClaim] = []
    unusable: list[str] = []
    many = len(answers) > 1
    for ans in answers:
        where = f"chars {ans.start}-{ans.end}: " if many else ""
        parsed = parse_leniently(ans.raw)
        if parsed.unusable is not None:
            unusable.append(where + parsed.unusable)
        still = f", still after {ans.reasks} re-ask(s)" if ans.reasks else ""
        rejected += [RejectedClaim(article_id=article.id, kind=kind, quote=quote, reason=where + reason + still)
                     for kind, quote, reason in parsed.invalid]
        drafts = parsed.drafts
        spec = GroundingSpec(article.text, near=ans.start, fuzzy_threshold=fuzzy_threshold)
        for draft, g in zip(drafts, place_all(drafts, spec), strict=True):
            if g is None:
                reason = "quote not found in the article text"
                if ans.reasks:
                    reason += f", still after {ans.reasks} re-ask(s)"
                ungrounded.setdefault((draft.kind, draft.quote), UngroundedClaim(
                    article_id=article.id, kind=_MODEL_KIND.get(draft.kind, ModelKind.COUNT), quote=draft.quote,
                    reason=reason))
            else:
                placed.setdefault((draft.kind, g.start, g.end), (draft, g))
    claims: list[Claim] = []
    for (kind, start, end), (draft, g) in sorted(placed.items(), key=lambda kv: (kv[0][1], kv[0][2],
                                                                                  kv[0][0].value)):
        try:
            claims.append(to_claim(draft, g, f"{article.id}/c{len(claims) + 1}", article.id))
        except (ValidationError, ValueError) as e:
            rejected.append(RejectedClaim(article_id=article.id, kind=kind.value, quote=g.quote,
                                          reason=f"chars {start}-{end}: {' '.join(str(e).split())}"))
    answered = len(answers) - len(unusable)
    return Extraction(
        article_id=article.id, extractor=extractor, claims=claims, ungrounded=list(ungrounded.values()),
        rejected=rejected,
        errors=[f"{article.id}: {p}" for p in unusable] if answers and not answered else [],
        partial=f"{len(unusable)} of {len(answers)} parts unreadable: " + "; ".join(unusable)
        if unusable and answered else None)


def to_claim(d: ClaimDraft, g: Grounding, claim_id: str, article_id: str) -> Claim:
    """A grounded draft as a `Claim`; dates stay unresolved (the pipeline resolves them later)."""
    value = _interval(d)
    if value is None and d.kind is Kind.ORDINAL and d.stage is not None:
        value = Interval.point(d.stage)
    date = None
    if d.date is not None:
        date = DateRef(text=d.date.text, month=d.date.month, day=d.date.day, year=d.date.year,
                       relative_days=d.date.relative_days,
                       weekday=None if d.date.weekday is None else WEEKDAYS[d.date.weekday.lower()])
    return _bridge(d, g, claim_id, article_id, value, date)


def _bridge(d: ClaimDraft, g: Grounding, claim_id: str, article_id: str, value: Interval | None,
            date: DateRef | None) -> Claim:
    """TEMPORARY BRIDGE: an old-format draft as a new-model claim (what the model said is 'stated')."""
    said = f"model's answer: kind {d.kind.value}"
    scope = _SCOPE.get(d.kind)
    label = d.label or (d.category.value if d.kind in _SCOPE else None)
    return Claim(
        id=claim_id, article_id=article_id, kind=_MODEL_KIND.get(d.kind, ModelKind.COUNT), value=value,
        unit=d.unit or DEFAULT_UNIT.get(d.kind, "people"), category=d.category,
        counted=Counted(text=label, head=label.lower().split()[-1]) if label else None,
        facets=Facets(group=d.label) if d.kind is Kind.SUBSET and d.label else Facets(),
        side=Known[str](value=d.party.lower(), words=d.party) if d.party else None,
        scope=Known[Scope](value=scope, basis=Basis.INFERRED, words=said) if scope else
        Known[Scope](value=Scope.UNKNOWN, basis=Basis.DEFAULTED),
        event=Known[str](value=d.event, words=d.event) if d.event else None,
        stage=Known[int](value=d.stage, basis=Basis.INFERRED, words=said) if d.stage else None,
        date=Known[DateRef](value=date, words=date.text) if date else None,
        final_stage=d.final_stage, period_days=d.period_days, since_text=d.since_text,
        then_value=d.then_value, then_year=d.then_year, attribution=d.attribution, grounding=g,
        per_side=d.kind is Kind.TARGET,
    )


def _interval(d: ClaimDraft) -> Interval | None:
    """The claim's figure; a known hedge is read exactly as the rule extractor reads it."""
    v = d.value
    if v is None:
        return None
    if not isinstance(v, RangeDraft):
        return Interval.point(v)
    hedge = v.hedge.strip() if v.hedge else None
    one_figure = v.lo is None or v.hi is None or v.lo == v.hi
    if hedge and hedge.lower() in HEDGES and one_figure:
        figure = v.lo if v.lo is not None else v.hi
        assert figure is not None  # RangeDraft guarantees a bound
        return hedged(figure, hedge, integer=d.kind in WHOLE_NUMBER_KINDS)
    return Interval(lo=v.lo, hi=v.hi, hedge=hedge)
