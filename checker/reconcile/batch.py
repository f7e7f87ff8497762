"""Checks across the articles of a batch, one event (or one running total) at a time.

Articles are first linked into events on what their texts state (`events.py`); nothing from two
events is compared or summed. Within an event:

- the same quantity told by two articles (the same stated day or stage, side, action and thing
  counted) has one value; outlets that disagree make one contradiction per quantity listing each
  value with its articles, a `source_disagreement` when the figures are attributed to different
  sources;
- inside a cluster (articles linked by the agreement, size or stage they name): per-day figures
  add up to a stated multi-day total told in another article (390 + 307 + 303 = 1,000); stages
  assembled from several articles fill an agreed N-for-N exactly at the final stage and never
  exceed it; a stage has one date, and later stages come on later days.

Running totals since a stated start point ("since the start of the full-scale invasion") form
their own groups across events: every pair of figures from different articles is compared in
the order of the day each is as of (stated in its clause, else its article's publication date),
and a figure below an earlier one is a contradiction. Two different figures as of the same
publication day are unclear (a tally can change within a day); as of the same stated day, a
contradiction.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from checker.claims import Action, Basis, Claim, DocumentFacts, Interval, Kind, RelationKind, Scope, fmt_number
from checker.reconcile.doc import Doc
from checker.reconcile.events import Event, action_family, find_root, join_roots, link, profile
from checker.reconcile.evidence import action_differs, action_stated, part_of, same_thing, side_differs, stated_tie, tie
from checker.reconcile.findings import Finding, finding
from checker.reconcile.inferred import period_days
from checker.reconcile.ledger import EventLedger, LedgerPoint, SeriesLedger, event_ledger, verdict_of
from checker.vocab import ACTION_FAMILY, DAILY_UNITS

MAX_PERIOD_DAYS = 7  # multi-day totals longer than a week are not rebuilt from daily figures
MAX_SHOWN_POINTS = 12  # a consistent running total's working lists at most this many points
MAX_FALLS_SHOWN = 5  # findings about one value of a running total; the rest are counted in the message
MAX_LEDGER_ARTICLES = 1000  # article ids listed in a running total's ledger (all are in the store)
MAX_TELLERS_SHOWN = 3  # articles a same-day contradiction's message names for each value (its claims name all)
MAX_TIES_SHOWN = 12  # distinct ties a same-day contradiction lists as evidence; the rest are counted


@dataclass
class Across:
    """Cross-article findings and the ledgers of the events and running totals they are about."""

    findings: list[Finding]
    events: list[EventLedger]
    series: list[SeriesLedger]


def reconcile_across(docs: Sequence[Doc], *, ledgers: bool = True) -> Across:
    """Link the articles into events, check each event and each shared running total; with
    `ledgers=False`, only the findings (the ledgers list every figure of an event, for the reports)."""
    by_id = {d.article_id: d for d in docs}
    out = Across([], [], [])
    events = link(profile(d) for d in docs)
    event_of = {a: e.id for e in events for a in e.articles}
    points = [p for d in docs for p in series_points(d)]
    for group in group_series(points, event_of):
        fs = check_series(group)
        out.findings += fs
        if ledgers:
            out.series.append(series_ledger(group, fs))
    series_findings = {f.id: f for f in out.findings} if ledgers else {}  # ids hash: only the ledgers read them
    quoted = [(s, set(s.articles), [series_findings[i] for i in s.findings if i in series_findings])
              for s in out.series]
    for e in events:
        members = [by_id[a] for a in e.articles]
        fs = check_event(e, members)
        out.findings += fs
        if ledgers:
            mine = set(e.articles)
            touching = [(s, sf) for s, arts, sf in quoted if arts & mine]
            out.events.append(event_ledger(e, members, fs + [f for _s, sf in touching for f in sf],
                                           [s for s, _f in touching]))
    return out


# --- one event ----------------------------------------------------------------------------------


def check_event(event: Event, docs: Sequence[Doc]) -> list[Finding]:
    """Every cross-article check one event makes possible."""
    out = same_quantity_across(docs)
    by_id = {d.article_id: d for d in docs}
    for cluster in event.clusters:
        if len(cluster) > 1:
            members = [by_id[a] for a in cluster]
            out += period_totals_across(members) + targets_across(members) + stages_across(members)
    return out


def _timed(c: Claim) -> list[tuple[str, object]]:
    """The time keys a figure can be compared on: its stated day, its stated stage."""
    keys: list[tuple[str, object]] = []
    if c.day_stated:
        keys.append(("day", c.day))
    if c.stage is not None and c.stage.stated:
        keys.append(("stage", (c.event.value if c.event else "", c.stage.value)))
    return keys


def same_quantity_across(docs: Sequence[Doc]) -> list[Finding]:
    """Figures two articles give for the same day or stage: one value, or a contradiction."""
    buckets: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    both: list[tuple[str, tuple[object, ...], tuple[object, ...]]] = []  # figures in two buckets
    for doc in docs:
        for c in doc.day_counts:
            if c.counted is not None:
                keys: list[tuple[object, ...]] = [(action_family(c), *when) for when in _timed(c)]
                for k in keys:
                    buckets[k].append(c)
                if len(keys) == 2:
                    both.append((c.id, keys[0], keys[1]))
    order = {key: n for n, key in enumerate(buckets)}
    second: dict[tuple[object, ...], set[str]] = defaultdict(set)  # by bucket: figures met in an earlier one
    for cid, k1, k2 in both:
        second[k1 if order[k1] > order[k2] else k2].add(cid)
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    two_sided = {d.article_id: f for d in docs if (f := _two_sided(d)) is not None}
    ties = _Ties()
    for key, group in buckets.items():
        if len({c.article_id for c in group}) > 1:
            out += _compare_across(group, seen, two_sided, ties, second.get(key, set()))
    return out


_Tied = tuple[str, ...] | bool | None  # a pair's tie: its evidence when the figures differ, True when they agree


class _Ties:
    """What `stated_tie`, `tie` and `overlaps` say of a pair, worked out once per pair of kinds of figure.

    A figure's kind is every field those read (`_fields`) but its day, which they only compare; copy
    that repeats a story's figures day after day repeats a few kinds, so an event with thousands of
    articles a day asks about each pair of kinds once, not about each of the millions of pairs of
    figures."""

    def __init__(self) -> None:
        self._kinds: dict[tuple[object, ...], int] = {}
        self._kind: dict[str, int] = {}
        self._tied: dict[tuple[int, int, bool, bool, bool, bool], _Tied] = {}

    def kind(self, c: Claim) -> int:
        found = self._kind.get(c.id)
        if found is None:
            found = self._kind[c.id] = self._kinds.setdefault(_fields(c), len(self._kinds))
        return found

    def tied(self, ka: int, kb: int, a: Claim, b: Claim, facts: DocumentFacts | None) -> _Tied:
        """Of figures a and b, of kinds ka and kb: None, no stated tie; True, tied and overlapping;
        False, tied and differing, yet no `tie`; else the evidence of the tie of two differing figures."""
        da, db = a.day, b.day  # read only as the same day, another day or none
        key = (ka, kb, facts is not None, da is None, db is None, da == db)
        if key in self._tied:
            return self._tied[key]
        assert a.value is not None and b.value is not None
        found: _Tied = None
        if stated_tie(a, b, facts):
            found = True if a.value.overlaps(b.value) else t.evidence if (t := tie(a, b, facts)) is not None else False
        self._tied[key] = found
        return found


def _fields(c: Claim) -> tuple[object, ...]:
    """Every field of a figure that `stated_tie`, `tie` (with its words) and `overlaps` read but its
    day, which they only compare; facts that make a report two-sided only count as present or absent
    there (`_Ties.tied` keys on both)."""
    n, f, v, side, stage = c.counted, c.facets, c.value, c.side, c.stage
    assert n is not None and v is not None
    return (c.modality, c.per_side, c.kind, n.head, n.modifiers, n.text, f.place, f.group, c.action,
            None if side is None else (side.value, side.basis), c.day_stated,
            None if stage is None else (stage.value, stage.stated, stage.words), c.event.value if c.event else "",
            c.scope.value,
            c.period_days, c.since, c.increment, (c.date.value.text or c.date.words) if c.date else "",
            v.lo, v.hi, v.lo_open, v.hi_open)


SWAP_SIDES = DocumentFacts(sides=("one side", "the other side"))  # an exchange the text states, sides unnamed
# Deeds done to people of several sides at once (a swap, evacuations by many countries): across
# articles, figures of them that name no side are never one quantity on the side link ('118
# servicemen returned' in one capital, '62' in the other; '312 citizens evacuated' by one country)
SWAP_FAMILIES = frozenset({ACTION_FAMILY[Action.RELEASED], ACTION_FAMILY[Action.EXCHANGED],
                           ACTION_FAMILY[Action.EVACUATED]})


def _two_sided(doc: Doc) -> DocumentFacts | None:
    """The article's facts when it reports two sides: it names two, or states an exchange between
    sides it does not name ('released 118 detainees in exchange for 62 of its fighters')."""
    if len(doc.facts.sides) > 1:
        return doc.facts
    return SWAP_SIDES if any(r.kind is RelationKind.EXCHANGE for r in doc.relations) else None


def _compare_across(group: list[Claim], seen: set[tuple[str, str]], two_sided: Mapping[str, DocumentFacts],
                    ties: _Ties, second: set[str]) -> list[Finding]:
    """Agreeing figures join into groups, one finding per group, so ten outlets quoting one figure
    make one finding, not forty-five. Disagreeing figures make one contradiction per quantity (the
    groups their disagreements connect), listing each value with its articles, not one per pair: six
    outlets saying 390 and five saying 307 are one contradiction, not thirty. A figure with no side
    in a report naming two sides may count either or both: no stated side link.

    Figures of one kind (every field a tie reads, `_Ties`) from two or more articles are one group
    at once when their kind ties to itself: their pairs, most of the pairs of a much-copied story,
    are never visited one by one (`second`: figures whose such pairs were compared in an earlier
    bucket, which `seen` holds for the pairs visited)."""
    parent: dict[str, str] = {}
    kinds = [(ties.kind(c), c.day, c.article_id in two_sided) for c in group]  # two-sided: another side link
    alike: dict[tuple[int, dt.date | None, bool], list[Claim]] = defaultdict(list)
    for k, c in zip(kinds, group, strict=True):
        alike[k].append(c)
    clashes: list[tuple[Claim, Claim, tuple[str, ...]]] = []
    self_tied: set[tuple[int, dt.date | None, bool]] = set()
    for k, cs in alike.items():
        if ties.tied(k[0], k[0], cs[0], cs[0], _facts(cs[0], cs[0], two_sided)) is True:
            self_tied.add(k)  # an agreeing kind: `second` holds all or none of it (it reads the kind's fields)
            if cs[0].id not in second and len({c.article_id for c in cs}) > 1:
                for c in cs[1:]:
                    join_roots(parent, cs[0].id, c.id)  # every member has a partner in another article
    def may_tie(i: int, j: int) -> bool:  # figures of i's and j's kinds: whether a pair of them can tie
        a, b = group[i], group[j]
        if kinds[i] == kinds[j] and kinds[i] in self_tied:
            return False  # joined above
        return ties.tied(kinds[i][0], kinds[j][0], a, b, _facts(a, b, two_sided)) is not None \
            or ties.tied(kinds[j][0], kinds[i][0], b, a, _facts(b, a, two_sided)) is not None

    for i, j in _candidate_pairs(group, kinds, may_tie):
        a, b = group[i], group[j]
        if a.article_id == b.article_id or (kinds[i] == kinds[j] and kinds[i] in self_tied):
            continue
        pair = (min(a.id, b.id), max(a.id, b.id))
        if pair in seen:
            continue
        assert a.value is not None and b.value is not None
        if a.id in parent and b.id in parent and same_interval(a.value, b.value) \
                and find_root(parent, a.id) == find_root(parent, b.id):
            seen.add(pair)
            continue  # already one group with this very value: nothing new to learn from the pair
        tied = ties.tied(kinds[i][0], kinds[j][0], a, b, _facts(a, b, two_sided))
        if tied is None:
            continue
        seen.add(pair)
        if tied is True:
            join_roots(parent, a.id, b.id)
        elif tied is not False:
            clashes.append((a, b, tied))
    return _agreements(group, parent) + _disagreements(clashes, parent)


def _agreements(group: list[Claim], parent: dict[str, str]) -> list[Finding]:
    """One consistent finding per group of agreeing figures, in the group's order."""
    agreeing: dict[str, list[Claim]] = defaultdict(list)
    for c in group:
        if c.id in parent:
            agreeing[find_root(parent, c.id)].append(c)
    return [finding("restatement", "consistent", [c.id for c in cs], " = ".join(str(c.value) for c in cs),
                    f"{len({c.article_id for c in cs})} articles give the same figure.",
                    evidence=["same day or stage, side, action and thing counted, stated in each"])
            for cs in agreeing.values()]


