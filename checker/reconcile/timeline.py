"""Checks on time: stage sequences, calendar (weekday against date), ages and durations.

Only dates the text states take part: a stage's date inferred from elsewhere or a figure's date
defaulted to the reported day never makes a stage sequence out of order.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from checker.claims import Basis, Claim, Kind, Modality, fmt_number
from checker.dates import WEEKDAY_NAMES, years_between
from checker.reconcile.doc import Doc
from checker.reconcile.findings import Finding, Verdict, day_words, finding
from checker.vocab import DAILY_UNITS

ORDINAL_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh"}
# A weekday is checked against a date whose year comes from the publication date only when the date
# falls this close to publication; further back, the text may be recalling another year.
YEAR_WINDOW_BEFORE = dt.timedelta(days=60)
YEAR_WINDOW_AFTER = dt.timedelta(days=31)


def _stage_key(c: Claim) -> str:
    unit = c.unit or "stage"
    return f"{c.event.value if c.event else unit}|{unit if c.kind is Kind.ORDINAL else ''}"


def _daily(c: Claim) -> bool:
    """Flights, buses and convoys are numbered afresh each day, several a day: no sequence of days."""
    return (c.event is not None and c.event.value in DAILY_UNITS) or c.unit in DAILY_UNITS


def check_stage_sequence(doc: Doc) -> list[Finding]:
    """Stage ordinals agree with their stated dates: one date per stage, one stage per date, in order."""
    series: dict[str, dict[int, dict[dt.date, Claim]]] = defaultdict(lambda: defaultdict(dict))
    units: dict[str, str] = {}
    for c in doc.by_kind.get(Kind.ORDINAL, []):
        if c.stage is None or c.day is None or c.date is None or c.date.basis is not Basis.STATED or _daily(c) \
                or c.modality is not Modality.REPORTED:  # "The second stage, due on Friday, was postponed"
            continue
        key = _stage_key(c)
        units[key] = c.unit or "stage"
        series[key][c.stage.value].setdefault(c.day, c)
    out: list[Finding] = []
    for key, stages in series.items():
        out += _one_series(stages, units[key])
        out += _days_before(doc, stages, units[key])
    return out


def _days_before(doc: Doc, stages: dict[int, dict[dt.date, Claim]], unit: str) -> list[Finding]:
    """'Today is the second day' after figures dated the day before: that day is day one (inferred)."""
    if unit != "day" or 1 in stages or not stages:
        return []
    first = min(stages)
    days = stages[first]
    if len(days) != 1:
        return []
    d_first, anchor = next(iter(days.items()))
    start = d_first - dt.timedelta(days=first - 1)
    earlier = sorted({c.day for c in doc.by_kind.get(Kind.COUNT, []) if c.day is not None and c.day_stated
                      and start <= c.day < d_first})
    if len(earlier) != first - 1 or not earlier:
        return []
    prev = next(c for c in doc.by_kind.get(Kind.COUNT, []) if c.day == earlier[-1] and c.day_stated)
    gap = (d_first - earlier[-1]).days
    return [finding("stage_sequence", "consistent", [prev.id, anchor.id],
                    f"day {first - 1} is {day_words(earlier[-1])}; day {first} is {day_words(d_first)}"
                    + (", the next day" if gap == 1 else f", {gap} days later"),
                    f"The {ORDINAL_WORDS.get(first, first)} day follows the day before it.", basis="inferred",
                    evidence=[f"'{anchor.stage.words if anchor.stage else ''}' and a figure dated the day before"])]


def _one_series(stages: dict[int, dict[dt.date, Claim]], unit: str) -> list[Finding]:
    out: list[Finding] = []
    by_day: dict[dt.date, dict[int, Claim]] = defaultdict(dict)
    for n, days in stages.items():
        for d, c in days.items():
            by_day[d][n] = c
        if len(days) > 1:
            out.append(finding("stage_sequence", "contradiction", [c.id for c in days.values()],
                               " ≠ ".join(day_words(d) for d in days),
                               f"The {ORDINAL_WORDS.get(n, n)} {unit} is dated to {len(days)} different days."))
    for d, ns in by_day.items():
        if len(ns) > 1:
            out.append(finding("stage_sequence", "contradiction", [c.id for c in ns.values()],
                               f"{day_words(d)}: " + " ≠ ".join(f"{ORDINAL_WORDS.get(n, n)} {unit}" for n in ns),
                               f"{day_words(d)} is called more than one {unit}."))
    single = {n: next(iter(days)) for n, days in stages.items() if len(days) == 1}
    order = sorted(single)
    for a, b in zip(order, order[1:], strict=False):
        da, db = single[a], single[b]
        ok = db > da and (unit != "day" or (db - da).days == b - a)
        ids = [next(iter(stages[a].values())).id, next(iter(stages[b].values())).id]
        out.append(finding("stage_sequence", "consistent" if ok else "contradiction", ids,
                           f"{unit} {a}: {day_words(da)} → {unit} {b}: {day_words(db)}",
                           f"The {unit}s follow each other in time." if ok else f"The {unit}s are out of order.",
                           evidence=["stage ordinals and dates stated"]))
    return out


def check_calendar(doc: Doc) -> list[Finding]:
    """A named weekday matches its date."""
    out: list[Finding] = []
    seen: set[tuple[str, dt.date]] = set()
    for c in doc.by_kind.get(Kind.DATE, []):
        d = c.date.value if c.date else None
        if d is None or d.resolved is None or d.weekday is None or d.month is None or (d.text, d.resolved) in seen:
            continue
        seen.add((d.text, d.resolved))
        actual = d.resolved.weekday()
        basis = f" ({d.year_basis})" if d.year_basis else ""
        if actual == d.weekday:
            out.append(finding("calendar", "consistent", [c.id],
                               f"{d.text} → {d.resolved.isoformat()} is a {WEEKDAY_NAMES[actual]}{basis}",
                               "The weekday matches the date."))
            continue
        working = (f"{d.text} → {d.resolved.isoformat()} is a {WEEKDAY_NAMES[actual]}, not a "
                   f"{WEEKDAY_NAMES[d.weekday]}{basis}")
        out.append(finding("calendar", _weekday_verdict(d.year_source, d.resolved, doc.published), [c.id], working,
                           "The weekday does not match the date."))
    return out


def _weekday_verdict(source: str | None, day: dt.date, published: dt.date | None) -> Verdict:
    """A wrong weekday is a contradiction when the year is stated, or the date is close to publication."""
    if source == "stated":
        return "contradiction"
    if source == "publication" and published is not None and \
            published - YEAR_WINDOW_BEFORE <= day <= published + YEAR_WINDOW_AFTER:
        return "contradiction"
    return "unclear"


def check_age(doc: Doc) -> list[Finding]:
    """Ages, years and elapsed times agree (26 now, 22 at capture in 2022 -> now is 2026 +- 1)."""
    out: list[Finding] = []
    ages = [c for c in doc.by_kind.get(Kind.AGE, []) if c.value is not None and c.value.is_point]
    ref = doc.reference
    for c in ages:
        if c.then_value is None or c.then_year is None:
            continue
        out.append(_age_then(c, ref))
    young = [c for c in ages if c.extreme == "youngest"]
    old = [c for c in ages if c.extreme == "oldest"]
    if young and old:
        y, o = young[0], old[0]
        assert y.value is not None and o.value is not None
        ok = not y.value.exceeds(o.value)
        out.append(finding("age", "consistent" if ok else "contradiction", [y.id, o.id],
                           f"youngest {y.value} {'≤' if ok else '>'} oldest {o.value}",
                           "The youngest is not older than the oldest." if ok else
                           "The youngest is said to be older than the oldest."))
    return out


def _age_then(c: Claim, ref: tuple[dt.date, str] | None) -> Finding:
    assert c.value is not None and c.value.lo is not None and c.then_value is not None and c.then_year is not None
    age, then = c.value.lo, c.then_value
    span = age - then
    if ref is None:
        year = c.then_year + int(span)
        return finding("age", "unclear", [c.id],
                       f"{fmt_number(age)} − {fmt_number(then)} = {fmt_number(span)} years → "
                       f"{c.then_year} + {fmt_number(span)} = {year}",
                       f"Consistent only if the article was written around {year}; it states no date.")
    now = ref[0]
    years = now.year - c.then_year
    ok = abs(span - years) <= 1
    working = (f"{fmt_number(age)} − {fmt_number(then)} = {fmt_number(span)} years; "
               f"{now.year} − {c.then_year} = {years} {'✓' if ok else '≠'}")
    if ref[1] != "publication date":
        working += f" ({now.year}: {ref[1]})"
    return finding("age", "consistent" if ok else "contradiction", [c.id], working,
                   "The ages agree with the years (±1 for birthdays)." if ok else
                   f"The ages imply {fmt_number(span)} years have passed, the dates {years}.")


def check_duration(doc: Doc) -> list[Finding]:
    """An elapsed time ('more than four years into the war') agrees with its start and the article date."""
    out: list[Finding] = []
    for c in doc.by_kind.get(Kind.DURATION, []):
        if c.value is None or c.since is None:
            continue
        as_of = doc.reference[0] if doc.reference else None
        if as_of is None:
            out.append(finding("duration", "unclear", [c.id], f"{c.since.isoformat()} → ? ({c.value} {c.unit})",
                               "The article has no date to measure the elapsed time against."))
            continue
        out.append(_elapsed(c, as_of))
    return out


def _elapsed(c: Claim, as_of: dt.date) -> Finding:
    assert c.since is not None and c.value is not None
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
    ok = value.lo <= elapsed < value.lo + 1 if value.is_point and value.lo is not None else value.contains(elapsed)
    since = c.since_text or c.since.isoformat()
    return finding("duration", "consistent" if ok else "contradiction", [c.id],
                   f"{c.since.isoformat()} → {as_of.isoformat()} = {shown}; "
                   f"{'within' if ok else 'outside'} '{value} {c.unit}'",
                   f"The elapsed time since {since} agrees with the article date." if ok
                   else f"The elapsed time since {since} does not match the stated {value} {c.unit}.")
