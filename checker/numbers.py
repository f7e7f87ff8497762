"""Numbers as written in news prose: digits with separators, number words, hedges.

Values are Decimal, never float. A hedge turns a point into an interval; the tables below are the
readable source of truth for how each hedge is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from text_to_num import text2num

from checker.claims import Interval

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_WORD = r"(?:%s)" % "|".join(sorted(UNITS + TENS + list(SCALES), key=len, reverse=True))
# "three hundred", "forty-five", "one thousand two hundred and six"; a bare "hundred" is not a number here.
NUMBER_WORDS_RE = re.compile(
    rf"\b{_WORD}(?:(?:[\s-]+|\s+and\s+){_WORD})*\b", re.IGNORECASE
)
# 6,922 / 1,000 / 307 / 1.5 million; not part of a date such as 2026-03-06 or a longer token.
DIGITS_RE = re.compile(
    r"(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s+(million|thousand))?(?![\w-]|,\d|\.\d)"
)
SCALE_WORDS = {"million": Decimal(1_000_000), "thousand": Decimal(1000)}

# Hedge words immediately before a number, and how each one widens it.
# kind: "gt" (more than), "ge" (at least), "lt" (fewer than), "le" (up to), "approx" (about),
#       "nearly" (a little below).
HEDGES: dict[str, str] = {
    "more than": "gt",
    "over": "gt",
    "upwards of": "gt",
    "in excess of": "gt",
    "at least": "ge",
    "no fewer than": "ge",
    "no less than": "ge",
    "a minimum of": "ge",
    "fewer than": "lt",
    "less than": "lt",
    "under": "lt",
    "up to": "le",
    "at most": "le",
    "no more than": "le",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "about": "approx",
    "around": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "some": "approx",
    "an estimated": "approx",
    "estimated": "approx",
}
HEDGE_RE = re.compile(
    r"\b(%s)\s+$" % "|".join(sorted((re.escape(h) for h in HEDGES), key=len, reverse=True)), re.IGNORECASE
)
APPROX_MARGIN = Decimal("0.10")  # "about 400" is read as 360..440
NEARLY_MARGIN = Decimal("0.10")  # "nearly 400" is read as 360..<400


@dataclass(frozen=True)
class NumberMention:
    """A number found in text, with its span (hedge excluded) and its value."""

    start: int
    end: int
    value: Decimal
    text: str
    is_word: bool


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    """All numbers (digits and words) in text[start:end], in order, spans in text coordinates."""
    end = len(text) if end is None else end
    out: list[NumberMention] = []
    for m in DIGITS_RE.finditer(text, start, end):
        whole = m.group(1).replace(",", "")
        value = Decimal(whole + ("." + m.group(2) if m.group(2) else ""))
        if m.group(3):
            value *= SCALE_WORDS[m.group(3).lower()]
        out.append(NumberMention(m.start(), m.end(), value, m.group(0), False))
    for m in NUMBER_WORDS_RE.finditer(text, start, end):
        words = m.group(0)
        if words.lower() in SCALES:  # "hundreds of", "thousands" are not figures
            continue
        try:
            value = Decimal(text2num(words.lower().replace(" and ", " "), "en"))
        except ValueError:
            continue
        out.append(NumberMention(m.start(), m.end(), value, words, True))
    out.sort(key=lambda n: n.start)
    return out


def hedge_before(text: str, pos: int) -> tuple[str, int] | None:
    """The hedge words that end right before `pos` ("more than "), with their start offset."""
    window_start = max(0, pos - 24)
    m = HEDGE_RE.search(text[window_start:pos])
    if not m:
        return None
    return m.group(1).lower(), window_start + m.start()


def hedged(value: Decimal, hedge: str | None, *, integer: bool = True) -> Interval:
    """The interval a hedged figure stands for. Counts are integers, so 'more than 300' is >= 301."""
    if hedge is None:
        return Interval.point(value)
    kind = HEDGES[hedge.lower()]
    one = Decimal(1)
    if kind == "gt":
        return (Interval(lo=value + one, hi=None, hedge=hedge) if integer
                else Interval(lo=value, hi=None, lo_open=True, hedge=hedge))
    if kind == "ge":
        return Interval(lo=value, hi=None, hedge=hedge)
    if kind == "lt":
        return (Interval(lo=Decimal(0), hi=value - one, hedge=hedge) if integer
                else Interval(lo=Decimal(0), hi=value, hi_open=True, hedge=hedge))
    if kind == "le":
        return Interval(lo=Decimal(0), hi=value, hedge=hedge)
    if kind == "nearly":
        lo = value * (one - NEARLY_MARGIN)
        return Interval(lo=lo.to_integral_value() if integer else lo, hi=value, hi_open=True, hedge=hedge)
    lo, hi = value * (one - APPROX_MARGIN), value * (one + APPROX_MARGIN)
    if integer:
        lo, hi = lo.to_integral_value(), hi.to_integral_value()
    return Interval(lo=lo, hi=hi, hedge=hedge)


ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
ORDINAL_RE = re.compile(r"\b(%s|\d{1,2}(?:st|nd|rd|th))\b" % "|".join(ORDINALS), re.IGNORECASE)


def ordinal_value(word: str) -> int:
    w = word.lower()
    return ORDINALS[w] if w in ORDINALS else int(re.match(r"\d+", w).group(0))  # type: ignore[union-attr]
