"""Write the shipped mocked LLM responses for the gold set: eval/data/responses/mock-v1.jsonl.

For every gold article and every perturbation variant (same seed and count as `checker eval`), the
answer a careful model would give is written in the model's own response format (ClaimDraft JSON),
starting from the offline extractor's reading of the text (so dates, categories and sides are filled
in as a model would), and then realistic model mistakes are planted, chosen deterministically from a
hash of the base article id:

- a quote the model paraphrased instead of copying (must end up *ungrounded*, never used),
- a claim the model missed,
- an invented claim, with a figure and a sentence that are not in the article (ungrounded),
- a mislabelled category (military counted as civilian): a wrong claim that does ground.

Re-run after changing the prompt files (the prompt hash is part of each record's key):

    python eval/make_mock_responses.py [--dataset eval/data] [--out eval/data/responses/mock-v1.jsonl]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from checker.claims import Article, Category, Claim, Interval, Kind
from checker.dates import WEEKDAY_NAMES
from checker.evaluation.gold import load_dataset
from checker.evaluation.perturb import generate
from checker.extract.prompts import PromptSet
from checker.extract.replay import record_line
from checker.extract.rules import RuleExtractor
from checker.numbers import HEDGES

MODEL = "mock-v1"


def _num(x: Decimal) -> int | float | str:
    return int(x) if x == x.to_integral_value() else str(x)


def value_draft(v: Interval | None) -> Any:
    """The figure as a model writes it: a number, or {lo, hi, hedge} with the figure as written."""
    if v is None:
        return None
    if v.is_point:
        return _num(v.lo)  # type: ignore[arg-type]
    kind = HEDGES.get((v.hedge or "").lower())
    if kind == "gt" and v.lo is not None:
        figure = v.lo if v.lo_open else v.lo - 1
    elif kind in ("ge",) and v.lo is not None:
        figure = v.lo
    elif kind == "lt" and v.hi is not None:
        figure = v.hi if v.hi_open else v.hi + 1
    elif kind in ("le", "nearly") and v.hi is not None:
        figure = v.hi
    elif kind == "approx" and v.lo is not None and v.hi is not None:
        figure = ((v.lo + v.hi) / 2).quantize(Decimal(1))
    else:
        return {"lo": None if v.lo is None else _num(v.lo), "hi": None if v.hi is None else _num(v.hi),
                "hedge": v.hedge}
    return {"lo": _num(figure), "hedge": v.hedge}


def draft(c: Claim) -> dict[str, Any]:
    d = c.date
    out: dict[str, Any] = {"kind": c.kind.value, "value": value_draft(c.value), "unit": c.unit,
                           "category": c.category.value, "party": c.party, "stage": c.stage,
                           "final_stage": c.final_stage, "period_days": c.period_days, "since_text": c.since_text,
                           "then_value": None if c.then_value is None else _num(c.then_value),
                           "then_year": c.then_year, "label": c.label, "whole_hint": c.whole_hint,
                           "attribution": c.attribution, "quote": c.quote}
    if d is not None and d.text:
        out["date"] = {"text": d.text, "month": d.month, "day": d.day, "year": d.year,
                       "weekday": None if d.weekday is None else WEEKDAY_NAMES[d.weekday],
                       "relative_days": d.relative_days}
    if c.kind == Kind.ORDINAL:
        out["value"] = c.stage
    return {k: v for k, v in out.items() if v is not None and v is not False}


def mistakes(base_id: str) -> set[str]:
    h = int(hashlib.sha256(base_id.encode()).hexdigest(), 16)
    chosen = set()
    if h % 5 == 0:
        chosen.add("paraphrased_quote")
    if h % 4 == 1:
        chosen.add("missed_claim")
    if h % 3 == 2:
        chosen.add("invented_claim")
    if h % 7 in (3, 4):
        chosen.add("wrong_category")
    return chosen


def answer(article: Article, base_id: str) -> dict[str, Any]:
    drafts = [draft(c) for c in RuleExtractor().extract(article).claims if c.kind != Kind.DATE or c.date]
    planted = mistakes(base_id)
    figures = [d for d in drafts if d["kind"] in ("count", "total", "subset")]
    if "paraphrased_quote" in planted and figures:
        d = figures[0]
        d["quote"] = "According to officials, " + d["quote"].rstrip(".").replace(" were ", " had been ", 1) + "."
    if "missed_claim" in planted and len(figures) > 1:
        drafts.remove(figures[-1])
    if "invented_claim" in planted:
        drafts.append({"kind": "count", "value": 45, "category": "military",
                       "quote": "A further 45 prisoners were handed over late on Sunday, officials said."})
    if "wrong_category" in planted:
        mil = [d for d in drafts if d.get("category") == Category.MILITARY.value and d["kind"] == "count"]
        if mil:
            mil[0]["category"] = Category.CIVILIAN.value
    return {"claims": drafts}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", type=Path, default=Path("eval/data"))
    ap.add_argument("--out", type=Path, default=Path("eval/data/responses/mock-v1.jsonl"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--per-article", type=int, default=3)
    args = ap.parse_args()
    gold = load_dataset(args.dataset)
    prompt_hash = PromptSet.load().hash
    items = [(g.article, g.article.id) for g in gold] + [
        (v.article, v.base_id) for v in generate(gold, seed=args.seed, per_article=args.per_article)]
    lines = []
    for article, base in items:
        raw = json.dumps(answer(article, base), ensure_ascii=False)
        lines.append(record_line(article, prompt_hash, MODEL, [{"start": 0, "end": len(article.text), "raw": raw,
                                                                "grounded": True, "reasks": 0}]))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    planted = {m: sum(m in mistakes(g.article.id) for g in gold) for m in
               ("paraphrased_quote", "missed_claim", "invented_claim", "wrong_category")}
    print(f"wrote {len(lines)} answers ({len(gold)} gold articles + {len(lines) - len(gold)} perturbations) to "
          f"{args.out}; planted mistakes in gold articles: {planted}")


if __name__ == "__main__":
    main()
