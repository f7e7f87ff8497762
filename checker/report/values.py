"""Words and numbers as an editor reads them: readable intervals, plurals, names as written."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from checker.claims import Interval, fmt_number
from checker.vocab import HEDGES, HEDGES_AFTER, HedgeKind

_STEP = Decimal(1)  # counts are whole: "more than 300" is read as at least 301
_TRAILING = ".,;: "
_IRREGULAR = {"holds": "hold", "is": "are", "was": "were", "has": "have"}


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 claim', '2 claims', '0 errors': never 'claim(s)'."""
    if n == 1:
        return f"{n:,} {word}"
    return f"{n:,} {many or _IRREGULAR.get(word) or word + 's'}"


def _hedge_kind(hedge: str) -> HedgeKind | None:
    words = " ".join(hedge.lower().split())
    return HEDGES.get(words) or HEDGES_AFTER.get(words)


def _nominal(v: Interval, kind: HedgeKind) -> Decimal | None:
    """The number the text wrote before the hedge widened it."""
    lo, hi = v.lo, v.hi
    if kind is HedgeKind.GT and lo is not None:
        return lo if v.lo_open or lo != lo.to_integral_value() else lo - _STEP
    if kind is HedgeKind.GE:
        return lo
    if kind is HedgeKind.LT and hi is not None:
        return hi if v.hi_open or hi != hi.to_integral_value() else hi + _STEP
    if kind in (HedgeKind.LE, HedgeKind.NEARLY):
        return hi
    if kind is HedgeKind.APPROX and lo is not None and hi is not None:
        return (lo + hi) / 2
    return None


def _range(v: Interval) -> str:
    if v.lo is None or v.hi is None:
        return ""
    if v.hi_open:
        return f"{fmt_number(v.lo)} to under {fmt_number(v.hi)}"
    return f"{fmt_number(v.lo)}–{fmt_number(v.hi)}"


def readable(v: Interval | None) -> str:
    """'697'; 'about 1,800 (1,620–1,980)'; 'more than 300'; 'nearly 400 (360 to under 400)'; '5–10'."""
    if v is None:
        return ""
    if v.is_point:
        return fmt_number(v.lo)
    kind = _hedge_kind(v.hedge) if v.hedge else None
    nominal = _nominal(v, kind) if kind is not None else None
    if v.hedge and nominal is not None:
        words = " ".join(v.hedge.lower().split())
        head = f"{fmt_number(nominal)} {words}" if words in HEDGES_AFTER else f"{words} {fmt_number(nominal)}"
        span = _range(v) if kind in (HedgeKind.APPROX, HedgeKind.NEARLY) else ""
        return f"{head} ({span})" if span else head
    if v.lo is not None and v.hi is None:
        return f"{'more than' if v.lo_open else 'at least'} {fmt_number(v.lo)}"
    if v.hi is not None and v.lo in (None, Decimal(0)):
        return f"{'under' if v.hi_open else 'at most'} {fmt_number(v.hi)}"
    return _range(v) or str(v)


def attribution(words: str | None) -> str:
    """Who said it, without the sentence's closing punctuation ('per … Lubinets', never 'Lubinets.')."""
    return (words or "").strip().rstrip(_TRAILING).strip()


def capitalise_names(text: str, names: Iterable[str]) -> str:
    """Side names the reconciler keeps in lower case ('the russian side') as written in English."""
    wanted = sorted({n for n in names if n and n.islower()}, key=len, reverse=True)
    if not wanted:
        return text
    pattern = re.compile(r"\b(%s)\b" % "|".join(re.escape(n) for n in wanted))
    return pattern.sub(lambda m: m.group(1)[:1].upper() + m.group(1)[1:], text)
