"""A figure that continues the one before it: '75 more', 'a further 1,020 crossed', 'and Saturday's
264' count what the figure before counts; '246 soldiers followed on Sunday' repeats its action.
"""

from __future__ import annotations

from checker.claims import Basis, Category, Kind, Known, Scope
from checker.extract.annotate import Sentence
from checker.extract.figures import Figure
from checker.extract.relations.common import _inherit
from checker.extract.relations.context import RelationDraft, _Context

# --- "75 more": a figure without a noun continues the one before ---------------------------------


FOLLOW_WORDS = frozenset({"followed", "follow", "follows", "too", "also", "likewise", "similarly"})


def same_action_as_before(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'212 Ukrainians freed, and 246 soldiers followed on Sunday': 'followed' repeats the action."""
    figs = ctx.in_sentence(s)
    for n, i in enumerate(figs):
        f = ctx.figures[i]
        if f.action is not None or f.kind is not Kind.COUNT or n == 0:
            continue
        words = {t.low for t in ctx.ann.words(f.clause[0], f.clause[1])}
        prev = ctx.figures[figs[n - 1]]
        if words & FOLLOW_WORDS and prev.action is not None:
            f.action = prev.action
    return []


ELLIPSIS_BEFORE = frozenset({"and", ",", "another", "further", "more", "additional", "'s", "’s", "on", "with"})


def more_of_the_same(ctx: _Context, s: Sentence) -> list[RelationDraft]:
    """'75 more', 'a further 1,020 crossed', 'and Saturday's 264': a figure without a noun that
    continues a list counts what the figure before it counts."""
    for i in ctx.in_sentence(s):
        f = ctx.figures[i]
        if f.counted is not None or f.kind is not Kind.COUNT or f.partitive or not _continues(ctx, f):
            continue  # ', three of them': a part of something (partitives), not one more item of a list
        reach = 0 if _after_comma_only(ctx, f) else 1  # 'Of these, 900,000': the comma ends a phrase
        prev = next((j for j in range(i - 1, -1, -1) if ctx.figures[j].counted is not None
                     and ctx.figures[j].kind is Kind.COUNT and s.index - ctx.figures[j].sentence.index <= reach
                     and not _bracketed_before(ctx, ctx.figures[j], f)), None)
        if prev is not None and _own_state(ctx, ctx.figures[prev], f):
            continue
        if prev is not None:
            _inherit(ctx, prev, [i])
            p = ctx.figures[prev]
            own = f.scope.value is Scope.UNKNOWN or (f.scope.value is Scope.DAY and f.date is not None
                                                    and f.scope.words == f.date.text)
            right_before = prev == max((j for j in ctx.in_sentence(s) if ctx.figures[j].first < f.first), default=-1)
            if own and right_before and p.scope.value in (Scope.SINCE, Scope.STOCK):  # "had reported 468 dead,
                # and on Monday 205": the same running count
                f.scope = Known[Scope](value=p.scope.value, basis=Basis.INFERRED, words=p.scope.words)
    return []


def _bracketed_before(ctx: _Context, inner: Figure, f: Figure) -> bool:
    """'150 prisoners (including 20 women) on Wednesday and 90 on Thursday': the 20 sits in a bracket
    closed before the 90, so the 90 continues the 150, not the 20."""
    toks = ctx.ann.tokens
    if inner.sentence.index != f.sentence.index:
        return False
    opened = any(t.text in "([" for t in toks[inner.sentence.first:inner.num.first])
    return opened and any(t.text in ")]" for t in toks[inner.num.last + 1:f.num.first])


STATE_CATEGORIES = frozenset({Category.BODY, Category.INJURED, Category.MISSING})

STATE_WORDS = frozenset({"still", "remain", "remained", "remaining"})

STATE_PLACES = frozenset({"hospital", "hospitals", "critical", "serious", "custody", "captivity", "care"})


def _own_state(ctx: _Context, prev: Figure, f: Figure) -> bool:
    """'41 dead, 62 still in hospital': the figure says its own state; it is not more of the dead
    (but 'four in Iraq' is more of them)."""
    toks, k = ctx.ann.tokens, f.num.last + 1
    if prev.category not in STATE_CATEGORIES or k >= len(toks):
        return False
    if toks[k].low in STATE_WORDS:
        return True
    return toks[k].low == "in" and k + 1 < len(toks) and toks[k + 1].low in STATE_PLACES


def _after_comma_only(ctx: _Context, f: Figure) -> bool:
    """The figure continues a list only because a comma stands before it: then the list is its sentence's."""
    k = ctx.ann.token_at(f.num.hedge_start)
    nxt = ctx.ann.tokens[f.num.last + 1].low if f.num.last + 1 < len(ctx.ann.tokens) else ""
    return k > 0 and ctx.ann.tokens[k - 1].text == "," and nxt not in ("more", "others")


def _continues(ctx: _Context, f: Figure) -> bool:
    toks = ctx.ann.tokens
    k = f.num.last + 1
    if k < len(toks) and toks[k].low in ("more", "others"):
        return True
    k0 = ctx.ann.token_at(f.num.hedge_start)
    before = [t for t in toks[max(0, k0 - 4):k0] if not any(d.start <= t.start < d.end for d in ctx.ann.dates)]
    words = [t.low for t in before]
    return bool(words) and (words[-1] in ELLIPSIS_BEFORE or any(w in ("further", "another") for w in words))
