"""Write the shipped mocked LLM responses for the gold set: eval/data/responses/mock-v2.jsonl.

A regression test of the LLM parsing path, not a measure of any model: for every gold article and
every perturbation variant (same seed and count as `checker eval`), the offline extractor's reading
is written in the model's response format (`ArticleAnswer`, via `checker.extract.llm_answer`), and
realistic model mistakes are planted, chosen deterministically from a hash of the base article id:

- a quote the model paraphrased instead of copying (must end up *ungrounded*, never used),
- a claim the model missed (with the relations that cite it),
- an invented claim, with a figure and a sentence that are not in the article (ungrounded),
- a mislabelled category (military counted as civilian): a wrong claim that does ground.

Re-run after changing the prompt files or the answer format (the prompt hash keys each record):

    python eval/make_mock_responses.py [--dataset eval/data] [--out eval/data/responses/mock-v2.jsonl]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

from checker.claims import Article, Category
from checker.evaluation.gold import load_dataset
from checker.evaluation.perturb import generate
from checker.extract.llm_answer import answer_from_extraction, answer_json
from checker.extract.prompts import PromptSet
from checker.extract.replay import record_line
from checker.extract.rules import RuleExtractor

MODEL = "mock-v2"
MISTAKES = ("paraphrased_quote", "missed_claim", "invented_claim", "wrong_category")


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
    extraction = RuleExtractor().extract(article)
    out: dict[str, Any] = json.loads(answer_json(answer_from_extraction(extraction, article.text)))
    drafts: list[dict[str, Any]] = out["claims"]
    planted = mistakes(base_id)
    figures = [d for d in drafts if d["kind"] == "count"]
    if "paraphrased_quote" in planted and figures:
        d = figures[0]
        d["quote"] = "According to officials, " + d["quote"].rstrip(".").replace(" were ", " had been ", 1) + "."
    if "missed_claim" in planted and len(figures) > 1:
        gone = figures[-1]
        drafts.remove(gone)
        out["relations"] = [r for r in out.get("relations", [])
                            if all(m["ref"] != gone["ref"] for m in r["members"])]
    if "invented_claim" in planted:
        drafts.append({"ref": "x1", "kind": "count", "value": 45, "category": "military",
                       "quote": "A further 45 prisoners were handed over late on Sunday, officials said."})
    if "wrong_category" in planted:
        mil = [d for d in drafts if d.get("category") == Category.MILITARY.value and d["kind"] == "count"]
        if mil:
            mil[0]["category"] = Category.CIVILIAN.value
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", type=Path, default=Path("eval/data"))
    ap.add_argument("--out", type=Path, default=Path("eval/data/responses/mock-v2.jsonl"))
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
    planted = {m: sum(m in mistakes(g.article.id) for g in gold) for m in MISTAKES}
    print(f"wrote {len(lines)} answers ({len(gold)} gold articles + {len(lines) - len(gold)} perturbations) to "
          f"{args.out}; planted mistakes in gold articles: {planted}")


if __name__ == "__main__":
    main()
