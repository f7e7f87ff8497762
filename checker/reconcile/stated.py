"""Checks of the relations the text states: breakdowns, changes, the two sides of an exchange.

The cue words tie the figures, so a failing relation is a contradiction ("=" for an exhaustive
breakdown, "<=" for "including"); when listed parts may count the same people twice, a sum above
the whole is only unclear.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from checker.claims import Basis, Claim, Interval, Kind, Modality, Relation, RelationKind, Role, Scope, fmt_number
from checker.reconcile.doc import Doc
from checker.reconcile.evidence import far_apart
from checker.reconcile.findings import Check, Finding, finding
from checker.reconcile.ratios import check_scaled_change, check_share, rate_holds
from checker.vocab import MARGIN_CUES, REVISION_WORDS


def total(values: list[Interval]) -> Interval:
    out = values[0]
    for v in values[1:]:
        out = out + v
    return out


def rounding_slack(parts: list[Claim]) -> Decimal:
    """Shares written rounded ('27.4%') may add up to 99.9 or 100.1: each may be off by half its last
    digit. Counts are exact."""
    written = [p.value.lo for p in parts if p.kind is Kind.MEASURE and p.unit == "%" and p.value is not None
               and p.value.is_point and p.value.lo is not None]
    if len(written) != len(parts):
        return Decimal(0)
    return sum((Decimal(5).scaleb(int(x.as_tuple().exponent) - 1) for x in written), Decimal(0))


def expr(claims: list[Claim]) -> str:
    return " + ".join(str(c.value) for c in claims)


def _cue(r: Relation) -> str:
    return f"stated by '{', '.join(r.cues)}'" if r.cues else "stated in the text"


def check_stated(doc: Doc) -> list[Finding]:
    """Every extracted relation checked; one the text only implies (an inferred whole) is never
    more than unclear."""
    out: list[Finding] = []
    for r in doc.relations:
        check = STATED_CHECKS.get(r.kind)
        if check is None:
            continue
        for f in check(doc, r):
            if r.basis is not Basis.STATED and f.verdict == "contradiction":
                if _misread(doc, r):
                    continue
                f = replace(f, verdict="unclear", basis="inferred",
                            evidence=f.evidence + ("the whole is inferred, not named",))
            out.append(f)
    return out


def _misread(doc: Doc, r: Relation) -> bool:
    """One part far from its inferred whole ('Of these, more than 4 million' after '31 districts'). A
    list of parts after 'Among those' is a breakdown of something, worth an editor's look."""
    whole, parts = doc.members(r, Role.WHOLE), doc.members(r, Role.PART)
    if len(whole) != 1 or len(parts) != 1 or whole[0].value is None or parts[0].value is None:
        return False
    return far_apart(whole[0].value, parts[0].value)


def _breakdown(doc: Doc, r: Relation) -> list[Finding]:
    whole = doc.members(r, Role.WHOLE)
    parts = doc.members(r, Role.PART)
    if len(whole) != 1 or not parts or whole[0].value is None or any(p.value is None for p in parts):
        return []
    w = whole[0]
    if any(p.modality is not w.modality for p in parts) and w.modality is Modality.REPORTED:
        return []
    ids = [w.id] + [p.id for p in parts]
    s = total([p.value for p in parts if p.value is not None])
    assert w.value is not None
    ev = [_cue(r)]
    slack = rounding_slack(parts)
    if r.exhaustive and slack:
        ev.append(f"shares rounded as written may be off by {fmt_number(slack)} together")
        assert s.lo is not None and s.hi is not None  # shares are points
        if Interval(lo=s.lo - slack, hi=s.hi + slack).overlaps(w.value):
            return [finding("sum", "consistent", ids, f"{expr(parts)} = {s} ≈ {w.value}",
                            f"The listed shares add up to the stated {w.value}, within their rounding.",
                            relation=r.id, evidence=ev)]
        return [finding("sum", "contradiction", ids, f"{expr(parts)} = {s} ≠ {w.value}",
                        f"The listed shares add up to {s}, not the stated {w.value}, even allowing for rounding.",
                        relation=r.id, evidence=ev)]
    if r.exhaustive:
        if s.overlaps(w.value):
            return [finding("sum", "consistent", ids, f"{expr(parts)} = {w.value}",
                            f"The listed parts add up to the stated {w.value}.", relation=r.id, evidence=ev)]
        return [finding("sum", "contradiction", ids, f"{expr(parts)} = {s} ≠ {w.value}",
                        f"The listed parts add up to {s}, not the stated {w.value}.", relation=r.id, evidence=ev)]
    return _at_most(r, w, parts, s, ids, ev)


