"""Planted errors ("flips") in real text: edit one figure of a relation the text states, so it must break.

For every gold relation that holds and is stated in the text, read as a simple linear (in)equality
(checker.evaluation.relations), each of its numbers that sits inside the quote of a gold figure with
that value gets one variant: that figure edited in the direction that must break the relation
(raise a part, i.e. a number on the smaller side; lower a stated total, i.e. a number on the larger
side), by the smallest amount the written form can show that makes the relation false. For an
equality, the side with more numbers holds the parts ("31 + 1 == 32": raise 31 or 1, lower 32).

Never edited: a figure inside a date, a time, a URL or another token (the 2 of 2023, the 19 of
COVID-19), an edit to zero or below, and a hedged figure (gold `approx`, or a hedge word right
before it) whose interval would still let the relation hold. Skips are counted by reason.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from statistics import median
from typing import Literal

from checker.claims import Article, Interval
from checker.evaluation.realgold import RealItem
from checker.evaluation.relations import Form, LinearRelation, Refused, parse_linear
from checker.evaluation.textnums import NumberToken, number_tokens, protected_spans, protection, render
from checker.numbers import hedge_in_text, hedged

APPROX_HEDGE = "about"  # how a gold `approx` figure without a hedge word of its own is read
NOT_LOCATED = "not inside a gold quote with that value"


@dataclass(frozen=True)
class Flip:
    """One variant of one item: one figure edited so that one stated relation breaks."""

    id: str
    item_id: str
    expr: str
    form: Form
    role: Literal["part", "total"]
    before: str
    after: str
    old_value: Decimal
    new_value: Decimal
    span: tuple[int, int]  # the edited characters in the variant's text
    article: Article


@dataclass
class FlipPlan:
    flips: list[Flip] = field(default_factory=list)
    eligible: int = 0  # relations that hold and are stated in the text
    used: int = 0  # eligible relations with at least one flip
    relations_skipped: Counter[str] = field(default_factory=Counter)
    numbers_skipped: Counter[str] = field(default_factory=Counter)


SIGNS = "+-−"


def plan_flips(items: list[RealItem]) -> FlipPlan:
    """Every flip of every item, deterministically, with the count of what was skipped and why."""
    plan = FlipPlan()
    for item in items:
        _item_flips(item, plan)
    return plan


def _item_flips(item: RealItem, plan: FlipPlan) -> None:
    text = item.article.text
    tokens = number_tokens(text, item.body_start)
    protected = protected_spans(text)
    for relation in item.record.relations:
        if not (relation.holds and relation.stated_in_text):
            continue
        plan.eligible += 1
        try:
            rel = parse_linear(relation.expr)
        except Refused as e:
            plan.relations_skipped[str(e)] += 1
            continue
        if not rel.holds():
            plan.relations_skipped["does not evaluate true as written"] += 1
            continue
        before = len(plan.flips)
        located = _locate(item, rel, tokens, protected, plan.numbers_skipped)
        for i, token in enumerate(located):
            if token is not None:
                flip = _flip(item, rel, i, located, len(plan.flips), plan.numbers_skipped)
                if flip is not None:
                    plan.flips.append(flip)
        if len(plan.flips) == before:
            plan.relations_skipped["no number could be edited"] += 1
        else:
            plan.used += 1


def _locate(item: RealItem, rel: LinearRelation, tokens: list[NumberToken],
            protected: list[tuple[str, int, int]], skipped: Counter[str]) -> list[NumberToken | None]:
    """For each number of the relation, the token to edit: inside a gold quote with that value, free
    of dates, URLs and other tokens; where a value is written more than once, one written without a
    sign, then the occurrence nearest the numbers that are written only once (the place the relation is
    stated), each token used once."""
    usable: list[list[NumberToken]] = []
    for term in rel.terms:
        spans = [(f.start, f.end) for f in item.figures if abs(f.value) == term.value]
        inside = [t for t in tokens if t.value == term.value and any(a <= t.start and t.end <= b for a, b in spans)]
        reasons = [protection(item.article.text, t, protected) for t in inside]
        usable.append([t for t, r in zip(inside, reasons, strict=True) if r is None])
        if not usable[-1]:
            skipped[next((r for r in reasons if r), NOT_LOCATED)] += 1
    anchors = [c[0].start for c in usable if len(c) == 1]
    center = median(anchors) if anchors else next((c[0].start for c in usable if c), 0)
    taken: set[int] = set()
    out: list[NumberToken | None] = []
    for cands in usable:
        free = [t for t in cands if t.start not in taken]
        text = item.article.text
        best = min(free, key=lambda t: (_signed(text, t), abs(t.start - center), t.start)) if free else None
        if best is None and cands:
            skipped["value written fewer times than the relation uses it"] += 1
        if best is not None:
            taken.add(best.start)
        out.append(best)
    return out


def _signed(text: str, token: NumberToken) -> bool:
    """'+58' or '-71' in a results table: a change since last time, another figure than the count 58 its
    row also holds; the count is edited when the value is written both ways."""
    before = text[:token.start]
    return before[-1:] in tuple(SIGNS) and not before[-2:-1].isalnum()


def _canonical(rel: LinearRelation) -> tuple[list[int], str]:
    """Coefficients and operator of `f op 0` (op in ==, <, <=) with the parts / smaller side positive,
    so that raising f, and only raising it, breaks the relation."""
    coefs, op = [t.coef for t in rel.terms], rel.op
    if op in (">", ">="):
        return [-c for c in coefs], "<" if op == ">" else "<="
    if op == "==" and sum(c < 0 for c in coefs) > sum(c > 0 for c in coefs):
        return [-c for c in coefs], op
    return coefs, op


def breaking_value(rel: LinearRelation, i: int, step: Decimal) -> Decimal:
    """The value of number i, moved in the breaking direction by the fewest steps that make rel false."""
    coefs, op = _canonical(rel)
    f = sum((c * t.value for c, t in zip(coefs, rel.terms, strict=True)), Decimal(0))  # <= 0: it holds
    if op == "==":
        k = Decimal(1)
    elif op == "<=":
        k = (-f / step).to_integral_value(rounding=ROUND_FLOOR) + 1
    else:
        k = max(Decimal(1), (-f / step).to_integral_value(rounding=ROUND_CEILING))
    return rel.terms[i].value + coefs[i] * k * step


def _flip(item: RealItem, rel: LinearRelation, i: int, located: list[NumberToken | None], n: int,
          skipped: Counter[str]) -> Flip | None:
    text = item.article.text
    token = located[i]
    assert token is not None
    new = breaking_value(rel, i, token.step)
    values = [t.value for t in rel.terms]
    values[i] = new
    if new <= 0:
        skipped["edit would reach zero or below"] += 1
        return None
    if rel.holds(tuple(values)):  # cannot happen for a linear relation; kept as a guard on the arithmetic
        skipped["no breaking edit found"] += 1
        return None
    if _absorbed(item, rel, i, [new if j == i else t.value for j, t in enumerate(rel.terms)], located):
        skipped["hedged: its interval absorbs the edit"] += 1
        return None
    after = render(token, new, text)
    edited = text[:token.start] + after + text[token.end:]
    back = [t for t in number_tokens(edited, token.start) if t.start == token.start]
    if not back or back[0].value != new:
        skipped["edit does not read back as the new value"] += 1
        return None
    coefs, _ = _canonical(rel)
    fid = f"{item.id}~flip{n}"
    variant = item.article.model_copy(update={"id": fid, "text": edited})
    return Flip(fid, item.id, rel.expr, rel.form, "part" if coefs[i] > 0 else "total", token.text, after,
                token.value, new, (token.start, token.start + len(after)), variant)


def _absorbed(item: RealItem, rel: LinearRelation, i: int, values: list[Decimal],
              located: list[NumberToken | None]) -> bool:
    """Whether the relation can still hold with every figure read with its hedge ('at least 82',
    'about 40'), the edited one (i) at its new value: then no checker could call the edit wrong.

    The gold's `approx` mark, which says a figure is rough but not how ('passes 700'), is read as
    'about' for the edited figure only; the others need a hedge word in the text."""
    coefs, op = _canonical(rel)
    low, high = Decimal(0), Decimal(0)  # the least and the greatest f can be, f op 0 holding
    low_open = high_open = False
    low_free = high_free = False  # unbounded
    for j, (c, value, token) in enumerate(zip(coefs, values, located, strict=True)):
        iv = _reading(item, token, value, gold_approx=j == i)
        lo, hi, lo_open, hi_open = (iv.lo, iv.hi, iv.lo_open, iv.hi_open) if iv else (value, value, False, False)
        least, least_open, most, most_open = (lo, lo_open, hi, hi_open) if c > 0 else (hi, hi_open, lo, lo_open)
        if least is None:
            low_free = True
        else:
            low, low_open = low + c * least, low_open or least_open
        if most is None:
            high_free = True
        else:
            high, high_open = high + c * most, high_open or most_open
    can_be_low = low_free or low < 0 or (low == 0 and not low_open and op != "<")
    if op != "==":
        return can_be_low
    can_be_high = high_free or high > 0 or (high == 0 and not high_open)
    return (low_free or low < 0 or (low == 0 and not low_open)) and can_be_high


def _reading(item: RealItem, token: NumberToken | None, value: Decimal, *, gold_approx: bool) -> Interval | None:
    """The interval a figure's hedge gives it (its own words, or the gold's `approx`); None if exact."""
    if token is None:
        return None
    hedge = hedge_in_text(item.article.text, token.start)
    approx = gold_approx and any(f.approx and abs(f.value) == token.value and f.start <= token.start
                                 and token.end <= f.end for f in item.figures)
    if hedge is None and not approx:
        return None
    return hedged(value, hedge[0] if hedge else APPROX_HEDGE, integer=value == value.to_integral_value())
