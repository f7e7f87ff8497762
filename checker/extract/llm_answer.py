"""Any extraction written in the LLM answer format (`ArticleAnswer`), so it reads back unchanged.

Used to write worked examples and mocked model answers from the offline extractor, and by the
property test that every claim and relation the model can hold survives the road rules -> answer
-> `build_extraction`.
"""

from __future__ import annotations

import json
from decimal import Decimal
from enum import Enum
from typing import Any

from checker.claims import Basis, Claim, DateRef, Extraction, Facets, Interval, Known, Relation
from checker.dates import WEEKDAY_NAMES
from checker.extract.llm_schema import (
    ArticleAnswer,
    ClaimDraft,
    CountedDraft,
    DateDraft,
    DayDraft,
    EventDraft,
    FacetsDraft,
    MemberDraft,
    RangeDraft,
    RelationDraft,
    ScopeDraft,
    SideDraft,
    StageDraft,
    Told,
)
from checker.vocab import HEDGES

TOLD: dict[Basis, Told] = {Basis.STATED: "stated", Basis.INFERRED: "inferred", Basis.DEFAULTED: "defaulted"}


def answer_from_extraction(extraction: Extraction, text: str) -> ArticleAnswer:
    """The extraction as a model would answer it; claim refs are the claims' own numbers."""
    refs = {c.id: c.id.rsplit("/", 1)[-1] for c in extraction.claims}
    claims = [claim_draft(c, refs[c.id], text) for c in extraction.claims if c.grounding is not None]
    relations = [relation_draft(r, refs) for r in extraction.relations if r.grounding is not None]
    return ArticleAnswer(claims=claims, relations=relations)


def claim_draft(c: Claim, ref: str, text: str) -> ClaimDraft:
    assert c.grounding is not None
    g = c.grounding
    figure = text[c.figure.start:c.figure.end] if c.figure is not None else None
    occurrence = g.quote.count(figure, 0, c.figure.start - g.start) + 1 if figure and c.figure else 1
    return ClaimDraft(
        ref=ref, kind=c.kind, value=_value(c.value), figure=figure, occurrence=occurrence, unit=c.unit,
        counted=None if c.counted is None else CountedDraft(text=c.counted.text, head=c.counted.head,
                                                            modifiers=list(c.counted.modifiers),
                                                            inherited=c.counted.inherited, implied=c.counted.implied),
        category=c.category, action=c.action,
        facets=None if c.facets == Facets() else FacetsDraft(**c.facets.model_dump()),
        side=None if c.side is None else SideDraft(value=c.side.value, told=_told(c.side), words=c.side.words),
        scope=None if c.scope.basis is Basis.DEFAULTED else ScopeDraft(value=c.scope.value, told=_told(c.scope),
                                                                     words=c.scope.words),
        modality=c.modality, date=None if c.date is None else _date(c.date),
        stage=None if c.stage is None else StageDraft(value=c.stage.value, told=_told(c.stage), words=c.stage.words),
        event=None if c.event is None else EventDraft(value=c.event.value, told=_told(c.event), words=c.event.words),
        final_stage=c.final_stage, per_side=c.per_side, increment=c.increment, superseded=c.superseded,
        period_days=c.period_days,
        since_text=c.since_text,
        then_value=c.then_value, then_year=c.then_year, extreme=c.extreme, headline=c.headline,
        attribution=c.attribution, quote=g.quote)


def relation_draft(r: Relation, refs: dict[str, str]) -> RelationDraft:
    assert r.grounding is not None
    return RelationDraft(kind=r.kind, members=[MemberDraft(ref=refs[m.claim], role=m.role) for m in r.members],
                         exhaustive=r.exhaustive, overlap=r.overlap, direction=r.direction,
                         factor=_value(r.factor), cues=list(r.cues),
                         told="inferred" if r.basis is Basis.INFERRED else "stated", quote=r.grounding.quote)


def _told(k: Known[Any]) -> Told:
    return TOLD[k.basis]


def _value(v: Interval | None) -> RangeDraft | Decimal | None:
    if v is None:
        return None
    if v.hedge and v.hedge.lower() in HEDGES and v.figure is not None:
        return RangeDraft(lo=v.figure, hedge=v.hedge)
    if v.is_point:
        return v.lo
    return RangeDraft(lo=v.lo, hi=v.hi, hedge=v.hedge)


def _day(d: DateRef) -> DayDraft:
    return DayDraft.model_validate({"text": d.text, "month": d.month, "day": d.day, "year": d.year,
                                    "weekday": None if d.weekday is None else WEEKDAY_NAMES[d.weekday]})


def _date(k: Known[DateRef]) -> DateDraft:
    d = k.value
    base = _day(d).model_dump()
    return DateDraft(**base, relative_days=d.relative_days,
                     relative_to=None if d.relative_to is None else _day(d.relative_to),
                     told=TOLD[k.basis], words="" if k.words == d.text else k.words)


def answer_json(answer: ArticleAnswer) -> str:
    """The answer as a model writes it: compact JSON, numbers as JSON numbers, defaults left out."""
    return json.dumps(_plain(answer.model_dump(mode="python", exclude_defaults=True)), ensure_ascii=False)


def _plain(x: object) -> object:
    if isinstance(x, Decimal):
        return int(x) if x == x.to_integral_value() else float(x)
    if isinstance(x, Enum):
        return x.value
    if isinstance(x, dict):
        return {k: _plain(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [_plain(v) for v in x]
    return x
