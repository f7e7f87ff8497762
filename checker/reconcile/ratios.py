"""Checks of the ratios a text states: a share of a whole ("40% of the 200 farms, or 80"), a percentage
change ("rose 8% to 54 billion from 50 billion") and a multiple ("doubled to 48 from 24", "twice the 600").

A percentage is read with the precision it is written to ("40%" is 39.5..40.5, "8.3%" 8.25..8.35), and so
is a round figure ("54 billion" may stand for 53.5..54.5 billion): a stated percentage is usually worked
out from unrounded figures, so the rounded ones reproduce it only within their rounding. A share or a
multiple in words ("half", "two thirds", "doubled") is looser still: within a small slack it holds, a
little beyond it is only unclear, and only far beyond it is it a contradiction.
"""

from __future__ import annotations

from decimal import Decimal

from checker.claims import Claim, Interval, Relation, Role, fmt_number
from checker.reconcile.doc import Doc
from checker.reconcile.findings import Check, Finding, Verdict, finding

HUNDRED = Decimal(100)
# A figure ending in zeros ("54 billion", "2,000", "80,000") may be rounded: read it as rounded at its last
# non-zero digit, but to no fewer than this many significant digits ("50,000" is 49,500..50,500, not
# 45,000..55,000: a writer who rounds that far says "about"). Below LARGE a count is usually exact, and a
# round one ("2,000 polling stations") is read to three digits (1,995..2,005).
SIGNIFICANT_DIGITS = 2
SMALL_SIGNIFICANT_DIGITS = 3
LARGE = Decimal(10000)
# A share in words is stated beside its amount, which the writer worked out: "Half of them, 2,700". Within 2%
# of the word's value ("half of 5,400, 2,680") it holds; within 5% it is loose wording an editor may check;
# beyond that ("half of 5,400, 2,900") the figures disagree.
SHARE_WORD_SLACK = Decimal("0.02")
SHARE_WORD_LOOSE = Decimal("0.05")
# A multiple in words is looser in news: "doubled to 46 from 24" (1.92 times) is ordinary usage, so 5% holds;
# up to 10% ("doubled to 43 from 20") is unclear; beyond that ("doubled to 14 from 8") it is a contradiction.
MULTIPLE_SLACK = Decimal("0.05")
MULTIPLE_LOOSE = Decimal("0.10")
SHARE_WORD_MAX = Decimal(1)  # a factor at most 1 is a share ("half"); above it a multiple ("twice")


def rounding(x: Decimal, *, percent: bool = False) -> Decimal:
    """Half the unit of the last digit a figure is written to: '40' % -> 0.5, '8.3' % -> 0.05,
    54,000,000,000 -> 500,000,000 (to two significant digits at the coarsest), 2,000 -> 5, 1,061 -> 0."""
    if x != x.to_integral_value() or percent:
        exp = int(x.normalize().as_tuple().exponent) if x != x.to_integral_value() else 0
        return Decimal(5).scaleb(min(exp, 0) - 1)
    digits = str(abs(int(x)))
    zeros = len(digits) - len(digits.rstrip("0"))
    places = min(zeros, len(digits) - (SIGNIFICANT_DIGITS if abs(x) >= LARGE else SMALL_SIGNIFICANT_DIGITS))
    return Decimal(5).scaleb(places - 1) if places > 0 else Decimal(0)


def widened(v: Interval, slack: Decimal) -> tuple[Decimal, Decimal | None] | None:
    """A non-negative interval widened by `slack` either side: (lo, hi), hi None when unbounded."""
    lo = v.lo if v.lo is not None else Decimal(0)
    if lo < 0:
        return None
    return max(lo - slack, Decimal(0)), None if v.hi is None else v.hi + slack


def _as_written(c: Claim, *, percent: bool = False) -> tuple[Decimal, Decimal | None] | None:
    """A claim's figure with its rounding: a point by its written precision, a hedged figure as hedged."""
    v = c.value
    if v is None:
        return None
    written = v.figure if v.figure is not None else v.lo if v.is_point else None
    return widened(v, Decimal(0) if written is None else rounding(written, percent=percent))


def _exact(c: Claim) -> tuple[Decimal, Decimal | None] | None:
    return None if c.value is None else widened(c.value, Decimal(0))


Bounds = tuple[Decimal, Decimal | None]


def _div(a: Bounds, b: Bounds) -> Bounds | None:
    """a / b for non-negative intervals; None when b may be zero."""
    if b[0] <= 0:
        return None
    lo = a[0] / b[1] if b[1] is not None else Decimal(0)
    return lo, None if a[1] is None else a[1] / b[0]


