"""Arithmetic checks on figures: sum, running total, target, parity, subset, restatement."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from checker.claims import Category, Claim, Interval, Kind, fmt_number
from checker.reconcile.findings import Finding, finding
from checker.reconcile.index import EVENT_SPAN_DAYS, ArticleIndex, Part, Slot, part_for, slot_label, slot_of


def _sum(parts: list[Part]) -> Interval:
    total = parts[0].value
    for p in parts[1:]:
        total = total + p.value
    return total


def _expr(parts: list[Part]) -> str:
    return " + ".join(str(p) for p in parts)


def _cmp(total: Interval, stated: Interval) -> str:
    return "=" if total.overlaps(stated) else "≠"


def check_sum(idx: ArticleIndex) -> list[Finding]:
    """A multi-day/stage total equals the sum of its days; categories decide what counts as a part."""
    out: list[Finding] = []
    for t in idx.by_kind.get(Kind.TOTAL, []):
        end = slot_of(t)
        if t.value is None or end is None:
            continue
        # The days of this event: before the total's day, and (when no period is named) within the span
        # of one multi-stage event, so background figures from years before are not parts.
        slots = [s for s in idx.count_slots(t.party) if s <= end
                 and (t.period_days or s[0] != 0 or end[0] != 0 or end[1] - s[1] <= EVENT_SPAN_DAYS)]
        if t.period_days:
            slots = slots[-t.period_days:]
        if len(slots) < 2 and not t.period_days:
            continue
        missing = t.period_days is not None and len(slots) < t.period_days
        parts = [part_for(idx, t.party, s, t.category) for s in slots]
        if missing or any(p is None for p in parts):
            absent = [slot_label(s) for s, p in zip(slots, parts, strict=True) if p is None]
            gap = f"no figure for {', '.join(absent)}" if absent else (
                f"the article gives figures for {len(slots)} of the {t.period_days} days")
            out.append(finding("sum", "unclear", [t.id] + [c.id for p in parts if p for c in p.claims],
                               f"{_expr([p for p in parts if p])} + ? = {t.value}",
                               f"Cannot verify the total of {t.value}: {gap}."))
            continue
        got = [p for p in parts if p is not None]
        ids = [t.id] + [c.id for p in got for c in p.claims]
        total = _sum(got)
        notes = "; ".join(f"{slot_label(s)}: {p.note}" for s, p in zip(slots, got, strict=True) if p.note)
        working = f"{_expr(got)} = {total} {_cmp(total, t.value)} {t.value}" if not total.overlaps(t.value) \
            else f"{_expr(got)} = {t.value}"
        if notes:
            working += f"  ({notes})"
        other = _alternative(idx, t, slots, total)
        if idx.is_swap and not total.overlaps(t.value) and (total + total).overlaps(t.value):
            out.append(finding("sum", "consistent", ids, f"2 × ({_expr(got)}) = {total + total} = {t.value}",
                               f"The total of {t.value} counts both sides of the swap ({total} each)."))
            continue
        if total.overlaps(t.value):
            msg = f"The parts add up to the stated total of {t.value}."
            if other is not None and not other[0].overlaps(t.value):
                msg += (f" Counting every category would give {_expr(other[1])} = {other[0]}; the text counts "
                        f"{t.label or t.category.value} only.")
            out.append(finding("sum", "consistent", ids, working, msg))
            continue
        if other is not None and other[0].overlaps(t.value):
            alt_total, alt_parts = other
            out.append(finding(
                "sum", "unclear", ids + [c.id for p in alt_parts for c in p.claims],
                f"{working}; counting {_alt_name(t)} only: {_expr(alt_parts)} = {alt_total}",
                f"The total of {t.value} matches only if it counts {_alt_name(t)} only; "
                f"the wording ('{t.label}') does not say so."))
        else:
            out.append(finding("sum", "contradiction", ids, working,
                               f"The parts add up to {total}, not the stated total of {t.value}."))
    return out


def _alt_name(t: Claim) -> str:
    return "military" if t.category == Category.PEOPLE else "every category"


def _alternative(idx: ArticleIndex, t: Claim, slots: list[Slot], first: Interval,
                 ) -> tuple[Interval, list[Part]] | None:
    """The same sum in the other reading (military-only for a 'people' total, everyone for a narrower
    one), when it differs from the first reading's sum."""
    cat = Category.MILITARY if t.category == Category.PEOPLE else Category.PEOPLE
    parts = [part_for(idx, t.party, s, cat) for s in slots]
    if any(p is None for p in parts):
        return None
    got = [p for p in parts if p is not None]
    total = _sum(got)
    return (total, got) if total != first else None


