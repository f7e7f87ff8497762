"""Planted errors in real-format gold: which figure is edited, how, what is skipped, and what counts as caught.

Every text here is written for the tests; no test reads ../shared.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

import pytest

import checker.evaluation.realeval as realeval
from checker.evaluation.flips import plan_flips
from checker.evaluation.realeval import evaluate_real
from checker.evaluation.realgold import load_realgold
from checker.evaluation.relations import Refused, parse_linear
from checker.evaluation.textnums import names_number
from checker.reconcile.findings import finding
from tests.realgold_fixture import FERRY, claim, items, record, relation, write
from tests.test_realgold import FakeExtractor


def _edits(tmp_path, rec):
    plan = plan_flips(items(tmp_path, rec))
    return [(f.before, f.after, f.role) for f in plan.flips], plan


def _edited_context(flip, width=12):
    a, b = flip.span
    return flip.article.text[max(0, a - width):b + width]


def test_a_sum_is_broken_by_raising_a_part_or_lowering_the_total_by_one(tmp_path):
    edits, plan = _edits(tmp_path, FERRY)
    assert edits == [("7", "8", "part"), ("13", "14", "part"), ("20", "19", "total")]
    assert {f.form for f in plan.flips} == {"sum"}
    assert plan.flips[0].article.text.count("Of the 20 passengers, 8 were children") == 1
    assert plan.flips[0].article.id == "ferry~flip0" and plan.flips[0].article.published == FERRY_DATE


FERRY_DATE = __import__("datetime").date(2024, 3, 12)


@pytest.mark.parametrize(("expr", "text", "expected"), [
    # parts rise and the total falls by the fewest steps that make the relation false
    ("27 + 20 <= 50", "Of 50 seats, 27 went to A and 20 to B.", [("27", "31", "part"), ("20", "24", "part"),
                                                                  ("50", "46", "total")]),
    ("50 >= 27 + 20", "Of 50 seats, 27 went to A and 20 to B.", [("50", "46", "total"), ("27", "31", "part"),
                                                                  ("20", "24", "part")]),
    ("3 < 5", "3 went home and 5 stayed.", [("3", "5", "part"), ("5", "3", "total")]),
    ("188 - 131 == 57", "Of 188 freed, 131 were men and 57 women.", [("188", "187", "total"), ("131", "132", "part"),
                                                                      ("57", "58", "part")]),
    ("33.8 > 32.1", "Turnout rose to 33.8% from 32.1%.", [("33.8", "32.1", "total"), ("32.1", "33.8", "part")]),
    ("1200 + 34 == 1234", "Of 1,234 votes, 1,200 were valid and 34 spoilt.",
     [("1,200", "1,201", "part"), ("34", "35", "part"), ("1,234", "1,233", "total")]),
    ("2000000 + 1000000 == 3000000", "3 million voted: 2 million for A, 1 million for B.",
     [("2 million", "3 million", "part"), ("1 million", "2 million", "part"), ("3 million", "2 million", "total")]),
])
def test_the_edit_direction_and_size_follow_the_relation(tmp_path, expr, text, expected):
    values = [n for n in re.findall(r"\d[\d.]*", expr)]
    rec = record("r", text, claims=[claim(float(v) if "." in v else int(v), text) for v in values],
                 relations=[relation(expr)])
    edits, plan = _edits(tmp_path, rec)
    assert edits == expected
    for flip in plan.flips:
        rel = parse_linear(expr)
        values = [flip.new_value if t.value == flip.old_value else t.value for t in rel.terms]
        assert not rel.holds(tuple(values))


def test_number_words_are_edited_as_words_keeping_capitals(tmp_path):
    rec = record("w", "Thirty-one soldiers and one civilian crossed: 32 people in all.",
                 claims=[claim(31, "Thirty-one soldiers"), claim(1, "one civilian"), claim(32, "32 people in all")],
                 relations=[relation("31 + 1 == 32")])
    edits, plan = _edits(tmp_path, rec)
    assert edits == [("Thirty-one", "Thirty-two", "part"), ("one", "two", "part"), ("32", "31", "total")]
    assert plan.flips[0].article.text.startswith("Thirty-two soldiers and one civilian")


def test_never_inside_a_date_a_year_a_url_or_another_token(tmp_path):
    rec = record("t", "On March 7, 7 boats and 2 ships came in 2023; 9 vessels in all. COVID-19 cost 19 jobs, "
                      "see https://example.org/20 and 1 report: 20 jobs.",
                 claims=[claim(7, "On March 7, 7 boats"), claim(2, "2 ships came in 2023"), claim(9, "9 vessels"),
                         claim(19, "COVID-19 cost"), claim(20, "https://example.org/20"), claim(1, "1 report")],
                 relations=[relation("7 + 2 == 9"), relation("19 + 1 == 20")])
    edits, plan = _edits(tmp_path, rec)
    assert edits == [("7", "8", "part"), ("2", "3", "part"), ("9", "8", "total"), ("1", "2", "part")]
    assert "On March 7, 8 boats and 2 ships came in 2023" in plan.flips[0].article.text
    assert "3 ships came in 2023" in plan.flips[1].article.text
    assert plan.numbers_skipped == {"inside another token": 1, "inside a URL": 1}


def test_an_edit_is_skipped_when_the_hedges_of_the_relations_figures_absorb_it(tmp_path):
    rec = record("h", "About 900 left: 450 by bus and 450 by train. Nearly 2,200 fled; 2,197 were counted.",
                 claims=[claim(900, "About 900 left", approx=True), claim(450, "450 by bus and 450 by train"),
                         claim(2200, "Nearly 2,200 fled", approx=True), claim(2197, "2,197 were counted")],
                 relations=[relation("450 + 450 == 900"), relation("2197 <= 2200")])
    edits, plan = _edits(tmp_path, rec)
    assert ("900", "899", "total") not in edits and ("2,200", "2,196", "total") in edits
    # 451 + 450 = 901 is still "about 900": the total's own hedge absorbs an edit of a part
    assert ("450", "451", "part") not in edits and plan.numbers_skipped["hedged: its interval absorbs the edit"] == 3
    assert ("2,197", "2,201", "part") in edits  # "nearly 2,200" stays below 2,200


def test_no_edit_is_planted_where_a_hedge_lets_the_relation_hold_whatever_the_edit(tmp_path):
    rec = record("k", "At least 82 died, 28 of them children. On Monday 12 came: 7 by car and 5 by train.",
                 claims=[claim(82, "At least 82 died"), claim(28, "28 of them children"),
                         claim(12, "12 came"), claim(7, "7 by car"), claim(5, "5 by train")],
                 relations=[relation("28 <= 82"), relation("7 + 5 == 12")])
    edits, plan = _edits(tmp_path, rec)
    # 83 children among "at least 82" dead, or 28 among "at least 27", can both hold: nothing to catch
    assert not any(e[0] in ("82", "28") for e in edits)
    assert plan.numbers_skipped["hedged: its interval absorbs the edit"] == 2
    assert edits == [("7", "8", "part"), ("5", "6", "part"), ("12", "11", "total")]


def test_an_approx_gold_figure_without_a_hedge_word_is_read_as_about(tmp_path):
    rec = record("a", "Some 100 came; 60 and 40.", claims=[claim(100, "100 came", approx=True),
                                                            claim(60, "60 and 40"), claim(40, "60 and 40")],
                 relations=[relation("60 + 40 == 100")])
    edits, plan = _edits(tmp_path, rec)
    assert ("100", "99", "total") not in edits and ("60", "61", "part") not in edits
    assert plan.numbers_skipped == {"hedged: its interval absorbs the edit": 3}


def test_a_repeated_value_is_edited_where_the_relation_is_stated_and_each_token_once(tmp_path):
    text = "Headline: 32 freed. Later: 31 soldiers and 1 civilian, 32 in all. Total 200 200 400."
    rec = record("p", text, claims=[claim(32, "Headline: 32 freed"), claim(31, "31 soldiers"),
                                    claim(1, "1 civilian"), claim(32, "32 in all"), claim(200, "Total 200 200 400"),
                                    claim(400, "Total 200 200 400")],
                 relations=[relation("31 + 1 == 32"), relation("200 + 200 == 400")])
    _edits_, plan = _edits(tmp_path, rec)
    total = next(f for f in plan.flips if f.old_value == 32)
    assert total.span[0] == text.index("32 in all")
    halves = sorted(f.span[0] for f in plan.flips if f.old_value == 200)
    assert halves == [text.index("200"), text.index("200 400")]


def test_a_count_written_again_as_a_signed_change_in_its_row_is_edited_where_it_is_the_count(tmp_path):
    text = "Seats won and change\nUnity 12 30 42 +42\nReform 5 3 8 -2\nTotal 17 33 50\n"
    rec = record("p", text, claims=[claim(42, "Unity 12 30 42 +42"), claim(8, "Reform 5 3 8 -2"),
                                    claim(50, "Total 17 33 50")],
                 relations=[relation("42 + 8 == 50")])
    _edits_, plan = _edits(tmp_path, rec)
    part = next(f for f in plan.flips if f.old_value == 42)
    assert part.span[0] == text.index("42 +42") and "Unity 12 30 43 +42" in part.article.text


def test_edits_never_reach_zero_and_unreadable_relations_are_counted_by_reason(tmp_path):
    rec = record("z", "1 ship and one ship; 4 boats.",
                 claims=[claim(1, "1 ship and one ship"), claim(4, "4 boats")],
                 relations=[relation("1 == 1"), relation("date(2024, 3, 5).weekday() == 1"), relation("1 < 2 < 3"),
                            relation("4 == 4 and 1 == 1"), relation("4 * 1 == 4"), relation("x == 4"),
                            relation("4 =="), relation("4 == 5", holds=False), relation("4 > 1", stated=False),
                            relation("4 > 5")])
    edits, plan = _edits(tmp_path, rec)
    assert edits == [("1", "2", "part")]
    assert plan.numbers_skipped == {"edit would reach zero or below": 1}
    assert plan.eligible == 8 and plan.used == 1
    assert plan.relations_skipped == {"function call": 1, "chained comparison": 1, "several comparisons (and/or)": 1,
                                      "operator other than + and -": 1, "not a number": 1,
                                      "unparsable expression": 1, "does not evaluate true as written": 1}


def test_relation_reader_refuses_anything_but_a_linear_comparison():
    assert parse_linear("161 - 237 == -76").holds()
    for expr in ("abs(1 - 1) <= 0", "max(1, 2) < 3", "(1 + 2) * 3 == 9", "True == 1", "__import__('os')"):
        with pytest.raises(Refused):
            parse_linear(expr)


def test_a_number_is_named_only_standalone_and_as_the_checker_prints_it():
    assert names_number("1,233 + 1 = 1,234 ≠ 1,235", Decimal(1235))
    assert not names_number("1235 people", Decimal(1235))
    assert not names_number("11,235 ≠ 2", Decimal(1235)) and not names_number("8.5 ≠ 9", Decimal(8))
    assert names_number("≥8 ≠ [7, 9]", Decimal(8))


def _ferry_sum(doc):
    """A fake reconciler that reads the ferry sentence and says when its parts do not add up."""
    article_id, article = doc.article_id, doc.article
    m = re.search(r"Of the (\d+) passengers, (\d+) were children and (\d+) were adults", article.text)
    total, a, b = (int(x) for x in m.groups())
    if a + b == total:
        return []
    return [finding("sum", "contradiction", [f"{article_id}/c0"], f"{a} + {b} = {a + b} ≠ {total}", "x")]


def _run(tmp_path, monkeypatch, reconciler):
    monkeypatch.setattr(realeval, "reconcile_article", reconciler)
    return evaluate_real(load_realgold(write(tmp_path / "g.jsonl", [FERRY])), FakeExtractor({}))["flips"]


def test_a_flip_is_caught_when_a_new_contradiction_names_the_edited_number(tmp_path, monkeypatch):
    flips = _run(tmp_path, monkeypatch, _ferry_sum)
    assert (flips["caught"], flips["total"], flips["rate"]) == (3, 3, 1.0)
    assert flips["by_form"] == {"sum": {"caught": 3, "total": 3, "rate": 1.0}} and flips["missed"] == []


def test_a_new_contradiction_that_does_not_name_the_edited_number_is_not_a_catch(tmp_path, monkeypatch):
    def vague(doc):
        return [finding("sum", "contradiction", [f"{doc.article_id}/c0"], "the parts do not add up", "x")
                for _ in _ferry_sum(doc)]

    flips = _run(tmp_path, monkeypatch, vague)
    assert flips["caught"] == 0
    assert flips["missed"][0] == {"item": "ferry", "expr": "7 + 13 == 20", "form": "sum", "role": "part",
                                  "edit": "7 -> 8", "why": realeval.MISS_NOT_READ}  # the fake extractor reads nothing


def test_a_miss_flagged_unclear_is_told_apart_from_one_no_check_saw(tmp_path, monkeypatch):
    def unsure(doc):  # the same working, but the text does not state every link
        return [dataclasses.replace(f, verdict="unclear") for f in _ferry_sum(doc)]

    flips = _run(tmp_path, monkeypatch, unsure)
    assert flips["caught"] == 0
    assert flips["missed_why"] == {realeval.MISS_UNCLEAR: 3}
    assert {m["why"] for m in flips["missed"]} == {realeval.MISS_UNCLEAR}

    flips = _run(tmp_path, monkeypatch, lambda doc: [])
    assert flips["missed_why"] == {realeval.MISS_NOT_READ: 3}


def test_a_contradiction_already_on_the_unedited_text_does_not_count(tmp_path, monkeypatch):
    def stale(doc):  # an old false alarm that happens to print 8 and 14
        return [finding("restatement", "contradiction", [f"{doc.article_id}/c0"], "8 ≠ 14 ≠ 19", "x")]

    flips = _run(tmp_path, monkeypatch, stale)
    assert flips["caught"] == 0 and flips["echoes_only"] == 0


def test_an_old_finding_that_only_reprints_the_edited_figure_is_an_echo_not_a_catch(tmp_path, monkeypatch):
    def lists_numbers(doc):  # an old false alarm listing every figure it sees
        nums = re.findall(r"\d+", doc.article.text.split("island")[1])
        return [finding("restatement", "contradiction", [f"{doc.article_id}/c0"], " ≠ ".join(nums), "x")]

    flips = _run(tmp_path, monkeypatch, lists_numbers)
    assert flips["caught"] == 0 and flips["echoes_only"] == 3
