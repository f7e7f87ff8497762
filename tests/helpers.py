"""Shared helpers for tests: run the offline pipeline on text and pick findings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from checker.pipeline import RunResult, check_text
from checker.reconcile import Finding

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "examples"
ARTICLES = Path(__file__).resolve().parent / "articles"
TODAY = dt.date(2026, 11, 22)  # fixed "today" so year assumptions are reproducible


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def article(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


def run_text(text: str, published: dt.date | None = None, article_id: str = "a") -> RunResult:
    return check_text(text, article_id=article_id, published=published, today=TODAY)


def findings(result: RunResult, check: str | None = None, verdict: str | None = None) -> list[Finding]:
    return [f for f in result.findings if (check is None or f.check == check)
            and (verdict is None or f.verdict == verdict)]


def workings(result: RunResult, check: str, verdict: str) -> list[str]:
    return [f.working for f in findings(result, check, verdict)]