def _at_most(r: Relation, w: Claim, parts: list[Claim], s: Interval, ids: list[str], ev: list[str]) -> list[Finding]:
    """A non-exhaustive list ('including'): every part, and the parts together, at most the whole."""
    assert w.value is not None
    big = next((p for p in parts if p.value is not None and p.value.exceeds(w.value)), None)
    if big is not None:
        return [finding("subset", "contradiction", [w.id, big.id], f"{big.value} > {w.value}",
                        f"A part ({big.value}) exceeds its whole ({w.value}).", relation=r.id, evidence=ev)]
    working = f"{expr(parts)} = {s}" if len(parts) > 1 else str(s)
    if not s.exceeds(w.value):
        return [finding("subset", "consistent", ids, f"{working} ≤ {w.value}",
                        f"The parts ({s}) stay within the whole ({w.value}).", relation=r.id, evidence=ev)]
    if r.overlap:
        return [finding("subset", "unclear", ids, f"{working} > {w.value}",
                        f"The parts add up to more than {w.value}, but they may count the same people twice "
                        f"({', '.join(p.label for p in parts)}).", relation=r.id, evidence=ev)]
    return [finding("subset", "contradiction", ids, f"{working} > {w.value}",
                    f"The listed parts add up to {s}, more than the whole of {w.value}.", relation=r.id, evidence=ev)]


def _change(doc: Doc, r: Relation) -> list[Finding]:
    """'rose to X from Y': X >= Y; 'by D': X - Y = D; 'bringing the total to T' after D: D <= T; a stated
    ratio ('rose 8% to X from Y', 'doubled to X from Y') is checked as such (`ratios`)."""
    scaled = check_scaled_change(doc, r)
    if scaled is not None:
        return scaled
    to = doc.members(r, Role.TO)
    frm = doc.members(r, Role.FROM)
    by = doc.members(r, Role.BY)
    if len(to) != 1 or to[0].value is None or any(c.value is None for c in frm + by):
        return []
    t = to[0]
    assert t.value is not None
    ev = [_cue(r)]
    ids = [c.id for c in to + frm + by]
    if frm:
        return _from_to(r, t, frm[0], by, ids, ev)
    if r.direction == "down":
        return []  # "fell by 300 to 200", "cut by 12 million to 8 million": the fall may exceed what is left
    s = total([c.value for c in by if c.value is not None])
    if s.exceeds(t.value):
        working = f"{expr(by)} = {s} > {t.value}" if len(by) > 1 else f"{s} > {t.value}"
        return [finding("change", "contradiction", ids, working,
                        f"The new figures ({s}) exceed the total they bring it to ({t.value}).",
                        relation=r.id, evidence=ev)]
    rest = (t.value - s) if t.value.is_point and s.is_point else None
    working = f"{expr(by)} ≤ {t.value}" + (f" ({rest} before)" if rest is not None else "")
    return [finding("change", "consistent", ids, working,
                    f"The new figures fit within the total of {t.value}.", relation=r.id, evidence=ev)]


