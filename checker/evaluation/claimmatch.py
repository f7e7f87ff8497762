"""Claims against real-text gold figures: one matcher for the checker and for the digit-regex baseline.

A prediction matches a gold figure (kind `figure`, quote found in the text) when its quote span
overlaps the gold quote span and its value matches: equal to the gold value, or an interval (a hedged
figure) that contains it. When the gold figure is itself hedged (`approx`), an interval's finite
bounds count as reached within one unit, so "more than 800", read as at least 801, matches gold 800.
Matching is one-to-one and greedy in text order: each prediction, by start offset, takes the first
gold figure (by start offset) still free that it matches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from checker.claims import Claim, Interval, Kind
from checker.evaluation.metrics import PRF, overlaps
from checker.evaluation.realgold import GoldFigure, RealItem
from checker.evaluation.textnums import BARE_DIGITS_RE

HEDGE_REACH = Decimal(1)  # how far past a bound an interval still reaches a hedged gold value
BASELINE_KIND = "digits"


@dataclass(frozen=True)
class Prediction:
    start: int
    end: int
    value: Interval
    kind: str


def predictions(claims: Iterable[Claim]) -> list[Prediction]:
    """The checker's claims that are scored: grounded, carrying a value, and not of kind date."""
    return [Prediction(c.grounding.start, c.grounding.end, c.value, c.kind.value) for c in claims
            if c.grounding is not None and c.value is not None and c.kind != Kind.DATE]


def digit_baseline(item: RealItem) -> list[Prediction]:
    """Every bare digit run in the text (1,234 / 33.8) as a point: what a regex alone would find."""
    return [Prediction(m.start(), m.end(), Interval.point(Decimal(m.group(0).replace(",", ""))), BASELINE_KIND)
            for m in BARE_DIGITS_RE.finditer(item.article.text)]


def value_matches(predicted: Interval, gold: GoldFigure) -> bool:
    if predicted.is_point:
        return predicted.lo == gold.value
    if predicted.contains(gold.value):
        return True
    if not gold.approx:
        return False
    lo_ok = predicted.lo is None or predicted.lo - HEDGE_REACH <= gold.value
    hi_ok = predicted.hi is None or gold.value <= predicted.hi + HEDGE_REACH
    return lo_ok and hi_ok


def match(preds: list[Prediction], golds: list[GoldFigure]) -> list[tuple[Prediction, GoldFigure | None]]:
    """Each prediction with the gold figure it matched, or None; one-to-one, greedy in text order."""
    free = sorted(golds, key=lambda g: (g.start, g.end, g.index))
    out: list[tuple[Prediction, GoldFigure | None]] = []
    for p in sorted(preds, key=lambda p: (p.start, p.end)):
        hit = next((g for g in free if overlaps((p.start, p.end), (g.start, g.end)) and value_matches(p.value, g)),
                   None)
        if hit is not None:
            free.remove(hit)
        out.append((p, hit))
    return out


@dataclass
class ClaimScores:
    """Totals over items: overall, recall by gold scope, precision by predicted kind."""

    overall: PRF = field(default_factory=PRF)
    scope_gold: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    scope_matched: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kind_predicted: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kind_matched: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, preds: list[Prediction], golds: list[GoldFigure]) -> None:
        pairs = match(preds, golds)
        matched = [g for _p, g in pairs if g is not None]
        self.overall.tp += len(matched)
        self.overall.fp += len(pairs) - len(matched)
        self.overall.fn += len(golds) - len(matched)
        for gold in golds:
            self.scope_gold[gold.scope] += 1
        for gold in matched:
            self.scope_matched[gold.scope] += 1
        for p, g in pairs:
            self.kind_predicted[p.kind] += 1
            self.kind_matched[p.kind] += g is not None

    def by_scope(self) -> dict[str, dict[str, int | float | None]]:
        return {s: {"gold": n, "matched": self.scope_matched[s], "recall": _ratio(self.scope_matched[s], n)}
                for s, n in sorted(self.scope_gold.items())}

    def by_kind(self) -> dict[str, dict[str, int | float | None]]:
        return {k: {"predicted": n, "matched": self.kind_matched[k], "precision": _ratio(self.kind_matched[k], n)}
                for k, n in sorted(self.kind_predicted.items())}


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None
