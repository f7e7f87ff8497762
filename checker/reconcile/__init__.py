"""The reconciler: deterministic checks over typed claims. Pure functions: no LLM, no I/O.

Claims that are not grounded never reach a check.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from checker.claims import Article, Claim
from checker.reconcile.figures import (
    check_parity,
    check_restatement,
    check_restatement_across,
    check_running_total,
    check_subset,
    check_sum,
    check_target,
)
from checker.reconcile.findings import VERDICT_ORDER, Finding
from checker.reconcile.index import ArticleIndex
from checker.reconcile.timeline import check_age, check_calendar, check_duration, check_stage_sequence

ARTICLE_CHECKS = (check_sum, check_stage_sequence, check_target, check_parity, check_subset,
                  check_restatement, check_calendar, check_age, check_duration)

__all__ = ["Finding", "reconcile", "reconcile_article"]


def reconcile_article(article_id: str, claims: Sequence[Claim], article: Article | None = None) -> list[Finding]:
    """Every check one article's claims make possible."""
    idx = ArticleIndex.build(article_id, [c for c in claims if c.grounded], article)
    return _sorted([f for check in ARTICLE_CHECKS for f in check(idx)] + check_running_total([idx]))


def reconcile(batch: Iterable[tuple[Article | None, str, Sequence[Claim]]]) -> list[Finding]:
    """Checks within each article, then across the batch (restatements, running totals).

    Claims from different articles are never summed together: only same-day restatements and
    cumulative series cross article boundaries.
    """
    indexes = [ArticleIndex.build(aid, [c for c in claims if c.grounded], art) for art, aid, claims in batch]
    findings = [f for idx in indexes for check in ARTICLE_CHECKS for f in check(idx)]
    findings += check_running_total(indexes)
    findings += check_restatement_across(indexes)
    return _sorted(findings)


def _sorted(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (VERDICT_ORDER[f.verdict], f.articles, f.check, f.id))
