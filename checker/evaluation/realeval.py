"""`checker eval FILE.jsonl`: the checker on real-text gold (realnews format), item by item.

Each item is extracted and reconciled alone, with the fixed TODAY of the folder harness, and so is
each flip variant. Metrics (JSON keys documented in the README):
- claims: precision / recall / F1 against gold figures (checker.evaluation.claimmatch), recall by gold
  scope, precision by predicted kind, and the bare digit-regex baseline through the same matcher;
- flips: planted errors caught (checker.evaluation.flips): a flip is caught only when a contradiction
  that was not on the unedited text names the edited figure's new value (as the checker prints it);
- contradictions: false alarms on items without any gold inconsistency, contradictions on items whose
  inconsistencies are all non-real (reported, not counted as false), and real within-item
  inconsistencies caught with the right numbers;
- batch: the items reconciled together, as `checker check` would (checker.evaluation.realbatch):
  event links against the gold events, cross-article findings against cross-item inconsistencies.
"""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

from checker.claims import Article, fmt_number
from checker.evaluation.claimmatch import ClaimScores, digit_baseline, predictions
from checker.evaluation.flips import Flip, FlipPlan, plan_flips
from checker.evaluation.realbatch import score_batch
from checker.evaluation.realgold import RealGold, RealItem
from checker.evaluation.relations import numbers_of
from checker.evaluation.run import TODAY
from checker.evaluation.textnums import names_number, number_tokens, swap_number
from checker.extract import Extractor
from checker.pipeline import ArticleResult, extract_all, usage_of
from checker.reconcile import Finding, reconcile_article

PER_100 = 100
MIN_NUMBERS_NAMED = 2  # a failing relation is measurable when at least two of its numbers are in the text


def _flagged(r: ArticleResult) -> list[Finding]:
    """What an editor is shown as wrong or to look at: contradictions and unclear findings."""
    return [f for f in reconcile_article(r.doc()) if f.verdict in ("contradiction", "unclear")]


def _contradictions(found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.verdict == "contradiction"]


MISS_UNCLEAR = "flagged unclear: a check saw it, the text does not state every link"
MISS_NOT_READ = "edited figure not read as a claim"
MISS_UNRELATED = "figure read, no check relates it to the others"


def _signature(f: Finding) -> tuple[str, str, str]:
    return f.check, f.working, f.message


def names(f: Finding, value: Decimal) -> bool:
    """Whether the finding's working or message names `value` as a standalone number."""
    return names_number(f.working, value) or names_number(f.message, value)


def _brief(item_id: str, f: Finding) -> dict[str, str]:
    return {"item": item_id, "check": f.check, "working": f.working, "message": f.message}


def _new(f: Finding, flip: Flip, old: set[tuple[str, str, str]]) -> bool:
    """Not on the unedited text: neither as it is, nor with the edited number printed as it was (an
    old finding that only reprints the new figure, e.g. a restatement listing every value, is an echo)."""
    if _signature(f) in old:
        return False
    return tuple(swap_number(s, flip.new_value, flip.old_value) for s in _signature(f)) not in old


def score_flips(plan: FlipPlan, before: dict[str, list[Finding]], after: list[ArticleResult]) -> dict[str, Any]:
    """Caught / total, by relation form, with every miss listed and why it was missed.

    `before` holds each item's flagged findings (contradiction or unclear) on the unedited text."""
    by_form: dict[str, list[int]] = {}
    missed: list[dict[str, str]] = []
    why: dict[str, int] = {}
    echoes = 0
    for flip, r in zip(plan.flips, after, strict=True):
        flagged = _flagged(r)
        old = {_signature(f) for f in _contradictions(before[flip.item_id])}
        naming = [f for f in _contradictions(flagged) if names(f, flip.new_value) and _signature(f) not in old]
        hit = any(_new(f, flip, old) for f in naming)
        echoes += bool(naming) and not hit
        tally = by_form.setdefault(flip.form, [0, 0])
        tally[0] += hit
        tally[1] += 1
        if not hit:
            was = {_signature(f) for f in before[flip.item_id]}
            reason = _why_missed(flip, r, [f for f in flagged if f.verdict == "unclear"], was)
            why[reason] = why.get(reason, 0) + 1
            missed.append({**_miss(flip), "why": reason})
    total = len(plan.flips)
    caught = total - len(missed)
    return {
        "total": total, "caught": caught, "rate": round(caught / total, 4) if total else None,
        "by_form": {k: {"caught": c, "total": t, "rate": round(c / t, 4)} for k, (c, t) in sorted(by_form.items())},
        "echoes_only": echoes,
        "missed_why": dict(sorted(why.items(), key=lambda kv: -kv[1])),
        "items_with_flips": len({f.item_id for f in plan.flips}),
        "relations_eligible": plan.eligible, "relations_used": plan.used,
        "relations_skipped": dict(sorted(plan.relations_skipped.items())),
        "numbers_skipped": dict(sorted(plan.numbers_skipped.items())),
        "missed": missed,
    }