def _event_total(idx: ArticleIndex, party: str | None) -> tuple[Interval, list[Claim]] | None:
    """The largest figure the article gives for the whole event so far: a total, else the sum of days."""
    totals = [t for t in idx.by_kind.get(Kind.TOTAL, []) if t.value is not None and t.party == party]
    if totals:
        best = max(totals, key=lambda t: t.value.lo or Decimal(0))  # type: ignore[union-attr]
        return best.value, [best]  # type: ignore[return-value]
    slots = idx.count_slots(party)
    parts = [part_for(idx, party, s, Category.PEOPLE) for s in slots]
    got = [p for p in parts if p is not None]
    if not got:
        return None
    return _sum(got), [c for p in got for c in p.claims]


def check_target(idx: ArticleIndex) -> list[Finding]:
    """The stages of an agreed N-for-N event never exceed N; a completed event reaches N."""
    out: list[Finding] = []
    targets = [t for t in idx.by_kind.get(Kind.TARGET, []) if t.value is not None and t.value.is_point]
    if not targets:
        return out
    t = targets[0]
    n = t.value.lo  # type: ignore[union-attr]
    got = _event_total(idx, idx.main_party)
    if got is None:
        return out
    total, claims = got
    ids = [t.id] + [c.id for c in claims]
    final = any(c.final_stage for c in idx.by_kind.get(Kind.ORDINAL, []))
    both_sides = idx.is_swap and total.is_point and total.lo == 2 * n
    if both_sides:
        out.append(finding("target", "consistent", ids, f"{total} = 2 × {fmt_number(n)}",
                           f"The figure counts both sides of the agreed {fmt_number(n)}-for-{fmt_number(n)}."))
    elif total.lo is not None and total.lo > n:
        out.append(finding("target", "contradiction", ids, f"{total} > {fmt_number(n)}",
                           f"More people ({total}) are reported released than the agreed {fmt_number(n)}."))
    elif final and not total.contains(n):
        out.append(finding("target", "unclear", ids, f"{total} ≠ {fmt_number(n)} at the final stage",
                           f"The final stage is reported, but the figures reach {total}, not {fmt_number(n)}."))
    elif total.is_point:
        left = n - total.lo  # type: ignore[operator]
        out.append(finding("target", "consistent", ids,
                           f"{total} ≤ {fmt_number(n)} ({fmt_number(left)} still to come)" if left else
                           f"{total} = {fmt_number(n)} (complete)",
                           f"The figures so far stay within the agreed {t.label or fmt_number(n)}."))
    else:
        out.append(finding("target", "consistent", ids, f"{total} ≤ {fmt_number(n)}",
                           f"The figures so far stay within the agreed {fmt_number(n)}."))
    for dup in targets[1:]:
        if dup.value != t.value:
            out.append(finding("target", "contradiction", [t.id, dup.id], f"{t.value} ≠ {dup.value}",
                               "The agreed size of the exchange is stated with two different values."))
    return out


