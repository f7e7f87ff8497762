"""Relations the reconciler infers from typed fields, each finding saying what it rests on.

- a multi-day total and the per-day figures the text dates inside its period;
- the same quantity stated twice (restatement), and a headline against its body;
- a running total over the days the text dates it to;
- an agreed size against the totals that fill it.

Identity comes from `evidence.tie`: a contradiction needs every link stated; a link that is only
inferred (a day taken from the other side under N-for-N parity) makes a mismatch "unclear".
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from checker.claims import (
    Action,
    Basis,
    Category,
    Claim,
    Interval,
    Kind,
    Modality,
    RelationKind,
    Role,
    Scope,
    fmt_number,
)
from checker.reconcile.doc import Doc
from checker.reconcile.evidence import (
    Tie,
    action_differs,
    action_stated,
    far_apart,
    part_of,
    related,
    same_action,
    same_side,
    same_thing,
    side_differs,
    stated_tie,
    tie,
    tied,
)
from checker.reconcile.findings import Finding, Verdict, day_words, finding
from checker.reconcile.stated import expr, total
from checker.vocab import ACTION_FAMILY, OVERLAP_DIMENSIONS

DISJOINT = (Category.MILITARY, Category.CIVILIAN)  # servicemen and civilians never overlap


def _figures(doc: Doc, *scopes: Scope) -> list[Claim]:
    reported = doc.reported
    if len(scopes) == 1:
        return reported.get(scopes[0], [])
    return [c for s in scopes for c in reported.get(s, [])]


# --- multi-day totals ---------------------------------------------------------------------------


def check_period_totals(doc: Doc) -> list[Finding]:
    """'697 in just these two days' = 390 (Friday) + 307 (Saturday)."""
    out: list[Finding] = []
    totals = [t for t in _figures(doc, Scope.PERIOD) if t.period_days is not None
              and t.period_days <= MAX_TOTAL_DAYS and t.day is not None]
    if not totals:
        return out
    by_day: dict[dt.date, list[Claim]] = defaultdict(list)
    for c in _figures(doc, Scope.DAY):
        if c.day_known and c.id not in doc.listed_parts and c.day is not None:
            by_day[c.day].append(c)
    for t in totals:
        assert t.day is not None and t.period_days is not None
        days = period_days(t.day, t.period_days)
        parts = {d: [c for c in by_day.get(d, ()) if _may_add_up(t, c)] for d in days}
        out += _period_total(doc, t, days, parts)
    return out


MAX_TOTAL_DAYS = 7  # a multi-day total is checked against its days' figures up to a week
DAYS_BACK = tuple(dt.timedelta(days=k) for k in range(MAX_TOTAL_DAYS + 1))  # built once: costlier than the date


def period_days(last: dt.date, n: int) -> list[dt.date]:
    """The n days of a period ending on `last`, oldest first."""
    if n > MAX_TOTAL_DAYS:
        return [last - dt.timedelta(days=k) for k in range(n - 1, -1, -1)]
    return [last - DAYS_BACK[k] for k in range(n - 1, -1, -1)]


def _may_add_up(t: Claim, c: Claim) -> bool:
    if c.per_side or not part_of(c, t) or action_differs(t, c):
        return False
    if (c.facets.place or c.facets.group) and not (t.facets.place or t.facets.group):
        return False  # "19 defenders of Mariupol" is a group within the day's figure, not the day's figure
    return not side_differs(t, c)


def _period_total(doc: Doc, t: Claim, days: list[dt.date], parts: dict[dt.date, list[Claim]]) -> list[Finding]:
    assert t.value is not None
    chosen: list[tuple[dt.date, list[Claim], str]] = []
    inferred = False
    for d in days:
        pick = _day_figure(t, parts[d])
        note = ""
        if not pick:
            pick, note = _other_side(doc, t, d)  # stated by the declared N-for-N exchange
        chosen.append((d, pick, note))
    found = [c for _d, cs, _n in chosen for c in cs]
    ids = [t.id] + [c.id for c in found]
    both = _both_sides(doc, t, days)
    if both is not None and both[0].overlaps(t.value):
        return [finding("sum", "consistent", [t.id] + [c.id for c in both[1]], f"{_both_expr(both[1])} = {t.value}",
                        f"The total of {t.value} counts both sides of the exchange.", basis="inferred",
                        evidence=[f"period stated: '{t.scope.words}'", "no side named for the total in a two-sided "
                                  "report: both sides counted"])]
    if not found:
        return []
    missing = [day_words(d) for d, cs, _n in chosen if not cs]
    if missing and not all(c.day_stated and c.counted is not None and action_stated(t, c) for c in found):
        return []  # a figure its own clause does not date, or that names no thing or deed: nothing to look at
    if missing:
        return _days_missing(doc, t, found, ids, missing)
    s = total([sum_day(cs) for _d, cs, _n in chosen])
    notes = "; ".join(f"{day_words(d)}: {n}" for d, _cs, n in chosen if n)
    ev = [f"period stated: '{t.scope.words}'"] + [f"{day_words(d)}: dated '{c.date.value.text}'" for d, cs, _n in
                                                   chosen for c in cs[:1] if c.date and c.date.value.text]
    if notes:
        ev.append(notes)
    day_expr = _day_expr(chosen)
    if s.overlaps(t.value):
        return [finding("sum", "consistent", ids, f"{day_expr} = {t.value}",
                        f"The days add up to the stated total of {t.value}.", basis="inferred", evidence=ev)]
    working = f"{day_expr} = {s}"
    alt = _alternative(t, chosen)
    if alt is not None:
        return [finding("sum", "unclear", ids, f"{working} ≠ {t.value}; counting {alt[1]} only: {alt[0]}",
                        f"The total of {t.value} matches only if it counts {alt[1]} only; the wording "
                        f"('{t.label}') does not say so.", basis="inferred", evidence=ev)]
    one_side = t.side is not None or len(doc.facts.sides) < 2
    stated = not inferred and one_side and all(_stated_links(t, c) and c.day_stated for c in found)
    verdict: Verdict = "contradiction" if stated else "unclear"
    return [finding("sum", verdict, ids, f"{working} ≠ {t.value}",
                    f"The days add up to {s}, not the stated total of {t.value}.", basis="inferred", evidence=ev)]


def _days_missing(doc: Doc, t: Claim, found: list[Claim], ids: list[str], missing: list[str]) -> list[Finding]:
    """Some days of the period have no figure ('41 in two days of protests. On Thursday alone, 14'):
    a text that highlights one day need not give the others, so only days already above the total
    are worth a finding."""
    assert t.value is not None
    s = total([c.value for c in found if c.value is not None])
    if not s.exceeds(t.value):
        return []
    one_side = t.side is not None or len(doc.facts.sides) < 2
    stated = one_side and all(_stated_links(t, c) for c in found)
    return [finding("sum", "contradiction" if stated else "unclear", ids, f"{expr(found)} + ? > {t.value}",
                    f"The figures for some days already add up to {s}, more than the total of {t.value} "
                    f"(no figure for {', '.join(missing)}).", basis="inferred",
                    evidence=[f"period stated: '{t.scope.words}'"])]


def _both_sides(doc: Doc, t: Claim, days: list[dt.date]) -> tuple[Interval, list[Claim]] | None:
    """A total with no side in a two-sided report may count both sides: each day's figure per side
    ('20 Tajik ... for 20 Kyrgyz'), or twice a figure given for each side ('25 people each')."""
    if t.side is not None or len(doc.facts.sides) < 2:
        return None
    parts: list[Claim] = []
    values: list[Interval] = []
    for d in days:
        day = [c for c in _figures(doc, Scope.DAY) if c.day == d and part_of(c, t)]
        each = next((c for c in day if c.per_side and c.value is not None), None)
        sides = {c.side.value: c for c in day if c.side is not None and not c.per_side}
        if each is not None and each.value is not None:
            parts.append(each)
            values.append(each.value + each.value)
        elif len(sides) >= 2:
            parts += list(sides.values())
            values += [c.value for c in sides.values() if c.value is not None]
        else:
            return None
    return total(values), parts


def _both_expr(parts: list[Claim]) -> str:
    return " + ".join(f"2 × {c.value}" if c.per_side else str(c.value) for c in parts)


def _stated_links(t: Claim, c: Claim) -> bool:
    action = same_action(t, c)
    return action is not None and action.stated and c.counted is not None and t.counted is not None


def _day_figure(t: Claim, cands: list[Claim]) -> list[Claim]:
    """The figure for one day in the total's terms: the same noun, else the disjoint groups that
    make it up (servicemen + civilians), else the largest figure."""
    if not cands:
        return []
    head = t.counted.head if t.counted else None
    same = [c for c in cands if c.counted is not None and c.counted.head == head]
    if same:  # the day's whole, not a sub-count of it ("146 trucks ... Of Monday's convoy, 31 trucks")
        return [max(same, key=lambda c: c.value.lo if c.value and c.value.lo is not None else 0)]
    disjoint = {c.category: c for c in reversed(cands) if c.category in DISJOINT}
    if len(disjoint) > 1 and t.category not in DISJOINT:
        return [disjoint[k] for k in DISJOINT]
    narrow = [c for c in cands if c.category == t.category]
    if narrow:
        return narrow[:1]
    return [max(cands, key=lambda c: c.value.lo if c.value and c.value.lo is not None else 0)]


def sum_day(cs: list[Claim]) -> Interval:
    return total([c.value for c in cs if c.value is not None])


def _day_expr(chosen: list[tuple[dt.date, list[Claim], str]]) -> str:
    items = []
    for _d, cs, _n in chosen:
        items.append(" + ".join(str(c.value) for c in cs) if len(cs) == 1 else f"({expr(cs)})")
    return " + ".join(items)


def _alternative(t: Claim, chosen: list[tuple[dt.date, list[Claim], str]]) -> tuple[Interval, str] | None:
    """The same days counting servicemen only, when a day adds civilians to them."""
    if not any(len(cs) > 1 for _d, cs, _n in chosen):
        return None
    narrow = [[c for c in cs if c.category is Category.MILITARY] or cs for _d, cs, _n in chosen]
    s = total([sum_day(cs) for cs in narrow])
    assert t.value is not None
    return (s, "servicemen") if s.overlaps(t.value) else None


def _other_side(doc: Doc, t: Claim, d: dt.date) -> tuple[list[Claim], str]:
    """A missing day of a declared N-for-N swap, taken from the other side's figure for that day."""
    declared = doc.facts.swap_declared
    if declared is None:
        return [], ""
    for c in _figures(doc, Scope.DAY):
        if c.day == d and c.side is not None and t.side is not None and c.side.value != t.side.value \
                and part_of(c, t) and not c.per_side:
            return [c], (f"the {c.side.value} side's figure for {day_words(d)}, taken for this side under "
                         f"the declared N-for-N exchange ({declared.words[:60]})")
    return [], ""


