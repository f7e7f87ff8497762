"""Dates as news prose writes them, and how they resolve to calendar days.

Pure functions over the stdlib calendar: no I/O, safe for the reconciler to import.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from checker.vocab import ANCHORS  # named start points ('the full-scale invasion'): one table

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12})
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
WEEKDAY_NAMES = [d.capitalize() for d in WEEKDAYS]

_MONTH = r"(?P<month>%s)\.?" % "|".join(sorted(MONTHS, key=len, reverse=True))
_WD = r"(?P<weekday>%s)" % "|".join(WEEKDAYS)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?"

# A leading `date YYYY-MM-DD` line (as in the seed articles) is the publication date, not prose.
DATE_LINE = re.compile(r"\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?![\d-])[ \t]*", re.IGNORECASE)

# Each row: a pattern and the name the report uses for it. Order matters: longest forms first.
DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("weekday, month day", re.compile(rf"\b{_WD},?\s+{_MONTH}\s+{_DAY}\b{_YEAR}", re.I)),
    ("weekday, day month", re.compile(rf"\b{_WD},?\s+{_DAY}\s+{_MONTH}{_YEAR}", re.I)),
    ("month day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b{_YEAR}", re.I)),
    ("day month", re.compile(rf"\b{_DAY}\s+{_MONTH}{_YEAR}", re.I)),
    ("weekday", re.compile(rf"\b{_WD}\b", re.I)),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>0?[1-9]|1[0-2])-(?P<day>\d{1,2})\b")),
    ("day.month.year", re.compile(r"\b(?P<day>\d{1,2})[./](?P<month>0?[1-9]|1[0-2])[./](?P<year>(?:19|20)\d{2})\b")),
]
# Relative expressions and their offset in days from the day being reported.
RELATIVE_DAYS: dict[str, int] = {
    "the previous day": -1,
    "the day before": -1,
    "a day earlier": -1,
    "a day before": -1,
    "one day earlier": -1,
    "yesterday": -1,
    "today": 0,
    "on the same day": 0,
    "the following day": 1,
    "the next day": 1,
    "a day later": 1,
    "tomorrow": 1,
    "two days earlier": -2,
    "a week earlier": -7,
    "a week before": -7,
    "one week earlier": -7,
    "a week later": 7,
    "two days later": 2,
}
# These speak from the moment of writing (the publication date); the others count from a named day.
DEICTIC = frozenset({"yesterday", "today", "tomorrow"})
RELATIVE_RE = re.compile(
    r"\b(%s)\b" % "|".join(sorted((re.escape(k) for k in RELATIVE_DAYS), key=len, reverse=True)), re.I
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    weekday: int | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    relative_days: int | None = None


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date mentions in text[start:end], longest form winning where forms overlap."""
    end = len(text) if end is None else end
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for _name, pat in DATE_PATTERNS:
        for m in pat.finditer(text, start, end):
            if not free(m.start(), m.end()):
                continue
            g = m.groupdict()
            day = int(g["day"]) if g.get("day") else None
            month = _month(g["month"]) if g.get("month") else None
            if day is not None and not 1 <= day <= 31:
                continue
            if g.get("month") and g["month"].lower() == "may" and day is None:
                continue
            found.append(DateMention(
                m.start(), m.end(), m.group(0),
                weekday=WEEKDAYS[g["weekday"].lower()] if g.get("weekday") else None,
                month=month, day=day, year=int(g["year"]) if g.get("year") else None,
            ))
            taken.append((m.start(), m.end()))
    for m in RELATIVE_RE.finditer(text, start, end):
        if free(m.start(), m.end()):
            found.append(DateMention(m.start(), m.end(), m.group(0),
                                     relative_days=RELATIVE_DAYS[m.group(1).lower()]))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return found


def _month(word: str) -> int:
    return int(word) if word.isdigit() else MONTHS[word.lower()]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def year_for(month: int, day: int, published: dt.date) -> int:
    """News reports the recent past: the year that puts month/day on or shortly before publication."""
    candidate = safe_date(published.year, month, day)
    if candidate is not None and candidate > published + dt.timedelta(days=31):
        return published.year - 1
    return published.year


def latest_year_with_weekday(month: int, day: int, weekday: int, not_after: int) -> int | None:
    """The latest year <= not_after in which month/day falls on weekday (28-year calendar cycle)."""
    for year in range(not_after, not_after - 29, -1):
        d = safe_date(year, month, day)
        if d is not None and d.weekday() == weekday:
            return year
    return None


def nearest_weekday(weekday: int, anchor: dt.date, *, not_after: bool = False) -> dt.date:
    """The date with this weekday closest to anchor (ties go to the later one)."""
    delta = (weekday - anchor.weekday()) % 7
    after = anchor + dt.timedelta(days=delta)
    before = after - dt.timedelta(days=7) if delta else after
    if not_after:
        return before if delta else anchor
    return after if delta <= 3 else before


def fmt_date(d: dt.date) -> str:
    """'Friday, 2025-05-23': weekday plus ISO date, unambiguous in every locale."""
    return f"{WEEKDAY_NAMES[d.weekday()]}, {d.isoformat()}"


def years_between(start: dt.date, end: dt.date) -> tuple[int, int]:
    """Whole years and remaining days from start to end (calendar-exact, leap-day safe)."""
    years = end.year - start.year - ((end.month, end.day) < (start.month, start.day))
    anniversary = safe_date(start.year + years, start.month, start.day) or dt.date(
        start.year + years, start.month, 28)
    return years, (end - anniversary).days


def anchor_date(text: str) -> dt.date | None:
    """The date a named start point stands for ('the start of the full-scale invasion')."""
    low = text.lower()
    return next((dt.date.fromisoformat(d) for k, d in ANCHORS.items() if k in low), None)


SEASON_DAYS = {"early": 1, "mid": 15, "late": 20}  # "since late June": the start is taken at this day


def since_date(text: str, published: dt.date | None) -> dt.date | None:
    """The start point a 'since ...' phrase names: a named start ('the full-scale invasion'), a date
    ('Feb. 14'), a month and year ('February 2022'), a year ('2009'), 'this year', 'late June'."""
    named = anchor_date(text)
    if named is not None:
        return named
    low = text.lower()
    if "this year" in low and published is not None:
        return dt.date(published.year, 1, 1)
    found = find_dates(text)
    exact = next((d for d in found if d.month and d.day), None)
    if exact is not None and exact.month is not None and exact.day is not None:
        year = exact.year or (year_for(exact.month, exact.day, published) if published else None)
        return safe_date(year, exact.month, exact.day) if year else None
    month = re.search(r"\b(early|mid|late)?[- ]?(%s)\b(?:\s+((?:19|20)\d{2}))?" % "|".join(MONTHS), low)
    if month:
        m = MONTHS[month.group(2)]
        year = int(month.group(3)) if month.group(3) else (published.year if published else None)
        if year is not None and published is not None and not month.group(3) and dt.date(year, m, 1) > published:
            year -= 1
        return dt.date(year, m, SEASON_DAYS.get(month.group(1) or "", 1)) if year else None
    year_only = re.search(r"\b((?:19|20)\d{2})\b", low)
    return dt.date(int(year_only.group(1)), 1, 1) if year_only else None