def _from_to(r: Relation, t: Claim, f: Claim, by: list[Claim], ids: list[str], ev: list[str]) -> list[Finding]:
    assert t.value is not None and f.value is not None
    up = r.direction != "down"
    # a tally of deeds since a start cannot fall; a stock counted since a year can ("polar bears have
    # fallen since 2011"), and a toll "revised down" is a correction the text states, not a fall
    tally = t.action is not None and not any(w in REVISION_WORDS for c in r.cues for w in c.lower().split())
    if not up and tally and t.scope.value is Scope.SINCE and t.scope.basis is Basis.STATED \
            and f.value.exceeds(t.value):
        return [finding("running_total", "contradiction", ids, f"{f.value} → {t.value}",
                        f"A running total ({t.scope.words}) cannot fall, yet the text says it went from {f.value} "
                        f"down to {t.value}.", relation=r.id, evidence=ev + [f"running total: '{t.scope.words}'"])]
    same = f.value.is_point and t.value.is_point and f.value == t.value  # "up from 24" to 24 is no rise
    wrong = same or (f.value.exceeds(t.value) if up else t.value.exceeds(f.value))
    # "62,400, 4,100 more than 58,300", "312,400 votes to 287,600, a margin of 24,800": no change in time
    compared = any(c.endswith(" than") or c in MARGIN_CUES for c in r.cues)
    said = (f"{t.value} is {'more' if up else 'less'} than {f.value}" if compared else
            f"the figure {'rose' if up else 'fell'} from {f.value} to {t.value}")
    if wrong:
        return [finding("change", "contradiction", ids, f"{f.value} → {t.value}",
                        f"The text says {said}.", relation=r.id, evidence=ev)]
    if by and by[0].value is not None:
        d = (t.value - f.value) if up else (f.value - t.value)
        if by[0].unit == "%" and not _points(t, f, by[0]):
            pass  # a relative size of a count's change: read as a rate by the ratio checks, not a difference
        elif by[0].unit == "%" and rate_holds(t, f, by[0], up=up) is not False:
            pass  # "fell to 4.1% from 4.6%, a drop of 11%": relative (0.5 / 4.6), not points; either reading holds
        elif not d.overlaps(by[0].value):
            working = f"{t.value} − {f.value} = {d} ≠ {by[0].value}" if up else \
                f"{f.value} − {t.value} = {d} ≠ {by[0].value}"
            if by[0].unit == "%":
                working += f" (nor {by[0].value}% of {f.value}, even allowing for rounding)"
            return [finding("change", "contradiction", ids, working,
                            f"The stated {'difference' if compared else 'change'} ({by[0].value}) does not "
                            f"match the two figures.",
                            relation=r.id, evidence=ev)]
    return [finding("change", "consistent", ids, f"{f.value} → {t.value}", f"{said[:1].upper()}{said[1:]}, as stated.",
                    relation=r.id, evidence=ev)]


def _points(t: Claim, f: Claim, by: Claim) -> bool:
    """Whether a size may be the plain difference: the two figures and the size in one unit. A size in
    percent of two percentages may also be relative ("fell to 4.1% from 4.6%, a drop of 11%"): then it
    is wrong only when neither reading holds."""
    return t.unit == f.unit == by.unit


def _exchange(doc: Doc, r: Relation) -> list[Finding]:
    """The two sides of a swap agree when the text declares an N-for-N exchange."""
    pair = _two(doc, r, Role.SIDE)
    if pair is None:
        return []
    a, b = pair
    assert a.value is not None and b.value is not None
    declared = doc.facts.swap_declared
    names = f"{a.value} {a.label} / {b.value} {b.label}"
    sa, sb = (f" {c.side.value}" if c.side else "" for c in (a, b))
    if a.value.overlaps(b.value):
        return [finding("parity", "consistent", [a.id, b.id], f"{a.value}{sa} = {b.value}{sb}",
                        f"Both sides of the exchange give the same number ({names}).", relation=r.id,
                        evidence=[_cue(r)])]
    if declared is None:
        return []
    return [finding("parity", "contradiction", [a.id, b.id], f"{a.value}{sa} ≠ {b.value}{sb}",
                    f"An N-for-N exchange ({declared.words}), but the two sides' numbers differ ({names}).",
                    relation=r.id, evidence=[_cue(r), f"N-for-N declared: {declared.words}"])]