# --- the same quantity stated twice -------------------------------------------------------------


def check_restatements(doc: Doc) -> list[Finding]:
    """Groups of figures the text ties as one quantity: one value, or a contradiction."""
    parts = doc.listed_parts
    buckets: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for c in doc.claims:
        kind, counted = c.kind, c.counted
        if (kind is Kind.COUNT or kind is Kind.TARGET) and c.value is not None and not c.headline \
                and counted is not None and c.id not in parts:
            facets = c.facets
            buckets[(kind, c.category, FAMILY_OR_NONE[c.action], c.modality, c.per_side, counted.modifiers,
                     facets.place, facets.group)].append(c)  # what related() requires to be equal
    out: list[Finding] = []
    for group in buckets.values():
        if len(group) > 1:
            out += _restated(doc, group)
    return out


FAMILY_OR_NONE: dict[Action | None, str | None] = {  # a bucket key for any claim, with or without an action
    a: None if a is None else ACTION_FAMILY[a] for a in (None, *Action)}


def _action_family(c: Claim) -> str | None:
    return FAMILY_OR_NONE[c.action]


def _restated(doc: Doc, group: list[Claim]) -> list[Finding]:
    agreeing = _agreeing_pair(doc, *group) if len(group) == 2 else _agreeing(doc, group)
    return agreeing + _conflicting(doc, group)


