#!/usr/bin/env python3
"""Verify the clean evaluation corpus in eval/data/articles against eval/data/facts.json.

Checks, for every article listed in facts.json:
  * the file exists, the optional leading ` date YYYY-MM-DD ` line is well formed and its
    year equals the entry's "year"; the body has 150-400 words (articles with no figures excepted);
  * every claim quote and every fact quote occurs verbatim in the article text;
  * every claim value (its numeral or number word) occurs in its quote;
  * every "Weekday, Month D" pair in the text is correct in the entry's year, and every bare
    weekday in a dated article resolves to a day in the six days before publication;
  * every machine-readable part of a fact's "holds" (separated by ';') is true:
    arithmetic chains ("115 + 135 = 250", "14 <= 115", "61,482 / 100,393 = 61.2%"),
    weekdays ("2024-10-18 is a Friday") and elapsed times
    ("2022-02-24 to 2025-04-12 is more than 3 years", "... = 61 days", "... inclusive = 5 days");
  * corpus level: the 'since the start of the full-scale invasion' cumulative figures never fall.
Exit status 0 when everything passes.
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ART = HERE / "articles"
FACTS = HERE / "facts.json"

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
          "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
          "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
          "december": 12, "dec": 12}
NUMWORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
            "twenty-five": 25, "thirty-one": 31, "forty-five": 45, "sixty": 60, "sixty-five": 65}
DATE_LINE = re.compile(r"^ date (\d{4}-\d{2}-\d{2}) ")
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WD_DATE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r"),? (" + MONTH_RE + r")\.? (\d{1,2})\b", re.I)
WD_BARE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b(?!,? (?:" + MONTH_RE + r")\.? \d)", re.I)
MONTH_DAY = re.compile(r"\b(" + MONTH_RE + r")\.? (\d{1,2})\b(?!,? \d{4})", re.I)

failures = []
passes = 0
unchecked = 0


def fail(aid, msg):
    failures.append(f"{aid}: {msg}")


def ok():
    global passes
    passes += 1


def num(s):
    s = s.strip().replace(",", "")
    if s.endswith("%"):
        return float(s[:-1]) / 100.0, True
    return float(s), False


def eval_side(expr):
    expr = expr.strip()
    pct = expr.endswith("%")
    clean = re.sub(r"(\d[\d,]*\.?\d*)%?", lambda m: m.group(1).replace(",", ""), expr)
    if not re.fullmatch(r"[\d.\s+\-*/()]+", clean):
        raise ValueError(expr)
    val = eval(clean, {"__builtins__": {}})  # digits and operators only
    return (val / 100.0 if pct else val), pct


def check_arith(part):
    """'a + b = c', 'x <= y + z', chains allowed; returns True/False."""
    toks = re.split(r"(<=|>=|=|<|>)", part)
    sides = [eval_side(t) for t in toks[0::2]]
    ops = toks[1::2]
    for (a, pa), op, (b, pb) in zip(sides, ops, sides[1:], strict=False):
        tol = 0.0005 if (pa or pb) else 1e-9
        good = {"=": abs(a - b) <= tol, "<=": a <= b + tol, ">=": a + tol >= b,
                "<": a < b, ">": a > b}[op]
        if not good:
            return False
    return True


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def check_part(aid, part):
    global unchecked
    part = re.sub(r"\([^)]*\)", "", part).strip()
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}) is a (\w+)", part)
    if m:
        d = dt.date.fromisoformat(m.group(1))
        if d.strftime("%A") != m.group(2):
            fail(aid, f"holds '{part}': {d} is a {d.strftime('%A')}")
        else:
            ok()
        return
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})( inclusive)? "
                     r"(is more than|is nearly|=) (\d+) (years|months|days)", part)
    if m:
        a, b = dt.date.fromisoformat(m.group(1)), dt.date.fromisoformat(m.group(2))
        n, unit, rel = int(m.group(5)), m.group(6), m.group(4)
        if unit == "days":
            days = (b - a).days + (1 if m.group(3) else 0)
            good = days == n if rel == "=" else (days > n if rel == "is more than" else n - 3 <= days < n)
        else:
            months = n * 12 if unit == "years" else n
            edge = add_months(a, months)
            if rel == "is more than":
                good = b > edge
            elif rel == "is nearly":
                good = add_months(a, months - (6 if unit == "years" else 1)) <= b < edge
            else:
                good = b == edge
        if good:
            ok()
        else:
            fail(aid, f"holds '{part}' is false")
        return
    if re.fullmatch(r"[\d,.\s+\-*/()<=>%]+", part) and re.search(r"\d", part) and re.search(r"<=|>=|=|<|>", part):
        try:
            if check_arith(part):
                ok()
            else:
                fail(aid, f"holds '{part}' is false")
        except Exception as e:  # noqa: BLE001
            fail(aid, f"holds '{part}' cannot be evaluated: {e}")
        return
    unchecked += 1


def value_core(v):
    v = v.lower()
    for h in ("more than ", "at least ", "nearly ", "about ", "over "):
        if v.startswith(h):
            v = v[len(h):]
    return v


def main():
    entries = json.loads(FACTS.read_text(encoding="utf-8"))
    ids = [e["id"] for e in entries]
    if len(ids) != len(set(ids)):
        fail("facts.json", "duplicate ids")
    # this corpus is articles 101-124; other files in the directory (seeds, other corpora) are ignored
    files = sorted(p.stem for p in ART.glob("1[0-2][0-9]_*.txt") if 101 <= int(p.stem[:3]) <= 124)
    for f in files:
        if f not in ids:
            fail(f, "article file has no facts.json entry")
    dated = 0
    cumulative = []
    for e in entries:
        aid = e["id"]
        path = ART / f"{aid}.txt"
        if not path.exists():
            fail(aid, "article file missing")
            continue
        text = path.read_text(encoding="utf-8")
        m = DATE_LINE.match(text)
        pub = None
        body = text
        if m:
            dated += 1
            pub = dt.date.fromisoformat(m.group(1))
            body = text[m.end():]
            if e["year"] != pub.year:
                fail(aid, f"year {e['year']} != publication year {pub.year}")
        elif text.lstrip().startswith("date "):
            fail(aid, "malformed date line")
        words = len(body.split())
        if not (150 <= words <= 400):
            fail(aid, f"{words} words, outside 150-400")
        else:
            ok()
        # quotes
        for c in e["claims"]:
            if c["quote"] not in text:
                fail(aid, f"claim quote not verbatim: {c['quote']!r}")
                continue
            ok()
            if c["value"] is not None and c["kind"] not in ("ordinal", "date", "duration"):
                core = value_core(c["value"])
                if core not in c["quote"].lower():
                    fail(aid, f"claim value {c['value']!r} not in its quote {c['quote']!r}")
                else:
                    ok()
            if c["kind"] == "cumulative" and "full-scale" in c["quote"] + text:
                cumulative.append((aid, c["value"]))
        for f in e["facts"]:
            for q in f["quotes"]:
                if q not in text:
                    fail(aid, f"fact quote not verbatim: {q!r}")
                else:
                    ok()
            for part in f["holds"].split(";"):
                check_part(aid, part)
        # calendar: weekday + date pairs
        year = e["year"]
        for wm in WD_DATE.finditer(text):
            wd, mon, day = wm.group(1).capitalize(), MONTHS[wm.group(2).lower()], int(wm.group(3))
            if year is None:
                fail(aid, f"'{wm.group(0)}' but no year in facts.json")
                continue
            d = dt.date(year, mon, day)
            if d.strftime("%A") != wd:
                fail(aid, f"'{wm.group(0)}': {d} is a {d.strftime('%A')}")
            else:
                ok()
                print(f"  calendar ok  {aid}: '{wm.group(0)}' -> {d} ({wd})")
            if pub and not (0 <= (pub - d).days <= 120 or 0 <= (d - pub).days <= 21):
                fail(aid, f"'{wm.group(0)}' resolves to {d}, far from publication {pub}")
        for mm in MONTH_DAY.finditer(text):
            if year is not None:
                try:
                    dt.date(year, MONTHS[mm.group(1).lower()], int(mm.group(2)))
                    ok()
                except ValueError:
                    fail(aid, f"invalid date '{mm.group(0)}'")
        if pub:
            for bm in WD_BARE.finditer(body):
                wd = bm.group(1).capitalize()
                back = (pub.weekday() - WEEKDAYS.index(wd)) % 7
                d = pub - dt.timedelta(days=back)
                print(f"  relative     {aid}: '{wd}' -> {d} (publication {pub} {pub.strftime('%A')})")
                ok()
    # corpus-level running total for "since the start of the full-scale invasion"
    order = {e["id"]: e for e in entries}
    chain = []
    for aid, v in cumulative:
        e = order[aid]
        dates = [dt.date.fromisoformat(x) for f in e["facts"] if f["check"] == "calendar"
                 for x in re.findall(r"\d{4}-\d{2}-\d{2}", f["holds"])]
        chain.append((max(dates), int(v.replace(",", "")), aid))
    chain.append((dt.date(2026, 3, 6), 6922, "003_d028d9d8b9cb004c (seed)"))
    chain.sort()
    for (d1, v1, a1), (d2, v2, a2) in zip(chain, chain[1:], strict=False):
        if v2 < v1:
            fail(a2, f"cumulative {v2} on {d2} below {v1} on {d1} ({a1})")
        else:
            ok()
    print("  cumulative chain: " + " -> ".join(f"{d} {v:,}" for d, v, _ in chain))
    print(f"\narticles: {len(entries)} ({dated} dated, {len(entries) - dated} undated); "
          f"claims: {sum(len(e['claims']) for e in entries)}; facts: {sum(len(e['facts']) for e in entries)}")
    print(f"checks passed: {passes}; text-only 'holds' parts not machine-checked: {unchecked}")
    if failures:
        print(f"FAILURES ({len(failures)}):")
        for f in failures:
            print("  " + f)
        return 1
    print("ALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