def _remaining(doc: Doc, r: Relation) -> list[Finding]:
    """'12 trapped ... 7 brought out ... 5 remain': 12 - 7 = 5; brought out in stages ('7 on Monday and
    2 more on Tuesday ... 3 remain'), the stages together: 12 - (7 + 2) = 3."""
    whole, done, left = (doc.members(r, role) for role in (Role.WHOLE, Role.DONE, Role.LEFT))
    if len(whole) != 1 or not done or len(left) != 1:
        return []
    w, x = whole[0].value, left[0].value
    if w is None or x is None or any(c.value is None for c in done):
        return []
    d = total([c.value for c in done if c.value is not None])
    taken = str(d) if len(done) == 1 else f"({expr(done)})"
    ids = [whole[0].id] + [c.id for c in done] + [left[0].id]
    rest = w - d
    check: Check = "target" if whole[0].kind is Kind.TARGET else "remaining"  # an agreed size less the stages
    if rest.overlaps(x):
        return [finding(check, "consistent", ids, f"{w} − {taken} = {x}",
                        "What remains is the whole less what was done.", relation=r.id, evidence=[_cue(r)])]
    return [finding(check, "contradiction", ids, f"{w} − {taken} = {rest} ≠ {x}",
                    f"{w} less {d} leaves {rest}, not the {x} said to remain.", relation=r.id, evidence=[_cue(r)])]


def _completion(doc: Doc, r: Relation) -> list[Finding]:
    """'The fifth group completes the 60': the groups add up to 60; a missing group leaves it unclear."""
    whole = doc.members(r, Role.WHOLE)
    parts = doc.members(r, Role.PART)
    if len(whole) != 1 or whole[0].value is None or any(p.value is None for p in parts):
        return []
    w = whole[0]
    assert w.value is not None
    s = total([p.value for p in parts if p.value is not None])
    ids = [w.id] + [p.id for p in parts]
    if not r.exhaustive:
        return [finding("sum", "unclear", ids, f"{expr(parts)} + ? = {w.value}",
                        "The text says the event is complete, but not every stage's figure is given.",
                        relation=r.id, evidence=[_cue(r)])]
    if s.overlaps(w.value):
        return [finding("sum", "consistent", ids, f"{expr(parts)} = {w.value}",
                        "The stages add up to the number the final stage completes.", relation=r.id,
                        evidence=[_cue(r)])]
    return [finding("sum", "contradiction", ids, f"{expr(parts)} = {s} ≠ {w.value}",
                    f"The stages add up to {s}, not the {w.value} the final stage is said to complete.",
                    relation=r.id, evidence=[_cue(r)])]


def _two(doc: Doc, r: Relation, role: Role) -> tuple[Claim, Claim] | None:
    """The relation's two members in `role`, both with a value (the two sides, the two statements)."""
    pair = doc.members(r, role)
    if len(pair) != 2 or any(c.value is None for c in pair):
        return None
    return pair[0], pair[1]


def _restatement(doc: Doc, r: Relation) -> list[Finding]:
    """'Militants freed 15 hostages. The 17 hostages included ...': a group named again has one value."""
    pair = _two(doc, r, Role.SAME)
    if pair is None:
        return []
    a, b = pair
    assert a.value is not None and b.value is not None
    ids, ev = [a.id, b.id], [_cue(r)]
    if a.value.overlaps(b.value):
        return [finding("restatement", "consistent", ids, f"{a.value} = {b.value}",
                        "The same group is named again with the same number.", relation=r.id, evidence=ev)]
    return [finding("restatement", "contradiction", ids, f"{a.value} ≠ {b.value}",
                    f"The text names the same group again ({r.cues[0]} {b.value}) with another number than "
                    f"{a.value}.", relation=r.id, evidence=ev)]


STATED_CHECKS = {RelationKind.BREAKDOWN: _breakdown, RelationKind.CHANGE: _change, RelationKind.EXCHANGE: _exchange,
                 RelationKind.REMAINING: _remaining, RelationKind.COMPLETION: _completion,
                 RelationKind.RESTATEMENT: _restatement, RelationKind.SHARE: check_share}


def fmt(x: Decimal) -> str:
    return fmt_number(x)