def _disagreements(clashes: list[tuple[Claim, Claim, tuple[str, ...]]], agreed: dict[str, str]) -> list[Finding]:
    """One finding per quantity the disagreeing pairs connect (through each other and through the
    groups that agree), per kind: pairs whose figures are attributed to different sources make a
    `source_disagreement`, the others a `restatement` contradiction, as each pair did on its own."""
    kinds: dict[bool, dict[str, list[tuple[Claim, Claim, tuple[str, ...]]]]] = {True: {}, False: {}}
    for sources in (True, False):
        mine = [x for x in clashes if _sources_differ(x[0], x[1]) is sources]
        joined: dict[str, str] = {}
        for a, b, _ev in mine:
            join_roots(joined, _root(agreed, a.id), _root(agreed, b.id))
        for x in mine:
            kinds[sources].setdefault(find_root(joined, _root(agreed, x[0].id)), []).append(x)
    return [_disagreement(pairs, sources) for sources, quantities in kinds.items() for pairs in quantities.values()]


def _root(parent: dict[str, str], cid: str) -> str:
    return find_root(parent, cid) if cid in parent else cid


def _disagreement(pairs: list[tuple[Claim, Claim, tuple[str, ...]]], sources: bool) -> Finding:
    """The contradiction of one quantity: one pair as it always was; more, each value with its articles."""
    if len(pairs) == 1:
        (a, b, ties), = pairs
        return _pair_disagreement(a, b, ties)
    values: dict[str, list[Claim]] = defaultdict(list)
    for c in {c.id: c for a, b, _ev in pairs for c in (a, b)}.values():
        values[str(c.value)].append(c)
    claims = [c for cs in values.values() for c in cs]  # value by value, as the message tells them
    days = {c.day for c in claims}
    when = f"on {claims[0].day}" if all(c.day_stated for c in claims) and len(days) == 1 else "at the same stage"
    evidence = list(dict.fromkeys(e for _a, _b, ev in pairs for e in ev))
    if len(evidence) > MAX_TIES_SHOWN:
        evidence[MAX_TIES_SHOWN:] = [f"… {len(evidence) - MAX_TIES_SHOWN} more ties of these figures"]
    n = len({c.article_id for c in claims})
    told = "; ".join(f"{v} {_told_by(cs, sources)}" for v, cs in values.items())
    if sources:
        return finding("source_disagreement", "contradiction", [c.id for c in claims], " ≠ ".join(values),
                       f"Sources disagree {when}: {n} articles give {len(values)} figures: {told}.",
                       evidence=(*evidence, "sources: " + ", ".join(
                           f"'{s}'" for s in dict.fromkeys(c.attribution for c in claims if c.attribution))))
    return finding("restatement", "contradiction", [c.id for c in claims], " ≠ ".join(values),
                   f"{n} articles give {len(values)} different figures for the same quantity {when}: {told}.",
                   evidence=evidence)