def _agreeing_pair(doc: Doc, a: Claim, b: Claim) -> list[Finding]:
    """`_agreeing` for two figures (most groups): tested in lower-bound order, named in the text's."""
    va, vb = _value(a), _value(b)
    if a.id == b.id:
        return _agreeing(doc, [a, b])  # one id twice: always one group
    (x, vx), (y, vy) = ((b, vb), (a, va)) if _low(vb) < _low(va) else ((a, va), (b, vb))  # stable, as there
    if vx.hi is not None and _low(vy) > vx.hi:
        return []  # past the first figure's upper bound: _agreeing compares no further
    if not (va.overlaps(vb) and _close(_written(va), _written(vb)) and not _one_statement(doc, x, y) and tied(x, y)):
        return []
    return [finding("restatement", "consistent", [a.id, b.id], f"{va} = {vb}",
                    "The same figure is stated 2 times with one value.", basis="inferred")]


def _agreeing(doc: Doc, group: list[Claim]) -> list[Finding]:
    """Figures with overlapping values that the text may tie: one 'holds' finding per connected group.
    Only overlapping values are compared (sorted by lower bound), so the work stays near linear.
    Each figure's fields are read once: a pydantic attribute read costs as much as a comparison."""
    ids = [c.id for c in group]
    values = [_value(c) for c in group]
    lows = [_low(v) for v in values]
    points = [_point_of(v) for v in values]
    written = [_written(v) for v in values]
    order = sorted(range(len(group)), key=lows.__getitem__)  # stable, as sorting the claims by lower bound was
    parent = {i: i for i in ids}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    joined = False
    for n, i in enumerate(order):
        hi = values[i].hi
        for j in order[n + 1:]:
            if hi is not None and lows[j] > hi:
                break
            ra, rb = root(ids[i]), root(ids[j])
            if ra != rb and _overlap(values[i], values[j], points[i], points[j]) \
                    and _close(written[i], written[j]) and not _one_statement(doc, group[i], group[j]) \
                    and tied(group[i], group[j]):  # joined already: nothing to test
                parent[rb] = ra
                joined = True
    if not joined and len(parent) == len(ids):
        return []  # every figure its own group (ids are unique): no finding
    groups: dict[str, list[int]] = defaultdict(list)
    for k, cid in enumerate(ids):
        groups[root(cid)].append(k)
    return [finding("restatement", "consistent", [ids[k] for k in same], " = ".join(str(values[k]) for k in same),
                    f"The same figure is stated {len(same)} times with one value.", basis="inferred")
            for same in groups.values() if len(same) > 1]


