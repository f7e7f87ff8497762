"""The reconciler on hand-built claims and relations: each check, and the evidence rule behind every
contradiction (a field filled by default never makes two figures the same quantity)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from checker.claims import Action, Basis, DocumentFacts, Interval, Kind, Known, Modality, RelationKind, Role, Scope
from checker.numbers import hedged
from tests.claimkit import check, check_batch, claim, contradictions, relation, verdicts

D1, D2, D3 = dt.date(2025, 5, 23), dt.date(2025, 5, 24), dt.date(2025, 5, 25)


# --- evidence before verdict ---------------------------------------------------------------------

def test_two_figures_tied_by_a_stated_day_and_noun_contradict():
    a, b = claim(390, day=D1), claim(392, day=D1)
    assert contradictions(check([a, b])) == ["390 ≠ 392"]


def test_a_defaulted_day_never_makes_two_figures_the_same_quantity():
    a, b = claim(390, day=D1, day_basis=Basis.DEFAULTED), claim(392, day=D1, day_basis=Basis.DEFAULTED)
    assert contradictions(check([a, b])) == []


def test_a_day_taken_from_elsewhere_in_the_sentence_is_inferred_and_ties_nothing():
    a, b = claim(7, day=D1, day_basis=Basis.INFERRED), claim(8, day=D1)
    assert contradictions(check([a, b])) == []


def test_a_narrowing_modifier_makes_another_group():
    from checker.claims import Counted

    a = claim(120, "soldier", day=D1)
    b = claim(8, "soldier", day=D1).model_copy(update={"counted": Counted(text="wounded soldiers", head="soldier",
                                                                          modifiers=("wounded",))})
    assert contradictions(check([a, b])) == []


def test_different_actions_are_different_quantities():
    a, b = claim(14, "people", day=D1, action=Action.ARRESTED), claim(191, "people", day=D1, action=Action.KILLED)
    assert contradictions(check([a, b])) == []


def test_plans_are_compared_only_with_plans():
    done, plan = claim(90, day=D1), claim(120, day=D1, modality=Modality.PLANNED)
    assert check([done, plan]) == []
    assert contradictions(check([plan, claim(150, day=D1, modality=Modality.PLANNED)])) == ["120 ≠ 150"]


def test_equal_figures_with_unstated_links_are_reported_as_holding_only():
    a, b = claim(307, "soldier"), claim(307, "soldier", day=D2)
    (f,) = check([a, b])
    assert (f.check, f.verdict, f.basis) == ("restatement", "consistent", "inferred")


# --- relations the text states -------------------------------------------------------------------

def test_exhaustive_breakdown_holds_and_its_working_shows_the_sum():
    w, p1, p2, p3 = claim(35), claim(25), claim(8), claim(2)
    r = relation(RelationKind.BREAKDOWN, [(w, Role.WHOLE), (p1, Role.PART), (p2, Role.PART), (p3, Role.PART)],
                 exhaustive=True, cues=("-",))
    assert verdicts(check([w, p1, p2, p3], [r])) == [("consistent", "25 + 8 + 2 = 35")]


def test_exhaustive_breakdown_that_does_not_add_up_is_a_contradiction():
    w, p1, p2 = claim(21), claim(15), claim(5)
    r = relation(RelationKind.BREAKDOWN, [(w, Role.WHOLE), (p1, Role.PART), (p2, Role.PART)], exhaustive=True)
    (f,) = check([w, p1, p2], [r])
    assert (f.verdict, f.working, f.relation) == ("contradiction", "15 + 5 = 20 ≠ 21", r.id)


def test_hedged_parts_are_intervals_so_an_overlapping_sum_holds():
    w = claim(hedged(Decimal(12497), "about"))
    p1, p2 = claim(hedged(Decimal(8500), "roughly")), claim(hedged(Decimal(4000), "roughly"))
    r = relation(RelationKind.BREAKDOWN, [(w, Role.WHOLE), (p1, Role.PART), (p2, Role.PART)], exhaustive=True)
    assert [f.verdict for f in check([w, p1, p2], [r])] == ["consistent"]


def test_non_exhaustive_parts_may_fall_short_but_never_exceed_the_whole():
    w, p1, p2 = claim(45), claim(20), claim(18)
    r = relation(RelationKind.BREAKDOWN, [(w, Role.WHOLE), (p1, Role.PART), (p2, Role.PART)], exhaustive=False)
    assert verdicts(check([w, p1, p2], [r])) == [("consistent", "20 + 18 = 38 ≤ 45")]
    big = claim(50)
    r2 = relation(RelationKind.BREAKDOWN, [(w, Role.WHOLE), (big, Role.PART)], exhaustive=False)
    assert contradictions(check([w, big], [r2])) == ["50 > 45"]


def test_parts_that_may_overlap_make_an_excess_unclear_not_wrong():
    w, women, minors = claim(30, "people"), claim(16, "woman"), claim(18, "minor")
    r = relation(RelationKind.BREAKDOWN, [(w, Role.WHOLE), (women, Role.PART), (minors, Role.PART)],
                 exhaustive=False, overlap=True)
    assert verdicts(check([w, women, minors], [r])) == [("unclear", "16 + 18 = 34 > 30")]


def test_a_breakdown_whose_whole_is_only_inferred_is_never_more_than_unclear():
    w, p = claim(10), claim(12)
    r = relation(RelationKind.BREAKDOWN, [(w, Role.WHOLE), (p, Role.PART)], exhaustive=False, basis=Basis.INFERRED)
    (f,) = check([w, p], [r])
    assert (f.verdict, f.working) == ("unclear", "12 > 10")


def test_a_change_that_goes_the_wrong_way_is_a_contradiction():
    to, frm = claim(1204, "dead"), claim(1310, "dead")
    r = relation(RelationKind.CHANGE, [(to, Role.TO), (frm, Role.FROM)], direction="up", cues=("rose",))
    assert contradictions(check([to, frm], [r])) == ["1,310 → 1,204"]


def test_a_change_by_a_stated_amount_must_match_the_two_figures():
    to, frm, by = claim(211), claim(207), claim(5)
    r = relation(RelationKind.CHANGE, [(to, Role.TO), (frm, Role.FROM), (by, Role.BY)], direction="up")
    assert contradictions(check([to, frm, by], [r])) == ["211 − 207 = 4 ≠ 5"]


def test_new_figures_never_exceed_the_total_they_bring_it_to():
    to, a, b = claim(448, "people"), claim(212, "people"), claim(246, "soldier")
    r = relation(RelationKind.CHANGE, [(to, Role.TO), (a, Role.BY), (b, Role.BY)], direction="up")
    assert contradictions(check([to, a, b], [r])) == ["212 + 246 = 458 > 448"]


def test_a_running_total_said_to_fall_is_a_contradiction():
    to = claim(327, "dead", scope=Scope.SINCE)
    frm = claim(341, "dead")
    r = relation(RelationKind.CHANGE, [(to, Role.TO), (frm, Role.FROM)], direction="down", cues=("down from",))
    (f,) = check([to, frm], [r])
    assert (f.check, f.verdict, f.working) == ("running_total", "contradiction", "341 → 327")


def test_parity_is_checked_only_when_the_text_declares_an_n_for_n_exchange():
    ours, theirs = claim(189, "soldier", side="ukrainian"), claim(150, "soldier", side="russian")
    r = relation(RelationKind.EXCHANGE, [(theirs, Role.SIDE), (ours, Role.SIDE)])
    assert check([ours, theirs], [r]) == []
    declared = DocumentFacts(swap_declared=Known[str](value="300", words="N-for-N: the 300-for-300 exchange"))
    assert contradictions(check([ours, theirs], [r], declared)) == ["150 russian ≠ 189 ukrainian"]


def test_whole_less_done_equals_what_remains():
    w, d, left = claim(12, "people", action=Action.HELD), claim(7, action=Action.RESCUED), claim(4, action=None)
    r = relation(RelationKind.REMAINING, [(w, Role.WHOLE), (d, Role.DONE), (left, Role.LEFT)], exhaustive=True)
    assert contradictions(check([w, d, left], [r])) == ["12 − 7 = 5 ≠ 4"]


def test_a_completion_with_a_stage_missing_is_unclear():
    n, a, b = claim(60), claim(15), claim(20)
    r = relation(RelationKind.COMPLETION, [(n, Role.WHOLE), (a, Role.PART), (b, Role.PART)], exhaustive=False)
    assert verdicts(check([n, a, b], [r])) == [("unclear", "15 + 20 + ? = 60")]


# --- totals over days the reconciler infers ------------------------------------------------------

def _two_days(total: int, **kw):
    return [claim(390, "people", day=D1, side="ukrainian"), claim(307, "soldier", day=D2, side="ukrainian"),
            claim(total, "people", day=D2, day_basis=Basis.DEFAULTED, scope=Scope.PERIOD, period_days=2, **kw)]


def test_per_day_figures_add_up_to_the_stated_multi_day_total():
    assert verdicts(check(_two_days(697)), "sum") == [("consistent", "390 + 307 = 697")]


def test_per_day_figures_against_a_wrong_total_with_every_link_stated_contradict():
    assert verdicts(check(_two_days(679)), "sum") == [("contradiction", "390 + 307 = 697 ≠ 679")]


def test_a_day_with_no_figure_is_checked_only_against_the_days_given():
    assert verdicts(check(_two_days(697)[1:]), "sum") == []  # the other day is simply not told
    assert verdicts(check(_two_days(297)[1:]), "sum") == [("contradiction", "307 + ? > 297")]


def test_a_missing_day_is_taken_from_the_other_side_only_in_a_declared_swap():
    ours = claim(300, "soldier", day=D2, side="ukrainian")
    theirs = claim(200, "soldier", day=D1, side="russian")
    total = claim(500, "soldier", day=D2, day_basis=Basis.DEFAULTED, scope=Scope.PERIOD, period_days=2,
                  side="ukrainian")
    assert verdicts(check([ours, theirs, total]), "sum") == []  # the other side's day is no figure of this side's
    declared = DocumentFacts(swap_declared=Known[str](value="300", words="300 ... in exchange for 300"),
                             sides=("ukrainian", "russian"))
    (f,) = [f for f in check([ours, theirs, total], facts=declared) if f.check == "sum"]
    assert (f.verdict, f.working) == ("consistent", "200 + 300 = 500")
    assert any("russian side's figure" in e for e in f.evidence)


def test_civilians_beside_servicemen_make_a_people_total_unclear_not_wrong():
    cs = [claim(200, "soldier", day=D1, side="ukrainian"), claim(300, "soldier", day=D2, side="ukrainian"),
          claim(2, "civilian", day=D2, side="ukrainian"),
          claim(500, "people", day=D2, day_basis=Basis.DEFAULTED, scope=Scope.PERIOD, period_days=2,
                side="ukrainian")]
    (f,) = [f for f in check(cs) if f.check == "sum"]
    assert f.verdict == "unclear" and "= 502 ≠ 500" in f.working and "servicemen only: 500" in f.working


def test_a_total_without_a_side_in_a_two_sided_report_may_count_both_sides():
    each = claim(25, "people", day=D2, per_side=True)
    first = [claim(20, "people", day=D1, side="tajik"), claim(20, "people", day=D1, side="kyrgyz")]
    total = claim(90, "people", day=D2, day_basis=Basis.DEFAULTED, scope=Scope.PERIOD, period_days=2)
    facts = DocumentFacts(sides=("tajik", "kyrgyz"))
    (f,) = [f for f in check([*first, each, total], facts=facts) if f.check == "sum"]
    assert f.verdict == "consistent" and "both sides" in f.message


# --- headline, running totals, sub-groups, targets -----------------------------------------------

def test_a_headline_figure_must_be_found_in_the_body():
    head = claim(150, "prisoner", headline=True, per_side=True)
    body = claim(160, "prisoner", day=D1, per_side=True)
    (f,) = check([head, body])
    assert (f.verdict, f.working) == ("contradiction", "headline 150 ≠ body 160")
    assert "headline and its body" in f.evidence


def test_a_running_total_dated_to_several_days_never_falls():
    cs = [claim(533, "dead", day=D1, scope=Scope.SINCE), claim(1310, "dead", day=D2, scope=Scope.SINCE),
          claim(1204, "dead", day=D3, scope=Scope.SINCE)]
    assert contradictions(check(cs)) == ["1,310 (2025-05-24) → 1,204 (2025-05-25)"]


def test_an_agreed_size_is_never_exceeded_and_says_what_is_still_to_come():
    target = claim(1000, None, kind=Kind.TARGET, per_side=True)
    total = claim(697, "people", scope=Scope.PERIOD, period_days=2)
    assert verdicts(check([target, total]), "target") == [("consistent", "697 ≤ 1,000 (303 still to come)")]


# --- time ----------------------------------------------------------------------------------------

def _dated(weekday: int, day: dt.date, source: str) -> object:
    from checker.claims import Claim, DateRef, Grounding, Known

    ref = DateRef(text="Friday, May 22", weekday=weekday, month=day.month, day=day.day, resolved=day,
                  year_source=source)  # type: ignore[arg-type]  # a literal is checked by pydantic at run time
    return Claim(id="a/c900", article_id="a", kind=Kind.DATE, date=Known[DateRef](value=ref),
                 grounding=Grounding(quote="Friday, May 22", start=0, end=14))


@pytest.mark.parametrize(("source", "verdict"), [("stated", "contradiction"), ("assumed", "unclear")])
def test_a_wrong_weekday_is_a_contradiction_only_when_the_year_is_known(source, verdict):
    (f,) = check([_dated(4, dt.date(2025, 5, 22), source)])
    assert (f.check, f.verdict) == ("calendar", verdict) and "is a Thursday, not a Friday" in f.working


def test_ages_must_agree_with_the_years():
    from checker.claims import Article
    from checker.reconcile import Doc, reconcile_article

    age = claim(34, None, kind=Kind.AGE, then_value=Decimal(25), then_year=2022)
    doc = Doc.of("a", [age], [], None, Article(id="a", text="x", published=dt.date(2026, 3, 6)))
    (f,) = reconcile_article(doc)
    assert (f.verdict, f.working) == ("contradiction", "34 − 25 = 9 years; 2026 − 2022 = 4 ≠")


@pytest.mark.parametrize(("value", "verdict"), [
    (Interval.point(4), "consistent"), (hedged(Decimal(4), "more than", integer=False), "consistent"),
    (Interval.point(5), "contradiction"), (hedged(Decimal(5), "more than", integer=False), "contradiction")])
def test_an_elapsed_time_is_checked_as_an_interval(value, verdict):
    from checker.claims import Article
    from checker.reconcile import Doc, reconcile_article

    c = claim(value, None, kind=Kind.DURATION, unit="years", since=dt.date(2022, 2, 24))
    doc = Doc.of("a", [c], [], None, Article(id="a", text="x", published=dt.date(2026, 3, 6)))
    (f,) = reconcile_article(doc)
    assert f.verdict == verdict


# --- across a batch ------------------------------------------------------------------------------

def test_a_running_total_since_a_stated_start_falls_across_articles_every_pair_compared():
    since = dt.date(2022, 2, 24)

    def cumulative(v: int, aid: str):
        return claim(v, "people", aid=aid, scope=Scope.SINCE, since=since, side="ukrainian")

    fs = check_batch(("mar5", [cumulative(6722, "mar5")]), ("mar6", [cumulative(6700, "mar6")]),
                     ("mar7", [cumulative(6750, "mar7")]),
                     published={"mar5": dt.date(2026, 3, 5), "mar6": dt.date(2026, 3, 6), "mar7": dt.date(2026, 3, 7)})
    (f,) = [f for f in fs if f.verdict == "contradiction"]
    assert f.working == "6,722 (2026-03-05, mar5) → 6,700 (2026-03-06, mar6)" and set(f.articles) == {"mar5", "mar6"}


def test_the_same_stated_day_told_differently_by_two_articles_contradicts():
    fs = check_batch(("wire-a", [claim(390, "people", aid="wire-a", day=D1, side="ukrainian")]),
                     ("wire-b", [claim(392, "people", aid="wire-b", day=D1, side="ukrainian")]),
                     published={"wire-a": D1, "wire-b": D1})  # articles reported days apart are not linked
    (f,) = [f for f in fs if f.verdict == "contradiction"]
    assert f.working == "390 ≠ 392" and f.articles == ("wire-a", "wire-b")


def test_finding_ids_are_stable_across_runs():
    a, b = claim(390, day=D1), claim(392, day=D1)
    assert [f.id for f in check([a, b])] == [f.id for f in check([a, b])]


def test_ungrounded_claims_never_reach_a_check():
    a, b = claim(390, day=D1), claim(392, day=D1).model_copy(update={"grounding": None})
    assert check([a, b]) == []


def test_a_group_within_people_is_not_the_same_quantity_as_the_people():
    from tests.helpers import run_text

    text = ("At least 130 people had not been found by Tuesday, officials said. "
            "Three boys and a teacher were still missing on Tuesday, the governor said.")
    assert [f.working for f in run_text(text, published=dt.date(2026, 3, 6)).findings
            if f.verdict == "contradiction"] == []


def test_prisoners_of_a_named_group_are_another_group():
    from tests.helpers import run_text

    text = ("Two buses brought 44 detainees belonging to the Northern Front to the capital on Saturday, a "
            "border official said. Later on Saturday, a bus brought 16 detainees to the coast.")
    assert [f.working for f in run_text(text, published=dt.date(2026, 3, 7)).findings
            if f.verdict == "contradiction"] == []


def test_a_run_pauses_the_collector_and_gives_back_the_callers_setting():
    """The collector is off during a run (its objects hold no cycles) and as the caller had it after,
    also when the run fails."""
    import gc

    from checker.reconcile import collector_paused, reconcile
    from checker.reconcile.doc import Doc

    was = gc.isenabled()
    try:
        for setting in (True, False):
            (gc.enable if setting else gc.disable)()
            assert reconcile([Doc.of("a", [claim(390, day=D1)]), Doc.of("b", [claim(392, day=D1)])]) is not None
            assert gc.isenabled() is setting
            with pytest.raises(RuntimeError), collector_paused():
                assert not gc.isenabled()
                raise RuntimeError
            assert gc.isenabled() is setting
    finally:
        (gc.enable if was else gc.disable)()
