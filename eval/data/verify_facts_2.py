#!/usr/bin/env python3
"""Verify the gold file facts_2.json against articles 125-140.

Checks:
  * one gold entry per article file 125..140, ids unique, years sane;
  * every quote (claims, facts, contradiction) occurs verbatim in its article;
  * every non-ordinal claim value occurs (case-insensitively) in its quote;
  * publication-date lines are formatted like seed 003 (" date YYYY-MM-DD text...")
    and agree with the gold year;
  * every "Weekday, Month D" pair in an article matches the real calendar in the
    gold year -- except a pair quoted by a calendar contradiction, which must NOT match;
  * every "Month D, YYYY is a Weekday" / "publication YYYY-MM-DD is a Weekday" statement
    in the gold is true;
  * the arithmetic written in facts' "holds" and a contradiction's "working"
    (a + b = c, a - b = c, a x b = c, a / b = c, a <= b <= c, a ≠ b, a < b) is right;
  * word counts are 150-350.

Exit status 0 when everything passes.
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
GOLD = HERE / "facts_2.json"
IDS = range(125, 141)

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = {
    "Jan.": 1, "January": 1, "Feb.": 2, "February": 2, "March": 3, "April": 4, "May": 5,
    "June": 6, "July": 7, "Aug.": 8, "August": 8, "Sept.": 9, "September": 9, "Oct.": 10,
    "October": 10, "Nov.": 11, "November": 11, "Dec.": 12, "December": 12,
}
MONTH_RE = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
PAIR_RE = re.compile(rf"\b({'|'.join(WEEKDAYS)}),? ({MONTH_RE}) (\d{{1,2}})\b")
_WD = "|".join(WEEKDAYS)
GOLD_CAL_RE = re.compile(rf"\b({MONTH_RE}|Jan|Feb|Aug|Sept|Oct|Nov|Dec) (\d{{1,2}}), (\d{{4}}) (?:is|are) a ({_WD})")
GOLD_CAL_MULTI_RE = re.compile(rf"\b({MONTH_RE}|Jan|Feb|Aug|Sept|Oct|Nov|Dec) ((?:\d{{1,2}}, )*\d{{1,2}}) "
                               rf"and (\d{{1,2}}), (\d{{4}}) are ({_WD})s")
GOLD_PUB_RE = re.compile(rf"(\d{{4}}-\d{{2}}-\d{{2}}) is a ({'|'.join(WEEKDAYS)})")
DATE_LINE_RE = re.compile(r"^ date (\d{4})-(\d{2})-(\d{2}) \S")
NUM = r"\d[\d,]*(?:\.\d+)?"

errors = []
stats = {"articles": 0, "quotes": 0, "values": 0, "weekday_pairs": 0, "gold_calendar": 0,
         "arithmetic": 0, "dated": 0, "undated": 0}


def err(msg):
    errors.append(msg)


def month_num(name):
    name = name if name in MONTHS else name + "."
    return MONTHS[name]


def n(s):
    return float(s.replace(",", ""))


def check_arith(aid, text):
    """Verify every arithmetic expression in a holds/working string."""
    t = re.sub(r"\([^()]*\)", " ", text)          # drop (annotations)
    t = re.sub(r"'[^']*'", " ", t)                # drop 'quoted words'
    # a op b (op c ...) = d  [≠ e]
    for m in re.finditer(rf"({NUM}(?:\s+[+\-x/]\s+{NUM})+)\s+=\s+({NUM})(?:\s+≠\s+({NUM}))?", t):
        toks = re.split(r"\s+", m.group(1).strip())
        val = n(toks[0])
        for op, b in zip(toks[1::2], toks[2::2], strict=False):
            b = n(b)
            val = val + b if op == "+" else val - b if op == "-" else val * b if op == "x" else val / b
        if abs(val - n(m.group(2))) > 1e-9:
            err(f"{aid}: arithmetic wrong: {m.group(0)!r} (computed {val:g})")
        if m.group(3) and abs(val - n(m.group(3))) < 1e-9:
            err(f"{aid}: '≠' does not hold: {m.group(0)!r}")
        stats["arithmetic"] += 1
    # chains "a <= b <= c" (words such as "children" allowed between), and strict "a < b"
    for m in re.finditer(rf"{NUM}(?:[^\d<=≠,;]*?<=\s*(?:[a-z ]*?){NUM})+|{NUM}\s+<\s+{NUM}", t):
        parts = re.split(r"(<=|<)", m.group(0))
        nums = [re.search(NUM, p) for p in parts[0::2]]
        ops = parts[1::2]
        for (a, b, op) in zip(nums, nums[1:], ops, strict=False):
            if a is None or b is None:
                continue
            x, y = n(a.group(0)), n(b.group(0))
            if (op == "<=" and not x <= y) or (op == "<" and not x < y):
                err(f"{aid}: inequality wrong: {m.group(0)!r}")
            stats["arithmetic"] += 1


def main():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    by_id = {}
    for e in gold:
        if e["id"] in by_id:
            err(f"duplicate id {e['id']}")
        by_id[e["id"]] = e
    files = {p.stem: p for p in ARTICLES.glob("*.txt") if p.stem[:3].isdigit() and int(p.stem[:3]) in IDS}
    if sorted(files) != sorted(by_id):
        err(f"ids differ: files-only {sorted(set(files) - set(by_id))}, gold-only {sorted(set(by_id) - set(files))}")
    if len(gold) != len(IDS):
        err(f"expected {len(IDS)} gold entries, got {len(gold)}")
    n_contra = 0

    for aid, e in sorted(by_id.items()):
        path = files.get(aid)
        if path is None:
            continue
        stats["articles"] += 1
        text = path.read_text(encoding="utf-8")
        year = e["year"]
        words = len(text.split())
        if not 150 <= words <= 350:
            err(f"{aid}: {words} words, outside 150-350")

        # publication-date line
        m = DATE_LINE_RE.match(text)
        if text.lstrip().startswith("date ") and not m:
            err(f"{aid}: malformed date line")
        if m:
            stats["dated"] += 1
            if int(m.group(1)) != year:
                err(f"{aid}: date line year {m.group(1)} != gold year {year}")
            dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        else:
            stats["undated"] += 1

        # quotes
        contra = e.get("contradiction")
        quotes = [c["quote"] for c in e["claims"]]
        for f in e["facts"]:
            quotes += f["quotes"]
        if contra:
            n_contra += 1
            quotes += contra["quotes"]
        for q in quotes:
            stats["quotes"] += 1
            if q not in text:
                err(f"{aid}: quote not in article: {q!r}")

        # claim values inside their quotes
        for c in e["claims"]:
            v = c["value"]
            if c["kind"] == "date":
                if v is not None:
                    err(f"{aid}: date claim with non-null value {v!r}")
                continue
            if v is None or c["kind"] == "ordinal":
                continue
            stats["values"] += 1
            if v.lower() not in c["quote"].lower():
                err(f"{aid}: value {v!r} not in its quote {c['quote']!r}")

        # weekday/date pairs in the article text
        bad_quotes = " ".join(contra["quotes"]) if contra and contra["check"] == "calendar" else ""
        for pm in PAIR_RE.finditer(text):
            wd, mon, day = pm.group(1), pm.group(2), int(pm.group(3))
            real = dt.date(year, MONTHS[mon], day).strftime("%A")
            stats["weekday_pairs"] += 1
            deliberate = pm.group(0) in bad_quotes
            if deliberate and real == wd:
                err(f"{aid}: {pm.group(0)!r} listed as a calendar contradiction but is correct in {year}")
            if not deliberate and real != wd:
                err(f"{aid}: {pm.group(0)!r} is a {real} in {year}")
            if deliberate:
                print(f"  {aid}: deliberate calendar error confirmed: {pm.group(0)!r} is a {real} in {year}")
        if contra and contra["check"] == "calendar" and not bad_quotes:
            err(f"{aid}: calendar contradiction without quotes")

        # weekday statements and arithmetic in the gold working
        texts = [f["holds"] for f in e["facts"]] + ([contra["working"]] if contra else [])
        for t in texts:
            for gm in GOLD_CAL_RE.finditer(t):
                d = dt.date(int(gm.group(3)), month_num(gm.group(1)), int(gm.group(2)))
                stats["gold_calendar"] += 1
                if d.strftime("%A") != gm.group(4):
                    err(f"{aid}: gold says {gm.group(0)!r} but it is a {d.strftime('%A')}")
            for gm in GOLD_CAL_MULTI_RE.finditer(t):
                days = [int(x) for x in gm.group(2).split(", ")] + [int(gm.group(3))]
                for day in days:
                    d = dt.date(int(gm.group(4)), month_num(gm.group(1)), day)
                    stats["gold_calendar"] += 1
                    if d.strftime("%A") != gm.group(5):
                        err(f"{aid}: gold says {gm.group(0)!r} but day {day} is a {d.strftime('%A')}")
            for gm in GOLD_PUB_RE.finditer(t):
                d = dt.date.fromisoformat(gm.group(1))
                stats["gold_calendar"] += 1
                if d.strftime("%A") != gm.group(2):
                    err(f"{aid}: gold says {gm.group(0)!r} but it is a {d.strftime('%A')}")
                if m and gm.group(1) != "-".join(m.groups()):
                    err(f"{aid}: gold publication date {gm.group(1)} != date line")
            check_arith(aid, t)
        # a deliberate calendar error must not be asserted as holding
        if contra and contra["check"] == "calendar":
            for f in e["facts"]:
                if f["check"] == "calendar" and any(q in bad_quotes for q in f["quotes"]):
                    err(f"{aid}: a holding calendar fact quotes the deliberate error")

    if n_contra != 3:
        err(f"expected 3 contradiction articles, found {n_contra}")
    print("stats:", ", ".join(f"{k}={v}" for k, v in stats.items()), f", contradictions={n_contra}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for x in errors:
            print("  -", x)
        return 1
    print("OK: all quotes verbatim, all weekday/date pairs correct (except the deliberate one), all arithmetic holds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