def _value(c: Claim) -> Interval:
    assert c.value is not None  # a restatement bucket holds figures with a value
    return c.value


def _low(v: Interval) -> Decimal:
    """`_lo` of a claim with this value."""
    lo = v.lo
    return lo if lo is not None else Decimal(0)


def _point_of(v: Interval) -> Decimal | None:
    """The value when `v.is_point`, else None."""
    lo = v.lo
    return lo if lo is not None and lo == v.hi and not (v.lo_open or v.hi_open) else None


def _overlap(a: Interval, b: Interval, pa: Decimal | None, pb: Decimal | None) -> bool:
    """`a.overlaps(b)`, given `_point_of` each: two points overlap when they are equal."""
    if pa is not None and pb is not None:
        return pa == pb
    return a.overlaps(b)


RESTATED_RATIO = Decimal("1.5")  # 'up to 191,058' does not restate 6, though the interval holds it


def _close(x: Decimal | None, y: Decimal | None) -> bool:
    """Figures as written (`_written`) near each other: only those can be one figure stated twice."""
    if x is None or y is None or x <= 0 or y <= 0:
        return x == y
    return max(x, y) <= min(x, y) * RESTATED_RATIO


def _written(v: Interval) -> Decimal | None:
    return v.figure if v.figure is not None else v.lo if v.lo is not None else v.hi