def _told_by(cs: list[Claim], sources: bool) -> str:
    """Who gives one value: its articles, after the source each names when sources disagree."""
    if not sources:
        return f"({_listed(cs)})"
    by: dict[str, list[Claim]] = defaultdict(list)
    for c in cs:
        by[c.attribution or ""].append(c)
    return " and ".join(f"per {source} ({_listed(told)})" for source, told in by.items())


def _listed(cs: list[Claim]) -> str:
    """The articles of these claims, the first `MAX_TELLERS_SHOWN` named, the rest counted."""
    shown = ", ".join(c.article_id for c in cs[:MAX_TELLERS_SHOWN])
    return shown + (f" and {len(cs) - MAX_TELLERS_SHOWN} more" if len(cs) > MAX_TELLERS_SHOWN else "")


def same_interval(x: Interval, y: Interval) -> bool:
    """`x == y` field by field: pydantic's equality costs a microsecond, and pairs of figures are many."""
    return x is y or (x.lo == y.lo and x.hi == y.hi and x.lo_open == y.lo_open and x.hi_open == y.hi_open
                      and x.hedge == y.hedge and x.figure == y.figure)


def _facts(a: Claim, b: Claim, two_sided: Mapping[str, DocumentFacts]) -> DocumentFacts | None:
    """The facts a pair's side link is read against: two sides reported in either article, or an
    exchange of unnamed sides for two outlets' unsided releases (each may be one side of one swap)."""
    facts = two_sided.get(a.article_id) or two_sided.get(b.article_id)
    if facts is None and a.side is None and b.side is None and action_family(a) in SWAP_FAMILIES:
        return SWAP_SIDES
    return facts


