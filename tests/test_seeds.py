"""SPEC.md 'Expected on the seeds': every item appears with its working, no contradiction."""

from __future__ import annotations

import pytest

from tests.helpers import findings, run_text, seed, workings


@pytest.fixture(scope="module")
def s000():
    return run_text(seed("000"), article_id="000")


@pytest.fixture(scope="module")
def s003():
    return run_text(seed("003"), article_id="003")


def test_seed_000_has_no_contradiction_and_every_claim_is_grounded(s000):
    assert findings(s000, verdict="contradiction") == []
    art = s000.articles[0]
    assert art.ungrounded == [] and art.claims
    for c in art.claims:
        assert art.article.text[c.grounding.start:c.grounding.end] == c.grounding.quote


def test_seed_000_sum_of_two_days(s000):
    assert "390 + 307 = 697" in workings(s000, "sum", "consistent")


def test_seed_000_stage_sequence_friday_then_saturday(s000):
    (w,) = workings(s000, "stage_sequence", "consistent")
    assert "Friday, 2025-05-23" in w and "Saturday, 2025-05-24" in w and "the next day" in w


def test_seed_000_307_restated_four_times(s000):
    assert "307 = 307 = 307 = 307" in workings(s000, "restatement", "consistent")


def test_seed_000_subset_mariupol(s000):
    assert "27 ≤ 307" in workings(s000, "subset", "consistent")


def test_seed_000_target_with_remainder(s000):
    assert "697 ≤ 1,000 (303 still to come)" in workings(s000, "target", "consistent")


def test_seed_000_calendar_says_which_year_it_assumed(s000):
    (w,) = [w for w in workings(s000, "calendar", "consistent") if "May 23" in w]
    assert "2025-05-23 is a Friday" in w and "assumed 2025" in w


def test_seed_003_published_from_date_line(s003):
    assert s003.articles[0].article.published.isoformat() == "2026-03-06"
    assert findings(s003, verdict="contradiction") == []
    assert s003.articles[0].ungrounded == []


def test_seed_003_sum_says_where_the_200_comes_from(s003):
    (f,) = [f for f in findings(s003, "sum", "consistent")]
    assert f.working == "200 + 300 = 500"
    assert any("russian side's figure" in e and "N-for-N" in e for e in f.evidence)


def test_seed_003_civilians_make_the_people_total_unclear_not_wrong(s003):
    (f,) = findings(s003, "sum", "unclear")
    assert "200 + (300 + 2) = 502 ≠ 500" in f.working and "servicemen only: 500" in f.working
    assert "defenders" not in f.working and "does not say so" in f.message


def test_seed_003_parity_restatement_age_duration(s003):
    assert "300 russian = 300 ukrainian" in workings(s003, "parity", "consistent")
    assert any(w.startswith("300 = 300 = 300") for w in workings(s003, "restatement", "consistent"))
    assert "26 − 22 = 4 years; 2026 − 2022 = 4 ✓" in workings(s003, "age", "consistent")
    (d,) = workings(s003, "duration", "consistent")
    assert d.startswith("2022-02-24 → 2026-03-06 = 4 years") and "more than 4 years" in d


def test_seeds_as_a_batch_are_never_summed_together():
    import datetime as dt

    from checker.claims import Article
    from checker.extract.rules import RuleExtractor
    from checker.pipeline import run
    from tests.helpers import TODAY

    arts = [Article(id="000", text=seed("000")),
            Article(id="003", text=seed("003"), published=dt.date(2026, 3, 6))]
    result = run(arts, RuleExtractor(), today=TODAY)
    assert findings(result, verdict="contradiction") == []
    for f in result.findings:
        assert len(f.articles) == 1, f