def _conflicting(doc: Doc, group: list[Claim]) -> list[Finding]:
    """Figures whose time the text states (a day in their clause, or a stage), compared within that
    time: different values and every tie stated make a contradiction."""
    by_time: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for c in group:
        if c.day_stated:
            by_time[("day", c.day)].append(c)
        if c.stage is not None and c.stage.stated:
            by_time[("stage", c.stage.value, c.event.value if c.event else "")].append(c)
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for same_time in by_time.values():
        for i, a in enumerate(same_time):
            for b in same_time[i + 1:]:
                assert a.value is not None and b.value is not None
                if (a.id, b.id) in seen or a.value.overlaps(b.value) or not related(a, b) \
                        or _one_statement(doc, a, b) or _elsewhere(a, b):
                    continue
                seen.add((a.id, b.id))
                if stated_tie(a, b, doc.facts) and (t := tie(a, b, doc.facts)) is not None:
                    out.append(finding("restatement", "contradiction", [a.id, b.id], f"{a.value} ≠ {b.value}",
                                       "The same quantity is stated twice with different values.",
                                       evidence=t.evidence))
    return out


def _elsewhere(a: Claim, b: Claim) -> bool:
    """Two figures of one day that the text places apart: another incident ('In a separate accident,
    two died'), two places ('12 in Drummel' / '9 in Lakeside'), or one place's figure within the day's
    ('12 rescued in Drummel' / 'In all, 21 rescued on Monday'); a place's figure above the day's is kept."""
    fa, fb = a.facets, b.facets
    if fa.separate or fb.separate:
        return True
    if fa.where is None and fb.where is None:
        return False
    if fa.where is not None and fb.where is not None:
        return fa.where.lower() != fb.where.lower()
    part, whole = (a, b) if fa.where is not None else (b, a)
    assert part.value is not None and whole.value is not None
    return not part.value.exceeds(whole.value)


def _one_statement(doc: Doc, a: Claim, b: Claim) -> bool:
    """Two figures of one sentence, or of one stated relation, are different groups or moments
    ('8,500 evacuees and ... 4,000 evacuees', 'rose to 1,061 from 1,033'), never one figure twice."""
    ga, gb = a.grounding, b.grounding
    if ga is not None and gb is not None and ga.start < gb.end and gb.start < ga.end:
        return True
    ra, rb = doc.relation_ids.get(a.id), doc.relation_ids.get(b.id)
    return ra is not None and rb is not None and not ra.isdisjoint(rb)


def check_headline(doc: Doc) -> list[Finding]:
    """A headline figure against the body figures that count the same thing, closest ties first."""
    out: list[Finding] = []
    heads = [h for h in doc.claims if h.headline and h.kind is Kind.COUNT and h.value is not None
             and h.counted is not None]
    if not heads:
        return out
    # a value the body says was replaced ('rose from 22') is no reading of the headline's current figure
    body = [c for c in doc.claims if not c.headline and c.kind is Kind.COUNT and c.value is not None
            and not c.superseded]
    parts = {m.claim: r.claims(Role.WHOLE)[0] for r in doc.relations if r.kind is RelationKind.BREAKDOWN
             and r.claims(Role.WHOLE) for m in r.members if m.role is Role.PART}
    for h in heads:
        assert h.value is not None
        ties = [(b, t) for b in body if (t := tie(h, b, doc.facts)) is not None]
        if h.scope.value is Scope.DAY and h.scope.basis is Basis.STATED:  # "Another 300 freed": one batch
            ties = [(b, t) for b, t in ties if b.scope.value is Scope.DAY]
        elif h.scope.value is Scope.SINCE and not h.increment:  # "toll climbs to 18": not "three more bodies"
            ties = [(b, t) for b, t in ties if not b.increment
                    and not (b.scope.value is Scope.DAY and b.scope.basis is Basis.STATED)]
        if not ties:
            continue
        best = max(_strength(h, b, t) for b, t in ties)
        f = _headline_finding(h, [(b, t) for b, t in ties if _strength(h, b, t) == best], ties)
        if f.verdict != "consistent":  # a part of a body whole ('23 ..., 14 of them in Alvaro') is no reading
            ties = [(b, t) for b, t in ties if b.id not in parts or _own_group(h, b, doc.by_id.get(parts[b.id]))]
            if not ties:
                continue
            best = max(_strength(h, b, t) for b, t in ties)
            f = _headline_finding(h, [(b, t) for b, t in ties if _strength(h, b, t) == best], ties)
        if f.verdict != "consistent" and _said_otherwise(h, body):
            continue  # 'Nine people have died' restates '9 deaths'; '14 deaths in Sull' later is elsewhere
        if f.verdict != "consistent" and _listed(h, heads):
            continue  # "3 dead in Lonn, 5 in Ibra": each is a part, which a body figure need not restate
        if f.verdict == "unclear" and all(b.value is not None and far_apart(h.value, b.value) for b, _t in ties):
            continue  # 'another 40' over a body's total of 2,150: not a reading of the same figure
        if f.verdict == "unclear" and not any(k.what == "thing" and k.stated for _b, t in ties for k in t.links):
            continue  # 'Heat kills 12' over 'the dead included eight women': a group within, not a reading
        out.append(f)
    return out


