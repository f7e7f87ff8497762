"""Tallies told day by day, for the totals that add them up: the tally 'had stood at 1,166' the day
before, batches told in earlier sentences, and days told by their ordinals ('14 on the first day and
13 on the second ... On the third day, 12').
"""

from __future__ import annotations

from checker.claims import Scope
from checker.dates import DateMention
from checker.extract.annotate import Sentence
from checker.extract.relations.common import TALLY_NOUNS, _countable, _lead_before, _same_thing
from checker.extract.relations.context import _Context
from checker.vocab import ORDINALS, compatible_heads

# "On Tuesday the toll had stood at 1,166", "The total had been 381 on Sunday": a tally's value on a day
STOOD_AT_LEADS = (("had", "stood", "at"), ("stood", "at"), ("had", "been"))


def _tally_the_day_before(ctx: _Context, s: Sentence, total: int, by: list[int]) -> int | None:
    """'Rescuers found 84 more bodies on Wednesday, bringing the total to 1,250. On Tuesday the toll had
    stood at 1,166': the tally the sentence before or after gives for the day before the one new batch
    is where the total started (1,250 - 1,166 = 84)."""
    if len(by) != 1 or (b := ctx.figures[by[0]]).date is None:
        return None
    t, toks = ctx.figures[total], ctx.ann.tokens
    found = []
    for j in ctx.by_sentence.get(s.index - 1, []) + ctx.by_sentence.get(s.index + 1, []):
        f = ctx.figures[j]
        k = ctx.ann.token_at(f.num.hedge_start)
        lead = _lead_before(toks, k, STOOD_AT_LEADS)
        named = lead is not None and k > len(lead) and toks[k - len(lead) - 1].low in TALLY_NOUNS
        if named and f.kind is t.kind and f.unit == t.unit and f.date is not None and _day_before(f.date, b.date):
            found.append(j)
    return found[0] if len(found) == 1 else None


def _day_before(a: DateMention, b: DateMention) -> bool:
    """'On Tuesday' before 'on Wednesday': a is the day before b, by weekday (and day of month where
    both give one)."""
    if a.weekday is None or b.weekday is None or (b.weekday - a.weekday) % 7 != 1:
        return False
    return a.day is None or b.day is None or a.month != b.month or b.day - a.day == 1


def _days_of_the_period(ctx: _Context, total: int, parts: list[int]) -> bool:
    """'killed 19 people on Monday and 11 on Tuesday, bringing the two-day toll to 30': one part for
    each day of the period the total names, day after day, so the parts are all of it."""
    t = ctx.figures[total]
    dates = [ctx.figures[i].date for i in parts]
    if t.scope.value is not Scope.PERIOD or t.period_days != len(parts) or len(parts) < 2:
        return False
    return all(a is not None and b is not None and _day_before(a, b) for a, b in zip(dates, dates[1:], strict=False))


def _batch_told_before(ctx: _Context, s: Sentence, total: int, by: list[int]) -> int | None:
    """'Kordia freed 48 on Monday. A further 22 were freed on Tuesday, bringing the total to 70': the
    one batch of the same tally the sentence before told, which a total brought up by 'a further'
    batch holds too (with others, perhaps: at most)."""
    if len(by) != 1 or not ctx.figures[by[0]].increment or s.index == 0:
        return None
    t = ctx.figures[total]
    before = [j for j in ctx.by_sentence.get(s.index - 1, []) if _countable(ctx.figures[j])]
    if len(before) != 1 or t.scope.value is Scope.PERIOD:
        return None  # "bringing the total to 210 in two days": the period's days add up, a check of its own
    g = ctx.figures[before[0]]
    same = g.kind is t.kind and g.unit == t.unit and g.action is not None and g.action is t.action \
        and g.counted is not None and t.counted is not None and compatible_heads(g.counted.head, t.counted.head) \
        and (g.side is None or t.side is None or g.side.value == t.side.value)
    return before[0] if same and g.scope.value is not Scope.SINCE and not g.superseded and not g.increment else None


# --- days told by their ordinals: "14 on the first day and 13 on the second ... On the third day, 12 ...,
# bringing the number freed during the truce to 39" ------------------------------------------------------

DAY_UNITS = frozenset({"day", "stage"})  # "on the third day", "the second stage"

DAYS_UNITS = frozenset({"days", "stages"})  # "On the first two days"

