"""The evaluation harness: gold validation, perturbations, replay, metrics, gate, and a broken checker."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import checker.reconcile as reconcile_module
from checker.cli import main
from checker.evaluation.gold import GoldError, load_dataset
from checker.evaluation.perturb import generate
from checker.evaluation.run import evaluate, gate
from checker.extract.replay import ReplayExtractor
from checker.extract.rules import RuleExtractor
from checker.reconcile.figures import check_sum
from tests.helpers import ROOT

DATASET = ROOT / "eval" / "data"
RESPONSES = DATASET / "responses" / "mock-v2.jsonl"


@pytest.fixture(scope="module")
def gold():
    return load_dataset(DATASET)


def _mini(tmp_path: Path, record: dict) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("On Friday, May 23, 390 Ukrainians were released.", encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps([record]), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("record", "message"), [
    ({"id": "a", "claims": [{"kind": "count", "value": "390", "quote": "391 Ukrainians"}]},
     r"claims\[0\]: quote not found verbatim"),
    ({"id": "a", "claims": [{"kind": "tally", "value": "390", "quote": "390 Ukrainians"}]}, "claims.0.kind"),
    ({"id": "a", "claims": [{"kind": "count", "value": "roughly-ish 390", "quote": "390 Ukrainians"}]},
     "unknown hedge"),
    ({"id": "a", "facts": [{"check": "sums", "holds": "x", "quotes": ["390"]}]}, "facts.0.check"),
    ({"id": "missing", "claims": []}, "no article file"),
    ({"id": "a", "claims": [], "extra": 1}, "extra"),
])
def test_gold_is_validated_on_load_with_clear_errors(tmp_path, record, message):
    with pytest.raises(GoldError, match=message) as e:
        load_dataset(_mini(tmp_path, record))
    assert "gold.json[0]" in str(e.value)


def test_shipped_dataset_loads_with_seeds_and_every_quote_placed(gold):
    ids = {g.article.id for g in gold}
    assert {"000_57411453c1ec540b", "003_d028d9d8b9cb004c"} <= ids
    for g in gold:
        for (a, b), c in zip(g.claim_spans, g.record.claims, strict=True):
            assert g.article.text[a:b] == c.quote


def test_perturbations_are_deterministic_and_edit_inside_a_fact(gold):
    one, two = generate(gold, seed=7), generate(gold, seed=7)
    assert [(v.id, v.article.text) for v in one] == [(v.id, v.article.text) for v in two]
    assert one
    for v in one:
        assert v.article.text[v.span[0]:v.span[1]] == v.after and v.before != v.after
    assert {v.mutation for v in one} >= {"number", "weekday"}


def test_rules_on_the_gold_set_are_free_of_false_contradictions_on_the_seeds(gold):
    seeds = [g for g in gold if g.article.id[:3] in ("000", "003")]
    m = evaluate(seeds, RuleExtractor())
    assert m["false_contradictions"] == 0 and m["claim_f1"]["f1"] > 0.8


def test_breaking_the_sum_check_makes_the_metrics_drop(gold, monkeypatch):
    variants = generate(gold, seed=0)
    good = evaluate(gold, RuleExtractor(), variants=variants)

    def broken_sum(idx):  # a regression: the sum check says every total adds up
        return [type(f)(f.id, f.check, "consistent", "info", f.claims, f.articles, f.working, f.message)
                for f in check_sum(idx)]

    checks = tuple(broken_sum if c is check_sum else c for c in reconcile_module.ARTICLE_CHECKS)
    monkeypatch.setattr(reconcile_module, "ARTICLE_CHECKS", checks)
    bad = evaluate(gold, RuleExtractor(), variants=variants)
    # other checks (restatement, target) still catch some planted errors; the sum's own catches are gone
    assert bad["contradiction_recall_exact_check"] < good["contradiction_recall_exact_check"]
    assert bad["recall_by_mutation"]["number"]["recall"] < good["recall_by_mutation"]["number"]["recall"]
    assert bad["gold_contradictions_caught"] < good["gold_contradictions_caught"]  # 140's 173 + 148 ≠ 331


def test_replay_runs_the_llm_path_offline_and_contains_planted_mistakes(gold):
    m = evaluate(gold, ReplayExtractor(RESPONSES, "mock-v2"))
    assert m["extractor"] == "replay:mock-v2" and m["failed_articles"] == 0
    assert m["ungrounded_rate"] > 0  # paraphrased and invented quotes are caught by grounding
    assert m["usage"] == {}


def test_replay_without_a_recorded_answer_reports_the_article_failed(gold, tmp_path):
    empty = tmp_path / "none.jsonl"
    empty.write_text("", encoding="utf-8")
    m = evaluate(gold[:1], ReplayExtractor(empty, "mock-v2"), per_article=0)
    assert m["failed_articles"] == 1


def test_eval_command_table_json_baseline_and_gate(tmp_path, capsys):
    out = tmp_path / "m.json"
    assert main(["eval", str(DATASET), "--out", str(out)]) == 0
    table = capsys.readouterr().out
    assert "claim F1" in table and "false contradictions / 100 clean" in table
    metrics = json.loads(out.read_text(encoding="utf-8"))
    assert main(["eval", str(DATASET), "--baseline", str(out)]) == 0
    assert "delta" in capsys.readouterr().out
    strict = tmp_path / "t.toml"
    strict.write_text("[rules]\nclaim_f1_min = 1.01\nfalse_contradictions_per_100_max = 0\n", encoding="utf-8")
    assert gate(metrics, strict, "rules") == [f"claim_f1_min: {metrics['claim_f1']['f1']} is not >= 1.01"] + (
        [] if metrics["false_contradictions_per_100_clean"] == 0 else [
            f"false_contradictions_per_100_max: {metrics['false_contradictions_per_100_clean']} is not <= 0"])
    assert main(["eval", str(DATASET), "--gate", str(strict)]) == 1
    assert "claim_f1_min" in capsys.readouterr().err


@pytest.mark.allow_model_requests
def test_record_from_a_live_endpoint_then_replay_gives_the_same_metrics(tmp_path, capsys, monkeypatch):
    from tests.fake_openai_server import FakeOpenAIServer

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    data = tmp_path / "data"
    (data / "articles").mkdir(parents=True)
    for f in (DATASET / "articles").glob("00*.txt"):
        shutil.copy(f, data / "articles" / f.name)
    shutil.copy(DATASET / "gold_seeds.json", data / "gold_seeds.json")
    rec = tmp_path / "rec.jsonl"
    with FakeOpenAIServer() as server:
        assert main(["eval", str(data), "--extractor", "llm", "--base-url", server.base_url, "--model", "fake",
                     "--record", str(rec), "--out", str(tmp_path / "live.json"), "--per-article", "1"]) == 0
        calls = server.calls
    assert calls == 2 + 2  # two gold articles, one perturbation each
    assert len(rec.read_text(encoding="utf-8").splitlines()) == 4
    assert main(["eval", str(data), "--extractor", "replay", "--responses", str(rec), "--replay-model", "fake",
                 "--out", str(tmp_path / "replay.json"), "--per-article", "1"]) == 0
    live = json.loads((tmp_path / "live.json").read_text(encoding="utf-8"))
    replay = json.loads((tmp_path / "replay.json").read_text(encoding="utf-8"))
    for key in ("claim_f1", "finding", "contradiction_recall", "ungrounded_rate"):
        assert live[key] == replay[key]
    assert live["usage"]["total"]["calls"] == 4


def test_an_unknown_gate_key_is_a_usage_error_before_the_run(tmp_path, capsys, monkeypatch):
    import checker.evaluation.run as run_module

    def no_run(*_a, **_k):
        raise AssertionError("evaluated before the thresholds were checked")

    monkeypatch.setattr(run_module, "evaluate", no_run)
    bad = tmp_path / "t.toml"
    bad.write_text('[rules]\nclaim_f1_minimum = 0.5\nfalse_contradictions_per_100_max = "none"\n'
                   'ungrounded_rate_max = 0\n', encoding="utf-8")
    assert main(["eval", str(DATASET), "--gate", str(bad)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2
    assert err[0].startswith(f"checker: error: {bad} [rules]: unknown threshold 'claim_f1_minimum' (known: ")
    assert err[1] == f"checker: error: {bad} [rules]: false_contradictions_per_100_max = 'none' is not a number"
    assert main(["eval", str(DATASET), "--gate", str(bad), "--extractor", "replay"]) == 2
    assert capsys.readouterr().err == f"checker: error: --gate {bad}: no [replay] section\n"
    assert main(["eval", str(DATASET), "--gate", str(tmp_path / "none.toml")]) == 2


def test_a_gold_dataset_reports_all_its_errors(tmp_path, capsys):
    data = _mini(tmp_path, {"id": "a", "claims": [{"kind": "count", "value": "391", "quote": "391 Ukrainians"},
                                                   {"kind": "tally", "value": "1", "quote": "released."}],
                            "facts": [{"check": "sum", "holds": "x", "quotes": ["390 Ukrainians", "nope"]}]})
    (data / "more.json").write_text(json.dumps([{"id": "b"}, {"id": "a"},
                                                {"id": "a2", "claims": [{"kind": "count", "value": "x y z"}]}]),
                                    encoding="utf-8")
    with pytest.raises(GoldError) as e:
        load_dataset(data)
    assert e.value.problems == [
        "gold.json[0]: claims.1.kind: Input should be 'count', 'total', 'cumulative', 'target', 'ordinal', "
        "'subset', 'counterpart', 'age', 'duration' or 'date'",
        "gold.json[0] (a) claims[0]: quote not found verbatim in the article: '391 Ukrainians'",
        "gold.json[0] (a) facts[0]: quote not found verbatim in the article: 'nope'",
        f"more.json[0]: no article file {data / 'articles' / 'b.txt'}",
        "more.json[1]: duplicate id 'a' (first in gold.json[0])",
        "more.json[2]: claims.0.quote: Field required",
        f"more.json[2]: no article file {data / 'articles' / 'a2.txt'}",
    ]
    assert main(["eval", str(data)]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 7


def test_eleventh_and_twelfth_stages_do_not_break_the_perturbation_generator(tmp_path):
    text = "The twelfth stage came on Friday, after the eleventh stage on Thursday. 40 people went home."
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps([{"id": "a", "facts": [
        {"check": "stage_sequence", "holds": "12 after 11",
         "quotes": ["The twelfth stage came on Friday", "the eleventh stage on Thursday"]}]}]), encoding="utf-8")
    variants = generate(load_dataset(tmp_path), per_article=5)
    assert sorted((v.before, v.after) for v in variants) == [("eleventh", "ninth"), ("twelfth", "tenth")]


def test_the_result_names_each_missed_gold_contradiction(gold, capsys):
    from checker.claims import Extraction

    class Blind:
        name = "blind"

        def extract(self, article):
            return Extraction(article_id=article.id, extractor=self.name)

    planted = [g for g in gold if not g.clean]
    missed = evaluate(planted, Blind(), per_article=0)["missed_gold_contradictions"]
    assert missed == [{"article": g.article.id, "check": g.record.contradiction.check,
                       "working": g.record.contradiction.working} for g in planted]
    assert evaluate(planted, RuleExtractor(), per_article=0)["missed_gold_contradictions"] == []
    from checker.evaluation.run import render_table

    table = render_table(evaluate(planted, Blind(), per_article=0))
    assert all(f"missed gold contradiction: {g.article.id} ({g.record.contradiction.check})" in table
               for g in planted)
