"""The JSON report for pipelines: schema_version 2.0, a versioned contract (see README). Exact numbers:
integers as ints, other decimals as strings, never floats."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from enum import Enum
from typing import Any

from checker import __version__
from checker.claims import SCHEMA_VERSION, Claim, DateRef, DocumentFacts, Interval, Known, Relation
from checker.pipeline import RunResult

VERDICTS = ("contradiction", "unclear", "consistent")


def _num(x: Decimal | None) -> int | str | None:
    """JSON numbers: integers as ints, other decimals as exact strings (never float)."""
    if x is None:
        return None
    return int(x) if x == x.to_integral_value() else format(x.normalize(), "f")


def _interval(v: Interval | None) -> dict[str, Any] | None:
    if v is None:
        return None
    return {"lo": _num(v.lo), "hi": _num(v.hi), "lo_open": v.lo_open, "hi_open": v.hi_open, "hedge": v.hedge,
            "text": str(v)}


def _known(k: Known[Any] | None, value: Any = None) -> dict[str, Any] | None:
    if k is None:
        return None
    v = k.value if value is None else value
    return {"value": v.value if isinstance(v, Enum) else v, "basis": k.basis.value, "words": k.words}


def _date(k: Known[DateRef] | None) -> dict[str, Any] | None:
    if k is None:
        return None
    d = k.value
    return {"text": d.text, "resolved": d.resolved.isoformat() if d.resolved else None, "basis": k.basis.value,
            "words": k.words, "year_source": d.year_source, "how": d.year_basis}


def claim_json(c: Claim) -> dict[str, Any]:
    g = c.grounding
    return {
        "id": c.id, "kind": c.kind.value, "figure_type": c.figure_type, "value": _interval(c.value), "unit": c.unit,
        "counted": None if c.counted is None else {"text": c.counted.text, "head": c.counted.head,
                                                   "modifiers": list(c.counted.modifiers),
                                                   "inherited": c.counted.inherited},
        "category": c.category.value, "action": c.action.value if c.action else None,
        "facets": c.facets.model_dump(), "side": _known(c.side), "scope": _known(c.scope),
        "modality": c.modality.value, "date": _date(c.date), "stage": _known(c.stage), "event": _known(c.event),
        "final_stage": c.final_stage, "per_side": c.per_side, "period_days": c.period_days,
        "since": c.since.isoformat() if c.since else None, "since_text": c.since_text,
        "then_value": _num(c.then_value), "then_year": c.then_year, "extreme": c.extreme, "headline": c.headline,
        "attribution": c.attribution,
        "figure": None if c.figure is None else {"start": c.figure.start, "end": c.figure.end},
        "quote": g.quote if g else None, "start": g.start if g else None, "end": g.end if g else None,
        "match": g.match if g else None,
    }


def relation_json(r: Relation) -> dict[str, Any]:
    g = r.grounding
    return {"id": r.id, "kind": r.kind.value, "members": [{"claim": m.claim, "role": m.role.value} for m in r.members],
            "exhaustive": r.exhaustive, "overlap": r.overlap, "direction": r.direction,
            "factor": _interval(r.factor), "cues": list(r.cues),
            "basis": r.basis.value, "quote": g.quote if g else None, "start": g.start if g else None,
            "end": g.end if g else None}


def facts_json(f: DocumentFacts) -> dict[str, Any]:
    return {"reported_day": _known(f.reported_day, f.reported_day.value.isoformat() if f.reported_day else None),
            "main_side": _known(f.main_side), "sides": list(f.sides), "swap_declared": _known(f.swap_declared),
            "year": _known(f.year),
            "event_marks": [{"kind": m.kind, "key": m.key, "words": m.words} for m in f.event_marks or ()]}


def summary(run: RunResult) -> dict[str, int]:
    counts: Counter[str] = Counter(f.verdict for f in run.findings)
    return {
        "articles": len(run.articles), "claims": sum(len(a.claims) for a in run.articles),
        "ungrounded": sum(len(a.ungrounded) for a in run.articles),
        "rejected": sum(len(a.rejected) for a in run.articles),
        "partial": sum(a.partial is not None for a in run.articles),
        "errors": len(run.input_errors) + sum(len(a.errors) for a in run.articles),
        **{v: counts[v] for v in VERDICTS},
    }


def to_json(run: RunResult) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "checker_version": __version__,
        "extractor": run.extractor,
        "articles": [{
            "id": a.article.id, "source": a.article.source, "url": a.article.url, "outlet": a.article.outlet,
            "published": a.article.published.isoformat() if a.article.published else None,
            "published_basis": a.article.published_basis, "extractor": a.extractor,
            "facts": facts_json(a.facts),
            "claims": [claim_json(c) for c in a.claims],
            "relations": [relation_json(r) for r in a.relations],
            "ungrounded": [u.model_dump(mode="json") for u in a.ungrounded],
            "rejected": [r.model_dump(mode="json") for r in a.rejected],
            "partial": a.partial,
            "errors": a.errors,
        } for a in run.articles],
        "errors": [{"item": e.item, "problem": e.problem} for e in run.input_errors],
        "findings": [f.to_dict() for f in run.findings],
        "events": [e.model_dump(mode="json") for e in run.events],
        "series": [s.model_dump(mode="json") for s in run.series],
        "summary": summary(run),
        "usage": run.usage,
    }


def render_json(run: RunResult, *, ensure_ascii: bool = False) -> str:
    """The JSON report; `ensure_ascii` escapes non-ASCII text (\\uXXXX) for streams that cannot encode it."""
    return json.dumps(to_json(run), ensure_ascii=ensure_ascii, indent=2) + "\n"
