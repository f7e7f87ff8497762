"""`checker eval`: run an extractor over a gold dataset and its perturbations, score, compare, gate.

Each article is reconciled alone (gold records are independent), so a finding never mixes two gold
articles. Perturbation variants are scored on whether a contradiction lands on the edited text.
"""

from __future__ import annotations

import datetime as dt
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from checker.claims import Article
from checker.errors import UsageError
from checker.evaluation.gold import GoldArticle, load_dataset
from checker.evaluation.metrics import Scores, overlaps
from checker.evaluation.perturb import Variant, generate
from checker.extract import Extractor
from checker.pipeline import ArticleResult, extract_all, usage_of
from checker.reconcile import reconcile_article

TODAY = dt.date(2026, 11, 22)  # fixed reference date: year assumptions must not drift between runs


def _reconcile(r: ArticleResult) -> list[Any]:
    return reconcile_article(r.doc())


def evaluate(dataset: list[GoldArticle], extractor: Extractor, *, seed: int = 0, per_article: int = 3,
             variants: list[Variant] | None = None) -> dict[str, Any]:
    """All metrics for one extractor, as a JSON-ready dict."""
    t0 = time.perf_counter()
    variants = generate(dataset, seed=seed, per_article=per_article) if variants is None else variants
    articles: list[Article] = [g.article for g in dataset] + [v.article for v in variants]
    results = extract_all(articles, extractor, today=TODAY)
    scores = Scores()
    for g, r in zip(dataset, results[:len(dataset)], strict=True):
        scores.add_article(g, r, _reconcile(r))
    caught_any = caught_check = 0
    by_mutation: dict[str, list[int]] = {}
    misses: list[dict[str, str]] = []
    for v, r in zip(variants, results[len(dataset):], strict=True):
        spans = {c.id: (c.grounding.start, c.grounding.end) for c in r.claims if c.grounding}
        hits = [f for f in _reconcile(r) if f.verdict == "contradiction"
                and any(overlaps(spans[c], v.span) for c in f.claims if c in spans)]
        ok_any, ok_check = bool(hits), any(f.check == v.check for f in hits)
        caught_any += ok_any
        caught_check += ok_check
        tally = by_mutation.setdefault(v.mutation, [0, 0])
        tally[0] += ok_any
        tally[1] += 1
        if not ok_any:
            misses.append({"variant": v.id, "mutation": v.mutation, "check": v.check,
                           "edit": f"{v.before} → {v.after}"})
    n = len(variants)
    out = scores.summary()
    out.update({
        "extractor": extractor.name,
        "articles": len(dataset),
        "perturbations": n,
        "contradiction_recall": round(caught_any / n, 4) if n else None,
        "contradiction_recall_exact_check": round(caught_check / n, 4) if n else None,
        "recall_by_mutation": {k: {"caught": a, "total": t, "recall": round(a / t, 4)}
                               for k, (a, t) in sorted(by_mutation.items())},
        "missed_perturbations": misses,
        "usage": usage_of(extractor),
        "seconds": round(time.perf_counter() - t0, 2),
    })
    return out


Metric = Callable[[dict[str, Any]], Any]

HEADLINE: list[tuple[str, Metric]] = [
    ("claim F1", lambda m: m["claim_f1"]["f1"]),
    ("claim precision", lambda m: m["claim_f1"]["precision"]),
    ("claim recall", lambda m: m["claim_f1"]["recall"]),
    ("finding precision", lambda m: m["finding"]["precision"]),
    ("finding recall", lambda m: m["finding"]["recall"]),
    ("contradiction recall (perturbations)", lambda m: m["contradiction_recall"]),
    ("  … with the expected check", lambda m: m["contradiction_recall_exact_check"]),
    ("gold contradictions caught", lambda m: f"{m['gold_contradictions_caught']}/{m['gold_contradictions']}"),
    ("false contradictions / 100 clean", lambda m: m["false_contradictions_per_100_clean"]),
    ("ungrounded rate", lambda m: m["ungrounded_rate"]),
    ("failed articles", lambda m: m["failed_articles"]),
]


def fmt_cell(x: object) -> str:
    if isinstance(x, float):
        return f"{x:.3f}"
    return "—" if x is None else str(x)


def headline_rows(rows: list[tuple[str, Any]], metrics: dict[str, Any],
                  baseline: dict[str, Any] | None = None) -> list[str]:
    """Metric name, value and, against a baseline run, the old value and the delta."""
    width = max(len(name) for name, _ in rows) + 2
    head = f"{'metric':<{width}}{'value':>10}" + (f"{'baseline':>10}{'delta':>10}" if baseline else "")
    lines = [head, "-" * len(head)]
    for name, get in rows:
        value = get(metrics)
        row = f"{name:<{width}}{fmt_cell(value):>10}"
        if baseline:
            try:
                old = get(baseline)
            except (KeyError, TypeError):
                old = None
            delta = value - old if isinstance(value, int | float) and isinstance(old, int | float) else None
            row += f"{fmt_cell(old):>10}{(f'{delta:+.3f}' if delta is not None else ''):>10}"
        lines.append(row)
    return lines


