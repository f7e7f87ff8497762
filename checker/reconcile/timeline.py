"""Checks on time: stage sequence, calendar (weekday vs date, relative dates), ages and durations."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from checker.claims import Claim, Kind, fmt_number
from checker.dates import WEEKDAY_NAMES, fmt_date, years_between
from checker.reconcile.findings import Finding, finding
from checker.reconcile.index import EVENT_SPAN_DAYS, ArticleIndex

_ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh"}


def _dated(c: Claim) -> bool:
    """Dated by the text itself, not only by the reported-day default."""
    return c.day is not None and c.date is not None and bool(c.date.text)


def check_stage_sequence(idx: ArticleIndex) -> list[Finding]:
    """Stage/day ordinals agree with their dates: one date per stage, one stage per date, in order."""
    out: list[Finding] = []
    by_stage: dict[int, dict[dt.date, Claim]] = defaultdict(dict)
    by_day: dict[dt.date, dict[int, Claim]] = defaultdict(dict)
    unit_of: dict[int, str] = {}
    for c in idx.by_kind.get(Kind.ORDINAL, []) + idx.by_kind.get(Kind.COUNT, []):
        if c.stage is None or c.day is None:
            continue
        if c.kind == Kind.ORDINAL:
            unit_of.setdefault(c.stage, c.label or "stage")
        by_stage[c.stage].setdefault(c.day, c)
        by_day[c.day].setdefault(c.stage, c)
    for stage, days in sorted(by_stage.items()):
        if len(days) > 1:
            cs = list(days.values())
            out.append(finding("stage_sequence", "contradiction", [c.id for c in cs],
                               " ≠ ".join(fmt_date(d) for d in days),
                               f"Stage {stage} is dated to {len(days)} different days."))
    for day, stages in sorted(by_day.items()):
        if len(stages) > 1:
            cs = list(stages.values())
            out.append(finding("stage_sequence", "contradiction", [c.id for c in cs],
                               f"{fmt_date(day)}: " + " ≠ ".join(
                                   f"{_ORD.get(s, s)} {unit_of.get(s, 'stage')}" for s in stages),
                               f"{fmt_date(day)} is called more than one stage."))
    single = {s: next(iter(d)) for s, d in by_stage.items() if len(d) == 1}
    stages = sorted(single)
    for a, b in zip(stages, stages[1:], strict=False):
        da, db = single[a], single[b]
        ok = db > da and (unit_of.get(b) != "day" or (db - da).days == b - a)
        out.append(finding("stage_sequence", "consistent" if ok else "contradiction",
                           [next(iter(by_stage[a].values())).id, next(iter(by_stage[b].values())).id],
                           f"stage {a}: {fmt_date(da)} → stage {b}: {fmt_date(db)}",
                           "The stages follow each other in time." if ok else "The stages are out of order."))
    # Earlier days the article gives figures for, before its first numbered stage: they are the stages before.
    if not stages:
        return out
    first = stages[0]
    d_first = single[first]
    # Earlier days of the same event: background figures (a raid two years before) are not stages.
    horizon = d_first - dt.timedelta(days=EVENT_SPAN_DAYS)
    earlier = sorted({c.day for c in idx.by_kind.get(Kind.COUNT, []) + idx.by_kind.get(Kind.COUNTERPART, [])
                      if c.day is not None and horizon <= c.day < d_first and _dated(c)})
    if not earlier:
        return out
    anchor_claim = next(iter(by_stage[first].values()))
    prev = [c for c in idx.by_kind.get(Kind.COUNT, []) + idx.by_kind.get(Kind.COUNTERPART, [])
            if c.day == earlier[-1] and _dated(c)]
    ids = [anchor_claim.id] + [c.id for c in prev[:1]]
    unit = unit_of.get(first, "stage")
    if len(earlier) > first - 1:
        out.append(finding("stage_sequence", "contradiction", ids,
                           f"{len(earlier)} earlier day(s) before the {_ORD.get(first, first)} {unit}",
                           f"The article reports figures for {len(earlier)} earlier day(s), but calls "
                           f"{fmt_date(d_first)} the {_ORD.get(first, first)} {unit}."))
    elif len(earlier) < first - 1:
        out.append(finding("stage_sequence", "unclear", ids,
                           f"{len(earlier)} earlier day(s) for {first - 1} earlier {unit}(s)",
                           "Not every earlier stage is dated in the article."))
    else:
        gap = (d_first - earlier[-1]).days
        ok = unit != "day" or gap == 1
        desc = f"{unit} {first - 1} is {fmt_date(earlier[-1])}; {unit} {first} is {fmt_date(d_first)}"
        out.append(finding("stage_sequence", "consistent" if ok else "contradiction", ids,
                           desc + (", the next day" if gap == 1 else f", {gap} days later"),
                           f"The {_ORD.get(first, first)} {unit} follows the earlier one in time." if ok else
                           f"The {_ORD.get(first, first)} {unit} should be the day after the previous one."))
    return out


def check_calendar(idx: ArticleIndex) -> list[Finding]:
    """A named weekday matches its date; a relative date resolves against the day it is relative to."""
    out: list[Finding] = []
    seen: set[tuple[str, dt.date]] = set()
    for c in idx.claims:
        d = c.date
        if d is None or d.resolved is None or not d.text or (d.text, d.resolved) in seen:
            continue
        seen.add((d.text, d.resolved))
        basis = f" ({d.year_basis})" if d.year_basis else ""
        if d.weekday is not None and d.month is not None:
            actual = d.resolved.weekday()
            ok = actual == d.weekday
            working = (f"{d.text} → {d.resolved.isoformat()} is a {WEEKDAY_NAMES[actual]}"
                       + ("" if ok else f", not a {WEEKDAY_NAMES[d.weekday]}") + basis)
            out.append(finding("calendar", "consistent" if ok else "contradiction", [c.id], working,
                               "The weekday matches the date." if ok else "The weekday does not match the date."))
        elif d.relative_days is not None:
            out.append(finding("calendar", "consistent", [c.id], f"'{d.text}' → {fmt_date(d.resolved)}{basis}",
                               "The relative date resolves against the reported day."))
    return out


def check_age(idx: ArticleIndex) -> list[Finding]:
    """Ages, years and elapsed times agree (26 now, 22 at capture in 2022 -> now is 2026 +- 1)."""
    out: list[Finding] = []
    ages = [c for c in idx.by_kind.get(Kind.AGE, []) if c.value is not None and c.value.is_point]
    ref = idx.reference
    now = ref[0] if ref else None
    for c in ages:
        if c.then_value is None or c.then_year is None:
            continue
        age, then = c.value.lo, c.then_value  # type: ignore[union-attr]
        span = age - then  # type: ignore[operator]
        if now is None:
            year = c.then_year + int(span)
            out.append(finding("age", "unclear", [c.id],
                               f"{fmt_number(age)} − {fmt_number(then)} = {fmt_number(span)} years → "
                               f"{c.then_year} + {fmt_number(span)} = {year}",
                               f"Consistent only if the article was written around {year}; it states no date."))
            continue
        years = now.year - c.then_year
        ok = abs(span - years) <= 1
        working = (f"{fmt_number(age)} − {fmt_number(then)} = {fmt_number(span)} years; "
                   f"{now.year} − {c.then_year} = {years} {'✓' if ok else '≠'}")
        if ref and ref[1] != "publication date":
            working += f" ({now.year}: {ref[1]})"
        out.append(finding("age", "consistent" if ok else "contradiction", [c.id], working,
                           "The ages agree with the years (±1 for birthdays)." if ok else
                           f"The ages imply {fmt_number(span)} years have passed, the dates {years}."))
    young = [c for c in ages if c.label == "youngest"]
    old = [c for c in ages if c.label == "oldest"]
    if young and old:
        y, o = young[0], old[0]
        ok = y.value.lo <= o.value.lo  # type: ignore[operator,union-attr]
        out.append(finding("age", "consistent" if ok else "contradiction", [y.id, o.id],
                           f"youngest {y.value} {'≤' if ok else '>'} oldest {o.value}",
                           "The youngest is not older than the oldest." if ok else
                           "The youngest is said to be older than the oldest."))
    return out


def check_duration(idx: ArticleIndex) -> list[Finding]:
    """An elapsed time ('more than four years into the war') agrees with its start and the article date."""
    out: list[Finding] = []
    for c in idx.by_kind.get(Kind.DURATION, []):
        if c.value is None or c.since is None:
            continue
        as_of = idx.reference[0] if idx.reference else None
        if as_of is None:
            out.append(finding("duration", "unclear", [c.id], f"{c.since.isoformat()} → ? ({c.value} {c.unit})",
                               "The article has no date to measure the elapsed time against."))
            continue
        years, days = years_between(c.since, as_of)
        if c.unit == "years":
            elapsed = Decimal(years) + Decimal(days) / Decimal("365.2425")
            shown = f"{years} years {days} days"
        elif c.unit == "months":
            months = (as_of.year - c.since.year) * 12 + as_of.month - c.since.month - (as_of.day < c.since.day)
            elapsed, shown = Decimal(months), f"{months} months"
        else:
            elapsed = Decimal((as_of - c.since).days)
            shown = f"{elapsed} days"
        value = c.value
        # "four years into the war" is any time in the fifth year: [4, 5).
        ok = (elapsed >= value.lo and elapsed < value.lo + 1) if value.is_point else value.contains(elapsed)  # type: ignore[operator]
        out.append(finding("duration", "consistent" if ok else "contradiction", [c.id],
                           f"{c.since.isoformat()} → {as_of.isoformat()} = {shown}; "
                           f"{'within' if ok else 'outside'} '{value} {c.unit}'",
                           f"The elapsed time since {c.since_text or c.since} agrees with the article date." if ok
                           else f"The elapsed time since {c.since_text or c.since} does not match the stated "
                                f"{value} {c.unit}."))
    return out