def check_parity(idx: ArticleIndex) -> list[Finding]:
    """In an N-for-N swap both sides' figures for the same day and category agree."""
    out: list[Finding] = []
    if not idx.is_swap:
        return out
    declared = bool(idx.by_kind.get(Kind.TARGET))
    for (party, slot), cats in sorted(idx.counterparts.items(), key=lambda kv: kv[0][1]):
        ours = idx.counts.get((idx.main_party, slot))
        if not ours:
            continue
        for cat, theirs in cats.items():
            mine = ours.get(cat)
            if not mine:
                continue
            a, b = mine[0], theirs[0]
            ids = [b.id, a.id]
            if a.value.overlaps(b.value):  # type: ignore[union-attr]
                out.append(finding("parity", "consistent", ids, f"{b.value} {party} = {a.value} {idx.main_party}"
                                   f" ({slot_label(slot)})", "Both sides of the swap give the same number."))
            elif declared:
                out.append(finding("parity", "contradiction", ids,
                                   f"{b.value} {party} ≠ {a.value} {idx.main_party} ({slot_label(slot)})",
                                   "An N-for-N exchange, but the two sides' numbers differ."))
    return out


def check_subset(idx: ArticleIndex) -> list[Finding]:
    """A part never exceeds its whole ('27 defenders of Mariupol' <= 307 released that day)."""
    out: list[Finding] = []
    for s in idx.by_kind.get(Kind.SUBSET, []):
        slot = slot_of(s)
        if s.value is None or slot is None:
            continue
        whole = None
        if s.whole_hint == "sentence" and s.grounding:
            whole = next((c for c in idx.claims if c.kind == Kind.COUNT and c.grounding
                          and c.grounding.start == s.grounding.start and c.id != s.id), None)
        if whole is None:
            cats = idx.counts.get((s.party, slot), {})
            pick = cats.get(s.category) or cats.get(Category.PEOPLE) or next(iter(cats.values()), None)
            whole = pick[0] if pick else None
        if whole is None or whole.value is None:
            out.append(finding("subset", "unclear", [s.id], f"{s.value} ≤ ?",
                               f"No whole figure found to hold the {s.value} {s.label or ''}".rstrip() + "."))
            continue
        ok = s.value.lo is None or whole.value.hi is None or s.value.lo <= whole.value.hi
        out.append(finding("subset", "consistent" if ok else "contradiction", [s.id, whole.id],
                           f"{s.value} {'≤' if ok else '>'} {whole.value}",
                           f"The {s.value} {s.label or ''} are part of the {whole.value} {whole.label or ''}."
                           if ok else f"A part ({s.value}) exceeds its whole ({whole.value})."))
    return out


RESTATED = (Kind.COUNT, Kind.COUNTERPART, Kind.TOTAL, Kind.CUMULATIVE, Kind.TARGET, Kind.SUBSET)


def _restatement_key(c: Claim) -> tuple[object, ...] | None:
    slot = slot_of(c)
    if c.value is None:
        return None
    if c.kind == Kind.TARGET:
        return (c.kind,)
    if slot is None:
        return None
    if c.kind == Kind.SUBSET:
        return (c.kind, c.party, slot, (c.label or "").lower())
    # "people" is an umbrella: 1.2 million people evacuated and 4 children are not one quantity.
    noun = _head(c.label) if c.category == Category.PEOPLE else None
    return (c.kind, c.party, slot, c.category, c.period_days, c.since_text and c.kind == Kind.CUMULATIVE, noun)


def _head(label: str | None) -> str:
    words = (label or "").lower().split()
    return words[-1].rstrip("s") if words else ""


def _one_per_sentence(group: list[Claim]) -> list[Claim]:
    """Two figures of one sentence are parts of a list ("five men and two women"), not one quantity
    stated twice: keep the first figure of each sentence."""
    out: list[Claim] = []
    for c in group:
        g = c.grounding
        if g is None or not any(o.grounding and o.article_id == c.article_id and o.grounding.start < g.end
                                and g.start < o.grounding.end for o in out):
            out.append(c)
    return out


def _restatement(group: list[Claim], where: str) -> Finding:
    base = group[0].value
    assert base is not None
    ids = [c.id for c in group]
    if all(c.value is not None and c.value.overlaps(base) for c in group):
        return finding("restatement", "consistent", ids, " = ".join(str(c.value) for c in group),
                       f"The same figure is stated {len(group)} times {where} with one value.")
    values = " ≠ ".join(dict.fromkeys(str(c.value) for c in group))
    return finding("restatement", "contradiction", ids, values,
                   f"The same quantity is stated {where} with different values.")


