"""The event ledger: what a batch says about each event, as typed data for the reports to render.

One `EventLedger` per event (articles linked on stated evidence, see `events.py`): why each article
was linked, the stages and their dates, the counts by side and category, the totals, the running
totals its articles quote, the findings about it and one verdict. One `SeriesLedger` per running
total quoted by two or more articles ("Ukrainians brought back since the start of the invasion").
Pydantic models (extra="forbid", frozen) so that the store can keep them as JSON and read them back.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from checker.claims import Claim, Kind, Scope
from checker.reconcile.doc import Doc
from checker.reconcile.events import Event, action_family
from checker.reconcile.findings import VERDICT_ORDER, Finding

LedgerVerdict = Literal["contradiction", "unclear", "consistent", "none"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


M = TypeVar("M", bound=_Model)
_new = object.__new__
_set = object.__setattr__


def built(cls: type[M], **fields: Any) -> M:
    """A row from fields that already have their types, every field given: what `model_construct` makes
    (it is slower than validating: it walks the fields' defaults), in a third of the time. An event's
    ledger holds a row for every figure of thousands of articles."""
    row = _new(cls)
    _set(row, "__dict__", fields)
    _set(row, "__pydantic_fields_set__", set(fields))
    _set(row, "__pydantic_extra__", None)
    _set(row, "__pydantic_private__", None)
    return row


class LedgerLink(_Model):
    """Why `article` is in the event: the mark it shares with `other`, in each one's words."""

    article: str
    other: str
    kind: Literal["named", "size", "stage", "same_day"]
    words: str
    other_words: str
    days_apart: int | None
    text: str


class LedgerFigure(_Model):
    claim: str
    article: str
    value: str
    side: str | None
    category: str
    counted: str | None
    action: str | None
    day: dt.date | None
    day_basis: str | None
    stage: int | None
    scope: str
    attribution: str | None
    quote: str


class LedgerStage(_Model):
    """One stage of the event as the articles give it: its days (two days is a conflict)."""

    series: str
    stage: int
    days: list[dt.date]
    final: bool
    articles: list[str]


class LedgerCount(_Model):
    """The figures for one side, category and action on one day or stage, with their distinct values."""

    side: str | None
    category: str
    action: str | None
    day: dt.date | None
    stage: int | None
    values: list[str]
    figures: list[LedgerFigure]


class LedgerPoint(_Model):
    """One value of a running total as of one day; `claim` and `article` are the first that quote it."""

    day: dt.date
    day_basis: Literal["stated", "publication"]
    value: str
    claim: str
    article: str
    quoted_by: int = 1


class SeriesLedger(_Model):
    """A running total quoted by several articles, its points in date order."""

    id: str
    label: str
    since: dt.date | None
    side: str | None
    articles: list[str]
    article_count: int
    points: list[LedgerPoint]
    findings: list[str]
    verdict: LedgerVerdict


class EventLedger(_Model):
    id: str
    label: str
    articles: list[str]
    clusters: list[list[str]]
    links: list[LedgerLink]
    first_day: dt.date | None
    last_day: dt.date | None
    target: str | None
    stages: list[LedgerStage]
    counts: list[LedgerCount]
    totals: list[LedgerFigure]
    running_totals: list[str]
    findings: list[str]
    verdict: LedgerVerdict


def verdict_of(findings: Iterable[Finding]) -> LedgerVerdict:
    worst: LedgerVerdict = "none"
    for f in findings:
        if worst == "none" or VERDICT_ORDER[f.verdict] < VERDICT_ORDER[worst]:
            worst = f.verdict
    return worst


def figure(c: Claim) -> LedgerFigure:
    """A claim as a ledger figure. Built without validating: every field is read from a validated claim
    and already has its type (an event's ledger holds every figure of thousands of articles)."""
    return built(
        LedgerFigure,
        claim=c.id, article=c.article_id, value=str(c.value) if c.value is not None else "",
        side=c.side.value if c.side else None, category=c.category.value,
        counted=c.counted.text if c.counted else None, action=c.action.value if c.action else None,
        day=c.day, day_basis=c.date.basis.value if c.date else None, stage=c.stage.value if c.stage else None,
        scope=c.scope.value.value, attribution=c.attribution, quote=c.quote)


def event_ledger(event: Event, docs: Sequence[Doc], findings: Sequence[Finding],
                 series: Sequence[SeriesLedger] = ()) -> EventLedger:
    """The ledger of one event from its articles and every finding that names one of them."""
    members = set(event.articles)
    claims = [c for d in docs for c in d.claims]
    counts, totals, targets = _figures(claims)
    mine = [f for f in findings if members & set(f.articles)]  # once: a finding's articles are derived per read
    return EventLedger(
        id=event.id, label=event.label, articles=list(event.articles), clusters=[list(c) for c in event.clusters],
        links=[built(LedgerLink,  # str and int fields of the link reasons, each already of its type
            article=r.article, other=r.other, kind=r.kind, words=r.words, other_words=r.other_words,
            days_apart=r.days_apart, text=r.text) for r in event.reasons],
        first_day=event.first_day, last_day=event.last_day, target=", ".join(targets) or None,
        stages=_stages(claims), counts=_counts(counts),
        totals=totals,
        running_totals=[s.id for s in series if members & set(s.articles)],
        findings=[f.id for f in mine], verdict=verdict_of(mine))


def _figures(claims: list[Claim]) -> tuple[list[Claim], list[LedgerFigure], list[str]]:
    """In one pass over an event's claims (hundreds of thousands in a big batch): the day's or stage's
    counts, the multi-day totals as figures, and the agreed sizes."""
    counts: list[Claim] = []
    totals: list[LedgerFigure] = []
    targets: set[str] = set()
    for c in claims:
        kind, value = c.kind, c.value
        if value is None:
            continue
        if kind is Kind.COUNT:
            scope = c.scope.value
            if scope is Scope.DAY and (c.day_known or (c.stage is not None and c.stage.stated)):
                counts.append(c)
            elif scope is Scope.PERIOD:
                totals.append(figure(c))
        elif kind is Kind.TARGET and c.per_side:
            targets.add(str(value))
    return counts, totals, sorted(targets)


def _stages(claims: list[Claim]) -> list[LedgerStage]:
    days: dict[tuple[str, int], set[dt.date]] = defaultdict(set)
    arts: dict[tuple[str, int], set[str]] = defaultdict(set)
    final: set[tuple[str, int]] = set()
    for c in claims:
        if c.stage is None or not c.stage.stated:
            continue
        key = (c.event.value if c.event else "", c.stage.value)
        arts[key].add(c.article_id)
        if c.day_known and c.day is not None:
            days[key].add(c.day)
        if c.final_stage:
            final.add(key)
    return [LedgerStage(series=k[0], stage=k[1], days=sorted(days[k]), final=k in final, articles=sorted(arts[k]))
            for k in sorted(arts)]


_CountKey = tuple[str | None, str, str | None, dt.date | None, int | None]


def _counts(claims: list[Claim]) -> list[LedgerCount]:
    rows: dict[_CountKey, list[Claim]] = defaultdict(list)
    for c in claims:
        stage = c.stage.value if c.stage is not None and c.stage.stated else None
        rows[(c.side.value if c.side else None, c.category.value, action_family(c) or None,
              c.day if c.day_known else None, stage)].append(c)
    out = []
    for (side, category, action, day, stage), cs in sorted(rows.items(), key=lambda kv: repr(kv[0])):
        out.append(built(  # fields of validated claims, as in `figure`
            LedgerCount, side=side, category=category, action=action, day=day, stage=stage,
            values=sorted({str(c.value) for c in cs}), figures=[figure(c) for c in cs]))
    return out
