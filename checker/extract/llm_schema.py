"""What the LLM answers (`ClaimDraft`, `RelationDraft`, `ArticleAnswer`) and how an answer becomes
typed claims and relations.

The answer format expresses everything the claim and relation models hold (what is counted, the
action, the side and whether the text states it, the time scope, the modality, the date and what a
relative date counts from, the stage, and the relations between figures), so any extractor's output
can be written in it and read back unchanged (`checker.extract.llm_answer`, tested as a property).

The model never computes offsets: it copies a quote (and the figure as written) and `Grounder`
places it. Grounding runs inside pydantic validation, so a quote the article does not contain fails
validation with an error naming it, and instructor re-asks with that error. The article text reaches
the validator either as pydantic validation context (`{"grounding": GroundingSpec(...)}`) or through
`grounding_against(...)`, a ContextVar: the extractor uses the latter because instructor renders
every message as a Jinja template whenever it is given a context, and article text must reach the
model byte for byte.
"""

from __future__ import annotations

import contextvars
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
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
    Action,
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
    Kind,
    Known,
    Member,
    Modality,
    RejectedClaim,
    Relation,
    RelationKind,
    Role,
    Scope,
    Span,
    UngroundedClaim,
    claim_order,
)
from checker.dates import WEEKDAYS
from checker.ground import Grounder
from checker.numbers import hedged
from checker.vocab import HEDGES

# Kinds whose value counts something: a fraction there is a misread, not a fact.
WHOLE_NUMBER_KINDS = frozenset({Kind.COUNT, Kind.TARGET, Kind.ORDINAL})
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
Told = Literal["stated", "inferred", "defaulted"]


def _weekday(v: Any) -> Any:
    return v.strip().capitalize() if isinstance(v, str) else v


