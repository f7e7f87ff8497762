"""Real-text gold (realnews JSONL): the loader, the claim matcher and digit baseline, contradiction counts, CLI.

Every text here is written for the tests; no test reads ../shared.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

import checker.evaluation.realeval as realeval
from checker.claims import Article, Claim, Extraction, Grounding, Interval, Kind
from checker.cli import main
from checker.evaluation.claimmatch import ClaimScores, Prediction, digit_baseline, match
from checker.evaluation.gold import GoldError
from checker.evaluation.realeval import evaluate_real
from checker.evaluation.realgold import GoldFigure, load_realgold
from checker.extract.rules import RuleExtractor
from checker.reconcile.findings import finding
from tests.realgold_fixture import FERRY, claim, inconsistency, items, record, relation, write


def test_loader_reads_the_date_token_as_the_publication_date_and_keeps_offsets_in_the_original_text(tmp_path):
    (item,) = items(tmp_path, FERRY)
    text = item.article.text
    assert text == FERRY["text"] and str(item.article.published) == "2024-03-12"
    assert item.article.published_basis == "date line"
    for fig in item.figures:
        assert text[fig.start:fig.end] == FERRY["claims"][fig.index]["quote"]
    assert [f.value for f in item.figures] == [20, 7, 13, 48] and item.date_claims == 1


def test_a_quote_is_looked_for_after_the_date_token(tmp_path):
    rec = record("d", " date 2024-03-05 Boats: 5 reached the port.", claims=[claim(5, "5")])
    (item,) = items(tmp_path, rec)
    assert item.article.text[item.figures[0].start:].startswith("5 reached")


def test_loader_tolerates_the_optional_fields_and_reads_floats_as_written(tmp_path):
    rec = record("opt", "Turnout was 33.8% and 4 parties won seats.", published_partial="2024-07",
                 claims=[claim(33.8, "Turnout was 33.8%", scope="other", approx=False, planned=False,
                               side="a -> b", stage="day 1", date="2024-07"),
                         claim(4, "4 parties won seats", scope="other", date="2024")],
                 relations=[relation("4 > 3", exhaustive=False)])
    (item,) = items(tmp_path, rec)
    assert item.figures[0].value == Decimal("33.8") and item.article.published is None


def test_loader_reports_every_problem_by_file_line_and_field_not_only_the_first(tmp_path):
    good = record("ok", "Two boats and 3 ships.", claims=[claim(3, "3 ships")])
    bad_scope = record("s", "4 cars.", claims=[claim(4, "4 cars", scope="daily")], colour="red")
    bad_value = record("v", "4 cars.", claims=[claim(4, "4 cars")])
    bad_value["claims"][0]["value"] = "four"
    path = tmp_path / "gold.jsonl"
    lines = [json.dumps(good), "{not json", json.dumps(bad_scope), json.dumps(bad_value), json.dumps(good)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(GoldError) as e:
        load_realgold(path)
    problems = e.value.problems
    assert problems[0].startswith("gold.jsonl:2: invalid JSON")
    assert any(p.startswith("gold.jsonl:3 (s): claims[0].scope:") for p in problems)
    assert any(p.startswith("gold.jsonl:3 (s): colour: Extra inputs are not permitted") for p in problems)
    assert any(p.startswith("gold.jsonl:4 (v): claims[0].value:") for p in problems)
    assert any(p.startswith("gold.jsonl:5: id: duplicate id 'ok' (first on line 1)") for p in problems)
    assert len(problems) == 5


def test_a_quote_missing_from_its_text_is_named_and_only_that_claim_is_skipped(tmp_path):
    rec = record("q", "Of 9 buses, 4 left.", claims=[claim(9, "Of 9 buses"), claim(4, "5 left"), claim(4, "4 left")])
    gold = load_realgold(write(tmp_path / "g.jsonl", [rec]))
    assert gold.warnings == ["g.jsonl:1 (q): claims[1].quote: not in the text, claim skipped: '5 left'"]
    assert [f.index for f in gold.items[0].figures] == [0, 2]


def _gold(start: int, end: int, value: int, approx: bool = False, index: int = 0) -> GoldFigure:
    return GoldFigure(index, start, end, Decimal(value), approx, "stage")


def _pred(start: int, end: int, value: Interval) -> Prediction:
    return Prediction(start, end, value, "count")


def test_a_hedged_prediction_matches_a_gold_value_its_interval_contains():
    about = Interval(lo=Decimal(810), hi=Decimal(990), hedge="about")
    assert match([_pred(0, 10, about)], [_gold(0, 10, 900)])[0][1] is not None
    assert match([_pred(0, 10, about)], [_gold(0, 10, 1000)])[0][1] is None
    assert match([_pred(0, 10, Interval.point(901))], [_gold(0, 10, 900)])[0][1] is None


def test_a_strict_hedge_reaches_its_bound_only_when_the_gold_figure_is_hedged_too():
    more_than_800 = Interval(lo=Decimal(801), hi=None, hedge="more than")
    assert match([_pred(0, 10, more_than_800)], [_gold(0, 10, 800, approx=True)])[0][1] is not None
    assert match([_pred(0, 10, more_than_800)], [_gold(0, 10, 800, approx=False)])[0][1] is None


def test_a_match_needs_overlapping_quotes():
    assert match([_pred(20, 30, Interval.point(7))], [_gold(0, 10, 7)])[0][1] is None
    assert match([_pred(9, 30, Interval.point(7))], [_gold(0, 10, 7)])[0][1] is not None


def test_matching_is_one_to_one_and_greedy_in_text_order():
    golds = [_gold(0, 10, 7, index=0), _gold(5, 15, 7, index=1)]
    preds = [_pred(8, 12, Interval.point(7)), _pred(0, 9, Interval.point(7)), _pred(0, 12, Interval.point(7))]
    pairs = match(preds, golds)
    assert [(p.start, g.index if g else None) for p, g in pairs] == [(0, 0), (0, 1), (8, None)]
    scores = ClaimScores()
    scores.add(preds, golds)
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (2, 1, 0)


def test_the_digit_baseline_finds_digits_only_and_is_scored_by_the_same_matcher(tmp_path):
    rec = record("b", "Thirty buses left; 1,204 people and 45 cars crossed on 3 May.",
                 claims=[claim(30, "Thirty buses left"), claim(1204, "1,204 people"), claim(45, "45 cars")])
    (item,) = items(tmp_path, rec)
    preds = digit_baseline(item)
    assert [p.value.lo for p in preds] == [1204, 45, 3]
    scores = ClaimScores()
    scores.add(preds, item.figures)
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (2, 1, 1)


class FakeExtractor:
    """Claims at fixed quotes: value per quote, so every match rule is exercised exactly."""

    name = "fake"

    def __init__(self, claims: dict[str, list[tuple[str, Interval, Kind]]]):
        self.claims = claims

    def extract(self, article: Article) -> Extraction:
        out = []
        for n, (quote, value, kind) in enumerate(self.claims.get(article.id, [])):
            start = article.text.index(quote)
            out.append(Claim(id=f"{article.id}/c{n}", article_id=article.id, kind=kind, value=value,
                             grounding=Grounding(quote=quote, start=start, end=start + len(quote))))
        return Extraction(article_id=article.id, extractor=self.name, claims=out)


def test_claim_metrics_count_precision_over_valued_non_date_claims_by_kind_and_recall_by_scope(tmp_path):
    gold = load_realgold(write(tmp_path / "g.jsonl", [FERRY]))
    ex = FakeExtractor({"ferry": [("Of the 20 passengers", Interval.point(20), Kind.TARGET),
                                  ("7 were children", Interval.point(8), Kind.COUNT),
                                  ("13 were adults", Interval.point(13), Kind.MEASURE),
                                  ("March 12", Interval.point(12), Kind.DATE)]})
    m = evaluate_real(gold, ex)
    assert m["claims"] == {"tp": 2, "fp": 1, "fn": 2, "precision": 0.6667, "recall": 0.5, "f1": 0.5714}
    assert m["claims_by_kind"]["count"] == {"predicted": 1, "matched": 0, "precision": 0.0}
    assert "date" not in m["claims_by_kind"] and m["claims_unscored"]["date_kind"] == 1
    assert m["claims_by_scope"]["stage_component"] == {"gold": 2, "matched": 1, "recall": 0.5}
    assert m["digit_baseline"]["recall"] == 1.0


def _fake_reconciler(monkeypatch, rules: dict[str, list[tuple[str, str]]]) -> None:
    """Contradictions by article id prefix: (check, working) pairs, whatever the claims."""

    def fake(doc):
        base = doc.article_id.split("~")[0]
        return [finding(check, "contradiction", [f"{doc.article_id}/c0"], working, "test") for check, working in
                rules.get(base, [])]

    monkeypatch.setattr(realeval, "reconcile_article", fake)


def test_false_alarms_count_on_clean_items_only_and_non_real_ones_are_listed_apart(tmp_path, monkeypatch):
    gold = load_realgold(write(tmp_path / "g.jsonl", [
        record("clean1", "3 cars."), record("clean2", "4 cars."),
        record("apparent", "5 cars.", inconsistencies=[inconsistency("apparent"), inconsistency("wording")]),
        record("real", "Of 16 cars, 10 were red and 5 blue.", relations=[relation("10 + 5 == 16", holds=False)],
               inconsistencies=[inconsistency("real")]),
        record("crossonly", "6 cars.", inconsistencies=[inconsistency("real", "cross_item")]),
    ]))
    _fake_reconciler(monkeypatch, {"clean1": [("sum", "1 + 2 ≠ 4")], "apparent": [("restatement", "5 ≠ 6")],
                                   "real": [("sum", "10 + 5 = 15 ≠ 16")], "crossonly": [("sum", "6 ≠ 7")]})
    c = evaluate_real(gold, FakeExtractor({}))["contradictions"]
    assert (c["clean_items"], c["false_contradictions"], c["false_contradictions_per_100_clean"]) == (2, 1, 50.0)
    assert [a["item"] for a in c["false_alarms"]] == ["clean1"] and c["clean_items_flagged"] == 1
    assert c["nonreal_items"] == 1 and [x["item"] for x in c["nonreal_contradictions"]] == ["apparent"]
    assert (c["real_items"], c["real_caught"], c["real_caught_items"]) == (1, 1, ["real"])
    assert (c["other_items"], c["other_contradictions"]) == (1, 1)


def test_a_real_inconsistency_is_caught_only_with_every_number_of_a_failing_relation(tmp_path, monkeypatch):
    rec = record("real", "Of 16 cars, 10 were red and 5 blue.", relations=[relation("10 + 5 == 16", holds=False)],
                 inconsistencies=[inconsistency("real")])
    gold = load_realgold(write(tmp_path / "g.jsonl", [rec]))
    _fake_reconciler(monkeypatch, {"real": [("sum", "10 + 4 = 14 ≠ 16"), ("restatement", "105 ≠ 16")]})
    c = evaluate_real(gold, FakeExtractor({}))["contradictions"]
    assert c["real_caught"] == 0
    assert c["real_missed"] == [{"item": "real", "numbers": ["10 5 16"],
                                 "contradictions": ["10 + 4 = 14 ≠ 16", "105 ≠ 16"]}]


def test_the_batch_metrics_score_event_links_and_cross_item_pairs_against_the_gold(tmp_path):
    cross = {"type": "cross_item", "severity": "real", "description": "test", "items": ["wire_b"]}
    gold = load_realgold(write(tmp_path / "g.jsonl", [
        record("wire_a", " date 2026-03-04 Ukraine said 120 Ukrainian soldiers were freed on Tuesday, March 3, "
                         "in a swap.", event="swap", inconsistencies=[cross]),
        record("wire_b", " date 2026-03-04 Officials said 150 Ukrainian soldiers were freed on Tuesday, March 3.",
               event="swap"),
        record("ferry_c", " date 2026-03-04 A ferry carried 48 people to the island.", event="ferry"),
    ]))
    b = evaluate_real(gold, RuleExtractor())["batch"]
    assert (b["gold_events"], b["linked_pairs"], b["linked_pairs_same_gold_event"]) == (2, 1, 1)
    assert (b["link_precision"], b["gold_same_event_pairs"], b["link_recall"], b["wrong_links"]) == (1.0, 1, 1.0, [])
    assert b["gold_cross_pairs"] == {"real": 1} and b["gold_cross_pairs_flagged"] == {"real": 1}
    assert b["flagged"] == ["wire_a + wire_b"] and b["unlisted_contradictions"] == []


def test_a_cross_article_contradiction_the_gold_does_not_list_is_kept_to_be_read(tmp_path):
    gold = load_realgold(write(tmp_path / "g.jsonl", [
        record("wire_a", " date 2026-03-04 Ukraine said 120 Ukrainian soldiers were freed on Tuesday, March 3.",
               event="swap"),
        record("wire_b", " date 2026-03-04 Officials said 150 Ukrainian soldiers were freed on Tuesday, March 3.",
               event="other"),
    ]))
    b = evaluate_real(gold, RuleExtractor())["batch"]
    assert b["wrong_links"] == ["wire_a + wire_b"] and b["link_precision"] == 0.0 and b["link_recall"] is None
    assert [x["articles"] for x in b["unlisted_contradictions"]] == [["wire_a", "wire_b"]]


def test_real_text_eval_runs_the_offline_checker_end_to_end(tmp_path):
    m = evaluate_real(load_realgold(write(tmp_path / "g.jsonl", [FERRY])), RuleExtractor())
    assert m["format"] == "realnews" and m["items"] == 1 and m["failed_items"] == 0
    assert m["flips"]["total"] == 3 and m["flips"]["relations_skipped"] == {"function call": 1}


def test_eval_command_on_a_jsonl_file_prints_writes_compares_and_gates(tmp_path, capsys):
    path = write(tmp_path / "gold.jsonl", [FERRY])
    out = tmp_path / "m.json"
    assert main(["eval", str(path), "--out", str(out)]) == 0
    table = capsys.readouterr().out
    assert "digit-regex baseline recall" in table and "flips caught" in table
    metrics = json.loads(out.read_text(encoding="utf-8"))
    assert {"claims", "claims_by_scope", "claims_by_kind", "digit_baseline", "flips", "contradictions",
            "failed_items", "seconds"} <= set(metrics)
    assert main(["eval", str(path), "--baseline", str(out)]) == 0
    assert "delta" in capsys.readouterr().out
    gates = tmp_path / "t.toml"
    gates.write_text("[realgold]\nclaim_recall_min = 1.01\nfalse_contradictions_per_100_max = 100\n"
                     "[rules]\nclaim_f1_min = 2\n", encoding="utf-8")
    assert main(["eval", str(path), "--gate", str(gates)]) == 1
    err = capsys.readouterr().err
    assert f"claim_recall_min: {metrics['claims']['recall']} is not >= 1.01" in err and "claim_f1_min" not in err
    gates.write_text("[realgold]\nclaim_recall_min = 0\nfailed_items_max = 0\n", encoding="utf-8")
    assert main(["eval", str(path), "--gate", str(gates)]) == 0
    assert "eval gate [realgold] passed" in capsys.readouterr().err


def test_eval_command_names_every_bad_record_and_exits_2(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a"}\n[1]\n', encoding="utf-8")
    assert main(["eval", str(path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert any(e.startswith("checker: error: bad.jsonl:1 (a): event: Field required") for e in err)
    assert any(e.startswith("checker: error: bad.jsonl:2: expected a JSON object") for e in err)
