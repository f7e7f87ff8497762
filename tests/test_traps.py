"""The trap cases: texts that make a naive checker cry wolf, and texts that state a relation it must
check. `traps/` are the shared cases written for this project (copied with their expect.json);
`traps_own/` are ours, two of each kind in other words. Each case gives its expected verdict."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from checker.extract.rules import RuleExtractor
from checker.inputs import load
from checker.pipeline import run
from tests.helpers import TODAY

HERE = Path(__file__).resolve().parent
SETS = [HERE / "traps", HERE / "traps_own"]


def cases() -> list[tuple[Path, str, dict[str, object]]]:
    out = []
    for root in SETS:
        for name, expect in json.loads((root / "expect.json").read_text(encoding="utf-8")).items():
            out.append((root, name, expect))
    return out


def names_all(text: str, tokens: list[str]) -> bool:
    """Every number or date of one alternative appears standing alone in the finding's text."""
    return all(re.search(rf"(?<![\d,.]){re.escape(t)}(?![\d,]\d|\d)", text) for t in tokens)


@pytest.mark.parametrize(("root", "name", "expect"), cases(), ids=[f"{r.name}/{n}" for r, n, _e in cases()])
def test_trap_case_gives_its_expected_verdict(root, name, expect):
    path = root / "cases" / name
    path = path if path.is_dir() else path.with_suffix(".txt")
    result = run(list(load([path])), RuleExtractor(), today=TODAY)
    found = [f"{f.working} | {f.message}" for f in result.findings if f.verdict == "contradiction"]
    if expect["expect"] == "clean":
        assert found == []
    else:
        for requirement in expect["must"]:
            assert any(any(names_all(f, alt) for alt in requirement) for f in found), (requirement, found)


def test_every_trap_kind_has_our_own_cases_too():
    shared = set(json.loads((SETS[0] / "expect.json").read_text(encoding="utf-8")))
    ours = {re.sub(r"_[ab]$", "", n) for n in json.loads((SETS[1] / "expect.json").read_text(encoding="utf-8"))}
    assert shared <= ours