def render_table(metrics: dict[str, Any], baseline: dict[str, Any] | None = None) -> str:
    """A plain-text table: headline metrics (with deltas against a baseline), then by kind and check."""
    lines = [f"checker eval — extractor {metrics['extractor']}: {metrics['articles']} gold articles, "
             f"{metrics['perturbations']} perturbations, {metrics['seconds']} s", ""]
    lines += headline_rows(HEADLINE, metrics, baseline)
    lines += ["", f"{'claims by kind':<16}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'found':>7}"]
    for kind, s in metrics["claims_by_kind"].items():
        lines.append(f"{kind:<16}{fmt_cell(s['precision']):>8}{fmt_cell(s['recall']):>8}{fmt_cell(s['f1']):>8}"
                     f"{s['tp'] + s['fn']:>7}{s['tp'] + s['fp']:>7}")
    lines += ["", f"{'findings by check':<18}{'P':>8}{'R':>8}{'gold':>7}{'found':>7}"]
    for check, s in metrics["findings_by_check"].items():
        lines.append(f"{check:<18}{fmt_cell(s['precision']):>8}{fmt_cell(s['recall']):>8}{s['tp'] + s['fn']:>7}"
                     f"{s['tp'] + s['fp']:>7}")
    lines += ["", f"{'perturbation':<14}{'caught':>8}{'total':>7}{'recall':>8}"]
    for mutation, s in metrics["recall_by_mutation"].items():
        lines.append(f"{mutation:<14}{s['caught']:>8}{s['total']:>7}{fmt_cell(s['recall']):>8}")
    missed = metrics.get("missed_gold_contradictions") or []
    lines += [""] if missed else []
    lines += [f"missed gold contradiction: {m['article']} ({m['check']}): {m['working']}" for m in missed]
    usage = metrics.get("usage") or {}
    if usage.get("total"):
        t = usage["total"]
        lines += ["", f"LLM: {t['calls']} calls, {t['prompt_tokens']:,} prompt + {t['completion_tokens']:,} "
                      f"completion tokens"]
    return "\n".join(lines) + "\n"


GATES: dict[str, tuple[str, Metric]] = {
    "claim_f1_min": (">=", lambda m: m["claim_f1"]["f1"]),
    "finding_recall_min": (">=", lambda m: m["finding"]["recall"]),
    "finding_precision_min": (">=", lambda m: m["finding"]["precision"]),
    "contradiction_recall_min": (">=", lambda m: m["contradiction_recall"]),
    "gold_contradictions_caught_min": (">=", lambda m: m["gold_contradictions_caught"]),
    "false_contradictions_per_100_max": ("<=", lambda m: m["false_contradictions_per_100_clean"]),
    "ungrounded_rate_max": ("<=", lambda m: m["ungrounded_rate"]),
    "failed_articles_max": ("<=", lambda m: m["failed_articles"]),
}


def load_thresholds(thresholds_file: Path, section: str,
                    gates: dict[str, tuple[str, Any]] | None = None) -> dict[str, float]:
    """The [section] limits of a thresholds TOML file. A missing file or section, bad TOML, an unknown
    key or a non-numeric limit is a UsageError naming every problem (exit 2, not a failed gate)."""
    try:
        with thresholds_file.open("rb") as f:
            table = tomllib.load(f)
    except OSError as e:
        raise UsageError(f"--gate {thresholds_file}: cannot read it ({e.strerror or e})") from None
    except tomllib.TOMLDecodeError as e:
        raise UsageError(f"--gate {thresholds_file}: not valid TOML ({e})") from None
    gates = GATES if gates is None else gates
    limits = table.get(section)
    if not isinstance(limits, dict):
        raise UsageError(f"--gate {thresholds_file}: no [{section}] section")
    problems = [f"{thresholds_file} [{section}]: unknown threshold {name!r} (known: {', '.join(gates)})"
                for name in limits if name not in gates]
    problems += [f"{thresholds_file} [{section}]: {name} = {limit!r} is not a number"
                 for name, limit in limits.items() if name in gates
                 and (isinstance(limit, bool) or not isinstance(limit, int | float))]
    if problems:
        raise ThresholdError(problems)
    return {name: float(limit) for name, limit in limits.items()}


class ThresholdError(UsageError):
    """Every problem of a thresholds file, one per line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


def gate(metrics: dict[str, Any], limits: dict[str, float] | Path, section: str | None = None,
         gates: dict[str, tuple[str, Any]] | None = None) -> list[str]:
    """Failures of metrics against threshold limits (empty list: pass). `limits` may be a thresholds
    file, read with `load_thresholds(limits, section, gates)`."""
    gates = GATES if gates is None else gates
    if isinstance(limits, Path):
        limits = load_thresholds(limits, section or "", gates)
    failures = []
    for name, limit in limits.items():
        op, get = gates[name]
        value = get(metrics)
        ok = value is not None and (value >= limit if op == ">=" else value <= limit)
        if not ok:
            failures.append(f"{name}: {value} is not {op} {limit:g}")
    return failures


def load(dataset_dir: Path) -> list[GoldArticle]:
    return load_dataset(dataset_dir)