def check_restatement(idx: ArticleIndex) -> list[Finding]:
    """The same quantity (same kind, side, day, category) stated twice has one value."""
    groups: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for c in idx.claims:
        if c.kind in RESTATED and (k := _restatement_key(c)) is not None:
            groups[k].append(c)
    kept = (_one_per_sentence(g) for g in groups.values())
    return [_restatement(g, "in the article") for g in kept if len(g) > 1]


def check_restatement_across(indexes: Iterable[ArticleIndex]) -> list[Finding]:
    """Across a batch: one article's figure for a dated day against another's for the same day."""
    groups: dict[tuple[object, ...], dict[str, Claim]] = defaultdict(dict)
    for idx in indexes:
        for c in idx.by_kind.get(Kind.COUNT, []):
            # Without a named side two articles' figures for one day may be two different events
            # (two hostage releases on one Saturday); linking events across articles needs more.
            if c.day is None or c.value is None or c.party is None:
                continue
            groups[(c.party, c.day, c.category)].setdefault(idx.article_id, c)
    return [_restatement(list(g.values()), "across articles") for g in groups.values() if len(g) > 1]


def check_running_total(indexes: list[ArticleIndex]) -> list[Finding]:
    """Cumulative figures never fall over time, grow at least by what was released in between, and
    are never below the figures of the article that states them."""
    out: list[Finding] = []
    series: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    releases: dict[tuple[str | None, Category], list[Claim]] = defaultdict(list)
    for idx in indexes:
        for c in idx.by_kind.get(Kind.COUNT, []):
            if c.day is not None and c.value is not None:
                releases[(c.party, c.category)].append(c)
        for c in idx.by_kind.get(Kind.CUMULATIVE, []):
            if c.value is None:
                continue
            # Running totals from a named start point ("since the full-scale invasion") may be compared
            # across articles; tolls and "so far" figures belong to their own article's event.
            scope = c.since if c.since is not None else (idx.article_id, (c.since_text or "").lower())
            series[(c.party, c.category, scope)].append(c)
            got = _event_total(idx, c.party)
            if got is None or c.since is None:
                continue
            part, claims = got
            ok = c.value.hi is None or part.lo is None or c.value.hi >= part.lo
            out.append(finding("running_total", "consistent" if ok else "contradiction",
                               [c.id] + [x.id for x in claims], f"{c.value} {'≥' if ok else '<'} {part}",
                               "The running total includes this event's figures." if ok else
                               f"The running total ({c.value}) is below this event's own figures ({part})."))
    for key, claims in series.items():
        dated = sorted((c for c in claims if c.day is not None), key=lambda c: c.day)  # type: ignore[arg-type,return-value]
        for a, b in zip(dated, dated[1:], strict=False):
            if a.day == b.day:
                continue
            # Releases in between must be added to a release series; a toll already includes the bodies
            # recovered on each day, so there it only must not fall.
            between = [r for r in releases[(key[0], key[1])] if a.day < r.day <= b.day  # type: ignore[operator]
                       and r.article_id == b.article_id == a.article_id] if a.since is not None else []
            grown = sum((r.value.lo or 0 for r in between), Decimal(0))  # type: ignore[union-attr]
            need = (a.value.lo or Decimal(0)) + grown  # type: ignore[union-attr]
            ok = b.value.hi is None or b.value.hi >= need  # type: ignore[union-attr]
            working = (f"{b.value} ({b.day}) {'≥' if ok else '<'} {a.value} ({a.day})"
                       + (f" + {fmt_number(grown)} released in between" if grown else ""))
            out.append(finding("running_total", "consistent" if ok else "contradiction",
                               [a.id, b.id] + [r.id for r in between], working,
                               "The running total grows over time." if ok else
                               "A running total falls over time, or grows less than what was released."))
    return out
