"""The gold items checked as one batch, as `checker check` checks a folder: cross-article metrics.

Item by item, the real-text eval never exercises what a batch adds: linking articles into events and
the checks across them. Here every item is reconciled together and scored on what the gold states
about the batch:
- event links: two items the checker puts in one event are a linked pair; gold pairs are items
  with the same `event`. Precision says how often a link is right, recall how much of each event
  the checker sees as one;
- cross-article findings by verdict, and the gold cross-item inconsistencies (pairs of items, by
  severity) that a contradiction or an unclear finding naming both items flags;
- cross-article contradictions between items the gold lists no cross-item inconsistency for: not
  scored as false (the gold need not list every disagreement between outlets), listed to be read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from typing import Any

from checker.evaluation.realgold import RealItem
from checker.pipeline import ArticleResult
from checker.reconcile import Finding, reconcile_with_ledger

SEVERITY_ORDER = ("real", "apparent", "ambiguity", "wording")  # a pair listed twice keeps the gravest
FLAGGED = ("contradiction", "unclear")

Pair = frozenset[str]


def score_batch(items: list[RealItem], results: list[ArticleResult]) -> dict[str, Any]:
    """Event links and cross-article findings of the items reconciled as one batch."""
    findings, across = reconcile_with_ledger([r.doc() for r in results])
    linked = {p for e in across.events for p in _pairs(e.articles)}
    gold_events: dict[str, list[str]] = {}
    for i in items:
        gold_events.setdefault(i.record.event, []).append(i.id)
    same_event = {p for ids in gold_events.values() for p in _pairs(ids)}
    cross = [f for f in findings if len(f.articles) > 1]
    gold_cross = _gold_cross_pairs(items)
    flagged_pairs = {p for f in cross if f.verdict in FLAGGED for p in _pairs(f.articles)}
    right = linked & same_event
    return {
        "gold_events": len(gold_events),
        "events_formed": len(across.events),
        "linked_pairs": len(linked),
        "linked_pairs_same_gold_event": len(right),
        "link_precision": _ratio(len(right), len(linked)),
        "gold_same_event_pairs": len(same_event),
        "link_recall": _ratio(len(right), len(same_event)),
        "wrong_links": sorted(" + ".join(sorted(p)) for p in linked - same_event),
        "cross_findings": dict(Counter(f.verdict for f in cross)),
        "gold_cross_pairs": dict(Counter(gold_cross.values())),
        "gold_cross_pairs_flagged": dict(Counter(s for p, s in gold_cross.items() if p in flagged_pairs)),
        "flagged": sorted(" + ".join(sorted(p)) for p in gold_cross if p in flagged_pairs),
        "unlisted_contradictions": [_brief(f) for f in cross if f.verdict == "contradiction"
                                    and not any(p in gold_cross for p in _pairs(f.articles))],
    }


def _pairs(ids: Iterable[str]) -> set[Pair]:
    return {frozenset(p) for p in combinations(sorted(set(ids)), 2)}


def _gold_cross_pairs(items: list[RealItem]) -> dict[Pair, str]:
    """Each pair of items a cross-item inconsistency names, with its gravest severity."""
    known = {i.id for i in items}
    out: dict[Pair, str] = {}
    for item in items:
        for inc in item.record.inconsistencies:
            if inc.type != "cross_item":
                continue
            for other in inc.items:
                if other == item.id or other not in known:
                    continue
                pair = frozenset((item.id, other))
                old = out.get(pair)
                if old is None or SEVERITY_ORDER.index(inc.severity) < SEVERITY_ORDER.index(old):
                    out[pair] = inc.severity
    return out


def _ratio(n: int, d: int) -> float | None:
    return round(n / d, 3) if d else None


def _brief(f: Finding) -> dict[str, Any]:
    return {"articles": list(f.articles), "check": f.check, "working": f.working, "message": f.message}
