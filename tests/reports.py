"""Runs the report tests share: the seeds, a perturbed seed, a two-article batch that disagrees."""

from __future__ import annotations

import datetime as dt

from checker.claims import Article
from checker.extract.rules import RuleExtractor
from checker.inputs import load
from checker.pipeline import RunResult, run
from tests.helpers import SEEDS, TODAY, seed

PERTURBED_ID = "000_perturbed"


def perturbed_text() -> str:
    """Seed 000 with its two-day total changed from 697 to 679: the sum no longer holds."""
    text = seed("000")
    assert text.count("697") == 1
    return text.replace("697", "679")


def seeds_run() -> RunResult:
    return run(list(load([SEEDS])), RuleExtractor(), today=TODAY)


def one_seed_run(prefix: str) -> RunResult:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return run(list(load([path])), RuleExtractor(), today=TODAY)


def perturbed_run() -> RunResult:
    return run([Article(id=PERTURBED_ID, text=perturbed_text())], RuleExtractor(), today=TODAY)


def batch_run() -> RunResult:
    """Two wire reports (our wording) that give different figures for the same stated day."""
    day = dt.date(2026, 3, 4)
    a = Article(id="wire-a", text="Ukraine said 120 Ukrainian soldiers were freed on Tuesday, March 3, in a swap.",
                published=day)
    b = Article(id="wire-b", text="Officials said 150 Ukrainian soldiers were freed on Tuesday, March 3.",
                published=day)
    return run([a, b], RuleExtractor(), today=TODAY)
