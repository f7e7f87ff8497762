"""The reconciler's fast evidence tests answer exactly as the ones that build words do: `tied` is
`tie(...) is not None`, `stated_tie` a tie with every link stated, `action_differs` and `side_differs`
no action or side link. Checked on every pair of six hundred claims drawn over the fields `tie` reads,
and of the claims the rules extract from the example articles."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from checker.claims import Action, Basis, Claim, DocumentFacts, Facets, Interval, Known, Scope
from checker.pipeline import check_text
from checker.reconcile.evidence import action_differs, same_action, same_side, side_differs, stated_tie, tie, tied
from tests.claimkit import claim

ROOT = Path(__file__).resolve().parent.parent
DAYS = (None, dt.date(2026, 5, 1), dt.date(2026, 5, 2))
TWO_SIDED = DocumentFacts(sides=("ukrainian", "russian"))


def _drawn(rng: random.Random) -> Claim:
    side = rng.choice((None, None, "ukrainian", "russian"))
    c = claim(rng.choice((5, 7)), rng.choice(("prisoner", "prisoner", "soldier", "people", "woman", "girl", None)),
              day=rng.choice(DAYS), day_basis=rng.choice((Basis.STATED, Basis.STATED, Basis.INFERRED, Basis.DEFAULTED)),
              action=rng.choice((Action.RELEASED, Action.RELEASED, Action.EXCHANGED, Action.KILLED, None)), side=side,
              scope=rng.choice((Scope.DAY, Scope.DAY, Scope.PERIOD, Scope.SINCE, Scope.UNKNOWN)),
              period_days=rng.choice((None, 2, 3)), since=rng.choice((None, dt.date(2022, 2, 24))),
              facets=rng.choice((Facets(), Facets(), Facets(), Facets(place="Kyiv"), Facets(group="women"))))
    update: dict[str, object] = {}
    if rng.random() < 0.5:
        update["stage"] = Known[int](value=rng.choice((1, 2)), basis=rng.choice((Basis.STATED, Basis.INFERRED)))
        update["event"] = rng.choice((None, Known[str](value="exchange"), Known[str](value="phase"),
                                      Known[str](value="flight")))
    if rng.random() < 0.15:
        update["increment"] = True  # "another 5"
    if side is not None and rng.random() < 0.3:
        update["side"] = Known[str](value=side, basis=Basis.DEFAULTED)
    if rng.random() < 0.2 and c.counted is not None:
        update["counted"] = c.counted.model_copy(update={"modifiers": ("wounded",)})
    return c.model_copy(update=update)


def _twin(rng: random.Random, c: Claim) -> Claim:
    """The same figure told again, one field perhaps told differently: the pairs most likely to tie."""
    other = _drawn(rng)
    field = rng.choice(("id", "date", "side", "stage", "scope", "action", "counted", "event", "increment"))
    return c.model_copy(update={"id": c.id + "x", field: getattr(other, field) if field != "id" else c.id + "x"})


def _extracted() -> list[Claim]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "articles").glob("*.txt"))]
    return [c for n, t in enumerate(texts)
            for c in check_text(t, article_id=f"t{n}", today=dt.date(2026, 11, 22)).articles[0].claims]


def test_fast_ties_answer_as_tie_does() -> None:
    rng = random.Random(7)
    drawn = [_drawn(rng) for _ in range(300)]
    claims = drawn + [_twin(rng, c) for c in drawn[:200]] + _extracted()
    for a in claims:
        for b in claims:
            for facts in (None, TWO_SIDED):
                t = tie(a, b, facts)
                assert tied(a, b) == (t is not None), (a, b)
                assert stated_tie(a, b, facts) == (t is not None and t.stated), (a, b, t)
            assert action_differs(a, b) == (same_action(a, b) is None), (a, b)
            assert side_differs(a, b) == (same_side(a, b) is None), (a, b)


def test_same_interval_is_equality() -> None:
    from checker.claims import Interval
    from checker.reconcile.batch import same_interval

    values = [Interval.point(5), Interval.point(5), Interval(lo=5, hi=5), Interval(lo=5, hi=None),
              Interval(lo=5, hi=None, lo_open=True), Interval(lo=5, hi=None, hedge="more than", figure=5),
              Interval(lo=4, hi=6), Interval(lo=4, hi=6, hi_open=True), Interval(lo=None, hi=6)]
    str(values[1])  # a cached display form is no field
    for x in values:
        for y in values:
            assert same_interval(x, y) == (x == y), (x, y)


def _interval(rng: random.Random) -> Interval:
    lo = rng.choice((None, Decimal(0), Decimal(5), Decimal(7), Decimal("7.5")))
    hi = rng.choice((None, lo, lo, Decimal(7), Decimal(9))) if lo is not None else rng.choice((None, Decimal(7)))
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    return Interval(lo=lo, hi=hi, lo_open=rng.random() < 0.2, hi_open=rng.random() < 0.2,
                    figure=rng.choice((None, None, lo, hi)))


def test_restatement_shortcuts_answer_as_the_interval_does() -> None:
    """`_agreeing` reads each value once: its point test and overlap agree with `Interval.is_point`
    and `Interval.overlaps`."""
    from checker.reconcile.inferred import _low, _overlap, _point_of

    rng = random.Random(11)
    values = [_interval(rng) for _ in range(200)]
    for a in values:
        assert (_point_of(a) is not None) == a.is_point and (_point_of(a) is None or _point_of(a) == a.lo), a
        assert _low(a) == (a.lo if a.lo is not None else 0)
        for b in values:
            assert _overlap(a, b, _point_of(a), _point_of(b)) == a.overlaps(b), (a, b)


def test_period_days_count_back_from_the_last_day() -> None:
    from checker.reconcile.inferred import period_days

    last = dt.date(2026, 3, 1)
    for n in range(-1, 12):
        assert period_days(last, n) == [last - dt.timedelta(days=k) for k in range(n - 1, -1, -1)], n


def test_finding_names_each_claim_once_in_order() -> None:
    from checker.reconcile.findings import finding

    rng = random.Random(3)
    for _ in range(500):
        ids = [rng.choice("abcd") for _ in range(rng.randrange(1, 6))]
        assert finding("sum", "consistent", ids, "w", "m").claims == tuple(dict.fromkeys(ids)), ids


def test_two_figures_agree_as_the_general_grouping_says() -> None:
    """`_agreeing_pair` (groups of two) answers as `_agreeing`: values drawn with open, unbounded and
    negative bounds, the same id twice, one sentence or one stated relation for both."""
    from checker.claims import Grounding, RelationKind, Role
    from checker.reconcile import Doc
    from checker.reconcile.inferred import _agreeing, _agreeing_pair
    from tests.claimkit import relation

    rng = random.Random(5)
    lows = (None, Decimal(-3), Decimal(0), Decimal(5), Decimal(6), Decimal(9))
    for _ in range(3000):
        a = _drawn(rng)
        b = rng.choice((a, _twin(rng, a), _drawn(rng))).model_copy(update={
            "id": a.id + "y", "grounding": Grounding(quote="q", start=0, end=1)})  # another sentence
        pair = []
        for c in (a, b):
            lo = rng.choice(lows)
            hi = rng.choice((None, lo, lo, Decimal(7), Decimal(-1)))
            if lo is not None and hi is not None and lo > hi:
                lo, hi = hi, lo
            value = Interval(lo=lo, hi=hi, lo_open=rng.random() < 0.2, hi_open=rng.random() < 0.2,
                             figure=rng.choice((None, lo, hi)))
            pair.append(c.model_copy(update={"value": value if rng.random() < 0.6 or not pair else pair[0].value}))
        a, b = pair
        if rng.random() < 0.1:
            b = b.model_copy(update={"id": a.id})
        if rng.random() < 0.1 and a.grounding is not None:
            b = b.model_copy(update={"grounding": a.grounding})  # one sentence
        rels = [relation(RelationKind.BREAKDOWN, [(a, Role.WHOLE), (b, Role.PART)])] if rng.random() < 0.2 else []
        doc = Doc.of("a", [a, b], rels)
        if len(doc.claims) == 2:
            assert _agreeing_pair(doc, a, b) == _agreeing(doc, [a, b]), (a, b)


def test_ledger_figures_built_unvalidated_equal_validated_ones() -> None:
    """`figure` and `_counts` skip validation: each field, value and type, is what validating gives."""
    from pydantic import BaseModel

    from checker.reconcile.ledger import LedgerCount, LedgerFigure, _counts, figure

    def same(built: BaseModel, cls: type[BaseModel]) -> None:
        checked = cls(**dict(built))
        assert checked == built and built.model_dump_json() == checked.model_dump_json()
        for name, value in checked:
            assert type(getattr(built, name)) is type(value), (name, built, checked)
        assert built.model_fields_set == checked.model_fields_set

    rng = random.Random(9)
    claims = [_drawn(rng) for _ in range(300)] + _extracted()
    for c in claims:
        same(figure(c), LedgerFigure)
    for row in _counts(claims):
        same(row, LedgerCount)
    import importlib.util

    from checker.reconcile import reconcile_with_ledger
    from checker.reconcile.ledger import LedgerLink

    spec = importlib.util.spec_from_file_location("bench_reconcile", ROOT / "eval" / "bench_reconcile.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)  # its synthetic batch: articles linked into events, the links in their ledgers
    _findings, across = reconcile_with_ledger(bench.synth(3000)[0])
    links = [link for e in across.events for link in e.links]
    assert links
    for link in links:
        same(link, LedgerLink)
