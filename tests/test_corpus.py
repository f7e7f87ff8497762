"""The gold corpus as an end-to-end test of the offline checker: articles it was not built on."""

from __future__ import annotations

import pytest

from checker.evaluation.gold import load_dataset
from checker.extract.rules import RuleExtractor
from checker.pipeline import run
from tests.helpers import ROOT, TODAY

GOLD = load_dataset(ROOT / "eval" / "data")
CLEAN = [g for g in GOLD if g.clean]
PLANTED = [g for g in GOLD if not g.clean]


@pytest.mark.parametrize("gold", CLEAN, ids=[g.article.id for g in CLEAN])
def test_clean_article_has_no_false_contradiction(gold):
    result = run([gold.article], RuleExtractor(), today=TODAY)
    assert [f.working for f in result.findings if f.verdict == "contradiction"] == []
    assert result.articles[0].ungrounded == [] and not result.articles[0].errors


@pytest.mark.parametrize("gold", PLANTED, ids=[g.article.id for g in PLANTED])
def test_real_contradiction_in_the_corpus_is_caught_with_its_check(gold):
    result = run([gold.article], RuleExtractor(), today=TODAY)
    checks = {f.check for f in result.findings if f.verdict == "contradiction"}
    assert gold.record.contradiction.check in checks


def test_whole_corpus_as_one_batch_raises_only_the_real_contradictions():
    result = run([g.article for g in GOLD], RuleExtractor(), today=TODAY)
    flagged = {a for f in result.findings if f.verdict == "contradiction" for a in f.articles}
    assert flagged == {g.article.id for g in PLANTED}