def _said_otherwise(h: Claim, body: list[Claim]) -> bool:
    """The lede states the headline's figure in other words: a figure of the same deed with its value
    ('Nine people have died' under '9 deaths'), or figures of that deed that add up to it ('injured 28
    tourists and four guides' under 'injures 32')."""
    if h.action is None or h.value is None:
        return False
    starts = [b.grounding.start for b in body if b.grounding is not None]
    lede = min(starts, default=None)  # the lede's sentence, which the headline sums up
    same = [b.value for b in body if b.action is h.action and b.value is not None and b.modality is Modality.REPORTED
            and b.grounding is not None and b.grounding.start == lede]
    if any(_restates(h.value, v) for v in same):
        return True
    points = [v.lo for v in same if v.is_point and v.lo is not None]
    return len(points) > 1 and h.value.is_point and sum(points) == h.value.lo


def _own_group(h: Claim, part: Claim, whole: Claim | None) -> bool:
    """A headline naming the part's own group of people ('42 children among dead' over '..., including
    12 children') is held to the part; one counting what the whole counts is not ('At least 20 dead'
    over '23 people ..., 14 of them in Alvaro County', '9 dead' over 'Three of the dead were ...')."""
    heads = (h.counted.head if h.counted else None, part.counted.head if part.counted else None,
             whole.counted.head if whole is not None and whole.counted else None)
    return heads[0] in OVERLAP_DIMENSIONS and heads[0] == heads[1] and heads[0] != heads[2]


def _listed(h: Claim, heads: list[Claim]) -> bool:
    """The headline gives another figure of the same thing and deed: a list of parts, not one total."""
    assert h.counted is not None
    return any(o is not h and o.counted is not None and o.counted.head == h.counted.head and o.action is h.action
               for o in heads)


def _strength(h: Claim, b: Claim, t: Tie) -> tuple[int, int, int]:
    """How closely a body figure matches a headline figure: same noun, same time scope, stated links."""
    same_head = int(h.counted is not None and b.counted is not None and h.counted.head == b.counted.head)
    return same_head, int(h.scope.value is b.scope.value), sum(link.stated for link in t.links)


def _restates(head: Interval, body: Interval) -> bool:
    """One of the two drops the hedge: a headline's bare 1,888 restates the body's 'more than 1,888'
    (1,889 and up), and a body's bare 1,450 the headline's 'Over 1,450'."""
    if body.overlaps(head):
        return True
    if body.is_point == head.is_point:
        return False
    hedged, bare = (body, head) if head.is_point else (head, body)
    if bare.lo is None:
        return False
    return hedged.overlaps(Interval(lo=bare.lo - 1, hi=bare.lo + 1))


def _since_start(h: Claim, b: Claim) -> bool:
    """A body tally from a named start ('31 rescues this year', '500 cases since January') under a
    headline that names no span ('Two rescues at sea'): the headline may tell of one event within it."""
    return b.since is not None and b.scope.value is Scope.SINCE and b.scope.basis is Basis.STATED \
        and h.scope.value is not Scope.SINCE


