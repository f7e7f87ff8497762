"""The reconciler: deterministic checks over typed claims and relations. Pure: no LLM, no I/O.

Claims that are not grounded never reach a check. Findings within each article come first; then
checks across the batch (the same day's figure, running totals). Claims from different articles
are never summed together.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from checker.reconcile.batch import Across, reconcile_across
from checker.reconcile.doc import Doc
from checker.reconcile.findings import VERDICT_ORDER, Finding
from checker.reconcile.inferred import (
    check_cumulative_bounds,
    check_headline,
    check_period_totals,
    check_restatements,
    check_running_totals,
    check_subgroups,
    check_targets,
)
from checker.reconcile.stated import check_stated
from checker.reconcile.timeline import check_age, check_calendar, check_duration, check_stage_sequence

ARTICLE_CHECKS = (check_stated, check_period_totals, check_restatements, check_headline, check_running_totals,
                  check_cumulative_bounds, check_subgroups, check_targets, check_stage_sequence, check_calendar,
                  check_age, check_duration)

__all__ = ["Across", "Doc", "Finding", "reconcile", "reconcile_article", "reconcile_with_ledger"]


def reconcile_article(doc: Doc) -> list[Finding]:
    """Every check one article's claims and relations make possible."""
    return _sorted([f for check in ARTICLE_CHECKS for f in check(doc)])


def reconcile(docs: Iterable[Doc]) -> list[Finding]:
    """Checks within each article, then across the batch: the findings only."""
    return reconcile_with_ledger(docs, ledgers=False)[0]


def reconcile_with_ledger(docs: Iterable[Doc], *, ledgers: bool = True) -> tuple[list[Finding], Across]:
    """Checks within each article, then across the batch, event by event (`batch.py`); with the
    ledgers of the events and running totals the cross-article findings are about."""
    docs = list(docs)
    with collector_paused():
        findings = [f for doc in docs for check in ARTICLE_CHECKS for f in check(doc)]
        across = reconcile_across(docs, ledgers=ledgers) if len(docs) > 1 else Across([], [], [])
        return _sorted(findings + across.findings), across


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one reconciler run, then restore it.

    A run allocates millions of small objects (findings, their text, each article's indexes) that all
    live until it returns and hold no reference cycles, so the collector frees none of them; it only
    re-traverses them, a third of the run at 300k claims. Reference counting still frees everything
    dropped on the way; any cycle left is collected once the collector is back on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _sorted(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (VERDICT_ORDER[f.verdict], f.claims[0].rsplit("/", 1)[0], f.check,
                                           f.claims, f.working))
