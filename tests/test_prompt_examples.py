"""The shipped prompt's worked examples are right, not only well-formed: read back as a model's answer
(the same parsing, validation and grounding as a live one), each grounds every claim and relation, and
the checker finds every stated relation consistent. Together they show the relation forms the
instructions describe, with the cue words the reconciler reads (a comparison's 'than', a margin, a
revision). Loading the prompt already checks each example against the answer model and its quotes."""

from __future__ import annotations

import json

from checker.claims import Article, Role
from checker.extract.llm_schema import ChunkAnswer, build_extraction
from checker.extract.prompts import Example, PromptSet
from checker.pipeline import check, finish
from checker.reconcile.findings import Finding
from checker.vocab import MARGIN_CUES, REVISION_WORDS


def _read_back(n: int, ex: Example) -> tuple[int, list[Finding]]:
    """The example's answer as a model's; how many relations survive, and what the checker finds."""
    article = Article(id=f"example-{n}", text=ex.text)
    ext = build_extraction(article, [ChunkAnswer(0, len(ex.text), json.dumps(ex.answer))], "llm:examples")
    assert not ext.errors and not ext.rejected and not ext.ungrounded, f"example {n}"
    assert len(ext.claims) == len(ex.answer["claims"]), f"example {n}: a claim was merged or lost"
    result = finish(article, ext)
    unchecked = {r.id for r in result.relations
                 if r.direction == "down" and not any(m.role is Role.FROM for m in r.members)}
    findings = check([result])
    related = {f.relation for f in findings if f.relation is not None}
    # a fall with no earlier figure ('revised down by 15 to 240') has nothing to check; every other one does
    missing = {r.id for r in result.relations} - related - unchecked
    assert not missing, f"example {n}: relations with no finding: {missing}"
    return len(ext.relations), findings


def test_every_worked_example_reads_back_whole_and_consistent() -> None:
    prompts = PromptSet.load()
    for n, ex in enumerate(prompts.examples, 1):
        kept, findings = _read_back(n, ex)
        assert kept == len(ex.answer.get("relations", [])), f"example {n}: a relation was dropped"
        wrong = [(f.check, f.working) for f in findings if f.verdict == "contradiction"]
        assert not wrong, f"example {n}: {wrong}"
        stated = [f for f in findings if f.relation is not None]
        assert all(f.verdict == "consistent" for f in stated), f"example {n}: {[f.working for f in stated]}"


def test_worked_examples_show_the_relation_forms_the_instructions_name() -> None:
    prompts = PromptSet.load()
    relations = [r for ex in prompts.examples for r in ex.answer.get("relations", [])]
    assert {r["kind"] for r in relations} >= {"breakdown", "change", "share", "remaining", "restatement",
                                               "exchange"}
    assert {m["role"] for r in relations for m in r["members"]} >= {
        "whole", "part", "to", "from", "by", "done", "left", "same", "side"}
    cues = [c for r in relations for c in r.get("cues", [])]
    assert any(c.endswith(" than") for c in cues)  # read as a comparison, not a change over time
    assert any(c in MARGIN_CUES for c in cues)
    assert any(REVISION_WORDS & set(c.lower().split()) for c in cues)  # a correction, not a fall
    assert any("factor" in r for r in relations)
    # lists that are all of their whole and lists that are only some of it, with and without cue words
    assert {r.get("exhaustive") for r in relations if r["kind"] == "breakdown"} >= {True, False}
    assert any(r["kind"] == "breakdown" and r.get("exhaustive") is False and not r.get("cues") for r in relations)