def _headline_finding(h: Claim, ties: list[tuple[Claim, Tie]], every: list[tuple[Claim, Tie]]) -> Finding:
    assert h.value is not None
    match = next((b for b, _t in ties + every if b.value is not None and _restates(h.value, b.value)), None)
    if match is not None:
        return finding("restatement", "consistent", [h.id, match.id], f"{h.value} = {match.value}",
                       "The headline figure is the body's.", evidence=["headline and its body"])
    stated = all(link.stated for _b, t in ties for link in t.links if link.what != "time") \
        and not any(_since_start(h, b) for b, _t in ties)
    # a body figure whose thing or action is not stated to be the headline's is no rival reading of it
    rivals = [b for b, t in every if all(link.stated for link in t.links if link.what in ("thing", "action"))]
    # the body repeating its own figure ('15 soldiers' in the lead and again later) is one reading
    one_reading = len({str(b.value) for b in rivals}) == 1 and len({str(b.value) for b, _t in ties}) == 1
    verdict: Verdict = "contradiction" if rivals and one_reading and stated else "unclear"
    return finding("restatement", verdict, [h.id] + [b.id for b, _t in ties],
                   f"headline {h.value} ≠ body {' / '.join(dict.fromkeys(str(b.value) for b, _t in ties))}",
                   "The headline gives a different figure from the body.",
                   evidence=("headline and its body",) + ties[0][1].evidence)


# --- running totals within an article -----------------------------------------------------------


def check_running_totals(doc: Doc) -> list[Finding]:
    """A running total the text dates to several days never falls."""
    out: list[Finding] = []
    series: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    batches = {m.claim for r in doc.relations for m in r.members if m.role in (Role.BY, Role.PART)}
    for c in _figures(doc, Scope.SINCE):
        if c.id in batches:
            continue  # "killed 31 on Tuesday and 24 on Wednesday, bringing the total since ... to 82": batches
        if c.day_stated and c.counted is not None and c.scope.basis is not Basis.DEFAULTED:
            key = (c.counted.head, _action_family(c), c.side.value if c.side else None, c.facets, c.since)
            series[key].append(c)
    for group in series.values():
        if len({c.day for c in group}) > 1:
            out += falling(sorted(group, key=lambda c: c.day or dt.date.min), "article")
    return out


def falling(ordered: list[Claim], where: str, days: dict[str, dt.date] | None = None) -> list[Finding]:
    """Every figure below an earlier figure of the same running total is a contradiction."""
    out: list[Finding] = []
    top: Claim | None = None
    day_of = (lambda c: days[c.id]) if days else (lambda c: c.day)
    for c in ordered:
        assert c.value is not None
        if top is not None and top.value is not None and day_of(top) < day_of(c) and top.value.exceeds(c.value):
            out.append(finding("running_total", "contradiction", [top.id, c.id],
                               f"{top.value} ({day_of(top)}) → {c.value} ({day_of(c)})",
                               f"A running total falls from {top.value} to {c.value} in the {where}.",
                               evidence=[f"same running total: '{c.label}' {c.scope.words}",
                                         "dates stated for both"]))
        elif top is None or (c.value.lo is not None and top.value is not None and top.value.lo is not None
                             and c.value.lo >= top.value.lo):
            top = c
    if not out and len(ordered) > 1:
        out.append(finding("running_total", "consistent", [c.id for c in ordered],
                           " ≤ ".join(f"{c.value} ({day_of(c)})" for c in ordered),
                           "The running total never falls.", evidence=["dates stated for each figure"]))
    return out


# --- a running total is never below what happened inside its span ---------------------------------


def check_cumulative_bounds(doc: Doc) -> list[Finding]:
    """'Since the invasion, 422 brought back' cannot be below the 500 the article says came home in the
    last two days: the later figures lie inside the running total's span."""
    out: list[Finding] = []
    inside = _figures(doc, Scope.DAY, Scope.PERIOD)
    for c in _figures(doc, Scope.SINCE):
        if c.since is None or c.counted is None or c.scope.basis is not Basis.STATED or c.value is None:
            continue
        for x in inside:
            if x.day is None or x.day < c.since or (c.day is not None and x.day > c.day) or x.value is None:
                continue
            if not x.value.exceeds(c.value) or not _same_count(c, x):
                continue
            out.append(finding("running_total", "contradiction", [c.id, x.id], f"{c.value} < {x.value}",
                               f"The running total {c.scope.words} ({c.value}) is below a figure inside its span "
                               f"({x.value}).", evidence=[f"running total: '{c.since_text or c.scope.words}'",
                                                          f"the {x.value} falls after its start"]))
    return out


