"""The project's own gold (eval/gold): the test split is frozen, the splits are disjoint by event, the
files are what the hand-written sources give, and every quote and relation checks out.

Changing eval/gold/own_test.jsonl must be a visible decision: update TEST_SPLIT_SHA256 in the same
commit and say why. Nothing here reads ../shared.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

GOLD = Path(__file__).resolve().parent.parent / "eval" / "gold"
DEV, TEST = GOLD / "own_dev.jsonl", GOLD / "own_test.jsonl"
TEST_SPLIT_SHA256 = "fc673f2e09b47e770fc2b0dc219c439c5f441735763e8d9233f8e65a6ac604a9"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"gold_{name}", GOLD / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_test_split_content_hash_is_pinned() -> None:
    assert hashlib.sha256(TEST.read_bytes()).hexdigest() == TEST_SPLIT_SHA256


def test_dev_and_test_splits_share_no_event_and_no_id() -> None:
    dev, test = _rows(DEV), _rows(TEST)
    assert {r["event"] for r in dev}.isdisjoint({r["event"] for r in test})
    ids = [r["id"] for r in dev + test]
    assert len(ids) == len(set(ids))


def test_split_files_are_exactly_what_the_sources_build() -> None:
    build = _load("build_gold")
    splits = build.collect()
    assert DEV.read_text(encoding="utf-8") == build.render(splits["dev"])
    assert TEST.read_text(encoding="utf-8") == build.render(splits["test"])


def test_every_quote_value_and_relation_of_the_gold_checks_out() -> None:
    validate = _load("validate_gold")
    validator = validate.Validator()
    rows = validator.load(DEV) + validator.load(TEST)
    for row in rows:
        validator.check_item(row)
    validator.check_splits()
    assert validator.problems == []


def test_validator_reports_a_quote_missing_from_its_text(tmp_path: Path) -> None:
    validate = _load("validate_gold")
    row = _rows(DEV)[0]
    row["claims"][0]["quote"] += " (not in the text)"
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    validator = validate.Validator()
    for loaded in validator.load(path):
        validator.check_item(loaded)
    assert any("quote not in text" in problem for problem in validator.problems)


def test_validator_reports_a_relation_whose_holds_is_wrong(tmp_path: Path) -> None:
    validate = _load("validate_gold")
    row = next(r for r in _rows(DEV) if r["relations"])
    row["relations"][0]["holds"] = not row["relations"][0]["holds"]
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    validator = validate.Validator()
    for loaded in validator.load(path):
        validator.check_item(loaded)
    assert any("evaluates to" in problem for problem in validator.problems)


def test_exact_decimal_evaluation_of_printed_shares() -> None:
    validate = _load("validate_gold")
    assert validate.eval_expr("41.2 + 5.6 == 46.8") is True
    assert validate.eval_expr("date(2026, 6, 9).weekday() == 1") is True