def _why_missed(flip: Flip, r: ArticleResult, unclear: list[Finding], old: set[tuple[str, str, str]]) -> str:
    """Where a missed flip was lost: held back by the evidence rule, never read, or never related."""
    if any(names(f, flip.new_value) and _new(f, flip, old) for f in unclear):
        return MISS_UNCLEAR
    if not any(c.value is not None and c.value.contains(flip.new_value) for c in r.claims):
        return MISS_NOT_READ
    return MISS_UNRELATED


def _miss(flip: Flip) -> dict[str, str]:
    return {"item": flip.item_id, "expr": flip.expr, "form": flip.form, "role": flip.role,
            "edit": f"{flip.before} -> {flip.after}"}


def _real_within(item: RealItem) -> bool:
    return any(i.type == "within_item" and i.severity == "real" for i in item.record.inconsistencies)


def _required(item: RealItem) -> list[list[Decimal]]:
    """For each failing relation, its numbers that are written in the text (if at least two are)."""
    present = {t.value for t in number_tokens(item.article.text, item.body_start)}
    out = []
    for rel in item.record.relations:
        if not rel.holds:
            wanted = list(dict.fromkeys(n for n in numbers_of(rel.expr) if n in present))
            if len(wanted) >= MIN_NUMBERS_NAMED:
                out.append(wanted)
    return out


def score_contradictions(items: list[RealItem], found: dict[str, list[Finding]]) -> dict[str, Any]:
    clean = [i for i in items if not i.record.inconsistencies]
    real = [i for i in items if _real_within(i)]
    nonreal = [i for i in items if i.record.inconsistencies and all(x.severity != "real"
                                                                    for x in i.record.inconsistencies)]
    sorted_ids = {i.id for group in (clean, real, nonreal) for i in group}
    other = [i for i in items if i.id not in sorted_ids]
    false_alarms = [_brief(i.id, f) for i in clean for f in found[i.id]]
    caught, missed, unmeasured = [], [], []
    for item in real:
        wanted = _required(item)
        if not wanted:
            unmeasured.append(item.id)
        elif any(all(names(f, n) for n in nums) for nums in wanted for f in found[item.id]):
            caught.append(item.id)
        else:
            missed.append({"item": item.id, "numbers": [" ".join(map(fmt_number, nums)) for nums in wanted],
                           "contradictions": [f.working for f in found[item.id]]})
    return {
        "clean_items": len(clean), "false_contradictions": len(false_alarms),
        "false_contradictions_per_100_clean": round(PER_100 * len(false_alarms) / len(clean), 2) if clean else None,
        "false_alarms": false_alarms, "clean_items_flagged": len({a["item"] for a in false_alarms}),
        "nonreal_items": len(nonreal),
        "nonreal_contradictions": [_brief(i.id, f) for i in nonreal for f in found[i.id]],
        "real_items": len(real), "real_caught": len(caught), "real_caught_items": caught,
        "real_missed": missed, "real_unmeasured": unmeasured,
        "other_items": len(other), "other_contradictions": sum(len(found[i.id]) for i in other),
    }


def flip_articles(gold: RealGold) -> tuple[FlipPlan, list[Article]]:
    """The flip plan and every article the evaluation extracts (items, then flip variants)."""
    plan = plan_flips(gold.items)
    return plan, [i.article for i in gold.items] + [f.article for f in plan.flips]


def evaluate_real(gold: RealGold, extractor: Extractor) -> dict[str, Any]:
    """All metrics for one extractor on real-text gold, as a JSON-ready dict."""
    t0 = time.perf_counter()
    plan, articles = flip_articles(gold)
    results = extract_all(articles, extractor, today=TODAY)
    items, variants = results[:len(gold.items)], results[len(gold.items):]
    claims, baseline = ClaimScores(), ClaimScores()
    unscored = {"no_value": 0, "date_kind": 0}
    found: dict[str, list[Finding]] = {}
    flagged: dict[str, list[Finding]] = {}
    for item, r in zip(gold.items, items, strict=True):
        preds = predictions(r.claims)
        unscored["no_value"] += sum(c.value is None and c.kind.value != "date" for c in r.claims)
        unscored["date_kind"] += sum(c.kind.value == "date" for c in r.claims)
        claims.add(preds, item.figures)
        baseline.add(digit_baseline(item), item.figures)
        flagged[item.id] = _flagged(r)
        found[item.id] = _contradictions(flagged[item.id])
    return {
        "format": "realnews", "gold": gold.path.name, "extractor": extractor.name, "items": len(gold.items),
        "gold_figures": sum(len(i.figures) for i in gold.items), "gold_warnings": gold.warnings,
        "claims": claims.overall.as_dict(), "claims_by_scope": claims.by_scope(), "claims_by_kind": claims.by_kind(),
        "claims_unscored": unscored,
        "digit_baseline": baseline.overall.as_dict(), "digit_baseline_by_scope": baseline.by_scope(),
        "flips": score_flips(plan, flagged, variants),
        "contradictions": score_contradictions(gold.items, found),
        "batch": score_batch(gold.items, items),
        "failed_items": sum(bool(r.errors) for r in items),
        "failed_variants": sum(bool(r.errors) for r in variants),
        "ungrounded": sum(len(r.ungrounded) for r in items),
        "usage": usage_of(extractor),
        "seconds": round(time.perf_counter() - t0, 2),
    }