def _same_count(c: Claim, x: Claim) -> bool:
    """The same thing, action and side, each stated: a part of the running total."""
    thing, action, side = same_thing(x, c) or part_of(x, c), same_action(c, x), same_side(c, x)
    return bool(thing) and action is not None and action.stated and side is not None and side.stated


# --- a sub-group and the group it belongs to ---------------------------------------------------


def check_subgroups(doc: Doc) -> list[Finding]:
    """'27 defenders of Mariupol' within the defenders the article reports: never more than them.

    The whole is inferred (the nearest figure counting the same thing without the sub-group), so a
    sub-group larger than it is unclear, not a contradiction."""
    out: list[Finding] = []
    figures = [c for c in doc.by_kind.get(Kind.COUNT, ()) if c.value is not None and c.counted is not None
               and c.modality is Modality.REPORTED]  # by_kind keeps the article's order
    for part in figures:
        if part.facets.group is None or part.id in doc.listed_parts:
            continue
        wholes = [w for w in figures if w.facets.group is None and w.facets.place is None and part_of(part, w)
                  and _action_family(w) == _action_family(part) and w.scope.value in (Scope.DAY, Scope.UNKNOWN)]
        if not wholes:
            continue
        w = min(wholes, key=lambda c: abs(c.figure.start - part.figure.start) if c.figure and part.figure else 0)
        assert w.value is not None and part.value is not None
        ok = not part.value.exceeds(w.value)
        if not ok and far_apart(part.value, w.value):
            continue  # the nearest figure was not the whole this sub-group belongs to
        out.append(finding("subset", "consistent" if ok else "unclear", [part.id, w.id],
                           f"{part.value} {'≤' if ok else '>'} {w.value}",
                           f"The {part.value} {part.label} are part of the {w.value} {w.label}." if ok else
                           f"The {part.value} {part.label} outnumber the {w.value} {w.label} they seem part of.",
                           basis="inferred", evidence=[f"sub-group: '{part.label}'"]))
    return out


# --- an agreed size -----------------------------------------------------------------------------


def check_targets(doc: Doc) -> list[Finding]:
    """An agreed N-for-N never exceeded by the totals that fill it; a final stage reaches N."""
    out: list[Finding] = []
    targets = [t for t in doc.by_kind.get(Kind.TARGET, []) if t.per_side and t.value is not None and t.value.is_point]
    if not targets:
        return out
    t = targets[0]
    assert t.value is not None and t.value.lo is not None
    n = t.value.lo
    final = any(c.final_stage for c in doc.claims)
    for c in _figures(doc, Scope.PERIOD):
        if c.value is None or c.counted is None or c.per_side:
            continue
        ids = [t.id, c.id]
        if c.value.exceeds(t.value):
            both = c.value.is_point and c.value.lo == 2 * n
            out.append(finding("target", "consistent" if both else "unclear", ids,
                               f"{c.value} = 2 × {fmt_number(n)}" if both else f"{c.value} > {fmt_number(n)}",
                               "The figure counts both sides of the exchange." if both else
                               f"More are reported ({c.value}) than the agreed {fmt_number(n)}.",
                               basis="inferred"))
        elif final and not c.value.contains(n):
            out.append(finding("target", "unclear", ids, f"{c.value} ≠ {fmt_number(n)} at the final stage",
                               f"The final stage is reported, but the total is {c.value}, not {fmt_number(n)}.",
                               basis="inferred"))
        else:
            left = n - c.value.lo if c.value.is_point and c.value.lo is not None else None
            working = f"{c.value} = {fmt_number(n)} (complete)" if left == 0 else (
                f"{c.value} ≤ {fmt_number(n)}" + (f" ({fmt_number(left)} still to come)" if left else ""))
            out.append(finding("target", "consistent", ids, working,
                               f"The figures stay within the agreed {fmt_number(n)}-for-{fmt_number(n)}.",
                               basis="inferred"))
    return out