class Draft(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RangeDraft(Draft):
    """A hedged or ranged figure: 'more than 300' is {"lo": 300, "hedge": "more than"}."""

    lo: Number | None = Field(default=None, description="Lower figure as written, digits only")
    hi: Number | None = Field(default=None, description="Upper figure as written, digits only")
    hedge: str | None = Field(
        default=None, description="Hedge words exactly as written: 'more than', 'nearly', 'about', 'between'"
    )

    @model_validator(mode="after")
    def _has_bound(self) -> RangeDraft:
        if self.lo is None and self.hi is None:
            raise ValueError("a range needs lo or hi")
        if self.lo is not None and self.hi is not None and self.lo > self.hi:
            raise ValueError(f"lo {self.lo} is greater than hi {self.hi}")
        return self


class DayDraft(Draft):
    """A date as the text gives it; the checker resolves it to a calendar day."""

    text: str = Field(min_length=1, description="The date words exactly as written, e.g. 'Friday, May 23'")
    month: int | None = Field(default=None, ge=1, le=12, description="Month number if the text names it")
    day: int | None = Field(default=None, ge=1, le=31, description="Day of month if the text gives it")
    year: int | None = Field(default=None, description="Only when the text states the year")
    weekday: Annotated[Weekday | None, BeforeValidator(_weekday)] = Field(
        default=None, description="Weekday name if the text names one")


class DateDraft(DayDraft):
    """The day a figure refers to."""

    relative_days: int | None = Field(
        default=None, description="For relative dates: -1 'the previous day', 0 'today', 1 'the next day'")
    relative_to: DayDraft | None = Field(
        default=None, description="For 'a day later' and the like: the date named before it that it counts from")
    told: Told = Field(default="stated", description="stated: the date stands in the figure's own clause")
    words: str = Field(default="", description="What the date rests on when not in the figure's clause")


class KnownDraft(Draft):
    """A value and how the text gives it."""

    told: Told = Field(default="stated", description="stated (the words say it), inferred (from what: `words`)")
    words: str = Field(default="", description="The words as written, or what it was inferred from")


class SideDraft(KnownDraft):
    value: str = Field(min_length=1, description="Whose people are counted, lower case: 'ukrainian'")


class ScopeDraft(KnownDraft):
    value: Scope = Field(description="day, period ('over the past two days'), since ('since the war began', "
                                     "a death toll), stock ('remain', 'still held'), unknown")


class StageDraft(KnownDraft):
    value: int = Field(ge=1, description="The stage, day or round number")


class EventDraft(KnownDraft):
    value: str = Field(min_length=1, description="What the stage series counts: 'exchange', 'day'")


class CountedDraft(Draft):
    """What is counted, as written."""

    text: str = Field(min_length=1, description="The noun phrase as written: 'Ukrainian prisoners of war'")
    head: str = Field(min_length=1, description="Its head noun, lower case, singular: 'prisoner of war'")
    modifiers: list[str] = Field(default_factory=list, description="Words that narrow it: 'wounded', 'female'")
    inherited: bool = Field(default=False, description="Taken from a list's noun ('four more on Monday')")
    implied: bool = Field(default=False, description="Not written but implied by the action: 'kills 120' -> people")


class FacetsDraft(Draft):
    nationality: str | None = None
    place: str | None = None
    group: str | None = Field(default=None, description="A sub-group: 'defenders of Mariupol'")
    where: str | None = Field(default=None, description="Where it happened, as written ('rescued in Drummel')")
    separate: bool = Field(default=False, description="Set apart as another incident ('In a separate accident')")


class ClaimDraft(Draft):
    """One figure or date of the article, with the exact words it rests on."""

    ref: str = Field(default="", description="A short id of your choice ('c1') that relations cite")
    kind: Kind = Field(description="count, target (agreed size), ordinal, age, duration, measure, date")
    value: RangeDraft | Number | None = Field(
        default=None, description="The figure in digits ('Three hundred' -> 300); a range object when hedged; "
        "null only for date claims")
    figure: str | None = Field(default=None, description="The figure exactly as written, hedge included: "
                                                         "'more than 300', 'Three hundred'")
    occurrence: int = Field(default=1, ge=1, description="Which occurrence of `figure` in the quote it is")
    unit: str | None = Field(default=None, description="Measures and durations: '%', 'km', 'years'")
    counted: CountedDraft | None = None
    category: Category = Field(default=Category.OTHER, description="What is counted, coarsely")
    action: Action | None = Field(default=None, description="What happened to what is counted")
    facets: FacetsDraft | None = None
    side: SideDraft | None = None
    scope: ScopeDraft | None = None
    modality: Modality = Modality.REPORTED
    date: DateDraft | None = Field(default=None, description="The day the figure refers to, if the text gives it")
    stage: StageDraft | None = None
    event: EventDraft | None = None
    final_stage: bool = Field(default=False, description="True only if the text says this completes it")
    per_side: bool = Field(default=False, description="'150 captives each', 'from each side', '1,000-for-1,000'")
    increment: bool = Field(default=False, description="'another 35', 'a further 20': one more batch, not a total")
    superseded: bool = Field(default=False, description="'rose from 22', 'up from an earlier figure of six': the "
                                                        "value before a change, which the text says was replaced")
    period_days: int | None = Field(default=None, ge=1, description="Scope period: over how many days")
    since_text: str | None = Field(default=None, description="Scope since: the start point as written")
    then_value: Number | None = Field(default=None, description="Age claims: the earlier age ('at 22')")
    then_year: int | None = Field(default=None, description="Age claims: the year of the earlier age")
    extreme: Literal["youngest", "oldest"] | None = None
    headline: bool = Field(default=False, description="The figure is in the headline")
    attribution: str | None = Field(default=None, description="Who said it, if the text says")
    quote: str = Field(min_length=1, description="The sentence or clause stating the claim, copied character "
                                                 "for character from the article; must contain the figure")

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


class MemberDraft(Draft):
    ref: str = Field(min_length=1, description="The `ref` of a claim of this answer")
    role: Role


class RelationDraft(Draft):
    """Arithmetic the text states between figures: a breakdown, a change, an exchange ..."""

    kind: RelationKind
    members: list[MemberDraft] = Field(min_length=2)
    exhaustive: bool | None = Field(default=None, description="Breakdowns: the parts are all of the whole "
                                                              "('comprising', a dash list) or some ('including')")
    overlap: bool = Field(default=False, description="The parts may count the same people twice")
    direction: Literal["up", "down"] | None = Field(default=None, description="Changes: 'rose' up, 'fell' down")
    factor: RangeDraft | Number | None = Field(
        default=None,
        description="A share or multiple in words: 'half of' 0.5, 'doubled' 2; a range object when hedged")
    cues: list[str] = Field(default_factory=list, description="The words that state the relation, as written")
    told: Literal["stated", "inferred"] = "stated"
    quote: str = Field(min_length=1, description="The text that states the relation, copied verbatim")


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


class ArticleAnswer(Draft):
    """Every figure and date of the article in reading order, and the relations the text states."""

    claims: list[ClaimDraft] = Field(description="All claims; an empty list if there are none")
    relations: list[RelationDraft] = Field(default_factory=list, description="Relations between claims")

    @model_validator(mode="after")
    def _quotes_in_article(self, info: ValidationInfo) -> ArticleAnswer:
        refs = [c.ref for c in self.claims if c.ref]
        dangling = [f"relations[{i}] cites {m.ref!r}" for i, r in enumerate(self.relations) for m in r.members
                    if m.ref not in refs]
        if dangling:
            raise ValueError("unknown claim refs: " + "; ".join(dangling) + ". Give each claim a ref and cite it.")
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


ArticleClaims = ArticleAnswer  # the name the extractor and prompts have used since v1


def place_all(drafts: list[ClaimDraft], spec: GroundingSpec) -> list[Grounding | None]:
    """Ground drafts in order. Claims of one sentence share its quote, so a quote is placed where the
    claim's figure is not yet taken: the same quote moves to a later occurrence only when the text
    repeats the sentence. A quote found nowhere verbatim is placed fuzzily, or not at all."""
    grounder = Grounder(spec.text, fuzzy_threshold=spec.fuzzy_threshold)
    taken: set[tuple[Kind, int]] = set()  # (kind, where a figure ends): "more than 1" and "1" end alike
    out: list[Grounding | None] = []
    for d in drafts:
        options = grounder.occurrences(d.quote, near=spec.near)
        if not options:
            out.append(grounder.place(d.quote, near=spec.near))
            continue
        keys = [(d.kind, figure_span(d, g).end) for g in options]
        pick = next((i for i, key in enumerate(keys) if key not in taken), 0)
        taken.add(keys[pick])
        out.append(options[pick])
    return out


@dataclass(frozen=True)
class LenientParse:
    """A model answer read item by item: the valid claim and relation drafts, the invalid ones with
    their validation errors, and `unusable` when the answer as a whole could not be read."""

    drafts: list[ClaimDraft]
    invalid: list[tuple[str | None, str | None, str]]  # (kind, quote, reason) as the model gave them
    unusable: str | None = None
    relations: list[RelationDraft] = field(default_factory=list)


def parse_leniently(raw: str) -> LenientParse:
    """Drafts from a model answer without the grounding requirement, item by item.

    Used for every stored answer: each well-formed claim survives (and is reported ungrounded if its
    quote is not in the text); each malformed claim or relation is rejected with its error.
    """
    try:
        whole = ArticleAnswer.model_validate_json(raw)
        return LenientParse(whole.claims, [], relations=whole.relations)
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
    relations: list[RelationDraft] = []
    raw_relations = data.get("relations") if isinstance(data, dict) else None
    for i, item in enumerate(raw_relations if isinstance(raw_relations, list) else []):
        try:
            relations.append(RelationDraft.model_validate(item))
        except ValidationError as e:
            given = item if isinstance(item, dict) else {}
            invalid.append(("relation", _text_or_none(given.get("quote")), f"relations[{i}]: {_brief(e)}"))
    return LenientParse(drafts, invalid, relations=relations)


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
    """Ground every chunk's drafts against the full text, de-duplicate by (kind, figure span), number
    them in text order, and turn their relations into relations between the numbered claims.

    Claims are numbered in text order so ids are stable across runs and chunkings. An invalid claim is
    rejected (reported, never used) and the rest of the answer kept; a relation citing a claim that
    did not survive is dropped with it. A chunk whose answer cannot be read at all leaves the article
    partial; when no chunk can be read, the article is an error.
    """
    acc = _Accumulator(article, fuzzy_threshold)
    for ans in answers:
        acc.add(ans)
    return acc.extraction(extractor, len(answers))


FigureKey = tuple[Kind, int, int]


class _Accumulator:
    """Claims and relations gathered over the chunks of one article."""

    def __init__(self, article: Article, fuzzy_threshold: int) -> None:
        self.article = article
        self.fuzzy = fuzzy_threshold
        self.placed: dict[FigureKey, tuple[ClaimDraft, Grounding, Span]] = {}
        self.ungrounded: dict[tuple[Kind, str], UngroundedClaim] = {}
        self.rejected: list[RejectedClaim] = []
        self.unusable: list[str] = []
        self.relations: list[tuple[RelationDraft, dict[str, FigureKey], int]] = []
        self.many = False

    def add(self, ans: ChunkAnswer) -> None:
        article = self.article
        where = f"chars {ans.start}-{ans.end}: " if self.many or ans.start or ans.end < len(article.text) else ""
        parsed = parse_leniently(ans.raw)
        if parsed.unusable is not None:
            self.unusable.append(where + parsed.unusable)
        still = f", still after {ans.reasks} re-ask(s)" if ans.reasks else ""
        self.rejected += [RejectedClaim(article_id=article.id, kind=kind, quote=quote, reason=where + reason + still)
                          for kind, quote, reason in parsed.invalid]
        spec = GroundingSpec(article.text, near=ans.start, fuzzy_threshold=self.fuzzy)
        refs: dict[str, FigureKey] = {}
        for draft, g in zip(parsed.drafts, place_all(parsed.drafts, spec), strict=True):
            if g is None:
                reason = "quote not found in the article text" + still
                self.ungrounded.setdefault((draft.kind, draft.quote), UngroundedClaim(
                    article_id=article.id, kind=draft.kind, quote=draft.quote, reason=reason))
                continue
            span = figure_span(draft, g)
            key = (draft.kind, span.start, span.end)
            self.placed.setdefault(key, (draft, g, span))
            if draft.ref:
                refs[draft.ref] = key
        self.relations += [(r, refs, ans.start) for r in parsed.relations]

    def extraction(self, extractor: str, n_answers: int) -> Extraction:
        article = self.article
        claims: list[Claim] = []
        ids: dict[FigureKey, str] = {}
        for key in sorted(self.placed, key=lambda k: claim_order(*k)):
            draft, g, span = self.placed[key]
            cid = f"{article.id}/c{len(claims) + 1}"
            try:
                claims.append(to_claim(draft, g, span, cid, article.id))
                ids[key] = cid
            except (ValidationError, ValueError) as e:
                self.rejected.append(RejectedClaim(article_id=article.id, kind=key[0].value, quote=g.quote,
                                                   reason=f"chars {g.start}-{g.end}: {' '.join(str(e).split())}"))
        relations = self._relations(ids)
        answered = n_answers - len(self.unusable)
        return Extraction(
            article_id=article.id, extractor=extractor, claims=claims, relations=relations,
            ungrounded=list(self.ungrounded.values()), rejected=self.rejected,
            errors=[f"{article.id}: {p}" for p in self.unusable] if n_answers and not answered else [],
            partial=f"{len(self.unusable)} of {n_answers} parts unreadable: " + "; ".join(self.unusable)
            if self.unusable and answered else None)

    def _relations(self, ids: dict[FigureKey, str]) -> list[Relation]:
        out: list[Relation] = []
        seen: set[tuple[RelationKind, tuple[tuple[str, Role], ...]]] = set()
        grounder = Grounder(self.article.text, fuzzy_threshold=self.fuzzy)
        for draft, refs, near in self.relations:
            members = [(ids.get(refs.get(m.ref, (Kind.DATE, -1, -1))), m.role) for m in draft.members]
            if any(cid is None for cid, _role in members):
                continue  # a member did not survive: the relation goes with it
            key = (draft.kind, tuple((str(cid), role) for cid, role in members))
            if key in seen:
                continue
            seen.add(key)
            spans = [self.placed[k][2] for k in (refs[m.ref] for m in draft.members)]
            out.append(to_relation(draft, [(str(cid), role) for cid, role in members],
                                   _place_relation(grounder, draft.quote, spans, near),
                                   f"{self.article.id}/r{len(out) + 1}", self.article.id))
        return out


def _place_relation(grounder: Grounder, quote: str, spans: list[Span], near: int) -> Grounding | None:
    """A relation's quote where its figures are (a repeated sentence has several places)."""
    first = min(s.start for s in spans)
    for g in grounder.occurrences(quote):
        if g.start <= first < g.end:
            return g
    return grounder.place(quote, near=near)


def figure_span(draft: ClaimDraft, g: Grounding) -> Span:
    """Where the figure stands: its written form inside the quote (the n-th occurrence), else the
    value's digits, else the whole quote."""
    quote = g.quote
    for needle in _figure_needles(draft):
        at = _nth(quote, needle, draft.occurrence) if needle else -1
        if at == -1 and needle:
            at = _nth(quote.lower(), needle.lower(), draft.occurrence)
        if at != -1:
            return Span(start=g.start + at, end=g.start + at + len(needle))
    return Span(start=g.start, end=g.end)


def _figure_needles(draft: ClaimDraft) -> list[str]:
    out = [draft.figure] if draft.figure else []
    if draft.kind is Kind.DATE and draft.date is not None:
        out.append(draft.date.text)
    for x in _figures(draft.value):
        out += [f"{x:,f}".rstrip("0").rstrip(".") if "." in f"{x:f}" else f"{int(x):,}", f"{x:f}"]
    return out


def _nth(haystack: str, needle: str, n: int) -> int:
    at = -1
    for _ in range(n):
        at = haystack.find(needle, at + 1)
        if at == -1:
            return -1
    return at


BASIS = {"stated": Basis.STATED, "inferred": Basis.INFERRED, "defaulted": Basis.DEFAULTED}


def _day(d: DayDraft) -> DateRef:
    return DateRef(text=d.text, month=d.month, day=d.day, year=d.year,
                   weekday=None if d.weekday is None else WEEKDAYS[d.weekday.lower()])


def to_claim(d: ClaimDraft, g: Grounding, figure: Span, claim_id: str, article_id: str) -> Claim:
    """A grounded draft as a `Claim`; dates stay unresolved (the pipeline resolves them later)."""
    value = _interval(d)
    if value is None and d.kind is Kind.ORDINAL and d.stage is not None:
        value = Interval.point(d.stage.value)
    date = None
    if d.date is not None:
        ref = _day(d.date).model_copy(update={
            "relative_days": d.date.relative_days,
            "relative_to": None if d.date.relative_to is None else _day(d.date.relative_to)})
        date = Known[DateRef](value=ref, basis=BASIS[d.date.told], words=d.date.words or d.date.text)
    scope = Known[Scope](value=Scope.UNKNOWN, basis=Basis.DEFAULTED) if d.scope is None else Known[Scope](
        value=d.scope.value, basis=BASIS[d.scope.told], words=d.scope.words)
    return Claim(
        id=claim_id, article_id=article_id, kind=d.kind, value=value, unit=d.unit,
        counted=None if d.counted is None else Counted(text=d.counted.text, head=d.counted.head.lower(),
                                                       modifiers=tuple(d.counted.modifiers),
                                                       inherited=d.counted.inherited, implied=d.counted.implied),
        category=d.category, action=d.action,
        facets=Facets() if d.facets is None else Facets(**d.facets.model_dump()),
        side=None if d.side is None else Known[str](value=d.side.value.lower(), basis=BASIS[d.side.told],
                                                    words=d.side.words),
        scope=scope, modality=d.modality, date=date,
        stage=None if d.stage is None else Known[int](value=d.stage.value, basis=BASIS[d.stage.told],
                                                      words=d.stage.words),
        event=None if d.event is None else Known[str](value=d.event.value, basis=BASIS[d.event.told],
                                                      words=d.event.words),
        final_stage=d.final_stage, per_side=d.per_side, increment=d.increment, superseded=d.superseded,
        period_days=d.period_days,
        since_text=d.since_text,
        then_value=d.then_value, then_year=d.then_year, extreme=d.extreme, headline=d.headline,
        attribution=d.attribution, figure=figure, grounding=g,
    )


def to_relation(d: RelationDraft, members: list[tuple[str, Role]], g: Grounding | None, relation_id: str,
                article_id: str) -> Relation:
    return Relation(id=relation_id, article_id=article_id, kind=d.kind,
                    members=tuple(Member(claim=c, role=r) for c, r in members), exhaustive=d.exhaustive,
                    overlap=d.overlap, direction=d.direction, factor=_factor(d.factor), cues=tuple(d.cues),
                    basis=BASIS[d.told],
                    grounding=g)


def _factor(v: RangeDraft | Decimal | None) -> Interval | None:
    """A relation's ratio in words; a known hedge is read as the rule extractor reads it ('nearly twice')."""
    if v is None or not isinstance(v, RangeDraft):
        return None if v is None else Interval.point(v)
    hedge = v.hedge.strip() if v.hedge else None
    if hedge and hedge.lower() in HEDGES and (v.lo is None or v.hi is None):
        figure = v.lo if v.lo is not None else v.hi
        assert figure is not None  # RangeDraft guarantees a bound
        return hedged(figure, hedge, integer=False)
    return Interval(lo=v.lo, hi=v.hi, hedge=hedge)


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
