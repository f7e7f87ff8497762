"""Checks across the articles of a batch: the same day's figure, and running totals over time.

Claims from different articles are never summed together. A running total is compared across
articles only when both name the same start point ("since the start of the full-scale invasion"),
the same thing counted, the same action and the same side.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from checker.claims import Claim, Kind, Modality, Scope
from checker.reconcile.doc import Doc
from checker.reconcile.evidence import tie
from checker.reconcile.findings import Finding, finding
from checker.reconcile.inferred import _action_family, falling


def check_running_totals_across(docs: Sequence[Doc]) -> list[Finding]:
    """Cumulative figures since a stated start point, ordered by the day each is as of, never fall."""
    series: dict[tuple[object, ...], list[tuple[Claim, dt.date]]] = defaultdict(list)
    for doc in docs:
        for c in doc.claims:
            as_of = _as_of(doc, c)
            if as_of is None:
                continue
            key = (c.since, c.counted.head if c.counted else None, _action_family(c),
                   c.side.value if c.side else None, c.facets)
            series[key].append((c, as_of))
    out: list[Finding] = []
    for group in series.values():
        if len({d for _c, d in group}) < 2 or len({c.article_id for c, _d in group}) < 2:
            continue
        group.sort(key=lambda x: x[1])
        days = {c.id: d for c, d in group}
        out += [f for f in falling([c for c, _d in group], "batch", days) if f.verdict == "contradiction"
                and len(f.articles) > 1]
    return out


def _as_of(doc: Doc, c: Claim) -> dt.date | None:
    if c.kind is not Kind.COUNT or c.scope.value is not Scope.SINCE or c.since is None or c.counted is None \
            or c.modality is not Modality.REPORTED or c.value is None:
        return None
    if c.day_stated:
        return c.day
    return doc.published


def check_restatement_across(docs: Sequence[Doc]) -> list[Finding]:
    """The same stated day's figure for the same side and thing, told differently by two articles."""
    buckets: dict[tuple[object, ...], list[tuple[Doc, Claim]]] = defaultdict(list)
    for doc in docs:
        for c in doc.claims:
            if c.kind is Kind.COUNT and c.value is not None and c.day_stated and c.side is not None \
                    and c.scope.value is Scope.DAY and c.modality is Modality.REPORTED and c.counted is not None \
                    and c.id not in doc.listed_parts:
                buckets[(c.day, c.side.value, c.category, _action_family(c))].append((doc, c))
    out: list[Finding] = []
    for group in buckets.values():
        if len({d.article_id for d, _c in group}) < 2:
            continue
        out += _disagreements(group)
    return out


def _disagreements(group: list[tuple[Doc, Claim]]) -> list[Finding]:
    out: list[Finding] = []
    for i, (da, a) in enumerate(group):
        for db, b in group[i + 1:]:
            if da.article_id == db.article_id or a.value is None or b.value is None or a.value.overlaps(b.value):
                continue
            t = tie(a, b)
            if t is None or not t.stated:
                continue
            out.append(finding("restatement", "contradiction", [a.id, b.id], f"{a.value} ≠ {b.value}",
                               f"Two articles give different figures for the same day ({a.day}).",
                               evidence=t.evidence))
    return out
