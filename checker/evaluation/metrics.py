"""Scoring a run against gold: claims by kind, findings by check, contradictions, grounding.

Matching rules (one-to-one, greedy in text order):
- a predicted claim matches a gold claim of the same kind whose value interval overlaps it and whose
  quote span overlaps the predicted quote span;
- a predicted finding matches a gold fact (verdict consistent) or planted contradiction when check and
  verdict agree and every gold quote overlaps a quote of one of the finding's claims.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from checker.claims import Claim
from checker.evaluation.gold import GoldArticle
from checker.pipeline import ArticleResult
from checker.reconcile import Finding


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int | None]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": _round(self.precision),
                "recall": _round(self.recall), "f1": _round(self.f1)}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def _span(c: Claim) -> tuple[int, int]:
    assert c.grounding is not None
    return c.grounding.start, c.grounding.end


# A gold kind of the folder format that several typed claims can stand for.
KIND_ALIASES = {"subset": {"count"}, "counterpart": {"count"}}


def same_kind(gold_kind: str, c: Claim) -> bool:
    """The folder format names figures by kind; a claim's kind and time scope give the same name."""
    return c.figure_type == gold_kind or c.figure_type in KIND_ALIASES.get(gold_kind, ())


def score_claims(gold: GoldArticle, claims: list[Claim]) -> dict[str, PRF]:
    by_kind: dict[str, PRF] = defaultdict(PRF)
    used: set[int] = set()
    gold_items = list(enumerate(gold.record.claims))
    for c in sorted(claims, key=lambda c: _span(c)):
        hit = None
        for i, g in gold_items:
            if i in used or not same_kind(g.kind, c) or not overlaps(gold.claim_spans[i], _span(c)):
                continue
            gv = gold.claim_value(i)
            if gv is not None and (c.value is None or not c.value.overlaps(gv)):
                continue
            hit = i
            break
        if hit is None:
            by_kind[c.figure_type].fp += 1
        else:
            used.add(hit)
            by_kind[c.figure_type].tp += 1
    for i, g in gold_items:
        if i not in used:
            by_kind[g.kind].fn += 1
    return by_kind


def _covers(f: Finding, spans: list[tuple[int, int]], claim_spans: dict[str, tuple[int, int]]) -> bool:
    mine = [claim_spans[c] for c in f.claims if c in claim_spans]
    return all(any(overlaps(s, m) for m in mine) for s in spans)


def score_findings(gold: GoldArticle, findings: list[Finding], claims: list[Claim]) -> dict[str, PRF]:
    """Findings that hold or contradict, against gold facts and the planted contradiction.

    'unclear' findings are neither right nor wrong here: they are counted separately.
    """
    claim_spans = {c.id: _span(c) for c in claims}
    targets = [(f.check, "consistent", spans) for f, spans in zip(gold.record.facts, gold.fact_spans, strict=True)]
    if gold.record.contradiction is not None:
        targets.append((gold.record.contradiction.check, "contradiction", gold.contradiction_spans))
    by_check: dict[str, PRF] = defaultdict(PRF)
    used: set[int] = set()
    for f in findings:
        if f.verdict == "unclear":
            continue
        hit = next((i for i, (check, verdict, spans) in enumerate(targets) if i not in used
                    and check == f.check and verdict == f.verdict and _covers(f, spans, claim_spans)), None)
        if hit is None:
            by_check[f.check].fp += 1
        else:
            used.add(hit)
            by_check[f.check].tp += 1
    for i, (check, _v, _s) in enumerate(targets):
        if i not in used:
            by_check[check].fn += 1
    return by_check


@dataclass
class Scores:
    claims: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    findings: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    clean_articles: int = 0
    false_contradictions: int = 0  # contradiction findings on clean articles
    planted: int = 0
    planted_caught: int = 0
    planted_missed: list[dict[str, str]] = field(default_factory=list)
    claims_total: int = 0
    ungrounded: int = 0
    failed_articles: int = 0
    partial_articles: int = 0
    rejected: int = 0
    unclear: int = 0

    def add_article(self, gold: GoldArticle, result: ArticleResult, findings: list[Finding]) -> None:
        for kind, prf in score_claims(gold, result.claims).items():
            self.claims[kind].add(prf)
        for check, prf in score_findings(gold, findings, result.claims).items():
            self.findings[check].add(prf)
        contradictions = [f for f in findings if f.verdict == "contradiction"]
        self.unclear += sum(f.verdict == "unclear" for f in findings)
        if gold.clean:
            self.clean_articles += 1
            self.false_contradictions += len(contradictions)
        else:
            self.planted += 1
            claim_spans = {c.id: _span(c) for c in result.claims}
            caught = any(_covers(f, gold.contradiction_spans[:1], claim_spans) for f in contradictions)
            self.planted_caught += caught
            if not caught and gold.record.contradiction is not None:
                self.planted_missed.append({"article": gold.article.id, "check": gold.record.contradiction.check,
                                            "working": gold.record.contradiction.working})
        self.claims_total += len(result.claims)
        self.ungrounded += len(result.ungrounded)
        self.failed_articles += bool(result.errors)
        self.partial_articles += result.partial is not None
        self.rejected += len(result.rejected)

    def summary(self) -> dict[str, object]:
        overall = PRF()
        for prf in self.claims.values():
            overall.add(prf)
        found = PRF()
        for prf in self.findings.values():
            found.add(prf)
        grounded_base = self.claims_total + self.ungrounded
        return {
            "claim_f1": overall.as_dict(),
            "claims_by_kind": {k: v.as_dict() for k, v in sorted(self.claims.items())},
            "finding": found.as_dict(),
            "findings_by_check": {k: v.as_dict() for k, v in sorted(self.findings.items())},
            "clean_articles": self.clean_articles,
            "false_contradictions": self.false_contradictions,
            "false_contradictions_per_100_clean": round(100 * self.false_contradictions / self.clean_articles, 2)
            if self.clean_articles else None,
            "gold_contradictions": self.planted, "gold_contradictions_caught": self.planted_caught,
            "missed_gold_contradictions": self.planted_missed,
            "unclear_findings": self.unclear,
            "ungrounded_rate": round(self.ungrounded / grounded_base, 4) if grounded_base else 0.0,
            "failed_articles": self.failed_articles,
            "partial_articles": self.partial_articles,
            "rejected_claims": self.rejected,
        }
