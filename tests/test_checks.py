"""Unit tests for each reconciler check, on hand-built claims (no extractor involved)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from checker.claims import Article, Category, Claim, DateRef, Grounding, Interval, Kind
from checker.numbers import hedged
from checker.reconcile import reconcile, reconcile_article

D1, D2, D3 = dt.date(2025, 5, 23), dt.date(2025, 5, 24), dt.date(2025, 5, 25)
_n = 0


def claim(kind: Kind, value=None, *, day=None, aid="a", text="x", **kw) -> Claim:
    global _n
    _n += 1
    v = value if isinstance(value, Interval) or value is None else Interval.point(value)
    date = kw.pop("date", None) or (DateRef(text="on that day", resolved=day) if day else None)
    return Claim(id=f"{aid}/c{_n}", article_id=aid, kind=kind, value=v, date=date,
                 party=kw.pop("party", "ukrainian"),
                 grounding=Grounding(quote=text, start=_n * 1000, end=_n * 1000 + len(text)), **kw)


def verdicts(findings, check):
    return [(f.verdict, f.working) for f in findings if f.check == check]


# --- sum -----------------------------------------------------------------------------------------

def test_sum_holds_for_two_days():
    cs = [claim(Kind.COUNT, 390, day=D1), claim(Kind.COUNT, 307, day=D2),
          claim(Kind.TOTAL, 697, day=D2, period_days=2)]
    assert verdicts(reconcile_article("a", cs), "sum") == [("consistent", "390 + 307 = 697")]


def test_sum_contradiction_shows_both_sides():
    cs = [claim(Kind.COUNT, 390, day=D1), claim(Kind.COUNT, 307, day=D2),
          claim(Kind.TOTAL, 679, day=D2, period_days=2)]
    assert verdicts(reconcile_article("a", cs), "sum") == [("contradiction", "390 + 307 = 697 ≠ 679")]


def test_sum_with_a_missing_day_is_unclear_not_a_contradiction():
    cs = [claim(Kind.COUNT, 307, day=D2), claim(Kind.TOTAL, 697, day=D2, period_days=2)]
    ((verdict, working),) = verdicts(reconcile_article("a", cs), "sum")
    assert verdict == "unclear" and "?" in working


def test_sum_with_hedged_part_uses_interval_arithmetic():
    more_than_300 = hedged(Decimal(300), "more than")
    cs = [claim(Kind.COUNT, more_than_300, day=D1), claim(Kind.COUNT, 200, day=D2),
          claim(Kind.TOTAL, 520, day=D2, period_days=2)]
    assert verdicts(reconcile_article("a", cs), "sum")[0][0] == "consistent"
    cs[-1] = claim(Kind.TOTAL, 480, day=D2, period_days=2)
    assert verdicts(reconcile_article("a", cs), "sum")[0][0] == "contradiction"


def test_sum_categories_civilians_make_a_people_total_unclear():
    cs = [claim(Kind.COUNT, 200, day=D1, category=Category.MILITARY),
          claim(Kind.COUNT, 300, day=D2, category=Category.MILITARY),
          claim(Kind.COUNT, 2, day=D2, category=Category.CIVILIAN),
          claim(Kind.TOTAL, 500, day=D2, period_days=2, category=Category.PEOPLE, label="Ukrainians")]
    ((verdict, working),) = verdicts(reconcile_article("a", cs), "sum")
    assert verdict == "unclear" and "200 + 302 = 502 ≠ 500" in working


def test_sum_military_total_ignores_civilians():
    cs = [claim(Kind.COUNT, 200, day=D1, category=Category.MILITARY),
          claim(Kind.COUNT, 300, day=D2, category=Category.MILITARY),
          claim(Kind.COUNT, 2, day=D2, category=Category.CIVILIAN),
          claim(Kind.TOTAL, 500, day=D2, period_days=2, category=Category.MILITARY)]
    assert verdicts(reconcile_article("a", cs), "sum") == [("consistent", "200 + 300 = 500")]


def test_sum_fills_a_missing_day_from_the_other_side_only_in_a_swap():
    russian = claim(Kind.COUNTERPART, 200, day=D1, party="russian", category=Category.MILITARY,
                    text="200 returned in exchange for 200")
    cs = [russian, claim(Kind.COUNT, 300, day=D2, category=Category.MILITARY),
          claim(Kind.TOTAL, 500, day=D2, period_days=2, category=Category.MILITARY)]
    ((verdict, working),) = verdicts(reconcile_article("a", cs), "sum")
    assert verdict == "consistent" and "parity" in working
    no_swap = russian.model_copy(update={"grounding": Grounding(quote="200 returned", start=0, end=12)})
    cs[0] = no_swap
    assert verdicts(reconcile_article("a", cs), "sum")[0][0] == "unclear"


def test_sum_ignores_ungrounded_claims():
    cs = [claim(Kind.COUNT, 390, day=D1), claim(Kind.COUNT, 307, day=D2),
          claim(Kind.TOTAL, 679, day=D2, period_days=2).model_copy(update={"grounding": None})]
    assert verdicts(reconcile_article("a", cs), "sum") == []


# --- restatement ---------------------------------------------------------------------------------

def test_restatement_duplicates_agree():
    cs = [claim(Kind.COUNT, 307, day=D2) for _ in range(3)]
    assert verdicts(reconcile_article("a", cs), "restatement") == [("consistent", "307 = 307 = 307")]


def test_restatement_hedged_value_overlapping_a_point_is_consistent():
    cs = [claim(Kind.COUNT, 307, day=D2), claim(Kind.COUNT, hedged(Decimal(300), "more than"), day=D2)]
    assert verdicts(reconcile_article("a", cs), "restatement")[0][0] == "consistent"


def test_restatement_different_categories_are_not_compared():
    cs = [claim(Kind.COUNT, 300, day=D2, category=Category.MILITARY),
          claim(Kind.COUNT, 2, day=D2, category=Category.CIVILIAN)]
    assert verdicts(reconcile_article("a", cs), "restatement") == []


def test_restatement_across_articles_same_day():
    a, b = [claim(Kind.COUNT, 390, day=D1, aid="x")], [claim(Kind.COUNT, 392, day=D1, aid="y")]
    fs = reconcile([(None, "x", a), (None, "y", b)])
    assert verdicts(fs, "restatement") == [("contradiction", "390 ≠ 392")]


# --- target / parity / subset --------------------------------------------------------------------

def test_target_remaining_and_exceeded():
    t = claim(Kind.TARGET, 1000)
    ok = [t, claim(Kind.TOTAL, 697, day=D2, period_days=2), claim(Kind.COUNT, 390, day=D1),
          claim(Kind.COUNT, 307, day=D2)]
    assert ("consistent", "697 ≤ 1,000 (303 still to come)") in verdicts(reconcile_article("a", ok), "target")
    over = [t, claim(Kind.TOTAL, 1200, day=D2, period_days=2)]
    assert verdicts(reconcile_article("a", over), "target") == [("contradiction", "1,200 > 1,000")]


def test_target_final_stage_short_of_n_is_unclear():
    cs = [claim(Kind.TARGET, 1000), claim(Kind.ORDINAL, 3, stage=3, final_stage=True, day=D3),
          claim(Kind.TOTAL, 900)]
    assert verdicts(reconcile_article("a", cs), "target")[0][0] == "unclear"


def test_parity_declared_swap_mismatch():
    cs = [claim(Kind.TARGET, 1000), claim(Kind.COUNT, 303, day=D3, category=Category.MILITARY),
          claim(Kind.COUNTERPART, 300, day=D3, party="russian", category=Category.MILITARY)]
    assert verdicts(reconcile_article("a", cs), "parity")[0][0] == "contradiction"


def test_parity_without_a_declared_swap_is_not_checked():
    cs = [claim(Kind.COUNT, 33, day=D3, category=Category.HOSTAGE),
          claim(Kind.COUNTERPART, 1900, day=D3, party="palestinian", category=Category.HOSTAGE)]
    assert verdicts(reconcile_article("a", cs), "parity") == []


def test_subset_part_exceeds_whole():
    cs = [claim(Kind.COUNT, 307, day=D2, category=Category.MILITARY),
          claim(Kind.SUBSET, 327, day=D2, category=Category.MILITARY, label="defenders of Mariupol")]
    assert verdicts(reconcile_article("a", cs), "subset") == [("contradiction", "327 > 307")]


def test_subset_without_a_whole_is_unclear():
    cs = [claim(Kind.SUBSET, 27, day=D2)]
    assert verdicts(reconcile_article("a", cs), "subset")[0][0] == "unclear"


# --- running total -------------------------------------------------------------------------------

def test_running_total_must_grow_by_releases_in_between():
    since = dt.date(2022, 2, 24)
    cs = [claim(Kind.CUMULATIVE, 6000, day=D1, since=since), claim(Kind.COUNT, 307, day=D2),
          claim(Kind.CUMULATIVE, 6200, day=D2, since=since)]
    ((verdict, working),) = [v for v in verdicts(reconcile_article("a", cs), "running_total") if "(" in v[1]]
    assert verdict == "contradiction" and "307 released in between" in working


# --- calendar / stage sequence ---------------------------------------------------------------------

def test_calendar_weekday_mismatch():
    d = DateRef(text="Friday, May 22", weekday=4, month=5, day=22, resolved=dt.date(2025, 5, 22))
    cs = [claim(Kind.DATE, None, date=d)]
    ((verdict, working),) = verdicts(reconcile_article("a", cs), "calendar")
    assert verdict == "contradiction" and "is a Thursday, not a Friday" in working


def test_calendar_unknown_year_stays_unresolved_without_a_weekday():
    from checker.pipeline import check_text

    r = check_text("On May 23, 390 Ukrainians were released.", today=dt.date(2026, 11, 22))
    (c,) = r.articles[0].claims
    assert c.day is None and r.findings == []


def test_stage_sequence_one_stage_two_dates():
    cs = [claim(Kind.ORDINAL, 2, stage=2, day=D2, label="day"), claim(Kind.ORDINAL, 2, stage=2, day=D3,
                                                                        label="day")]
    assert verdicts(reconcile_article("a", cs), "stage_sequence")[0][0] == "contradiction"


def test_stage_sequence_days_must_be_consecutive():
    cs = [claim(Kind.ORDINAL, 1, stage=1, day=D1, label="day"), claim(Kind.ORDINAL, 2, stage=2, day=D3,
                                                                        label="day")]
    assert verdicts(reconcile_article("a", cs), "stage_sequence")[0][0] == "contradiction"


# --- age / duration ------------------------------------------------------------------------------

ART = Article(id="a", text="x", published=dt.date(2026, 3, 6))


@pytest.mark.parametrize(("now", "then", "verdict"), [(26, 22, "consistent"), (27, 22, "consistent"),
                                                      (26, 20, "contradiction")])
def test_age_against_publication_year(now, then, verdict):
    cs = [claim(Kind.AGE, now, unit="years", then_value=Decimal(then), then_year=2022)]
    assert verdicts(reconcile_article("a", cs, ART), "age")[0][0] == verdict


def test_age_without_publication_date_is_unclear():
    cs = [claim(Kind.AGE, 26, unit="years", then_value=Decimal(22), then_year=2022)]
    ((verdict, working),) = verdicts(reconcile_article("a", cs), "age")
    assert verdict == "unclear" and "2022 + 4 = 2026" in working


@pytest.mark.parametrize(("value", "verdict"), [
    (hedged(Decimal(4), "more than", integer=False), "consistent"),
    (Interval.point(4), "consistent"),
    (hedged(Decimal(4), "about", integer=False), "consistent"),
    (hedged(Decimal(5), "nearly", integer=False), "contradiction"),  # 4 years 10 days is not "nearly 5"
    (hedged(Decimal(5), "more than", integer=False), "contradiction"),
    (Interval.point(3), "contradiction"),
])
def test_duration_is_checked_as_an_interval(value, verdict):
    cs = [claim(Kind.DURATION, value, unit="years", since=dt.date(2022, 2, 24), since_text="full-scale war")]
    assert verdicts(reconcile_article("a", cs, ART), "duration")[0][0] == verdict


def test_finding_ids_are_stable_across_runs():
    cs = [claim(Kind.COUNT, 390, day=D1), claim(Kind.COUNT, 307, day=D2),
          claim(Kind.TOTAL, 697, day=D2, period_days=2)]
    assert [f.id for f in reconcile_article("a", cs)] == [f.id for f in reconcile_article("a", cs)]