def _candidate_pairs(group: list[Claim], kinds: Sequence[Hashable],
                     may_tie: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """The pairs `tie` can join, in group order: the same thing counted and, when both are dated, the same day.

    A long story's stage figures share one bucket across years of copy; comparing every pair is quadratic.
    So is listing the pairs of one day's figures when thousands of articles a day repeat a story: the
    figures of a day are taken kind by kind (`kinds`: every field a tie reads, and the day), and the
    pairs of two kinds are listed only when `may_tie` says a pair of their first figures can tie
    (what a tie reads being the same for every figure of a kind)."""
    things: dict[tuple[object, ...], dict[dt.date | None, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, c in enumerate(group):
        assert c.counted is not None
        things[(tuple(sorted(c.counted.modifiers)), c.facets.place, c.facets.group)][c.day].append(i)
    decided: dict[tuple[Hashable, Hashable], bool] = {}

    def keep(xs: list[int], ys: list[int]) -> bool:
        key = (kinds[xs[0]], kinds[ys[0]])
        if key not in decided:
            decided[key] = may_tie(xs[0], ys[0])
        return decided[key]

    pairs: set[tuple[int, int]] = set()
    for days in things.values():
        undated = _by_kind(days.get(None, []), kinds)
        everyone = _by_kind([i for idx in days.values() for i in idx], kinds)
        for day, idx in days.items():
            if day is not None:
                of_day = list(_by_kind(idx, kinds).values())
                for n, xs in enumerate(of_day):
                    if keep(xs, xs):
                        pairs.update((i, j) for m, i in enumerate(xs) for j in xs[m + 1:])
                    pairs.update((min(i, j), max(i, j)) for ys in of_day[n + 1:] if keep(xs, ys)
                                 for i in xs for j in ys)
        pairs.update((min(i, j), max(i, j)) for xs in undated.values() for ys in everyone.values() if keep(xs, ys)
                     for i in xs for j in ys if i != j)
    return sorted(pairs)


def _by_kind(idx: list[int], kinds: Sequence[Hashable]) -> dict[Hashable, list[int]]:
    out: dict[Hashable, list[int]] = defaultdict(list)
    for i in idx:
        out[kinds[i]].append(i)
    return out


def _pair_disagreement(a: Claim, b: Claim, evidence: tuple[str, ...]) -> Finding:
    when = f"on {a.day}" if a.day_stated and b.day_stated else "at the same stage"
    if _sources_differ(a, b):
        return finding("source_disagreement", "contradiction", [a.id, b.id], f"{a.value} ≠ {b.value}",
                       f"Two sources disagree {when}: {a.attribution} ({a.article_id}) says {a.value}, "
                       f"{b.attribution} ({b.article_id}) says {b.value}.",
                       evidence=(*evidence, f"sources: '{a.attribution}' and '{b.attribution}'"))
    return finding("restatement", "contradiction", [a.id, b.id], f"{a.value} ≠ {b.value}",
                   f"Two articles give different figures for the same quantity {when}.", evidence=evidence)


def _sources_differ(a: Claim, b: Claim) -> bool:
    if not a.attribution or not b.attribution:
        return False
    x, y = a.attribution.lower(), b.attribution.lower()
    return x not in y and y not in x


# --- per-day figures against totals told in another article -----------------------------------


def period_totals_across(docs: Sequence[Doc]) -> list[Finding]:
    """A multi-day total in one article against the days' figures, some told in other articles."""
    by_day: dict[dt.date, list[Claim]] = defaultdict(list)  # indexed by day: an event can span years of copy
    for d in docs:
        for c in d.day_counts:
            if c.day_known:
                assert c.day is not None
                by_day[c.day].append(c)
    picks: dict[tuple[object, ...], Claim | None] = {}  # many articles quote a total of the same terms

    def pick(t: Claim, day: dt.date) -> Claim | None:
        key = (day, t.counted.head if t.counted else None, t.counted is None, t.action, t.category,
               t.side.value if t.side else None)  # everything _may_add_up and _pick read of the total
        if key not in picks:
            picks[key] = _pick(t, [c for c in by_day.get(day, ()) if _may_add_up(t, c)])
        return picks[key]

    out: list[Finding] = []
    spans: dict[tuple[int, ...], _Days | None] = {}  # by the picks (objects alive all run): many totals share them
    stated: dict[tuple[object, ...], bool] = {}
    for doc in docs:
        both = _two_sided(doc) is not None
        for t in doc.reported.get(Scope.PERIOD, ()):
            if t.side is None and both:
                continue  # "390 Ukrainians and 390 Russians ... In all, 1,394 prisoners": both sides' total
            if t.value is not None and t.day is not None and t.period_days is not None \
                    and 1 < t.period_days <= MAX_PERIOD_DAYS:
                picked = [pick(t, d) for d in period_days(t.day, t.period_days)]
                key = tuple(map(id, picked))
                if key not in spans:
                    spans[key] = _days(picked)
                out += _period_total(t, spans[key], key, stated)
    return out


def _may_add_up(t: Claim, c: Claim) -> bool:
    return part_of(c, t) and not action_differs(t, c) and not side_differs(t, c)


@dataclass(frozen=True, slots=True)
class _Days:
    """One figure for each day of a period, with what a total's finding says of them: worked out once,
    as many articles quote a total over the same days."""

    chosen: tuple[Claim, ...]
    articles: frozenset[str]
    ids: tuple[str, ...]
    total: Interval
    expr: str
    dated: tuple[str, ...]


def _days(picked: list[Claim | None]) -> _Days | None:
    """The days' figures, oldest first; None when a day has no one clear figure (the article's own
    check says what is missing)."""
    chosen = tuple(c for c in picked if c is not None)
    if len(chosen) < len(picked):
        return None
    return _Days(chosen, frozenset(c.article_id for c in chosen), tuple(c.id for c in chosen), _sum(chosen),
                 _expr(chosen), tuple(_dated(c) for c in chosen))


def _period_total(t: Claim, days: _Days | None, key: tuple[int, ...],
                  stated: dict[tuple[object, ...], bool]) -> list[Finding]:
    """The total against one figure per day of its period (`key`: the days' picks; `stated`: whether
    each tie of a total's terms to those figures is stated, worked out once)."""
    assert t.value is not None
    if days is None or days.articles == {t.article_id}:
        return []  # a day without one clear figure, or all told in one article: checked there
    ids = [t.id, *days.ids]
    s = days.total
    ev = [f"period stated: '{t.scope.words}'", *days.dated, "articles linked by the event they name"]
    if s.overlaps(t.value):
        return [finding("sum", "consistent", ids, f"{days.expr} = {t.value}",
                        f"The days' figures, told across {len(days.articles | {t.article_id})} "
                        f"articles, add up to the total of {t.value}.", basis="inferred", evidence=ev)]
    contradiction = t.scope.basis is Basis.STATED and _all_stated(t, days, key, stated)
    return [finding("sum", "contradiction" if contradiction else "unclear", ids, f"{days.expr} = {s} ≠ {t.value}",
                    f"The days' figures add up to {s}, not the total of {t.value} told in {t.article_id}.",
                    basis="inferred", evidence=ev)]


def _all_stated(t: Claim, days: _Days, key: tuple[int, ...], stated: dict[tuple[object, ...], bool]) -> bool:
    """`_thing_stated` of the total and each day's figure, by what it reads of the total."""
    n, f = t.counted, t.facets
    terms = (key, None if n is None else (n.head, frozenset(n.modifiers)), f.place, f.group, t.action)
    if terms not in stated:
        stated[terms] = all(_thing_stated(t, c) for c in days.chosen)
    return stated[terms]


def _dated(c: Claim) -> str:
    """A day's figure and how its text dates it (its own clause, or its sentence or stage)."""
    how = "" if c.date is None else f", dated '{c.date.value.text or c.day}' ({c.date.basis.value})"
    return f"{c.day}: {c.value} in {c.article_id}{how}"


def _pick(whole: Claim, cands: list[Claim]) -> Claim | None:
    """One figure for a day or stage in the total's terms; None when the candidates disagree."""
    head = whole.counted.head if whole.counted else None
    for keep in (lambda c: c.counted is not None and c.counted.head == head,
                 lambda c: c.category is whole.category, lambda c: True):
        same = [c for c in cands if keep(c)]
        if same:
            first = same[0]
            assert first.value is not None
            return first if all(c.value is not None and c.value.overlaps(first.value) for c in same) else None
    return None


def _thing_stated(a: Claim, b: Claim) -> bool:
    return same_thing(a, b) is not None and action_stated(a, b)


def _sum(cs: Sequence[Claim]) -> Interval:
    out = Interval.point(0)
    for c in cs:
        assert c.value is not None
        out = out + c.value
    return out


def _expr(cs: Sequence[Claim]) -> str:
    return " + ".join(str(c.value) for c in cs)


# --- stages assembled from several articles ---------------------------------------------------


def _stage_days(docs: Sequence[Doc]) -> dict[tuple[str, int], list[Claim]]:
    """Claims that state a stage and know its day, by (series, stage)."""
    out: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for d in docs:
        for c in d.staged:
            assert c.stage is not None
            series = c.event.value if c.event else ""
            if series not in DAILY_UNITS:  # each day has its first flight: no sequence of days
                out[(series, c.stage.value)].append(c)
    return out


def stages_across(docs: Sequence[Doc]) -> list[Finding]:
    """A stage has one date across the articles, and a later stage a later date."""
    staged = _stage_days(docs)
    out: list[Finding] = []
    per_series: dict[str, dict[int, dict[dt.date, list[Claim]]]] = defaultdict(lambda: defaultdict(dict))
    for (series, stage), cs in staged.items():
        for c in cs:
            assert c.day is not None
            per_series[series][stage].setdefault(c.day, []).append(c)
    for series, stages in per_series.items():
        if len({c.article_id for days in stages.values() for cs in days.values() for c in cs}) > 1:
            out += _sequence(series, stages)
    return out


def _sequence(series: str, stages: dict[int, dict[dt.date, list[Claim]]]) -> list[Finding]:
    out: list[Finding] = []
    for stage, days in sorted(stages.items()):
        if len(days) > 1:
            cs = [cs[0] for cs in days.values()]
            stated = all(c.day_stated for c in cs)
            out.append(finding("stage_sequence", "contradiction" if stated else "unclear", [c.id for c in cs],
                               f"stage {stage}: " + " ≠ ".join(str(d) for d in sorted(days)),
                               f"Articles date stage {stage} of the {series or 'event'} differently.",
                               evidence=[f"'{c.stage.words}' dated {c.day} in {c.article_id}" for c in cs
                                         if c.stage is not None]))
    ordered = sorted((stage, min(days), days[min(days)][0]) for stage, days in stages.items())
    bad = [(a, b) for a, b in zip(ordered, ordered[1:], strict=False) if a[1] >= b[1]]
    for (sa, da, ca), (sb, db, cb) in bad:
        stated = ca.day_stated and cb.day_stated
        out.append(finding("stage_sequence", "contradiction" if stated else "unclear", [ca.id, cb.id],
                           f"stage {sa} on {da}, stage {sb} on {db}",
                           f"Stage {sb} is dated no later than stage {sa} across the articles.",
                           evidence=[f"'{c.stage.words}' dated {c.day} in {c.article_id}" for c in (ca, cb)
                                     if c.stage is not None]))
    if not out and len(ordered) > 1:
        out.append(finding("stage_sequence", "consistent", [c.id for _s, _d, c in ordered],
                           "; ".join(f"stage {s}: {d}" for s, d, _c in ordered),
                           f"The stages told across {len({c.article_id for _s, _d, c in ordered})} articles come "
                           "in date order.", evidence=[f"'{c.stage.words}' in {c.article_id}" for _s, _d, c
                                                       in ordered if c.stage is not None]))
    return out


# --- an agreed size filled by stages told in several articles ----------------------------------


def targets_across(docs: Sequence[Doc]) -> list[Finding]:
    """Stages told across articles never exceed the agreed N-for-N, and the final one reaches it."""
    sizes = {c.value.lo: c for d in docs for c in d.by_kind.get(Kind.TARGET, [])
             if c.per_side and c.value is not None and c.value.is_point and c.value.lo is not None}
    if len(sizes) != 1:
        return []  # no agreed size, or articles that name different ones
    (n, target), = sizes.items()
    maybe = _stage_figures(docs, target)
    figures = {k: c for k, c in maybe.items() if c is not None}
    if len(figures) < len(maybe) or len({c.article_id for c in figures.values()}) < 2:
        return []  # a stage whose figures disagree, or stages told in one article
    final = max((c.stage.value for d in docs for c in d.claims if c.final_stage and c.stage is not None),
                default=None)
    parts = [figures[k] for k in sorted(figures)]
    s = _sum(parts)
    ids = [target.id, *(c.id for c in parts)]
    work = _expr(parts)
    ev = [f"agreed size: '{target.quote[:60]}'", *(f"stage {k}: {figures[k].value} in {figures[k].article_id}"
                                                  for k in sorted(figures))]
    if final is not None and sorted(figures) == list(range(1, final + 1)):
        if s.contains(n):
            return [finding("target", "consistent", ids, f"{work} = {fmt_number(n)} (complete)",
                            f"The stages told across articles complete the agreed {fmt_number(n)}.",
                            basis="inferred", evidence=ev)]
        return [finding("target", _verdict(parts), ids, f"{work} = {s} ≠ {fmt_number(n)} at the final stage",
                        f"The final stage is reported, but the stages add up to {s}, not {fmt_number(n)}.",
                        basis="inferred", evidence=ev)]
    assert target.value is not None
    if s.exceeds(target.value):
        return [finding("target", _verdict(parts), ids, f"{work} = {s} > {fmt_number(n)}",
                        f"The stages add up to more than the agreed {fmt_number(n)}.", basis="inferred", evidence=ev)]
    left = n - s.lo if s.is_point and s.lo is not None else None
    return [finding("target", "consistent", ids, f"{work} = {s} ≤ {fmt_number(n)}"
                    + (f" ({fmt_number(left)} still to come)" if left else ""),
                    f"The stages told across articles stay within the agreed {fmt_number(n)}.",
                    basis="inferred", evidence=ev)]


def _verdict(parts: Sequence[Claim]) -> Literal["contradiction", "unclear"]:
    """Each part states its stage, or its day, which its article states for that stage."""
    return "contradiction" if all((c.stage is not None and c.stage.stated) or c.day_known for c in parts) \
        else "unclear"


def _stage_figures(docs: Sequence[Doc], target: Claim) -> dict[int, Claim | None]:
    """The figure of each stage: a count stating the stage, else the count dated to a stage's day in
    the same article; None for a stage whose candidates disagree."""
    stage_of_day = {(c.article_id, c.day): k for (_s, k), cs in _stage_days(docs).items() for c in cs}
    cands: dict[int, list[Claim]] = defaultdict(list)
    for d in docs:
        side = d.facts.main_side.value if d.facts.main_side else None
        for c in d.day_counts:
            if c.counted is None:
                continue
            if c.side is not None and side is not None and c.side.value != side:
                continue  # the other side's count of the same stage
            stage = c.stage.value if c.stage is not None and c.stage.stated else \
                stage_of_day.get((c.article_id, c.day)) if c.day_known else None
            if stage is not None:
                cands[stage].append(c)
    model = next((c for cs in cands.values() for c in cs), target)
    return {k: _pick(model, cs) for k, cs in cands.items()}


# --- running totals across articles ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    """One figure of a running total: which total (`key`), its value and the day it is as of."""

    key: str
    label: str
    since: dt.date | None
    side: str | None
    claim: str
    article: str
    day: dt.date
    day_basis: Literal["stated", "publication"]
    value: Interval


def series_points(doc: Doc) -> list[SeriesPoint]:
    """The article's running totals since a stated start point, each with the day it is as of."""
    out = []
    for c in doc.reported.get(Scope.SINCE, ()):
        if c.since is None or c.counted is None or c.value is None:
            continue
        basis: Literal["stated", "publication"]
        if c.day_stated and c.day is not None:
            day, basis = c.day, "stated"
        elif doc.published is not None:
            day, basis = doc.published, "publication"
        else:
            continue
        side = c.side.value if c.side else None
        key = "|".join(map(str, (c.since, c.counted.head, action_family(c), side, c.facets.place, c.facets.group,
                                 c.facets.nationality, ",".join(sorted(c.counted.modifiers)))))
        if side is None and c.attribution:
            key += f"|source:{c.attribution.lower()}"  # "So far this year 9,870 migrants ..., the ministry said"
        label = f"{c.counted.text} {c.action.value if c.action else ''} {c.since_text or f'since {c.since}'}"
        out.append(SeriesPoint(key, " ".join(label.split()), c.since, side, c.id, c.article_id, day, basis, c.value))
    return out


def group_series(points: Iterable[SeriesPoint], event_of: Mapping[str, str]) -> list[list[SeriesPoint]]:
    """Running totals quoted by two or more articles, in a stable order (`in_event` keys them)."""
    groups: dict[str, list[SeriesPoint]] = defaultdict(list)
    for p in in_event(points, event_of):
        groups[p.key].append(p)
    return [sorted(g, key=lambda p: (p.day, p.article, p.claim)) for _k, g in sorted(groups.items())
            if len({p.article for p in g}) > 1]


def in_event(points: Iterable[SeriesPoint], event_of: Mapping[str, str]) -> list[SeriesPoint]:
    """A running total that names neither a side nor a source is one series only within its article's
    event ('140 killed in floods since January 1' and '38 killed in wildfires since January 1' elsewhere
    are two tallies; an article linked to none is an event of its own); a side or a source the text
    names makes it one across the batch ('7,020 Ukrainians brought back since the invasion', '9,870
    migrants so far this year, the interior ministry said')."""
    return [p if p.side is not None or "|source:" in p.key
            else dataclasses.replace(p, key=f"{p.key}|event:{event_of.get(p.article, p.article)}") for p in points]


def series_id(key: str) -> str:
    return "series-" + hashlib.sha1(key.encode()).hexdigest()[:10]


_Point = tuple[dt.date, Interval, list[SeriesPoint]]  # one value as of one day, and who quotes it


def _distinct(points: Sequence[SeriesPoint]) -> list[_Point]:
    """The series as distinct (day, value) points in day order: a tally quoted by a thousand articles
    on a hundred days is a hundred-odd points, whatever the number of articles."""
    by: dict[tuple[dt.date, str], list[SeriesPoint]] = defaultdict(list)
    for p in points:
        by[(p.day, str(p.value))].append(p)
    return [(day, ps[0].value, ps) for (day, _v), ps in sorted(by.items(), key=lambda kv: kv[0][0])]


def check_series(points: Sequence[SeriesPoint]) -> list[Finding]:
    """Every pair of figures from different articles, in the order of their days: never falling.

    Earlier values are kept sorted by their lower bound, so each later value finds the earlier ones
    above it by bisection; a value below many earlier ones names the `MAX_FALLS_SHOWN` highest and
    counts the rest, so one wild figure cannot flood the report."""
    distinct = _distinct(points)
    quoted = _Quoted()
    solo: dict[str, list[int]] = defaultdict(list)  # points quoted by one article only, by that article
    for m, (_d, _v, ps) in enumerate(distinct):
        if len({p.article for p in ps}) == 1:
            solo[ps[0].article].append(m)
    open_lo: Counter[Decimal] = Counter()  # earlier values by lower bound, counting the open ones
    out: list[Finding] = []
    earlier: list[tuple[Decimal, int]] = []  # (lower bound, index into distinct) of days already passed
    i = 0
    while i < len(distinct):
        day = distinct[i][0]
        j = i
        while j < len(distinct) and distinct[j][0] == day:
            j += 1
        for k in range(i, j):
            out += _falls_below(points[0], distinct, earlier, k, solo, open_lo, quoted)
        out += _same_day(points[0], distinct[i:j], quoted)
        for k in range(i, j):
            lo = distinct[k][1].lo
            if lo is not None:
                bisect.insort(earlier, (lo, k))
                open_lo[lo] += distinct[k][1].lo_open
        i = j
    return out or [_holds(points, distinct)]


def _falls_below(first: SeriesPoint, distinct: list[_Point], earlier: list[tuple[Decimal, int]],
                 k: int, solo: dict[str, list[int]], open_lo: Counter[Decimal], quoted: _Quoted) -> list[Finding]:
    """The earlier values above value k: the highest few shown, the rest counted without visiting each."""
    day, value, pb = distinct[k]
    if value.hi is None:
        return []
    start = bisect.bisect_left(earlier, (value.hi, -1))  # lower bound >= value.hi
    strict = bisect.bisect_right(earlier, (value.hi, sys.maxsize))  # lower bound > value.hi: all above it
    count = len(earlier) - strict + (strict - start if value.hi_open else open_lo[value.hi])  # equal bounds: one open
    articles = quoted.articles(pb)
    if len(articles) == 1:  # values quoted only by this same article are checked within it
        count -= sum(distinct[m][0] < day and distinct[m][1].exceeds(value) for m in solo.get(next(iter(articles)), ()))
    above: list[int] = []
    floor = start if value.hi_open or open_lo[value.hi] else strict  # equal bounds exceed only when one is open
    n = len(earlier) - 1
    while n >= floor and len(above) < MAX_FALLS_SHOWN:  # highest first
        m = earlier[n][1]
        if (n >= strict or distinct[m][1].exceeds(value)) and not quoted.one_article(distinct[m][2], pb):
            above.append(m)
        n -= 1
    out = [_falls(first, distinct[m][2], pb, "contradiction", quoted) for m in above]
    if count > MAX_FALLS_SHOWN and out:
        last = out[-1]
        out[-1] = finding(last.check, last.verdict, list(last.claims), last.working,
                          last.message + f" {count - MAX_FALLS_SHOWN} more earlier figures are above it too.",
                          basis=last.basis, evidence=last.evidence)
    return out


def _same_day(first: SeriesPoint, points: list[_Point], quoted: _Quoted) -> list[Finding]:
    """Different values as of one day: a contradiction when both days are stated with the figures,
    unclear when they come from publication dates (a tally can change within a day)."""
    out: list[Finding] = []
    for n, (_d, va, pa) in enumerate(points):
        for _d2, vb, pb in points[n + 1:]:
            if va.overlaps(vb) or quoted.one_article(pa, pb):
                continue
            stated = all(p.day_basis == "stated" for p in (*pa, *pb))
            out.append(_falls(first, pa, pb, "contradiction" if stated else "unclear", quoted))
            if len(out) >= MAX_FALLS_SHOWN:
                return out
    return out


class _Quoted:
    """Who quotes each distinct value of one running total, and its words, worked out once: the
    highest earlier values are named in the findings of many later ones. Keyed by the identity of the
    value's list of points, which `check_series` keeps alive while it runs."""

    def __init__(self) -> None:
        self._articles: dict[int, frozenset[str]] = {}
        self._words: dict[int, str] = {}
        self._claims: dict[int, list[str]] = {}
        self._as_of: dict[int, str] = {}
        self._label = ""

    def articles(self, ps: Sequence[SeriesPoint]) -> frozenset[str]:
        found = self._articles.get(id(ps))
        if found is None:
            found = self._articles[id(ps)] = frozenset(p.article for p in ps)
        return found

    def one_article(self, pa: Sequence[SeriesPoint], pb: Sequence[SeriesPoint]) -> bool:
        """Both values quoted by the same single article only: checked within that article."""
        a, b = self.articles(pa), self.articles(pb)
        return len(a) == 1 and a == b

    def words(self, ps: Sequence[SeriesPoint]) -> str:
        found = self._words.get(id(ps))
        if found is None:
            found = self._words[id(ps)] = _point_words(ps)
        return found

    def claims(self, ps: Sequence[SeriesPoint]) -> list[str]:
        """The claims a finding names for the value (the first `MAX_FALLS_SHOWN`); callers copy by `+`."""
        found = self._claims.get(id(ps))
        if found is None:
            found = self._claims[id(ps)] = [p.claim for p in ps[:MAX_FALLS_SHOWN]]
        return found

    def as_of(self, ps: Sequence[SeriesPoint]) -> str:
        """The evidence for the value's day: its first quote's article and what dates it."""
        found = self._as_of.get(id(ps))
        if found is None:
            p = ps[0]
            found = self._as_of[id(ps)] = f"{p.article}: as of {p.day} ({_basis_words(p)})"
        return found

    def label(self, first: SeriesPoint) -> str:
        """The evidence naming the running total (one per `check_series` call, so one label)."""
        if not self._label:
            self._label = f"same running total: '{first.label}'"
        return self._label


def _point_words(ps: Sequence[SeriesPoint]) -> str:
    arts = sorted({q.article for q in ps})
    shown = ", ".join(arts[:3]) + (f" and {len(arts) - 3} more" if len(arts) > 3 else "")
    return f"{ps[0].value} ({ps[0].day}, {shown})"


def _falls(first: SeriesPoint, pa: Sequence[SeriesPoint], pb: Sequence[SeriesPoint],
           verdict: Literal["contradiction", "unclear"], quoted: _Quoted) -> Finding:
    same_day = pa[0].day == pb[0].day
    arrow = " ≠ " if same_day else " → "
    message = (f"Two articles give different figures for the running total as of the same day ({pa[0].day})."
               if same_day else f"A running total falls from {pa[0].value} to {pb[0].value} across articles.")
    return finding("running_total", verdict, quoted.claims(pa) + quoted.claims(pb),
                   quoted.words(pa) + arrow + quoted.words(pb), message, basis="inferred",
                   evidence=(quoted.label(first), quoted.as_of(pa), quoted.as_of(pb)))


def _basis_words(p: SeriesPoint) -> str:
    return "date stated with the figure" if p.day_basis == "stated" else "its publication date"


def _holds(points: Sequence[SeriesPoint], distinct: list[_Point]) -> Finding:
    words = [f"{v} ({d})" for d, v, _ps in distinct[:MAX_SHOWN_POINTS]]
    if len(distinct) > MAX_SHOWN_POINTS:
        words.append(f"… {len(distinct) - MAX_SHOWN_POINTS} more")
    claims = [ps[0].claim for _d, _v, ps in distinct[:MAX_SHOWN_POINTS]]
    claims += [p.claim for p in points if p.claim not in claims][:MAX_SHOWN_POINTS]
    return finding("running_total", "consistent", claims, " ≤ ".join(words),
                   f"The running total never falls across {len({p.article for p in points})} articles.",
                   basis="inferred", evidence=[f"same running total: '{points[0].label}'"])


def series_ledger(points: Sequence[SeriesPoint], findings: Sequence[Finding]) -> SeriesLedger:
    """The running total's distinct values by day, with how many articles quote each."""
    first = points[0]
    articles = sorted({p.article for p in points})
    return SeriesLedger(
        id=series_id(first.key), label=first.label, since=first.since, side=first.side,
        articles=articles[:MAX_LEDGER_ARTICLES], article_count=len(articles),
        points=[LedgerPoint(day=d, day_basis=ps[0].day_basis, value=str(v), claim=ps[0].claim, article=ps[0].article,
                            quoted_by=len({p.article for p in ps})) for d, v, ps in _distinct(points)],
        findings=[f.id for f in findings], verdict=verdict_of(findings))