def _gap(q: Bounds, s: Bounds) -> Decimal:
    """How far apart two intervals are, relative to the stated one: 0 when they overlap."""
    if s[1] is not None and q[0] > s[1]:
        return (q[0] - s[1]) / s[1] if s[1] > 0 else Decimal(1)
    if q[1] is not None and q[1] < s[0]:
        return (s[0] - q[1]) / s[0]
    return Decimal(0)


def _verdict(gap: Decimal, slack: Decimal, loose: Decimal) -> Verdict:
    return "consistent" if gap <= slack else "unclear" if gap <= loose else "contradiction"


def _ratio(x: Decimal) -> str:
    return f"{x:.3f}".rstrip("0").rstrip(".")


def _share_words(r: Relation) -> str:
    """'a third' of the cue 'a third of': the share as the text words it."""
    words = r.cues[0] if r.cues else str(r.factor)
    return words[:-3] if words.lower().endswith(" of") else words


def _pct(c: Claim) -> str:
    """'40%', 'about 70%': a percentage as written."""
    v = c.value
    assert v is not None
    if v.hedge and v.figure is not None:
        return f"{v.hedge.lower()} {fmt_number(v.figure)}%"
    return f"{v}%"


def check_share(doc: Doc, r: Relation) -> list[Finding]:
    """'40% of the 200 farms, or 80': 40% × 200 = 80; 'Half of them, 2,700' (of 5,400): 2,700 / 5,400 = 0.5."""
    whole, part, rate = (doc.members(r, role) for role in (Role.WHOLE, Role.PART, Role.RATE))
    if len(whole) != 1 or len(part) != 1 or len(rate) > 1 or (not rate and r.factor is None):
        return []
    w, p = whole[0], part[0]
    ids = [c.id for c in rate + [w, p]]
    ev = [f"stated by '{', '.join(r.cues)}'" if r.cues else "stated in the text"]
    if rate:
        return _rated(r, "share", ids, ev, rate[0], _as_written(p), _as_written(w), up=None,
                      said=f"{_pct(rate[0])} of {w.value} is {p.value}")
    assert r.factor is not None
    pb, wb, s = _exact(p), _exact(w), widened(r.factor, Decimal(0))
    q = None if pb is None or wb is None else _div(pb, wb)
    if q is None or s is None or pb is None or wb is None:
        return []
    gap = _gap(q, s)
    verdict = _verdict(gap, SHARE_WORD_SLACK, SHARE_WORD_LOOSE)
    written = _share_words(r)  # as written in the working, lower case in a sentence
    words = written.lower()
    working = f"{p.value} / {w.value} = {_ratio(_mid(pb) / _mid(wb))} {'≈' if verdict == 'consistent' else '≠'} " \
        f"{r.factor} ({written})"
    message = {"consistent": f"{p.value} is {words} of {w.value}, as stated.",
               "unclear": f"{p.value} is only roughly {words} of {w.value}: loose wording, or a figure is off.",
               "contradiction": f"{p.value} is not {words} of {w.value}."}[verdict]
    return [finding("share", verdict, ids, working, message, relation=r.id, evidence=ev)]


def check_scaled_change(doc: Doc, r: Relation) -> list[Finding] | None:
    """A change that states its ratio: 'rose 8% to 54 from 50' (54 / 50 = 1.08), 'doubled to 48 from 24'
    (48 / 24 = 2). None when the change states no ratio (the plain change check reads it)."""
    rate = doc.members(r, Role.RATE)
    if not rate and r.factor is None:
        return None
    to, frm = doc.members(r, Role.TO), doc.members(r, Role.FROM)
    if len(to) != 1 or len(frm) != 1 or len(rate) > 1:
        return []
    t, f = to[0], frm[0]
    ev = [f"stated by '{', '.join(r.cues)}'" if r.cues else "stated in the text"]
    if rate:
        ids = [c.id for c in rate + [f, t]]
        word = "rose" if r.direction != "down" else "fell"
        return _rated(r, "change", ids, ev, rate[0], _as_written(t), _as_written(f), up=r.direction != "down",
                      said=f"the figure {word} {_pct(rate[0])} from {f.value} to {t.value}")
    assert r.factor is not None
    tb, fb, s = _exact(t), _exact(f), widened(r.factor, Decimal(0))
    q = None if tb is None or fb is None else _div(tb, fb)
    if q is None or s is None or tb is None or fb is None:
        return []
    ids = [f.id, t.id]
    share = r.factor.hi is not None and r.factor.hi <= SHARE_WORD_MAX
    verdict = _verdict(_gap(q, s), MULTIPLE_SLACK, MULTIPLE_LOOSE)
    words = r.cues[0] if r.cues else str(r.factor)
    times = f"{r.factor} {'of' if share else 'times'} {f.value}"
    working = f"{t.value} / {f.value} = {_ratio(_mid(tb) / _mid(fb))} {'≈' if verdict == 'consistent' else '≠'} " \
        f"{r.factor} ({words})"
    message = {"consistent": f"{t.value} is {times}, as stated ('{words}').",
               "unclear": f"{t.value} is only roughly {times} ('{words}'): loose wording, or a figure is off.",
               "contradiction": f"The text says '{words}', that is {times}, but gives {t.value}."}[verdict]
    return [finding("change", verdict, ids, working, message, relation=r.id, evidence=ev)]