DAY_REACH = 5  # "pulled 19 survivors from the rubble on the third day": the ordinal this close after the figure


def _all_days(ctx: _Context, days: list[int], before: list[int]) -> bool:
    """The figures before the cue are among the days told: none of another kind stands beside them."""
    return all(i in days for i in before)


def _days_told(ctx: _Context, s: Sentence, total: int, by: list[int]) -> list[int] | None:
    """'After 120 people on the first day and 110 on the second, 90 more were freed today [the third
    stage], bringing the total to 320': when the new batch has the last day's ordinal and figures of the
    same count in this sentence or the next fill every earlier day once, the days are all of the total."""
    t = ctx.figures[total]
    told: dict[int, tuple[int, int]] = {}
    for idx in (s.index - 1, s.index, s.index + 1):
        if 0 <= idx < len(ctx.ann.sentences):
            told.update(_day_ordinals(ctx, ctx.ann.sentences[idx]))
    if len(by) != 1 or by[0] not in told or told[by[0]][0] != told[by[0]][1]:
        return None
    last = told[by[0]][1]
    if last < 2:
        return None  # "The first stage ... had returned 160, bringing the total for the two stages to": no day before
    parts = sorted((i for i in told if i != total and told[i][1] < last), key=lambda i: told[i])
    days = [d for i in parts for d in range(told[i][0], told[i][1] + 1)]
    if days != list(range(1, last)) or any(ctx.figures[i].kind is not t.kind or ctx.figures[i].unit != t.unit
                                           or not _same_thing(ctx.figures[i], t) for i in parts):
        return None  # a day missing or told twice, or another thing counted
    return parts + by


def _day_ordinals(ctx: _Context, s: Sentence) -> dict[int, tuple[int, int]]:
    """The countable figures of a sentence with the days their ordinals name: 'On the first two days
    they had rescued 54' (1-2), '13 on the second' (2), 'freed today' after 'Today is the third stage'."""
    toks = ctx.ann.tokens
    figs = [i for i in ctx.in_sentence(s) if _countable(ctx.figures[i])]
    out: dict[int, tuple[int, int]] = {}
    for k in range(s.first, s.last + 1):
        span = _ordinal_at(ctx, k)
        if span is None:
            continue
        fronted = all(t.low in ("on", "earlier", ",", "in", "during") for t in toks[s.first:k])
        after = [i for i in figs if ctx.figures[i].first > k]
        before = [i for i in figs if max(ctx.figures[i].noun_end, ctx.figures[i].num.last + 1) <= k]
        if fronted and after:
            out.setdefault(after[0], span)
        elif before and k - max(ctx.figures[before[-1]].noun_end, ctx.figures[before[-1]].num.last + 1) <= DAY_REACH \
                and not any(t.text in ",;" or t.kind == "num"
                            for t in toks[ctx.figures[before[-1]].num.last + 1:k]):
            out.setdefault(before[-1], span)
    return out


def _ordinal_at(ctx: _Context, k: int) -> tuple[int, int] | None:
    """The days named from token k: 'the third day', 'on the second' (a day already named), 'the first two
    days', 'today' when the text says 'Today is the third stage'."""
    toks = ctx.ann.tokens
    nxt = [t.low for t in toks[k:k + 4]]
    if nxt[:1] == ["today"]:
        return _today_is(ctx)
    if len(nxt) < 3 or nxt[0] != "the" or nxt[1] not in ORDINALS:
        return None
    n = ORDINALS[nxt[1]]
    if nxt[2] in DAY_UNITS or nxt[2] in ("and", ",", ".", ";") and k >= 1 and toks[k - 1].low == "on":
        return n, n  # "on the third day", "13 on the second."
    if n == 1 and len(nxt) == 4 and nxt[3] in DAYS_UNITS and (num := ctx.ann.numbers_between(k + 2, k + 2)):
        return 1, int(num[0].value)  # "the first two days"
    return None


def _today_is(ctx: _Context) -> tuple[int, int] | None:
    """'Today is the third stage of the exchange': the day 'today' names."""
    toks = ctx.ann.tokens
    for k in range(len(toks) - 4):
        w = [t.low for t in toks[k:k + 5]]
        if w[:3] == ["today", "is", "the"] and w[3] in ORDINALS and w[4] in DAY_UNITS:
            return ORDINALS[w[3]], ORDINALS[w[3]]
    return None