def _rated(r: Relation, check: Check, ids: list[str], ev: list[str], rate: Claim, new: Bounds | None,
           base: Bounds | None, *, up: bool | None, said: str) -> list[Finding]:
    """new / base against a stated percentage: a share (up None: new = rate × base) or a change
    (new = (1 ± rate) × base), every figure within its written rounding."""
    pr = _as_written(rate, percent=True)
    if new is None or base is None or pr is None or pr[1] is None or rate.value is None:
        return []
    s: Bounds = (pr[0] / HUNDRED, pr[1] / HUNDRED) if up is None else \
        ((HUNDRED + pr[0]) / HUNDRED, (HUNDRED + pr[1]) / HUNDRED) if up else \
        ((HUNDRED - pr[1]) / HUNDRED, (HUNDRED - pr[0]) / HUNDRED)
    q = _div(new, base)
    if q is None or s[0] < 0:
        return []
    ok = _gap(q, s) == 0
    ev = ev + [f"{rate.value}% read as {fmt_number(pr[0])}–{fmt_number(pr[1])}%, round figures within their rounding"]
    r_val = rate.value.figure if rate.value.figure is not None else rate.value.lo
    assert r_val is not None
    implied = _implied(_mid(new) / _mid(base) if _mid(base) else q[0], up)
    b, n = fmt_number(_mid(base)), fmt_number(_mid(new))
    working = (f"{_pct(rate)} × {b} = {fmt_number(_round(r_val * _mid(base) / HUNDRED))} {'≈' if ok else '≠'} {n}"
               if up is None else
               f"{b} → {n} = {'+' if _mid(new) >= _mid(base) else '−'}{implied}% {'≈' if ok else '≠'} "
               f"{'+' if up else '−'}{_pct(rate)}")
    message = f"As stated: {said}." if ok else \
        f"The text says {said}, but the figures give {implied}%, even allowing for rounding."
    return [finding(check, "consistent" if ok else "contradiction", ids, working, message, relation=r.id, evidence=ev)]


def rate_holds(new: Claim, base: Claim, rate: Claim, *, up: bool) -> bool | None:
    """Whether a percentage stated as a change's size ("fell to 80 from 100, a drop of 20%") is the
    relative change of the two figures, each within its written rounding; None when it cannot be told."""
    pr, n, b = _as_written(rate, percent=True), _as_written(new), _as_written(base)
    if pr is None or pr[1] is None or n is None or b is None:
        return None
    s: Bounds = ((HUNDRED + pr[0]) / HUNDRED, (HUNDRED + pr[1]) / HUNDRED) if up else \
        ((HUNDRED - pr[1]) / HUNDRED, (HUNDRED - pr[0]) / HUNDRED)
    q = _div(n, b)
    return None if q is None or s[0] < 0 else _gap(q, s) == 0


def _mid(b: Bounds) -> Decimal:
    """The figure as written from its widened bounds: their midpoint (a hedged figure's is its range's)."""
    return b[0] if b[1] is None else (b[0] + b[1]) / 2


def _round(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.1")) if x != x.to_integral_value() else x


def _implied(ratio: Decimal, up: bool | None) -> str:
    """The percentage the figures as written give: 0.85 -> '85' (a share), 1.08 -> '8' (a change)."""
    pct = ratio * HUNDRED if up is None else abs(ratio - 1) * HUNDRED
    return fmt_number(pct.quantize(Decimal("0.1")).normalize()) if pct else "0"
